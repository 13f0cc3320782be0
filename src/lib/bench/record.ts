/** What a benchmark run gathers as it goes: its rows, the figures the targets are judged on, and details for the JSON (pure). */
import type { Figures, Row } from './report.ts';

export interface BenchRecord {
  readonly rows: Row[];
  readonly figures: Figures;
  readonly details: Record<string, unknown>;
  /** Adds a row and logs it as it comes, for whoever watches a long run. */
  row(section: string, item: string, value: string, note?: string): void;
  log(line: string): void;
}

/** A record for a run at `homes` homes; `write` takes each log line (stderr in the script). */
export function benchRecord(homes: number, write: (line: string) => void): BenchRecord {
  const log = (line: string) => write(`[bench] ${line}`);
  const rows: Row[] = [];
  return {
    rows,
    figures: { homes },
    details: {},
    log,
    row(section, item, value, note) {
      rows.push({ section, item, value, ...(note ? { note } : {}) });
      log(`${section} · ${item}: ${value}${note ? ` (${note})` : ''}`);
    },
  };
}

/** Adds rows made elsewhere (build-rows.ts, peer-rows.ts …), in order. */
export function addRows(
  record: BenchRecord,
  rows: readonly (Omit<Row, 'note'> & { note?: string | undefined })[],
): void {
  for (const r of rows) record.row(r.section, r.item, r.value, r.note);
}
