import type { Refusal } from './html-allow-list.ts';
import { ALLOWED_SCHEMES } from './url.ts';

/** What to tell an editor about each kind of refused markup: what happened, why, what to do. */
export const REFUSALS = {
  syntax: {
    message: 'MDX 语法错误，文件无法解析',
    hint: 'MDX 中 < 和 { 有特殊含义：要写这两个符号本身，请写成 \\< 和 \\{；不需要组件的文章请改用 .md 文件',
  },
  esm: {
    message: '正文中不能使用 import 或 export 语句（MDX 会在构建时把它作为程序执行）',
    hint: '删除这一行；如需使用组件，请联系技术人员加入允许名单',
  },
  expression: {
    message: '正文中不能使用 {…} 表达式（MDX 会在构建时把它作为程序执行；{/* 注释 */} 也不行）',
    hint: '删除花括号及其内容；要写花括号本身请写成 \\{ 和 \\}，或把文件改为 .md',
  },
  'dangerous-element': {
    message: '正文中不能包含 <{name}> 元素（脚本、内嵌网页、插件、样式和表单会在读者的浏览器中运行或改变网站）',
    hint: '删除这个元素；视频请放在课程的 videos 字段，外部网页请用普通链接，版式由网站统一设置',
  },
  element: {
    message: '正文中不能使用 <{name}> 元素：不在允许使用的 HTML 元素名单中',
    hint: '用 Markdown 写标题、列表、表格、链接和图片；需要的元素请联系技术人员评估后加入名单',
  },
  event: {
    message: '不能使用 {name} 等事件属性（会在读者的浏览器中执行脚本）',
    hint: '删除这个属性',
  },
  style: {
    message: '不能使用 style 行内样式',
    hint: '删除 style 属性；版式由网站统一设置',
  },
  attribute: {
    message: '不能使用 {name} 属性：不在允许使用的属性名单中',
    hint: '删除这个属性；链接用 href，图片用 src 和 alt',
  },
  url: {
    message: '链接或图片地址“{name}”不能使用：只允许 http://、https://、mailto:、tel: 开头的地址或站内路径',
    hint: '改为 https:// 开头的网址或以 / 开头的站内路径',
  },
  component: {
    message: '不能使用组件 <{name}>：不在允许使用的组件名单中',
    hint: '可用的组件见 src/lib/guards/mdx.ts 的 EDITOR_COMPONENTS；需要新组件请联系技术人员',
  },
  prop: {
    message: '组件属性 {name} 不在允许名单中',
    hint: '只写组件名单中列出的属性，值用引号括起来的文字',
  },
} as const;

/** The message and hint for a refusal, with what was found put in. */
export function refusalText(refusal: Refusal): { message: string; hint: string } {
  const text = REFUSALS[refusal.kind];
  const name = refusal.name.length > 60 ? `${refusal.name.slice(0, 57)}…` : refusal.name;
  return { message: text.message.replace('{name}', name), hint: text.hint };
}

export const ALLOWED_SCHEME_LIST = ALLOWED_SCHEMES.join('、');
