import type { CmsConfig } from './types.ts';

/** What /admin/settings.json tells the editor page: the CMS config and what the page checks before saving. */
export interface AdminSettings {
  /** Decap's configuration; absent when site.yaml has no `editor:` and the editor is not running locally. */
  config?: CmsConfig;
  siteName: string;
  /** Story tags the site allows. */
  tags?: string[];
  /** E-mail domains the site may publish. */
  allowedEmailDomains: string[];
  /** Front-matter keys of each collection, in schema order (for checking the file as it will be written). */
  fieldOrder: Record<string, string[]>;
}

/** The top-level keys of every collection, in the order the editor writes them. */
export function fieldOrder(config: CmsConfig): Record<string, string[]> {
  return Object.fromEntries(
    config.collections.map((c) => [c.name, (c.fields ?? c.files?.[0]?.fields ?? []).map((f) => f.name)]),
  );
}
