import { markWords, tidyText } from '../lib/search/excerpt.ts';
import { FACETS, orderValues, type Chosen } from '../lib/search/facets.ts';
import { t } from '../lib/i18n/zh-CN.ts';
import { el } from './dom.ts';

// Drawing the search page's results and facets (the search island's view).
// Text from the index is put in as text nodes, never as HTML.

/** What Pagefind's `data()` gives for a result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

const parser = new DOMParser();

/** Pagefind's excerpt HTML as readable text, with the words looked for marked. */
export function excerptNodes(html: string, words: readonly string[]): Node[] {
  const text = tidyText(parser.parseFromString(html, 'text/html').body.textContent ?? '');
  return markWords(text, words).map((part) =>
    part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text),
  );
}

/** The best section of a long page (a heading with an anchor) that holds the words, when it is not the page's top. */
function sectionLink(data: ResultData, words: readonly string[]): HTMLElement | undefined {
  const section = data.sub_results?.find((s) => s.url.includes('#') && s.url !== data.url);
  if (!section) return undefined;
  return el(
    'p',
    { className: 'result-section' },
    t('search.section'),
    el('a', { href: section.url }, tidyText(section.title)),
    ' ',
    ...excerptNodes(section.excerpt, words),
  );
}

/** One result: its kind, city and year, its title as a link, an excerpt and the section that matched. */
export function resultItem(data: ResultData, words: readonly string[], matched?: readonly string[]): HTMLLIElement {
  const facts = [
    data.filters['类型']?.join('、') ?? t('search.page'),
    data.filters['城市']?.[0],
    data.filters['年份']?.[0],
  ];
  const body = el(
    'div',
    { className: 'result-body' },
    el('p', { className: 'result-meta' }, facts.filter(Boolean).join(' · ')),
    el('h3', {}, el('a', { href: data.url }, tidyText(data.meta['title'] ?? data.url))),
    el('p', { className: 'result-excerpt' }, ...excerptNodes(data.excerpt, words)),
  );
  const section = sectionLink(data, words);
  if (section) body.append(section);
  if (matched)
    body.append(el('p', { className: 'result-matched' }, t('search.matched', { words: matched.join('、') })));
  const li = el('li', { className: 'result' }, body);
  if (data.meta['image'])
    li.append(
      el('img', { src: data.meta['image'], alt: data.meta['image_alt'] ?? '', loading: 'lazy', decoding: 'async' }),
    );
  return li;
}

/**
 * The facet groups: a checkbox per value with its count. A facet with a
 * choice shows its counts over all results (so another value can be added);
 * the others show counts within the current choice.
 */
export function facetGroups(
  counts: Record<string, Record<string, number>>,
  totals: Record<string, Record<string, number>>,
  chosen: Chosen,
  onChange: (filter: string, value: string, on: boolean) => void,
): HTMLFieldSetElement[] {
  const groups: HTMLFieldSetElement[] = [];
  for (const facet of FACETS) {
    const source = chosen[facet.filter]?.length ? totals[facet.filter] : counts[facet.filter];
    const values = Object.entries(source ?? {}).filter(([v, n]) => n > 0 || chosen[facet.filter]?.includes(v));
    if (values.length === 0) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, facet.label));
    const n = Object.fromEntries(values);
    for (const value of orderValues(facet, Object.keys(n))) {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = value;
      box.checked = chosen[facet.filter]?.includes(value) ?? false;
      box.dataset['filter'] = facet.filter;
      box.addEventListener('change', () => onChange(facet.filter, value, box.checked));
      const label = document.createElement('label');
      label.append(box, el('span', {}, value), el('span', { className: 'count' }, `（${n[value] ?? 0}）`));
      fieldset.append(label);
    }
    groups.push(fieldset);
  }
  return groups;
}
