import { DOCUMENT_NODE, ELEMENT_NODE, parse, TEXT_NODE, type Node } from 'ultrahtml';

/** Elements whose text Pagefind leaves out of a page's content (besides `data-pagefind-ignore`). */
const SKIPPED = new Set(['nav', 'form', 'script', 'style', 'noscript', 'template']);

/** Entities the site's HTML uses in text; anything else stays as written. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function text(node: Node): string {
  if (node.type === TEXT_NODE)
    return node.value.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);
  if (node.type === ELEMENT_NODE && (SKIPPED.has(node.name) || 'data-pagefind-ignore' in node.attributes)) return '';
  if (node.type !== ELEMENT_NODE && node.type !== DOCUMENT_NODE) return '';
  return (node.children ?? []).map(text).join('');
}

/**
 * The text of a built page that its search entry holds: the element marked
 * `data-pagefind-body` without navigation, forms, scripts and anything marked
 * `data-pagefind-ignore`; undefined for a page that is not indexed. Tests and
 * the benchmark use it to know which pages a query must find.
 */
export function indexedText(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  let body: Node | undefined;
  const find = (node: Node) => {
    if (body) return;
    if (node.type === ELEMENT_NODE && 'data-pagefind-body' in node.attributes) body = node;
    else for (const child of node.children ?? []) find(child);
  };
  find(parse(html));
  return body ? text(body) : undefined;
}
