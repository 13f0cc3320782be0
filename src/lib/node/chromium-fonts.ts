/**
 * A fontconfig file that adds Noto Serif SC (the certificate fonts, already a
 * dependency) to the machine's fonts, for every Chromium the project starts
 * (src/lib/node/chromium.ts). A test machine often has no Chinese font:
 * Chromium then draws each character as a missing-glyph box of another width,
 * and a test of widths, wrapping or header height would measure a page no
 * reader sees. Every CJK font draws a character one em wide, so layout
 * matches a reader's phone whatever the face.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function chineseFontConfig(): string {
  const root = path.resolve(import.meta.dirname, '../../..');
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
