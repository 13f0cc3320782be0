/** The benchmark's rows for one build run: each step, the total, and the Astro step's profile by kind of page (pure). */
import { PAGES_AT_ONCE } from '../build/astro-pages.ts';
import { REASON_LABELS_EN } from './reasons.ts';
import type { BuildRun } from './build-run.ts';
import type { Row } from './report.ts';

const STEP_NAMES: Record<string, string> = {
  unchanged: 'check: nothing changed',
  validate: 'validate',
  astro: 'astro build',
};
const sec = (s: number) => `${s.toFixed(1)} s`;

/** Which shards were rebuilt and why: by name when they are few, else how many for each reason. */
function shardReasons(rebuilt: { name: string; reason: string }[]): string {
  if (!rebuilt.length) return '';
  if (rebuilt.length <= 8) return ` (${rebuilt.map((x) => `${x.name}: ${x.reason}`).join(', ')})`;
  const counts = new Map<string, number>();
  for (const x of rebuilt) counts.set(x.reason, (counts.get(x.reason) ?? 0) + 1);
  return ` (${[...counts].map(([reason, n]) => `${reason}: ${n}`).join(', ')})`;
}

function stepNote(name: string, stats: Record<string, unknown>, run: BuildRun): string {
  const s = stats as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- figures as the build reported them
  if (name === 'validate') return run.measured.output.match(/内容检查[^\n]*/)?.[0] ?? '';
  if (name === 'astro') {
    const a = run.astro;
    const phases = [
      a.contentSyncSeconds !== undefined ? `content sync ${a.contentSyncSeconds} s` : '',
      a.viteSeconds !== undefined ? `vite ${a.viteSeconds.toFixed(1)} s` : '',
      run.profile?.pathsSeconds !== undefined ? `getStaticPaths ${run.profile.pathsSeconds} s` : '',
      a.renderSeconds !== undefined ? `pages ${a.renderSeconds.toFixed(1)} s` : '',
      `images ${a.imagesProcessed} processed, ${a.imagesReused} from cache`,
    ].filter(Boolean);
    return `${s['pages']} pages: ${s['rendered']} rendered, ${s['reused']} reused, ${s['removed']} removed; ${phases.join(', ')}`;
  }
  if (s['certificates'])
    return `${s['certificates'].total} certificates (${s['certificates'].drawn} drawn, ${s['certificates'].cached} cached); share images ${s['share'].drawn} drawn, ${s['share'].cached} cached`;
  if (s['pages'] !== undefined && s['files'] !== undefined) {
    const shards = s['shards'] as { name: string; status: string; reason: string }[] | undefined;
    const rebuilt = (shards ?? []).filter((x) => x.status === 'rebuilt');
    const merge = s['merge'] as { status: string; ms: number } | undefined;
    const merged = merge
      ? `; merge ${merge.status === 'rebuilt' ? `redone, ${(merge.ms / 1000).toFixed(1)} s` : 'reused'}`
      : '';
    return `${s['pages']} pages indexed, ${s['files']} files, ${(Number(s['bytes']) / 1048576).toFixed(1)} MB; shards ${s['rebuilt']} rebuilt${shardReasons(rebuilt)}, ${s['reused']} reused${merged}`;
  }
  return '';
}

/** A row per step and one for the whole build. */
export function buildRows(section: string, run: BuildRun): Row[] {
  const item = (name: string) =>
    STEP_NAMES[name] ?? (/搜索/.test(name) ? 'search index' : /证书/.test(name) ? 'certificates + share images' : name);
  const steps = run.steps.map((s) => {
    // Steps under one heading run side by side: their CPU time and peak are of them together.
    const beside = run.steps.filter((o) => o !== s && o.heading === s.heading).map((o) => item(o.name));
    const together = beside.length ? ` (with ${beside.join(', ')} beside it)` : '';
    return {
      section,
      item: item(s.name),
      value: sec(s.seconds),
      note: `cpu ${sec(s.cpuSeconds)}, peak ${s.peakMb} MB${together}; ${stepNote(s.name, s.stats, run)}`,
    };
  });
  return [
    ...steps,
    {
      section,
      item: 'total',
      value: sec(run.measured.seconds),
      note: `cpu ${sec(run.cpuSeconds)}; ${run.pages} pages, ${((run.measured.seconds * 1000) / Math.max(1, run.pages)).toFixed(1)} ms/page, peak ${run.peakMb} MB (highest step)`,
    },
  ];
}

/** The Astro step by kind of page: pages, rendered with their summed (overlapping) render times, reused, and why rendered. */
export function profileRows(section: string, run: BuildRun): Row[] {
  return (run.profile?.kinds ?? []).map((k) => ({
    section,
    item: k.en,
    value: `${(k.ms / 1000).toFixed(1)} s`,
    note: `${k.pages} pages: ${k.rendered} rendered, ${PAGES_AT_ONCE} at a time${
      k.rendered
        ? ` (${(k.ms / k.rendered).toFixed(1)} ms each; ${Object.entries(k.reasons)
            .map(([why, n]) => `${REASON_LABELS_EN[why as keyof typeof REASON_LABELS_EN]} ${n}`)
            .join(', ')})`
        : ''
    }, ${k.reused} reused${k.removed ? `, ${k.removed} removed` : ''}`,
  }));
}

/** Share of the cold build's wall time, as the rows say it. */
const ofCold = (run: BuildRun, cold: BuildRun) =>
  `${((run.measured.seconds / cold.measured.seconds) * 100).toFixed(1)}% of cold`;

/** The build again with nothing changed: its time against the cold build's, and whether it kept the last site. */
export function unchangedRow(unchanged: BuildRun, cold: BuildRun): Row {
  const kept = unchanged.result === 'unchanged' ? 'content, code and dates unchanged: the last site kept' : 'rebuilt';
  return {
    section: 'unchanged',
    item: 'total',
    value: sec(unchanged.measured.seconds),
    note: `${ofCold(unchanged, cold)}; ${kept}; peak ${unchanged.peakMb} MB`,
  };
}

/** What the warm build re-ran after `changed` (content-root paths) were edited. */
export function warmShareRow(warm: BuildRun, cold: BuildRun, changed: readonly string[]): Row {
  return {
    section: 'warm',
    item: 'what re-ran',
    value: ofCold(warm, cold),
    note: `changed ${changed.join(' and ')}: ${warm.profile?.rendered} of ${warm.profile?.pages} pages rendered`,
  };
}

/** The warm output against a cold build of the same content (compareSites), byte for byte. */
export function sameAsColdRow(
  c: { files: number; differ: readonly string[]; onlyA: readonly string[]; onlyB: readonly string[] },
  coldSeconds: number,
): Row {
  const same = !c.differ.length && !c.onlyA.length && !c.onlyB.length;
  return {
    section: 'warm',
    item: 'same as a cold build',
    value: same ? 'identical' : 'DIFFERENT',
    note: same
      ? `${c.files} files, byte for byte (cold build of the same content in ${sec(coldSeconds)})`
      : `${c.differ.length} differ (e.g. ${c.differ.slice(0, 3).join(' ')}), ${c.onlyA.length} only in warm, ${c.onlyB.length} only in cold`,
  };
}
