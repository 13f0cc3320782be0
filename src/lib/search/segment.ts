/**
 * Chinese search terms for Pagefind: the site's own dictionary, and the pieces
 * that build-time indexing and the browser query share (README.md beside this
 * file explains why, with measurements).
 *
 * In short: Pagefind 1.6 indexes every pair of adjacent Han characters as a
 * word, but the browser splits a query with Intl.Segmenter (ICU) before
 * looking it up, and the pieces it makes (书屋 → 书 + 屋) often miss. So:
 * - at build time, every dictionary word found in the indexed text gets a
 *   hidden ASCII "alias" token beside it (`markIndexText`), which no
 *   segmenter splits;
 * - in the browser, `segmentQuery` turns a dictionary word into its alias and
 *   the rest of a Han run into overlapping two-character words (bigrams),
 *   and `initPagefindForSegmentedQueries` starts Pagefind so that it does not
 *   split those terms again;
 * - `tidyExcerpt` takes the aliases out of excerpts and highlights whole words.
 *
 * Pure and browser-safe: no Node APIs, no DOM access except through the
 * element passed to `initPagefindForSegmentedQueries`.
 */

/** The programme's vocabulary (DOMAIN.md), as searchers type it. */
export const DOMAIN_WORDS: readonly string[] = [
  // homes, standards and levels (art. 2, 5)
  '职工之家',
  '网上职工之家',
  '模范职工之家',
  '先进职工之家',
  '合格职工之家',
  '基层工会',
  '单位性质',
  '非公企业',
  '机关事业',
  '国有集体',
  '八有',
  '六有',
  '活动场所',
  '统一标识',
  '文体设施',
  '职工书屋',
  '管理制度',
  '活动计划',
  '经费保障',
  '人员管理',
  '一体化',
  '菜单式服务',
  // coverage (art. 1)
  '八大领域',
  '两新组织',
  '各类园区',
  '特色小镇',
  '创业平台',
  '楼宇商圈',
  '专业市场',
  '货运物流',
  '合作经济组织',
  '八大群体',
  '货车驾驶员',
  '物流快递员',
  '护工护理员',
  '家政服务员',
  '商场信息员',
  '网约送餐员',
  '房产中介员',
  '保安保洁员',
  '建会率',
  '入会率',
  '工作台账',
  // people (art. 3, 4, 5)
  '直选八步',
  '第一主席',
  '工会主席',
  '工会副主席',
  '工会干部',
  '工会社会工作者',
  '工会社会工作专业人才',
  '双争',
  '娘家人',
  '十佳',
  // honours (art. 5)
  '富民兴鲁劳动奖状',
  '富民兴鲁劳动奖章',
  '五一劳动奖状',
  '五一劳动奖章',
  '劳动奖状',
  '劳动奖章',
  '办实事',
  '公开承诺',
  '会员评家满意度',
  '满意度',
  '命名单位',
  '整顿',
  '复审',
  // training (art. 6)
  '学时',
  '培训天数',
  '网上培训',
  '法律',
  '劳动关系协调',
  '职业安全与卫生',
  '心理咨询',
  '工会业务',
  // lecture hall and stories (art. 7, 10)
  '新时代文明传习所',
  '传习所',
  '四个讲解',
  '典型案例',
  '先进典型',
  // bodies
  '总工会',
  '山东省总工会',
  '省总工会',
  '市总工会',
  '山东',
];

/** Shandong's 16 prefecture-level cities, without 市 (a query may omit it). */
export const CITY_NAMES: readonly string[] = [
  '济南',
  '青岛',
  '淄博',
  '枣庄',
  '东营',
  '烟台',
  '潍坊',
  '济宁',
  '泰安',
  '威海',
  '日照',
  '临沂',
  '德州',
  '聊城',
  '滨州',
  '菏泽',
];

/** Every word that is searched whole: domain words and city names, no repeats. */
export const DICTIONARY: readonly string[] = [...new Set([...DOMAIN_WORDS, ...CITY_NAMES])];

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Prefix of every alias token; nothing else on the site starts with it. */
export const ALIAS_PREFIX = 'zjw';
const ALIAS_LENGTH = ALIAS_PREFIX.length + 7;
const ALIAS_TOKEN = new RegExp(`${ALIAS_PREFIX}[0-9a-z]{7}`, 'g');

/**
 * The ASCII token that stands for a dictionary word in the index: the prefix
 * and a 32-bit FNV-1a hash of the word in base 36, always 10 characters, so
 * no alias is the beginning of another (Pagefind matches by prefix).
 */
