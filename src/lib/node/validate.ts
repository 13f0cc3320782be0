import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import type { Entries, SourceFile } from '../content/check.ts';
import { formatProblem, sortProblems, type Problem } from '../content/problem.ts';
import { coverageProblems } from '../coverage/read.ts';
import { checkEditorial } from '../guards/editorial.ts';
import { checkGuards } from '../guards/index.ts';
import { checkPrivacy } from '../guards/privacy.ts';
import { synonymsProblems } from '../search/synonyms-file.ts';
import { captionProblems, imageReferences, sizeProblems } from './checks.ts';
import { checkGlyphs, printedTexts } from './glyphs.ts';
import { checkImages } from './images.ts';
import { imageSizer, loadContent, shownPath } from './read-content.ts';
import { checkSiteConfig, todayInChina } from './site-config.ts';
import { validationCacheFor, type ValidationCache } from './validation-cache.ts';

export interface ValidateOptions {
  format: 'text' | 'json';
  /** Where to print (defaults to the console). */
  print?: (line: string) => void;
  /** The day award deadlines and re-reviews are judged on, `YYYY-MM-DD`; defaults to the site's asOf, else today in China. */
  today?: string;
  /** Keep each file's checks and reuse them while it is unchanged (validation-cache.ts); builds do. */
  cache?: boolean;
  /** Receives the checked entries, so that a build's later steps need not read the content again. */
  onEntries?: (entries: Entries) => void;
  /** With a cache: receives the keys (validation-cache.ts) of the files whose own checks (allow-list, privacy, size) found nothing. */
  onPassed?: (keys: string[]) => void;
  /** With a cache: receives its saving instead of saving it at once (a build saves it while Astro runs). */
  saveLater?: (save: () => void) => void;
}

/** What validating a content folder found. */
export interface ValidationResult {
  root: string;
  today: string;
  entries: number;
  awards: number;
  /** Files that could not be read at all (not UTF-8, not YAML, no frontmatter). */
  unreadable: string[];
  /** True when unreadable award data (homes, people, honours) kept the award rules from running. */
  rulesSkipped: boolean;
  /** Format and content problems first (the root causes), then the award rules'; warnings last. */
  problems: Problem[];
  /** With a cache: files whose own checks were reused, and files checked again. */
  files?: { reused: number; checked: number };
  /** How long the award rules R1-R9 took over all awards, ms. */
  rulesMs?: number;
}

const AWARD_DATA = new Set(['homes', 'people', 'honors']);

/** Problems of one file read on its own: personal information, the MDX/Markdown allow-list, its size. */
export function fileProblems(f: SourceFile, allowedEmailDomains: readonly string[]): Problem[] {
  if (f.text === undefined) return [];
  return [...checkGuards([f], { allowedEmailDomains }), ...sizeProblems(f.file, Buffer.byteLength(f.text))];
}

/**
 * Checks the content under `root`: site.yaml, every file (encoding, YAML,
 * schema, allow-list, privacy, size), references, images, printed
 * characters, then the award rules on every award that could be read.
 */
