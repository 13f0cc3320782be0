#!/usr/bin/env node
/**
 * Regenerates the sample photo pool in content/media/photos/: 16 flat
 * illustrations of workers' home rooms (reading room, gym, canteen, courier
 * rest station ...), one scene per file in src/lib/sample-photos/scenes/,
 * rendered to 1600x1067 JPEG. No real photos and no system fonts: every
 * shape comes from those files and a seeded random generator, and signs are
 * set in the bundled Noto Serif SC, so reruns give the same bytes anywhere.
 *   node scripts/dev/make-sample-photos.ts [name ...]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLine } from '../../src/lib/node/command-line.ts';
import { PHOTO_NAMES, samplePhoto } from '../../src/lib/sample-photos/render.ts';

const OUT = path.join(import.meta.dirname, '../../content/media/photos');

const { positionals } = commandLine({
  usage: '用法：node scripts/dev/make-sample-photos.ts [照片名 ...]',
  options: {},
  allowPositionals: true,
});
const names = positionals.length ? positionals : PHOTO_NAMES;
mkdirSync(OUT, { recursive: true });
for (const name of names) {
  if (!PHOTO_NAMES.includes(name)) {
    console.error(`unknown photo: ${name} (known: ${PHOTO_NAMES.join(', ')})`);
    process.exitCode = 1;
    continue;
  }
  const bytes = await samplePhoto(name);
  writeFileSync(path.join(OUT, `${name}.jpg`), bytes);
  console.log(`${name}.jpg  ${(bytes.length / 1024).toFixed(0)} KB`);
}
