import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, launchChromium, launchChromiumForLighthouse } from './chromium.ts';

const project = path.resolve(import.meta.dirname, '../../..');

/** Command lines of the processes whose parent is `parent`. */
function childCommandLines(parent: number): string[][] {
  const out: string[][] = [];
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== parent) continue;
      out.push(readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean));
    } catch {
      // The process ended while we read it.
    }
  }
  return out;
}

describe('starting Chromium', () => {
  it('happens in this module only: no test, benchmark or script launches it with flags of its own', () => {
    const files = globSync(['src/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'], { cwd: project });
    const launchers = files.filter((f) => {
      if (f === 'src/lib/node/chromium.test.ts') return false;
      const text = readFileSync(path.join(project, f), 'utf8');
      return /\bchromium\.launch\(|chromeLauncher\.launch\(|from 'chrome-launcher'|executablePath:/.test(text);
    });
    expect(launchers).toEqual(['src/lib/node/chromium.ts']);
  });

  it('gives Chromium the same flags through Playwright and through chrome-launcher', async () => {
    const browser = await launchChromium();
    try {
      // Debian's /usr/bin/chromium is a shell script that execs the browser under the same process id.
      const mine = childCommandLines(process.pid).find((argv) => path.basename(argv[0] ?? '') === 'chromium');
      expect(mine, 'the Chromium this test started').toBeDefined();
      expect(mine).toEqual(expect.arrayContaining([...CHROMIUM_FLAGS]));
    } finally {
      await browser.close();
    }
    const chrome = await launchChromiumForLighthouse();
    try {
      const argv = readFileSync(`/proc/${chrome.pid}/cmdline`, 'utf8').split('\0');
      expect(argv).toEqual(expect.arrayContaining(['--headless', ...CHROMIUM_FLAGS]));
    } finally {
      chrome.kill();
    }
  }, 60_000);
});
