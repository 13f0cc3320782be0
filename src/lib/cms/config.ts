import { cmsCollections } from './collections.ts';
import type { EditorSettings } from './settings.ts';
import type { CmsBackend, CmsConfig } from './types.ts';

export type EditorMode =
  /** `npm run edit`: the CMS writes through the local proxy into the working copy. */
  | { kind: 'local'; proxyUrl: string; contentPath: string }
  /** The published site: the CMS commits to the union's Gitea or Forgejo. */
  | { kind: 'git'; settings: EditorSettings };

/** Where the CMS sends each kind of change, as commit messages a reviewer can read. */
const COMMIT_MESSAGES = {
  create: '新建{{collection}}：{{slug}}（{{author-name}}）',
  update: '修改{{collection}}：{{slug}}（{{author-name}}）',
  delete: '删除{{collection}}：{{slug}}（{{author-name}}）',
  uploadMedia: '上传图片 {{path}}（{{author-name}}）',
  deleteMedia: '删除图片 {{path}}（{{author-name}}）',
};

function backend(mode: EditorMode): CmsBackend {
  if (mode.kind === 'local') return { name: 'proxy', proxy_url: mode.proxyUrl, branch: 'main' };
  const s = mode.settings;
  const url = s.url.replace(/\/+$/, '');
  return {
    name: s.backend,
    repo: s.repo,
    branch: s.branch,
    app_id: s.appId,
    base_url: url,
    api_root: `${url}/api/v1`,
    commit_messages: COMMIT_MESSAGES,
  };
}

/**
 * The whole Decap CMS configuration, generated from the schemas each time
 * the site is built or the editor started, never kept by hand.
 */
export function cmsConfig(
  mode: EditorMode,
  site: { name: string; baseUrl: string; tags?: string[] | undefined },
): CmsConfig {
  const contentPath = mode.kind === 'local' ? mode.contentPath : mode.settings.contentPath;
  const workflow = mode.kind === 'git' && mode.settings.workflow && mode.settings.backend === 'forgejo';
  return {
    load_config_file: false,
    backend: backend(mode),
    ...(workflow ? { publish_mode: 'editorial_workflow' as const } : {}),
    locale: 'zh_Hans',
    ...(mode.kind === 'git' ? { site_url: site.baseUrl, display_url: site.baseUrl } : {}),
    logo_url: '/favicon.svg',
    media_folder: `${contentPath}/media/photos`,
    public_folder: '/media/photos',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections({ contentPath, ...(site.tags ? { tags: site.tags } : {}) }),
  };
}
