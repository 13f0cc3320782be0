import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { builtPages, onePerType } from '../helpers/pages.ts';

// axe-core with the WCAG 2.x A and AA rules and axe's best practices (every
// piece of content in a landmark, landmarks told apart), no rule switched off:
// over every built page in normal mode, and over one page of each page type
// (each route file, tests/helpers/pages.ts) in elderly-friendly mode, which
// changes the styles a page type shares, not its content.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function audit(page: Page, url: string): Promise<string[]> {
  await page.goto(inject('baseUrl') + url, { waitUntil: 'load' });
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
        ).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      ).violations,
    TAGS,
  );
  return violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function auditAll(mode: 'normal' | 'elder', pages: string[]) {
  const context = await browser.newContext();
  // axe in every page before its own scripts, outside the page's CSP (which forbids injected
  // scripts): measured faster than evaluating its source again after each page has loaded.
  await context.addInitScript(axeSource);
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
  return found;
}

describe('accessibility (axe, WCAG 2.x A/AA)', () => {
  it('finds no violation on any page', async () => {
    const pages = builtPages(inject('siteDir'));
    expect(pages.length).toBeGreaterThan(50);
    expect(await auditAll('normal', pages)).toEqual([]);
  }, 600_000);

  it('finds no violation on a page of each type in elderly-friendly mode', async () => {
    const pages = onePerType(builtPages(inject('siteDir')));
    expect(pages).toEqual(expect.arrayContaining(['/', '/homes/', '/courses/record/', '/search/', '/verify/']));
    expect(await auditAll('elder', pages)).toEqual([]);
  }, 600_000);
});
