/** What Astro's build log says about a build: pages, phases, and how many images came from its cache. */
export interface AstroLog {
  /** "N page(s) built in Xs". */
  pages: number | undefined;
  /** Seconds of "generating static routes" (rendering the pages). */
  renderSeconds: number | undefined;
  /** Seconds of "generating optimized images". */
  imageSeconds: number | undefined;
  imagesReused: number;
  imagesProcessed: number;
  /** Seconds between "Syncing content" and "Synced content" (clock resolution: one second). */
  contentSyncSeconds: number | undefined;
  /** Seconds of Vite's bundling ("✓ built in" lines, summed). */
  viteSeconds: number | undefined;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

function clock(line: string | undefined): number | undefined {
  const m = /^(\d{2}):(\d{2}):(\d{2})/.exec(line ?? '');
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
}

/** Reads Astro's build output (colour codes, which Astro adds under CI, are ignored). */
export function readAstroLog(raw: string): AstroLog {
  const output = raw.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = output.split('\n');
  // A phase's "✓ Completed in" figure, or the span of the clock times of its lines when that is
  // longer (on large builds Astro reports the time of its last batch there, not the whole phase).
  const after = (heading: string) => {
    const i = lines.findIndex((l) => l.includes(heading));
    if (i === -1) return undefined;
    const end = lines.findIndex((l, k) => k > i && /^\s*generating |\[build\]/.test(l));
    const phase = lines.slice(i + 1, end === -1 ? undefined : end);
    const done = phase.find((l) => /✓ Completed in [\d.]+m?s/.test(l));
    const m = done && /✓ Completed in ([\d.]+)(m?s)/.exec(done);
    const clocks = phase.map(clock).filter((c) => c !== undefined);
    const span = clocks.length > 1 ? clocks.at(-1)! - clocks[0]! : undefined;
    const completed = m ? seconds(m[1]!, m[2]!) : undefined;
    if (completed === undefined) return span;
    return span !== undefined && span > completed + 1 ? span : completed;
  };
  const images = lines.filter((l) => /▶ \S+\.(webp|avif|png|jpe?g)/.test(l));
  const reused = images.filter((l) => l.includes('reused cache entry')).length;
  const syncStart = clock(lines.find((l) => l.includes('Syncing content')));
  const syncEnd = clock(lines.find((l) => l.includes('Synced content')));
  const pages = /(\d+) page\(s\) built in/.exec(output)?.[1];
  const vite = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].map((m) => seconds(m[1]!, m[2]!));
  return {
    pages: pages === undefined ? undefined : Number(pages),
    renderSeconds: after('generating static routes'),
    imageSeconds: after('generating optimized images'),
    imagesReused: reused,
    imagesProcessed: images.length - reused,
    contentSyncSeconds: syncStart !== undefined && syncEnd !== undefined ? syncEnd - syncStart : undefined,
    viteSeconds: vite.length ? vite.reduce((a, b) => a + b, 0) : undefined,
  };
}
