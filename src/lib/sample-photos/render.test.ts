import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRIMARY_FAMILY } from '../certificates/fonts.ts';
import { PHOTO_NAMES, photoSvg, samplePhoto } from './render.ts';

const PHOTOS = path.resolve(import.meta.dirname, '../../../content/media/photos');

describe('the sample photos', () => {
  it('set every sign in the bundled font, never a font the machine may lack', () => {
    for (const name of PHOTO_NAMES) {
      const families = new Set([...photoSvg(name).matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
      expect(
        [...families].filter((f) => f !== PRIMARY_FAMILY),
        name,
      ).toEqual([]);
    }
    expect(photoSvg('service-desk')).toContain('>职工服务中心</text>');
  });

  it('draws a scene to the same bytes twice', async () => {
    const [a, b] = [await samplePhoto('service-desk'), await samplePhoto('service-desk')];
    expect(a.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(Buffer.compare(a, b)).toBe(0);
  }, 60_000);

  // Signs drawn without their font would differ from the committed files, as would any edit to a scene.
  it('are committed as scripts/dev/make-sample-photos.ts makes them', async () => {
    for (const name of PHOTO_NAMES) {
      const committed = readFileSync(path.join(PHOTOS, `${name}.jpg`));
      expect(Buffer.compare(await samplePhoto(name), committed), `${name}.jpg: run the script and commit`).toBe(0);
    }
  }, 180_000);

  it('names the photos it knows when asked for another', () => {
    expect(() => photoSvg('sauna')).toThrow(/unknown photo: sauna \(known: reading-room, gym/);
  });
});
