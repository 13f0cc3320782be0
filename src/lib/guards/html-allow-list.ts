/**
 * What editors may write as HTML: in a Markdown file's raw HTML, in an MDX
 * file's lower-case JSX tags, and in what a Markdown file renders to. Text
 * markup, tables, figures and links only: nothing that runs, loads, embeds,
 * styles or submits.
 */

/** Elements allowed, by lower-case name. */
export const ALLOWED_ELEMENTS = new Set([
  ...['p', 'br', 'hr', 'div', 'span', 'blockquote', 'pre', 'code', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite'],
  ...['abbr', 'dfn', 'kbd', 'samp', 'var', 'time', 'ruby', 'rt', 'rp', 'wbr', 'bdi', 'bdo'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary', 'figure', 'figcaption', 'a', 'img'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'],
  // What Markdown itself produces: the page title level, footnotes, task-list boxes.
  ...['h1', 'section', 'input'],
]);

/** Elements refused with a message of their own: they run code, load other pages or style the site. */
export const DANGEROUS_ELEMENTS = new Set([
  ...['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base'],
  ...['form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'portal', 'noscript'],
]);

/** Attributes allowed on any allowed element (HTML names, lower case). */
const ALLOWED_ATTRIBUTES = new Set([
  ...['href', 'src', 'alt', 'title', 'width', 'height', 'id', 'class', 'lang', 'dir', 'cite', 'datetime'],
  ...['colspan', 'rowspan', 'scope', 'headers', 'align', 'abbr', 'start', 'reversed', 'open', 'loading'],
  ...['decoding', 'span', 'translate', 'role', 'aria-label', 'aria-describedby', 'aria-hidden'],
  // Markdown's own footnotes and task lists.
  ...['data-footnotes', 'data-footnote-ref', 'data-footnote-backref', 'type', 'checked', 'disabled'],
]);

/** Attributes whose value is an address (checked for its scheme). */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** `onClick` → `onclick`, `ariaLabel` → `aria-label`, `className` → `class`: hast and JSX names as HTML writes them. */
export function htmlAttributeName(name: string): string {
  if (name === 'className') return 'class';
  if (name === 'htmlFor') return 'for';
  if (/^aria[A-Z]/.test(name)) return `aria-${name.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(name)) return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return name.toLowerCase();
}

/** Why something an editor wrote is refused: the kind (see guards/messages.ts) and what it was. */
export interface Refusal {
  kind:
    | 'element'
    | 'dangerous-element'
    | 'event'
    | 'style'
    | 'attribute'
    | 'url'
    | 'esm'
    | 'expression'
    | 'component'
    | 'prop';
  name: string;
}

/** Why an element may not be written, or undefined when it may. Task-list boxes are the one input allowed. */
export function refuseElement(name: string, attributes: ReadonlyMap<string, unknown>): Refusal | undefined {
  const tag = name.toLowerCase();
  if (tag === 'input' && attributes.get('type') === 'checkbox' && attributes.has('disabled')) return undefined;
  if (DANGEROUS_ELEMENTS.has(tag)) return { kind: 'dangerous-element', name: tag };
  if (!ALLOWED_ELEMENTS.has(tag)) return { kind: 'element', name: tag };
  return undefined;
}

/** Why an attribute may not be written, or undefined when it may. */
export function refuseAttribute(name: string): Refusal | undefined {
  const attr = htmlAttributeName(name);
  if (/^on/.test(attr)) return { kind: 'event', name: attr };
  if (attr === 'style') return { kind: 'style', name: attr };
  if (!ALLOWED_ATTRIBUTES.has(attr)) return { kind: 'attribute', name: attr };
  return undefined;
}
