/**
 * Invented certificate inputs (示例) for tests and the benchmark: all four
 * designs, all levels, and names with rare characters (𠮷 䶮 堃 喆 燊).
 */
import { recordDigest } from './digest.ts';
import type { CertificateInput } from './types.ts';

const UNITS = [
  '济南𠮷祥重工',
  '青岛港湾物流',
  '淄博喆燊商贸',
  '烟台万华化学',
  '潍坊潍柴动力',
  '济宁䶮山矿业',
  '泰安堃岳电力',
  '威海海洋食品',
];
const PEOPLE = ['王𠮷', '李䶮', '张堃', '刘喆', '陈燊', '赵明远', '孙丽华', '周强'];
const TEMPLATES = ['home-title', 'top-ten-home', 'top-ten-person', 'person-title'] as const;
const LEVELS = ['model', 'advanced', 'qualified'] as const;
const CITATIONS = [
  '该单位工会坚持以职工为中心，建家阵地“八有”齐全，菜单式服务贴近职工需求，会员评家满意度持续提升，在新时代职工之家建设中成绩突出。',
  '该同志担任工会主席以来，倾心倾力为职工办实事、解难题，推动建立工资集体协商机制，被职工亲切地称为“娘家人”。',
  '该单位工会推进会、站、家一体化建设，办实事公开承诺件件落实，职工书屋和心理咨询室常年开放。',
];

/** `n` distinct sample inputs; the same `n` always gives the same inputs. */
export function sampleCertificates(n: number, baseUrl = 'https://zgzj.example.cn'): CertificateInput[] {
  return Array.from({ length: n }, (_, i) => {
    const template = TEMPLATES[i % 4]!;
    const year = 2019 + (i % 6);
    const serial = `鲁工家证〔${year}〕${String(i + 1).padStart(4, '0')}`;
    const unit = `${UNITS[i % UNITS.length]}有限公司工会`;
    const person = template === 'top-ten-person' || template === 'person-title';
    const record = {
      serial,
      template,
      ...(template === 'home-title' || template === 'person-title' ? { level: LEVELS[Math.floor(i / 4) % 3]! } : {}),
      year,
      recipient: person ? PEOPLE[i % PEOPLE.length]! : unit,
      ...(person ? { unit } : {}),
      citation: person ? CITATIONS[1]! : CITATIONS[i % 2 === 0 ? 0 : 2]!,
      conferrer: i % 4 === 0 ? '济南市总工会' : '山东省总工会',
      conferredOn: `${year}-04-28`,
      verifyUrl: `${baseUrl}/verify/${encodeURIComponent(serial)}/`,
    };
    return { ...record, digest: recordDigest(record) };
  });
}
