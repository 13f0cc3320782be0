import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';

/** Reads `<root>/site.yaml`; throws a message naming the file and field when it is wrong. */
export function readSiteConfig(root: string): SiteConfig {
  const file = path.join(root, 'site.yaml');
  if (!existsSync(file)) throw new Error(`缺少站点配置文件 ${file}（站点名称、主办单位、网址）`);
  const result = siteSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(根)'}：${i.message}`);
    throw new Error(`站点配置 ${file} 有误：\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Today's date in China Standard Time (UTC+8, no daylight saving), where the federation's deadlines run. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The day honour statuses are judged on: the content's `asOf` when it pins one, else today in China. */
export function judgementDay(root: string): string {
  return existsSync(path.join(root, 'site.yaml')) ? (readSiteConfig(root).asOf ?? todayInChina()) : todayInChina();
}

/** E-mail domains the site may publish: its own (from baseUrl) — other addresses are personal information. */
export function siteEmailDomains(root: string): string[] {
  if (!existsSync(path.join(root, 'site.yaml'))) return [];
  return [new URL(readSiteConfig(root).baseUrl).hostname];
}

/** The story tags the site allows, when it lists them. */
export function siteTags(root: string): { tags?: string[] } {
  if (!existsSync(path.join(root, 'site.yaml'))) return {};
  const { tags } = readSiteConfig(root);
  return tags ? { tags } : {};
}
