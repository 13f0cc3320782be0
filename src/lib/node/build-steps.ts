/** The build's steps after Astro (Node only): the search index, then certificates and share images. */
import { imageCacheDir } from './cache-dirs.ts';

export interface StepContext {
  root: string;
  cwd: string;
  print: (line: string) => void;
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
}

export function searchStep(): BuildStep {
  return {
    name: '建立全文搜索索引（Pagefind）',
    run: async (siteDir) => {
      const { buildSearchIndex } = await import('../search/indexing.ts');
      const stats = await buildSearchIndex({ siteDir });
      const problems = stats.errors.filter((e) => !/no data-pagefind-body|nothing to index/i.test(e));
      if (problems.length) throw new Error(problems.join('；'));
      // Shards, when the index is built in shards (src/lib/search): rebuilt and reused, and why.
      const shards = (stats as { shards?: { rebuilt: number; reused: number; why?: string[] } }).shards;
      return {
        lines: [
          `   ${stats.pages} 个页面，索引 ${stats.files} 个文件，${(stats.bytes / 1024).toFixed(0)} KB`,
          ...(shards
            ? [
                `   索引分片：重建 ${shards.rebuilt} 个，沿用 ${shards.reused} 个${shards.why?.length ? `（${shards.why.join('；')}）` : ''}`,
              ]
            : []),
        ],
        stats: { ...stats },
      };
    },
  };
}

export function imagesStep(): BuildStep {
  return {
    name: '生成荣誉证书和分享图',
    run: async (siteDir, { root, cwd }) => {
      const { renderImages } = await import('./certificates.ts');
      const r = await renderImages(siteDir, root, imageCacheDir(cwd));
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

/** The steps after Astro, in order. */
export function defaultSteps(): BuildStep[] {
  return [searchStep(), imagesStep()];
}
