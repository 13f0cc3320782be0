import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/site.ts';

// What a person checking a certificate sees on its verification page, and
// what they can do with it: recompute the digest from the page alone, and
// tell from the image whether the title still stands.

/** The text of an element (by id or class) as a browser shows it: tags dropped, entities decoded. */
function text(html: string, selector: RegExp): string {
  const inner = selector.exec(html)?.[1];
  if (inner === undefined) throw new Error(`no ${selector} on the page`);
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const pages = () =>
  globSync('verify/*/index.html', { cwd: siteDir() }).map((f) => ({
    slug: f.split('/')[1]!,
    html: readFileSync(path.join(siteDir(), f), 'utf8'),
  }));

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
}

/** A certificate image's RGBA pixels (sharp decodes the 2339 x 1654 PNGs several times faster than pngjs). */
async function pixels(slug: string): Promise<Pixels> {
  const { data, info } = await sharp(path.join(siteDir(), 'certificates', `${slug}.png`))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Share of the falling diagonal's pixels in the band's red: ~0.1 on a plain certificate, ~0.8-0.9 under a band. */
function bandShare(png: Pixels): number {
  let red = 0;
  let n = 0;
  for (let t = 0.05; t <= 0.95; t += 0.005, n++) {
    const i = (Math.round(t * (png.height - 1)) * png.width + Math.round(t * (png.width - 1))) * 4;
    if (png.data[i]! > 140 && png.data[i + 1]! < 90 && png.data[i + 2]! < 100) red++;
  }
  return red / n;
}

/** The text of the QR code in the lower left corner. */
function qrText(png: Pixels): string | undefined {
  const [x0, y0, w, h] = [120, 1150, 420, 420];
  const crop = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    crop.set(png.data.subarray(((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + w) * 4), y * w * 4);
  return jsQR(crop, w, h)?.data;
}

describe('the verification page', () => {
  it('lets anyone recompute the digest from what it shows', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(100);
    for (const { slug, html } of all) {
      const digest = text(html, /<code class="digest"[^>]*>([^<]*)</);
      const canonical = text(html, /<pre id="canonical-form"[^>]*>([\s\S]*?)<\/pre>/);
      const command = text(html, /<pre id="digest-command"[^>]*>([\s\S]*?)<\/pre>/);
      // The command printed on the page, run as a reader would paste it.
      const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
      expect(run.stdout.split(' ')[0], slug).toBe(digest);
      expect(command, slug).toContain(canonical.replace(/'/g, `'\\''`));
      // Every field the digest covers is in the table, with the value as hashed.
      const rows = [...html.matchAll(/<tr[^>]*><th scope="row"[^>]*><code[^>]*>(\w+)<\/code><\/th>[\s\S]*?<\/tr>/g)];
      const values = rows.map((row) => [row[1]!, text(row[0], /<td[^>]*><code[^>]*>([\s\S]*?)<\/code><\/td>/)]);
      expect(`{${values.map(([k, v]) => `"${k}":${v}`).join(',')}}`, slug).toBe(canonical);
      // The name on the page is the name hashed (and drawn), code point for code point.
      const record = JSON.parse(canonical) as { recipient: string; serial: string };
      expect(html).toContain(`>${record.recipient}<`);
      expect(text(html, /<strong[^>]*>证书编号 ([^<：]*)：/)).toBe(record.serial);
    }
  });

  it('shows a band with the status on the image of every title no longer in force, and the QR code still scans', async () => {
    const byStatus = new Map<string, Array<{ slug: string; html: string }>>();
    for (const page of pages()) {
      const verdict = text(page.html, /<p class="verdict[^"]*"[^>]*>([\s\S]*?)<\/p>/);
      const status = /已撤销|整改中|应予撤销|已被新称号取代/.exec(verdict)?.[0] ?? 'in force';
      byStatus.set(status, [...(byStatus.get(status) ?? []), page]);
    }
    // The sample site has titles in each of these states.
    expect([...byStatus.keys()]).toEqual(expect.arrayContaining(['已撤销', '整改中', '已被新称号取代', 'in force']));
    // Up to 12 images of each state (decoding all 200 takes a minute on two cores).
    for (const [status, sample] of byStatus) {
      for (const { slug, html } of sample.filter((_, i) => i % Math.ceil(sample.length / 12) === 0)) {
        const png = await pixels(slug);
        if (status === 'in force') {
          expect(bandShare(png), slug).toBeLessThan(0.3);
          continue;
        }
        expect(bandShare(png), `${slug} ${status}`).toBeGreaterThan(0.6);
        expect(html, slug).toContain(`图上斜贯“${status}”字样`);
        expect(qrText(png), slug).toMatch(new RegExp(`/verify/${slug}/$`));
      }
    }
  });
});
