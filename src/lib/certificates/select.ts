/** Which records a batch renders: `--only` one serial, `--shard k/n` a stable part. */
import { sha256Hex } from './sha256.ts';
import type { CertificateInput } from './types.ts';

/** "3/8" -> { index: 3, count: 8 }; throws a message naming the form it wants. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new Error(`分片参数应写成 k/n（1 ≤ k ≤ n），例如 2/4，实际为 "${text}"`);
  }
  return { index, count };
}

/** Which shard (1..count) a serial belongs to: by hash, so adding records moves no others. */
export function shardOf(serial: string, count: number): number {
  return (parseInt(sha256Hex(serial.normalize('NFC')).slice(0, 8), 16) % count) + 1;
}

export function selectRecords(records: CertificateInput[], only?: string, shard?: string): CertificateInput[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.serial)) throw new Error(`证书编号 ${r.serial} 出现了不止一次（R9：证书编号必须唯一）`);
    seen.add(r.serial);
  }
  let selected = records;
  if (only !== undefined) {
    selected = records.filter((r) => r.serial === only);
    if (selected.length === 0) throw new Error(`没有编号为 ${only} 的证书记录，请核对 --only 参数`);
  }
  if (shard !== undefined) {
    const { index, count } = parseShard(shard);
    selected = selected.filter((r) => shardOf(r.serial, count) === index);
  }
  return selected;
}
