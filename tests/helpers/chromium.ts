import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { launchChromium } from '../../src/lib/node/chromium.ts';

/**
 * Chromium for one browser-test file: `const browser = await chromiumForFile();` at the top of
 * the file starts it while the file's tests are collected and closes it after the last of them.
 */
export async function chromiumForFile(): Promise<Browser> {
  const browser = await launchChromium();
  afterAll(() => browser.close());
  return browser;
}
