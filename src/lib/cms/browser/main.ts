import { z } from 'astro/zod';
import { slugFromTitle } from '../../scaffold/slug.ts';
import { entryProblems } from '../check-entry.ts';
import { readMarkdown, readYaml, writeData, writeMarkdown } from '../format.ts';
import { FORMATS, ID_FIELD } from '../format-names.ts';
import type { AdminSettings } from '../admin-settings.ts';
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

function fileText(collection: string, data: Record<string, unknown>, order: string[]): string {
  const markdown = typeof data['body'] === 'string' || !['honors', 'people', 'settings'].includes(collection);
  return markdown ? writeMarkdown(data, order) : writeData(data, order);
}

function register(cms: DecapCms, h: H, settings: AdminSettings): void {
  cms.registerCustomFormat(FORMATS.markdown, 'md', {
    fromFile: readMarkdown,
    toFile: (data, keys = []) => writeMarkdown(data, keys),
  });
  cms.registerCustomFormat(FORMATS.data, 'yaml', {
    fromFile: readYaml,
    toFile: (data, keys = []) => writeData(data, keys),
  });

  cms.registerPreviewStyle(new URL('site.css', here).href);
  cms.registerPreviewStyle(new URL('preview.css', here).href);
  cms.registerPreviewTemplate('stories', storyPreview(h, settings.siteName));
  cms.registerPreviewTemplate('homes', homePreview(h, settings.siteName));
  cms.registerPreviewTemplate('lectures', lecturePreview(h, settings.siteName));

  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
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
      const order = settings.fieldOrder[collection] ?? [];
      const problems = entryProblems(collection, plain, fileText(collection, plain, order), {
        today: today(),
        ...(settings.tags ? { tags: settings.tags } : {}),
        allowedEmailDomains: settings.allowedEmailDomains,
      });
      if (problems.length) throw refusal(problems);
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
