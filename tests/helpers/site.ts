import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { urlFile } from '../../src/lib/routes/files.ts';

/** The built sample site's folder. */
export const siteDir = () => inject('siteDir');

/** Reads a built page by its URL path, e.g. `/homes/` or `/homes/jinan-steel-works/`. */
export function page(urlPath: string): string {
  return readFileSync(path.join(siteDir(), urlFile(urlPath)), 'utf8');
}

/** Text content of the first element matching a simple tag name, without markup. */
export function textOf(html: string, tag: string): string {
  const m = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return (m?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
