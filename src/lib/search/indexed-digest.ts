/**
 * A page made ready for Pagefind, with a digest of what decides Pagefind's
 * index of it (Node only). The search step keys its shards by these digests
 * rather than by the built files' bytes: a story's page changes when a story
 * it links to under "相关案例" changes its summary, but that section is
 * `data-pagefind-ignore`, and re-indexing its shard for it made one changed
 * story re-index three story shards at 10,000 homes.
 *
 * What Pagefind skips is left out of the digest, except what it still reads
 * there (indexing.test.ts checks each against Pagefind itself): an element
 * with a `data-pagefind-*` attribute of its own (a filter, meta or sort
 * value), and the first image and `<h1>`, which Pagefind takes for a result's
 * image and title when the page has none outside; every image's `src` and
 * `alt` and every `<h1>`'s text stay in the digest.
 */
import { createHash } from 'node:crypto';
import type { ElementNode, Node } from 'ultrahtml';
import { isElement } from './html-reading.ts';
import {
  markAliases,
  readIndexedPage,
  renderIndexedPage,
  type IndexPageOptions,
  type IndexedPage,
} from './index-page.ts';

/** Attributes Pagefind acts on inside a skipped element: all of its own but the skip and the weight. */
const READ_INSIDE = /^data-pagefind-(?!ignore$|weight$)/;

const readsInside = (el: ElementNode): boolean =>
  Object.keys(el.attributes).some((a) => READ_INSIDE.test(a)) ||
  el.children.some((c) => isElement(c) && readsInside(c));

/** The images and first-level headings of a skipped element, for the digest. */
function stillShown(el: ElementNode, out: Node[] = []): Node[] {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name === 'img')
      out.push({
        ...child,
        attributes: { src: child.attributes['src'] ?? '', alt: child.attributes['alt'] ?? '' },
        children: [],
      });
    else if (child.name === 'h1') out.push(child);
    else stillShown(child, out);
  }
  return out;
}

/** Replaces each skipped element that holds nothing Pagefind reads by what of it Pagefind may still show. */
function leaveOutSkipped(el: ElementNode, ignored: IndexedPage['ignored']): void {
  el.children = el.children.map((child) => {
    if (!isElement(child)) return child;
    if (ignored(child) && !readsInside(child))
      return { ...child, name: 'skipped', attributes: {}, children: stillShown(child) } as ElementNode;
    leaveOutSkipped(child, ignored);
    return child;
  });
}

export interface PreparedPage {
  /** the page Pagefind is given */
  html: string;
  /** what decides Pagefind's index of it */
  digest: string;
}

/** A built page made ready for Pagefind and its digest; undefined for a page outside the index. */
export function preparePage(html: string, options: IndexPageOptions = {}): PreparedPage | undefined {
  const page = readIndexedPage(html, options);
  if (!page) return undefined;
  markAliases(page, options.dict);
  const prepared = renderIndexedPage(page);
  leaveOutSkipped(page.body, page.ignored);
  return { html: prepared, digest: createHash('sha256').update(renderIndexedPage(page)).digest('base64') };
}
