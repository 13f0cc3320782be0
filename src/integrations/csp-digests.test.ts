import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rememberDigests } from './csp-digests.ts';

const modules = path.resolve(import.meta.dirname, '../../node_modules');
const original = path.join(modules, 'astro/dist/core/encryption.js');
const dir = mkdtempSync(path.join(tmpdir(), 'csp-digests-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Encryption = { generateCspDigest: (data: string, algorithm: string) => Promise<string> };

/** Astro's module with its imports made absolute, as it is and as the build rewrites it. */
async function load(name: string, code: string): Promise<Encryption> {
  const absolute = code
    .replace(
      '"@oslojs/encoding"',
      JSON.stringify(pathToFileURL(path.join(modules, '@oslojs/encoding/dist/index.js')).href),
    )
    .replace(
      '"./csp/config.js"',
      JSON.stringify(pathToFileURL(path.join(path.dirname(original), 'csp/config.js')).href),
    );
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, absolute);
  return (await import(pathToFileURL(file).href)) as Encryption;
}

describe('CSP digests hashed once per text', () => {
  it('gives the digests Astro gives, the same text once', async () => {
    const code = readFileSync(original, 'utf8');
    const changed = rememberDigests(code);
    expect(changed).toBeDefined();
    const astro = await load('astro', code);
    const once = await load('once', changed!);
    const style = '.card{margin:0}';
    for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512'])
      expect(await once.generateCspDigest(style, algorithm)).toBe(await astro.generateCspDigest(style, algorithm));
    expect(once.generateCspDigest(style, 'SHA-256')).toBe(once.generateCspDigest(style, 'SHA-256'));
    expect(await once.generateCspDigest('.card{margin:1px}', 'SHA-256')).not.toBe(
      await once.generateCspDigest(style, 'SHA-256'),
    );
  });

  it('leaves a module that does not read as expected as it is', () => {
    expect(rememberDigests('export async function generateCspDigest(text) {}')).toBeUndefined();
  });
});
