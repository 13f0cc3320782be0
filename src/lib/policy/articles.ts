import { articleAnchor } from '../routes/urls.ts';

/** One numbered article of a policy document. */
export interface Article {
  /** 1-based article number. */
  number: number;
  /** Stable anchor, `art-5`. */
  anchor: string;
  /** Chinese ordinal as written, 五. */
  ordinal: string;
  /** The article's heading sentence. */
  heading: string;
  /** Paragraphs of the article's text. */
  paragraphs: string[];
}

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Reads a Chinese numeral from 一 to 九十九. */
export function chineseNumber(text: string): number | undefined {
  if (!text || [...text].some((c) => !(c in DIGITS))) return undefined;
  const chars = [...text];
  if (chars.length === 1) return DIGITS[chars[0]!];
  const ten = chars.indexOf('十');
  if (ten === -1 || chars.length > 3) return undefined;
  const tens = ten === 0 ? 1 : (DIGITS[chars[0]!] ?? 0);
  const ones = ten === chars.length - 1 ? 0 : (DIGITS[chars[ten + 1]!] ?? 0);
  return tens * 10 + ones;
}

/**
 * Splits a policy body into its preamble and numbered articles. Articles are
 * level-2 headings that start with a Chinese numeral and 、 (`## 五、...`).
 */
export function splitArticles(body: string): { preamble: string[]; articles: Article[] } {
  const preamble: string[] = [];
  const articles: Article[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^##\s+([一二三四五六七八九十]+)、(.+)$/.exec(text.split('\n')[0] ?? '');
    const number = heading ? chineseNumber(heading[1]!) : undefined;
    if (heading && number) {
      articles.push({
        number,
        anchor: articleAnchor(number),
        ordinal: heading[1]!,
        heading: heading[2]!.trim(),
        paragraphs: [],
      });
      const rest = text.split('\n').slice(1).join('\n').trim();
      if (rest) articles.at(-1)!.paragraphs.push(rest);
    } else if (articles.length) articles.at(-1)!.paragraphs.push(text.replace(/\n/g, ''));
    else preamble.push(text.replace(/\n/g, ''));
  }
  return { preamble, articles };
}
