import { LECTURE_THEMES, LECTURE_THEME_LABELS } from '../domain/vocab.ts';
import { choices, quoted, type ScaffoldContext } from './context.ts';

/** Lecture-hall material (新时代文明传习所, art. 7): sections become slides and printed pages. */
export function lectureTemplate(c: ScaffoldContext): string {
  const references = c.policy
    ? `references:\n  - title: ${quoted(c.policy.title)}\n    href: /policy/${c.policy.id}/`
    : 'references: []';
  return `---
# 标题：讲稿题目
title: ${quoted(c.title)}
# 主题（“四个讲解”之一，第七条），填英文代码：${choices(LECTURE_THEMES, LECTURE_THEME_LABELS)}
theme: ${LECTURE_THEMES[0]}
# 主讲人：姓名或单位
speaker: 请填写主讲人
# 日期：格式 YYYY-MM-DD，不能晚于今天
date: ${c.today}
# 摘要：一两句话说明讲什么，显示在列表和搜索结果中
summary: ${quoted(`${c.title}。`)}
# 预计时长（可选）：分钟数
minutes: 30
# 参考资料（可选）：每项写 title（名称），有网址的写 href
${references}
# 示例标记：true 时页面上标“示例”；正式讲稿请改为 false
sample: true
---

## 一、第一部分

（讲稿正文。每个“## ”标题是一节：演示模式下每节一屏，打印时每节另起一页。）

> 讲解提示：以“讲解提示：”开头的引用是给主讲人看的提示，演示时默认隐藏。

## 二、第二部分

（讲稿正文。）
`;
}
