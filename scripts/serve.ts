#!/usr/bin/env node
/**
 * Serves the built site on http://127.0.0.1:4321/ (or --port, --dir).
 *   npm run serve [-- --port 8080] [--dir dist]
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { commandLine } from '../src/lib/node/command-line.ts';
import { listenMessage } from '../src/lib/node/listen-error.ts';
import { createStaticServer } from '../src/lib/node/static-server.ts';
import { SECURITY_HEADERS } from '../src/lib/security/headers.ts';

const { values } = commandLine({
  usage: '用法：npm run serve [-- 选项]',
  about: '在本机提供已经构建好的网站（先运行 npm run build），用浏览器打开它显示的地址即可查看。',
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
  help: {
    dir: ['dist-my-union', '网站所在的文件夹'],
    port: ['8080', '端口号'],
    host: ['0.0.0.0', '在哪个地址上提供；0.0.0.0 让同一局域网里的电脑也能打开'],
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口“${values.port}”无效：请给出 0 到 65535 之间的整数，例如 --port 8080。`);
  process.exit(2);
}
if (!existsSync(values.dir)) {
  console.error(`还没有构建好的网站（${values.dir} 不存在）。请先运行 npm run build。`);
  process.exit(1);
}
// Local serving sends the same headers as production, minus HSTS (plain HTTP here).
const { 'Strict-Transport-Security': _hsts, ...headers } = SECURITY_HEADERS;
const server = createStaticServer(values.dir, headers);
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(listenMessage(error, values.host, port));
  process.exit(1);
});
server.listen(port, values.host, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`网站已启动：http://${values.host}:${actual}/  （按 Ctrl+C 停止）`);
});
