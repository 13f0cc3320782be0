/**
 * Reads XML in tests (the RSS feed, the sitemap) with fast-xml-parser, a kept
 * parser, so a feed that is not well-formed fails the test that reads it.
 */
// XMLValidator is marked deprecated for a separate fast-xml-validator package, which is not on
// the registry list this project may install from; v5 still ships it and it checks well-formedness.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element read back from XML: enough to check a feed or a sitemap, not a DOM. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA (entities decoded), without its children's. */
  text: string;
}

type Node = { [name: string]: Node[] | string | Record<string, string> | undefined; ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Decodes numeric character references too; named ones beyond XML's five are refused below.
  htmlEntities: true,
});

// An entity reference XML 1.0 does not define (outside CDATA sections).
const UNKNOWN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function toElement(node: Node): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
  if (!name || name.startsWith('?')) return undefined;
  const el: XmlElement = { name, attrs: { ...node[':@'] }, children: [], text: '' };
  for (const child of node[name] as Node[]) {
    if (typeof child['#text'] === 'string') el.text += child['#text'];
    else {
      const c = toElement(child);
      if (c) el.children.push(c);
    }
  }
  return el;
}

/** Parses a well-formed XML document; throws, with line and column, where it is not. */
export function parseXml(source: string): XmlElement {
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  if (source.search(/<\?xml\s/) > 0) throw new Error('XML declaration not at the start');
  if (UNKNOWN_ENTITY.test(source.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) {
    throw new Error('bare "&" or an entity XML does not define');
  }
  const roots = (parser.parse(source) as Node[]).map(toElement).filter((e) => e !== undefined);
  if (roots.length !== 1) throw new Error(`${roots.length} root elements, XML allows one`);
  return roots[0]!;
}

/** The direct children of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** The text of the first direct child named `name`, or undefined. */
export const childText = (el: XmlElement, name: string) => childrenNamed(el, name)[0]?.text;
