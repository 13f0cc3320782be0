import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { builtPages } from '../helpers/pages.ts';

// axe-core over every built page, in normal and in elderly-friendly mode,
// with the WCAG 2.x A and AA rules. No rule is switched off.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function audit(page: Page, url: string): Promise<string[]> {
  await page.goto(inject('baseUrl') + url, { waitUntil: 'load' });
  // evaluate() runs outside the page's CSP, which forbids injected scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe.run(document, { runOnly: { type: 'tag', values: tags } })
      ).violations,
    TAGS,
  );
  return violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function auditAll(mode: 'normal' | 'elder') {
  const pages = builtPages(inject('siteDir'));
  const context = await browser.newContext();
  if (mode === 'elder') await context.addInitScript((key) => localStorage.setItem(key, 'elder'), MODE_KEY);
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  const found: string[] = [];
  let next = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      while (next < pages.length) found.push(...(await audit(tab, pages[next++]!)));
    }),
  );
  await context.close();
  return { pages: pages.length, found };
}

describe('accessibility (axe, WCAG 2.x A/AA)', () => {
  it('finds no violation on any page', async () => {
    const { pages, found } = await auditAll('normal');
    expect(pages).toBeGreaterThan(50);
    expect(found).toEqual([]);
  }, 600_000);

  it('finds no violation on any page in elderly-friendly mode', async () => {
    const { found } = await auditAll('elder');
    expect(found).toEqual([]);
  }, 600_000);
});
