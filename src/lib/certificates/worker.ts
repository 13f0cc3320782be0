/**
 * Worker thread for batch.ts: draws one image per message, a certificate or
 * a share card. Each worker keeps its fonts parsed (satori caches them by
 * the identity of the font list), so only its first image of each kind pays
 * for parsing. Node-only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { FontData, FontWeight } from './fonts.ts';
import { MissingGlyphError } from './missing-glyph.ts';
import { renderCertificate, shareImage } from './render.ts';
import type { CertificateInput, ShareImageInput } from './types.ts';

/** What a worker is started with: the batch's font subset, as structured-clone-friendly arrays. */
export interface WorkerSetup {
  fonts: Array<[family: string, faces: Array<[FontWeight, Uint8Array]>]>;
}

/** One image to draw. */
export type WorkerTask =
  | {
      kind: 'certificate';
      input: CertificateInput;
      /** Output width in pixels. */
      width: number;
    }
  | {
      kind: 'share';
      input: ShareImageInput;
      /** What error messages call the card (its title and file). */
      subject: string;
    };

export interface WorkerJob {
  id: number;
  task: WorkerTask;
}

export type WorkerReply =
  | { id: number; ok: true; png: Uint8Array; heapMb: number }
  | { id: number; ok: false; error: SerialisedError; heapMb: number };

export interface SerialisedError {
  name: string;
  message: string;
  glyph?: { char: string; field: string; subject: string };
}

// One libvips thread per worker: the workers already use every core, and no cache to grow.
sharp.concurrency(1);
sharp.cache(false);

const setup = workerData as WorkerSetup;
const fonts: FontData = new Map(setup.fonts.map(([family, faces]) => [family, new Map(faces)]));

function heapMb(): number {
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.external) / 1048576);
}

function draw(task: WorkerTask): Promise<Buffer> {
  return task.kind === 'certificate'
    ? renderCertificate(task.input, { fonts, width: task.width })
    : shareImage(task.input, { fonts, subject: task.subject });
}

parentPort!.on('message', async (job: WorkerJob) => {
  try {
    const png = await draw(job.task);
    // Copied, not transferred: sharp's buffers live outside the JS heap and cannot move (~0.1 ms per PNG).
    parentPort!.postMessage({ id: job.id, ok: true, png, heapMb: heapMb() } satisfies WorkerReply);
  } catch (e) {
    const error = e as Error;
    const serialised: SerialisedError = { name: error.name, message: error.message };
    if (e instanceof MissingGlyphError) serialised.glyph = { char: e.char, field: e.field, subject: e.subject };
    parentPort!.postMessage({ id: job.id, ok: false, error: serialised, heapMb: heapMb() } satisfies WorkerReply);
  }
});
