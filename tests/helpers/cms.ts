import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A port nothing listens on now, for a server of the test's own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Picks an entry of a relation or select field by typing and choosing the option, as an editor would. */
export async function choose(
  page: Page,
  label: string,
  typed: string,
  option: RegExp,
  nth: 'first' | 'last' = 'first',
) {
  const field = page.getByLabel(label, { exact: true })[nth]();
  await field.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** Replaces the Markdown body with `text`, in the editor's Markdown (source) mode. */
export async function writeBody(page: Page, text: string) {
  const bar = page
    .locator('div', { has: page.getByText('富文本', { exact: true }) })
    .filter({ has: page.getByText('Markdown', { exact: true }) })
    .last();
  if ((await bar.getByRole('switch').getAttribute('aria-checked')) !== 'true') await bar.getByRole('switch').click();
  const editor = page.locator('[data-slate-editor]').last();
  const lines = (s: string) =>
    s
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  const text0 = async () => ((await editor.textContent()) ?? '').trim();
  // Empty the editor (select all, delete, until nothing is left: on a busy machine Slate may apply a
  // select-all late, or to part of the text), then paste the text in one step, as an editor pasting a
  // draft does. Up to about 30 s of tries: two test files share the machine's two cores.
  for (let attempt = 0; ; attempt++) {
    for (let i = 0; i < 60 && (await text0()) !== ''; i++) {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(200 + 100 * Math.min(i, 5));
    }
    expect(await text0()).toBe('');
    await editor.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    const ok = await expect
      .poll(async () => lines(await editor.innerText()), { timeout: 5000 })
      .toEqual(lines(text))
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    if (attempt === 2) expect(lines(await editor.innerText())).toEqual(lines(text));
  }
}

/** Clicks 发布 → 立即发布. */
export async function publish(page: Page) {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
}
