/**
 * The search experiment's pages (Node only): made-up sentences of domain
 * words, everyday words and particles, written as a small static site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../bench/random.ts';
import { CITY_NAMES } from '../words.ts';
import { DOMAIN_QUERIES, GENERAL_QUERIES } from './queries.ts';

const FILL = [
  '今年',
  '以来',
  '我们',
  '坚持',
  '围绕',
  '重点',
  '工作',
  '推进',
  '落实',
  '开展',
  '组织',
  '宣传',
  '技能',
  '竞赛',
  '温暖',
  '企业',
  '园区',
  '社区',
  '图书',
  '创新',
  '技术',
  '爱心',
  '户外',
  '劳动者',
  '医疗',
  '互助',
  '保险',
  '疗休养',
  '文艺',
  '演出',
  '篮球',
  '比赛',
  '课堂',
  '视频',
  '学习',
  '评议',
  '代表',
  '民主',
  '管理',
  '厂务',
  '公开',
  '协商',
  '集体合同',
  '工资',
  '安全生产',
  '隐患',
  '排查',
  '关心',
  '关爱',
  '一线',
  '职工群众',
  '家庭',
  '新时代',
  '建设',
  '提升',
  '水平',
  '质量',
  '标准',
  '规范',
  '机制',
  '制度',
  '台账',
  '年度',
  '计划',
  '承诺',
  '群众',
  '单位',
  '人员',
  '设施',
  '场所',
  '标识',
  // look like parts of domain words
  '新娘',
  '人的',
  '家中',
  '书记',
  '房屋',
  '会场',
  '习惯',
  '所在',
  '主持',
  '席位',
  '工会',
  '业务',
  '心理',
  '卫生',
  '关系',
];
/** Characters that follow or precede words in running text (娘家人的, 职工书屋里). */
const PARTICLES = [...'的里中们在是和与为把有都也了上好更到给让对人家所书'];
const PUNCTUATION = ['，', '，', '，', '、', '；'];
const CITIES = CITY_NAMES;

export interface Page {
  url: string;
  title: string;
  paragraphs: string[];
  city: string | undefined;
  /** what Pagefind indexes of the page, block by block */
  text: string;
}

/** Pages of made-up sentences mixing domain words, everyday words and particles. */
export function generatePages(count: number, seed = 42): Page[] {
  const r = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const everyday = [...GENERAL_QUERIES, ...FILL];
  const pages: Page[] = [];
  for (let n = 0; n < count; n++) {
    const topics = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(DOMAIN_QUERIES));
    const phrase = () => {
      const x = r();
      let w = x < 0.1 ? pick(topics) : x < 0.13 ? pick(DOMAIN_QUERIES) : pick(everyday);
      const y = r();
      if (y < 0.45) w += pick(PARTICLES);
      else if (y < 0.6) w = pick(PARTICLES) + w;
      return w;
    };
    const sentence = () => {
      const length = 3 + Math.floor(r() * 8);
      let s = '';
      for (let k = 0; k < length; k++) {
        s += phrase();
        if (k < length - 1 && r() < 0.25) s += pick(PUNCTUATION);
      }
      return s + (r() < 0.85 ? '。' : '！');
    };
    const title = `${pick(topics)}${pick(PARTICLES)}${pick(everyday)}${pick(everyday)}（示例${n}）`;
    const paragraphs = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
      Array.from({ length: 2 + Math.floor(r() * 4) }, sentence).join(''),
    );
    const city = r() < 0.3 ? pick(CITIES) : undefined;
    const blocks = [title, ...paragraphs, ...(city ? [`所在城市：${city}`] : [])];
    pages.push({ url: `/p/${String(n).padStart(5, '0')}/`, title, paragraphs, city, text: blocks.join('\n') });
  }
  return pages;
}

export function pageHtml(p: Page): string {
  const city = p.city ? `<p>所在城市：<span data-pagefind-filter="城市">${p.city}</span></p>` : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${p.title} - 网上职工之家</title></head>
<body><header><nav><a href="/">首页</a> <a href="/homes/">职工之家</a> <a href="/stories/">娘家人</a></nav></header>
<main data-pagefind-body><h1>${p.title}</h1>${p.paragraphs.map((x) => `<p>${x}</p>`).join('')}${city}</main>
<footer>山东省总工会 示例网站</footer></body></html>`;
}

export function writeSite(dir: string, pages: readonly Page[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const p of pages) {
    const d = path.join(dir, p.url);
    mkdirSync(d, { recursive: true });
    writeFileSync(path.join(d, 'index.html'), pageHtml(p));
  }
}
