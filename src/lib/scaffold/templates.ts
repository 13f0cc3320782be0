import {
  CITIES,
  CITY_LABELS,
  EIGHT_HAVES,
  EIGHT_HAVE_LABELS,
  LECTURE_THEMES,
  LECTURE_THEME_SHORT,
  LEVELS,
  LEVEL_LABELS,
  SECTORS,
  SECTOR_LABELS,
  SIX_HAVES,
  SIX_HAVE_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
  type City,
} from '../domain/vocab.ts';

/** What a new file needs: its title, today, and files it may point at. */
export interface ScaffoldContext {
  title: string;
  /** `YYYY-MM-DD`. */
  today: string;
  /** Photo path relative to the new file (an existing photo, to be replaced). */
  photo: string;
  city?: City;
}

const q = (s: string) => JSON.stringify(s);
const choices = (values: readonly string[], labels: Record<string, string>) =>
  values.map((v) => `${v}（${labels[v]}）`).join('、');

// Every required field is filled with a value that passes the schema, so a
// new file builds at once; the comments say in Chinese what each field is.

export function storyTemplate(c: ScaffoldContext): string {
  return `---
# 标题：案例的题目，显示在列表和页面顶部
title: ${q(c.title)}
# 作者：撰稿人姓名或单位
author: 宣传部
# 日期：发布日期，格式 YYYY-MM-DD（不能晚于今天）
date: ${c.today}
# 城市（可选）：${choices(CITIES, CITY_LABELS)}
city: ${c.city ?? 'jinan'}
# 标签：从已有标签中选用，例如 职工书屋、户外劳动者驿站、办实事、心理关爱、技能提升、直选、新就业形态、会站家一体化
tags: [办实事]
# 相关职工之家：填写职工之家的编号（content/homes/ 下的文件名，不含 .md），可填多个，例如 [jinan-steel-works]
homes: []
# 摘要：一两句话概括案例，显示在列表和搜索结果中
summary: ${q(`${c.title}的做法和成效。`)}
# 封面图片：图片放在 content/media/photos/，alt 必须描述图片内容（供视障读者使用）
cover:
  src: ${c.photo}
  alt: 请替换为对图片内容的描述
# 示例标记：正式发布的真实案例请改为 false
sample: true
---

## 背景

（写明这个单位或群体遇到的问题，职工的需求是什么。）

## 做法

（写明工会做了什么、怎么做的，要具体，便于其他单位学习复制。）

## 成效

（用事实和数字说明效果。）

## 职工评价

（引用一两位职工的话；公开姓名须经本人同意。）
`;
}

export function lectureTemplate(c: ScaffoldContext): string {
  return `---
# 标题：讲稿题目
title: ${q(c.title)}
# 主题（“四个讲解”之一）：${choices(LECTURE_THEMES, LECTURE_THEME_SHORT)}
theme: thought
# 主讲人
speaker: 主讲人姓名
# 日期：格式 YYYY-MM-DD
date: ${c.today}
# 摘要：一两句话说明讲什么
summary: ${q(`${c.title}。`)}
# 预计时长（分钟，可选）
minutes: 30
# 参考资料（可选）：每项写 title，网址写在 href
references:
  - title: 山东省总工会关于新时代职工之家建设的十条意见
    href: /policy/ten-opinions/
sample: true
---

## 一、第一部分

（讲稿正文。每个“## ”标题是一节，演示模式下每节一屏，打印时每节另起一页。）

> 讲解提示：以“讲解提示：”开头的引用是给主讲人的提示，演示时默认隐藏。

## 二、第二部分

（讲稿正文。）
`;
}

export function homeTemplate(c: ScaffoldContext): string {
  const yes = (keys: readonly string[], labels: Record<string, string>) =>
    keys.map((k) => `  ${k}: true # ${labels[k]}`).join('\n');
  return `---
# 名称：职工之家的名称
title: ${q(c.title)}
# 所属单位：基层工会所在的单位全称
unit: ${q(c.title.replace(/职工之家$/, '') || c.title)}
# 单位性质：${choices(UNIT_TYPES, UNIT_TYPE_LABELS)}
unitType: non-public
# 所在市：${choices(CITIES, CITY_LABELS)}
city: ${c.city ?? 'jinan'}
# 县（市、区）
county: 请填写县市区
# 所属领域：${choices(SECTORS, SECTOR_LABELS)}
sector: other
# 等级：${choices(LEVELS, LEVEL_LABELS)}
level: qualified
# 命名年份
year: ${c.today.slice(0, 4)}
# “八有”阵地标准（第二条）：达到的填 true，未达到的填 false
eightHaves:
${yes(EIGHT_HAVES, EIGHT_HAVE_LABELS)}
# “六有”目标（第一条）
sixHaves:
${yes(SIX_HAVES, SIX_HAVE_LABELS)}
# 菜单式服务：每项写 name，可加 description（说明）和 schedule（时间）
serviceMenu:
  - name: 职工书屋
    schedule: 每天 8:00-20:00
# 会员评家满意度：每年一项，percent 为百分数（低于 70 须整顿）
satisfaction:
  - year: ${c.today.slice(0, 4)}
    percent: 90
# 照片：至少一张，放在 content/media/photos/；alt 必须描述图片内容
photos:
  - src: ${c.photo}
    alt: 请替换为对图片内容的描述
# 联系方式：只填单位的公开地址和电话，不要填个人手机号
contact:
  address: 请填写地址
# 摘要：一两句话，显示在列表和搜索结果中
summary: ${q(`${c.title}。`)}
sample: true
---

（职工之家的介绍：建家历程、特色做法、职工评价。）
`;
}

export const TEMPLATES = { story: storyTemplate, lecture: lectureTemplate, home: homeTemplate } as const;
export type ScaffoldKind = keyof typeof TEMPLATES;
/** Where each kind goes under the content root. */
export const FOLDERS: Record<ScaffoldKind, string> = { story: 'stories', lecture: 'lectures', home: 'homes' };
