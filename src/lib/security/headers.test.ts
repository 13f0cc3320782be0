import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, headersFile, nginxInclude } from './headers.ts';

describe('security headers', () => {
  it('forbid framing and sniffing, and ask for HTTPS', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(SECURITY_HEADERS['Referrer-Policy']).toBeTruthy();
  });
  it('write a _headers file for every path', () => {
    const text = headersFile();
    expect(text).toMatch(/^\/\*$/m);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(`  ${k}: ${v}`);
  });
  it('write nginx add_header lines that apply to error responses too', () => {
    const lines = nginxInclude()
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines).toHaveLength(Object.keys(SECURITY_HEADERS).length);
    for (const l of lines) expect(l).toMatch(/^add_header [\w-]+ ".*" always;$/);
  });
});
