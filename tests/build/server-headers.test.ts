import { readdirSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS, SERVER_FILES } from '../../src/lib/security/headers.ts';
import { startNginx, type RunningNginx } from '../helpers/nginx.ts';

// The server-side header files the build ships, checked as the hosts read
// them: `_headers` parsed by its rules, the nginx include run in Debian's nginx.

/**
 * `_headers` as Netlify and Cloudflare Pages read it: a line at the start is
 * a path pattern, indented `Name: value` lines are its headers, `#` starts a
 * comment. Anything else is an error the host would reject or ignore.
 */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(\S.*)$/.exec(line);
    if (!current || !header) throw new Error(`line ${i + 1} is neither a path nor a header under one: ${line}`);
    current[header[1]!] = header[2]!;
  });
  return rules;
}

describe('the shipped _headers file', () => {
  it('gives every path every security header, exactly', () => {
    const rules = parseHeadersFile(readFileSync(path.join(inject('siteDir'), SERVER_FILES.headers), 'utf8'));
    expect([...rules.keys()]).toEqual(['/*']);
    expect(rules.get('/*')).toEqual(SECURITY_HEADERS);
  });
});

describe('the shipped nginx include, in nginx', () => {
  let nginx: RunningNginx;
  beforeAll(async () => {
    nginx = await startNginx(inject('siteDir'));
  });
  afterAll(async () => nginx?.stop());

  it('sends every security header once, on pages, assets, redirects and the 404 page', async () => {
    const asset = readdirSync(path.join(inject('siteDir'), '_astro')).find((f) => f.endsWith('.css'));
    const answers: Record<string, number> = {
      '/': 200,
      '/homes/': 200,
      '/verify/': 200,
      [`/_astro/${asset}`]: 200,
      '/homes': 301,
      '/no-such-page/': 404,
    };
    for (const [url, status] of Object.entries(answers)) {
      const res = await fetch(nginx.url + url, { redirect: 'manual' });
      expect(res.status, url).toBe(status);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(res.headers.get(name), `${url} ${name}`).toBe(value);
    }
    const notFound = await fetch(`${nginx.url}/no-such-page/`);
    expect(await notFound.text()).toContain('页面不存在');
  });

  it('sends the precompressed Pagefind runtime and compresses pages, with the compression include', async () => {
    /** A GET that accepts gzip and leaves the body as sent. */
    const raw = (url: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
        httpGet(nginx.url + url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              ...(res.headers['content-encoding'] ? { encoding: res.headers['content-encoding'] } : {}),
              body: Buffer.concat(chunks),
            }),
          );
        }).on('error', reject),
      );
    const site = inject('siteDir');
    const runtime = readFileSync(path.join(site, 'pagefind/pagefind.js'));
    const js = await raw('/pagefind/pagefind.js');
    expect(js.encoding).toBe('gzip');
    // the build's twin, compressed harder than nginx would on the fly
    expect(js.body).toEqual(readFileSync(path.join(site, 'pagefind/pagefind.js.gz')));
    expect(gunzipSync(js.body)).toEqual(runtime);
    const home = await raw('/');
    expect(home.encoding).toBe('gzip');
    expect(gunzipSync(home.body)).toEqual(readFileSync(path.join(site, 'index.html')));
    // Pagefind's index is gzipped at rest and goes out as it is
    const meta = readdirSync(path.join(site, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    const index = await raw(`/pagefind/${meta}`);
    expect(index.encoding).toBeUndefined();
    expect(index.body).toEqual(readFileSync(path.join(site, 'pagefind', meta)));
  });

  it('keeps them in a location with its own add_header, as the include tells', async () => {
    const asset = readdirSync(path.join(inject('siteDir'), '_astro')).find((f) => f.endsWith('.css'));
    const res = await fetch(`${nginx.url}/_astro/${asset}`);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });
});
