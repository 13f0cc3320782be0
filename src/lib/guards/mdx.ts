/**
 * Editors' Markdown and MDX held to an allow-list on the parsed tree, with
 * the parser Astro itself uses (Sätteri): plain text, Markdown, the listed
 * components with their listed props, and the HTML of html-allow-list.ts.
 * Every MDX expression (comments included), import and export, event
 * handler, style attribute, script, iframe, object and style element, and
 * every address whose scheme is not http, https, mailto, tel or relative is
 * refused at its line and column. A Markdown file is also checked as the
 * browser will see it (its rendered HTML), so raw HTML split across blocks
 * cannot assemble a tag the per-node check did not see.
 */
import { htmlToHast, markdownToHtml, markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from '../content/problem.ts';
import { URL_ATTRIBUTES, htmlAttributeName, refuseAttribute, refuseElement, type Refusal } from './html-allow-list.ts';
import { REFUSALS, refusalText } from './messages.ts';
import { isAllowedUrl } from './url.ts';

/**
 * Components editors may use in MDX, with the props each takes (literal
 * strings only). None are needed by the content yet; a component made for
 * editors is listed here with its props.
 */
export const EDITOR_COMPONENTS: Readonly<Record<string, readonly string[]>> = {};

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Node {
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

type Report = (at: { line: number; col: number }, message: string, hint: string) => void;

/** Finds where `needle` is written in the source, from `from` on (for attributes, which carry no position). */
function positionOf(source: string, from: number, until: number, needle: RegExp): { line: number; col: number } {
  const slice = source.slice(from, until);
  const m = needle.exec(slice);
  const offset = from + (m?.index ?? 0);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/** Checks an element's name, attributes and addresses; `at(name)` locates an attribute. */
function checkElement(
  tag: string,
  attributes: ReadonlyMap<string, unknown>,
  report: (refusal: Refusal, attribute?: string) => void,
): void {
  const element = refuseElement(tag, attributes);
  if (element) return report(element);
  for (const [name, value] of attributes) {
    const attr = htmlAttributeName(name);
    // Markdown writes table alignment as an inline style; that one is its own.
    const alignment = attr === 'style' && /^text-align: (left|right|center)$/.test(String(value));
    const refusal = alignment ? undefined : refuseAttribute(name);
    if (refusal) report(refusal, name);
    else if (URL_ATTRIBUTES.has(attr) && typeof value === 'string' && !isAllowedUrl(value))
      report({ kind: 'url', name: value }, name);
  }
}

function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

/** The problems of an MDX syntax error, at the line the parser gives. */
function syntaxProblem(error: unknown, lineOffset: number): { line: number; col: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  return m
    ? { line: Number(m[1]) + lineOffset, col: Number(m[2]), reason: m[3]! }
    : { line: 1 + lineOffset, col: 1, reason: message };
}

/**
 * Checks a Markdown or MDX body against the allow-list. `bodyLine` is the
 * line of the file where the body starts, so problems point into the file.
 */
export function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  mdx: boolean,
  allowed: Readonly<Record<string, readonly string[]>> = EDITOR_COMPONENTS,
): Problem[] {
  const problems: Problem[] = [];
  const offset = bodyLine - 1;
  const report: Report = (at, message, hint) =>
    problems.push({ file, line: at.line + offset, col: at.col, message, hint });
  const start = (n: Node) => ({ line: n.position?.start.line ?? 1, col: n.position?.start.column ?? 1 });
  const features = { frontmatter: false };
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(body, { features }) : markdownToMdast(body, { features })) as Node;
  } catch (error) {
    const { line, col, reason } = syntaxProblem(error, 0);
    report({ line, col }, REFUSALS.syntax.message, `${REFUSALS.syntax.hint}（解析器的说明：${reason}）`);
    return problems;
  }
  const refuse = (at: { line: number; col: number }, refusal: Refusal) => {
    const { message, hint } = refusalText(refusal);
    report(at, message, hint);
  };
  let rawHtml = false;
  walk(tree, (node) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        return false;
      case 'mdxjsEsm':
        return refuse(start(node), { kind: 'esm', name: '' });
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return refuse(start(node), { kind: 'expression', name: '' });
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isAllowedUrl(node.url)) refuse(start(node), { kind: 'url', name: node.url });
        return;
      case 'html':
        rawHtml = true;
        checkRawHtml(body, node, refuse);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(body, node, allowed, refuse);
        return;
    }
  });
  // What the browser will parse: raw HTML blocks joined by the Markdown around them (only raw HTML can do that).
  if (!mdx && rawHtml && !problems.length) checkRendered(body, refuse);
  return problems;
}

type Refuse = (at: { line: number; col: number }, refusal: Refusal) => void;

