/**
 * The award rules R1-R9 (DOMAIN.md) in plain Chinese for the public, each
 * with the policy article it comes from. The rules themselves are code in
 * src/lib/awards; this is what the honour pages say about them.
 */
export const RULES: { id: string; article: number; title: string; text: string }[] = [
  {
    id: 'R1',
    article: 5,
    title: '三个等级',
    text: '职工之家分合格、先进、模范三个等级，区分机关（事业）、国有（集体）、非公企业等单位性质分别制定标准。',
  },
  {
    id: 'R2',
    article: 5,
    title: '自主申报、不分配名额',
    text: '不再事先分配名额，由基层工会自主创建、自主申报，逐级考评、审核、表彰；每个称号都写明命名单位和年度。',
  },
  {
    id: 'R3',
    article: 5,
    title: '每年十佳',
    text: '省总工会每年选树十佳职工信赖的职工之家、十佳职工信赖的“娘家人”，各不超过十个，正式公布的名单各为十个；分别授予富民兴鲁劳动奖状（章），十佳职工之家奖励 50 万元工作经费。',
  },
  {
    id: 'R4',
    article: 5,
    title: '连续三年模范',
    text: '连续三年保持模范荣誉称号的基层工会和工会主席（副主席），可作为推荐申报上一级工会“五一劳动奖状（章）”的依据。这一资格由记录推算，不手工填写。',
  },
  {
    id: 'R5',
    article: 5,
    title: '省级模范是参评条件',
    text: '是否获得省级模范职工之家荣誉称号，作为本单位及其党政领导、工会主席参评省级荣誉称号的条件。',
  },
  {
    id: 'R6',
    article: 5,
    title: '满意度 70%',
    text: '会员评家满意度达不到 70% 的及时整顿；低于这一标准时不能获得新的称号。',
  },
  {
    id: 'R7',
    article: 5,
    title: '一年一考核、三年一复核',
    text: '对基层建家情况每年一考核，三年一复核，复核合格的予以确认。',
  },
  {
    id: 'R8',
    article: 5,
    title: '整改不超过半年',
    text: '复核不合格的提出限期整改要求，整改期限一般不超过半年；逾期未整改或经整改仍未达标的，由命名单位撤销其称号。撤销的称号保留在记录中，注明撤销日期。',
  },
  {
    id: 'R9',
    article: 5,
    title: '一条记录、一个事实',
    text: '奖项编号和证书编号不重复；每个奖项都对应存在的职工之家或个人；年份为 2018 年（意见发布之年）至今的真实年份。',
  },
];
