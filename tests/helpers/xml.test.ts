import { describe, expect, it } from 'vitest';
import { childText, parseXml } from './xml.ts';

describe('parseXml', () => {
  it('reads elements, attributes, entities, CDATA and comments', () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="1" y='&lt;2&gt;'><b>职工 &amp; 之家 &#x1F600;&#65;</b><c/><d><![CDATA[<raw> & ]]></d></a>\n`,
    );
    expect(root).toMatchObject({ name: 'a', attrs: { x: '1', y: '<2>' } });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c', 'd']);
    expect(childText(root, 'b')).toBe('职工 & 之家 😀A');
    expect(childText(root, 'd')).toBe('<raw> & ');
  });
  it.each([
    ['<a><b></a></b>', /closing tag/],
    ['<a>1 & 2</a>', /'&'/],
    ['<a>&nbsp;</a>', /entity/],
    ['<a><b></b>', /closed/],
    ['<a/><b/>', /2 root/],
    ['text<a/>', /line 1/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a x=1/>', /line 1/],
    ['<a/>\n<?xml version="1.0"?>', /declaration/],
    ['', /line 1|root/],
  ])('refuses %s', (xml, error) => expect(() => parseXml(xml)).toThrow(error));
});
