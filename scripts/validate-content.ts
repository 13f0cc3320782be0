#!/usr/bin/env node
/**
 * Checks all content before Astro sees it: schemas, dates, ids, references
 * and the award rules R1-R9. Prints `file:line:col  message` lines and a
 * summary; exit 0 clean, 1 problems, 2 unreadable input.
 *   npm run validate [-- --content DIR] [--format json]
 */
import { CONTENT_HELP, commandLine } from '../src/lib/node/command-line.ts';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { validateAll } from '../src/lib/node/validate.ts';

const { values } = commandLine({
  usage: '用法：npm run validate [-- 选项]',
  about:
    '只检查内容和荣誉数据（含奖项规则 R1—R9），不构建网站：每个问题一行，写明文件、行号和问题。退出码 0 没有问题，1 有问题，2 有文件读不了。',
  options: { content: { type: 'string' }, format: { type: 'string', default: 'text' } },
  help: { content: CONTENT_HELP, format: ['json', '输出格式：text 给人看，json 给程序读'] },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
process.exitCode = await validateAll(contentRoot(), {
  format: values.format === 'json' ? 'json' : 'text',
  cache: true,
});
