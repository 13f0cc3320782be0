/**
 * Lets `astro build` hash each inline style and script for the Content-Security-Policy once, not once
 * per page. Astro hashes a route's inline head styles and scripts again for every page it renders
 * (`generateCspDigest` in astro/dist/core/encryption.js, called from `createResult`), with WebCrypto's
 * asynchronous digest: 32,000 digests of the same two texts at 10,000 homes, 2.5 to 3.7 s of the
 * 35 to 47 s of rendering in CPU profiles of the Astro step. This rewrites that module in the server
 * bundle so that the same text with the same algorithm gives the promise of its first digest. A
 * version of Astro whose module no longer reads as expected is left as it is (only slower).
 */
import type { AstroIntegration } from 'astro';
import { buildTransform } from './build-transform.ts';

const ENCRYPTION_MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;
const DECLARATION = 'async function generateCspDigest(data, algorithm) {';

/** The module's code with `generateCspDigest` remembering its digests; undefined if it does not read as expected. */
export function rememberDigests(code: string): string | undefined {
  if (code.split(DECLARATION).length !== 2) return undefined;
  return [
    code.replace(DECLARATION, 'async function hashOnce(data, algorithm) {'),
    'const digests = new Map();',
    'function generateCspDigest(data, algorithm) {',
    '  const key = `${algorithm}\\u0000${data}`;',
    '  let digest = digests.get(key);',
    '  if (!digest) {',
    '    digest = hashOnce(data, algorithm);',
    '    digests.set(key, digest);',
    '  }',
    '  return digest;',
    '}',
  ].join('\n');
}

export function cspDigests(): AstroIntegration {
  return buildTransform('zgzj-csp-digests', ENCRYPTION_MODULE, rememberDigests);
}
