import { describe, expect, it } from 'vitest';
import { COMPRESSED_TYPES, nginxCompression } from './compression.ts';

describe('the nginx compression include', () => {
  const lines = nginxCompression()
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
  it('sends precompressed twins and compresses the text types, never Pagefind data', () => {
    expect(lines).toContain('gzip_static on;');
    expect(lines).toContain('gzip on;');
    expect(lines).toContain(`gzip_types ${COMPRESSED_TYPES.join(' ')};`);
    expect(COMPRESSED_TYPES).not.toContain('application/octet-stream');
  });
  it('is only directives nginx reads, one a line', () => {
    for (const l of lines) expect(l).toMatch(/^[a-z_]+ [^;]+;$/);
  });
});
