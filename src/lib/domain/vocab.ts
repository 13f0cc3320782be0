/**
 * The programme's vocabulary (DOMAIN.md), with the labels the site shows.
 * Every list is a tuple so schemas can turn it into an enum and pages can
 * iterate it in its official order.
 */

/** The 16 prefecture-level cities of Shandong, in the province's usual order. */
export const CITIES = [
  'jinan',
  'qingdao',
  'zibo',
  'zaozhuang',
  'dongying',
  'yantai',
  'weifang',
  'jining',
  'taian',
  'weihai',
  'rizhao',
  'linyi',
  'dezhou',
  'liaocheng',
  'binzhou',
  'heze',
] as const;
export type City = (typeof CITIES)[number];
export const CITY_LABELS: Record<City, string> = {
  jinan: '济南市',
  qingdao: '青岛市',
  zibo: '淄博市',
  zaozhuang: '枣庄市',
  dongying: '东营市',
  yantai: '烟台市',
  weifang: '潍坊市',
  jining: '济宁市',
  taian: '泰安市',
  weihai: '威海市',
  rizhao: '日照市',
  linyi: '临沂市',
  dezhou: '德州市',
  liaocheng: '聊城市',
  binzhou: '滨州市',
  heze: '菏泽市',
};

/** 单位性质 (art. 5): standards differ by unit type. */
export const UNIT_TYPES = ['public-institution', 'state-owned', 'non-public'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  'public-institution': '机关（事业）',
  'state-owned': '国有（集体）',
  'non-public': '非公企业',
};

/** 等级 (art. 5), lowest first: the order is used to compare levels. */
export const LEVELS = ['qualified', 'advanced', 'model'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  qualified: '合格',
  advanced: '先进',
  model: '模范',
};

/** 八大领域 (art. 1). `other` is for units outside the eight sectors. */
export const SECTORS = [
  'two-new',
  'parks',
  'towns',
  'startup-platforms',
  'buildings',
  'markets',
  'logistics',
  'cooperatives',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  'two-new': '“两新”组织',
  parks: '各类园区',
  towns: '特色小镇',
  'startup-platforms': '创业平台',
  buildings: '楼宇商圈',
  markets: '专业市场',
  logistics: '货运物流',
  cooperatives: '合作经济组织',
  other: '其他领域',
};

/** 八大群体 (art. 1). */
export const WORKER_GROUPS = [
  'truck-drivers',
  'couriers',
  'carers',
  'domestic-workers',
  'mall-staff',
  'food-delivery',
  'estate-agents',
  'security-cleaning',
] as const;
export type WorkerGroup = (typeof WORKER_GROUPS)[number];
export const WORKER_GROUP_LABELS: Record<WorkerGroup, string> = {
  'truck-drivers': '货车驾驶员',
  couriers: '物流快递员',
  carers: '护工护理员',
  'domestic-workers': '家政服务员',
  'mall-staff': '商场信息员',
  'food-delivery': '网约送餐员',
  'estate-agents': '房产中介员',
  'security-cleaning': '保安保洁员',
};

/** 八有 (art. 2): the position standard. */
export const EIGHT_HAVES = [
  'venue',
  'signage',
  'facilities',
  'readingRoom',
  'rules',
  'activityPlan',
  'funding',
  'staffing',
] as const;
export type EightHave = (typeof EIGHT_HAVES)[number];
export const EIGHT_HAVE_LABELS: Record<EightHave, string> = {
  venue: '有活动场所',
  signage: '有统一标识',
  facilities: '有文体设施',
  readingRoom: '有职工书屋',
  rules: '有管理制度',
  activityPlan: '有活动计划',
  funding: '有经费保障',
  staffing: '有人员管理',
};

/** 六有 (art. 1): the national federation's goal for grassroots unions. */
export const SIX_HAVES = [
  'electedChair',
  'organisation',
  'serviceCarrier',
  'workingRules',
  'activityFunds',
  'performance',
] as const;
export type SixHave = (typeof SIX_HAVES)[number];
export const SIX_HAVE_LABELS: Record<SixHave, string> = {
  electedChair: '有依法选举的工会主席',
  organisation: '有健全的组织机构',
  serviceCarrier: '有服务职工的工作载体',
  workingRules: '有健全的工作制度',
  activityFunds: '有正常的活动经费',
  performance: '有满意的工作绩效',
};

/** 培训方向 (art. 6). */
export const COURSE_TOPICS = ['law', 'labour-relations', 'safety-health', 'counselling', 'union-business'] as const;
export type CourseTopic = (typeof COURSE_TOPICS)[number];
export const COURSE_TOPIC_LABELS: Record<CourseTopic, string> = {
  law: '法律',
  'labour-relations': '劳动关系协调',
  'safety-health': '职业安全与卫生',
  counselling: '心理咨询',
  'union-business': '工会业务',
};

/** Who a course is for. */
export const AUDIENCES = [
  'chairs',
  'full-time-cadres',
  'grassroots-cadres',
  'worker-representatives',
  'social-workers',
] as const;
export type Audience = (typeof AUDIENCES)[number];
export const AUDIENCE_LABELS: Record<Audience, string> = {
  chairs: '基层工会主席',
  'full-time-cadres': '专职工会干部',
  'grassroots-cadres': '基层工会干部',
  'worker-representatives': '职工代表',
  'social-workers': '工会社会工作者',
};

/** 四个讲解 (art. 7): the four themes of the lecture hall. */
export const LECTURE_THEMES = ['thought', 'achievements', 'strategy', 'prospects'] as const;
export type LectureTheme = (typeof LECTURE_THEMES)[number];
export const LECTURE_THEME_LABELS: Record<LectureTheme, string> = {
  thought: '讲解习近平新时代中国特色社会主义思想的丰富内涵',
  achievements: '讲解十八大以来党和国家发展取得的辉煌成就',
  strategy: '讲解新时代中国特色社会主义发展的战略安排',
  prospects: '讲解实现中华民族伟大复兴中国梦的美好前景',
};
export const LECTURE_THEME_SHORT: Record<LectureTheme, string> = {
  thought: '丰富内涵',
  achievements: '辉煌成就',
  strategy: '战略安排',
  prospects: '美好前景',
};

/** Roles a 娘家人 (trusted cadre) can hold (art. 5: chair or vice-chair). */
export const PERSON_ROLES = ['chair', 'vice-chair'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  chair: '工会主席',
  'vice-chair': '工会副主席',
};

/** The policy's year: award years start here (R9). */
export const POLICY_YEAR = 2018;
/** Members' satisfaction line (R6, art. 5). */
export const SATISFACTION_LINE = 70;
