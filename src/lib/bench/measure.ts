/**
 * Runs a command and measures it (Node only, Linux): wall time, and peak
 * resident memory of the whole process tree (the command and every process
 * it starts: esbuild, Pagefind's binary, Chromium), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Peak of the summed RSS of the process and its descendants, MB. */
  peakTreeMb: number;
  /** Peak RSS of the largest single process of the tree, MB. */
  peakProcessMb: number;
  output: string;
  /** With `phases`: each phase's wall time and peak, from the line that starts it to the next. */
  phases: Phase[];
}

export interface Phase {
  /** The line that started it. */
  name: string;
  seconds: number;
  peakTreeMb: number;
}

const PAGE = 4096;

/**
 * RSS (MB) of `root`'s descendants, and of `root` itself unless `withRoot` is
 * false: total and the largest one; and the CPU seconds they have used so
 * far, user and system.
 */
export function treeRss(root: number, withRoot = true): { totalMb: number; largestMb: number; cpuSeconds: number } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), (Number(fields[21]) * PAGE) / 1048576);
      // utime + stime, in clock ticks of 1/100 s.
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The process ended while we looked.
    }
  }
  let totalMb = 0;
  let largestMb = 0;
  let cpuSeconds = 0;
  for (const [pid, mb] of rss) {
    for (let p = withRoot ? pid : parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        totalMb += mb;
        largestMb = Math.max(largestMb, mb);
        cpuSeconds += cpu.get(pid)!;
        break;
      }
    }
  }
  return { totalMb, largestMb, cpuSeconds };
}

/** Runs `command` with `args`, sampling the tree's memory every `intervalMs`. */
export function measure(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    intervalMs?: number;
    echo?: boolean;
    /** A line of the command's output that matches starts a new phase (the build's numbered steps). */
    phases?: RegExp;
  },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let output = '';
    let partial = '';
    const phases: (Phase & { start: number })[] = [];
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (options.echo) process.stderr.write(chunk);
      if (!options.phases) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!options.phases.test(line)) continue;
        sample();
        const now = performance.now();
        const last = phases.at(-1);
        if (last) last.seconds = (now - last.start) / 1000;
        phases.push({ name: line.trim(), seconds: 0, peakTreeMb: 0, start: now });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakTreeMb = 0;
    let peakProcessMb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { totalMb, largestMb } = treeRss(child.pid);
      peakTreeMb = Math.max(peakTreeMb, totalMb);
      peakProcessMb = Math.max(peakProcessMb, largestMb);
      const phase = phases.at(-1);
      if (phase) phase.peakTreeMb = Math.max(phase.peakTreeMb, totalMb);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const last = phases.at(-1);
      if (last) last.seconds = (performance.now() - last.start) / 1000;
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakTreeMb: Math.round(peakTreeMb),
        peakProcessMb: Math.round(peakProcessMb),
        output,
        phases: phases.map(({ name, seconds, peakTreeMb: peak }) => ({ name, seconds, peakTreeMb: Math.round(peak) })),
      });
    });
  });
}
