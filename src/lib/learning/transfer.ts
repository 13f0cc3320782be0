import { z } from 'astro/zod';
import { decodeProgress } from './decode.ts';
import { EXPORT_APP_NAME, learningMessages as msg } from './messages.ts';
import { mergeProgress } from './merge.ts';
import { APP_ID, PROGRESS_VERSION, localIsoDateTime, type Progress } from './progress-schema.ts';

/**
 * Export and import of the learning record, so that a cadre can carry it to
 * another browser or keep a copy: localStorage is lost with the browser's data.
 */

/** The JSON text of an export file: a header, then the record. */
export function exportProgress(data: Progress, now: Date = new Date()): string {
  const header = { app: APP_ID, name: EXPORT_APP_NAME, version: PROGRESS_VERSION, exportedAt: localIsoDateTime(now) };
  return JSON.stringify({ header, progress: { ...data, app: APP_ID, version: PROGRESS_VERSION } }, null, 2);
}

export type ImportResult =
  /** `data` is the merged record to save; `notice` a zh-CN summary. */
  { ok: true; data: Progress; imported: number; notice: string } | { ok: false; error: string };

const exportFile = z.object({
  header: z.looseObject({ app: z.literal(APP_ID), version: z.number().int().positive() }),
  progress: z.unknown(),
});

/**
 * Reads an export file (or a record copied straight from storage) and
 * migrates it when it is older; merged into `current` when given (the record
 * page merges it lesson by lesson into storage instead, see store.ts).
 */
export function importProgress(text: string, current?: Progress, now: Date = new Date()): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: msg.importNotJson };
  }
  const file = exportFile.safeParse(raw);
  if (file.success && file.data.header.version > PROGRESS_VERSION) {
    return { ok: false, error: msg.importNewer(file.data.header.version, PROGRESS_VERSION) };
  }
  const decoded = decodeProgress(file.success ? file.data.progress : raw, now);
  if (decoded.kind === 'newer') return { ok: false, error: msg.importNewer(decoded.version, PROGRESS_VERSION) };
  if (decoded.kind === 'foreign') return { ok: false, error: msg.importForeign };
  if (decoded.kind === 'damaged') return { ok: false, error: msg.importDamaged };
  const imported = Object.keys(decoded.data.lessons).length;
  const data = current ? mergeProgress(current, decoded.data) : decoded.data;
  return { ok: true, data, imported, notice: msg.importDone(imported, decoded.damaged.length) };
}
