/**
 * A built page as the search index gets it (Node only; README.md beside this
 * file). The page on disk is not changed; Pagefind is given a smaller page
 * of the same searchable content, made readable and marked:
 * - tables and description lists become one line per row ("田桂芳 · 某某职工之家
 *   · 十佳“娘家人” · 2025"), so excerpts are lines, not cells run together;
 * - the page's own summary (`<meta name="description" data-search-summary>`)
 *   is indexed after its title, weighted like a summary;
 * - a page that weighs itself down (`data-pagefind-weight` on its body:
 *   lists) does so for every word, headings too, as Pagefind does;
 * - every dictionary word gets its alias tokens (`dictionary.ts`).
 */
import { decodeHTML } from 'entities';
import { parse, renderSync, type ElementNode, type Node } from 'ultrahtml';
import { indexAliases, siteDictionary, type Dictionary } from './dictionary.ts';
import { findBody, HEADING_WEIGHTS, ignoredBy, isElement, isText, textFlows } from './html-reading.ts';

/** How much a page's summary weighs against its body text (a heading weighs 2 to 7). */
export const SUMMARY_WEIGHT = 2;
/** Between the cells of a table row, in the index and so in excerpts. */
export const CELL_SEPARATOR = ' · ';

export interface IndexPageOptions {
  dict?: Dictionary;
  /** selectors Pagefind is told to skip */
  excludeSelectors?: readonly string[];
}

/** A page read for the index: its language, its `<title>` and its searchable element, already made readable. */
export interface IndexedPage {
  lang: string;
  title: string;
  body: ElementNode;
  ignored: (el: ElementNode) => boolean;
}

function element(name: string, attributes: Record<string, string>, children: Node[], parent: Node): ElementNode {
  const el = { type: 1, name, attributes, children, parent, loc: parent.loc } as unknown as ElementNode;
  for (const child of children) child.parent = el;
  return el;
}
function textNode(value: string, parent: Node): Node {
  return { type: 2, value, parent, loc: parent.loc } as unknown as Node;
}

