#!/usr/bin/env node
/**
 * Writes a new content file with valid frontmatter, explained field by field in Chinese.
 *   npm run new -- story "标题"
 *   npm run new -- lecture "标题"
 *   npm run new -- home "名称" --city jinan
 * Options: --content DIR (or CONTENT_ROOT) for another content folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { COLLECTIONS, entryId, type CollectionName } from '../src/lib/content/collections.ts';
import { parseMarkdownSource } from '../src/lib/content/source.ts';
import { CONTENT_HELP, commandLine } from '../src/lib/node/command-line.ts';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { shownPath } from '../src/lib/node/read-content.ts';
import { siteTags, todayInChina } from '../src/lib/node/site-config.ts';
import { planScaffold, type ContentFacts } from '../src/lib/scaffold/plan.ts';
import { isScaffoldKind, KINDS } from '../src/lib/scaffold/templates.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = commandLine({
  usage: '用法：npm run new -- story "标题"（或 lecture "标题"、home "名称" --city jinan）',
  about: `新建一个内容文件，每个字段都附有中文说明。可以新建：${Object.entries(KINDS)
    .map(([kind, { label }]) => `${kind}（${label}）`)
    .join('、')}。`,
  allowPositionals: true,
  options: { content: { type: 'string' }, city: { type: 'string' } },
  help: { content: CONTENT_HELP, city: ['jinan', '职工之家所在城市的拼音（新建职工之家时必填）'] },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
const root = contentRoot();
if (!existsSync(root)) fail(`内容目录 ${root} 不存在。请检查 --content 或 CONTENT_ROOT 写的路径。`);

const [kind, ...words] = positionals;

/** Ids in use in a collection, found the way the validator and Astro find entries. */
function idsOf(collection: CollectionName): string[] {
  const spec = COLLECTIONS[collection];
  const dir = path.join(root, spec.dir);
  if (!existsSync(dir)) return [];
  return globSync(spec.pattern, { cwd: dir, ignore: ['**/_*/**'] })
    .map((rel) => entryId(collection, rel))
    .sort();
}

function firstPolicy(): ContentFacts['policy'] {
  for (const id of idsOf('policies')) {
    const file = ['md', 'mdx'].map((ext) => path.join(root, 'policies', `${id}.${ext}`)).find(existsSync);
    const data = file ? (parseMarkdownSource(readFileSync(file, 'utf8')).data as { title?: unknown }) : undefined;
    if (typeof data?.title === 'string') return { id, title: data.title };
  }
  return undefined;
}

const photosDir = path.join(root, 'media', 'photos');
const local = new Date();
const localDate = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
const tags = (() => {
  try {
    return siteTags(root).tags;
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const facts: ContentFacts = {
  // The local date, but never after today in China: the validator refuses dates after that.
  today: [localDate, todayInChina(local)].sort()[0]!,
  takenIds: new Set(isScaffoldKind(kind) ? idsOf(KINDS[kind].collection) : []),
  photos: existsSync(photosDir)
    ? readdirSync(photosDir, { withFileTypes: true })
        .filter((f) => f.isFile() && /\.(jpe?g|png|webp|avif)$/i.test(f.name))
        .map((f) => f.name)
        .sort()
    : [],
  homeIds: idsOf('homes'),
  ...(tags ? { tags } : {}),
  ...(kind === 'lecture' ? { policy: firstPolicy() } : {}),
};

const plan = planScaffold({ kind, title: words.join(' '), city: values.city }, facts);
if (!plan.ok) fail(plan.message);

const file = path.join(root, plan.file);
mkdirSync(path.dirname(file), { recursive: true });
// 'wx': never overwrite a file, even one written a moment ago by someone else.
writeFileSync(file, plan.text, { flag: 'wx' });

const isDefaultRoot = root === path.resolve('content');
const shownRoot = shownPath(process.cwd(), root);
const rootArg = isDefaultRoot ? '' : ` -- --content ${shownRoot}`;
const steps = [
  '用文本编辑器打开这个文件，按 # 开头的说明逐项填写，把“请填写……”“请替换……”换成真实内容；',
  ...(plan.photo
    ? [
        `把自己的照片放进 ${shownRoot}/media/photos/，改 ${plan.photo.field} 里的 src 和 alt（现在引用的 ${plan.photo.file} 只是占位）；`,
      ]
    : []),
  `运行 ${isDefaultRoot ? '' : `CONTENT_ROOT=${shownRoot} `}npm run dev，在浏览器打开 http://localhost:4321${plan.url} 预览；`,
  `运行 npm run validate${rootArg} 检查，通过后运行 npm run build${rootArg} 生成网站；`,
  '真实内容请把 sample 改为 false。',
];
console.log(`已新建${KINDS[plan.kind].label}：${shownPath(process.cwd(), file)}
发布后的网址：${plan.url}

下一步：
${steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}
各字段的详细说明见 docs/editor-guide.md。`);
