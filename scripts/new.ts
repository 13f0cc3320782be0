#!/usr/bin/env node
/**
 * Writes a new content file with valid frontmatter and Chinese comments.
 *   npm run new -- story "标题"
 *   npm run new -- lecture "标题"
 *   npm run new -- home "名称" [--city jinan]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CITIES, type City } from '../src/lib/domain/vocab.ts';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { todayInChina } from '../src/lib/node/site-config.ts';
import { slugFromTitle, uniqueSlug } from '../src/lib/scaffold/slug.ts';
import { FOLDERS, TEMPLATES, type ScaffoldKind } from '../src/lib/scaffold/templates.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string' }, city: { type: 'string' } },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
const [kind, ...words] = positionals;
const title = words.join(' ').trim();
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};
if (!kind || !(kind in TEMPLATES))
  fail(
    `请说明要新建什么：story（典型案例）、lecture（传习所讲稿）或 home（职工之家）。例如：npm run new -- story "标题"`,
  );
if (!title) fail('请在引号中写上标题，例如：npm run new -- story "职工书屋点亮夜班生活"');
if (values.city && !CITIES.includes(values.city as City)) fail(`--city 只能是：${CITIES.join('、')}`);

const root = contentRoot();
const folder = path.join(root, FOLDERS[kind as ScaffoldKind], kind === 'home' ? (values.city ?? 'jinan') : '');
mkdirSync(folder, { recursive: true });
// Ids are file names across the whole collection (sub-folders included).
const taken = new Set(
  readdirSync(path.join(root, FOLDERS[kind as ScaffoldKind]), { recursive: true }).map((f) =>
    path.basename(String(f)).replace(/\.mdx?$/, ''),
  ),
);
const slug = uniqueSlug(slugFromTitle(title), (s) => taken.has(s));
const file = path.join(folder, `${slug}.md`);
const photos = path.join(root, 'media', 'photos');
const photo = existsSync(photos)
  ? readdirSync(photos)
      .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
      .sort()[0]
  : undefined;
if (!photo) fail(`没有找到可用的图片：请先在 ${photos} 中放一张图片。`);
writeFileSync(
  file,
  TEMPLATES[kind as ScaffoldKind]({
    title,
    today: todayInChina(),
    photo: path.relative(folder, path.join(photos, photo!)).split(path.sep).join('/'),
    ...(values.city ? { city: values.city as City } : {}),
  }),
);
console.log(`已新建：${path.relative(process.cwd(), file)}
下一步：
  1. 打开这个文件，按注释修改各项内容（# 开头的行是说明）；
  2. 运行 npm run dev，在浏览器中预览；
  3. 运行 npm run validate 检查，没有问题后 npm run build 生成网站。`);
