import { createHash } from 'node:crypto';

/**
 * A page's cache key: a digest of everything the page shows (its props) and
 * of what every page shows (`salt`: the site settings, the judgement day).
 * Astro's incremental build (astro.config.mjs) reuses a page whose key and
 * code are unchanged, so a page must render from its props alone. Maps and
 * Sets are hashed by their entries; a function in the props is a mistake (it
 * would be left out of the key), so it throws.
 */
export function pageKey(salt: string, ...parts: unknown[]): string {
  const hash = createHash('sha256').update(salt);
  for (const part of parts) hash.update('\u0000').update(JSON.stringify(part, replacer) ?? 'undefined');
  return hash.digest('base64url').slice(0, 32);
}

/**
 * A content entry's (or a frozen object's) part of the keys, a digest made once: a home shows on its
 * own page and on many list and facet pages, and serialising its data again for each was most of the
 * keys' time.
 */
const entryParts = new WeakMap<object, string>();

/** The digest of what `value` shows (`shown`), made the first time it is asked for. */
function partOf(value: object, shown: () => string): string {
  let part = entryParts.get(value);
  if (part === undefined) {
    part = createHash('sha256').update(shown()).digest('base64url');
    entryParts.set(value, part);
  }
  return part;
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // A content entry: its digest (of the file as written) stands for its body and its rendered
  // HTML, which follow from the body and the code; its data is kept, for the images it resolved.
  if (isEntry(value)) {
    const shown = () =>
      JSON.stringify([value.id, value.collection, value.digest, JSON.stringify(value.data, replacer)]);
    return { '<entry>': partOf(value, shown) };
  }
  // A frozen object (a home's card, shown on its neighbours' pages and on many list pages): digested
  // once too. Whoever freezes one leaves what it holds unchanged as well, so its digest cannot go stale.
  if (typeof value === 'object' && value !== null && Object.isFrozen(value)) {
    const shown = () => JSON.stringify(Array.isArray(value) ? [...value] : { ...value }, replacer);
    return { '<frozen>': partOf(value, shown) };
  }
  if (value instanceof Map) return { '<map>': [...value] };
  if (value instanceof Set) return { '<set>': [...value] };
  if (typeof value === 'function') throw new TypeError(`pageKey: props hold a function at "${key}"`);
  return value;
}

function isEntry(v: unknown): v is { id: string; collection: string; digest: string; data: unknown } {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e['digest'] === 'string' && typeof e['collection'] === 'string' && typeof e['id'] === 'string' && 'data' in e
  );
}
