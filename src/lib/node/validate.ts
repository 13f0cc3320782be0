import { existsSync } from 'node:fs';
import { awardsInputFrom } from '../awards/input.ts';
import { annotateContentProblems, checkAwards } from '../awards/rules.ts';
import { coverageProblems } from '../coverage/read.ts';
import { formatProblem, sortProblems, type Problem } from '../content/problem.ts';
import { checkEditorial } from '../guards/editorial.ts';
import { checkGuards } from '../guards/index.ts';
import { synonymsProblems } from '../search/synonyms-file.ts';
import { imageSizer, loadContent } from './read-content.ts';
import { judgementDay, siteEmailDomains, siteTags, todayInChina } from './site-config.ts';

export interface ValidateOptions {
  format: 'text' | 'json';
  /** Where to print (defaults to the console). */
  print?: (line: string) => void;
  /** The day award deadlines and re-reviews are judged on, `YYYY-MM-DD`; defaults to today in China. */
  today?: string;
}

/**
 * Validates the content under `root` (schemas, references, then the award
 * rules on the valid entries) and prints the result; returns the exit code:
 * 0 clean, 1 problems, 2 unreadable input.
 */
export function validateAll(root: string, options: ValidateOptions): number {
  const print = options.print ?? ((line: string) => console.log(line));
  const today = options.today ?? judgementDay(root);
  let problems: Problem[];
  let files = 0;
  let awards = 0;
  let unreadable: string[] = [];
  try {
    if (!existsSync(root)) throw new Error('目录不存在');
    const loaded = loadContent(root);
    files = Object.values(loaded.entries).reduce((n, list) => n + list.length, 0);
    unreadable = loaded.sources.filter((f) => f.source.syntaxErrors.length > 0).map((f) => f.file);
    problems = [
      ...annotateContentProblems(loaded.problems),
      ...coverageProblems(root),
      ...synonymsProblems(root),
      ...checkGuards(loaded.sources, { allowedEmailDomains: siteEmailDomains(root) }),
      // "Not in the future" is judged on the real day, not the honour rolls' pinned asOf day.
      ...checkEditorial(loaded.entries, { today: todayInChina(), ...siteTags(root), imageSize: imageSizer(root) }),
    ];
    if (!unreadable.length) {
      const report = checkAwards(awardsInputFrom(loaded.entries), { today });
      awards = report.awards.size;
      problems = sortProblems([...problems, ...report.problems]);
    }
  } catch (error) {
    print(`无法读取内容目录 ${root}：${(error as Error).message}`);
    return 2;
  }
  const ruleProblems = problems.filter((p) => p.rule).length;
  if (options.format === 'json') {
    print(JSON.stringify({ root, today, entries: files, awards, unreadable, problems }, null, 2));
  } else {
    for (const p of problems) print(formatProblem(p));
    const filesWithProblems = new Set(problems.map((p) => p.file)).size;
    const rules = ruleProblems ? `（其中违反奖项规则 ${ruleProblems} 个）` : '';
    if (unreadable.length) {
      print(
        `\n内容检查：${unreadable.length} 个文件无法读取（YAML 格式错误），${problems.length} 个问题${rules}。请先按上面的行号修好格式，奖项规则要在所有文件都能读取后才检查。`,
      );
    } else {
      print(
        problems.length
          ? `\n内容检查：${problems.length} 个问题${rules}，涉及 ${filesWithProblems} 个文件（共检查 ${files} 条内容、${awards} 个奖项）。请按上面的位置逐条修改后重新构建。`
          : `内容检查通过：${files} 条内容、${awards} 个奖项，0 个问题。`,
      );
    }
  }
  if (unreadable.length) return 2;
  return problems.length ? 1 : 0;
}
