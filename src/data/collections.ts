import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

// getCollection resolves every entry's data again on each call; with 10,000
// homes that was most of a list page's time. A build reads each collection
// once; the dev server reads it fresh, so edits show at once.
const read = new Map<CollectionKey, Promise<readonly unknown[]>>();

/** Every entry of a collection, read once per build. Frozen: sort a copy. */
export function entries<C extends CollectionKey>(name: C): Promise<readonly CollectionEntry<C>[]> {
  if (import.meta.env.DEV) return getCollection(name);
  let list = read.get(name);
  if (!list) {
    list = getCollection(name).then((all) => Object.freeze(all));
    read.set(name, list);
  }
  return list as Promise<readonly CollectionEntry<C>[]>;
}

/** The props of a page made by `entryPaths`: the entry it shows. */
export interface EntryProps<C extends CollectionKey> {
  entry: CollectionEntry<C>;
}

/**
 * The paths of a route with a page per entry of a collection: the entry's id
 * as the route's `param` (`id` for `[id]`), the entry itself as `entry`.
 */
export async function entryPaths<C extends CollectionKey, P extends string = 'id'>(name: C, param?: P) {
  return (await entries(name)).map((entry) => ({
    params: { [param ?? 'id']: entry.id } as Record<P, string>,
    props: { entry } satisfies EntryProps<C>,
  }));
}
