import type { ParseArgsOptionsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCommandLine, usageText, type CommandSpec } from './command-line.ts';

const SERVE = {
  usage: '用法：npm run serve [-- 选项]',
  about: '在本机提供网站。',
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', short: 'p', default: '4321' },
    fresh: { type: 'boolean', default: false },
  },
  help: { dir: ['site', '网站所在的文件夹'], port: ['8080', '端口号'], fresh: '从头开始' },
} as const;

/** What a wrong command line prints on its first line (the usage follows). */
function reason<O extends ParseArgsOptionsConfig>(args: string[], spec: CommandSpec<O, boolean>) {
  const reading = readCommandLine(spec, args);
  if (reading.ok) throw new Error(`accepted ${args.join(' ')}`);
  expect(reading.exitCode).toBe(2);
  expect(reading.text.split('\n').slice(1).join('\n')).toBe(usageText(spec));
  return reading.text.split('\n')[0];
}

describe('readCommandLine', () => {
  it('gives typed values with their defaults, and no trace of --help', () => {
    const reading = readCommandLine(SERVE, ['--port', '8080']);
    expect(reading).toEqual({
      ok: true,
      parsed: { values: { dir: 'dist', port: '8080', fresh: false }, positionals: [] },
    });
    const files = readCommandLine({ usage: '用法：x', options: {}, allowPositionals: true }, ['a', 'b']);
    expect(files.ok && files.parsed.positionals).toEqual(['a', 'b']);
  });

  it('prints the usage for --help or -h, exit 0, even beside a mistake', () => {
    for (const args of [['--help'], ['-h'], ['--prot', '1', '--help'], ['--fresh', '-h']]) {
      expect(readCommandLine(SERVE, args), args.join(' ')).toEqual({ ok: false, exitCode: 0, text: usageText(SERVE) });
    }
  });

  it('names an unknown option, and the known one it is probably a slip for', () => {
    expect(reason(['--bogus'], SERVE)).toBe('命令参数有误：不认识的选项 --bogus。');
    expect(reason(['--prot', '8080'], SERVE)).toBe('命令参数有误：不认识的选项 --prot，是不是 --port？');
    expect(reason(['--DIR=site'], SERVE)).toBe('命令参数有误：不认识的选项 --DIR，是不是 --dir？');
    expect(reason(['-x'], SERVE)).toBe('命令参数有误：不认识的选项 -x。');
  });

  it('asks for the missing value of an option, with an example', () => {
    expect(reason(['--port'], SERVE)).toBe('命令参数有误：选项 --port 后面要写一个值，例如 --port 8080。');
    expect(reason(['-p'], SERVE)).toBe('命令参数有误：选项 --port 后面要写一个值，例如 --port 8080。');
    expect(reason(['--port', '--dir', 'site'], SERVE)).toBe(
      '命令参数有误：选项 --port 后面要写一个值，例如 --port 8080；紧跟着的“--dir”以 - 开头，不能当作值（值确实以 - 开头时，写成 --port=--dir）。',
    );
    // Without help lines the default is the example; with neither, no example.
    const bare = {
      usage: '用法：y',
      options: { out: { type: 'string', default: 'dist' }, year: { type: 'string' } },
    } as const;
    expect(reason(['--out'], bare)).toBe('命令参数有误：选项 --out 后面要写一个值，例如 --out dist。');
    expect(reason(['--year'], bare)).toBe('命令参数有误：选项 --year 后面要写一个值。');
  });

  it('refuses a value given to an option that takes none', () => {
    expect(reason(['--fresh=yes'], SERVE)).toBe(
      '命令参数有误：选项 --fresh 后面不带值，只写 --fresh 就行（收到的是 --fresh=yes）。',
    );
  });

  it('refuses an argument the command does not take', () => {
    expect(reason(['--port', '80', 'site'], SERVE)).toBe(
      '命令参数有误：多了一个参数“site”：这个命令不接受它，能用的选项见下面的用法。',
    );
    expect(reason(['--', '--port'], SERVE)).toBe(
      '命令参数有误：多了一个参数“--port”：这个命令不接受它，能用的选项见下面的用法。',
    );
  });
});

describe('usageText', () => {
  it('lists every option with its example value and default, aligned, then --help', () => {
    expect(usageText(SERVE)).toBe(
      [
        '用法：npm run serve [-- 选项]',
        '在本机提供网站。',
        '选项（值为示例）：',
        '  --dir site       网站所在的文件夹（默认 dist）',
        '  -p, --port 8080  端口号（默认 4321）',
        '  --fresh          从头开始',
        '  -h, --help       显示这份说明',
      ].join('\n'),
    );
  });

  it('is the usage alone when the command gives no help lines', () => {
    expect(usageText({ usage: '用法：npm run import -- honours', options: { year: { type: 'string' } } })).toBe(
      '用法：npm run import -- honours',
    );
  });
});
