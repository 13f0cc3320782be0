/** The build's steps after Astro (Node only): the search index and, side by side with it, certificates and share images. */
import type { Entries } from '../content/check.ts';
import { imageCacheDir, searchIndexCacheDir } from './cache-dirs.ts';

export interface StepContext {
  root: string;
  cwd: string;
  print: (line: string) => void;
  /** The content as the build's check read it (valid entries only: the build runs on valid content). */
  entries?: Entries | undefined;
}

/** What a step did: lines for the build's output (what it rebuilt, what it reused, why) and figures for machines. */
export interface StepReport {
  lines: string[];
  stats: Record<string, unknown>;
}

/** A build step after Astro: it works on the fresh site folder and throws to fail the build. */
export interface BuildStep {
  name: string;
  run: (siteDir: string, context: StepContext) => Promise<StepReport | void> | StepReport | void;
  /** Loads what `run` needs while Astro runs, when this process would otherwise wait (its modules: 0.5 s). */
  load?: () => Promise<unknown>;
}

const SHARD_REASONS = { changed: '有页面变了', new: '缓存里没有' } as const;

const searchModule = () => import('../search/indexing.ts');

export function searchStep(): BuildStep {
  return {
    name: '建立全文搜索索引（Pagefind）',
    load: searchModule,
    run: async (siteDir, { root, cwd }) => {
      const { buildSearchIndex } = await searchModule();
      // The shards and their merge, kept under this build's cache home (cache-dirs.ts).
      const stats = await buildSearchIndex({ siteDir, cacheDir: searchIndexCacheDir(root, cwd) });
      const problems = stats.errors.filter((e) => !/no data-pagefind-body|nothing to index/i.test(e));
      if (problems.length) throw new Error(problems.join('；'));
      const rebuilt = stats.shards.filter((s) => s.status === 'rebuilt');
      const why = rebuilt.map((s) => `${s.name}：${SHARD_REASONS[s.reason as keyof typeof SHARD_REASONS] ?? s.reason}`);
      const { shards: _, ...figures } = stats;
      return {
        lines: [
          `   ${stats.pages} 个页面，索引 ${stats.files} 个文件，${(stats.bytes / 1024).toFixed(0)} KB`,
          `   索引分片 ${stats.shards.length} 个：重建 ${stats.rebuilt} 个${why.length ? `（${why.join('；')}）` : ''}，沿用缓存 ${stats.reused} 个`,
          stats.merge.status === 'rebuilt'
            ? `   分片合并为一个索引：重新合并（${stats.rebuilt ? '有分片重建' : '缓存里没有'}），${(stats.merge.ms / 1000).toFixed(1)} 秒`
            : '   分片合并为一个索引：分片都没变，沿用缓存',
        ],
        stats: {
          ...figures,
          shards: stats.shards.map(({ name, pages, status, reason }) => ({ name, pages, status, reason })),
        },
      };
    },
  };
}

const imagesModule = () => import('./certificates.ts');

export function imagesStep(): BuildStep {
  return {
    name: '生成荣誉证书和分享图',
    load: imagesModule,
    run: async (siteDir, { root, cwd, entries }) => {
      const { renderImages } = await imagesModule();
      const r = await renderImages(siteDir, root, imageCacheDir(cwd), entries);
      const c = r.certificates;
      return {
        lines: [
          `   证书 ${c.total} 张（新绘制 ${c.rendered}，缓存 ${c.cached}），分享图新绘制 ${r.shareRendered}，缓存 ${r.shareCached}`,
          ...(c.rendered + r.shareRendered > 0
            ? ['   新绘制的是缓存里没有的图：新的记录，或记录、标题、模板、字体有了变化']
            : []),
        ],
        stats: {
          certificates: { total: c.total, drawn: c.rendered, cached: c.cached, seconds: c.seconds },
          share: { drawn: r.shareRendered, cached: r.shareCached },
        },
      };
    },
  };
}

/** What one of the steps run side by side did: its report, or the error it threw; its own wall time. */
export interface SideBySideResult {
  step: BuildStep;
  seconds: number;
  report?: StepReport | void;
  error?: Error;
}

/** Runs every step at once and waits for all of them, failed or not; results in the steps' order. */
export async function runSideBySide(
  steps: BuildStep[],
  run: (step: BuildStep) => Promise<StepReport | void> | StepReport | void,
): Promise<SideBySideResult[]> {
  const started = Date.now();
  return Promise.all(
    steps.map(async (step): Promise<SideBySideResult> => {
      try {
        const report = await run(step);
        return { step, seconds: (Date.now() - started) / 1000, report };
      } catch (error) {
        return { step, seconds: (Date.now() - started) / 1000, error: error as Error };
      }
    }),
  );
}

/** The steps after Astro; they run side by side (runSideBySide). */
export function defaultSteps(): BuildStep[] {
  return [searchStep(), imagesStep()];
}
