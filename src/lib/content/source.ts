import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A position in a file, 1-based like an editor shows it. */
export interface Position {
  line: number;
  col: number;
}

/** Content read from one file: its data and a way to find where a field is. */
export interface ParsedSource {
  data: unknown;
  /** Where the value at `path` is written; the nearest parent that exists when it is missing. */
  locate: (path: readonly PropertyKey[]) => Position;
  /** Where the key of the field at `path` is written (for a field that should not be there). */
  locateKey: (path: readonly PropertyKey[]) => Position;
  /** Markdown body after the frontmatter ('' for data files). */
  body: string;
  /** Line where the body starts. */
  bodyLine: number;
  /** YAML syntax errors, with their positions. */
  syntaxErrors: { message: string; position: Position }[];
}

/**
 * The YAML document of `source` (whose first line is line `lineOffset + 1` of its file), its line
 * counter, the position of an offset in it, and its syntax errors: how source.ts and
 * source-index.ts both read YAML.
 */
export function yamlDocument(source: string, lineOffset: number) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, col: p.col };
  };
  const syntaxErrors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, position: at(e.pos[0]) }));
  return { doc, lineCounter, at, syntaxErrors };
}

/**
 * Parses YAML keeping source positions. The core schema keeps `2024-02-30`
 * a string (no timestamp type), so date checks see what the editor typed.
 */
function parseYaml(source: string, lineOffset: number): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const { doc, at, syntaxErrors } = yamlDocument(source, lineOffset);
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    locate: (path) => at(offsetOf(doc, path)),
    locateKey: (path) => at(offsetOf(doc, path, true)),
  };
}

function offsetOf(doc: Document, path: readonly PropertyKey[], key = false): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  // A missing field is shown at the key of the object it belongs in, where it should be written.
  let parentKey: number | undefined;
  for (const [i, k] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k));
      if (!pair) return parentKey ?? offset;
      parentKey = (pair.key as Node).range?.[0];
      const value = pair.value as Node | null;
      const keyStart = (pair.key as Node).range?.[0];
      offset = (key && i === path.length - 1 ? keyStart : value?.range?.[0]) ?? keyStart ?? offset;
      node = value;
    } else if (isSeq(node) && typeof k === 'number') {
      const item = node.items[k] as Node | undefined;
      if (!item) break;
      parentKey = item.range?.[0];
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/** The frontmatter of a Markdown/MDX file: its YAML is the first group. */
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
export const NO_FRONTMATTER = '文件开头缺少用 --- 包围的元数据（frontmatter）';

/** Splits a Markdown/MDX file into frontmatter data and body. */
export function parseMarkdownSource(source: string): ParsedSource {
  const m = FRONTMATTER.exec(source);
  if (!m) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      locate: () => ({ line: 1, col: 1 }),
      locateKey: () => ({ line: 1, col: 1 }),
      syntaxErrors: [{ message: NO_FRONTMATTER, position: { line: 1, col: 1 } }],
    };
  }
  const yaml = parseYaml(m[1] ?? '', 1);
  const bodyLine = m[0].split('\n').length;
  return { ...yaml, body: source.slice(m[0].length), bodyLine };
}

/** Parses a YAML data file. */
export function parseDataSource(source: string): ParsedSource {
  return { ...parseYaml(source, 0), body: '', bodyLine: 1 };
}
