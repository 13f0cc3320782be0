/**
 * Readable excerpts (README.md beside this file). Pagefind's excerpt is HTML
 * whose text is its indexed content: words joined by zero-width spaces, a
 * "." after each Chinese heading or block, the alias tokens, and <mark>s
 * around single characters of a matched pair. The search island reads the
 * text out of that HTML with the browser's DOMParser; these functions tidy
 * the text and mark whole words. Pure and browser-safe.
 */
import { ALIAS_PATTERN } from './dictionary.ts';

// Aliases were put after a run of Chinese text with a space on each side:
// the space after them goes too, unless what follows is not Chinese.
const ALIASES = new RegExp(`(?:\\s*${ALIAS_PATTERN})+\\s?(?=(.|$))`, 'gu');

/** Takes out aliases and zero-width spaces, and turns the "." Pagefind adds after a Chinese block into "。". */
export function tidyText(text: string): string {
  return text
    .replace(/\u200b/g, '')
    .replace(/(\p{Script=Han}|[）”’」』】])\.(?:\s+|$)/gu, '$1。')
    .replace(ALIASES, (_all, next: string) => (/^[\p{Script=Han}\p{P}]$/u.test(next) && next !== '·' ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A run of excerpt text, marked when it is one of the words looked for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Splits `text` into parts, marking every whole occurrence of `words` (longest first, case-insensitive). */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (list.length === 0 || text === '') return text ? [{ text, mark: false }] : [];
  const pattern = new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
