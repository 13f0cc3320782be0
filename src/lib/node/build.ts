import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { astroPagesLines } from '../build/astro-pages.ts';
import { runAstro } from './build-astro.ts';
import { removeInBackground, removeOnExit, removeStaleTemps } from './build-interrupt.ts';
import {
  buildFingerprint,
  codeFingerprint,
  forgetState,
  lockOutput,
  pageManifestFile,
  saveState,
  stateFile,
  upToDate,
} from './build-state.ts';
import { defaultSteps, runSideBySide, type BuildStep, type StepReport } from './build-steps.ts';
import { cacheHome } from './cache-dirs.ts';
import type { Entries } from '../content/check.ts';
import { contentRoot } from './content-root.ts';
import { cpuSeconds } from './cpu-time.ts';
import { validateAll } from './validate.ts';

export { defaultSteps, type BuildStep } from './build-steps.ts';

export interface BuildOptions {
  /** Final output folder. */
  out: string;
  /** Project folder (where astro.config.mjs is). */
  cwd?: string;
  print?: (line: string) => void;
  /** Hide Astro's own log unless it fails (tests, benchmarks). */
  quiet?: boolean;
  /** Build from nothing: every cache in a temporary folder, removed afterwards (a cold build, for checking). */
  fresh?: boolean;
  /** Receives what each step did, for machines (`npm run build -- --report FILE`). */
  report?: (report: BuildReport) => void;
}

export interface BuildReport {
  /** `unchanged`: nothing the output depends on changed since the last build, which was kept. */
  result: 'built' | 'unchanged' | 'failed';
  seconds: number;
  /** CPU seconds of the build and its child processes (cpu-time.ts). */
  cpuSeconds: number;
  steps: {
    name: string;
    /** From the heading the step ran under to the step's own end. */
    seconds: number;
    /** CPU seconds of the heading's steps together: steps under one heading run side by side. */
    cpuSeconds: number;
    /** The number of the heading (①, ②, …) the step ran under, from 1. */
    heading: number;
    stats: Record<string, unknown>;
  }[];
}

