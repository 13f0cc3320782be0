import { stringify } from 'yaml';
import { CITY_LABELS } from '../domain/vocab.ts';
import type { StoryData } from '../schemas/stories.ts';
import type { HomeStub } from './honours.ts';
import { between, dayIn, pick, sample, type Random } from './random.ts';
import { paragraph, workerQuote } from './text.ts';

/** The sample site's story tags (content/site.yaml). */
export const STORY_TAGS = [
  '职工书屋',
  '户外劳动者驿站',
  '办实事',
  '心理关爱',
  '技能提升',
  '直选',
  '新就业形态',
  '会站家一体化',
];
const HEADLINES = [
  '下了夜班，书屋的灯还亮着',
  '快递小哥有了歇脚的地方',
  '一张服务菜单，职工点什么工会做什么',
  '娘家人的电话，二十四小时有人接',
  '对照八有，一项一项补齐',
  '直选出来的工会主席',
  '承诺清单贴上墙，年底职工来打分',
  '心理咨询室里的悄悄话',
  '技能比武场上的工会身影',
  '会、站、家连成一片',
];

/** The Markdown file of one generated story about one or two homes. */
export function storyFile(rnd: Random, i: number, homes: readonly HomeStub[], coverPhotos: readonly string[]): string {
  const about = sample(rnd, homes, between(rnd, 1, 2));
  const city = about[0]!.city;
  const data: StoryData = {
    title: `${CITY_LABELS[city].slice(0, 2)}：${pick(rnd, HEADLINES)}（示例 ${i + 1}）`,
    author: `示例作者`,
    date: dayIn(rnd, between(rnd, 2019, 2025)),
    city,
    tags: sample(rnd, STORY_TAGS, between(rnd, 1, 3)),
    homes: about.map((h) => h.id),
    summary: paragraph(rnd, 1),
    cover: { src: pick(rnd, coverPhotos), alt: '示例插画：职工之家里的活动场景' },
    sample: true,
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n## 背景\n\n${paragraph(rnd, between(rnd, 2, 4))}\n\n## 做法\n\n${Array.from(
    { length: between(rnd, 3, 5) },
    () => `- ${paragraph(rnd, 1)}`,
  ).join(
    '\n',
  )}\n\n## 成效\n\n${paragraph(rnd, between(rnd, 2, 4))}\n\n## 职工评价\n\n${workerQuote(rnd)}${workerQuote(rnd)}\n`;
}
