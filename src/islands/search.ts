import { t } from '../lib/i18n/zh-CN.ts';
import { mostConceptsFirst, preferExact } from '../lib/search/combine.ts';
import {
  countFacets,
  FACET_TABLE_PATH,
  filterResults,
  readFacetTable,
  type FacetTable,
} from '../lib/search/facet-table.ts';
import { readSearchUrl, searchUrl, type Chosen } from '../lib/search/facets.ts';
import { initPagefindForSegmentedQueries } from '../lib/search/pagefind-start.ts';
import {
  fallbackConcepts,
  hasSynonyms,
  pagefindQuery,
  plannedSearches,
  planQuery,
  type QueryPlan,
} from '../lib/search/query.ts';
import { SYNONYM_WEIGHT } from '../lib/search/ranking.ts';
import { relatedWords } from '../lib/search/suggest.ts';
import type { Dictionary } from '../lib/search/dictionary.ts';
import { dictionaryFor, VOCABULARY_PATH, type SearchVocabulary } from '../lib/search/vocabulary.ts';
import { el } from './dom.ts';
import { facetGroups, resultItem, type ResultData } from './search-view.ts';

// The search page: Pagefind in the browser with the site's own query
// planning in front of it (src/lib/search/README.md), facets with counts,
// and the query and facets in the URL so a search can be shared.

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string) => Promise<void>;
}
type Counts = ReturnType<typeof countFacets>;
interface Found {
  results: (PagefindResult & { matched?: number[] })[];
  /** the results before the chosen facets narrowed them, whose facets are counted (none for a partial answer) */
  counted?: readonly PagefindResult[];
  partial?: string[];
  synonyms: string[];
}

const PAGE = 10;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

