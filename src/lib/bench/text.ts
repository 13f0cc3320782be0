import { between, pick, type Random } from './random.ts';

// Phrase tables for generated Chinese prose. Sentences are composed from
// templates with slots, so no two pages read alike, and the programme's words
// (职工之家, 职工书屋, 娘家人, 八有 ...) stand inside sentences followed by
// particles (娘家人的, 职工书屋里, 八有的), as editors write them: the cases
// that a Chinese search index must still find.

const WHO = [
  '工会',
  '集团工会',
  '基层工会',
  '工会主席',
  '工会小组长',
  '职工代表',
  '女职工委员会',
  '工会经审委员会',
  '车间分会',
  '园区联合工会',
  '街道总工会',
  '行业工会联合会',
];
const WORKERS = [
  '一线职工',
  '夜班职工',
  '青年职工',
  '女职工',
  '农民工',
  '快递小哥',
  '外卖骑手',
  '货车司机',
  '环卫工人',
  '护工',
  '家政服务员',
  '保安保洁员',
  '新入职的大学生',
  '退休老职工',
];
const PLACES = [
  '职工之家',
  '职工书屋',
  '户外劳动者驿站',
  '母婴关爱室',
  '心理咨询室',
  '法律援助站',
  '职工服务站',
  '文体活动室',
  '职工食堂',
  '爱心托管班',
  '劳模创新工作室',
  '职工健身房',
];
const PROGRAMMES = [
  '八有',
  '六有',
  '会站家一体化',
  '菜单式服务',
  '办实事公开承诺',
  '会员评家',
  '娘家人',
  '直选',
  '集体协商',
  '技能比武',
  '金秋助学',
  '送清凉',
  '送温暖',
];
const THINGS = [
  '开放时间',
  '服务菜单',
  '借阅登记',
  '值班安排',
  '活动计划',
  '管理制度',
  '经费台账',
  '服务流程',
  '意见箱',
  '预约方式',
];
const CHANGES = [
  '延长到晚上九点',
  '调整为全天开放',
  '贴在厂区公示栏上',
  '搬到离厂门最近的一楼',
  '交给职工代表逐项打分',
  '改成线上线下都能预约',
  '写进了年度工作计划',
  '按季度向职工公开',
];
const RESULTS = [
  '职工满意度明显提高',
  '受到职工的普遍欢迎',
  '职工有事不出厂区就能办',
  '新就业形态劳动者有了落脚点',
  '夜班职工也能用上',
  '困难职工的求助件件有回音',
  '工会的凝聚力更强了',
  '职工说这才是自己的家',
];
const ACTS = [
  '读书备考',
  '喝口热水、给手机充电',
  '咨询劳动合同的问题',
  '参加技能培训',
  '找心理咨询师聊一聊',
  '带孩子写作业',
  '打乒乓球、练瑜伽',
  '报名参加技能比武',
];
const QUOTES = [
  '有事找工会，工会真管用',
  '下了夜班也有地方去了',
  '工会干部就是我们的娘家人',
  '在这儿能歇脚、能充电，心里暖和',
  '以前不知道找谁，现在一个电话就有人来',
  '书屋里什么时候都有人，大家一起学，不容易偷懒',
];
const PARTICLE_TAILS = ['的作用更加突出', '的服务更贴心了', '的牌子擦得更亮了', '的门常年开着', '的活动越来越多'];
const NUMBERS = ['三', '五', '六', '八', '十', '十二', '二十', '三十'];

type Template = (rnd: Random) => string;

const TEMPLATES: Template[] = [
  (r) => `${pick(r, WHO)}把${pick(r, PLACES)}的${pick(r, THINGS)}${pick(r, CHANGES)}，${pick(r, RESULTS)}。`,
  (r) => `${pick(r, PLACES)}里常有${pick(r, WORKERS)}${pick(r, ACTS)}。`,
  (r) => `对照八有的标准，${pick(r, WHO)}逐项补齐了${pick(r, PLACES)}和${pick(r, THINGS)}。`,
  (r) => `${pick(r, WORKERS)}把工会干部叫作娘家人，娘家人的电话就贴在${pick(r, PLACES)}门口。`,
  (r) =>
    `${between(r, 2019, 2025)}年，${pick(r, WHO)}新建了${pick(r, PLACES)}，当年就有${between(r, 40, 900)}人次${pick(r, ACTS)}。`,
  (r) => `在职工之家的${pick(r, PLACES)}，${pick(r, WORKERS)}说：“${pick(r, QUOTES)}。”`,
  (r) => `${pick(r, PROGRAMMES)}的做法推开以后，${pick(r, RESULTS)}。`,
  (r) => `职工书屋里新添了${between(r, 100, 2000)}册图书，${pick(r, WORKERS)}${pick(r, ACTS)}有了去处。`,
  (r) =>
    `${pick(r, WHO)}每月召开一次${pick(r, ['职工座谈会', '恳谈会', '班组长会', '职工代表会'])}，听取${pick(r, WORKERS)}对${pick(r, PROGRAMMES)}的意见。`,
  (r) => `${pick(r, PLACES)}和${pick(r, PLACES)}连在一起，做到了会、站、家一体化，${pick(r, RESULTS)}。`,
  (r) => `娘家人${pick(r, PARTICLE_TAILS)}，${pick(r, WORKERS)}遇到难事先想到工会。`,
  (r) => `职工之家${pick(r, PARTICLE_TAILS)}，${pick(r, NUMBERS)}项服务写进了服务菜单。`,
  (r) => `按照办实事公开承诺，${pick(r, WHO)}年初向职工承诺${pick(r, NUMBERS)}件实事，年底由职工代表逐项打分。`,
  (r) => `${pick(r, WHO)}请来律师在法律援助站坐班，帮${pick(r, WORKERS)}看劳动合同、算加班工资。`,
  (r) => `夏天${pick(r, WHO)}把防暑用品送到一线，冬天到困难职工家里走访慰问。`,
  (r) => `会员评家的满意度从${between(r, 70, 85)}%提高到${between(r, 86, 99)}%，八有的各项标准全部达到。`,
];

/** One sentence. */
export function sentence(rnd: Random): string {
  return pick(rnd, TEMPLATES)(rnd);
}

/** A paragraph of `n` sentences. */
export function paragraph(rnd: Random, n: number): string {
  return Array.from({ length: n }, () => sentence(rnd)).join('');
}

/** A short quote from a worker, for 职工评价 sections. */
export function workerQuote(rnd: Random): string {
  return `${pick(rnd, WORKERS)}说：“${pick(rnd, QUOTES)}。”`;
}

/** Names of things a home offers, for its service menu. */
export const SERVICES = [
  '职工书屋',
  '法律援助',
  '心理咨询',
  '困难帮扶',
  '技能培训',
  '文体活动',
  '健康体检',
  '爱心托管',
  '母婴关爱',
  '户外劳动者驿站',
  '婚恋交友',
  '互助保障',
];

export const SCHEDULES = [
  '全天开放',
  '工作日 8:30-20:30',
  '每周二、四晚上',
  '预约制',
  '每月第一个周三下午',
  '常年受理',
];
