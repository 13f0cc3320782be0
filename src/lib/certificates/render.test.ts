import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { recordDigest } from './digest.ts';
import { MissingGlyphError } from './missing-glyph.ts';
import { CERTIFICATE_PIXEL_WIDTH, renderCertificate, shareImage, shareImageFonts } from './render.ts';
import { subsetFontData } from './subset.ts';
import { certificateDrawing } from './template.ts';
import { treeText } from './h.ts';
import { sampleCertificates } from './sample-records.ts';
import type { CertificateInput } from './types.ts';

// The award record a certificate was made from, and the certificate input the lead maps it onto.
const award = {
  id: 'a-2024-0012',
  serial: '鲁工家证〔2024〕0012',
  home: 'jinan-jixiang',
  level: 'model',
  conferrer: '山东省总工会',
  conferredOn: '2024-04-28',
};
const input: CertificateInput = {
  serial: award.serial,
  template: 'home-title',
  level: 'model',
  year: 2024,
  recipient: '济南𠮷祥重工机械有限公司工会',
  citation:
    '该单位工会坚持以职工为中心，建家阵地“八有”齐全，会员评家满意度达到百分之九十六，在新时代职工之家建设中成绩突出。',
  conferrer: award.conferrer,
  conferredOn: award.conferredOn,
  verifyUrl: `https://zgzj.example.cn/verify/${encodeURIComponent(award.serial)}/`,
  digest: recordDigest(award),
};

describe('renderCertificate', () => {
  it('renders an A4 landscape PNG whose QR code reads back as the verify URL', async () => {
    const png = PNG.sync.read(await renderCertificate(input));
    expect(png.width).toBe(CERTIFICATE_PIXEL_WIDTH);
    expect(png.height).toBe(Math.round((CERTIFICATE_PIXEL_WIDTH * 210) / 297));
    const qr = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      png.width,
      png.height,
    );
    expect(qr?.data).toBe(input.verifyUrl);
  });

  it('prints the digest of the record, which the verification page recomputes', () => {
    expect(input.digest).toBe(recordDigest({ ...award }));
    expect(recordDigest({ ...award, level: 'advanced' })).not.toBe(input.digest);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const [a, b] = [await renderCertificate(input), await renderCertificate({ ...input })];
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('draws 𠮷 (U+20BB7): its text differs from the same name with 吉', async () => {
    const other = await renderCertificate({ ...input, recipient: input.recipient.replace('𠮷', '吉') });
    expect(Buffer.compare(await renderCertificate(input), other)).not.toBe(0);
  });

  it('draws the same bytes with a batch font subset as with the full fonts', async () => {
    const others = sampleCertificates(4);
    // As batch.ts does: every character of every drawing in the batch.
    const text = [input, ...others].map((r) => treeText(certificateDrawing(r).tree)).join('');
    const fonts = subsetFontData([...text].map((c) => c.codePointAt(0)!));
    expect(fonts.get('Noto Serif SC')!.get(400)!.byteLength).toBeLessThan(200_000);
    for (const record of [input, others[2]!]) {
      expect(Buffer.compare(await renderCertificate(record, { fonts }), await renderCertificate(record))).toBe(0);
    }
  });

  it('refuses to draw with a subset that lacks a character', async () => {
    const fonts = subsetFontData([...'荣誉证书'].map((c) => c.codePointAt(0)!));
    await expect(renderCertificate(input, { fonts })).rejects.toThrow(/字体子集缺少字符/);
  });

  it('renders the other designs', async () => {
    for (const sample of sampleCertificates(3).slice(1)) {
      expect(PNG.sync.read(await renderCertificate(sample)).width).toBe(CERTIFICATE_PIXEL_WIDTH);
    }
  });

  it('refuses a character no font has, naming it, its code point and the serial', async () => {
    const bad = { ...input, recipient: '李\ue000明' };
    await expect(renderCertificate(bad)).rejects.toBeInstanceOf(MissingGlyphError);
    const error = (await renderCertificate(bad).catch((e: unknown) => e)) as MissingGlyphError;
    expect(error.message).toContain('U+E000');
    expect(error.message).toContain('\ue000');
    expect(error.message).toContain(input.serial);
    expect(error.field).toBe('recipient');
  });
});

describe('shareImage', () => {
  it('renders a 1200 x 630 PNG', async () => {
    const png = PNG.sync.read(
      await shareImage({ title: '青岛港𠮷祥物流园区职工之家', subtitle: '示例', kind: 'home' }),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  it('draws the same card with a subset for many cards', async () => {
    const cards = [
      { title: '青岛港𠮷祥物流园区职工之家', kind: 'home' as const },
      { title: '把职工之家建到车间班组', subtitle: '典型案例（示例）', kind: 'story' as const },
    ];
    const fonts = shareImageFonts(cards);
    for (const card of cards) expect(Buffer.compare(await shareImage(card, { fonts }), await shareImage(card))).toBe(0);
  });

  it('refuses a character no font has', async () => {
    await expect(shareImage({ title: '案例\ue001', kind: 'story' })).rejects.toThrow(/U\+E001/);
    const card = { title: '案例\ue001', kind: 'story' as const };
    await expect(shareImage(card, { fonts: shareImageFonts([card]) })).rejects.toThrow(/U\+E001/);
  });
});
