import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from '../content/source.ts';
import { splitArticles } from '../policy/articles.ts';
import { AWARD_RULES, RULES_ORIGIN, RULE_IDS } from './catalogue.ts';

const policy = readFileSync(path.resolve(import.meta.dirname, '../../../content/policies/ten-opinions.md'), 'utf8');
const { articles } = splitArticles(parseMarkdownSource(policy).body);
const squash = (s: string) => s.replace(/\s+/g, '');

describe('the R1-R9 catalogue', () => {
  it('has every rule once, in order, with an article that exists on the policy page', () => {
    expect(Object.keys(AWARD_RULES)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      const rule = AWARD_RULES[id];
      expect(rule.id).toBe(id);
      expect(articles.map((a) => a.anchor)).toContain(rule.anchor);
      expect(rule.article).toBe(`第${articles.find((a) => a.anchor === rule.anchor)!.ordinal}条`);
    }
  });

  it('quotes the policy’s own words, each piece found in the article it cites', () => {
    for (const id of RULE_IDS) {
      const rule = AWARD_RULES[id];
      const article = squash(articles.find((a) => a.anchor === rule.anchor)!.paragraphs.join(''));
      for (const piece of rule.policyWords.split('……').filter((p) => p.length > 1)) {
        expect(article, `${id}: ${piece}`).toContain(squash(piece).replace(/。$/, ''));
      }
    }
  });

  it('names one origin for all nine rules, the policy by its own title', () => {
    for (const id of RULE_IDS)
      expect([AWARD_RULES[id].article, AWARD_RULES[id].anchor]).toEqual([RULES_ORIGIN.article, RULES_ORIGIN.anchor]);
    expect(RULES_ORIGIN.policy).toBe(`《${String((parseMarkdownSource(policy).data as { title?: unknown }).title)}》`);
  });
});
