import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET, rawRequest, serveSiteForFile, type RawResponse } from './http-testing.ts';

// Thousands of random and hostile requests on loopback, a bounded number,
// one after another; the server must answer each sensibly and still be up.

/** Pieces attackers and broken clients put in paths. */
const hostile = fc.constantFrom(
  ...['..', '.', '%2e%2e', '%2E', '.%2e', '%2f', '%2F', '%5c', '\\', '%', '%f', '%ff', '%E0%A4%A', '%ED%A0%80'],
  ...['%00', '%0d%0a', '%C0%AE', '%252e%252e', '..;', ';', '~', '@', ':', '', 'evil.com', '127.0.0.1:22'],
  ...['_headers', '%5Fheaders', 'nginx-security-headers.conf', '.env', '.git', '.well-known'],
  ...['homes', 'media', 'lesson.mp4', 'lesson.vtt', 'index.html', '404.html', 'pagefind', '首页'],
);
/** Any Unicode text, percent-encoded as a browser would send it. */
const encoded = fc.string({ unit: 'grapheme', maxLength: 6 }).map(encodeURIComponent);
/** Raw ASCII, control characters included (not CR or LF, which would end the request line). */
const rawAscii = fc.string({ unit: 'binary-ascii', maxLength: 6 }).map((s) => s.replace(/[\r\n]/g, ''));
const target = fc
  .tuple(
    fc.constantFrom('/', '/', '/', '//', '/./', '', '*', 'http://evil.com/', '/media/'),
    fc.array(fc.oneof(hostile, hostile, encoded, rawAscii), { maxLength: 6 }),
    fc.constantFrom('', '', '/', '?a=1', '?%', '?x=%ff', '#frag'),
  )
  .map(([start, segments, end]) => start + segments.join('/') + end);
const method = fc.constantFrom('GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'get', 'BREW');
const range = fc.option(
  fc.oneof(
    fc.tuple(fc.nat(1200), fc.nat(1200)).map(([a, b]) => `bytes=${a}-${b}`),
    fc.nat(1200).map((n) => `bytes=-${n}`),
    fc.nat(1200).map((n) => `bytes=${n}-`),
    fc.string({ unit: fc.constantFrom(...'bytes=-0123456789, ab'), maxLength: 14 }),
  ),
  { nil: undefined },
);

const ANSWERS = [200, 206, 301, 304, 400, 404, 405, 416];

function expectSensible(res: RawResponse, what: string): void {
  expect(ANSWERS, what).toContain(res.status);
  if (res.headers['location']) expect(res.headers['location'], what).toMatch(/^\/(?![/\\])/);
  expect(res.body.includes(SECRET), what).toBe(false);
  expect(res.headers['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers['x-frame-options'], what).toBe('DENY');
}

const { port } = await serveSiteForFile();

describe('the static server under random and hostile requests', () => {
  it('answers 3,000 of them one by one, sensibly, and is still up', async () => {
    await fc.assert(
      fc.asyncProperty(method, target, range, async (m, t, r) => {
        const what = `${m} ${JSON.stringify(t)} Range ${JSON.stringify(r)}`;
        expectSensible(await rawRequest(port, m, t, r === undefined ? {} : { Range: r }), what);
      }),
      { numRuns: 3000 },
    );
    const home = await rawRequest(port, 'GET', '/');
    expect([home.status, home.body.toString()]).toEqual([200, expect.stringContaining('山东职工之家网')]);
  }, 120_000);

  it('answers 200 hostile requests sent at once, and is still up', async () => {
    const sample = fc.sample(fc.tuple(method, target), { numRuns: 200 });
    const answers = await Promise.all(sample.map(([m, t]) => rawRequest(port, m, t)));
    answers.forEach((res, i) => expectSensible(res, `${sample[i]![0]} ${JSON.stringify(sample[i]![1])}`));
    expect((await rawRequest(port, 'GET', '/homes/')).status).toBe(200);
  }, 60_000);
});
