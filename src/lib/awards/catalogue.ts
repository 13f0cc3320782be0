/**
 * The award rules R1-R9, written once. Validation messages cite `id` and
 * `article`; status badges and rule links show `title` and link `anchor`;
 * the rules page (/honors/rules/) prints `summary` and `policyWords`. Every
 * rule comes from article 5 of the policy (开展“双争”活动): R9 keeps the
 * record of what article 5 confers (命名、颁发证书) straight, its years
 * counted from the policy's own year.
 */
import { articleAnchor, MAY_DAY_HREF, PROVINCIAL_HREF, SECTION } from '../routes/urls.ts';

export const RULE_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface AwardRule {
  id: RuleId;
  /** Short name, as links and headings show it. */
  title: string;
  /** The article it comes from, as messages cite it: 第五条. */
  article: string;
  /** The article's anchor on the policy page: art-5. */
  anchor: string;
  /** What the rule means, for the public. */
  summary: string;
  /** The policy's own words. */
  policyWords: string;
  /** Where the site applies it, when a page shows it. */
  seeAlso?: { href: string; label: string };
}

const ARTICLE_5 = { article: '第五条', anchor: articleAnchor(5) };

/** R1-R9, in order. */
export const AWARD_RULES: Readonly<Record<RuleId, AwardRule>> = {
  R1: {
    id: 'R1',
    title: '三个等级、三类单位',
    ...ARTICLE_5,
    summary: '职工之家分合格、先进、模范三个等级；机关（事业）、国有（集体）、非公企业三类单位分别制定标准，分别评定。',
    policyWords:
      '根据基层工会“六有”标准，按照合格、先进、模范三个等级，区分机关（事业）、国有（集体）、非公企业等单位性质，分别制定标准、提出要求。',
    seeAlso: { href: SECTION.homes, label: '职工之家按等级和单位性质浏览' },
  },
  R2: {
    id: 'R2',
    title: '自主申报，写明命名单位',
    ...ARTICLE_5,
    summary:
      '不事先分配名额，达到标准的基层工会都可以自主申报、获得称号。每项称号都写明命名单位和年度，证书由命名单位颁发。',
    policyWords:
      '改进职工之家评比方式，不再事先分配名额，由各基层工会根据工作标准自主创建、自主申报，逐级考评、审核、表彰。……由命名单位颁发奖牌、证书，并给予适当物质奖励。',
    seeAlso: { href: SECTION.verify, label: '证书查验' },
  },
  R3: {
    id: 'R3',
    title: '每年十佳',
    ...ARTICLE_5,
    summary:
      '省总工会每年选树十佳职工之家和十佳“娘家人”，各不超过十个，正式公布的名单各为十个。十佳职工之家获富民兴鲁劳动奖状和 50 万元工作经费，十佳“娘家人”获富民兴鲁劳动奖章。',
    policyWords:
      '省总工会每年选树十佳职工信赖的职工之家、十佳职工信赖的“娘家人”，分别授予富民兴鲁劳动奖状（章）荣誉称号，并对十佳职工信赖的职工之家奖励50万元工作经费，给予十佳职工信赖的“娘家人”相应的政治待遇。',
    seeAlso: { href: SECTION.honours, label: '历年十佳' },
  },
  R4: {
    id: 'R4',
    title: '连续三年模范',
    ...ARTICLE_5,
    summary:
      '职工之家或工会主席（副主席）连续三年保持模范称号，可作为推荐申报上一级工会五一劳动奖状（章）的依据。这一资格由荣誉记录推算，不手工填写；被撤销的称号不计入。',
    policyWords:
      '连续三年保持模范荣誉称号的基层工会和工会主席（副主席），可作为推荐申报上一级工会“五一劳动奖状（章）”的依据。',
    seeAlso: { href: MAY_DAY_HREF, label: '可推荐五一劳动奖状（章）的名单' },
  },
  R5: {
    id: 'R5',
    title: '省级模范是参评省级荣誉的条件',
    ...ARTICLE_5,
    summary: '持有省级模范职工之家称号，是本单位、单位领导和工会主席参评省级荣誉的条件。这一资格也由荣誉记录推算。',
    policyWords: '把基层工会是否获得省级模范职工之家荣誉称号作为本单位及其党政领导、工会主席参评省级荣誉称号的条件。',
    seeAlso: { href: PROVINCIAL_HREF, label: '可参评省级荣誉的名单' },
  },
  R6: {
    id: 'R6',
    title: '满意度不足 70% 及时整顿',
    ...ARTICLE_5,
    summary: '会员评家满意度低于 70% 的职工之家要及时整顿；满意度低于这一标准时，不能获得新的称号。',
    policyWords: '加大职工群众满意度在考核复核中所占分值比重，对会员评家满意度达不到70%的进行及时整顿。',
  },
  R7: {
    id: 'R7',
    title: '一年一考核、三年一复核',
    ...ARTICLE_5,
    summary:
      '称号每年考核一次、每三年复核一次；复核合格的予以确认（本站标为“复核确认”），满三年尚未复核的标为“待复核”。复核只能在命名之后。',
    policyWords: '建立职工之家动态管理机制，对基层建家情况每年一考核，三年一复核，对复核合格的予以确认……',
  },
  R8: {
    id: 'R8',
    title: '整改不超过半年，逾期撤销',
    ...ARTICLE_5,
    summary:
      '复核不合格的限期整改，整改期限最长半年（本站标为“整改中”，并显示截止日期和剩余天数）。逾期未整改或整改后仍未达标的，由命名单位撤销称号；撤销的称号仍留在记录中，注明撤销日期、撤销单位和原因。整改期限不能早于整改开始，撤销不能早于命名。',
    policyWords:
      '……不合格的提出限期整改要求，整改期限一般不超过半年，逾期未整改或经整改仍未达标的，由命名单位撤销其称号。',
  },
  R9: {
    id: 'R9',
    title: '一条记录、一个事实',
    ...ARTICLE_5,
    summary:
      '称号由命名单位命名、颁发证书，记录要能核对：奖项编号和证书编号都不重复；每项称号都对应一个存在的职工之家或一位“娘家人”；日期真实存在；年度从《意见》印发的 2018 年算起，不晚于当年。',
    policyWords: '逐级考评、审核、表彰……由命名单位颁发奖牌、证书。',
    seeAlso: { href: SECTION.verify, label: '证书查验' },
  },
};

/** Where the rules come from, as the rules page introduces them: all from article 5, R9 as its record-keeping. */
export const RULES_ORIGIN = {
  policy: '《山东省总工会关于新时代职工之家建设的十条意见》',
  ...ARTICLE_5,
  r9: 'R9 是第五条所说命名和颁发证书的记录要求，保证荣誉记录前后一致、可以核对。',
};

/** A rule by id. */
export const awardRule = (id: RuleId): AwardRule => AWARD_RULES[id];

/** Where the consent rule comes from: it is the law, not the policy. */
export const CONSENT_ARTICLE = '《个人信息保护法》第二十五条';
