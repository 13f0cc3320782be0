import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT, frontmatters } from '../helpers/content.ts';
import { siteDir } from '../helpers/site.ts';

// Each certificate checked against its record, recomputed here from the YAML.
const site = parse(readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')) as { baseUrl: string };
const homes = new Map(frontmatters('homes').map((h) => [h.id, h.data as { unit: string }]));
const people = new Map(
  globSync('people/*.yaml', { cwd: CONTENT }).map((f) => [
    path.basename(f, '.yaml'),
    parse(readFileSync(path.join(CONTENT, f), 'utf8')) as { name: string; home: string },
  ]),
);

/** Sorted-key JSON with NFC strings: the canonical form the site documents. */
function canonical(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.normalize('NFC'));
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function pages(): { slug: string; html: string }[] {
  return globSync('verify/*/index.html', { cwd: siteDir() }).map((f) => ({
    slug: f.split('/')[1]!,
    html: readFileSync(path.join(siteDir(), f), 'utf8'),
  }));
}

describe('certificates of the sample site', () => {
  const awards = globSync('honors/*.yaml', { cwd: CONTENT }).flatMap((f) => {
    const y = parse(readFileSync(path.join(CONTENT, f), 'utf8')) as {
      year: number;
      status: string;
      awards: Record<string, unknown>[];
    };
    return y.status === 'final' ? y.awards.map((a) => ({ year: y.year, a })) : [];
  });

  it('has a verification page and an image for every award', () => {
    const all = pages();
    expect(all).toHaveLength(awards.length);
    for (const { year, a } of awards)
      expect(
        all.some((p) => p.html.includes(String(a['serial']))),
        `${year} ${a['serial']}`,
      ).toBe(true);
  });

  it('prints on each page the digest of the record it shows', () => {
    let checked = 0;
    for (const { year, a } of awards) {
      const page = pages().find((p) => p.html.includes(`证书编号 ${a['serial']}`))!;
      const person = a['person'] ? people.get(String(a['person'])) : undefined;
      const home = homes.get(String(a['home'] ?? person?.home));
      const digest = /class="digest"[^>]*>([0-9a-f]{64})</.exec(page.html)![1];
      const record = {
        serial: a['serial'],
        awardId: a['id'],
        year,
        kind: a['home'] ? 'home' : 'person',
        recipient: a['home'] ? home?.unit : person?.name,
        unit: a['person'] ? home?.unit : undefined,
        level: a['level'],
        topTen: Boolean(a['topTen']),
        conferrer: a['conferrer'],
        conferredOn: a['conferredOn'],
        citation: a['citation'],
      };
      if (record.citation === undefined) continue; // the site writes a formal citation when the record has none
      expect(digest, String(a['serial'])).toBe(createHash('sha256').update(canonical(record)).digest('hex'));
      checked++;
    }
    expect(checked).toBeGreaterThan(awards.length / 2);
  });

  it('draws A4 landscape images whose QR code opens their verification page', () => {
    const sample = pages().filter((_, i) => i % 9 === 0);
    for (const { slug } of sample) {
      const png = PNG.sync.read(readFileSync(path.join(siteDir(), 'certificates', `${slug}.png`)));
      expect([png.width, png.height]).toEqual([2339, 1654]);
      // The QR code sits in the lower left corner: read that part only.
      const [x0, y0, w, h] = [120, 1150, 420, 420];
      const crop = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++)
        crop.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + w) * 4), y * w * 4);
      expect(jsQR(crop, w, h)?.data, slug).toBe(new URL(`/verify/${slug}/`, site.baseUrl).href);
    }
  });
});

describe('share images of the sample site', () => {
  it('draws the 1200 x 630 og:image that every home and story page names', () => {
    const pages = [
      ...frontmatters('homes').map((h) => ({ page: `homes/${h.id}`, image: `share/home/${h.id}.png` })),
      ...frontmatters('stories').map((s) => ({ page: `stories/${s.id}`, image: `share/story/${s.id}.png` })),
    ];
    expect(pages.length).toBeGreaterThan(10);
    for (const { page, image } of pages) {
      const html = readFileSync(path.join(siteDir(), page, 'index.html'), 'utf8');
      expect(/property="og:image" content="([^"]+)"/.exec(html)?.[1], page).toBe(
        new URL(`/${image}`, site.baseUrl).href,
      );
      const png = PNG.sync.read(readFileSync(path.join(siteDir(), image)));
      expect([png.width, png.height], image).toEqual([1200, 630]);
    }
  });
});

describe('certificate rebuilds', () => {
  const project = path.resolve(import.meta.dirname, '../..');
  let dir: string;
  const build = (content: string, out: string) =>
    spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      cwd: project,
      encoding: 'utf8',
    }).stdout;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-certs-'));
    cpSync(CONTENT, path.join(dir, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws nothing again when no record changed, and exactly one when one did', () => {
    const content = path.join(dir, 'content');
    build(content, path.join(dir, 'a'));
    const again = build(content, path.join(dir, 'b'));
    const total = Number(/证书 (\d+) 张/.exec(again)?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(again).toContain(`证书 ${total} 张（新绘制 0，缓存 ${total}）`);
    const cards = frontmatters('homes').length + frontmatters('stories').length;
    expect(again).toContain(`分享图新绘制 0，缓存 ${cards}`);
    // A citation no earlier run has drawn: exactly one certificate is new.
    const file = path.join(content, 'honors/2024.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace(/citation: (.+)/, (_, c: string) => `citation: ${c}（${Date.now()}）`);
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const third = build(content, path.join(dir, 'c'));
    expect(third).toContain(`证书 ${total} 张（新绘制 1，缓存 ${total - 1}）`);
    expect(third).toContain(`分享图新绘制 0，缓存 ${cards}`);
  }, 180_000);
});
