import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFriendly } from '../content/friendly-errors.ts';
import { formatProblem, type Problem } from '../content/problem.ts';
import { parseDataSource } from '../content/source.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { decodeText } from './encoding.ts';
import { shownPath } from './read-content.ts';

/** Chinese names of site.yaml's fields, for messages. */
const SITE_LABELS: Record<string, string> = {
  name: '站点名称',
  shortName: '站点简称',
  organiser: '主办单位',
  baseUrl: '网址',
  description: '站点简介',
  icp: 'ICP 备案号',
  psb: '公安备案号',
  contact: '联系方式',
  asOf: '荣誉状态的判定日期',
  tags: '案例标签',
  training: '培训设置',
  daysPerYear: '每年培训天数',
  hoursPerDay: '每天学时',
  services: '网上服务',
  id: '编号',
  title: '名称',
  steps: '办理步骤',
  href: '链接',
  hotline: '服务热线',
  spreadsheetHeaders: '表格列名的其他写法',
  column: '标准列名',
  aliases: '本地表格的写法',
};

/**
 * Reads and checks `<root>/site.yaml` through the same path as every
 * collection: problems with file, line, field, in Chinese.
 */
export function checkSiteConfig(root: string, cwd = process.cwd()): { config?: SiteConfig; problems: Problem[] } {
  const absolute = path.join(root, 'site.yaml');
  const file = shownPath(cwd, absolute);
  if (!existsSync(absolute)) {
    return {
      problems: [
        {
          file,
          line: 1,
          col: 1,
          message: '缺少站点配置文件 site.yaml',
          hint: '复制示例内容中的 content/site.yaml，改成本站的名称、主办单位和网址',
        },
      ],
    };
  }
  const decoded = decodeText(readFileSync(absolute), file);
  if (decoded.problem) return { problems: [decoded.problem] };
  const source = parseDataSource(decoded.text);
  if (source.syntaxErrors.length) {
    return {
      problems: source.syntaxErrors.map((e) => ({
        file,
        ...e.position,
        message: `YAML 格式错误：${e.message}`,
        hint: '检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对',
      })),
    };
  }
  const where = { file, locate: source.locate, locateKey: source.locateKey };
  const result = parseFriendly(siteSchema, source.data ?? {}, where, { labels: SITE_LABELS });
  return result.data ? { config: result.data, problems: [] } : { problems: result.problems };
}

/** Reads `<root>/site.yaml`; throws one Chinese message listing every problem, each with its line. */
export function readSiteConfig(root: string): SiteConfig {
  const { config, problems } = checkSiteConfig(root);
  if (config) return config;
  const error = new Error(
    `站点配置有 ${problems.length} 处问题：\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
  );
  error.stack = error.message; // an editor's mistake, not a program error: no stack trace
  throw error;
}

/** Today's date in China Standard Time (UTC+8, no daylight saving), where the federation's deadlines run. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The site configuration when it is readable, else undefined (its problems are reported by checkSiteConfig). */
function siteOrNothing(root: string): SiteConfig | undefined {
  return existsSync(path.join(root, 'site.yaml')) ? checkSiteConfig(root).config : undefined;
}

/** The day honour statuses are judged on: the content's `asOf` when it pins one, else today in China. */
export function judgementDay(root: string): string {
  return siteOrNothing(root)?.asOf ?? todayInChina();
}

/** E-mail domains the site may publish: its own (from baseUrl) — other addresses are personal information. */
export function siteEmailDomains(root: string): string[] {
  const site = siteOrNothing(root);
  return site ? [new URL(site.baseUrl).hostname] : [];
}

/** The story tags the site allows, when it lists them. */
export function siteTags(root: string): { tags?: string[] } {
  const tags = siteOrNothing(root)?.tags;
  return tags ? { tags } : {};
}
