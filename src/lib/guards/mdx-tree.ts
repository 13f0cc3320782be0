/** The Markdown/MDX tree as Sätteri gives it, and how to find things in its source. */
import { markdownToMdast, mdxToMdast } from 'satteri';

export interface Point {
  line: number;
  column: number;
  offset?: number;
}
export interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point; end: Point };
}

/** Parses a body (no frontmatter) as Astro will: MDX for .mdx files, Markdown otherwise. Throws on MDX syntax errors. */
export function parseBody(body: string, mdx: boolean): Node {
  const options = { features: { frontmatter: false } };
  return (mdx ? mdxToMdast(body, options) : markdownToMdast(body, options)) as Node;
}

export /** Finds where `needle` is written in the source, from `from` on (for attributes, which carry no position). */
function positionOf(source: string, from: number, until: number, needle: RegExp): { line: number; col: number } {
  const slice = source.slice(from, until);
  const m = needle.exec(slice);
  const offset = from + (m?.index ?? 0);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

export function nodeRange(source: string, node: Node): [number, number] {
  const lines = source.split('\n');
  const toOffset = (p: Point | undefined) =>
    p?.offset ?? (p ? lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1 : 0);
  return [toOffset(node.position?.start), toOffset(node.position?.end) || source.length];
}
