/** Tables and the issue-10 targets for the benchmark's report (pure). */

export interface Row {
  section: string;
  item: string;
  value: string;
  note?: string;
}

/** Figures the targets are judged on; a missing one leaves its target unjudged. */
export interface Figures {
  homes: number;
  astroMsPerPage?: number;
  hugoMsPerPage?: number;
  coldSeconds?: number;
  warmSeconds?: number;
  peakMb?: number;
  /** Certificates per second, ours / Chromium's (both with start-up). */
  certificateRatio?: number;
  firstSearchBytes?: number;
  firstSearchMs?: number;
  /** Share of expected pages found, 0-1, over all recall queries. */
  recall?: number;
}

export interface TargetResult {
  target: string;
  measured: string;
  /** true met, false missed, null not measured in this run. */
  met: boolean | null;
  /** How far from the line, in the target's own terms. */
  margin: string;
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

/** The targets of issue 10 against this run's figures. */
export function judgeTargets(f: Figures): TargetResult[] {
  const judge = (
    target: string,
    have: boolean,
    measured: () => string,
    met: () => boolean,
    margin: () => string,
  ): TargetResult =>
    have
      ? { target, measured: measured(), met: met(), margin: margin() }
      : { target, measured: '—', met: null, margin: 'not measured in this run' };
  const ratio = (f.astroMsPerPage ?? 0) / (f.hugoMsPerPage ?? 1);
  const warm = (f.warmSeconds ?? 0) / (f.coldSeconds ?? 1);
  const gb = (f.peakMb ?? 0) / 1024;
  return [
    judge(
      'page generation within 4x Hugo (ms per page)',
      f.astroMsPerPage !== undefined && f.hugoMsPerPage !== undefined,
      () => `${f.astroMsPerPage!.toFixed(2)} vs ${f.hugoMsPerPage!.toFixed(2)} ms/page = ${ratio.toFixed(1)}x`,
      () => ratio <= 4,
      () => (ratio <= 4 ? `${(4 / ratio).toFixed(1)}x headroom` : `${(ratio / 4).toFixed(1)}x over the line`),
    ),
    judge(
      'warm rebuild < 10% of cold',
      f.warmSeconds !== undefined && f.coldSeconds !== undefined,
      () => `${f.warmSeconds!.toFixed(1)} s of ${f.coldSeconds!.toFixed(1)} s = ${pct(warm)}`,
      () => warm < 0.1,
      () => (warm < 0.1 ? `${pct(0.1 - warm)} under` : `${(warm / 0.1).toFixed(1)}x the allowed share`),
    ),
    judge(
      `peak memory < 4 GB at 10,000 homes (this run: ${f.homes.toLocaleString('en')} homes)`,
      f.peakMb !== undefined,
      () => `${gb.toFixed(2)} GB`,
      () => gb < 4,
      () => (gb < 4 ? `${(4 - gb).toFixed(2)} GB to spare` : `${(gb - 4).toFixed(2)} GB over`),
    ),
    judge(
      'certificates ≥ 2x headless Chromium',
      f.certificateRatio !== undefined,
      () => `${f.certificateRatio!.toFixed(2)}x`,
      () => f.certificateRatio! >= 2,
      () =>
        f.certificateRatio! >= 2
          ? `${(f.certificateRatio! / 2).toFixed(2)}x the target`
          : `${(2 - f.certificateRatio!).toFixed(2)}x short`,
    ),
    judge(
      'first search < 250 KB',
      f.firstSearchBytes !== undefined,
      () => `${(f.firstSearchBytes! / 1024).toFixed(0)} KB`,
      () => f.firstSearchBytes! < 250 * 1024,
      () =>
        `${Math.abs(250 - f.firstSearchBytes! / 1024).toFixed(0)} KB ${f.firstSearchBytes! < 250 * 1024 ? 'under' : 'over'}`,
    ),
    judge(
      'first query answered < 300 ms once Pagefind is loaded',
      f.firstSearchMs !== undefined,
      () => `${f.firstSearchMs} ms`,
      () => f.firstSearchMs! < 300,
      () => `${Math.abs(300 - f.firstSearchMs!)} ms ${f.firstSearchMs! < 300 ? 'under' : 'over'}`,
    ),
    judge(
      'search recall 100%',
      f.recall !== undefined,
      () => pct(f.recall!),
      () => f.recall === 1,
      () => (f.recall === 1 ? 'every expected page found' : `${pct(1 - f.recall!)} of expected pages missing`),
    ),
  ];
}

/** Display width: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** A plain-text table with aligned columns. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - displayWidth(c))))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table (pipes in cells escaped). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export const MET_LABEL = (met: boolean | null) => (met === null ? 'n/a' : met ? 'met' : 'MISSED');
