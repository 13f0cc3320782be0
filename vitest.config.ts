import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Three kinds of test: unit tests beside the pure modules (src/**) and the test helpers, build
// tests over the built sample site (tests/build) and browser tests in
// Chromium against it (tests/browser). The site is built once per run by
// the global setup of the `site` project.
export default defineConfig({
  test: {
    // Vitest's default in a run is one worker fewer than the cores: one file at a time on the
    // 2-core machines CI runs on. Two at a time keep both cores busy while a browser test waits
    // on Chromium or a build test on its child process.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/helpers/**/*.test.ts'],
          environment: 'node',
          // Some unit tests draw certificates with real fonts or write a corpus: a second
          // alone, over Vitest's 5 s default on a busy 2-core machine. Tests do not time things.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
