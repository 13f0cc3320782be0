import type { KeyOrder } from './format.ts';
import type { CmsConfig, CmsField } from './types.ts';

/** What /admin/settings.json tells the editor page: the CMS config and what the page checks before saving. */
export interface AdminSettings {
  /** Decap's configuration; absent when site.yaml has no `editor:` and the editor is not running locally. */
  config?: CmsConfig;
  siteName: string;
  /** Story tags the site allows. */
  tags?: string[];
  /** E-mail domains the site may publish. */
  allowedEmailDomains: string[];
  /** Keys of each collection, nested objects included, in schema order: how its files are written. */
  fieldOrder: Record<string, KeyOrder>;
}

function orderOf(fields: readonly CmsField[]): KeyOrder {
  const nested = Object.fromEntries(fields.filter((f) => f.fields).map((f) => [f.name, orderOf(f.fields!)]));
  return { keys: fields.map((f) => f.name), ...(Object.keys(nested).length ? { nested } : {}) };
}

/** The keys of every collection, nested ones included, in the order the editor writes them. */
export function fieldOrder(config: CmsConfig): Record<string, KeyOrder> {
  return Object.fromEntries(config.collections.map((c) => [c.name, orderOf(c.fields ?? c.files?.[0]?.fields ?? [])]));
}
