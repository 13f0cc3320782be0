import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ADMIN_CSS, adminPage } from '../cms/admin-page.ts';
import { fieldOrder, type AdminSettings } from '../cms/admin-settings.ts';
import { cmsConfig, type EditorMode } from '../cms/config.ts';
import { readSiteConfig, siteEmailDomains } from './site-config.ts';

const require = createRequire(import.meta.url);
const PROJECT = path.resolve(import.meta.dirname, '../../..');

export { LOCAL_CHECK_PATH, LOCAL_PROXY_PATH } from '../cms/format-names.ts';
import { LOCAL_PROXY_PATH } from '../cms/format-names.ts';

/** decap-cms.js and the chunks it loads on demand, straight from the npm package. */
export function decapFiles(): Map<string, string> {
  const dir = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm')) {
      files.set(name, path.join(dir, name));
    }
  }
  return files;
}

/** The editor page's own script (formats, previews, checks), bundled for the browser. */
export async function bundleAdminScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(PROJECT, 'src/lib/cms/browser/main.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The mode the editor runs in for a content root: local (npm run edit) or the site's git service. */
export function editorMode(root: string, local: boolean): EditorMode | undefined {
  if (local) return { kind: 'local', proxyUrl: LOCAL_PROXY_PATH, contentPath: path.basename(root) };
  const settings = readSiteConfig(root).editor;
  return settings ? { kind: 'git', settings } : undefined;
}

/** Every file of /admin/ but Decap's own, by name: page, styles, script, settings. */
export async function adminFiles(root: string, local: boolean): Promise<Map<string, string>> {
  const site = readSiteConfig(root);
  const mode = editorMode(root, local);
  const config = mode ? cmsConfig(mode, site) : undefined;
  const settings: AdminSettings = {
    ...(config ? { config } : {}),
    siteName: site.name,
    ...(site.tags ? { tags: site.tags } : {}),
    allowedEmailDomains: siteEmailDomains(root),
    fieldOrder: config ? fieldOrder(config) : {},
  };
  const connect = mode?.kind === 'git' ? [new URL(mode.settings.url).origin] : [];
  const notice = mode
    ? undefined
    : '在线编辑尚未设置：网站管理员在 content/site.yaml 中填写 editor 部分（见 README 的“在线编辑”一节）后重新构建即可使用。在自己的电脑上编辑，请运行 npm run edit。';
  return new Map([
    ['index.html', adminPage({ siteName: site.name, connect, ...(notice ? { notice } : {}) })],
    ['admin.css', ADMIN_CSS],
    ['settings.json', `${JSON.stringify(settings)}\n`],
    ['site.css', readFileSync(path.join(PROJECT, 'src/styles/global.css'), 'utf8')],
    ['preview.css', readFileSync(path.join(PROJECT, 'src/lib/cms/browser/preview.css'), 'utf8')],
    ...(notice ? [] : ([['admin.js', await bundleAdminScript()]] as [string, string][])),
  ]);
}
