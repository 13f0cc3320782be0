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
