/**
 * Lets `astro build` import each image of the content once. Astro's content sync lists every
 * image every entry uses in `.astro/content-assets.mjs`, one import per entry and image (the
 * entry's path rides along as `importer`, for paths relative to it): 20,942 imports of the same
 * few photos at 10,000 homes, a 7 MB module that Vite resolves import by import on every build,
 * cold or warm. Those imports all end in the same module (Astro's resolver drops the `importer`);
 * this names each image once, by its path, and keeps the module's map, whose keys pages look
 * images up by, as it is. An import it cannot read (not relative, no `importer`) stays as it was.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildTransform } from './build-transform.ts';

const ASSETS_MODULE = /[\\/]\.astro[\\/]content-assets\.mjs$/;
const IMPORT = /^import (__ASTRO_IMAGE_IMPORT_\d+) from ("[^"\n]*");$/gm;
const USE = /, (__ASTRO_IMAGE_IMPORT_\d+)\]/g;

/** The image an import names, by its absolute path with Astro's image flag; undefined if not relative. */
function imageOf(id: string, root: string): string | undefined {
  const [file, query = ''] = id.split('?');
  const params = new URLSearchParams(query);
  const importer = params.get('importer');
  if (!importer || !file || !/^\.\.?\//.test(file)) return undefined;
  params.delete('importer');
  // As Astro's resolver reads it (astro/dist/content/vite-plugin-content-assets.js).
  const from = path.dirname(fileURLToPath(new URL(importer, pathToFileURL(`${root}${path.sep}`))));
  return `${path.resolve(from, file)}?${params.toString()}`;
}

/** `content-assets.mjs` with one import per image file; `root` is the project folder `importer` is relative to. */
export function oneImportPerImage(code: string, root: string): string {
  const symbolOf = new Map<string, string>();
  const canonical = new Map<string, string>();
  const imports: string[] = [];
  const rest = code.replace(IMPORT, (line, symbol: string, quoted: string) => {
    const image = imageOf(JSON.parse(quoted) as string, root);
    if (image === undefined) {
      imports.push(line);
      return '';
    }
    const first = symbolOf.get(image);
    if (first === undefined) {
      symbolOf.set(image, symbol);
      imports.push(`import ${symbol} from ${JSON.stringify(image)};`);
    } else canonical.set(symbol, first);
    return '';
  });
  const uses = rest.replace(USE, (text, symbol: string) => {
    const first = canonical.get(symbol);
    return first === undefined ? text : `, ${first}]`;
  });
  return `${imports.join('\n')}\n${uses.replace(/^\n+/, '')}`;
}

export function contentAssetsOnce(): AstroIntegration {
  return buildTransform('zgzj-content-assets-once', ASSETS_MODULE, oneImportPerImage);
}
