import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './links.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zgzj-links-'));
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), html);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts links to pages, files and anchors that exist', () => {
    const dir = site({
      'index.html':
        '<a href="/a/">a</a><a href="/a/#x">x</a><img src="/i.png" alt=""><a href="https://e.cn" rel="noopener noreferrer">e</a>',
      'a/index.html': '<h2 id="x">x</h2>',
      'i.png': '',
    });
    expect(checkLinks(dir)).toEqual([]);
  });
  it('reports a missing page, a missing anchor, a missing srcset image and an unsafe external link', () => {
    const dir = site({
      'index.html':
        '<a href="/nope/">n</a><a href="/a/#y">y</a><img srcset="/s.webp 480w, /t.webp 800w" alt=""><a href="https://e.cn">e</a>',
      'a/index.html': '<h2 id="x">x</h2>',
      's.webp': '',
    });
    expect(checkLinks(dir).map((b) => [b.target, b.reason])).toEqual([
      ['/nope/', '目标不存在'],
      ['/a/#y', '锚点不存在'],
      ['/t.webp', '目标不存在'],
      ['https://e.cn', '外部链接缺少 rel="noopener noreferrer"'],
    ]);
  });
});
