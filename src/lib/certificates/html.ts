/**
 * A Drawing as an HTML page, for the benchmark against headless Chromium
 * (scripts/bench-certificates.ts): the same tree and underlay, the same font
 * files, laid out by the browser instead of satori.
 */
import { fontFaceCss } from './fonts.ts';
import type { Drawing, SatoriChild } from './types.ts';

/** CSS properties whose numbers have no unit. */
const UNITLESS = new Set(['lineHeight', 'opacity', 'fontWeight', 'flexGrow', 'flexShrink', 'zIndex', 'lineClamp']);

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function css(style: Record<string, string | number> = {}): string {
  // Satori positions every box relative by default (Yoga), browsers do not.
  const all: Record<string, string | number> = { position: 'relative', ...style };
  return Object.entries(all)
    .map(([key, value]) => {
      const name = key === 'lineClamp' ? '-webkit-line-clamp' : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      const text = typeof value === 'number' && !UNITLESS.has(key) ? `${value}px` : String(value);
      return `${name}:${text}`;
    })
    .join(';');
}

function html(node: SatoriChild | SatoriChild[] | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return escape(node);
  if (Array.isArray(node)) return node.map(html).join('');
  const { style, children, ...props } = node.props;
  const attrs = Object.entries(props)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  if (node.type === 'img') return `<img${attrs} style="${css(style)}">`;
  return `<${node.type}${attrs} style="${css(style)}">${html(children)}</${node.type}>`;
}

/** The drawing's body markup: the underlay as an inline SVG, the tree above it. */
export function drawingBodyHtml(drawing: Drawing): string {
  const { width, height } = drawing;
  return (
    `<div style="position:relative;width:${width}px;height:${height}px;overflow:hidden">` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="position:absolute;left:0;top:0">${drawing.underlay}</svg>` +
    `<div style="position:absolute;left:0;top:0">${html(drawing.tree)}</div></div>`
  );
}

/** A whole page whose @font-face rules point at the font files satori uses (file:// URLs). */
export function drawingPageHtml(drawing: Drawing): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${fontFaceCss()}html,body{margin:0}</style></head><body>${drawingBodyHtml(drawing)}</body></html>`;
}
