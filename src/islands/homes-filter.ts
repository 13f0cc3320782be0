import { CITY_LABELS, LEVEL_LABELS, UNIT_TYPE_LABELS } from '../lib/domain/vocab.ts';
import { PAGE_SIZE, filterHomes, type HomeFilter, type HomeSort, type HomeSummary } from '../lib/homes/listing.ts';
import { homeHref, HOMES_JSON, SECTION } from '../lib/routes/urls.ts';
import { el } from './dom.ts';

// In-page filtering of the homes list: combines every filter and sort without
// reloading, with the state in the query string (?city=jinan&level=model) so a
// filtered list can be shared. Without JavaScript the facet links do the job.

const KEYS = ['city', 'unitType', 'level', 'sector', 'eightComplete', 'county', 'sort'] as const;

function readForm(form: HTMLFormElement): { filter: HomeFilter; sort: HomeSort } {
  const data = new FormData(form);
  const get = (k: string) => String(data.get(k) ?? '');
  const filter: Record<string, unknown> = {};
  for (const k of ['city', 'unitType', 'level', 'sector'] as const) if (get(k)) filter[k] = get(k);
  if (get('eightComplete')) filter['eightComplete'] = get('eightComplete') === 'true';
  if (get('county')) {
    const [city, county] = get('county').split('|');
    filter['city'] = city;
    filter['county'] = county;
  }
  return { filter: filter as HomeFilter, sort: (get('sort') || 'level') as HomeSort };
}

function writeForm(form: HTMLFormElement, values: Record<string, string>) {
  for (const k of KEYS) {
    const el = form.elements.namedItem(k);
    if (el instanceof HTMLSelectElement && values[k] !== undefined) el.value = values[k];
  }
}

function card(h: HomeSummary): HTMLLIElement {
  const meta = el(
    'ul',
    { className: 'meta' },
    el('li', {}, `${CITY_LABELS[h.city]} · ${h.county}`),
    el('li', {}, UNIT_TYPE_LABELS[h.unitType]),
  );
  if (h.honours) meta.append(el('li', {}, `荣誉 ${h.honours} 项`));
  const tags = el('p', {}, el('span', { className: `tag tag-${h.level}` }, `${LEVEL_LABELS[h.level]}职工之家`));
  if (h.sample) tags.append(' ', el('span', { className: 'tag tag-sample' }, '示例'));
  const li = el('li', { className: 'card' });
  if (h.img) li.append(el('img', { src: h.img, alt: h.alt ?? '', width: 480, height: 320, loading: 'lazy' }));
  li.append(
    el('h2', {}, el('a', { href: homeHref(h.id) }, h.title)),
    el('p', { className: 'muted unit' }, h.unit),
    meta,
    tags,
  );
  return li;
}

export function enhanceHomeFilter() {
  const form = document.querySelector<HTMLFormElement>('#home-filter');
  const results = document.querySelector<HTMLUListElement>('#home-results');
  const count = document.querySelector<HTMLElement>('#home-count');
  if (!form || !results || !count) return;
  form.dataset['ready'] = '';
  let homes: Promise<HomeSummary[]> | undefined;
  const load = () => (homes ??= fetch(HOMES_JSON).then((r) => r.json() as Promise<HomeSummary[]>));

  const initial = JSON.parse(form.dataset['initial'] ?? '{}') as Record<string, unknown>;
  const start: Record<string, string> = {};
  for (const [k, v] of Object.entries(initial)) start[k] = String(v);
  if (initial['county']) start['county'] = `${String(initial['city'])}|${String(initial['county'])}`;
  const query = new URLSearchParams(location.search);
  for (const k of KEYS) if (query.get(k) !== null) start[k] = query.get(k) ?? '';
  writeForm(form, start);

  let page = 1;
  async function apply() {
    const { filter, sort } = readForm(form!);
    const list = filterHomes(await load(), filter, sort);
    const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
    page = Math.min(page, pages);
    results!.replaceChildren(...list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(card));
    count!.textContent = `筛选结果：共 ${list.length} 个职工之家${pages > 1 ? `，第 ${page} / ${pages} 页` : ''}`;
    document.querySelector('#home-pager')?.remove();
    if (pages > 1) results!.after(pager(pages));
    const params = new URLSearchParams();
    for (const k of KEYS) {
      const v = (form!.elements.namedItem(k) as HTMLSelectElement | null)?.value;
      if (v && !(k === 'sort' && v === 'level')) params.set(k, v);
    }
    history.replaceState(null, '', params.size ? `${SECTION.homes}?${params}` : SECTION.homes);
  }
  function pager(pages: number) {
    const ul = el('ul');
    for (let n = 1; n <= pages; n++) {
      const b = el('button', { type: 'button', className: 'button-plain', textContent: String(n) });
      if (n === page) b.setAttribute('aria-current', 'page');
      b.addEventListener('click', () => {
        page = n;
        void apply().then(() => results!.scrollIntoView());
      });
      ul.append(el('li', {}, b));
    }
    return el('nav', { id: 'home-pager', className: 'pager', ariaLabel: '分页' }, ul);
  }
  form.addEventListener('change', () => {
    page = 1;
    void apply();
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      page = 1;
      void apply();
    }),
  );
  if (query.size) void apply();
}
