import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MODE_KEY } from '../../src/lib/ui/mode-script.ts';
import { launchChromium } from '../../src/lib/node/chromium.ts';
import { builtPages } from '../helpers/pages.ts';

// A 1280×800 window zoomed to 200%: the page lays out in 640×400 CSS px,
// drawn at 2 device pixels per CSS px. Each main page type, in normal and in
// elderly-friendly mode, must reflow (WCAG 1.4.10): no sideways scrolling of
// the page and no content cut off at the right edge, except inside a box the
// page made scrollable on purpose (a wide table or chart). In elderly-friendly
// mode every link and control is also at least 44×44 CSS px (WCAG 2.5.5, AAA),
// with WCAG's exceptions for a link inside a sentence and for a control whose
// label operates it too. The 24×24 minimum (2.5.8) is axe's, in the
// accessibility test.

/** The pages to check, found in the built site: one of each main type. */
function pagesToCheck(): string[] {
  const pages = builtPages(inject('siteDir'));
  const first = (what: string, shape: RegExp, newest = false) => {
    const found = (newest ? pages.toReversed() : pages).find((p) => shape.test(p));
    if (!found) throw new Error(`The built site has no ${what} (${shape})`);
    return found;
  };
  return [
    '/',
    '/homes/',
    first('home page', /^\/homes\/[^/]+\/$/),
    first('lesson', /^\/courses\/[^/]+\/[^/]+\/$/),
    first('story', /^\/stories\/[^/]+\/$/),
    `/search/?q=${encodeURIComponent('职工书屋')}`,
    '/honors/',
    '/data/',
    first('honour roll', /^\/honors\/\d{4}\/$/, true),
    first('lecture', /^\/lectures\/[^/]+\/$/),
    '/verify/',
  ];
}

/** Runs in the page: what a reader at this zoom cannot see or can hardly hit. */
function inspect(checkTargets: boolean) {
  const width = document.documentElement.clientWidth;
  const name = (el: Element, r = el.getBoundingClientRect()) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    const id = el.id ? `#${el.id}` : '';
    const size = `${Math.round(r.width)}×${Math.round(r.height)} at x ${Math.round(r.left)}–${Math.round(r.right)}`;
    return `<${el.tagName.toLowerCase()}${id}> "${text}" ${size}`;
  };
  const ancestors = (el: Element) => {
    const list: Element[] = [];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) list.push(a);
    return list;
  };
  // Visible: drawn, not `visibility: hidden`, and not inside a 1 px
  // visually-hidden box (text for screen readers only).
  const tiny = (el: Element) => el.getBoundingClientRect().width <= 1 || el.getBoundingClientRect().height <= 1;
  const shown = (el: Element) =>
    !tiny(el) && getComputedStyle(el).visibility === 'visible' && !ancestors(el).some(tiny);
  const overflowX = (el: Element) => getComputedStyle(el).overflowX;
  const elements = [...document.body.querySelectorAll('*')].filter(shown);

  // An element's box, and each run of its own text: a long word or a
  // `white-space: nowrap` line overflows the element's box, not the box itself.
  const boxes = elements.flatMap((el) => {
    const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    return [
      { el, text: false, rect: el.getBoundingClientRect(), within: ancestors(el) },
      ...texts.map((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        return { el, text: true, rect: range.getBoundingClientRect(), within: [el, ...ancestors(el)] };
      }),
    ];
  });
  const cut: string[] = [];
  const outside = new Map<Element, DOMRect>();
  for (const { el, text, rect, within } of boxes) {
    if (within.some((a) => ['auto', 'scroll'].includes(overflowX(a)))) continue;
    if ((rect.right > width + 1 || rect.left < -1) && (text || !outside.has(el))) outside.set(el, rect);
    const clipper = within.find((a) => ['hidden', 'clip'].includes(overflowX(a)));
    if (text && clipper && rect.right > clipper.getBoundingClientRect().right + 1)
      cut.push(`text cut off by ${name(clipper)}: ${name(el, rect)}`);
  }
  // Only the outermost element that sticks out, not each of its children.
  for (const [el, rect] of outside)
    if (!el.parentElement || !outside.has(el.parentElement)) cut.push(`past the edge (${width} px): ${name(el, rect)}`);

  const small: string[] = [];
  if (checkTargets) {
    const inSentence = (el: Element) => {
      for (let a: Element = el, p = a.parentElement; p; a = p, p = p.parentElement) {
        if (
          [...p.childNodes].some((n) => n !== a && n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.textContent ?? ''))
        )
          return true;
        if (getComputedStyle(p).display !== 'inline') return false;
      }
      return false;
    };
    const selector = ['a[href]', 'button', 'input:not([type="hidden"])', 'select', 'summary']
      .flatMap((s) => [`header ${s}`, `main ${s}`])
      .join(', ');
    for (const el of document.querySelectorAll(selector)) {
      if (!shown(el) || (getComputedStyle(el).display === 'inline' && inSentence(el))) continue;
      // A control's label operates it too, so either may be the 44×44 target.
      const areas = [el, ...((el as HTMLInputElement).labels ?? [])].map((b) => b.getBoundingClientRect());
      if (!areas.some((b) => b.width >= 44 - 0.5 && b.height >= 44 - 0.5))
        small.push(`smaller than 44×44: ${name(el)}`);
    }
  }
  // What sets the page's width when it scrolls sideways, hidden text included.
  const scrollWidth = document.documentElement.scrollWidth;
  const atRight = (r: DOMRect) => Math.abs(r.right - scrollWidth) <= 1;
  const widest = [
    ...new Set([
      ...[...document.body.querySelectorAll('*')].filter((el) => atRight(el.getBoundingClientRect())),
      ...boxes.filter((b) => b.text && atRight(b.rect)).map((b) => b.el),
    ]),
  ]
    .slice(0, 3)
    .map((el) => name(el));
  return {
    scrollWidth,
    widest,
    width,
    pixelRatio: window.devicePixelRatio,
    mode: document.documentElement.dataset['mode'] ?? 'normal',
    checked: elements.length,
    cut,
    small,
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each(['normal', 'elder'] as const)('%s mode, 1280×800 window at 200 percent zoom', (mode) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    if (mode === 'elder') await context.addInitScript((key) => localStorage.setItem(key, 'elder'), MODE_KEY);
  });
  afterAll(async () => context?.close());

  const title = mode === 'elder' ? '%s reflows; its targets are 44×44 CSS px' : '%s reflows into 640 CSS px';
  it.each(pagesToCheck())(title, async (url) => {
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + url, { waitUntil: 'load' });
    if (url.startsWith('/search/')) {
      await page.waitForFunction(() => {
        const s = document.querySelector('#search-status')?.textContent ?? '';
        return s !== '' && !s.includes('正在搜索');
      });
      expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    }
    const found = await page.evaluate(inspect, mode === 'elder');
    await page.close();
    expect({ mode: found.mode, width: found.width, pixelRatio: found.pixelRatio }).toEqual({
      mode,
      width: 640,
      pixelRatio: 2,
    });
    expect(found.checked).toBeGreaterThan(20);
    expect.soft(found.cut).toEqual([]);
    expect.soft(found.small).toEqual([]);
    expect(found.scrollWidth, `the page scrolls sideways, widened by ${found.widest.join('; ')}`).toBeLessThanOrEqual(
      found.width + 1,
    );
  });
});
