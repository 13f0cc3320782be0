/**
 * What Astro's content sync keeps and does for each entry of a glob loader,
 * trimmed to what the site uses (Node only; used by src/content.config.ts).
 * Astro loads, re-serialises and re-bundles its whole data store on every
 * build, and the glob loader parses every file's frontmatter before it sees
 * the file is unchanged, so at 10,000 homes both cost seconds of each rebuild.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

/** The part of an entry type the glob loader calls before comparing digests (astro/dist/content/loaders/glob.js). */
interface EntryType {
  getEntryInfo: (o: { contents: string; fileUrl: URL }) => Promise<{ body: string; data: Record<string, unknown> }>;
}

/**
 * `context` for a glob loader over `base` whose ids come from `idOf(relative path)`:
 * - a file whose bytes have the digest its stored entry has is not parsed (the glob loader
 *   keeps that entry as it is, reading neither its body nor its data);
 * - a rendered entry is stored without the copy of its frontmatter in the render's metadata
 *   (`remarkPluginFrontmatter`, read by no page): a third of the store at 10,000 homes.
 */
export function leanContext(context: LoaderContext, base: string, idOf: (relative: string) => string): LoaderContext {
  const { store, generateDigest } = context;
  const set: typeof store.set = (entry) =>
    store.set(
      entry.rendered?.metadata
        ? { ...entry, rendered: { ...entry.rendered, metadata: { ...entry.rendered.metadata, frontmatter: {} } } }
        : entry,
    );
  const lean: LoaderContext & { entryTypes?: Map<string, EntryType> } = { ...context, store: { ...store, set } };
  const types = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
  if (types)
    lean.entryTypes = new Map(
      [...types].map(([ext, type]) => [
        ext,
        {
          ...type,
          getEntryInfo: (o: { contents: string; fileUrl: URL }) => {
            const id = idOf(path.relative(base, fileURLToPath(o.fileUrl)).split(path.sep).join('/'));
            const stored = store.get(id);
            if (stored?.filePath && stored.digest === generateDigest(o.contents))
              return Promise.resolve({ body: '', data: {} });
            return type.getEntryInfo(o);
          },
        },
      ]),
    );
  return lean;
}

/** The meta key `whileLoading` sets: it holds nothing a page reads. */
const LOADING_KEY = 'zgzj-loading';

/**
 * Runs a collection's `load` so that Astro does not write its whole data store in the middle of the
 * sync. The store is written 500 ms after its last change (SAVE_DEBOUNCE_MS in
 * astro/dist/content/mutable-data-store.js) and once more when the sync ends. A rebuild after a small
 * change sets few entries, so a pause of 500 ms came while the glob loader went through 10,000 unchanged
 * files (or while the loaders waited for the build's check), and the store was serialised twice: 0.75 s
 * of devalue each at 10,000 homes. A meta value set every 200 ms while the load runs puts the first
 * write off until the sync ends.
 */
export async function whileLoading<T>(context: LoaderContext, load: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => context.meta.set(LOADING_KEY, 'yes'), 200);
  try {
    return await load();
  } finally {
    clearInterval(timer);
  }
}
