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
import { htmlToHast, markdownToHtml } from 'satteri';
import type { Problem } from '../content/problem.ts';
import { URL_ATTRIBUTES, htmlAttributeName, refuseAttribute, refuseElement, type Refusal } from './html-allow-list.ts';
import { REFUSALS, refusalText } from './messages.ts';
import { isAllowedUrl } from './url.ts';
import { nodeRange, parseBody, positionOf, walk, type Node } from './mdx-tree.ts';

/**
 * Components editors may use in MDX, with the props each takes (literal
 * strings only). None are needed by the content yet; a component made for
 * editors is listed here with its props.
 */
export const EDITOR_COMPONENTS: Readonly<Record<string, readonly string[]>> = {};

type Report = (at: { line: number; col: number }, message: string, hint: string) => void;

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
  let tree: Node;
  try {
    tree = parseBody(body, mdx);
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