export function aliasOf(word: string): string {
  let h = 0x811c9dc5;
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    // hash the code point's bytes (up to 3), so the result does not depend on UTF-16
    for (let shift = 16; shift >= 0; shift -= 8) {
      h ^= (cp >>> shift) & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return ALIAS_PREFIX + h.toString(36).padStart(7, '0');
}

/** A dictionary with its lookup tables, made once per word list. */
export interface Dictionary {
  readonly words: readonly string[];
  /** words by their first character, longest first */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  readonly byAlias: ReadonlyMap<string, string>;
}

/** Longer dictionary words are not looked for in queries (the longest site word has 10 characters). */
const MAX_WORD_CHARS = 24;

export function makeDictionary(words: readonly string[]): Dictionary {
  const byFirst = new Map<string, string[]>();
  const byAlias = new Map<string, string>();
  for (const word of new Set(words)) {
    if (!word) continue;
    if (Array.from(word).length > MAX_WORD_CHARS)
      throw new Error(`字典里的词“${word}”太长（最多 ${MAX_WORD_CHARS} 个字）`);
    if (!/^\p{Script=Han}+$/u.test(word)) throw new Error(`字典里的词“${word}”只能由汉字组成`);
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
  return { words: [...byAlias.values()], byFirst, byAlias };
}

let defaultDictionary: Dictionary | undefined;
/** The site's dictionary (DICTIONARY), built on first use. */
export function siteDictionary(): Dictionary {
  defaultDictionary ??= makeDictionary(DICTIONARY);
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
 * The text Pagefind should index: after every run of Han characters that
 * holds dictionary words, the words' aliases, space-separated. The run itself
 * is left whole, so Pagefind still indexes all of its character pairs.
 * Text without dictionary words comes back unchanged.
 */
export function markIndexText(text: string, dict: Dictionary = siteDictionary()): string {
  const aliases = indexAliases(text, dict);
  if (aliases.length === 0) return text;
  let out = '';
  let last = 0;
  for (const { end, tokens } of aliases) {
    out += `${text.slice(last, end)} ${tokens.join(' ')} `;
    last = end;
  }
  return out + text.slice(last);
}

/** The aliases `markIndexText` adds, grouped by the end of their Han run. */
export function indexAliases(text: string, dict: Dictionary = siteDictionary()): { end: number; tokens: string[] }[] {
  const groups: { end: number; tokens: string[] }[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    const matches = findDictionaryWords(run, dict);
    if (matches.length === 0) continue;
    groups.push({ end: m.index + run.length, tokens: matches.map((w) => aliasOf(w.word)) });
  }
  return groups;
}

/** Every dictionary word in `text` as alias tokens, one per occurrence (for text that is indexed elsewhere). */
export function aliasTokens(text: string, dict: Dictionary = siteDictionary()): string[] {
  return indexAliases(text, dict).flatMap((g) => g.tokens);
}

/** Function characters dropped from the ends of a query piece of three or more characters. */
const PARTICLES = new Set([...'的地得和与及或在里中们了是对把被给等']);

/** Full-width ASCII (Ｐａｇｅ１) to half-width, and ideographic space to space. */
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export interface QueryTerms {
  /** dictionary words found in the query (longest first, left to right) */
  words: string[];
  /** the terms to give Pagefind, in query order, no repeats */
  terms: string[];
  /** what to highlight in results: the dictionary words, the other Han pieces and Latin words, as typed */
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

/**
 * Splits a query into Pagefind terms. Each Han run is cut into dictionary
 * words, longest first from the left, which become their aliases; each piece
 * between them becomes its overlapping character pairs (工作室 → 工作 作室)
 * when Pagefind keeps terms whole (`termsKeptWhole`), or stays as typed.
 * Particles (的, 里, 们…) at the ends of a longer piece, and one-character
 * pieces next to a dictionary word, are dropped; a query of one character
 * stays as it is. Other text (Latin, digits) is kept as
 * typed, lower-cased. Punctuation and spaces separate terms.
 */
export function queryTerms(query: string, options: QueryOptions = {}): QueryTerms {
  const dict = options.dict ?? siteDictionary();
  const pairs = options.termsKeptWhole ?? false;
  const words: string[] = [];
  const terms: string[] = [];
  const highlight: string[] = [];
  const add = (term: string) => {
    if (!terms.includes(term)) terms.push(term);
  };
  const text = halfWidth(query.normalize('NFKC')).toLowerCase();
  const runs = text.match(/\p{Script=Han}+|[\p{L}\p{N}_]+/gu) ?? [];
  const singles: string[] = [];
  for (const run of runs) {
    if (!HAN.test(run)) {
      add(run);
      highlight.push(run);
      continue;
    }
    // by code point: names may hold characters outside the BMP (𠮷)
    const chars = Array.from(run);
    let piece: string[] = [];
    const flush = () => {
      // 济南的工作室: the particle is not part of what is looked for
      while (piece.length > 2 && PARTICLES.has(piece[0] ?? '')) piece.shift();
      while (piece.length > 2 && PARTICLES.has(piece[piece.length - 1] ?? '')) piece.pop();
      if (piece.length === 1) singles.push(piece[0] ?? '');
      else if (piece.length > 1) {
        highlight.push(piece.join(''));
        if (pairs) for (let i = 0; i + 1 < piece.length; i++) add(`${piece[i]}${piece[i + 1]}`);
        else add(piece.join(''));
      }
      piece = [];
    };
    for (let i = 0; i < chars.length;) {
      const rest = chars.slice(i, i + MAX_WORD_CHARS).join('');
      const word = dict.byFirst.get(chars[i] ?? '')?.find((w) => rest.startsWith(w));
      if (word) {
        flush();
        words.push(word);
        highlight.push(word);
        add(aliasOf(word));
        i += Array.from(word).length;
      } else {
        piece.push(chars[i] ?? '');
        i++;
      }
    }
    flush();
  }
  // one-character pieces only count when the query has nothing else
  if (terms.length === 0) {
    for (const single of singles) add(single);
    highlight.push(...singles);
  }
  return { words, terms, highlight: [...new Set(highlight)] };
}

/** `queryTerms(query).terms` as the string to pass to `pagefind.search()`. */
export function segmentQuery(query: string, options: QueryOptions = {}): string {
  return queryTerms(query, options).terms.join(' ');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Makes a Pagefind excerpt (or sub-result excerpt) readable again: takes out
 * the alias tokens and the zero-width spaces Pagefind puts between Chinese
 * words, turns the "." Pagefind adds after a Chinese heading into "。", and
 * replaces Pagefind's highlighting, which marks single characters of a
 * matched pair, with `<mark>` around whole occurrences of `highlight`
 * (`queryTerms(q).highlight`). The excerpt is HTML from Pagefind (text
 * escaped); so is the result.
 */
export function tidyExcerpt(excerpt: string, highlight: readonly string[] = []): string {
  let out = excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/\u200b/g, '')
    .replace(/(\p{Script=Han})\. /gu, '$1。')
    // aliases always follow Chinese text, so the spaces around them go too
    .replace(new RegExp(`\\s*${ALIAS_PREFIX}[0-9a-z]{7}\\s*`, 'g'), '');
  const words = [...new Set(highlight.map((w) => escapeHtml(w)))].filter(Boolean).sort((x, y) => y.length - x.length);
  if (words.length > 0) {
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
    // only in text, never inside an entity or a tag
    out = out.replace(
      /(<[^>]*>|&[#\w]+;)|([^<&]+)/g,
      (_all, keep: string | undefined, text: string | undefined) =>
        keep ?? (text ?? '').replace(pattern, (w) => `<mark>${w}</mark>`),
    );
  }
  return out;
}

/** The part of Pagefind's browser API (`pagefind.js`) that `initPagefindForSegmentedQueries` uses. */
export interface PagefindInit {
  init(): Promise<unknown>;
  search(term: string): Promise<{ results: readonly unknown[] } | null>;
}

/** The language Pagefind is told the page has while it starts: one it does not split words for. */
export const UNSPLIT_LANGUAGE = 'zxx';

/**
 * A query that finds pages only when Pagefind splits it (ꙮ | 的: the unknown
 * Cyrillic word is dropped, 的 is on every Chinese page) and nothing when it
 * keeps it whole (no word starts with ꙮ).
 */
export const SPLIT_PROBE = 'ꙮ的';

/**
 * Starts Pagefind so that it searches `segmentQuery`'s terms as given, and
 * says whether that worked (pass the answer to `segmentQuery` as
 * `termsKeptWhole`).
 *
 * Pagefind reads the page's `<html lang>` once, when it starts, and for
 * zh/ja/th pages splits every query with Intl.Segmenter, which would cut the
 * character pairs apart again (书屋 → 书 + 屋). So the attribute is set to
 * `zxx` for the moment Pagefind reads it and put back at once, before this
 * function awaits anything; Pagefind then falls back to its only (Chinese)
 * index. A probe search (`SPLIT_PROBE`) then checks that the terms really are
 * kept whole. Call it after `pagefind.options()` and before any other search,
 * preload or filters call, passing `document.documentElement`.
 *
 * If a later Pagefind ignores the trick, the answer is false and searches
 * still work: dictionary words are aliases, which no segmenter splits; only
 * other words fall back to Pagefind's own recall (README.md).
 */
export async function initPagefindForSegmentedQueries(
  pagefind: PagefindInit,
  root: { lang: string },
  probe = true,
): Promise<boolean> {
  const lang = root.lang;
  root.lang = UNSPLIT_LANGUAGE;
  let started: Promise<unknown>;
  try {
    started = pagefind.init();
  } finally {
    root.lang = lang;
  }
  await started;
  if (!probe) return true;
  const found = await pagefind.search(SPLIT_PROBE);
  return (found?.results.length ?? 0) === 0;
}

// ---------------------------------------------------------------------------
// HTML: the same marking applied to a built page, before Pagefind reads it.

/** Elements Pagefind ends a sentence at (it adds a space around them). */
const BLOCK_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/** Elements whose content is not text. */
const RAW_TAGS = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'svg', 'math']);
const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const HEADING_WEIGHT: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };

interface OpenElement {
  name: string;
  ignored: boolean;
  /** set on elements whose text Pagefind also uses as a title, meta, filter or sort value */
  pending?: string[];
  weight?: string;
  /** index of the token that closes the element */
  closedAt?: number;
}

function attributeNames(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  const body = tag.replace(/^<\/?[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) attrs.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** A simple selector (`tag`, `.class`, `#id`, `[attr]`, `[attr=value]`, or these combined) tested against one tag. */
function matchesSimpleSelector(selector: string, name: string, attrs: Map<string, string>): boolean {
  const parts = /^([a-z0-9-]*|\*)((?:[.#][\w-]+|\[[^\]]+\])*)$/i.exec(selector.trim());
  if (!parts) return false;
  const [, tag = '', rest = ''] = parts;
  if (tag && tag !== '*' && tag.toLowerCase() !== name) return false;
  for (const m of rest.matchAll(/([.#])([\w-]+)|\[([^\]=]+)(?:=["']?([^"'\]]*)["']?)?\]/g)) {
    if (m[1] === '.') {
      if (!(attrs.get('class') ?? '').split(/\s+/).includes(m[2] ?? '')) return false;
    } else if (m[1] === '#') {
      if (attrs.get('id') !== m[2]) return false;
    } else {
      const value = attrs.get((m[3] ?? '').trim().toLowerCase());
      if (value === undefined || (m[4] !== undefined && value !== m[4])) return false;
    }
  }
  return true;
}

export interface MarkHtmlOptions {
  dict?: Dictionary;
  /** selectors Pagefind is told to skip (simple selectors only: tag, .class, #id, [attr]) */
  excludeSelectors?: readonly string[];
}

interface Token {
  text: boolean;
  value: string;
  /** text tokens with the same flow are joined by Pagefind without a space */
  flow: number;
  /** text that Pagefind does not index */
  skip: boolean;
  owner?: OpenElement;
}

/**
 * A built page with alias tokens added for Pagefind (`markIndexText` on its
 * text). Han runs are found across inline markup the way Pagefind joins them.
 * Text inside headings and inside elements whose text Pagefind also shows
 * (data-pagefind-meta, -filter, -sort) is left as it is; its aliases follow
 * the element in a `<span>` (with the heading's weight), so titles, filters
 * and sub-result headings stay clean. Scripts, styles, the head and ignored
 * elements (data-pagefind-ignore, `excludeSelectors`) are untouched.
 */
export function markIndexHtml(html: string, options: MarkHtmlOptions = {}): string {
  const dict = options.dict ?? siteDictionary();
  const exclude = options.excludeSelectors ?? [];
  const tokens: Token[] = [];
  const stack: OpenElement[] = [];
  const holders: OpenElement[] = [];
  let flow = 0;
  let i = 0;
  const other = (value: string) => tokens.push({ text: false, value, flow, skip: true });
  while (i < html.length) {
    if (html[i] !== '<') {
      const next = html.indexOf('<', i);
      const end = next === -1 ? html.length : next;
      const skip = stack.some((e) => e.ignored) || !stack.some((e) => e.name === 'body');
      const owner = stack.find((e) => e.pending !== undefined);
      tokens.push({ text: true, value: html.slice(i, end), flow, skip, ...(owner ? { owner } : {}) });
      i = end;
      continue;
    }
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end === -1 ? html.length : end + 3;
      other(html.slice(i, stop));
      i = stop;
      continue;
    }
    const nameMatch = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(i, i + 80));
    if (html[i + 1] === '!' || html[i + 1] === '?' || !nameMatch) {
      // doctype, processing instruction, or a '<' that starts no tag
      const end = nameMatch ? -1 : html[i + 1] === '!' || html[i + 1] === '?' ? html.indexOf('>', i) : i;
      const stop = end === -1 ? html.length : end + 1;
      other(html.slice(i, stop));
      i = stop;
      continue;
    }
    // the end of the tag, skipping quoted attribute values
    let j = i + nameMatch[0].length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const tag = html.slice(i, j + 1);
    i = j + 1;
    const closing = nameMatch[1] === '/';
    const name = (nameMatch[2] ?? '').toLowerCase();
    if (BLOCK_TAGS.has(name)) flow++;
    other(tag);
    if (BLOCK_TAGS.has(name)) flow++;
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at === -1) continue;
      for (const e of stack.splice(at)) e.closedAt ??= tokens.length - 1;
      continue;
    }
    if (VOID_TAGS.has(name) || tag.endsWith('/>')) continue;
    const attrs = attributeNames(tag);
    const element: OpenElement = {
      name,
      ignored:
        name === 'head' ||
        attrs.has('data-pagefind-ignore') ||
        exclude.some((s) => matchesSimpleSelector(s, name, attrs)),
    };
    const shown =
      name in HEADING_WEIGHT ||
      attrs.has('data-pagefind-meta') ||
      attrs.has('data-pagefind-filter') ||
      attrs.has('data-pagefind-sort');
    if (shown && !stack.some((e) => e.pending !== undefined)) {
      element.pending = [];
      const weight = attrs.get('data-pagefind-weight') ?? HEADING_WEIGHT[name];
      if (weight !== undefined) element.weight = weight;
      holders.push(element);
    }
    stack.push(element);
    if (RAW_TAGS.has(name)) {
      // the element's content is copied untouched
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = close === -1 ? html.length : close;
      other(html.slice(i, stop));
      i = stop;
    }
  }

  // Han runs per flow, across its text tokens
  const inserts = new Map<number, { offset: number; text: string }[]>();
  let k = 0;
  while (k < tokens.length) {
    const f = tokens[k]?.flow;
    const members: number[] = [];
    for (; k < tokens.length && tokens[k]?.flow === f; k++) {
      const t = tokens[k];
      if (t?.text && !t.skip) members.push(k);
    }
    if (members.length === 0) continue;
    const starts: number[] = [];
    let joined = '';
    for (const m of members) {
      starts.push(joined.length);
      joined += tokens[m]?.value ?? '';
    }
    for (const group of indexAliases(joined, dict)) {
      // the text token that holds the run's last character
      let at = members.length - 1;
      while (at > 0 && (starts[at] ?? 0) >= group.end) at--;
      const index = members[at] ?? 0;
      const owner = tokens[index]?.owner;
      if (owner?.pending) owner.pending.push(...group.tokens);
      else {
        const list = inserts.get(index) ?? [];
        list.push({ offset: group.end - (starts[at] ?? 0), text: ` ${group.tokens.join(' ')} ` });
        inserts.set(index, list);
      }
    }
  }
  const after = new Map<number, string>();
  for (const h of holders) {
    if (!h.pending?.length || h.closedAt === undefined) continue;
    const weight = h.weight === undefined ? '' : ` data-pagefind-weight="${h.weight}"`;
    after.set(h.closedAt, `${after.get(h.closedAt) ?? ''}<span${weight}> ${h.pending.join(' ')} </span>`);
  }

  let out = '';
  tokens.forEach((t, index) => {
    let last = 0;
    for (const { offset, text } of inserts.get(index) ?? []) {
      out += t.value.slice(last, offset) + text;
      last = offset;
    }
    out += t.value.slice(last) + (after.get(index) ?? '');
  });
  return out;
}

/** True when `token` looks like an alias (for tests and checks). */
export function isAlias(token: string): boolean {
  return token.length === ALIAS_LENGTH && new RegExp(`^${ALIAS_PREFIX}[0-9a-z]{7}$`).test(token);
}

/** Alias tokens in a text (for checks of built output). */
export function aliasesIn(text: string): string[] {
  return text.match(ALIAS_TOKEN) ?? [];
}
