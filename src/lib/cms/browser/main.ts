import { z } from 'astro/zod';
import { slugFromTitle } from '../../scaffold/slug.ts';
import { entryProblems } from '../check-entry.ts';
import { readMarkdown, readYaml, writeData, writeMarkdown, type KeyOrder } from '../format.ts';
import { formatName, ID_FIELD, LOCAL_CHECK_PATH } from '../format-names.ts';
import type { AdminSettings } from '../admin-settings.ts';
import type { CmsCollection } from '../types.ts';
import type { DecapCms, H, ImmutableLike } from './decap.ts';
import { homePreview, lecturePreview, storyPreview } from './previews.ts';

// The page's policy forbids eval; zod's probe for it would be reported as a violation.
z.config({ jitless: true });
// Decap starts itself on load unless told to wait for CMS.init().
window.CMS_MANUAL_INIT = true;

const here = new URL('.', document.baseURI);

function load(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL(src, here).href;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`无法加载 ${src}`));
    document.head.append(s);
  });
}

/** Today in China (UTC+8), where the federation's dates run. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** An error whose text is the message alone: Decap shows it after “保存内容失败:”. */
function refusal(problems: string[]): Error {
  const message = `内容有 ${problems.length} 个问题，未保存：${problems.map((p, i) => `（${i + 1}）${p}`).join(' ')}`;
  const error = new Error(message);
  error.toString = () => message;
  return error;
}

const isMarkdown = (c: CmsCollection) => c.extension === 'md';

function fileText(collection: CmsCollection | undefined, data: Record<string, unknown>, order: KeyOrder): string {
  return collection && !isMarkdown(collection) ? writeData(data, order) : writeMarkdown(data, order);
}

interface SiteProblem {
  file: string;
  field?: string;
  message: string;
  rule?: string;
  article?: string;
}

/** Where a new entry will be written, worked out as Decap does from the collection's slug and path. */
function entryPath(collection: CmsCollection, data: Record<string, unknown>): string {
  const fill = (template: string, slug = '') =>
    template.replace(/\{\{(?:fields\.)?([\w]+)\}\}/g, (_, key: string) =>
      key === 'slug' ? slug : String(data[key] ?? ''),
    );
  const slug = fill(collection.slug ?? `{{fields.${ID_FIELD}}}`);
  return `${collection.folder}/${fill(collection.path ?? '{{slug}}', slug)}.${collection.extension}`;
}

const base64 = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};

/**
 * Local editing only: the editor's server runs the whole site's validation
 * (R1-R9 across years, references, images) on the entry and its new photos
 * before anything is written.
 */
async function siteProblems(
  settings: AdminSettings,
  entry: ImmutableLike,
  data: Record<string, unknown>,
  text: string,
) {
  const collection = settings.config!.collections.find((c) => c.name === entry.get('collection'));
  if (!collection?.folder) return [];
  const file = entry.get('newRecord') || !entry.get('path') ? entryPath(collection, data) : String(entry.get('path'));
  const media = ((entry.get('mediaFiles') as ImmutableLike | undefined)?.toJS() ?? []) as {
    path: string;
    file?: Blob;
    draft?: boolean;
  }[];
  const files = [
    { path: file, text },
    ...(await Promise.all(
      media.filter((m) => m.draft && m.file).map(async (m) => ({ path: m.path, base64: await base64(m.file!) })),
    )),
  ];
  const response = await fetch(new URL(LOCAL_CHECK_PATH, location.href), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ files }),
  });
  const result = (await response.json()) as { problems?: SiteProblem[]; error?: string };
  if (result.error) return [result.error];
  return (result.problems ?? []).map(
    (p) =>
      `${p.field ? `「${p.field}」` : ''}${p.message}${p.rule ? `（${p.rule}，${p.article ?? '第五条'}）` : ''}${p.file.endsWith(file) ? '' : `（${p.file}）`}`,
  );
}

function register(cms: DecapCms, h: H, settings: AdminSettings): void {
  for (const c of settings.config!.collections) {
    const order = settings.fieldOrder[c.name] ?? { keys: [] };
    cms.registerCustomFormat(formatName(c.name), c.extension ?? 'md', {
      fromFile: isMarkdown(c) ? readMarkdown : readYaml,
      toFile: (data) => (isMarkdown(c) ? writeMarkdown(data, order) : writeData(data, order)),
    });
  }

  cms.registerPreviewStyle(new URL('site.css', here).href);
  cms.registerPreviewStyle(new URL('preview.css', here).href);
  cms.registerPreviewTemplate('stories', storyPreview(h, settings.siteName));
  cms.registerPreviewTemplate('homes', homePreview(h, settings.siteName));
  cms.registerPreviewTemplate('lectures', lecturePreview(h, settings.siteName));

  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const collection = String(entry.get('collection'));
      let data = entry.get('data') as ImmutableLike;
      const plain = data.toJS() as Record<string, unknown>;
      // A new entry's file name: as typed, else the pinyin of its title or name.
      if (entry.get('newRecord') && !plain[ID_FIELD]) {
        const from = String(plain['title'] ?? plain['name'] ?? '');
        if (from) {
          data = data.set(ID_FIELD, slugFromTitle(from));
          plain[ID_FIELD] = data.get(ID_FIELD);
        }
      }
      const order = settings.fieldOrder[collection] ?? { keys: [] };
      const text = fileText(
        settings.config!.collections.find((c) => c.name === collection),
        plain,
        order,
      );
      const problems = entryProblems(collection, plain, text, {
        today: today(),
        ...(settings.tags ? { tags: settings.tags } : {}),
        allowedEmailDomains: settings.allowedEmailDomains,
      });
      if (problems.length) throw refusal(problems);
      if (settings.config?.backend.name === 'proxy') {
        const found = await siteProblems(settings, entry, plain, text);
        if (found.length) throw refusal(found);
      }
      return data;
    },
  });
}

async function start(): Promise<void> {
  const settings = (await (await fetch(new URL('settings.json', here))).json()) as AdminSettings;
  if (!settings.config) return; // not set up: the page says how
  await load('decap-cms.js');
  const cms = window.CMS;
  const h = window.h;
  if (!cms || !h) throw new Error('decap-cms.js 没有正确加载');
  const config = structuredClone(settings.config);
  // The local proxy lives on the editor's own server: same origin, whatever port it was given.
  if (config.backend.proxy_url?.startsWith('/'))
    config.backend.proxy_url = new URL(config.backend.proxy_url, location.href).href;
  if (config.backend.name === 'proxy') config.site_url = location.origin;
  register(cms, h, settings);
  cms.init({ config });
}

start().catch((error: unknown) => {
  const box = document.getElementById('cms-status');
  if (box) box.textContent = `编辑器无法启动：${(error as Error).message}`;
});
