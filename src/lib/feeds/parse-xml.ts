/** An element read back from XML: enough to check a feed or a sitemap, not a DOM. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), without its children's. */
  text: string;
}

// Sticky patterns, matched at the cursor without copying the rest of the document.
const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const CLOSING = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/y;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes character data; a bare `&` or an unknown entity is not well-formed. */
function decode(raw: string, at: number): string {
  let out = '';
  for (let i = 0; i < raw.length;) {
    if (raw[i] !== '&') {
      out += raw[i++];
      continue;
    }
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    if (!m) throw new Error(`bare "&" at offset ${at + i}`);
    out += m[1] ? NAMED[m[1]] : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
    i += m[0].length;
  }
  return out;
}

/**
 * Parses a well-formed XML document (elements, attributes, text, CDATA,
 * comments, processing instructions; no DOCTYPE) and throws where it is not
 * well-formed, so tests can assert that a feed really is XML.
 */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}`);
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const m = pattern.exec(source);
    if (m) i += m[0].length;
    return m;
  };
  const skip = (end: string) => {
    const j = source.indexOf(end, i);
    if (j < 0) fail(`unclosed "${source.slice(i, i + 9)}"`);
    const body = source.slice(i, j);
    i = j + end.length;
    return body;
  };
  const addText = (text: string) => {
    const top = stack.at(-1);
    if (top) top.text += text;
    else if (text.trim()) fail('text outside the root element');
  };
  while (i < source.length) {
    if (source[i] !== '<') {
      const j = source.indexOf('<', i);
      const end = j < 0 ? source.length : j;
      addText(decode(source.slice(i, end), i));
      i = end;
    } else if (source.startsWith('<!--', i)) skip('-->');
    else if (source.startsWith('<![CDATA[', i)) addText(skip(']]>').slice(9));
    else if (source.startsWith('<?', i)) {
      if (i > 0 && /^<\?xml\s/.test(source.slice(i, i + 6))) fail('XML declaration not at the start');
      skip('?>');
    } else if (source.startsWith('<!', i)) fail('DOCTYPE or unknown markup');
    else if (source[i + 1] === '/') {
      const open = stack.pop();
      const m = match(CLOSING);
      if (!m || !open || open.name !== m[1]) fail(`closing tag does not match <${open?.name ?? ''}>`);
    } else {
      i++;
      const name = match(NAME)?.[0] ?? fail('element name expected');
      const el: XmlElement = { name, attrs: {}, children: [], text: '' };
      for (let m = match(ATTR); m; m = match(ATTR)) {
        if (m[1]! in el.attrs) fail(`attribute ${m[1]} given twice`);
        el.attrs[m[1]!] = decode(m[2] ?? m[3] ?? '', i);
      }
      const close = match(TAG_END) ?? fail(`malformed tag <${name}>`);
      const parent = stack.at(-1);
      if (parent) parent.children.push(el);
      else if (root) fail('second root element');
      else root = el;
      if (!close[1]) stack.push(el);
    }
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** The direct children of `el` named `name`. */
export const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** The text of the first direct child named `name`, or undefined. */
export const childText = (el: XmlElement, name: string) => childrenNamed(el, name)[0]?.text;
