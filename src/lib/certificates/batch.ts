/**
 * Renders many certificates into a folder: one worker thread per core, a
 * content-hash cache, `only` and `shard` selection, a progress line on a
 * terminal. With `share`, the site's share cards are drawn by the same
 * workers, from the same font subset. Used by scripts/make-certificates.ts
 * and the site build. Node-only.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
// sharp must be loaded in the main thread before any worker loads it (sharp's worker-thread note).
import 'sharp';
import { placeFile } from '../node/place-file.ts';
import { cacheKey, rendererFingerprint, shareCacheKey } from './cache.ts';
import { certificateFileName } from './file-name.ts';
import { familiesFor } from './fonts.ts';
import { treeText } from './h.ts';
import { MissingGlyphError } from './missing-glyph.ts';
import { RenderPool } from './pool.ts';
import { createProgress, progressEnabled } from './progress.ts';
import { CERTIFICATE_DPI, certificatePixelWidth, printedFields, shareFields } from './render.ts';
import { selectRecords } from './select.ts';
import { shareDrawing } from './share-template.ts';
import { subsetFontData } from './subset.ts';
import { certificateDrawing } from './template.ts';
import type { CertificateInput, ShareImageInput } from './types.ts';
import type { SerialisedError, WorkerSetup, WorkerTask } from './worker.ts';

export { parseShard, selectRecords, shardOf } from './select.ts';

/** One share card (og:image) to draw with a batch of certificates. */
export interface ShareCard {
  /** Its path under `ShareBatch.outDir`, e.g. "share/home/jinan.png"; error messages name it. */
  file: string;
  card: ShareImageInput;
}

export interface ShareBatch {
  cards: ShareCard[];
  /** Folder the cards' `file` paths are relative to. */
  outDir: string;
  /** Folder of cached cards by content hash (shareCacheKey); no caching without it. */
  cacheDir?: string;
}

export interface MakeCertificatesOptions {
  records: CertificateInput[];
  /** Folder for `<certificateFileName(serial)>` PNGs; created if missing. */
  outDir: string;
  /** Folder of cached PNGs by content hash; no caching without it. */
  cacheDir?: string;
  /**
   * Share cards to draw in the same worker pool as the certificates, from one
   * font subset: every core works on both, and no second pool starts. Not
   * affected by `only` and `shard`. A card whose key is cached is copied; cards
   * with the same key (the same title, subtitle and kind) are drawn once.
   */
  share?: ShareBatch;
  /** Render only the record with this serial. */
  only?: string;
  /** "k/n": render only the k-th of n shards (1-based); a serial's shard never changes. */
  shard?: string;
  /**
   * Worker threads; default one per core (os.availableParallelism()). Each
   * gets the fonts cut down to the characters of this batch (subset.ts).
   */
  workers?: number;
  /** Replace a worker after this many images (memory stays flat). Default 500. */
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
  /** Share cards: drawn, and written without drawing (from the cache, or the same card drawn for another page). */
  share: { total: number; rendered: number; cached: number };
  /** The whole batch, share cards included. */
  seconds: number;
  /** Peak resident memory of this process (workers included), from process.resourceUsage(). */
  peakRssMb: number;
  workersStarted: number;
}

export interface CertificateFailure {
  kind: 'certificate';
  serial: string;
  message: string;
  glyph?: MissingGlyphError;
}

export interface ShareFailure {
  kind: 'share';
  /** The card's `file`. */
  file: string;
  message: string;
  glyph?: MissingGlyphError;
}

export type ImageFailure = CertificateFailure | ShareFailure;

/** Thrown after the run when some images could not be drawn; the others were written. */
export class CertificateBatchError extends Error {
  readonly failures: ImageFailure[];
  readonly result: MakeCertificatesResult;
  constructor(failures: ImageFailure[], result: MakeCertificatesResult) {
    const count = (kind: ImageFailure['kind']) => failures.filter((f) => f.kind === kind).length;
    const what = [
      count('certificate') ? `${count('certificate')} 张证书` : '',
      count('share') ? `${count('share')} 张分享图` : '',
    ].filter(Boolean);
    super(`${what.join('、')}未能生成：\n${failures.map((f) => `  - ${f.message}`).join('\n')}`);
    this.name = 'CertificateBatchError';
    this.failures = failures;
    this.result = result;
  }
}

/** Where the font files' hashes are kept between runs, in the cache folder (fonts.ts fontFingerprint). */
export const FONT_HASHES = 'font-hashes.json';

async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, file);
}

/** What messages call a share card: its title and its file. */
function shareLabel(card: ShareImageInput, file: string): string {
  const title = typeof card.title === 'string' && card.title.trim() ? `《${card.title}》` : '';
  return `分享图${title}（${file}）`;
}

function glyphOf(error: SerialisedError): MissingGlyphError | undefined {
  return error.glyph && new MissingGlyphError(error.glyph.char, error.glyph.field, error.glyph.subject);
}

function serialised(e: unknown): SerialisedError {
  const error = e as Error;
  if (e instanceof MissingGlyphError)
    return { name: error.name, message: error.message, glyph: { char: e.char, field: e.field, subject: e.subject } };
  return { name: error.name, message: error.message };
}

function failureOf(serial: string, error: SerialisedError): CertificateFailure {
  const glyph = glyphOf(error);
  if (glyph) return { kind: 'certificate', serial, message: error.message, glyph };
  const message = error.message.includes(serial) ? error.message : `证书 ${serial}：${error.message}`;
  return { kind: 'certificate', serial, message };
}

