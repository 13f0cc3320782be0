/** The benchmark's rows for its peers, Hugo and headless Chromium, from their figures (pure). */
import type { Row } from './report.ts';

const peer = (item: string, value: string, note?: string): Row => ({
  section: 'peers',
  item,
  value,
  ...(note !== undefined ? { note } : {}),
});

/**
 * Hugo on the same homes against the Astro step: Hugo's ms per page and the
 * two ratios (the whole Astro step, and Astro's rendering phase alone).
 */
export function hugoRows(
  hugo: { runs: readonly { seconds: number; peakTreeMb: number }[]; pages: number; version: string },
  astro: { msPerPage: number; pages: number; renderSeconds?: number | undefined },
): { rows: Row[]; hugoMsPerPage: number } {
  const times = hugo.runs.map((r) => r.seconds).sort((a, b) => a - b);
  const seconds = median(times);
  const hugoMsPerPage = (seconds * 1000) / hugo.pages;
  const peak = Math.max(...hugo.runs.map((r) => r.peakTreeMb));
  const spread =
    times.length > 1
      ? `median of ${times.length} builds (${times[0]!.toFixed(2)}-${times.at(-1)!.toFixed(2)} s), `
      : '';
  const rows = [
    peer(
      'hugo, the same homes as .md',
      `${seconds.toFixed(1)} s`,
      `${spread}${hugo.pages} pages, ${hugoMsPerPage.toFixed(2)} ms/page, peak ${peak} MB; ${hugo.version.split(' ')[1]}`,
    ),
    peer(
      'astro / hugo per page',
      `${(astro.msPerPage / hugoMsPerPage).toFixed(1)}x`,
      `astro ${astro.msPerPage.toFixed(2)} ms/page (whole astro build step / its pages)`,
    ),
  ];
  if (astro.renderSeconds !== undefined) {
    const renderMs = (astro.renderSeconds * 1000) / astro.pages;
    rows.push(
      peer(
        'astro rendering only / hugo',
        `${(renderMs / hugoMsPerPage).toFixed(1)}x`,
        `astro's "generating static routes" phase: ${renderMs.toFixed(2)} ms/page`,
      ),
    );
  }
  return { rows, hugoMsPerPage };
}

/** The middle value of sorted `values` (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const mid = Math.floor(values.length / 2);
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** The Hugo row of a run without Hugo: told not to, or not installed. */
export const hugoSkippedRow = (told: boolean): Row =>
  peer('hugo', 'skipped', told ? '--no-hugo' : 'hugo is not installed (apt-get install -y hugo)');

export const CERTIFICATES_SKIPPED_ROW = peer(
  'certificates vs Chromium',
  'skipped',
  '--quick (add --certificates, or run scripts/bench-certificates.ts)',
);

/**
 * Rows from what scripts/bench-certificates.ts printed for `n` certificates
 * (its indented lines), and the ratio the target is judged on (its 吞吐之比
 * line); a failed run adds its last line.
 */
export function certificateRows(output: string, status: number | null, n: number): { rows: Row[]; ratio?: number } {
  const rows = output
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => peer(`certificates (${n})`, l.trim()));
  if (status !== 0) rows.push(peer('certificates', 'failed', output.trim().split('\n').at(-1)));
  const ratio = /吞吐之比[^：]*：([\d.]+) 倍/.exec(output)?.[1];
  return { rows, ...(ratio ? { ratio: Number(ratio) } : {}) };
}
