#!/usr/bin/env node
/**
 * Renders certificate PNGs: those the content's award data issues (by
 * default, the same set a build draws), or a JSON array of CertificateInput
 * records given with --records.
 *   node scripts/make-certificates.ts [--content DIR] [--out dist/certificates]
 *   node scripts/make-certificates.ts --records FILE.json --out DIR
 *        [--cache DIR] [--only SERIAL] [--shard k/n] [--dpi 200] [--workers N] [--recycle-after N]
 * Prints "rendered N, cached M"; exit 0 when all were written, 1 when some
 * could not be drawn (a character no font has, an invalid record), 2 when
 * the arguments or the records file are unusable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CertificateBatchError, makeCertificates } from '../src/lib/certificates/batch.ts';
import type { CertificateInput } from '../src/lib/certificates/types.ts';
import { imageCacheDir } from '../src/lib/node/cache-dirs.ts';
import { contentCertificates } from '../src/lib/node/certificates.ts';
import { commandLine } from '../src/lib/node/command-line.ts';
import { contentRoot } from '../src/lib/node/content-root.ts';

const USAGE =
  '用法：node scripts/make-certificates.ts [--content 内容目录] [--records 记录.json] [--out 输出目录] [--cache 缓存目录] [--only 证书编号] [--shard k/n] [--dpi 200] [--workers N] [--recycle-after N]';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const { values } = commandLine({
  usage: USAGE,
  options: {
    records: { type: 'string' },
    content: { type: 'string' },
    out: { type: 'string' },
    cache: { type: 'string' },
    only: { type: 'string' },
    shard: { type: 'string' },
    dpi: { type: 'string' },
    workers: { type: 'string' },
    'recycle-after': { type: 'string' },
  },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
values.out ??= 'dist/certificates';
values.cache ??= path.join(imageCacheDir(), 'certificates');

let records: CertificateInput[] = [];
try {
  if (values.records) {
    records = JSON.parse(readFileSync(values.records, 'utf8')) as CertificateInput[];
    if (!Array.isArray(records)) throw new Error('文件内容应为证书记录的数组（JSON array）');
  } else {
    records = contentCertificates(contentRoot()).map((c) => c.input);
  }
} catch (e) {
  fail(`无法读取证书记录${values.records ? `文件 ${values.records}` : ''}：${(e as Error).message}`, 2);
}

const count = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} 应为正整数，实际为 "${text}"`, 2);
  return n;
};

try {
  const result = await makeCertificates({
    records,
    outDir: values.out,
    ...(values.cache ? { cacheDir: values.cache } : {}),
    ...(values.only ? { only: values.only } : {}),
    ...(values.shard ? { shard: values.shard } : {}),
    ...(values.dpi ? { dpi: count('dpi', values.dpi)! } : {}),
    ...(values.workers ? { workers: count('workers', values.workers)! } : {}),
    ...(values['recycle-after'] ? { recycleAfter: count('recycle-after', values['recycle-after'])! } : {}),
  });
  const rate = result.rendered > 0 ? `，${(result.rendered / result.seconds).toFixed(1)} 张/秒` : '';
  process.stdout.write(
    `证书：rendered ${result.rendered}, cached ${result.cached}（共 ${result.total} 张，用时 ${result.seconds.toFixed(1)} 秒${rate}，峰值内存 ${result.peakRssMb} MB）\n`,
  );
} catch (e) {
  if (e instanceof CertificateBatchError) {
    const { rendered, cached } = e.result;
    fail(`${e.message}\n证书：rendered ${rendered}, cached ${cached}，失败 ${e.failures.length} 张。`, 1);
  }
  fail((e as Error).message, 2);
}
