import { readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process and by the child processes it has
 * waited for (Astro, Pagefind's binary), user and system (Node only; Linux's
 * /proc, else this process alone). On a machine shared with other work the
 * wall time of a step says little; its CPU time does.
 */
export function cpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime: fields 14-17 of stat(5), here from the state field on.
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }
}
