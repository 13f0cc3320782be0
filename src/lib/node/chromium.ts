/**
 * The one way the project starts Chromium (Node only): browser tests, the
 * benchmark and the measuring scripts all use these flags, so a figure and a
 * test see the same browser, and none of them reaches the network.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chineseFontConfig } from './chromium-fonts.ts';

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags that work as root on these machines (no sandbox, no GPU) and keep
 * Chromium off the network (no QUIC, no background fetches, no component or
 * sync updates); media may play without a gesture, as a test presses play.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/** Fails with a clear message when Chromium is missing, instead of letting a caller skip. */
function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium" (as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
}

/** Headless Chromium driven by Playwright, with a fresh profile and a Chinese font (chromium-fonts.ts). */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: chineseFontConfig() },
    args: [...CHROMIUM_FLAGS],
  });
}

/** Headless Chromium with a DevTools port, for Lighthouse (which drives it through chrome-launcher). */
export async function launchChromiumForLighthouse(): Promise<{ port: number; pid: number; kill: () => void }> {
  requireChromium();
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
    envVars: { ...process.env, FONTCONFIG_FILE: chineseFontConfig() },
  });
  return { port: chrome.port, pid: chrome.pid, kill: () => chrome.kill() };
}
