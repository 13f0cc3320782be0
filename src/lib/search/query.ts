/**
 * From what a person types to the terms Pagefind is asked for (README.md
 * beside this file). Pure and browser-safe.
 *
 * A query is cut into concepts: dictionary words, which become their alias,
 * and the pieces between them, which become overlapping character pairs
 * (工作室 → 工作 作室) when Pagefind keeps terms whole. Question words and
 * particles (怎么办, 如何, 什么是, 吗, 的) are left out. A word with synonyms
 * also carries its group's alias, which finds any word of the group.
 */
import { aliasOf, MAX_WORD_CHARS, siteDictionary, type Dictionary } from './dictionary.ts';

/**
 * Question words and sentence particles: they say how a person asks, not
 * what they look for, so they separate concepts like punctuation does.
 * Longest first, so 什么是 goes before 什么.
 */
export const QUESTION_WORDS: readonly string[] = [
  '可不可以',
  '是不是',
  '能不能',
  '有没有',
  '怎么办',
  '怎么样',
  '怎么做',
  '什么是',
  '是什么',
  '为什么',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '为何',
  '哪些',
  '哪里',
  '哪儿',
  '哪个',
  '哪家',
  '多少',
  '是否',
  '能否',
  '请问',
  '需要',
  '应该',
  '可以',
  '能够',
  '吗',
  '呢',
  '吧',
  '呀',
  '啊',
  '的',
].sort((a, b) => b.length - a.length);

/** Function characters dropped from the ends of a query piece of three or more characters. */
const PARTICLES = new Set([...'地得和与及或在里中们了是对把被给等要']);

/** Full-width ASCII (Ｐａｇｅ１) to half-width, and ideographic space to space. */
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** One thing the person looks for: a dictionary word, a run of other Han characters, or a Latin word. */
export interface Concept {
  /** as typed (normalised) */
  text: string;
  /** a dictionary word, another run of Han characters, or a Latin word or number */
  kind: 'word' | 'piece' | 'latin';
  /** the Pagefind terms that find a page containing it */
  terms: string[];
  /** for a word with synonyms: its group's alias, which finds a page containing any of them */
  synonymTerms?: string[];
}

export interface QueryPlan {
  concepts: Concept[];
  /** question words and particles left out, as typed */
  dropped: string[];
  /** what to highlight in results: the concepts as typed and their synonyms */
  highlight: string[];
}

export interface QueryOptions {
  dict?: Dictionary;
  /**
   * Whether Pagefind searches the terms as given: pass what
   * `initPagefindForSegmentedQueries` returned. Only then are Han pieces that
   * are not dictionary words cut into character pairs; otherwise (the
   * default, safe with a plain `pagefind.init()`) they are passed as typed,
   * which is what Pagefind does best when it splits queries itself.
   */
  termsKeptWhole?: boolean;
}

