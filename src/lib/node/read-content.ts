import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, COLLECTION_NAMES } from '../content/collections.ts';
import { checkSources, type CheckedSources, type SchemaMemo, type SourceFile } from '../content/check.ts';
import { fromStored, storeData, storeMarkdown } from '../content/source-index.ts';
import { parseDataSource } from '../content/source.ts';
import { decodeText } from './encoding.ts';
import type { ValidationCache } from './validation-cache.ts';

/** A path as messages show it: relative to the project when inside it. */
export function shownPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute);
  return rel && !rel.startsWith('..') ? rel : absolute;
}

/**
 * Reads every content file under `root`, in a stable order; with a cache, an unchanged file is not parsed again;
 * a file for which `skip` (given its path as shown and its bytes) says true is left out.
 */
export function readSources(
  root: string,
  cwd = process.cwd(),
  collections = COLLECTION_NAMES,
  cache?: ValidationCache,
  skip?: (file: string, bytes: Buffer) => boolean,
): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of collections) {
    const spec = COLLECTIONS[collection];
    const dir = path.join(root, spec.dir);
    if (!existsSync(dir)) continue;
    const found = globSync(spec.pattern, { cwd: dir, ignore: ['**/_*/**'] }).sort();
    for (const relativePath of found) {
      const absolute = path.join(dir, relativePath);
      const file = shownPath(cwd, absolute);
      const bytes = readFileSync(absolute);
      if (skip?.(file, bytes)) continue;
      const decoded = decodeText(bytes, file);
      if (decoded.problem) {
        const source = {
          ...parseDataSource(''),
          syntaxErrors: [{ message: decoded.problem.message, position: decoded.problem }],
        };
        files.push({ collection, file, relativePath, source, unreadable: decoded.problem });
        continue;
      }
      const { text } = decoded;
      const store = () => (spec.kind === 'data' ? storeData(text) : storeMarkdown(text));
      const key = cache?.key(file, bytes);
      const source = fromStored(key ? cache!.source(key, store) : store(), text);
      files.push({ collection, file, relativePath, source, text, ...(key ? { key } : {}) });
    }
  }
  return files;
}

/** Where a reference from a content file points: `/media/...` under the root, else relative to the file. */
export function resolveReference(root: string, cwd: string, ref: string, fromFile: string): string {
  return ref.startsWith('/media/') ? path.join(root, ref) : path.resolve(cwd, path.dirname(fromFile), ref);
}

/** Size of a referenced image in bytes, or undefined when it is missing (reported elsewhere). */
export function imageSizer(root: string, cwd = process.cwd()) {
  return (ref: string, fromFile: string): number | undefined => {
    const file = resolveReference(root, cwd, ref, fromFile);
    return existsSync(file) ? statSync(file).size : undefined;
  };
}

/** Reads and checks all content under `root`; with a cache, what did not change is not checked again. */
export function loadContent(
  root: string,
  cwd = process.cwd(),
  cache?: ValidationCache,
): CheckedSources & { sources: SourceFile[] } {
  const exists = (ref: string, fromFile: string) => existsSync(resolveReference(root, cwd, ref, fromFile));
  const sources = readSources(root, cwd, COLLECTION_NAMES, cache);
  const memo: SchemaMemo | undefined = cache && ((f, check) => (f.key ? cache.schema(f.key, check) : check()));
  return { ...checkSources(sources, exists, memo), sources };
}
