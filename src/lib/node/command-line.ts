/**
 * The command line of every staff-facing script: node:util's parseArgs, plus `--help` / `-h`
 * printing the command's Chinese usage (exit 0), and a wrong argument explained in Chinese with
 * the usage after it (exit 2) instead of Node's English error and stack trace.
 * `readCommandLine` is the pure part (tests call it); `commandLine` prints and exits.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { suggestKey } from '../content/friendly-errors.ts';

/** A line of --help per option: an option that takes a value gives an example value first. */
export type OptionHelp<O extends ParseArgsOptionsConfig> = {
  readonly [K in keyof O]: O[K] extends { type: 'string' } ? readonly [example: string, what: string] : string;
};

export interface CommandSpec<O extends ParseArgsOptionsConfig, P extends boolean> {
  /** How the command is typed, starting "用法："; one line per form. */
  usage: string;
  /** What the command does, in a sentence or two, printed by --help under the usage. */
  about?: string;
  options: O;
  allowPositionals?: P;
  /** When given, --help lists every option with its line; without it, `usage` says it all. */
  help?: OptionHelp<O>;
}

type Parsed<O extends ParseArgsOptionsConfig, P extends boolean> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: P }>
>;

export type Reading<O extends ParseArgsOptionsConfig, P extends boolean> =
  | { ok: true; parsed: Parsed<O, P> }
  /** `--help` (exit 0, text for stdout) or a wrong argument (exit 2, text for stderr). */
  | { ok: false; exitCode: 0 | 2; text: string };

const askValue = (option: string, example?: string) =>
  `选项 ${option} 后面要写一个值${example ? `，例如 ${option} ${example}` : ''}`;

/** The reasons a command line is refused, one per kind of parseArgs error. */
export const ARGUMENT_REASONS = {
  unknown: (option: string, suggestion?: string) =>
    `不认识的选项 ${option}${suggestion ? `，是不是 ${suggestion}？` : '。'}`,
  missingValue: (option: string, example?: string) => `${askValue(option, example)}。`,
  /** A value-taking option followed by something that looks like an option (`--port --dir x`). */
  dashValue: (option: string, value: string, example?: string) =>
    `${askValue(option, example)}；紧跟着的“${value}”以 - 开头，不能当作值（值确实以 - 开头时，写成 ${option}=${value}）。`,
  noValue: (option: string, value: string) =>
    `选项 ${option} 后面不带值，只写 ${option} 就行（收到的是 ${option}=${value}）。`,
  positional: (value: string) => `多了一个参数“${value}”：这个命令不接受它，能用的选项见下面的用法。`,
};

/** The --help line of `--content`, which every command that reads content has. */
export const CONTENT_HELP = [
  '../my-content',
  '从另一个内容文件夹读取（默认 content/，也可用环境变量 CONTENT_ROOT）',
] as const;

/** What precedes every reason: the same words for every command. */
export const wrongArguments = (reason: string) => `命令参数有误：${reason}`;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
const HELP_LINE = ['-h, --help', '显示这份说明'] as const;

/** The text --help prints: the usage, what the command does, and a line per option. */
export function usageText<O extends ParseArgsOptionsConfig, P extends boolean>(spec: CommandSpec<O, P>): string {
  const lines = [spec.usage, ...(spec.about ? [spec.about] : [])];
  if (!spec.help) return lines.join('\n');
  const rows = Object.entries(spec.help as Record<string, string | readonly [string, string]>).map(([name, line]) => {
    const option = spec.options[name]!;
    const [example, what] = typeof line === 'string' ? [undefined, line] : line;
    const left = `${option.short ? `-${option.short}, ` : ''}--${name}${example ? ` ${example}` : ''}`;
    return [left, typeof option.default === 'string' ? `${what}（默认 ${option.default}）` : what] as const;
  });
  rows.push(HELP_LINE);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [...lines, '选项（值为示例）：', ...rows.map(([left, what]) => `  ${left.padEnd(width)}${what}`)].join('\n');
}

/** An example value for an option: the one its help line gives, else its default. */
function exampleOf<O extends ParseArgsOptionsConfig, P extends boolean>(spec: CommandSpec<O, P>, name: string) {
  const line = (spec.help as Record<string, string | readonly [string, string]> | undefined)?.[name];
  const fallback = spec.options[name]?.default;
  return typeof line === 'object' ? line[0] : typeof fallback === 'string' ? fallback : undefined;
}

/**
 * Why parseArgs refused `args`, in Chinese. Its error code says which check failed; a lenient
 * second reading of the same arguments (tokens, no checks) finds the argument it failed on.
 */
function reasonFor<O extends ParseArgsOptionsConfig, P extends boolean>(
  code: string,
  spec: CommandSpec<O, P>,
  args: string[],
): string {
  const options: ParseArgsOptionsConfig = { ...spec.options, ...HELP_OPTION };
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return ARGUMENT_REASONS.positional(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) {
      if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') continue;
      const known = Object.keys(spec.options);
      const suggestion = token.rawName.startsWith('--') ? suggestKey(token.name, known, {}) : undefined;
      return ARGUMENT_REASONS.unknown(token.rawName, suggestion && `--${suggestion}`);
    }
    if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') continue;
    const long = `--${token.name}`;
    if (option.type === 'boolean' && token.inlineValue) return ARGUMENT_REASONS.noValue(long, token.value!);
    if (option.type === 'string' && token.value === undefined) {
      return ARGUMENT_REASONS.missingValue(long, exampleOf(spec, token.name));
    }
    if (option.type === 'string' && !token.inlineValue && token.value!.length > 1 && token.value!.startsWith('-')) {
      return ARGUMENT_REASONS.dashValue(long, token.value!, exampleOf(spec, token.name));
    }
  }
  throw new Error(`parseArgs refused ${JSON.stringify(args)} (${code}) for a reason command-line.ts does not know`);
}

/** Reads `args` against the spec: the parsed values, or the text to print and the exit code. */
export function readCommandLine<const O extends ParseArgsOptionsConfig, const P extends boolean = false>(
  spec: CommandSpec<O, P>,
  args: string[],
): Reading<O, P> {
  const config = { args, options: { ...spec.options, ...HELP_OPTION }, allowPositionals: spec.allowPositionals };
  const help = { ok: false, exitCode: 0, text: usageText(spec) } as const;
  try {
    const parsed = parseArgs(config);
    const values = parsed.values as { help?: boolean };
    if (values.help) return help;
    delete values.help;
    return { ok: true, parsed: parsed as unknown as Parsed<O, P> };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // `--help` wins over a mistake elsewhere on the line: the usage is what the person needs.
    const { values } = parseArgs({ ...config, strict: false, allowPositionals: true });
    if (values.help === true) return help;
    return { ok: false, exitCode: 2, text: `${wrongArguments(reasonFor(code, spec, args))}\n${usageText(spec)}` };
  }
}

/** The script's own command line, parsed; prints the usage or the mistake and exits when it must. */
export function commandLine<const O extends ParseArgsOptionsConfig, const P extends boolean = false>(
  spec: CommandSpec<O, P>,
  args = process.argv.slice(2),
): Parsed<O, P> {
  const reading = readCommandLine(spec, args);
  if (reading.ok) return reading.parsed;
  (reading.exitCode === 0 ? process.stdout : process.stderr).write(`${reading.text}\n`);
  process.exit(reading.exitCode);
}
