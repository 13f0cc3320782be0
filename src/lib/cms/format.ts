import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { EDITOR_KEYS, KIND_FIELD, SOURCE_FIELD } from './format-names.ts';

/**
 * How the editor reads and writes content files, so that a file saved in
 * the browser looks like one written by hand: keys in the schema's order,
 * nothing empty, short lists on one line, and the comments of an existing
 * file kept where they were (the honour lists explain themselves in
 * comments). Decap's own front-matter writer reorders nothing but drops
 * every comment and writes empty fields; this writer is ours for that reason.
 */

type Data = Record<string, unknown>;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Values an editor left empty: not written. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (value === '' || value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : value;
}

/** The content of an entry: without the editor's own keys and the body, empty values left out. */
export function contentOf(data: Data): Data {
  const out: Data = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'body' || EDITOR_KEYS.includes(k)) continue;
    const pruned = prune(v);
    if (pruned !== undefined) out[k] = pruned;
  }
  return out;
}

/** The order of an entry's keys, and of the keys inside its objects and lists of objects. */
export interface KeyOrder {
  keys: readonly string[];
  nested?: Readonly<Record<string, KeyOrder>>;
}

const asOrder = (order: readonly string[] | KeyOrder): KeyOrder =>
  Array.isArray(order) ? { keys: order } : (order as KeyOrder);

/** `data` with its keys, and those of nested objects, in the schema's order. */
function ordered(data: Data, order: KeyOrder): Data {
  const rank = (k: string) => (order.keys.includes(k) ? order.keys.indexOf(k) : order.keys.length);
  const inner = (key: string, value: unknown): unknown => {
    const sub = order.nested?.[key];
    if (!sub) return value;
    if (Array.isArray(value)) return value.map((v) => (isPlainObject(v) ? ordered(v, sub) : v));
    return isPlainObject(value) ? ordered(value, sub) : value;
  };
  return Object.fromEntries(
    Object.entries(data)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([k, v]) => [k, inner(k, v)]),
  );
}

/** Short lists of plain values on one line (`tags: [职工书屋, 办实事]`), as people write them. */
function styleLists(node: unknown): void {
  if (isSeq(node)) {
    const scalars = node.items.every((i) => isScalar(i));
    const width = node.items.reduce<number>((n, i) => n + String(isScalar(i) ? i.value : '').length + 2, 0);
    if (scalars && node.items.length > 0 && width <= 60) node.flow = true;
    node.items.forEach(styleLists);
  } else if (isMap(node)) {
    node.items.forEach((p) => styleLists(p.value));
  }
}

function sameScalar(node: unknown, value: unknown): boolean {
  return isScalar(node) && node.value === value;
}

/** Writes `value` into an existing node, keeping the comments of everything that did not change. */
function merge(doc: Document, node: Node | null | undefined, value: unknown): Node {
  if (isPlainObject(value) && isMap(node)) {
    mergeMap(doc, node, value);
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    mergeSeq(doc, node, value);
    return node;
  }
  if (sameScalar(node, value)) return node as Node;
  const fresh = doc.createNode(value) as Node;
  styleLists(fresh);
  return fresh;
}

function mergeMap(doc: Document, map: YAMLMap, value: Data): void {
  map.items = map.items.filter((pair) => isScalar(pair.key) && Object.hasOwn(value, String(pair.key.value)));
  for (const [key, v] of Object.entries(value)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) pair.value = merge(doc, pair.value as Node, v);
    else map.items.push(doc.createPair(key, merge(doc, undefined, v)));
  }
}

function mergeSeq(doc: Document, seq: YAMLSeq, value: unknown[]): void {
  seq.items = value.map((v, i) => merge(doc, seq.items[i] as Node | undefined, v));
}

/** YAML text for `data`, keys in `order`, merged into `source` (the file as read) when there is one. */
export function writeYaml(data: Data, keyOrder: readonly string[] | KeyOrder, source?: string): string {
  const order = asOrder(keyOrder).keys;
  const content = ordered(contentOf(data), asOrder(keyOrder));
  const doc = source ? parseDocument(source) : new Document({});
  if (!source || !isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  const map = doc.contents as YAMLMap;
  const known = new Set(map.items.map((p) => String(isScalar(p.key) ? p.key.value : p.key)));
  mergeMap(doc, map, content);
  // A key the file did not have goes where the schema puts it, after the keys that come before it;
  // the file's own order is kept, so a saved file differs from the old one only where it changed.
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keyOf = (i: number) =>
    String(isScalar(map.items[i]!.key) ? (map.items[i]!.key as { value: unknown }).value : '');
  for (let i = 0; i < map.items.length; i++) {
    const key = keyOf(i);
    if (known.has(key)) continue;
    const [pair] = map.items.splice(i, 1);
    let at = 0;
    for (let j = 0; j < map.items.length; j++) if (rank(keyOf(j)) <= rank(key)) at = j + 1;
    map.items.splice(at, 0, pair!);
    known.add(key);
    i = -1;
  }
  if (!source) styleLists(map);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Reads a YAML data file into editor data (remembering its text for comment-keeping writes). */
export function readYaml(text: string): Data {
  const data = (parseDocument(text).toJS() ?? {}) as Data;
  return { ...data, [SOURCE_FIELD]: text };
}

/** Reads a Markdown file: front matter, body, and which kind of course file it is. */
export function readMarkdown(text: string): Data {
  const m = FRONT_MATTER.exec(text);
  const yaml = m?.[1] ?? '';
  const data = (parseDocument(yaml).toJS() ?? {}) as Data;
  const body = (m ? text.slice(m[0].length) : text).replace(/^\r?\n/, '');
  // Courses and their lessons share folders: a lesson has videos, a course's index.md has none.
  return { ...data, body, [SOURCE_FIELD]: yaml, [KIND_FIELD]: 'videos' in data ? 'lesson' : 'course' };
}

/** Writes a Markdown file: front matter in schema order, then the body. */
export function writeMarkdown(data: Data, order: readonly string[] | KeyOrder): string {
  const source =
    typeof data[SOURCE_FIELD] === 'string' && data[SOURCE_FIELD] ? (data[SOURCE_FIELD] as string) : undefined;
  const yaml = writeYaml(data, order, source);
  const body = typeof data['body'] === 'string' ? data['body'].replace(/\r\n/g, '\n').trim() : '';
  return `---\n${yaml}---\n\n${body}\n`;
}

/** Writes a YAML data file, keeping the comments of the file as read. */
export function writeData(data: Data, order: readonly string[] | KeyOrder): string {
  const source = typeof data[SOURCE_FIELD] === 'string' ? (data[SOURCE_FIELD] as string) : undefined;
  return writeYaml(data, order, source);
}
