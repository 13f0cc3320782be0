#!/usr/bin/env node
/**
 * Builds the site: validate content, build with Astro, then the later steps
 * (search index, certificates), all into a staging folder that replaces the
 * output only when every step succeeded, so a failed build leaves the last
 * good site intact. Each step says what it rebuilt, what it reused and why;
 * a build with nothing changed stops after the check. Ctrl+C or SIGTERM stops it
 * the same way as a failure (build-interrupt.ts).
 *   npm run build [-- --content DIR] [--out DIR] [--fresh] [--report FILE.json]
 * --fresh builds from nothing (no cache), --report writes each step's figures as JSON.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stopCleanlyOnSignals } from '../src/lib/node/build-interrupt.ts';
import { runBuild } from '../src/lib/node/build.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    fresh: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
stopCleanlyOnSignals(
  (signal) =>
    `构建已中断（${signal}）：已停止所有构建进程并删除临时文件。${
      existsSync(values.out) ? `上一次构建的网站（${values.out}）保持不变。` : '没有生成任何文件。'
    }`,
);
process.exitCode = await runBuild({
  out: values.out,
  fresh: values.fresh,
  ...(values.report ? { report: (r) => writeFileSync(values.report!, `${JSON.stringify(r, null, 2)}\n`) } : {}),
});