/** Overlapping character pairs of a piece, by code point (names may hold 𠮷). */
function pairsOf(chars: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** The concept for a Han piece that is not a dictionary word. */
export function pieceConcept(text: string, termsKeptWhole: boolean): Concept {
  const chars = Array.from(text);
  return { text, kind: 'piece', terms: termsKeptWhole && chars.length > 1 ? [...new Set(pairsOf(chars))] : [text] };
}

/** Splits the query at question words: the parts between them, and what was left out. */
function dropQuestionWords(text: string, dict: Dictionary): { parts: string[]; dropped: string[] } {
  const parts: string[] = [];
  const dropped: string[] = [];
  let part = '';
  for (let i = 0; i < text.length;) {
    // a dictionary word that starts here is kept whole, even if it starts like a question word
    const word = dict.byFirst.get(String.fromCodePoint(text.codePointAt(i) ?? 0))?.find((w) => text.startsWith(w, i));
    if (word) {
      part += word;
      i += word.length;
      continue;
    }
    const question = QUESTION_WORDS.find((q) => text.startsWith(q, i));
    if (question) {
      parts.push(part);
      part = '';
      dropped.push(question);
      i += question.length;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    part += ch;
    i += ch.length;
  }
  parts.push(part);
  return { parts: parts.filter(Boolean), dropped };
}

/**
 * Splits a query into concepts. Each Han run is cut into dictionary words,
 * longest first from the left; each piece between them is one concept.
 * Particles (的, 里, 们…) at the ends of a longer piece, and one-character
 * pieces next to a dictionary word, are dropped; a query of one character
 * stays as it is. Other text (Latin, digits) is kept as typed, lower-cased.
 * Punctuation, spaces and question words separate concepts.
 */
export function planQuery(query: string, options: QueryOptions = {}): QueryPlan {
  const dict = options.dict ?? siteDictionary();
  const kept = options.termsKeptWhole ?? false;
  const concepts: Concept[] = [];
  const singles: string[] = [];
  const add = (c: Concept) => {
    if (!concepts.some((o) => o.text === c.text)) concepts.push(c);
  };
  const text = halfWidth(query.normalize('NFKC')).toLowerCase();
  const { parts, dropped } = dropQuestionWords(text, dict);
  for (const run of parts.flatMap((p) => p.match(/\p{Script=Han}+|[\p{L}\p{N}_]+/gu) ?? [])) {
    if (!/\p{Script=Han}/u.test(run)) {
      add({ text: run, kind: 'latin', terms: [run] });
      continue;
    }
    const chars = Array.from(run);
    let piece: string[] = [];
    const flush = () => {
      // 济南的工作室: the particle is not part of what is looked for
      while (piece.length > 2 && PARTICLES.has(piece[0] ?? '')) piece.shift();
      while (piece.length > 2 && PARTICLES.has(piece[piece.length - 1] ?? '')) piece.pop();
      if (piece.length === 1) singles.push(piece[0] ?? '');
      else if (piece.length > 1) add(pieceConcept(piece.join(''), kept));
      piece = [];
    };
    for (let i = 0; i < chars.length;) {
      const rest = chars.slice(i, i + MAX_WORD_CHARS).join('');
      const word = dict.byFirst.get(chars[i] ?? '')?.find((w) => rest.startsWith(w));
      if (word) {
        flush();
        const group = dict.groupOf.get(word);
        add({ text: word, kind: 'word', terms: [aliasOf(word)], ...(group ? { synonymTerms: [group.alias] } : {}) });
        i += Array.from(word).length;
      } else {
        piece.push(chars[i] ?? '');
        i++;
      }
    }
    flush();
  }
  // one-character pieces only count when the query has nothing else
  if (concepts.length === 0) for (const single of singles) add({ text: single, kind: 'piece', terms: [single] });
  const highlight = concepts.flatMap((c) => {
    const group = dict.groupOf.get(c.text);
    return group ? [c.text, ...group.words] : [c.text];
  });
  return { concepts, dropped, highlight: [...new Set(highlight)] };
}

/** The string to give `pagefind.search()` for these concepts: every term, once; with `synonyms`, group aliases in place of words. */
export function pagefindQuery(concepts: readonly Concept[], synonyms = false): string {
  const terms = concepts.flatMap((c) => (synonyms && c.synonymTerms ? c.synonymTerms : c.terms));
  return [...new Set(terms)].join(' ');
}

/**
 * The Pagefind searches a plan starts with, as `pagefind.search()` strings: the exact one and, when a
 * concept has synonyms, the wider one. What the search page preloads (Pagefind's `preload`) so their
 * index chunks load while the reader types.
 */
export function plannedSearches(plan: QueryPlan): string[] {
  if (plan.concepts.length === 0) return [];
  const exact = pagefindQuery(plan.concepts);
  return hasSynonyms(plan) ? [exact, pagefindQuery(plan.concepts, true)] : [exact];
}

/** Whether any concept has synonyms (then a second, wider search is worth running). */
export function hasSynonyms(plan: QueryPlan): boolean {
  return plan.concepts.some((c) => c.synonymTerms);
}

/**
 * Smaller concepts for a search that found nothing: each piece that is not
 * a dictionary word is cut again into words (Intl.Segmenter), so a page
 * holding some of them can still be offered. Dictionary words and Latin
 * words stay as they are; one-character words are dropped.
 */
export function fallbackConcepts(plan: QueryPlan, termsKeptWhole: boolean): Concept[] {
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  const out: Concept[] = [];
  for (const c of plan.concepts) {
    const isPiece = c.kind === 'piece';
    const words = isPiece && segmenter ? [...segmenter.segment(c.text)].map((s) => s.segment) : [c.text];
    const long = words.filter((w) => Array.from(w).length > 1);
    if (!isPiece || long.length < 2) out.push(c);
    else for (const w of long) out.push(pieceConcept(w, termsKeptWhole));
  }
  return out;
}
