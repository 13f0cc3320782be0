/**
 * The Astro step of the build (Node only): `astro build` in its own process,
 * told which pages the last build already made (src/lib/build/page-manifest.ts),
 * its log kept to say which pages it rendered, which it took from the last
 * build, and why.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroPagesReport, type AstroPagesReport } from '../build/astro-pages.ts';
import { reusePlan, type PageManifest } from '../build/page-manifest.ts';
import { removeOnExit, runChild } from './build-interrupt.ts';
import { waitForLock } from './build-state.ts';
import { CHECKED_FILES_ENV } from './checked-files.ts';
import { PAGES_ENV, nextManifestPath, planPath, readJson, readKeyedPages, writeManifest } from './page-reuse.ts';

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface AstroRun {
  status: number | null;
  /** Astro's whole output. */
  log: string;
  pages: AstroPagesReport;
  /** Records this build's pages for the next one; call once the new site has replaced the old. */
  commit: () => void;
  /** Removes this run's working files. */
  dispose: () => void;
}

interface AstroOptions {
  cwd: string;
  root: string;
  outDir: string;
  /** The site the last build left, whose pages may be reused. */
  lastOutput: string;
  /** Where the last build's page manifest is kept. */
  manifest: string;
  /** The project's code digest (build-state.ts). */
  code: string;
  quiet: boolean;
  /** Where to say that the build waits for another one. */
  print?: (line: string) => void;
  /**
   * The verdict of the validation running meanwhile: the keys of the files it found clean (Astro's
   * content guard does not check them again), or false when the content has problems. Astro's loaders
   * wait for it before they read content; false stops Astro. Without it Astro reads content at once.
   */
  cleared?: Promise<readonly string[] | false>;
}

/**
 * Waits for the project's `.astro` folder and holds it until released. Astro keeps its generated
 * modules there whatever the content: two Astro processes of one project at once read each other's
 * (content-assets.mjs names another content's images). Every build's Astro step takes it; so does
 * anything else that runs Astro in the project at the same time (the tests' dev server and bare
 * `astro build`). `waiting` hears once which process holds it.
 */
export function lockAstroFolder(cwd: string, waiting: (pid: number) => void = () => {}) {
  return waitForLock(path.join(cwd, '.astro'), 'zgzj-build', waiting);
}

/** Builds the pages of `root` into `outDir`, reusing pages of `lastOutput`; Astro's output is shown unless `quiet`. */
export async function runAstro(o: AstroOptions): Promise<AstroRun> {
  const projectLock = await lockAstroFolder(o.cwd, (pid) =>
    o.print?.(`   等另一个构建（进程 ${pid}）先用完本项目的 Astro 工作目录……`),
  );
  const unlockOnExit = removeOnExit(projectLock.file);
  try {
    return await astroStep(o);
  } finally {
    projectLock.release();
    unlockOnExit();
  }
}

async function astroStep(o: AstroOptions): Promise<AstroRun> {
  mkdirSync(path.dirname(o.manifest), { recursive: true });
  const work = mkdtempSync(path.join(path.dirname(o.manifest), 'run-'));
  const forget = removeOnExit(work);
  const last = existsSync(o.lastOutput) ? readJson<PageManifest>(o.manifest) : null;
  const plan = reusePlan(last, o.code, o.lastOutput, (file) => existsSync(path.join(o.lastOutput, file)));
  writeFileSync(planPath(work), JSON.stringify(plan));
  const checked = path.join(work, 'checked-files.json');
  // Written whole (then renamed): its appearing is what Astro's loaders wait for (content-guard.ts).
  const gate = o.cleared?.then((keys) => {
    if (keys === false) return false;
    writeFileSync(`${checked}.tmp`, JSON.stringify(keys));
    renameSync(`${checked}.tmp`, checked);
    return true;
  });

  // A production build whoever runs it. Under a test runner NODE_ENV is `test` (Vite then builds
  // with import.meta.env.DEV set; Astro fills NODE_ENV in only when it is unset), and Vitest puts
  // DEV, PROD, SSR, MODE and BASE_URL into the environment, which Astro's import.meta.env reads at run time.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL'].includes(k)),
  );
  const astro = await runChild(process.execPath, [path.join(o.cwd, ASTRO), 'build'], {
    cwd: o.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    echo: !o.quiet,
    ...(gate ? { gate } : {}),
    env: {
      ...inherited,
      NODE_ENV: 'production',
      ASTRO_OUT_DIR: o.outDir,
      CONTENT_ROOT: o.root,
      ASTRO_TELEMETRY_DISABLED: '1',
      [PAGES_ENV]: work,
      ...(o.cleared ? { [CHECKED_FILES_ENV]: checked } : {}),
    },
  });
  const status = astro.status;
  const log = `${astro.stdout}${astro.stderr}`;
  const keyed = readKeyedPages(work);
  const removed = Object.keys(plan.pages).filter((file) => !keyed[file]);
  const dispose = () => {
    rmSync(work, { recursive: true, force: true });
    forget();
  };
  return {
    status,
    log,
    pages: astroPagesReport(log, keyed, removed),
    commit: () => {
      const next = readJson<PageManifest>(nextManifestPath(work));
      if (next) {
        writeManifest(`${o.manifest}.tmp`, next);
        renameSync(`${o.manifest}.tmp`, o.manifest);
      } else rmSync(o.manifest, { force: true });
      dispose();
    },
    dispose,
  };
}
