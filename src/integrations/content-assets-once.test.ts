import { describe, expect, it } from 'vitest';
import { oneImportPerImage } from './content-assets-once.ts';

const id = (file: string, importer?: string) =>
  `${file}?astroContentImageFlag=${importer ? `&importer=${encodeURIComponent(importer)}` : ''}`;

// The module as Astro's content sync writes it (astro/dist/content/mutable-data-store.js).
const ids = [
  id('../../media/photos/clinic.jpg', '../content/homes/jinan/a.md'),
  id('../../media/photos/clinic.jpg', '../content/homes/qingdao/b.md'),
  id('../media/photos/clinic.jpg', '../content/stories/c.md'),
  id('../../media/photos/garden.jpg', '../content/homes/jinan/a.md'),
  id('/media/photos/garden.jpg', '../content/homes/jinan/d.md'),
];
const astro = `
${ids.map((x, i) => `import __ASTRO_IMAGE_IMPORT_${i} from ${JSON.stringify(x)};`).join('\n')}
export default new Map([${ids.map((x, i) => `[${JSON.stringify(x)}, __ASTRO_IMAGE_IMPORT_${i}]`).join(', ')}]);
		`;

describe('the content images imported once', () => {
  const code = oneImportPerImage(astro, '/site/project');
  const imports = code.split('\n').filter((l) => l.startsWith('import '));

  it('imports each image file once, by its path, with Astro’s image flag', () => {
    expect(imports).toEqual([
      'import __ASTRO_IMAGE_IMPORT_0 from "/site/content/media/photos/clinic.jpg?astroContentImageFlag=";',
      'import __ASTRO_IMAGE_IMPORT_3 from "/site/content/media/photos/garden.jpg?astroContentImageFlag=";',
      `import __ASTRO_IMAGE_IMPORT_4 from ${JSON.stringify(ids[4])};`,
    ]);
  });

  it('keeps every key of the map, each on the import of its image', () => {
    const map = code.slice(code.indexOf('export default'));
    const pairs = [...map.matchAll(/\[("[^"]*"), (__ASTRO_IMAGE_IMPORT_\d+)\]/g)].map((m) => [JSON.parse(m[1]!), m[2]]);
    expect(pairs).toEqual([
      [ids[0], '__ASTRO_IMAGE_IMPORT_0'],
      [ids[1], '__ASTRO_IMAGE_IMPORT_0'],
      [ids[2], '__ASTRO_IMAGE_IMPORT_0'],
      [ids[3], '__ASTRO_IMAGE_IMPORT_3'],
      [ids[4], '__ASTRO_IMAGE_IMPORT_4'],
    ]);
  });
});
