/**
 * The facet table: which filter values each indexed page has, for the
 * search page to filter results and count facets itself (pure,
 * browser-safe; README.md beside this file, "Facet counts"). Pagefind
 * counts a search's facets by looking every filtered page up in its list
 * of results, one by one: with the filter indexes loaded, a search for
 * 职工书屋 at 10,000 homes (9,816 results) took 1.2–3.1 s instead of
 * 70–100 ms. With this table the search page never loads Pagefind's filter
 * indexes; counting and filtering are one pass over the results.
 *
 * The file (`/pagefind/facets.json`, written with the index): the pages'
 * fragment names (Pagefind's result ids) in page order, and for each filter
 * value its pages, delta-coded.
 */

/** Where the table is served. */
export const FACET_TABLE_PATH = '/pagefind/facets.json';
/** Its file name in the index folder. */
export const FACET_TABLE_FILE = 'facets.json';

interface FacetTableFile {
  pages: string[];
  filters: Record<string, Record<string, number[]>>;
}

/** The table's JSON, from the pages' result ids and each filter value's pages (page numbers). */
export function encodeFacetTable(
  pages: readonly string[],
  filters: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>,
): string {
  const out: FacetTableFile = { pages: [...pages], filters: {} };
  for (const [filter, values] of filters) {
    out.filters[filter] = {};
    for (const [value, list] of values)
      out.filters[filter][value] = [...list].sort((a, b) => a - b).map((p, i, all) => p - (i ? all[i - 1]! : 0));
  }
  return JSON.stringify(out);
}

export interface FacetTable {
  /** page number of each result id */
  page: Map<string, number>;
  /** for each filter, its values, and each page's values (indexes into them) */
  filters: Record<string, { values: string[]; of: number[][] }>;
}

/** Reads the table's JSON. */
export function readFacetTable(json: string): FacetTable {
  const file = JSON.parse(json) as FacetTableFile;
  const page = new Map(file.pages.map((id, i) => [id, i]));
  const filters: FacetTable['filters'] = {};
  for (const [filter, byValue] of Object.entries(file.filters)) {
    const values = Object.keys(byValue);
    const of: number[][] = Array.from({ length: file.pages.length }, () => []);
    values.forEach((value, v) => {
      let p = 0;
      for (const delta of byValue[value]!) of[(p += delta)]?.push(v);
    });
    filters[filter] = { values, of };
  }
  return { page, filters };
}

/** Chosen values by filter name (facets.ts). */
type Chosen = Readonly<Record<string, readonly string[]>>;

/** Whether a page has one of the chosen values of every filter with a choice (Pagefind's `{ any }` per filter). */
function passes(table: FacetTable, page: number | undefined, chosen: Chosen, except?: string): boolean {
  for (const [filter, wanted] of Object.entries(chosen)) {
    if (filter === except || wanted.length === 0) continue;
    const f = table.filters[filter];
    if (page === undefined || !f?.of[page]?.some((v) => wanted.includes(f.values[v]!))) return false;
  }
  return true;
}

/** The results with the chosen values, in their order. */
export function filterResults<T extends { id: string }>(table: FacetTable, results: readonly T[], chosen: Chosen): T[] {
  if (Object.values(chosen).every((v) => v.length === 0)) return [...results];
  return results.filter((r) => passes(table, table.page.get(r.id), chosen));
}

/**
 * Facet counts as Pagefind gives them: `filters` counts each value among
 * the results with the chosen values, `totalFilters` among all results.
 */
export function countFacets(
  table: FacetTable,
  results: readonly { id: string }[],
  chosen: Chosen,
): { filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> } {
  const filters: Record<string, Record<string, number>> = {};
  const totalFilters: Record<string, Record<string, number>> = {};
  for (const [name, f] of Object.entries(table.filters)) {
    filters[name] = Object.fromEntries(f.values.map((v) => [v, 0]));
    totalFilters[name] = Object.fromEntries(f.values.map((v) => [v, 0]));
  }
  for (const r of results) {
    const page = table.page.get(r.id);
    if (page === undefined) continue;
    const within = passes(table, page, chosen);
    for (const [name, f] of Object.entries(table.filters)) {
      for (const v of f.of[page] ?? []) {
        totalFilters[name]![f.values[v]!]!++;
        if (within) filters[name]![f.values[v]!]!++;
      }
    }
  }
  return { filters, totalFilters };
}
