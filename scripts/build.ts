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
import { stopCleanlyOnSignals } from '../src/lib/node/build-interrupt.ts';
import { runBuild } from '../src/lib/node/build.ts';
import { CONTENT_HELP, commandLine } from '../src/lib/node/command-line.ts';

const { values } = commandLine({
  usage: '用法：npm run build [-- 选项]',
  about:
    '检查内容，构建网站：只重做有变化的部分，并逐步说明重做了什么、沿用了什么、为什么。构建失败或按 Ctrl+C 中断时，上一次构建好的网站保持不变。',
  options: {
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    fresh: { type: 'boolean', default: false },
    report: { type: 'string' },
  },
  help: {
    content: CONTENT_HELP,
    out: ['dist-my-union', '网站写到哪个文件夹'],
    fresh: '从头构建，不用上次留下的缓存',
    report: ['report.json', '把每一步的数字（重做、沿用、用时）写成 JSON 文件'],
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
