import { describe, expect, it } from 'vitest';
import { splitSlides } from './slides.ts';

describe('splitSlides', () => {
  it('makes one slide per level-2 heading, the heading first', () => {
    const slides = splitSlides(
      '<h2 id="a">讲什么</h2>\n<p>一</p>\n<blockquote><p>讲解提示：二</p></blockquote>\n<h2 id="b">怎么讲 &amp; <em>为什么</em></h2>\n<h3>小节</h3><p>三</p>',
    );
    expect(slides.map((s) => s.title)).toEqual(['讲什么', '怎么讲 & 为什么']);
    expect(slides[0]!.html).toBe('<h2 id="a">讲什么</h2>\n<p>一</p>\n<blockquote><p>讲解提示：二</p></blockquote>');
    expect(slides[1]!.html).toContain('<h3>小节</h3><p>三</p>');
  });

  it('keeps what comes before the first heading as an opening slide', () => {
    const slides = splitSlides('<p>开场白</p>\n<h2>第一节</h2><p>正文</p>');
    expect(slides).toEqual([
      { title: '', html: '<p>开场白</p>' },
      { title: '第一节', html: '<h2>第一节</h2><p>正文</p>' },
    ]);
  });

  it('gives a lecture without headings one slide, and an empty one none', () => {
    expect(splitSlides('<p>只有一段</p>')).toEqual([{ title: '', html: '<p>只有一段</p>' }]);
    expect(splitSlides('  \n')).toEqual([]);
  });

  it('does not split at a level-3 heading or at text that only mentions h2', () => {
    const slides = splitSlides('<h2>甲</h2><h3>乙</h3><p>&lt;h2&gt; 不是标题</p><header>丙</header>');
    expect(slides).toHaveLength(1);
  });
});
