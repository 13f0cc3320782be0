/**
 * What Pagefind 1.6 reads in a page, in one place (Node only, on ultrahtml's
 * tree). `index-page.ts` prepares pages for the index with it; tests and the
 * benchmark read a built page's searchable text with it. The tables below
 * were checked against the `pagefind_extended` binary by indexing pages in
 * `html-reading.test.ts`.
 */
import { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, type ElementNode, type Node, type TextNode } from 'ultrahtml';
import { matches } from 'ultrahtml/selector';

/** Elements Pagefind leaves out, with everything inside them. */
export const REMOVED_TAGS = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/**
 * Elements Pagefind puts a space around (and a "." after, when their text
 * ends in a letter or a Han character); text in other elements (a, span,
 * dt, dd…) runs on without a break.
 */
export const SENTENCE_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'div',
  'ul',
  'li',
  'article',
  'section',
]);

/** The weight Pagefind gives a heading's words when no element around them sets one. */
export const HEADING_WEIGHTS: Readonly<Record<string, number>> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

/** Attributes whose element's text Pagefind also shows elsewhere (as a title, a filter value…). */
const SHOWN_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

export const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;
export const isText = (node: Node): node is TextNode => node.type === TEXT_NODE;

/** A test for the elements Pagefind skips: the removed tags, `data-pagefind-ignore`, and `excludeSelectors`. */
export function ignoredBy(excludeSelectors: readonly string[] = []): (el: ElementNode) => boolean {
  return (el) =>
    REMOVED_TAGS.has(el.name) ||
    'data-pagefind-ignore' in el.attributes ||
    excludeSelectors.some((selector) => matches(el, selector));
}

/** Whether the element's text is shown as a heading, title, filter, meta or sort value (so it must stay clean). */
export function isShownElsewhere(el: ElementNode): boolean {
  return el.name in HEADING_WEIGHTS || SHOWN_ATTRIBUTES.some((a) => a in el.attributes);
}

/** The first element marked `data-pagefind-body` (the site has one per indexed page). */
export function findBody(root: Node): ElementNode | undefined {
  if (isElement(root) && 'data-pagefind-body' in root.attributes) return root;
  if (root.type !== DOCUMENT_NODE && !isElement(root)) return undefined;
  for (const child of root.children ?? []) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** A text node that Pagefind indexes, with the element whose text is shown elsewhere around it, if any. */
export interface FlowText {
  node: TextNode;
  holder?: ElementNode;
}

/**
 * The indexed text under `root` as Pagefind joins it: runs of text nodes
 * ("flows") that no sentence element or `<br>` separates. Text inside
 * skipped elements is left out and does not break a flow (Pagefind drops it
 * without a space).
 */
export function textFlows(root: ElementNode, ignored: (el: ElementNode) => boolean): FlowText[][] {
  const flows: FlowText[][] = [];
  let current: FlowText[] = [];
  const breakFlow = () => {
    if (current.length > 0) flows.push(current);
    current = [];
  };
  const visit = (node: Node, holder: ElementNode | undefined) => {
    if (isText(node)) {
      current.push(holder ? { node, holder } : { node });
      return;
    }
    if (!isElement(node)) return;
    if (node !== root && ignored(node)) return;
    const sentence = SENTENCE_TAGS.has(node.name) || node.name === 'br';
    if (sentence) breakFlow();
    const inner = holder ?? (isShownElsewhere(node) ? node : undefined);
    for (const child of node.children ?? []) visit(child, inner);
    if (sentence) breakFlow();
  };
  visit(root, undefined);
  breakFlow();
  return flows;
}
