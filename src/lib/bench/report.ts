/** Tables and the targets (issues 14 and 10) for the benchmark's report (pure). */

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
  /** The whole build, every step, with empty caches. */
  coldSeconds?: number;
  /** The whole build after one home and one story changed. */
  warmSeconds?: number;
  /** The whole build with nothing changed. */
  unchangedSeconds?: number;
  /** The highest peak of any step of any build. */
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

/** The targets of issue 14 (and issue 10's certificates and recall) against this run's figures. */
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
  const cold = f.coldSeconds ?? 1;
  const warm = (f.warmSeconds ?? 0) / cold;
  const unchanged = (f.unchangedSeconds ?? 0) / cold;
  const gb = (f.peakMb ?? 0) / 1024;
  const share = (x: number, line: number) =>
    x <= line ? `${pct(line - x)} under` : `${(x / line).toFixed(1)}x the allowed share`;
  return [
    judge(
      'Astro ms per page within 4x Hugo',
      f.astroMsPerPage !== undefined && f.hugoMsPerPage !== undefined,
      () => `${f.astroMsPerPage!.toFixed(2)} vs ${f.hugoMsPerPage!.toFixed(2)} ms/page = ${ratio.toFixed(1)}x`,
      () => ratio <= 4,
      () =>
        ratio <= 4
          ? `${(4 / ratio).toFixed(1)}x headroom`
          : ratio < 8
            ? `${pct(ratio / 4 - 1)} over the line`
            : `${(ratio / 4).toFixed(1)}x over the line`,
    ),
    judge(
      'cold build, all steps <= 300 s',
      f.coldSeconds !== undefined,
      () => `${cold.toFixed(1)} s`,
      () => cold <= 300,
      () => (cold <= 300 ? `${(300 - cold).toFixed(0)} s to spare` : `${(cold - 300).toFixed(0)} s over`),
    ),
    judge(
      'warm rebuild after one home and one story changed <= 10% of cold and <= 60 s',
      f.warmSeconds !== undefined && f.coldSeconds !== undefined,
      () => `${f.warmSeconds!.toFixed(1)} s of ${cold.toFixed(1)} s = ${pct(warm)}`,
      () => warm <= 0.1 && f.warmSeconds! <= 60,
      () =>
        `${share(warm, 0.1)}; ${f.warmSeconds! <= 60 ? `${(60 - f.warmSeconds!).toFixed(0)} s under 60 s` : `${(f.warmSeconds! - 60).toFixed(0)} s over 60 s`}`,
    ),
    judge(
      'rebuild with no change <= 5% of cold',
      f.unchangedSeconds !== undefined && f.coldSeconds !== undefined,
      () => `${f.unchangedSeconds!.toFixed(1)} s of ${cold.toFixed(1)} s = ${pct(unchanged)}`,
      () => unchanged <= 0.05,
      () => share(unchanged, 0.05),
    ),
    judge(
      `peak memory of any step < 4 GB at 10,000 homes (this run: ${f.homes.toLocaleString('en')} homes)`,
      f.peakMb !== undefined,
      () => `${gb.toFixed(2)} GB`,
      () => gb < 4,
      () => (gb < 4 ? `${(4 - gb).toFixed(2)} GB to spare` : `${(gb - 4).toFixed(2)} GB over`),
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
      'certificates >= 2x headless Chromium (issue 10)',
      f.certificateRatio !== undefined,
      () => `${f.certificateRatio!.toFixed(2)}x`,
      () => f.certificateRatio! >= 2,
      () =>
        f.certificateRatio! >= 2
          ? `${(f.certificateRatio! / 2).toFixed(2)}x the target`
          : `${(2 - f.certificateRatio!).toFixed(2)}x short`,
    ),
    judge(
      'search recall 100% (issue 10)',
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
