/**
 * Renders many certificates into a folder: one worker thread per core, a
 * content-hash cache, `only` and `shard` selection, a progress line on a
 * terminal. Used by scripts/make-certificates.ts and the site build. Node-only.
 */
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
// sharp must be loaded in the main thread before any worker loads it (sharp's worker-thread note).
import 'sharp';
import { cacheKey } from './cache.ts';
import { certificateFileName } from './file-name.ts';
import { familiesFor } from './fonts.ts';
import { treeText } from './h.ts';
import { MissingGlyphError } from './missing-glyph.ts';
import { RenderPool } from './pool.ts';
import { createProgress, progressEnabled } from './progress.ts';
import { CERTIFICATE_DPI, certificatePixelWidth, printedFields } from './render.ts';
import { selectRecords } from './select.ts';
import { subsetFontData } from './subset.ts';
import { certificateDrawing } from './template.ts';
import type { CertificateInput } from './types.ts';
import type { SerialisedError, WorkerSetup } from './worker.ts';

export { parseShard, selectRecords, shardOf } from './select.ts';

export interface MakeCertificatesOptions {
  records: CertificateInput[];
  /** Folder for `<certificateFileName(serial)>` PNGs; created if missing. */
  outDir: string;
  /** Folder of cached PNGs by content hash; no caching without it. */
  cacheDir?: string;
  /** Render only the record with this serial. */
  only?: string;
  /** "k/n": render only the k-th of n shards (1-based); a serial's shard never changes. */
  shard?: string;
  /**
   * Worker threads; default one per core (os.availableParallelism()). Each
   * gets the fonts cut down to the characters of this batch (subset.ts).
   */
  workers?: number;
  /** Replace a worker after this many certificates (memory stays flat). Default 500. */
  recycleAfter?: number;
  /** ... or when its JS heap plus external memory passes this. Default 1024 MB. */
  heapLimitMb?: number;
  /** Print resolution; default CERTIFICATE_DPI (200). 300 gives 3508 x 2480 pixels. */
  dpi?: number;
  /** Progress line on stderr; default: on a terminal and not under CI. */
  progress?: boolean;
}

export interface MakeCertificatesResult {
  /** Records selected by `only` and `shard`. */
  total: number;
  rendered: number;
  cached: number;
  files: Array<{ serial: string; file: string; cached: boolean }>;
  seconds: number;
  /** Peak resident memory of this process (workers included), from process.resourceUsage(). */
  peakRssMb: number;
  workersStarted: number;
}

export interface CertificateFailure {
  serial: string;
  message: string;
  glyph?: MissingGlyphError;
}

/** Thrown after the run when some certificates could not be drawn; the others were written. */
export class CertificateBatchError extends Error {
  readonly failures: CertificateFailure[];
  readonly result: MakeCertificatesResult;
  constructor(failures: CertificateFailure[], result: MakeCertificatesResult) {
    super(`${failures.length} 张证书未能生成：\n${failures.map((f) => `  - ${f.message}`).join('\n')}`);
    this.name = 'CertificateBatchError';
    this.failures = failures;
    this.result = result;
  }
}

async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

/**
 * Checks every record the way a worker would (input, then glyphs) and
 * collects the characters they print, for the batch's font subset. A record
 * that fails here is reported and never sent to a worker.
 */
function prepare(
  todo: readonly CertificateInput[],
  failures: CertificateFailure[],
): { ok: Set<CertificateInput>; codePoints: Set<number> } {
  const ok = new Set<CertificateInput>();
  const codePoints = new Set<number>();
  for (const input of todo) {
    try {
      const text = treeText(certificateDrawing(input).tree);
      familiesFor([...printedFields(input), ['template', text]], `证书 ${input.serial}`);
      for (const char of text) codePoints.add(char.codePointAt(0)!);
      ok.add(input);
    } catch (e) {
      const error = e as Error;
      failures.push(
        e instanceof MissingGlyphError
          ? { serial: input.serial, message: error.message, glyph: e }
          : failureOf(input.serial, { name: error.name, message: error.message }),
      );
    }
  }
  return { ok, codePoints };
}

function failureOf(serial: string, error: SerialisedError): CertificateFailure {
  if (!error.glyph)
    return { serial, message: error.message.includes(serial) ? error.message : `证书 ${serial}：${error.message}` };
  const { char, field, subject } = error.glyph;
  return { serial, message: error.message, glyph: new MissingGlyphError(char, field, subject) };
}

export async function makeCertificates(options: MakeCertificatesOptions): Promise<MakeCertificatesResult> {
  const started = performance.now();
  const selected = selectRecords(options.records, options.only, options.shard);
  await mkdir(options.outDir, { recursive: true });
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });

  const width = certificatePixelWidth(options.dpi ?? CERTIFICATE_DPI);
  const files: MakeCertificatesResult['files'] = [];
  const failures: CertificateFailure[] = [];
  const todo: Array<{ input: CertificateInput; file: string; cacheFile?: string }> = [];
  let cached = 0;
  for (const input of selected) {
    const file = join(options.outDir, certificateFileName(input.serial));
    const cacheFile = options.cacheDir ? join(options.cacheDir, `${cacheKey(input, width)}.png`) : undefined;
    if (cacheFile && existsSync(cacheFile)) {
      await copyFile(cacheFile, file);
      files.push({ serial: input.serial, file, cached: true });
      cached++;
    } else {
      todo.push({ input, file, ...(cacheFile ? { cacheFile } : {}) });
    }
  }

  const { ok, codePoints } = prepare(
    todo.map((t) => t.input),
    failures,
  );
  const drawable = todo.filter((t) => ok.has(t.input));
  const progress = createProgress(drawable.length, options.progress ?? progressEnabled());
  const size = Math.max(1, Math.min(options.workers ?? availableParallelism(), drawable.length));
  let pool: RenderPool | undefined;
  if (drawable.length > 0) {
    const fonts = subsetFontData(codePoints);
    const setup: WorkerSetup = { fonts: [...fonts].map(([family, faces]) => [family, [...faces]]) };
    pool = new RenderPool({
      size,
      setup,
      recycleAfter: options.recycleAfter ?? 500,
      heapLimitMb: options.heapLimitMb ?? 1024,
    });
  }
  try {
    await Promise.all(
      drawable.map(async ({ input, file, cacheFile }, id) => {
        const reply = await pool!.run({ id, input, width });
        progress.tick();
        if (!reply.ok) {
          failures.push(failureOf(input.serial, reply.error));
          return;
        }
        await writeAtomically(file, reply.png);
        if (cacheFile) await writeAtomically(cacheFile, reply.png);
        files.push({ serial: input.serial, file, cached: false });
      }),
    );
  } finally {
    progress.done();
    await pool?.close();
  }

  const order = new Map(selected.map((r, i) => [r.serial, i]));
  files.sort((a, b) => order.get(a.serial)! - order.get(b.serial)!);
  const result: MakeCertificatesResult = {
    total: selected.length,
    rendered: files.length - cached,
    cached,
    files,
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    workersStarted: pool?.started ?? 0,
  };
  if (failures.length > 0) throw new CertificateBatchError(failures, result);
  return result;
}
