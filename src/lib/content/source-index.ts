/**
 * A parsed source that can be stored and read back without the YAML parser
 * (pure): its data, body and syntax errors. `locate` and `locateKey` answer
 * exactly as the parser's document would (source.ts), from an index of where
 * every field's key and value are written, made from the text when a message
 * first asks: most files never need one, and the index was two thirds of the
 * validation cache (67 of 100 MB at 10,000 homes, 0.9 s to parse each build).
 * The validation cache keeps these for files that did not change.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { FRONTMATTER, NO_FRONTMATTER, yamlDocument, type ParsedSource, type Position } from './source.ts';

/** One node of the index: its kind, where its value starts and, for a map's value, where its key starts. */
type Spot = [kind: 'map' | 'seq' | 'other', value: number | null, key: number | null];

export interface StoredSource {
  data: unknown;
  /** Where the body starts in the file's text (the body itself is not stored: the text is at hand). */
  bodyStart: number;
  bodyLine: number;
  syntaxErrors: ParsedSource['syntaxErrors'];
  /** Lines before the YAML: 1 for a Markdown file's frontmatter, 0 for a data file. */
  lineOffset: number;
  /** A Markdown file without frontmatter: every position is its first line. */
  unlocated?: true;
}

/** Where the YAML's fields are written. */
interface Positions {
  lineOffset: number;
  /** Offsets where each line of the YAML starts. */
  lineStarts: number[];
  /** Where the document's contents start. */
  root: number;
  rootKind: Spot[0];
  /** By path (JSON of its keys and indexes). */
  spots: Record<string, Spot>;
}

const kindOf = (node: unknown): Spot[0] => (isMap(node) ? 'map' : isSeq(node) ? 'seq' : 'other');

/** Parses a YAML text as source.ts parses it. */
function storeYaml(yaml: string, lineOffset: number): Omit<StoredSource, 'bodyStart' | 'bodyLine'> {
  const { doc, syntaxErrors } = yamlDocument(yaml, lineOffset);
  return { data: syntaxErrors.length ? undefined : doc.toJS(), syntaxErrors, lineOffset };
}

/** Parses and indexes a YAML text as source.ts parses it: where each field is written. */
function indexYaml(yaml: string, lineOffset: number): Positions {
  const { doc, lineCounter } = yamlDocument(yaml, lineOffset);
  const spots: Record<string, Spot> = {};
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const p = [...path, String(pair.key.value)];
        const id = JSON.stringify(p);
        // The first pair with a key wins, as in source.ts.
        if (id in spots) continue;
        const value = pair.value as Node | null;
        spots[id] = [kindOf(value), value?.range?.[0] ?? null, (pair.key as Node).range?.[0] ?? null];
        walk(value, p);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const p = [...path, i];
        spots[JSON.stringify(p)] = [kindOf(item), (item as Node | null)?.range?.[0] ?? null, null];
        walk(item, p);
      });
    }
  };
  walk(doc.contents, []);
  return {
    lineOffset,
    lineStarts: lineCounter.lineStarts,
    root: (doc.contents as Node | null)?.range?.[0] ?? 0,
    rootKind: kindOf(doc.contents),
    spots,
  };
}

/** `locate` and `locateKey` from an index: the same answers as source.ts's, without the document. */
function locators(s: Positions): Pick<ParsedSource, 'locate' | 'locateKey'> {
  // As the parser's LineCounter.linePos answers, then moved down by the lines before the YAML.
  const at = (offset: number): Position => {
    const starts = s.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    const p =
      starts[low] === offset
        ? { line: low + 1, col: 1 }
        : low === 0
          ? { line: 0, col: offset }
          : { line: low, col: offset - starts[low - 1]! + 1 };
    return { line: p.line + s.lineOffset, col: p.col };
  };
  const offsetOf = (path: readonly PropertyKey[], key: boolean): number => {
    let kind = s.rootKind;
    let offset = s.root;
    let parentKey: number | undefined;
    const prefix: (string | number)[] = [];
    for (const [i, k] of path.entries()) {
      if (kind === 'map') {
        prefix.push(String(k));
        const spot = s.spots[JSON.stringify(prefix)];
        if (!spot) return parentKey ?? offset;
        parentKey = spot[2] ?? undefined;
        offset = (key && i === path.length - 1 ? spot[2] : spot[1]) ?? spot[2] ?? offset;
        kind = spot[0];
      } else if (kind === 'seq' && typeof k === 'number') {
        prefix.push(k);
        const spot = s.spots[JSON.stringify(prefix)];
        if (!spot) break;
        parentKey = spot[1] ?? undefined;
        offset = spot[1] ?? offset;
        kind = spot[0];
      } else break;
    }
    return offset;
  };
  return { locate: (path) => at(offsetOf(path, false)), locateKey: (path) => at(offsetOf(path, true)) };
}

/** A Markdown/MDX file, as parseMarkdownSource reads it, in storable form. */
export function storeMarkdown(text: string): StoredSource {
  const m = FRONTMATTER.exec(text);
  if (!m)
    return {
      data: undefined,
      bodyStart: 0,
      bodyLine: 1,
      syntaxErrors: [{ message: NO_FRONTMATTER, position: { line: 1, col: 1 } }],
      lineOffset: 1,
      unlocated: true,
    };
  return { ...storeYaml(m[1] ?? '', 1), bodyStart: m[0].length, bodyLine: m[0].split('\n').length };
}

/** A YAML data file, as parseDataSource reads it, in storable form. */
export function storeData(text: string): StoredSource {
  return { ...storeYaml(text, 0), bodyStart: text.length, bodyLine: 1 };
}

/** The parsed source of a stored one, with the text it was stored from. */
export function fromStored(s: StoredSource, text: string): ParsedSource {
  const base = { data: s.data, body: text.slice(s.bodyStart), bodyLine: s.bodyLine, syntaxErrors: s.syntaxErrors };
  if (s.unlocated) return { ...base, locate: () => ({ line: 1, col: 1 }), locateKey: () => ({ line: 1, col: 1 }) };
  let found: ReturnType<typeof locators> | undefined;
  const find = () =>
    (found ??= locators(
      s.lineOffset === 0 ? indexYaml(text, 0) : indexYaml(FRONTMATTER.exec(text)?.[1] ?? '', s.lineOffset),
    ));
  return { ...base, locate: (path) => find().locate(path), locateKey: (path) => find().locateKey(path) };
}
