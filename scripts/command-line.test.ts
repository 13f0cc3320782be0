/**
 * Every staff-facing command on a mistyped option or `--help`: a Chinese message and the usage,
 * exit 2 (or 0 for --help), never Node's English error with a stack trace. Each run stops at the
 * command line, before doing any work.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// The pinned Node that `npm run` uses (the shell's may be too old for .ts files).
const node = path.join(root, 'node_modules', '.bin', 'node');

function run(script: string, ...args: string[]) {
  const result = spawnSync(node, [`scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the commands’ command lines', { timeout: 60_000 }, () => {
  it.each([
    ['build', '用法：npm run build'],
    ['serve', '用法：npm run serve'],
    ['validate-content', '用法：npm run validate'],
    ['edit', '用法：npm run edit'],
    ['bench', '用法：npm run bench'],
    ['new', '用法：npm run new'],
  ])('%s: an unknown option is named in Chinese, with the usage, exit 2, no stack', (script, usage) => {
    const { code, out, err } = run(script, '--bogus');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(new RegExp(`^命令参数有误：不认识的选项 --bogus。\\n${usage}`));
    expect(err).toContain('-h, --help');
    expect(err).not.toMatch(/^ {4}at /m);
    expect(err).not.toMatch(/ERR_PARSE_ARGS|Unknown option/);
  });

  it('serve: --help lists its options and exits 0; --prot is taken for --port', () => {
    const help = run('serve', '--help');
    expect([help.code, help.err]).toEqual([0, '']);
    expect(help.out).toMatch(/^用法：npm run serve \[-- 选项\]\n/);
    expect(help.out).toMatch(/--port 8080 +端口号（默认 4321）/);
    expect(help.out).toContain('--dir');
    expect(help.out).toContain('--host');
    const typo = run('serve', '--prot', '8080');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('命令参数有误：不认识的选项 --prot，是不是 --port？');
    expect(typo.err).not.toMatch(/^ {4}at /m);
  });

  it('build: an option without its value, and a value after a flag, are explained', () => {
    const noValue = run('build', '--out');
    expect([noValue.code, noValue.err]).toEqual([2, expect.stringContaining('选项 --out 后面要写一个值，例如 --out ')]);
    const flag = run('build', '--fresh=yes');
    expect([flag.code, flag.err]).toEqual([2, expect.stringContaining('选项 --fresh 后面不带值')]);
  });

  it('import and export keep their own usage and say what is wrong in Chinese', () => {
    const typo = run('import', 'honours', '名单.xlsx', '--yaer', '2026');
    expect(typo.code).toBe(2);
    expect(typo.err).toBe(
      '命令参数有误：不认识的选项 --yaer，是不是 --year？\n' +
        '用法：npm run import -- honours <表格.xlsx|表格.csv> --year <年份> [--dry-run] [--final] [--format json]\n',
    );
    const help = run('export', '-h');
    expect([help.code, help.out]).toEqual([0, expect.stringMatching(/^用法：npm run export -- honours --year/)]);
  });
});