/** Runs the whole build; returns the exit code. */
export async function runBuild(options: BuildOptions, steps: BuildStep[] = defaultSteps()): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const print = options.print ?? ((line: string) => console.log(line));
  const root = contentRoot(cwd);
  const out = path.resolve(cwd, options.out);
  const started = Date.now();
  const report: BuildReport = { result: 'failed', seconds: 0, cpuSeconds: 0, steps: [] };
  const cpuStart = cpuSeconds();
  const savedCache = process.env['ZGZJ_CACHE_DIR'];
  const temporaryCache = options.fresh ? mkdtempSync(path.join(os.tmpdir(), 'zgzj-fresh-')) : undefined;
  const releaseCache = temporaryCache ? removeOnExit(temporaryCache) : undefined;
  if (temporaryCache) process.env['ZGZJ_CACHE_DIR'] = temporaryCache;
  try {
    const code = await build();
    report.result = code === 0 ? report.result : 'failed';
    return code;
  } finally {
    if (temporaryCache) {
      if (savedCache === undefined) delete process.env['ZGZJ_CACHE_DIR'];
      else process.env['ZGZJ_CACHE_DIR'] = savedCache;
      rmSync(temporaryCache, { recursive: true, force: true });
      releaseCache?.();
    }
    report.seconds = (Date.now() - started) / 1000;
    report.cpuSeconds = cpuSeconds() - cpuStart;
    options.report?.(report);
  }

  async function build(): Promise<number> {
    let stepStart = Date.now();
    let stepCpu = cpuStart;
    let heading = 1;
    const done = (name: string, r: StepReport | void) => {
      const seconds = (Date.now() - stepStart) / 1000;
      const cpu = cpuSeconds() - stepCpu;
      stepStart = Date.now();
      stepCpu += cpu;
      for (const line of r?.lines ?? []) print(line);
      print(`   用时 ${seconds.toFixed(1)} 秒（CPU ${cpu.toFixed(1)} 秒）`);
      report.steps.push({ name, seconds, cpuSeconds: cpu, heading: heading++, stats: r?.stats ?? {} });
    };

    print(`① 检查内容：${path.relative(cwd, root) || root}`);
    const state = stateFile(cacheHome(cwd), out);
    const code = codeFingerprint(cwd);
    const fingerprint = existsSync(root) ? buildFingerprint(root, code) : '';
    if (!options.fresh && fingerprint && upToDate(state, out, fingerprint)) {
      print(`   内容、代码和日期都与上次成功的构建相同，${options.out} 已是最新，不必重新构建。`);
      done('unchanged', { lines: [], stats: {} });
      report.result = 'unchanged';
      print(`构建完成：${options.out}（${((Date.now() - started) / 1000).toFixed(1)} 秒，没有变化）`);
      return 0;
    }
    const tmpParent = path.join(path.dirname(out), '.build-tmp');
    mkdirSync(tmpParent, { recursive: true });
    // Two builds of one site would each take pages from it and replace it: the second waits.
    const lock = lockOutput(tmpParent, path.basename(out));
    if ('busy' in lock) {
      print(`构建没有开始：另一个构建（进程 ${lock.busy}）正在生成 ${options.out}，请等它结束后再试。`);
      return 1;
    }
    const unlockOnExit = removeOnExit(lock.file);
    const unlock = () => {
      lock.release();
      unlockOnExit();
    };
    removeStaleTemps(tmpParent, path.basename(out));
    const staged = path.join(tmpParent, `${path.basename(out)}-${process.pid}-${Date.now()}`);
    const release = removeOnExit(staged);
    const abandon = () => {
      rmSync(staged, { recursive: true, force: true });
      release();
      unlock();
    };
    const fail = (message: string) => {
      abandon();
      print(`构建失败：${message}。上一次构建的网站保持不变。`);
      return 1;
    };

    // Astro starts while the content is checked (its start reads no content: 2 s at 10,000 homes);
    // its loaders wait for the verdict, and a failed check stops it before it reads a file.
    let verdict = (_: readonly string[] | false) => {};
    const astroRun = runAstro({
      cwd,
      root,
      outDir: staged,
      lastOutput: out,
      manifest: pageManifestFile(cacheHome(cwd), out),
      code,
      quiet: options.quiet ?? false,
      print,
      cleared: new Promise((resolve) => (verdict = resolve)),
    });
    // Astro's process is spawned by work this call queued; the validation below is mostly synchronous
    // and held the spawn back until it ended (8 s cold, 1.5-2 s warm at 10,000 homes): let it run first.
    await new Promise((resolve) => setImmediate(resolve));
    let entries: Entries | undefined;
    let checkedFiles: string[] = [];
    let saveChecks = () => {};
    const validation = await validateAll(root, {
      format: 'text',
      print,
      cache: true,
      onEntries: (e) => (entries = e),
      onPassed: (keys) => (checkedFiles = keys),
      saveLater: (save) => (saveChecks = save),
    });
    done('validate', undefined);
    if (validation !== 0) {
      verdict(false);
      (await astroRun).dispose();
      saveChecks();
      abandon();
      if (readdirSync(tmpParent).length === 0) rmSync(tmpParent, { recursive: true, force: true });
      print(
        `构建已停止：内容有问题，${existsSync(out) ? `上一次构建的网站（${options.out}）保持不变` : '没有生成任何文件'}。`,
      );
      return validation;
    }

    print('② 生成网站（Astro）');
    verdict(checkedFiles);
    // This process waits for Astro's: the validation cache is written meanwhile, and the later
    // steps' modules are loaded (a step that fails to load fails when it runs).
    saveChecks();
    for (const step of steps) step.load?.().catch(() => {});
    const astro = await astroRun;
    if (astro.status !== 0) {
      if (options.quiet) print(astro.log);
      astro.dispose();
      return fail(`Astro 构建出错（退出码 ${astro.status}）`);
    }
    done('astro', { lines: astroPagesLines(astro.pages), stats: { ...astro.pages } });

    // The steps after Astro read the new site and write folders of their own (the search index,
    // the images): side by side, each on its share of the cores, they take the time of the
    // longest rather than the sum (measured in bench/results). All finish before any failure is
    // acted on, so none writes into a folder that is being removed.
    if (steps.length) {
      print(`${String.fromCodePoint(0x2460 + heading - 1)} ${steps.map((s) => s.name).join('，同时')}`);
      const results = await runSideBySide(steps, (step) => step.run(staged, { root, cwd, print, entries }));
      const failed = results.flatMap((r) => (r.error ? [`${r.step.name}：${r.error.message}`] : []));
      if (failed.length) {
        astro.dispose();
        return fail(failed.join('；'));
      }
      const cpu = cpuSeconds() - stepCpu;
      const together = results.length > 1;
      for (const r of results) {
        if (together) print(`   ${r.step.name}（用时 ${r.seconds.toFixed(1)} 秒）：`);
        for (const line of r.report?.lines ?? []) print(line);
        report.steps.push({
          name: r.step.name,
          seconds: r.seconds,
          cpuSeconds: cpu,
          heading,
          stats: r.report?.stats ?? {},
        });
      }
      const seconds = (Date.now() - stepStart) / 1000;
      print(
        `   ${together ? `${results.length} 项同时进行，共` : ''}用时 ${seconds.toFixed(1)} 秒（CPU ${cpu.toFixed(1)} 秒）`,
      );
    }

    // The old site goes only once the new one is complete. What described it goes first:
    // were the build stopped in between, the next one starts from nothing rather than trust it.
    forgetState(state);
    rmSync(pageManifestFile(cacheHome(cwd), out), { force: true });
    const old = `${staged}-old`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(out)) renameSync(out, old);
    renameSync(staged, out);
    release();
    astro.commit();
    unlock();
    if (existsSync(old)) removeInBackground(old);
    if (fingerprint) saveState(state, out, fingerprint);
    report.result = 'built';
    print(`构建完成：${options.out}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
    return 0;
  }
}
