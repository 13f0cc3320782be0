#!/usr/bin/env node
/**
 * Measures the content editor for its design note (src/lib/cms/README.md):
 * what /admin/ downloads (raw, gzip, brotli), the time until the editor
 * shows its collections, and the time from 发布 to the page in the local
 * preview. Works on a copy of a content folder inside the project. The
 * measurements are src/lib/bench/cms-editor.ts.
 *   node scripts/cms-figures.ts [--content tests/fixtures/mini] [--runs 3]
 */
import path from 'node:path';
import { measureEditor } from '../src/lib/bench/cms-editor.ts';
import { commandLine } from '../src/lib/node/command-line.ts';

const { values } = commandLine({
  usage: '用法：node scripts/cms-figures.ts [--content tests/fixtures/mini] [--runs 3]',
  options: { content: { type: 'string', default: 'tests/fixtures/mini' }, runs: { type: 'string', default: '3' } },
});
await measureEditor(
  {
    project: path.resolve(import.meta.dirname, '..'),
    content: path.resolve(values.content),
    runs: Number(values.runs),
  },
  (lines) => console.log(lines.join('\n')),
);
