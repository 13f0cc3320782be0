import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from '../helpers/chromium.ts';
import { frontmatters } from '../helpers/content.ts';

const browser = await chromiumForFile();

describe('print', () => {
  it('prints a lecture as a handout: no navigation, each section on a new page', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/lectures/${frontmatters('lectures')[0]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', 'nav[aria-label="当前位置"]', '.actions']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    const breaks = await page
      .locator('.lecture-body h2')
      .evaluateAll((hs) => hs.map((h) => getComputedStyle(h).breakBefore));
    expect(breaks.length).toBeGreaterThan(1);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('keeps the larger text of the elderly-friendly mode on paper', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('zgzj.mode', 'elder'));
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/policy/ten-opinions/`);
    await page.emulateMedia({ media: 'print' });
    const elder = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const plain = await browser.newPage();
    await plain.goto(`${inject('baseUrl')}/policy/ten-opinions/`);
    await plain.emulateMedia({ media: 'print' });
    const normal = await plain.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(elder).toBeGreaterThanOrEqual(normal * 1.3 - 0.01);
    await context.close();
    await plain.close();
  });
});
