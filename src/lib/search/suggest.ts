/**
 * Words to try when a search finds nothing: dictionary and synonym words
 * that share a pair of characters with the query (职工书房 → 职工书屋,
 * 职工之家), most shared first. Pure and browser-safe.
 */
import type { Dictionary } from './dictionary.ts';

function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  }
  return out;
}

/** Up to `limit` words related to `query`, not already in it. */
export function relatedWords(query: string, dict: Dictionary, limit = 6): string[] {
  const wanted = pairs(query);
  if (wanted.size === 0) return [];
  return dict.words
    .filter((w) => !query.includes(w))
    .map((word) => ({ word, shared: [...pairs(word)].filter((p) => wanted.has(p)).length }))
    .filter((w) => w.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.word.length - b.word.length || a.word.localeCompare(b.word, 'zh-CN'))
    .slice(0, limit)
    .map((w) => w.word);
}
