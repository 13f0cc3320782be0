/**
 * What the Astro step rendered and what it took from the last build, by kind
 * of page and why (pure): from Astro's build log (one line per rendered page
 * with its time) and from what each keyed route decided about its pages
 * (src/lib/build/page-manifest.ts).
 */
import type { RenderReason } from './page-manifest.ts';
import { ROUTE_KINDS, routeKind } from '../routes/kinds.ts';

/**
 * Pages Astro renders at once (astro.config.mjs `build.concurrency`). One at a time, a page waited
 * for its file to be written before the next began: at 10,000 homes 27% of the rendering was idle,
 * and four at once took it from 45.6 s to 36.6 s. Their times in the log overlap.
 */
export const PAGES_AT_ONCE = 4;

export const REASON_LABELS: Record<RenderReason, string> = {
  first: '没有上次构建的页面可沿用',
  code: '代码有变化，全部重新生成',
  new: '新页面',
  data: '页面所显示的内容有变化',
  missing: '上次的文件不在了',
  unkeyed: '每次都生成（这类页面少，不设缓存键）',
};

export interface KindReport {
  id: string;
  en: string;
  zh: string;
  pages: number;
  rendered: number;
  reused: number;
  /** Sum of the rendered pages' times in Astro's log, ms (PAGES_AT_ONCE render at a time). */
  ms: number;
  reasons: Partial<Record<RenderReason, number>>;
  /** Pages of the last build that this one no longer has (their entry was deleted or renamed). */
  removed: number;
}

export interface AstroPagesReport {
  pages: number;
  rendered: number;
  reused: number;
  removed: number;
  kinds: KindReport[];
  /** A few of the removed pages' files, for the report. */
  removedFiles: string[];
  /** Seconds from "generating static routes" to the first page: every route's getStaticPaths (clock resolution 1 s). */
  pathsSeconds: number | undefined;
}

const clock = (line: string) => {
  const m = /^(\d{2}):(\d{2}):(\d{2})/.exec(line);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : undefined;
};

/**
 * The pages of Astro's log with their render times. Astro writes a page's path when it starts it
 * and the time when it ends; with several pages at once (`build.concurrency`) the paths and times of
 * pages in flight share lines. Every path is counted; each time goes to the oldest page still open
 * (pages of one route render together, so a kind's sum is off only where two routes meet).
 */
export function renderedPages(lines: readonly string[]): { file: string; ms: number; line: number }[] {
  const pages: { file: string; ms: number; line: number }[] = [];
  let open = 0;
  lines.forEach((text, line) => {
    for (const m of text.matchAll(/[├└]─ \/(\S+)|\(\+([\d.]+)(m?s)\)/g)) {
      if (m[1] !== undefined) pages.push({ file: m[1], ms: 0, line });
      else if (open < pages.length) pages[open++]!.ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    }
  });
  return pages;
}

/**
 * The report of one Astro build: its log, each keyed page's fate by output
 * file (`homes/x/index.html`), and the last build's pages this one no longer has.
 */
export function astroPagesReport(
  log: string,
  keyed: Readonly<Record<string, { fate: 'reused' | RenderReason }>>,
  removed: readonly string[],
): AstroPagesReport {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const kinds = new Map<string, KindReport>();
  const kindOf = (file: string) => {
    const k = routeKind(file);
    let r = kinds.get(k.id);
    if (!r) {
      r = { id: k.id, en: k.en, zh: k.zh, pages: 0, rendered: 0, reused: 0, ms: 0, reasons: {}, removed: 0 };
      kinds.set(k.id, r);
    }
    return r;
  };
  let firstPage: number | undefined;
  for (const { file, ms, line } of renderedPages(lines)) {
    firstPage ??= clock(lines[line]!);
    const k = kindOf(file);
    k.pages++;
    k.rendered++;
    k.ms += ms;
    const fate = keyed[file]?.fate;
    const why: RenderReason = fate === undefined || fate === 'reused' ? 'unkeyed' : fate;
    k.reasons[why] = (k.reasons[why] ?? 0) + 1;
  }
  for (const [file, page] of Object.entries(keyed))
    if (page.fate === 'reused') {
      const k = kindOf(file);
      k.pages++;
      k.reused++;
    }
  for (const file of removed) kindOf(file).removed++;
  const start = lines.findIndex((l) => l.includes('generating static routes'));
  const before = lines
    .slice(0, Math.max(0, start))
    .map(clock)
    .filter((c) => c !== undefined)
    .at(-1);
  const order = ROUTE_KINDS.map((k) => k.id);
  const list = [...kinds.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const sum = (f: (k: KindReport) => number) => list.reduce((n, k) => n + f(k), 0);
  return {
    pages: sum((k) => k.pages),
    rendered: sum((k) => k.rendered),
    reused: sum((k) => k.reused),
    removed: removed.length,
    kinds: list,
    removedFiles: [...removed].sort().slice(0, 5),
    pathsSeconds: before !== undefined && firstPage !== undefined ? firstPage - before : undefined,
  };
}

/** The report as `npm run build` prints it, in Chinese. */
export function astroPagesLines(r: AstroPagesReport): string[] {
  const reasons = (k: KindReport) =>
    Object.entries(k.reasons)
      .map(([why, n]) => `${REASON_LABELS[why as RenderReason]} ${n}`)
      .join('；');
  return [
    `   页面 ${r.pages} 个：重新生成 ${r.rendered} 个，沿用上次的 ${r.reused} 个${r.removed ? `，删除 ${r.removed} 个` : ''}`,
    ...r.kinds.map(
      (k) =>
        `     ${k.zh}：${k.pages} 个，重新生成 ${k.rendered}${k.rendered ? `（${reasons(k)}）` : ''}，沿用 ${k.reused}${k.removed ? `，删除 ${k.removed}（内容已删除或改名）` : ''}`,
    ),
    ...(r.removedFiles.length ? [`     删除的页面：${r.removedFiles.join('、')}${r.removed > 5 ? ' 等' : ''}`] : []),
  ];
}