export async function validateContent(
  root: string,
  options: {
    today?: string;
    cache?: ValidationCache;
    onEntries?: (entries: Entries) => void;
    onPassed?: (keys: string[]) => void;
    saveLater?: (save: () => void) => void;
  } = {},
  cwd = process.cwd(),
): Promise<ValidationResult> {
  const { cache } = options;
  const site = checkSiteConfig(root, cwd);
  const today = options.today ?? site.config?.asOf ?? todayInChina();
  const emailDomains = site.config ? [new URL(site.config.baseUrl).hostname] : [];
  const privacy = { allowedEmailDomains: emailDomains };
  const loaded = loadContent(root, cwd, cache);
  options.onEntries?.(loaded.entries);
  const own = loaded.sources.map((f) =>
    f.key && cache ? cache.fileProblems(f.key, () => fileProblems(f, emailDomains)) : fileProblems(f, emailDomains),
  );
  options.onPassed?.(loaded.sources.flatMap((f, i) => (f.key && !own[i]!.length ? [f.key] : [])));
  const siteFile = path.join(root, 'site.yaml');
  const siteText = existsSync(siteFile) ? readFileSync(siteFile, 'utf8') : '';
  const format: Problem[] = [
    ...site.problems,
    ...(site.config ? checkPrivacy(shownPath(cwd, siteFile), siteText, privacy) : []),
    ...loaded.problems,
    ...coverageProblems(root, cwd),
    ...synonymsProblems(root, cwd),
    ...own.flat(),
    ...captionProblems(root, loaded.entries, privacy, cwd),
    // "Not in the future" is judged on the real day, not the honour rolls' pinned asOf day.
    ...checkEditorial(loaded.entries, {
      today: todayInChina(),
      ...(site.config?.tags ? { tags: site.config.tags } : {}),
      imageSize: imageSizer(root, cwd),
    }),
    ...(await checkImages(imageReferences(root, loaded.sources, loaded.entries, cwd, cache))),
    ...checkGlyphs(
      printedTexts(
        loaded.entries,
        site.config
          ? {
              entry: { file: shownPath(cwd, siteFile), locate: () => ({ line: 1, col: 1 }) },
              text: site.config.shortName,
            }
          : undefined,
      ),
    ),
  ];
  const unreadableSources = loaded.sources.filter((f) => f.unreadable || f.source.syntaxErrors.length > 0);
  const rulesSkipped = unreadableSources.some((f) => AWARD_DATA.has(f.collection));
  const rulesStart = performance.now();
  const report = rulesSkipped ? undefined : checkAwards(awardsInputFrom(loaded.entries, loaded.partial), { today });
  const rulesMs = performance.now() - rulesStart;
  // At 10,000 homes the cache is ~50 MB of JSON: writing it takes about half a second.
  if (cache) (options.saveLater ?? ((save) => save()))(() => cache.save());
  const all = [...sortProblems(format), ...sortProblems(report?.problems ?? [])];
  return {
    root,
    today,
    entries: Object.values(loaded.entries).reduce((n, list) => n + list.length, 0),
    awards: report?.awards.size ?? 0,
    unreadable: unreadableSources.map((f) => f.file),
    rulesSkipped,
    problems: [...all.filter((p) => p.severity !== 'warning'), ...all.filter((p) => p.severity === 'warning')],
    ...(cache ? { files: { reused: cache.reused, checked: cache.checked } } : {}),
    rulesMs,
  };
}

/**
 * Validates the content under `root` and prints the result; returns the exit
 * code: 0 clean (warnings allowed), 1 problems, 2 unreadable input.
 */
export async function validateAll(root: string, options: ValidateOptions): Promise<number> {
  const print = options.print ?? ((line: string) => console.log(line));
  if (!existsSync(root)) {
    print(`无法读取内容目录 ${root}：目录不存在`);
    return 2;
  }
  let result: ValidationResult;
  try {
    result = await validateContent(root, {
      ...(options.today ? { today: options.today } : {}),
      ...(options.cache ? { cache: validationCacheFor(root) } : {}),
      ...(options.onEntries ? { onEntries: options.onEntries } : {}),
      ...(options.onPassed ? { onPassed: options.onPassed } : {}),
      ...(options.saveLater ? { saveLater: options.saveLater } : {}),
    });
  } catch (error) {
    print(`无法读取内容目录 ${root}：${(error as Error).message}`);
    return 2;
  }
  const { problems, unreadable } = result;
  const errors = problems.filter((p) => p.severity !== 'warning');
  const warnings = problems.length - errors.length;
  if (options.format === 'json') {
    print(JSON.stringify(result, null, 2));
  } else {
    if (result.files)
      print(
        `   逐个文件的检查：${result.files.reused} 个文件没有变化，沿用上次的结果；${result.files.checked} 个重新检查。编号、引用、图片、字形和奖项规则 R1–R9 每次都检查全部内容（奖项规则 ${result.awards} 个奖项，用时 ${((result.rulesMs ?? 0) / 1000).toFixed(1)} 秒）。`,
      );
    for (const p of problems) print(formatProblem(p));
    const rules = errors.filter((p) => p.rule).length;
    const ruleNote = rules ? `（其中违反奖项规则 ${rules} 个）` : '';
    const warnNote = warnings ? `，另有 ${warnings} 个警告` : '';
    const files = new Set(errors.map((p) => p.file)).size;
    if (unreadable.length) {
      print(
        `\n内容检查：${unreadable.length} 个文件无法读取，${errors.length} 个问题${ruleNote}${warnNote}。请先按上面的行号修好这些文件${result.rulesSkipped ? '；荣誉数据文件能读取后才检查奖项规则' : ''}。`,
      );
    } else if (errors.length) {
      print(
        `\n内容检查：${errors.length} 个问题${ruleNote}${warnNote}，涉及 ${files} 个文件（共检查 ${result.entries} 条内容、${result.awards} 个奖项）。请按上面的位置逐条修改后重新构建。`,
      );
    } else {
      print(`内容检查通过：${result.entries} 条内容、${result.awards} 个奖项，0 个问题${warnNote}。`);
    }
  }
  if (unreadable.length) return 2;
  return errors.length ? 1 : 0;
}
