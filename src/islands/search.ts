import { initPagefindForSegmentedQueries, queryTerms, tidyExcerpt } from '../lib/search/segment.ts';

// The search page: Pagefind in the browser, with the site's own segmenter in
// front of it (see src/lib/search/README.md), facets with counts, and the
// query in the URL (?q=) so a search can be shared.

interface PagefindResult {
  id: string;
  data: () => Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (
    q: string,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;
const FILTER_ORDER = ['类型', '城市', '单位性质', '等级', '培训方向', '年份'];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...kids: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
}

/** Pagefind's excerpt is HTML with <mark>s: keep only text and marks. */
function excerptNodes(html: string): Node[] {
  const out: Node[] = [];
  for (const part of html.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const text = part
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    if (text) out.push(part.startsWith('<mark>') ? el('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}

export function startSearch() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#results');
  const more = document.querySelector<HTMLButtonElement>('#more');
  const facets = document.querySelector<HTMLElement>('#facets');
  const groups = document.querySelector<HTMLElement>('#facet-groups');
  if (!form || !input || !status || !list || !more || !facets || !groups) return;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const chosen: Record<string, string[]> = {};
  for (const key of FILTER_ORDER) if (params.getAll(key).length) chosen[key] = params.getAll(key);

  let pagefind: Promise<Pagefind> | undefined;
  let termsKeptWhole = false;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ '/pagefind/pagefind.js' as string) as Promise<Pagefind>).then(
      async (p) => {
        await p.options({ excerptLength: 40 });
        // Pagefind would split the query's character pairs again; started this way it keeps them whole.
        termsKeptWhole = await initPagefindForSegmentedQueries(p, document.documentElement);
        performance.mark('search:ready');
        return p;
      },
    ));
  let shown: PagefindResult[] = [];
  let words: string[] = [];
  let run = 0;

  async function render(from: number) {
    const slice = shown.slice(from, from + PAGE);
    const items = await Promise.all(slice.map((r) => r.data()));
    for (const item of items) {
      const title = tidyExcerpt(item.meta['title'] ?? item.url).replace(/<[^>]+>/g, '');
      const body = el(
        'div',
        {},
        el('span', { className: 'type' }, (item.filters['类型'] ?? ['页面']).join('、')),
        el('h3', {}, el('a', { href: item.url }, title)),
        el('p', {}, ...excerptNodes(tidyExcerpt(item.excerpt, words))),
      );
      const li = el('li');
      if (item.meta['image'])
        li.append(el('img', { src: item.meta['image'], alt: item.meta['image_alt'] ?? '', loading: 'lazy' }));
      li.append(body);
      list!.append(li);
    }
    more!.hidden = from + PAGE >= shown.length;
  }

  function renderFacets(counts: Record<string, Record<string, number>>) {
    groups!.replaceChildren();
    for (const key of FILTER_ORDER) {
      const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0 || chosen[key]?.length);
      if (!values.length) continue;
      const fieldset = el('fieldset', {}, el('legend', {}, key));
      for (const [value, n] of values.sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))) {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.checked = chosen[key]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          const set = new Set(chosen[key] ?? []);
          if (box.checked) set.add(value);
          else set.delete(value);
          if (set.size) chosen[key] = [...set];
          else delete chosen[key];
          void search();
        });
        const label = document.createElement('label');
        label.append(box, `${value}（${n}）`);
        fieldset.append(label);
      }
      groups!.append(fieldset);
    }
    facets!.hidden = groups!.childElementCount === 0;
  }

  async function search() {
    const mine = ++run;
    const q = input!.value.trim();
    const url = new URLSearchParams();
    if (q) url.set('q', q);
    for (const [k, vs] of Object.entries(chosen)) for (const v of vs) url.append(k, v);
    history.replaceState(null, '', url.size ? `/search/?${url}` : '/search/');
    if (!q) {
      list!.replaceChildren();
      more!.hidden = true;
      status!.textContent = '请输入要查找的内容，例如：职工书屋、娘家人、济南、劳动合同。';
      renderFacets({});
      return;
    }
    status!.textContent = '正在搜索…';
    const p = await load();
    // User Timing marks: the bench reads how long a query takes once Pagefind is loaded.
    performance.mark('search:query');
    const terms = queryTerms(q, { termsKeptWhole });
    words = terms.highlight;
    const result = await p.search(terms.terms.join(' ') || q, { filters: chosen });
    if (mine !== run || !result) return;
    shown = result.results;
    list!.replaceChildren();
    renderFacets(result.filters);
    await render(0);
    if (mine !== run) return;
    // Announced once the first results are on the page.
    performance.measure('search:answer', 'search:query');
    status!.textContent = shown.length
      ? `找到 ${shown.length} 个与“${q}”相关的页面。`
      : `没有找到与“${q}”相关的内容。请换一个词，或减少筛选条件；也可以按栏目浏览。`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void render(list.childElementCount));
  void search();
}
