import { describe, expect, it } from 'vitest';
import { MANIFEST_VERSION, assetReferences, pageFate, reusePlan, type PageManifest } from './page-manifest.ts';

describe('reusePlan and pageFate', () => {
  const last: PageManifest = {
    version: MANIFEST_VERSION,
    code: 'c1',
    pages: {
      'homes/a/index.html': { key: 'ka', assets: [], noindex: false },
      'homes/b/index.html': { key: 'kb', assets: [], noindex: false },
    },
  };
  const plan = reusePlan(last, 'c1', '/site', (f) => f !== 'homes/b/index.html');
  it('reuses a page whose key is the same and whose file is still in the last output', () => {
    expect(pageFate(plan, 'homes/a/index.html', 'ka')).toBe('reused');
  });
  it('renders a page whose key changed, a new page and one whose file is gone, and says so', () => {
    expect(pageFate(plan, 'homes/a/index.html', 'ka2')).toBe('data');
    expect(pageFate(plan, 'homes/c/index.html', 'kc')).toBe('new');
    expect(pageFate(plan, 'homes/b/index.html', 'kb')).toBe('missing');
  });
  it('renders everything after a change of code, or without a last build', () => {
    expect(
      pageFate(
        reusePlan(last, 'c2', '/site', () => true),
        'homes/a/index.html',
        'ka',
      ),
    ).toBe('code');
    expect(
      pageFate(
        reusePlan(null, 'c1', '/site', () => true),
        'homes/a/index.html',
        'ka',
      ),
    ).toBe('first');
    expect(pageFate(null, 'homes/a/index.html', 'ka')).toBe('first');
  });
});

describe('assetReferences', () => {
  it('finds every /_astro/ file once, in attributes, srcsets and CSS', () => {
    const html =
      '<img src="/_astro/a.B1_x.webp" srcset="/_astro/a.B1_y.webp 320w, /_astro/a.B1_z.webp 480w">' +
      '<link href="/_astro/s.C2.css"><div style="background:url(/_astro/bg.D3.png)"></div><img src="/_astro/a.B1_x.webp">';
    expect(assetReferences(html)).toEqual([
      '/_astro/a.B1_x.webp',
      '/_astro/a.B1_y.webp',
      '/_astro/a.B1_z.webp',
      '/_astro/bg.D3.png',
      '/_astro/s.C2.css',
    ]);
  });
});