function shareFailureOf(card: ShareImageInput, file: string, error: SerialisedError): ShareFailure {
  const glyph = glyphOf(error);
  const label = shareLabel(card, file);
  const message = error.message.includes(file) ? error.message : `${label}：${error.message.replace(/^分享图：/, '')}`;
  return glyph ? { kind: 'share', file, message, glyph } : { kind: 'share', file, message };
}

/** A drawing for the pool, and what to do with its PNG or its error. */
interface Job {
  task: WorkerTask;
  write(png: Uint8Array): Promise<void>;
  fail(error: SerialisedError): void;
}

/**
 * Checks every image the way a worker would (input, then glyphs) and
 * collects the characters they print, for the batch's font subset. An image
 * that fails here is reported and never sent to a worker.
 */
function prepare(task: WorkerTask, codePoints: Set<number>): void {
  const drawing = task.kind === 'certificate' ? certificateDrawing(task.input) : shareDrawing(task.input);
  const text = treeText(drawing.tree);
  if (task.kind === 'certificate')
    familiesFor([...printedFields(task.input), ['template', text]], `证书 ${task.input.serial}`);
  else familiesFor([...shareFields(task.input), ['template', text]], task.subject);
  for (const char of text) codePoints.add(char.codePointAt(0)!);
}

export async function makeCertificates(options: MakeCertificatesOptions): Promise<MakeCertificatesResult> {
  const started = performance.now();
  const selected = selectRecords(options.records, options.only, options.shard);
  const share = options.share;
  await mkdir(options.outDir, { recursive: true });
  for (const dir of [options.cacheDir, share?.cacheDir]) if (dir) await mkdir(dir, { recursive: true });
  // Before any cache key: the font hashes from the memo (hashing ~100 MB of fonts took ~0.7 s a build).
  const memoDir = options.cacheDir ?? share?.cacheDir;
  if (memoDir) rendererFingerprint(join(memoDir, FONT_HASHES));

  const width = certificatePixelWidth(options.dpi ?? CERTIFICATE_DPI);
  const files: MakeCertificatesResult['files'] = [];
  const failures: ImageFailure[] = [];
  const todo: Job[] = [];
  let cached = 0;
  for (const input of selected) {
    const file = join(options.outDir, certificateFileName(input.serial));
    let cacheFile: string | undefined;
    try {
      // The key is the drawing's hash, so an input the template refuses fails here, for this serial alone.
      cacheFile = options.cacheDir ? join(options.cacheDir, `${cacheKey(input, width)}.png`) : undefined;
    } catch (e) {
      failures.push(failureOf(input.serial, serialised(e)));
      continue;
    }
    if (cacheFile && existsSync(cacheFile)) {
      placeFile(cacheFile, file);
      files.push({ serial: input.serial, file, cached: true });
      cached++;
      continue;
    }
    todo.push({
      task: { kind: 'certificate', input, width },
      async write(png) {
        await writeAtomically(file, png);
        if (cacheFile) await writeAtomically(cacheFile, png);
        files.push({ serial: input.serial, file, cached: false });
      },
      fail: (error) => failures.push(failureOf(input.serial, error)),
    });
  }

  // Share cards after the certificates: the larger drawings go first, so the workers finish together.
  const shareCount = { written: 0, drawn: 0 };
  const byKey = new Map<string, string[]>();
  const dirs = new Set<string>();
  for (const { file, card } of share?.cards ?? []) {
    const target = join(share!.outDir, file);
    if (!dirs.has(dirname(target))) {
      dirs.add(dirname(target));
      await mkdir(dirname(target), { recursive: true });
    }
    let key: string;
    try {
      key = shareCacheKey(card);
    } catch (e) {
      failures.push(shareFailureOf(card, file, serialised(e)));
      continue;
    }
    const cacheFile = share!.cacheDir ? join(share!.cacheDir, `${key}.png`) : undefined;
    if (cacheFile && existsSync(cacheFile)) {
      placeFile(cacheFile, target);
      shareCount.written++;
      continue;
    }
    const same = byKey.get(key);
    if (same) {
      same.push(target);
      continue;
    }
    const targets = [target];
    byKey.set(key, targets);
    todo.push({
      task: { kind: 'share', input: card, subject: shareLabel(card, file) },
      async write(png) {
        if (cacheFile) await writeAtomically(cacheFile, png);
        for (const t of targets) await writeAtomically(t, png);
        shareCount.written += targets.length;
        shareCount.drawn++;
      },
      fail: (error) => failures.push(shareFailureOf(card, file, error)),
    });
  }

  const codePoints = new Set<number>();
  const drawable = todo.filter((job) => {
    try {
      prepare(job.task, codePoints);
      return true;
    } catch (e) {
      job.fail(serialised(e));
      return false;
    }
  });
  const progress = createProgress(
    drawable.length,
    options.progress ?? progressEnabled(),
    share ? '证书和分享图' : '证书',
  );
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
      drawable.map(async (job, id) => {
        let reply;
        try {
          reply = await pool!.run({ id, task: job.task });
        } catch (e) {
          // The worker died (crash, out of memory): the images it held fail, the others go on.
          reply = { ok: false as const, error: serialised(e) };
        }
        progress.tick();
        if (reply.ok) await job.write(reply.png);
        else job.fail(reply.error);
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
    share: {
      total: share?.cards.length ?? 0,
      rendered: shareCount.drawn,
      cached: shareCount.written - shareCount.drawn,
    },
    seconds: (performance.now() - started) / 1000,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    workersStarted: pool?.started ?? 0,
  };
  if (failures.length > 0) throw new CertificateBatchError(failures, result);
  return result;
}
