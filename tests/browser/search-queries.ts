/**
 * The search quality set (issue 17): everyday queries against the sample
 * site, each with the pages a person would want to see first. A query passes
 * when every page of `top3` is among the first three results and, when
 * `oneOf` is given, at least one of those is too. `search-quality.test.ts`
 * runs them in Chromium on the built site and reports P@3 and MRR.
 */
export interface QualityQuery {
  q: string;
  kind: 'domain' | 'person' | 'place' | 'question' | 'synonym' | 'two words';
  top3: string[];
  /** at least one of these among the first three (an honour roll that lists a home, say) */
  oneOf?: string[];
}

const lesson = (course: string, id: string) => `/courses/${course}/${id}/`;
/** The sample site's honour rolls, 2019 to 2025: a person with titles in several years is on many. */
const EVERY_ROLL = [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => `/honors/${year}/`);

export const QUALITY_QUERIES: readonly QualityQuery[] = [
  // the programme's words
  { q: '职工书屋', kind: 'domain', top3: ['/stories/night-shift-reading-room/'] },
  { q: '八有', kind: 'domain', top3: [lesson('union-work', '02-eight-haves')] },
  {
    q: '直选',
    kind: 'domain',
    top3: [lesson('union-work', '01-direct-election'), '/stories/textile-mill-direct-election/'],
  },
  { q: '办实事公开承诺', kind: 'domain', top3: [lesson('union-work', '03-pledges')] },
  {
    q: '户外劳动者驿站',
    kind: 'domain',
    top3: ['/stories/rizhao-station-network/', '/stories/port-truck-driver-station/'],
  },
  { q: '法律援助', kind: 'domain', top3: [lesson('labour-law', '02-legal-aid')] },
  { q: '劳动合同', kind: 'domain', top3: [lesson('labour-law', '01-labour-contract')] },
  { q: '集体合同', kind: 'domain', top3: [lesson('labour-law', '03-collective-contract')] },
  { q: '防暑降温', kind: 'domain', top3: [lesson('safety-health', '02-heat-stress')] },
  { q: '危险源', kind: 'domain', top3: [lesson('safety-health', '01-hazard-id')] },
  { q: '传习所', kind: 'domain', top3: ['/lectures/'] },
  { q: '十条意见', kind: 'domain', top3: ['/policy/ten-opinions/', '/lectures/ten-opinions-explained/'] },
  { q: '评选规则', kind: 'domain', top3: ['/honors/rules/'] },
  { q: '五一劳动奖状', kind: 'domain', top3: ['/honors/may-day/', '/honors/rules/'] },
  { q: '证书查验', kind: 'domain', top3: ['/verify/'] },
  // homes report their own satisfaction; a page that explains the measure must be among the first three too
  {
    q: '会员评家满意度',
    kind: 'domain',
    top3: [],
    oneOf: [lesson('union-work', '03-pledges'), '/stories/chem-park-rectification/', '/honors/rules/'],
  },
  { q: '娘家人', kind: 'domain', top3: ['/honors/rules/', '/honors/'] },
  { q: '第一主席', kind: 'domain', top3: ['/policy/ten-opinions/'] },
  // people: honour rolls are found by a name, and come first
  { q: '毕玉堃', kind: 'person', top3: ['/honors/2019/', '/honors/2020/'] },
  {
    q: '𠮷庆华',
    kind: 'person',
    top3: [],
    oneOf: EVERY_ROLL,
  },
  {
    q: '刘䶮',
    kind: 'person',
    top3: [],
    oneOf: EVERY_ROLL,
  },
  { q: '周晓堃', kind: 'person', top3: ['/stories/night-shift-reading-room/'] },
  { q: '方晓燕', kind: 'person', top3: ['/lectures/ten-opinions-explained/'] },
  // places and homes
  { q: '济南钢铁', kind: 'place', top3: ['/homes/jinan-steel-works/', '/stories/night-shift-reading-room/'] },
  {
    q: '淄博某陶瓷厂职工之家',
    kind: 'place',
    top3: ['/homes/zibo-ceramics-works/'],
    oneOf: ['/honors/2019/', '/honors/2020/', '/honors/2021/'],
  },
  { q: '青岛港口', kind: 'place', top3: ['/homes/qingdao-port-logistics/', '/stories/port-truck-driver-station/'] },
  { q: '潍坊风筝', kind: 'place', top3: ['/stories/kite-town-craft-contest/', '/homes/weifang-kite-town/'] },
  { q: '威海渔业', kind: 'place', top3: ['/homes/weihai-fishing-group/'] },
  { q: '枣庄煤矿', kind: 'place', top3: ['/homes/zaozhuang-coal-mine/'] },
  { q: '日照茶', kind: 'place', top3: ['/homes/rizhao-tea-town/', '/stories/rizhao-station-network/'] },
  { q: '临沂快递', kind: 'place', top3: ['/homes/linyi-express-hub/', '/stories/linyi-couriers-join-union/'] },
  // questions as people ask them
  { q: '满意度不到七成怎么办', kind: 'question', top3: [lesson('union-work', '03-pledges')] },
  { q: '什么是娘家人', kind: 'question', top3: ['/honors/rules/', '/honors/'] },
  {
    q: '怎样组织工会主席直接选举',
    kind: 'question',
    top3: [],
    oneOf: [lesson('union-work', '01-direct-election'), '/stories/textile-mill-direct-election/'],
  },
  { q: '夏天高温作业怎么防暑', kind: 'question', top3: [lesson('safety-health', '02-heat-stress')] },
  { q: '被拖欠工资怎么办', kind: 'question', top3: [lesson('labour-law', '02-legal-aid')] },
  { q: '试用期最长多久', kind: 'question', top3: [lesson('labour-law', '01-labour-contract')] },
  { q: '快递员怎么入会', kind: 'question', top3: ['/stories/linyi-couriers-join-union/'] },
  { q: '如何申请法律援助', kind: 'question', top3: [lesson('labour-law', '02-legal-aid')] },
  { q: '职工之家要达到哪些标准', kind: 'question', top3: [lesson('union-work', '02-eight-haves')] },
  // synonyms and abbreviations (content/search/synonyms.yaml)
  { q: '工会主席直接选举', kind: 'synonym', top3: [lesson('union-work', '01-direct-election')] },
  {
    q: '集装箱卡车司机',
    kind: 'synonym',
    top3: ['/stories/port-truck-driver-station/', '/homes/qingdao-port-logistics/'],
  },
  { q: '快递小哥', kind: 'synonym', top3: ['/stories/linyi-couriers-join-union/', '/homes/linyi-express-hub/'] },
  { q: '外卖骑手', kind: 'synonym', top3: ['/stories/rizhao-station-network/'] },
  { q: '欠薪', kind: 'synonym', top3: [lesson('labour-law', '02-legal-aid')] },
  { q: '法援', kind: 'synonym', top3: [lesson('labour-law', '02-legal-aid')] },
  { q: '整顿', kind: 'synonym', top3: ['/stories/chem-park-rectification/'] },
  { q: '母婴室', kind: 'synonym', top3: ['/homes/jining-county-hospital/'] },
  // two words
  { q: '心理 减压', kind: 'two words', top3: ['/stories/hospital-staff-wellbeing/'] },
  { q: '夜班 读书', kind: 'two words', top3: ['/stories/night-shift-reading-room/'] },
  { q: '纺织 直选', kind: 'two words', top3: ['/stories/textile-mill-direct-election/'] },
  { q: '化工园区 整顿', kind: 'two words', top3: ['/stories/chem-park-rectification/'] },
  { q: '港口 驿站', kind: 'two words', top3: ['/stories/port-truck-driver-station/'] },
  { q: '风筝 手艺人', kind: 'two words', top3: ['/stories/kite-town-craft-contest/'] },
];
