import {
  CITIES,
  CITY_LABELS,
  EIGHT_HAVES,
  EIGHT_HAVE_LABELS,
  LEVELS,
  LEVEL_LABELS,
  SATISFACTION_LINE,
  SECTORS,
  SECTOR_LABELS,
  SIX_HAVES,
  SIX_HAVE_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
} from '../domain/vocab.ts';
import { choices, quoted, type ScaffoldContext } from './context.ts';

const checklist = <T extends string>(keys: readonly T[], labels: Record<T, string>) =>
  keys.map((k) => `  ${k}: false # ${labels[k]}`).join('\n');

/**
 * A workers' home. Checklists start all false and the level at the lowest:
 * an editor turns on what the home has, rather than having to notice what
 * it lacks.
 */
export function homeTemplate(c: ScaffoldContext): string {
  if (!c.photo) throw new Error('A home needs a photo: the schema asks for at least one.');
  const year = c.today.slice(0, 4);
  return `---
# 名称：职工之家的名称
title: ${quoted(c.title)}
# 所属单位：基层工会所在单位的全称
unit: ${quoted(c.title.replace(/职工之家$/, '') || c.title)}
# 单位性质（第五条），填英文代码：${choices(UNIT_TYPES, UNIT_TYPE_LABELS)}
unitType: ${UNIT_TYPES[2]}
# 所在市：${choices(CITIES, CITY_LABELS)}
city: ${c.city ?? CITIES[0]}
# 县（市、区）：例如 历下区
county: 请填写县市区
# 所属领域（第一条“八大领域”）：${choices(SECTORS, SECTOR_LABELS)}
sector: other
# 等级（第五条）：${choices(LEVELS, LEVEL_LABELS)}
level: ${LEVELS[0]}
# 命名年份：获得现等级的年份（2018 年以后）
year: ${year}
# 会员人数（可选）：删去下一行开头的“# ”并填写人数
# members: 100
# “八有”阵地标准（第二条）：已达到的改为 true
eightHaves:
${checklist(EIGHT_HAVES, EIGHT_HAVE_LABELS)}
# “六有”目标（第一条）：已达到的改为 true
sixHaves:
${checklist(SIX_HAVES, SIX_HAVE_LABELS)}
# 菜单式服务（第二条）：至少一项；每项写 name（名称），可加 description（说明）和 schedule（开放时间）
serviceMenu:
  - name: 职工书屋
    schedule: 每天 8:00-20:00
# 办实事公开承诺（可选，第五条）：每年一组，写法如下（删去行首的“# ”）
# pledges:
#   - year: ${year}
#     items:
#       - title: 建设母婴关爱室
#         standard: 年底前建成并开放
#         fulfilment: 100 # 兑现程度，0-100
#     rating: 95 # 职工代表评议得分，0-100
#     ratedOn: ${c.today} # 评议日期
# 会员评家满意度（第五条）：每年一项，percent 为百分数；低于 ${SATISFACTION_LINE} 须整顿，当年不能获得新称号
satisfaction:
  - year: ${year}
    percent: 90
# 照片：至少一张，第一张作封面；图片放在 content/media/photos/，src 写从本文件到图片的相对路径；
# alt 写图片里有什么（供视障读者使用），caption 是图下说明（可选）
photos:
  - src: ${c.photo}
    alt: 请替换为对图片内容的描述
# 联系方式：只填单位公开的地址、电话（phone）和开放时间（hours），不要填个人手机号
contact:
  address: 请填写地址
# 摘要：一两句话，显示在列表和搜索结果中
summary: ${quoted(`${c.title}。`)}
# 更新日期（可选）：格式 YYYY-MM-DD
updated: ${c.today}
# 示例标记：true 时页面上标“示例”；真实的职工之家请改为 false
sample: true
---

（职工之家的介绍：建家历程、特色做法、职工评价。）
`;
}
