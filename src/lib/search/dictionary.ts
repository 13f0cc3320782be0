/**
 * The dictionary the index and the query share (README.md beside this file):
 * words searched whole, each with an ASCII alias token that no segmenter
 * splits, and synonym groups, each with an alias of its own that stands for
 * any of its words. Pure and browser-safe.
 */
import { SITE_WORDS } from './words.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/** Prefix of a word's alias; nothing else on the site starts with it. */
export const ALIAS_PREFIX = 'zjw';
/** Prefix of a synonym group's alias. */
export const GROUP_ALIAS_PREFIX = 'zjs';
/** Any alias token, word or group: the prefix and 7 base-36 digits. */
export const ALIAS_PATTERN = 'zj[ws][0-9a-z]{7}';

function fnv1a(word: string): string {
  let h = 0x811c9dc5;
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    // hash the code point's bytes (up to 3), so the result does not depend on UTF-16
    for (let shift = 16; shift >= 0; shift -= 8) {
      h ^= (cp >>> shift) & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h.toString(36).padStart(7, '0');
}

/**
 * The ASCII token that stands for a dictionary word in the index: the prefix
 * and a 32-bit FNV-1a hash of the word in base 36, always 10 characters, so
 * no alias is the beginning of another (Pagefind matches by prefix).
 */
export function aliasOf(word: string): string {
  return ALIAS_PREFIX + fnv1a(word);
}

/** The token for a synonym group, named by its first word. */
export function groupAliasOf(firstWord: string): string {
  return GROUP_ALIAS_PREFIX + fnv1a(firstWord);
}

/** True when `token` is an alias, of a word or of a group (for tests and checks). */
export function isAlias(token: string): boolean {
  return new RegExp(`^${ALIAS_PATTERN}$`).test(token);
}

/** Alias tokens in a text (for checks of built output). */
export function aliasesIn(text: string): string[] {
  return text.match(new RegExp(ALIAS_PATTERN, 'g')) ?? [];
}

/** Words that mean the same to a searcher (content/search/synonyms.yaml), searched as one. */
export interface SynonymGroup {
  readonly alias: string;
  readonly words: readonly string[];
}

/** A dictionary with its lookup tables, made once per word list. */
export interface Dictionary {
  readonly words: readonly string[];
  /** words by their first character, longest first */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byAlias: ReadonlyMap<string, string>;
  /** the synonym group of a word that has one */
  readonly groupOf: ReadonlyMap<string, SynonymGroup>;
}

/** Longer dictionary words are not looked for in queries (the longest site word has 10 characters). */
export const MAX_WORD_CHARS = 24;

function checkWord(word: string) {
  if (Array.from(word).length > MAX_WORD_CHARS)
    throw new Error(`字典里的词“${word}”太长（最多 ${MAX_WORD_CHARS} 个字）`);
  if (!/^\p{Script=Han}+$/u.test(word)) throw new Error(`字典里的词“${word}”只能由汉字组成`);
}

/**
 * A dictionary of `words` and of every word in `synonyms` (groups of words
 * that mean the same). Throws, in Chinese, on a word that is not Han, too
 * long, in two groups, or whose alias another word already has.
 */
export function makeDictionary(words: readonly string[], synonyms: readonly (readonly string[])[] = []): Dictionary {
  const byFirst = new Map<string, string[]>();
  const byAlias = new Map<string, string>();
  const groupOf = new Map<string, SynonymGroup>();
  const groupAliases = new Map<string, string>();
  for (const list of synonyms) {
    const group = { alias: groupAliasOf(list[0] ?? ''), words: [...new Set(list)] };
    if (group.words.length < 2) continue;
    const clash = groupAliases.get(group.alias);
    if (clash !== undefined) throw new Error(`同义词组“${clash}”和“${list[0]}”的别名相同，请调换组内词语的顺序`);
    groupAliases.set(group.alias, list[0] ?? '');
    for (const word of group.words) {
      const other = groupOf.get(word);
      if (other) throw new Error(`“${word}”同时出现在两组同义词里（“${other.words[0]}”组和“${list[0]}”组）`);
      groupOf.set(word, group);
    }
  }
  for (const word of new Set([...words, ...groupOf.keys()])) {
    if (!word) continue;
    checkWord(word);
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
    const alias = aliasOf(word);
    const clash = byAlias.get(alias);
    if (clash !== undefined) throw new Error(`字典里“${clash}”和“${word}”的别名相同（${alias}），请改用别的词形`);
    byAlias.set(alias, word);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { words: [...byAlias.values()], byFirst, byAlias, groupOf };
}

let defaultDictionary: Dictionary | undefined;
/** The site's words (words.ts) without synonyms, built on first use. */
export function siteDictionary(): Dictionary {
  defaultDictionary ??= makeDictionary(SITE_WORDS);
  return defaultDictionary;
}

export interface WordMatch {
  word: string;
  /** UTF-16 offsets into the text */
  start: number;
  end: number;
}

/**
 * Every occurrence of every dictionary word in `text`, overlapping and nested
 * ones included (模范职工之家 also holds 职工之家), in order of position.
 */
export function findDictionaryWords(text: string, dict: Dictionary = siteDictionary()): WordMatch[] {
  const found: WordMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = dict.byFirst.get(String.fromCodePoint(text.codePointAt(i) ?? 0));
    if (!candidates) continue;
    for (const word of candidates) {
      if (text.startsWith(word, i)) found.push({ word, start: i, end: i + word.length });
    }
  }
  return found;
}

/**
 * The alias tokens to index for `text`, grouped by the end of the run of Han
 * characters that holds their words: one alias per occurrence of a
 * dictionary word, and one group alias per occurrence of a word that has
 * synonyms. The run itself stays whole, so Pagefind still indexes all of its
 * character pairs.
 */
export function indexAliases(text: string, dict: Dictionary = siteDictionary()): { end: number; tokens: string[] }[] {
  const groups: { end: number; tokens: string[] }[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    const tokens = findDictionaryWords(run, dict).flatMap((w) => {
      const group = dict.groupOf.get(w.word);
      return group ? [aliasOf(w.word), group.alias] : [aliasOf(w.word)];
    });
    if (tokens.length > 0) groups.push({ end: m.index + run.length, tokens });
  }
  return groups;
}

/** `text` with its alias tokens after each Han run, space-separated (what the index holds for it). */
export function markIndexText(text: string, dict: Dictionary = siteDictionary()): string {
  let out = '';
  let last = 0;
  for (const { end, tokens } of indexAliases(text, dict)) {
    out += `${text.slice(last, end)} ${tokens.join(' ')} `;
    last = end;
  }
  return out + text.slice(last);
}