/** Elements under `root` (not under skipped ones) that pass `test`, outermost first. */
function elementsIn(root: ElementNode, test: (el: ElementNode) => boolean, ignored: (el: ElementNode) => boolean) {
  const out: ElementNode[] = [];
  const visit = (node: Node) => {
    if (!isElement(node) || (node !== root && ignored(node))) return;
    if (node !== root && test(node)) out.push(node);
    else for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return out;
}

const textOf = (node: Node): string =>
  isText(node) ? node.value : isElement(node) ? (node.children ?? []).map(textOf).join('') : '';

function replace(old: ElementNode, next: ElementNode) {
  const siblings = old.parent.children as Node[];
  siblings[siblings.indexOf(old)] = next;
}

/** The cell's content in an inline element that keeps the cell's own Pagefind attributes. */
function cellContent(cell: ElementNode, line: ElementNode): ElementNode {
  const kept = Object.fromEntries(Object.entries(cell.attributes).filter(([k]) => k.startsWith('data-pagefind-')));
  return element('span', kept, cell.children ?? [], line);
}

/** One `<p>` per row: its cells' content joined by CELL_SEPARATOR; rows of column labels are left out. */
function tableToLines(table: ElementNode): ElementNode {
  const block = element('div', {}, [], table.parent);
  for (const part of table.children ?? []) {
    if (!isElement(part)) continue;
    if (part.name === 'caption') block.children.push(element('p', {}, part.children ?? [], block));
    const rows = part.name === 'tr' ? [part] : (part.children ?? []).filter(isElement).filter((r) => r.name === 'tr');
    for (const row of rows) {
      const cells = (row.children ?? []).filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
      if (part.name === 'thead' || cells.every((c) => c.name === 'th')) continue;
      const line = element('p', {}, [], block);
      for (const cell of cells.filter((c) => textOf(c).trim() !== '')) {
        if (line.children.length > 0) line.children.push(textNode(CELL_SEPARATOR, line));
        line.children.push(cellContent(cell, line));
      }
      if (line.children.length > 0) block.children.push(line);
    }
  }
  return block;
}

/** One `<p>` per term: "term：details、details". */
function listToLines(list: ElementNode): ElementNode {
  const block = element('div', {}, [], list.parent);
  let line: ElementNode | undefined;
  for (const item of (list.children ?? []).filter(isElement)) {
    if (item.name === 'dt' || !line) {
      line = element('p', {}, [], block);
      block.children.push(line);
    } else line.children.push(textNode(line.children.length === 1 ? '：' : '、', line));
    line.children.push(cellContent(item, line));
  }
  return block;
}

/** The first element anywhere under `root` that passes `test`. */
function firstElement(root: Node, test: (el: ElementNode) => boolean): ElementNode | undefined {
  if (isElement(root) && test(root)) return root;
  for (const child of (root as ElementNode).children ?? []) {
    const found = firstElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** A weight as Pagefind reads it (a number from 0 to 10), or undefined. */
const weightOf = (el: ElementNode): number | undefined => {
  const w = el.attributes['data-pagefind-weight'];
  return w === undefined || Number.isNaN(Number(w)) ? undefined : Number(w);
};
/** The weight to give the aliases of an element's words: its own, else a heading's unless an element around it sets one. */
function weightOfWords(el: ElementNode): number | undefined {
  const own = weightOf(el);
  if (own !== undefined) return own;
  for (let up = el.parent; up && isElement(up); up = up.parent) if (weightOf(up) !== undefined) return undefined;
  return HEADING_WEIGHTS[el.name];
}

/** Reads a built page for the index; undefined for a page outside it (no `data-pagefind-body`). */
export function readIndexedPage(html: string, options: IndexPageOptions = {}): IndexedPage | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const doc = parse(html) as Node;
  const body = findBody(doc);
  if (!body) return undefined;
  const ignored = ignoredBy(options.excludeSelectors);
  for (const table of elementsIn(body, (el) => el.name === 'table', ignored)) replace(table, tableToLines(table));
  for (const list of elementsIn(body, (el) => el.name === 'dl', ignored)) replace(list, listToLines(list));

  const summary = firstElement(
    doc,
    (el) => el.name === 'meta' && 'data-search-summary' in el.attributes && el.attributes['name'] === 'description',
  )?.attributes['content']?.trim();
  if (summary && !textOf(body).includes(summary)) {
    const h1 = elementsIn(body, (el) => el.name === 'h1', ignored)[0];
    const parent = (h1?.parent ?? body) as ElementNode;
    // on a page that weighs itself down (a list), the summary weighs what the page does
    const p = element(
      'p',
      weightOf(body) === undefined ? { 'data-pagefind-weight': String(SUMMARY_WEIGHT) } : {},
      [],
      parent,
    );
    p.children.push(textNode(summary, p));
    parent.children.splice(h1 ? parent.children.indexOf(h1) + 1 : 0, 0, p);
  }
  return {
    lang: firstElement(doc, (el) => el.name === 'html')?.attributes['lang'] ?? '',
    title: textOf(firstElement(doc, (el) => el.name === 'title') ?? textNode('', doc)),
    body,
    ignored,
  };
}

/** The page's searchable text, as a searcher would read it: flows joined by spaces, entities decoded. */
export function pageText(page: IndexedPage): string {
  return textFlows(page.body, page.ignored)
    .map((flow) => decodeHTML(flow.map((t) => t.node.value).join('')))
    .join(' ');
}

/**
 * Adds the alias tokens of every dictionary word after its run of Han
 * characters. Text shown elsewhere (headings, filter, meta and sort values)
 * stays clean: its aliases follow the element in a `<span>` with the weight
 * the element's words have.
 */
export function markAliases(page: IndexedPage, dict: Dictionary = siteDictionary()) {
  const pending = new Map<ElementNode, string[]>();
  for (const flow of textFlows(page.body, page.ignored)) {
    const starts: number[] = [];
    let joined = '';
    for (const t of flow) {
      starts.push(joined.length);
      joined += t.node.value;
    }
    const inserts = new Map<number, { offset: number; tokens: string[] }[]>();
    for (const { end, tokens } of indexAliases(joined, dict)) {
      // the text node that holds the run's last character
      let at = flow.length - 1;
      while (at > 0 && (starts[at] ?? 0) >= end) at--;
      const { holder } = flow[at]!;
      if (holder) pending.set(holder, [...(pending.get(holder) ?? []), ...tokens]);
      else inserts.set(at, [...(inserts.get(at) ?? []), { offset: end - (starts[at] ?? 0), tokens }]);
    }
    for (const [at, list] of inserts) {
      const node = flow[at]!.node;
      for (const { offset, tokens } of list.sort((a, b) => b.offset - a.offset))
        node.value = `${node.value.slice(0, offset)} ${tokens.join(' ')} ${node.value.slice(offset)}`;
    }
  }
  for (const [holder, tokens] of pending) {
    const weight = weightOfWords(holder);
    const span = element(
      'span',
      weight === undefined ? {} : { 'data-pagefind-weight': String(weight) },
      [],
      holder.parent,
    );
    span.children.push(textNode(` ${tokens.join(' ')} `, span));
    const siblings = holder.parent.children as Node[];
    siblings.splice(siblings.indexOf(holder) + 1, 0, span);
  }
}

/** The page Pagefind is given: its language, its title and the searchable element, nothing else. */
export function renderIndexedPage(page: IndexedPage): string {
  return `<!doctype html><html lang="${page.lang}"><head><title>${page.title}</title></head><body>${renderSync(page.body)}</body></html>`;
}

/** A built page made ready for Pagefind (read, marked, rendered), or undefined for a page outside the index. */
export function prepareForIndex(html: string, options: IndexPageOptions = {}): string | undefined {
  const page = readIndexedPage(html, options);
  if (!page) return undefined;
  markAliases(page, options.dict);
  return renderIndexedPage(page);
}

/**
 * The text of a built page that its search entry holds, undefined for a page
 * outside the index. Tests and the benchmark use it to know which pages a
 * query must find.
 */
export function indexedText(html: string, options: IndexPageOptions = {}): string | undefined {
  const page = readIndexedPage(html, options);
  return page && pageText(page);
}
