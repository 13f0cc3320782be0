import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { removeOnExit, removeStaleTemps, runChild } from './build-interrupt.ts';
import { contentRoot } from './content-root.ts';
import { validateAll } from './validate.ts';

export interface BuildOptions {
  /** Final output folder. */
  out: string;
  /** Project folder (where astro.config.mjs is). */
  cwd?: string;
  print?: (line: string) => void;
  /** Hide Astro's own log unless it fails (tests, benchmarks). */
  quiet?: boolean;
}

/** A build step after Astro: it works on the fresh site folder and throws to fail the build. */
export interface BuildStep {
  name: string;
  run: (siteDir: string, context: { root: string; cwd: string; print: (line: string) => void }) => Promise<void> | void;
}

/** The steps after Astro, in order: the search index, then certificates and share images. */
export function defaultSteps(): BuildStep[] {
  return [
    {
      name: '建立全文搜索索引（Pagefind）',
      run: async (siteDir, { print }) => {
        const { buildSearchIndex } = await import('../search/indexing.ts');
        const stats = await buildSearchIndex({ siteDir });
        const problems = stats.errors.filter((e) => !/no data-pagefind-body|nothing to index/i.test(e));
        if (problems.length) throw new Error(problems.join('；'));
        print(`   ${stats.pages} 个页面，索引 ${stats.files} 个文件，${(stats.bytes / 1024).toFixed(0)} KB`);
      },
    },
    {
      name: '生成荣誉证书和分享图',
      run: async (siteDir, { root, cwd, print }) => {
        const { renderImages } = await import('./certificates.ts');
        const r = await renderImages(siteDir, root, cwd);
        print(
          `   证书 ${r.certificates.total} 张（新绘制 ${r.certificates.rendered}，缓存 ${r.certificates.cached}），分享图新绘制 ${r.shareRendered}，缓存 ${r.shareCached}`,
        );
      },
    },
  ];
}

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

/** Runs the whole build; returns the exit code. */
export async function runBuild(options: BuildOptions, steps: BuildStep[] = defaultSteps()): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const print = options.print ?? ((line: string) => console.log(line));
  const root = contentRoot(cwd);
  const out = path.resolve(cwd, options.out);
  const started = Date.now();

  print(`① 检查内容：${path.relative(cwd, root) || root}`);
  let stepStart = Date.now();
  const took = () => {
    const s = ((Date.now() - stepStart) / 1000).toFixed(1);
    stepStart = Date.now();
    return `   用时 ${s} 秒`;
  };
  const validation = await validateAll(root, { format: 'text', print });
  print(took());
  if (validation !== 0) {
    print(
      `构建已停止：内容有问题，${existsSync(out) ? `上一次构建的网站（${options.out}）保持不变` : '没有生成任何文件'}。`,
    );
    return validation;
  }

  const tmpParent = path.join(path.dirname(out), '.build-tmp');
  mkdirSync(tmpParent, { recursive: true });
  removeStaleTemps(tmpParent, path.basename(out));
  const fresh = path.join(tmpParent, `${path.basename(out)}-${process.pid}-${Date.now()}`);
  const release = removeOnExit(fresh);
  const fail = (message: string) => {
    rmSync(fresh, { recursive: true, force: true });
    release();
    print(`构建失败：${message}。上一次构建的网站保持不变。`);
    return 1;
  };

  print('② 生成网站（Astro）');
  const astro = await runChild(process.execPath, [path.join(cwd, ASTRO), 'build'], {
    cwd,
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, ASTRO_OUT_DIR: fresh, CONTENT_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) {
    if (options.quiet) print(`${astro.stdout}${astro.stderr}`);
    return fail(`Astro 构建出错（退出码 ${astro.status}）`);
  }
  print(took());

  let n = 3;
  for (const step of steps) {
    print(`${String.fromCodePoint(0x2460 + n - 1)} ${step.name}`);
    try {
      await step.run(fresh, { root, cwd, print });
    } catch (error) {
      return fail(`${step.name}：${(error as Error).message}`);
    }
    print(took());
    n++;
  }

  const old = `${fresh}-old`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(fresh, out);
  release();
  rmSync(old, { recursive: true, force: true });
  print(`构建完成：${options.out}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}
