import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';
import { fileUrl, urlFile } from '../routes/files.ts';

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  page: string;
  attribute: string;
  target: string;
  reason: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'data', 'action'];

function targetsOf(node: ElementNode): { attribute: string; value: string }[] {
  const out: { attribute: string; value: string }[] = [];
  for (const attribute of URL_ATTRIBUTES) {
    const value = node.attributes[attribute];
    if (typeof value === 'string' && value !== '') out.push({ attribute, value });
  }
  const srcset = node.attributes['srcset'];
  if (typeof srcset === 'string') {
    for (const part of srcset.split(',')) {
      const url = part.trim().split(/\s+/)[0];
      if (url) out.push({ attribute: 'srcset', value: url });
    }
  }
  return out;
}

/** The file a site-internal URL path resolves to, or undefined. */
function fileFor(siteDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath);
  // A path without its last slash may still name a folder with a page in it.
  const files = clean.endsWith('/') ? [urlFile(clean)] : [urlFile(clean), urlFile(`${clean}/`)];
  const candidates = files.map((f) => path.join(siteDir, f));
  return candidates.find((f) => existsSync(f));
}

/**
 * Every internal link, asset reference and #anchor of a built site that
 * leads nowhere, and every external link without rel="noopener noreferrer".
 * Pages are parsed with an HTML parser, not matched with patterns.
 */
export function checkLinks(siteDir: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set();
      walkSync(parse(readFileSync(file, 'utf8')), (n) => {
        if (n.type === ELEMENT_NODE && typeof (n as ElementNode).attributes['id'] === 'string')
          set!.add((n as ElementNode).attributes['id'] as string);
      });
      ids.set(file, set);
    }
    return set;
  };
  for (const rel of globSync('**/*.html', { cwd: siteDir })) {
    const pageFile = path.join(siteDir, rel);
    const pageUrl = fileUrl(rel);
    walkSync(parse(readFileSync(pageFile, 'utf8')), (n) => {
      if (n.type !== ELEMENT_NODE) return;
      const node = n as ElementNode;
      for (const { attribute, value } of targetsOf(node)) {
        if (/^(mailto|tel|data|blob|javascript):/i.test(value)) continue;
        const url = new URL(value, `http://site.invalid${pageUrl}`);
        if (url.host !== 'site.invalid') {
          const rel = String(node.attributes['rel'] ?? '');
          if (node.name === 'a' && !(rel.includes('noopener') && rel.includes('noreferrer'))) {
            broken.push({ page: pageUrl, attribute, target: value, reason: '外部链接缺少 rel="noopener noreferrer"' });
          }
          continue;
        }
        // The search page's own query links and the form's action are served by the search page.
        const file = fileFor(siteDir, url.pathname);
        if (!file) {
          broken.push({ page: pageUrl, attribute, target: value, reason: '目标不存在' });
          continue;
        }
        if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push({ page: pageUrl, attribute, target: value, reason: '锚点不存在' });
        }
      }
    });
  }
  return broken;
}
