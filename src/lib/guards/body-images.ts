import { htmlToHast } from 'satteri';
import { parseBody, walk, type Node } from './mdx-tree.ts';

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
    tree = parseBody(body, mdx);
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
