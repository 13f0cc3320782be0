import { listPageHref } from './urls.ts';

/** One page of a paged list. */
export interface ListPage<T> {
  /** From 1. */
  page: number;
  pages: number;
  items: T[];
  /** The route's rest parameter: `city/jinan/page/2` under /homes/, undefined for the section's first page. */
  list: string | undefined;
}

/**
 * The pages of a list whose first page is `base`, a URL under `section`
 * (`/homes/city/jinan/` under `/homes/`), `size` items a page; an empty list
 * still has its first page.
 */
export function listPages<T>(section: string, base: string, items: readonly T[], size: number): ListPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    items: items.slice(i * size, (i + 1) * size),
    list: listPageHref(base, i + 1).slice(section.length, -1) || undefined,
  }));
}
