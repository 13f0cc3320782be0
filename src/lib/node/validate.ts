import { formatProblem, type Problem } from '../content/problem.ts';
import { loadContent } from './read-content.ts';

export interface ValidateOptions {
  format: 'text' | 'json';
  /** Where to print (defaults to the console). */
  print?: (line: string) => void;
}

/** Validates the content under `root` and prints the result; returns the exit code. */
export function validateAll(root: string, options: ValidateOptions): number {
  const print = options.print ?? ((line: string) => console.log(line));
  let problems: Problem[];
  let files = 0;
  try {
    const loaded = loadContent(root);
    problems = loaded.problems;
    files = Object.values(loaded.entries).reduce((n, list) => n + list.length, 0);
  } catch (error) {
    print(`无法读取内容目录 ${root}：${(error as Error).message}`);
    return 2;
  }
  if (options.format === 'json') {
    print(JSON.stringify({ root, entries: files, problems }, null, 2));
  } else {
    for (const p of problems) print(formatProblem(p));
    const filesWithProblems = new Set(problems.map((p) => p.file)).size;
    print(
      problems.length
        ? `\n内容检查：${problems.length} 个问题，涉及 ${filesWithProblems} 个文件（共检查 ${files} 条内容）。请按上面的位置逐条修改后重新构建。`
        : `内容检查通过：${files} 条内容，0 个问题。`,
    );
  }
  return problems.length ? 1 : 0;
}
