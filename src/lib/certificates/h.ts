/** A tiny element builder for satori trees: plain objects, no React. */
import type { SatoriChild, SatoriElement } from './types.ts';

type Style = Record<string, string | number>;

/**
 * A `div` (or `type`) with a style. Satori needs `display: flex` on every
 * element with more than one child, so flex is the default here.
 */
export function h(
  style: Style,
  children?: SatoriChild | SatoriChild[],
  type = 'div',
  props: Record<string, unknown> = {},
): SatoriElement {
  return {
    type,
    props: { ...props, style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) },
  };
}

/** An image from a data URI; satori embeds it into the SVG as it is. */
export function img(src: string, width: number, height: number, style: Style = {}): SatoriElement {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

/** A data URI for a small SVG document. */
export function svgDataUri(width: number, height: number, body: string, attrs = ''): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${attrs}>${body}</svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Every string in a tree, in document order: the text the fonts must cover. */
export function treeText(node: SatoriChild | SatoriChild[] | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(treeText).join('');
  return treeText(node.props.children);
}
