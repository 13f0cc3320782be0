#!/usr/bin/env node
/**
 * Serves the built site on http://127.0.0.1:4321/ (or --port, --dir).
 *   npm run serve [-- --port 8080] [--dir dist]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createStaticServer } from '../src/lib/node/static-server.ts';
import { SECURITY_HEADERS } from '../src/lib/security/headers.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
if (!existsSync(values.dir)) {
  console.error(`还没有构建好的网站（${values.dir} 不存在）。请先运行 npm run build。`);
  process.exit(1);
}
// Local serving sends the same headers as production, minus HSTS (plain HTTP here).
const { 'Strict-Transport-Security': _hsts, ...headers } = SECURITY_HEADERS;
const server = createStaticServer(values.dir, headers);
server.listen(Number(values.port), values.host, () => {
  console.log(`网站已启动：http://${values.host}:${values.port}/  （按 Ctrl+C 停止）`);
});
