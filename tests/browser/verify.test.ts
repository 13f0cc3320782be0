import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { VerifyIndex } from '../../src/lib/verify/lookup.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A serial of the sample site, e.g. 鲁工家证〔2024〕003, and its page. */
function someSerial(): { serial: string; slug: string } {
  const index = JSON.parse(readFileSync(path.join(inject('siteDir'), 'verify', 'index.json'), 'utf8')) as VerifyIndex;
  const [slug, serial] = Object.values(index).find((found) => /〔\d{4}〕\d+$/.test(found[0]![1]))![0]!;
  return { serial, slug };
}

/** What a phone keyboard makes of a serial: no brackets, full-width digits, stray spaces, or digits alone. */
const typedForms = (serial: string): string[] => {
  const plain = serial.replace(/[〔〕]/g, '');
  const wide = plain.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return [plain, ` ${wide.slice(0, 4)} ${wide.slice(4)} `, serial.replace(/\D/g, '')];
};

describe('the certificate lookup', () => {
  it('opens the verification page for a serial typed as people type it', async () => {
    const { serial, slug } = someSerial();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      for (const typed of typedForms(serial)) {
        await page.goto(`${inject('baseUrl')}/verify/`);
        await page.getByLabel('证书编号').fill(typed);
        await page.getByRole('button', { name: '查验' }).click();
        // Whichever comes first; the other wait is dropped (its timeout must not fail the test later).
        const found = await Promise.race([
          page.waitForURL(`**/verify/${slug}/`, { timeout: 10_000 }).then(
            () => true,
            () => undefined,
          ),
          page
            .getByText(/有 \d+ 张证书/)
            .waitFor({ timeout: 10_000 })
            .then(
              () => false,
              () => undefined,
            ),
        ]);
        expect(found, typed).toBeDefined();
        if (found) await expect(page.locator('.verdict').textContent()).resolves.toContain(serial);
        // Digits alone may match more than one serial: then each is offered as a link.
        else await expect(page.getByRole('link', { name: serial }).count()).resolves.toBe(1);
      }
    } finally {
      await page.close();
    }
  });

  it('says so in Chinese when no certificate has the serial', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${inject('baseUrl')}/verify/`);
      await page.getByLabel('证书编号').fill('鲁工家证〔1999〕999');
      await page.getByRole('button', { name: '查验' }).click();
      // The answer comes after the index is fetched.
      const answer = page.locator('#verify-result').filter({ hasText: '没有找到' });
      await answer.waitFor({ timeout: 10_000 });
      await expect(answer.textContent()).resolves.toContain('没有找到编号为“鲁工家证〔1999〕999”的证书');
    } finally {
      await page.close();
    }
  });
});