export function startSearch() {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('q');
  const status = $('search-status');
  const notice = $('search-notice');
  const list = $<HTMLOListElement>('results');
  const more = $<HTMLButtonElement>('more');
  const facets = $<HTMLDetailsElement>('facets');
  const facetTitle = $('facets-title');
  const groups = $('facet-groups');
  const clear = $<HTMLButtonElement>('clear-filters');
  const empty = $('search-empty');
  const related = $('search-related');
  if (
    !form ||
    !input ||
    !status ||
    !notice ||
    !list ||
    !more ||
    !facets ||
    !facetTitle ||
    !groups ||
    !clear ||
    !empty ||
    !related
  )
    return;
  const state = readSearchUrl(new URLSearchParams(location.search));
  input.value = state.q;
  let chosen: Chosen = state.chosen;

  // Open on wide screens, where the facets sit beside the results; a collapsible panel on phones.
  const wide = matchMedia('(min-width: 56rem)');
  const layout = () => (facets.open = wide.matches || facets.open);
  wide.addEventListener('change', () => (facets.open = wide.matches));
  layout();

  /**
   * Starts loading the index chunks that `q`'s searches need (Pagefind's `preload`, which its own
   * debounced search calls too); the search that follows finds them loaded or on the way.
   */
  const preload = (pf: Pagefind, dict: Dictionary, q: string, kept: boolean) => {
    for (const s of plannedSearches(planQuery(q, { dict, termsKeptWhole: kept }))) pf.preload(s).catch(() => undefined);
  };
  let loaded: Promise<{ pf: Pagefind; kept: boolean; dict: Dictionary }> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const vocabulary = fetch(VOCABULARY_PATH).then((r) => r.json() as Promise<SearchVocabulary>);
      const pf = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as Pagefind;
      await pf.options({ excerptLength: 40 });
      // Pagefind would split the query's character pairs again; started this way it keeps them whole.
      const kept = await initPagefindForSegmentedQueries(pf, document.documentElement);
      performance.mark('search:ready');
      return { pf, kept, dict: dictionaryFor(await vocabulary) };
    })());

  let shown: Found['results'] = [];
  let plan: QueryPlan | undefined;
  let partial: string[] | undefined;
  let run = 0;

  let next = 0;
  /** Shows the next page of results; the button waits meanwhile, so a quick second press cannot skip any. */
  async function render() {
    const from = next;
    const mine = run;
    next += PAGE;
    more!.disabled = true;
    const slice = shown.slice(from, from + PAGE);
    const items = await Promise.all(slice.map((r) => r.data()));
    // a newer search has replaced the list meanwhile
    if (mine !== run) return;
    items.forEach((data, i) => {
      const matched = partial && slice[i]?.matched?.map((c) => partial![c]!);
      list!.append(resultItem(data, plan?.highlight ?? [], matched));
    });
    const left = shown.length - from - slice.length;
    more!.disabled = false;
    more!.hidden = left <= 0;
    more!.textContent = t('search.more', { n: left });
  }

  function renderFacets(counts?: Counts) {
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : undefined;
    const boxes = counts
      ? facetGroups(counts.filters, counts.totalFilters, chosen, (filter, value, on) => {
          const set = new Set(chosen[filter] ?? []);
          if (on) set.add(value);
          else set.delete(value);
          chosen = { ...chosen, [filter]: [...set] };
          if (!set.size) delete chosen[filter];
          void search();
        })
      : [];
    groups!.replaceChildren(...boxes);
    const n = Object.values(chosen).flat().length;
    facetTitle!.textContent = n ? t('search.filtersChosen', { n }) : t('search.filters');
    clear!.hidden = n === 0;
    facets!.hidden = boxes.length === 0 && n === 0;
    // keep the keyboard where it was when a checkbox redraws the panel
    if (focused?.dataset['filter'])
      groups!
        .querySelector<HTMLInputElement>(
          `input[data-filter="${focused.dataset['filter']}"][value="${CSS.escape(focused.value)}"]`,
        )
        ?.focus();
  }

  // The facet table is loaded after the first results are on screen (unless a facet is chosen,
  // which needs it to narrow them): Pagefind's own facet counting takes seconds at 10,000 homes
  // (src/lib/search/facet-table.ts).
  let table: Promise<FacetTable> | undefined;
  let facetsReady: FacetTable | undefined;
  const facetTable = () =>
    (table ??= fetch(FACET_TABLE_PATH, { cache: 'no-cache' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((json) => (facetsReady = readFacetTable(json)))
      // a later search tries again
      .catch((error: unknown) => {
        table = undefined;
        throw error;
      }));
  const countsOf = (found: Found, t: FacetTable): Counts | undefined =>
    found.counted ? countFacets(t, found.counted, chosen) : undefined;
  async function showFacetsLater(found: Found, mine: number) {
    try {
      const t = await facetTable();
      if (mine === run) renderFacets(countsOf(found, t));
    } catch {
      // the results stay; only the facets are missing
    }
    facetsShown();
  }
  /** Marks when the facet counts first came (or failed to), for the bench and the tests. */
  const facetsShown = () => {
    if (!performance.getEntriesByName('search:facets').length) performance.mark('search:facets');
  };

  async function find(pf: Pagefind, p: QueryPlan, kept: boolean): Promise<Found> {
    // narrowing by the chosen facets needs the table; without a choice it can come later
    const t = Object.keys(chosen).length ? await facetTable() : undefined;
    const narrow = <T extends PagefindResult>(rs: readonly T[]) => (t ? filterResults(t, rs, chosen) : [...rs]);
    let counted = (await pf.search(pagefindQuery(p.concepts)))?.results ?? [];
    let results = narrow(counted);
    const synonyms: string[] = [];
    if (hasSynonyms(p)) {
      const wider = (await pf.search(pagefindQuery(p.concepts, true)))?.results ?? [];
      if (narrow(wider).length > results.length) {
        counted = preferExact(counted, wider, SYNONYM_WEIGHT);
        results = narrow(counted);
        synonyms.push(...p.highlight.filter((w) => !p.concepts.some((c) => c.text === w)));
      }
    }
    if (results.length > 0) return { results, counted, synonyms };
    const concepts = fallbackConcepts(p, kept);
    if (concepts.length < 2) return { results, counted, synonyms };
    const per = await Promise.all(concepts.map((c) => pf.search(pagefindQuery([c], true))));
    return {
      results: mostConceptsFirst(per.map((r) => narrow(r?.results ?? []))),
      partial: concepts.map((c) => c.text),
      synonyms,
    };
  }

  async function search() {
    const mine = ++run;
    const q = input!.value.trim();
    history.replaceState(null, '', searchUrl(q, chosen));
    notice!.replaceChildren();
    empty!.hidden = true;
    if (!q) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = t('search.hint');
      renderFacets();
      return;
    }
    status!.textContent = t('search.searching');
    let pf: Pagefind, kept: boolean, dict: Dictionary;
    try {
      ({ pf, kept, dict } = await load());
    } catch {
      status!.textContent = t('search.failed');
      empty!.hidden = false;
      return;
    }
    // User Timing marks: the bench reads how long a query takes once Pagefind is loaded.
    performance.mark('search:query');
    const p = planQuery(q, { dict, termsKeptWhole: kept });
    let found: Found;
    try {
      found = p.concepts.length ? await find(pf, p, kept) : { results: [], synonyms: [] };
    } catch {
      // the index or the facet table a chosen facet needs could not be read
      if (mine !== run) return;
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = t('search.failed');
      empty!.hidden = false;
      return;
    }
    if (mine !== run) return;
    plan = p;
    partial = found.partial;
    shown = found.results;
    list!.replaceChildren();
    renderFacets(facetsReady ? countsOf(found, facetsReady) : undefined);
    next = 0;
    await render();
    if (mine !== run) return;
    performance.measure('search:answer', 'search:query');
    // with a facet chosen in the URL, the table came before the search and the counts with the results
    if (facetsReady) facetsShown();
    else void showFacetsLater(found, mine);
    const notes: string[] = [];
    if (p.dropped.length) notes.push(t('search.dropped', { words: p.dropped.map((w) => `“${w}”`).join('、') }));
    if (found.synonyms.length) notes.push(t('search.synonyms', { words: found.synonyms.join('、') }));
    if (found.partial) notes.push(t('search.partial', { words: found.partial.map((w) => `“${w}”`).join('') }));
    notice!.replaceChildren(...notes.map((n) => el('p', {}, n)));
    status!.textContent = t(shown.length ? (found.partial ? 'search.foundPartial' : 'search.found') : 'search.none', {
      n: shown.length,
      q,
    });
    if (shown.length === 0) {
      const words = relatedWords(q, dict);
      related!.replaceChildren(
        ...(words.length
          ? [t('search.related'), ...words.flatMap((w, i) => [i ? '、' : '', el('a', { href: searchUrl(w, {}) }, w)])]
          : []),
      );
      if (Object.keys(chosen).length) related!.append(el('span', {}, ` ${t('search.fewerFilters')}`));
      empty!.hidden = false;
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // as Pagefind's own debounced search does: the chunks load while the reader types, the search runs
    // once they pause
    const q = input.value.trim();
    if (q)
      load()
        .then(({ pf, kept, dict }) => preload(pf, dict, q, kept))
        .catch(() => undefined);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search();
  });
  clear.addEventListener('click', () => {
    chosen = {};
    void search();
  });
  more.addEventListener('click', () => void render());
  void search();
}
