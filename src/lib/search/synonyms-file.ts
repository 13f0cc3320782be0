/**
 * The synonyms staff keep for the search (`content/search/synonyms.yaml`),
 * read and checked; every problem names the file, line and field in Chinese.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../content/problem.ts';
import { parseDataSource } from '../content/source.ts';
import { searchSynonymsSchema } from '../schemas/search.ts';

/** Where the synonyms live, relative to the content root. */
export const SYNONYMS_FILE = 'search/synonyms.yaml';

/** Checks the text of the synonyms file; `file` is how messages name it. */
export function parseSynonyms(text: string, file: string): { synonyms?: string[][]; problems: Problem[] } {
  const source = parseDataSource(text);
  if (source.syntaxErrors.length)
    return {
      problems: source.syntaxErrors.map((e) => ({ file, ...e.position, message: `YAML 格式错误：${e.message}` })),
    };
  const result = searchSynonymsSchema.safeParse(source.data ?? {});
  if (result.success) return { synonyms: result.data.synonyms, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const [, group, word] = issue.path;
      const field =
        typeof word === 'number'
          ? `synonyms[${String(group)}][${word}]`
          : typeof group === 'number'
            ? `synonyms[${group}]`
            : 'synonyms';
      const where =
        typeof group === 'number'
          ? `同义词第 ${group + 1} 组${typeof word === 'number' ? `第 ${word + 1} 个词` : ''}`
          : '同义词';
      const message =
        issue.code === 'unrecognized_keys'
          ? `无法识别的字段：${issue.keys.join('、')}。这个文件只有 synonyms（同义词组）一项`
          : `${where}${issue.message}`;
      return { file, ...source.locate(issue.path), field, message };
    }),
  };
}

function locate(root: string, cwd: string) {
  const absolute = path.join(root, SYNONYMS_FILE);
  return { absolute, shown: path.relative(cwd, absolute) || absolute };
}

/** Problems in a content folder's synonyms file, for the pre-build validator; none when there is no file. */
export function synonymsProblems(root: string, cwd = process.cwd()): Problem[] {
  const { absolute, shown } = locate(root, cwd);
  return existsSync(absolute) ? parseSynonyms(readFileSync(absolute, 'utf8'), shown).problems : [];
}

/** The synonym groups of a content folder (none without the file); throws listing the problems. */
export function readSynonyms(root: string, cwd = process.cwd()): string[][] {
  const { absolute, shown } = locate(root, cwd);
  if (!existsSync(absolute)) return [];
  const { synonyms, problems } = parseSynonyms(readFileSync(absolute, 'utf8'), shown);
  if (synonyms) return synonyms;
  throw new Error(
    `同义词文件 ${shown} 有 ${problems.length} 处问题：${problems.map((p) => `第 ${p.line} 行 ${p.message}`).join('；')}`,
  );
}
