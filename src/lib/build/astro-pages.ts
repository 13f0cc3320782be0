/**
 * What the Astro step rendered and what it reused, by kind of page and why
 * (pure). Read from Astro's build log (one line per page: its render time, or
 * `(cached)` / `(restored)` when the incremental build reused it) and from
 * the incremental build's manifest before and after the build
 * (`<cacheDir>/incremental-build.json`: each keyed page's cache key, its
 * route's code hash and the hashes of the entries it rendered).
 */
import { ROUTE_KINDS, routeKind } from './routes.ts';

/** The parts of Astro's manifest (core/build/incremental.d.ts, version 1) the report reads. */
export interface IncrementalManifest {
  version: number;
  configHash: string;
  lockfileHash: string;
  routes: Record<
    string,
    {
      dependencyHash: string;
      paths: Record<string, { cacheKey: string; outputFile: string; contentHashes?: Record<string, string> }>;
    }
  >;
}

/** Why a page was rendered rather than reused. */
export type RenderReason = 'first' | 'reset' | 'new' | 'code' | 'data' | 'content' | 'unkeyed' | 'missing';

export const REASON_LABELS: Record<RenderReason, string> = {
  first: '没有上次构建的页面可沿用',
  reset: '配置或依赖有变化，全部重新生成',
  new: '新页面',
  code: '页面代码有变化',
  data: '页面所显示的内容有变化',
  content: '正文的渲染有变化',
  unkeyed: '每次都生成（这类页面少，不设缓存键）',
  missing: '上次的副本不在缓存里',
};

export interface KindReport {
  id: string;
  en: string;
  zh: string;
  pages: number;
  rendered: number;
  reused: number;
  /** Sum of the rendered pages' times in Astro's log, ms. */
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

interface Keyed {
  route: string;
  dependencyHash: string;
  cacheKey: string;
  contentHashes: string;
}

function byFile(m: IncrementalManifest | null): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  for (const [route, r] of Object.entries(m?.routes ?? {}))
    for (const p of Object.values(r.paths))
      out.set(`/${p.outputFile}`, {
        route,
        dependencyHash: r.dependencyHash,
        cacheKey: p.cacheKey,
        contentHashes: JSON.stringify(p.contentHashes ?? {}),
      });
  return out;
}

function reason(file: string, before: Map<string, Keyed> | null, after: Map<string, Keyed>): RenderReason {
  const now = after.get(file);
  if (!now) return 'unkeyed';
  if (!before) return 'first';
  const then = before.get(file);
  if (!then) return 'new';
  if (then.dependencyHash !== now.dependencyHash) return 'code';
  if (then.cacheKey !== now.cacheKey) return 'data';
  if (then.contentHashes !== now.contentHashes) return 'content';
  return 'missing';
}

/** The report of one Astro build: its log, and its manifest before (null: none) and after. */
export function astroPagesReport(
  log: string,
  before: IncrementalManifest | null,
  after: IncrementalManifest | null,
): AstroPagesReport {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const reset =
    before !== null &&
    after !== null &&
    (before.version !== after.version ||
      before.configHash !== after.configHash ||
      before.lockfileHash !== after.lockfileHash);
  const then = before && !reset ? byFile(before) : null;
  const now = byFile(after);
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
  const built = new Set<string>();
  let firstPage: number | undefined;
  for (const line of lines) {
    const m = /[├└]─ (\/\S*) \((?:\+([\d.]+)(m?s)|(cached|restored))\)/.exec(line);
    if (!m) continue;
    firstPage ??= clock(line);
    const file = m[1]!;
    built.add(file);
    const k = kindOf(file);
    k.pages++;
    if (m[4]) k.reused++;
    else {
      k.rendered++;
      k.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
      const why = reset && now.has(file) ? 'reset' : reason(file, then, now);
      k.reasons[why] = (k.reasons[why] ?? 0) + 1;
    }
  }
  const removedFiles = [...(before ? byFile(before).keys() : [])].filter((f) => !built.has(f) && !now.has(f)).sort();
  for (const f of removedFiles) kindOf(f).removed++;
  const start = lines.findIndex((l) => l.includes('generating static routes'));
  const before0 = lines
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
    removed: removedFiles.length,
    kinds: list,
    removedFiles: removedFiles.slice(0, 5),
    pathsSeconds: before0 !== undefined && firstPage !== undefined ? firstPage - before0 : undefined,
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
