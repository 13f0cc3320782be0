import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * A fontconfig file that adds Noto Serif SC (the certificate fonts, already a
 * dependency) to the machine's fonts. A test machine often has no Chinese
 * font: Chromium then draws each character as a missing-glyph box of another
 * width, and a test of widths, wrapping or header height would measure a
 * page no reader sees. Every CJK font draws a character one em wide, so
 * layout matches a reader's phone whatever the face.
 */
function fontConfig(): string {
  const root = path.resolve(import.meta.dirname, '../..');
  const serif = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  const dir = path.join(root, '.cache', 'fontconfig');
  const file = path.join(dir, 'fonts.conf');
  const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(serif, '400Regular')}</dir>
  <dir>${path.join(serif, '700Bold')}</dir>
  <cachedir>${path.join(dir, 'cache')}</cachedir>
</fontconfig>
`;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    // Test files start browsers at the same time: write aside, then rename.
    const temp = `${file}.${process.pid}`;
    writeFileSync(temp, text);
    renameSync(temp, file);
  }
  return file;
}

/**
 * Starts headless Chromium with the flags that work as root on these
 * machines and keep it off the network (Playwright gives it a fresh
 * profile), with a Chinese font (see fontConfig). Fails with a clear message
 * when Chromium is missing, instead of skipping the browser tests.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with "apt-get update && apt-get install -y chromium" (as .ci/run does) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig() },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
