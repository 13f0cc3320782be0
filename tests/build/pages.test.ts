import { describe, expect, it } from 'vitest';
import { MODE_SCRIPT } from '../../src/lib/ui/mode-script.ts';
import { NAV } from '../../src/lib/nav.ts';
import { frontmatters } from '../helpers/content.ts';
import { page, textOf } from '../helpers/site.ts';

/** Every <script> of a page: external sources and inline bodies. */
function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => (m[1] ?? '').trim() || (m[2] ?? ''));
}

describe('the built sample site', () => {
  it('has a page behind every main navigation entry', () => {
    for (const item of NAV) expect(() => page(item.href), item.href).not.toThrow();
  });

  it('declares zh-CN on every page type', () => {
    for (const url of ['/', '/homes/', '/stories/', '/courses/', '/policy/']) {
      expect(page(url)).toMatch(/<html lang="zh-CN"/);
    }
  });

  it('renders the home page with an entry for each audience', () => {
    const html = page('/');
    for (const audience of ['职工群众', '工会干部', '宣传干部']) expect(html).toContain(audience);
  });

  it('renders a home page from its content', () => {
    const home = frontmatters('homes').find((h) => h.id === 'jinan-steel-works');
    expect(home).toBeDefined();
    const html = page('/homes/jinan-steel-works/');
    expect(textOf(html, 'h1')).toContain(String(home!.data['title']));
    expect(html).toContain(String(home!.data['unit']));
  });

  it('renders every story with its title', () => {
    for (const story of frontmatters('stories')) {
      expect(textOf(page(`/stories/${story.id}/`), 'h1')).toContain(String(story.data['title']));
    }
  });

  it('ships no client JavaScript on content pages except the display-mode switch', () => {
    const story = frontmatters('stories')[0]!;
    for (const url of ['/', '/homes/jinan-steel-works/', `/stories/${story.id}/`]) {
      expect(scripts(page(url)), url).toEqual([MODE_SCRIPT]);
    }
  });
});
