import { CITIES, CITY_LABELS } from '../domain/vocab.ts';
import { choices, quoted, type ScaffoldContext } from './context.ts';

function tagLines(tags: readonly string[] | undefined): string {
  if (!tags?.length) return `# 标签（可选）：写几个关键词，例如 [职工书屋, 办实事]\ntags: []`;
  return `# 标签：只能从站点配置 site.yaml 的 tags 中选用：${tags.join('、')}\n# 需要新标签时，先加到 site.yaml 的 tags 里\ntags: [${tags[0]}]`;
}

function coverLines(photo: string | undefined): string {
  if (!photo)
    return '# 要用封面时，删去下面三行开头的“# ”\n# cover:\n#   src: ../media/photos/图片文件名.jpg\n#   alt: 描述图片内容';
  return `cover:\n  src: ${photo}\n  alt: 请替换为对图片内容的描述`;
}

/** A case story (典型案例, art. 10) in the usual four parts. */
export function storyTemplate(c: ScaffoldContext): string {
  const example = c.homeIds?.[0] ?? 'jinan-steel-works';
  const city = c.city
    ? `city: ${c.city}`
    : `# 案例属于某个市时，删去下一行开头的“# ”，并把 jinan 换成该市\n# city: jinan`;
  return `---
# 标题：案例的题目，显示在列表、页面顶部和 RSS 订阅中
title: ${quoted(c.title)}
# 作者：撰稿人姓名或供稿单位
author: 请填写撰稿人
# 发布日期：格式 YYYY-MM-DD，必须是真实的日子，不能晚于今天
date: ${c.today}
# 所在市（可选）：${choices(CITIES, CITY_LABELS)}
${city}
${tagLines(c.tags)}
# 相关职工之家（可选）：写职工之家的编号，即 content/homes/ 下的文件名（不含 .md），
# 可写多个，例如 [${example}]；案例会同时显示在这些职工之家的页面上
homes: []
# 摘要：一两句话概括案例，显示在列表、搜索结果和 RSS 订阅中
summary: ${quoted(`${c.title}的做法和成效。`)}
# 封面图片（可选）：图片放在 content/media/photos/，src 写从本文件到图片的相对路径；
# alt 写图片里有什么（供视障读者使用），caption 是图下说明（可选）
${coverLines(c.photo)}
# 示例标记：true 时页面上标“示例”；真实案例请改为 false
sample: true
---

## 背景

（这个单位或群体遇到了什么问题，职工有什么需求。）

## 做法

（工会做了什么、怎么做的：写具体，便于其他单位学习复制。）

## 成效

（用事实和数字说明效果。）

## 职工评价

（引用一两位职工的话；公开姓名须经本人同意。）
`;
}