function nodeRange(source: string, node: Node): [number, number] {
  const lines = source.split('\n');
  const toOffset = (p: Point | undefined) =>
    p?.offset ?? (p ? lines.slice(0, p.line - 1).reduce((n, l) => n + l.length + 1, 0) + p.column - 1 : 0);
  return [toOffset(node.position?.start), toOffset(node.position?.end) || source.length];
}

function attributeAt(source: string, node: Node, name: string) {
  const [from, until] = nodeRange(source, node);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return positionOf(source, from, until, new RegExp(`(?<=\\s)${escaped}(?=[\\s=/>]|$)`, 'i'));
}

function checkJsx(source: string, node: Node, allowed: Readonly<Record<string, readonly string[]>>, refuse: Refuse) {
  const at = positionOf(source, ...nodeRange(source, node), /</);
  const name = node.name ?? '';
  const attrs = node.attributes ?? [];
  for (const a of attrs) {
    if (a.type === 'mdxJsxExpressionAttribute')
      refuse(positionOf(source, ...nodeRange(source, node), /\{/), { kind: 'expression', name: '' });
    else if (typeof a.value === 'object' && a.value !== null)
      refuse(attributeAt(source, node, a.name ?? ''), { kind: 'expression', name: '' });
  }
  const literal = new Map(
    attrs.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name ?? '', a.value ?? true] as const] : [])),
  );
  if (!name || /^[A-Z]|\./.test(name)) {
    const props = allowed[name];
    if (!props) return refuse(at, { kind: 'component', name: name || '<>' });
    for (const prop of literal.keys())
      if (!props.includes(prop)) refuse(attributeAt(source, node, prop), { kind: 'prop', name: `${name}.${prop}` });
    return;
  }
  checkElement(name, literal, (refusal, attribute) =>
    refuse(attribute ? attributeAt(source, node, attribute) : at, refusal),
  );
}

function hastAttributes(properties: Record<string, unknown> | undefined): Map<string, unknown> {
  return new Map(
    Object.entries(properties ?? {}).map(([k, v]) => [htmlAttributeName(k), Array.isArray(v) ? v.join(' ') : v]),
  );
}

function checkRawHtml(source: string, node: Node, refuse: Refuse) {
  const [from, until] = nodeRange(source, node);
  walk(htmlToHast(String(node.value ?? ''), { fragment: true }) as Node, (el) => {
    if (el.type !== 'element' || !el.tagName) return;
    const tagAt = positionOf(source, from, until, new RegExp(`<${el.tagName}(?![\\w-])`, 'i'));
    checkElement(el.tagName, hastAttributes(el.properties), (refusal, attribute) =>
      refuse(
        attribute ? positionOf(source, from, until, new RegExp(`(?<=\\s)${attribute}(?=[\\s=/>]|$)`, 'i')) : tagAt,
        refusal,
      ),
    );
  });
}

/** Markdown rendered as Astro renders it, parsed as a browser parses it. */
function checkRendered(source: string, refuse: Refuse) {
  const { html } = markdownToHtml(source, { features: { gfm: true, smartPunctuation: true, frontmatter: false } });
  walk(htmlToHast(html, { fragment: true }) as Node, (el) => {
    if (el.type !== 'element' || !el.tagName) return;
    const near = (needle: string) =>
      positionOf(source, 0, source.length, new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
    checkElement(el.tagName, hastAttributes(el.properties), (refusal, attribute) =>
      refuse(near(attribute ?? `<${el.tagName}`), refusal),
    );
  });
}

/** An image a body shows: its address as written and where. */
export interface BodyImage {
  src: string;
  line: number;
  col: number;
}

/** The images a body shows (Markdown images, `<img>` in raw HTML or MDX), for the existence and decoding checks. */
export function bodyImages(body: string, bodyLine: number, mdx: boolean): BodyImage[] {
  const images: BodyImage[] = [];
  let tree: Node;
  try {
    tree = (
      mdx
        ? mdxToMdast(body, { features: { frontmatter: false } })
        : markdownToMdast(body, { features: { frontmatter: false } })
    ) as Node;
  } catch {
    return images; // the syntax error is checkBody's to report
  }
  const at = (n: Node) => ({ line: (n.position?.start.line ?? 1) + bodyLine - 1, col: n.position?.start.column ?? 1 });
  walk(tree, (node) => {
    if (node.type === 'image' && node.url) images.push({ src: node.url, ...at(node) });
    const jsxSrc = node.name === 'img' ? node.attributes?.find((a) => a.name === 'src')?.value : undefined;
    if (typeof jsxSrc === 'string') images.push({ src: jsxSrc, ...at(node) });
    if (node.type === 'html') {
      walk(htmlToHast(String(node.value ?? ''), { fragment: true }) as Node, (el) => {
        const src = el.tagName === 'img' ? el.properties?.['src'] : undefined;
        if (typeof src === 'string') images.push({ src, ...at(node) });
      });
    }
  });
  return images;
}
