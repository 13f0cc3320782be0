import { pick, type Random } from './random.ts';

// Invented names for 娘家人. Real names use rare characters (生僻字, some
// outside the Basic Multilingual Plane), so a share of the names do too: the
// fonts, the certificates and the search index must all cope with them.

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '孙',
  '周',
  '吴',
  '徐',
  '马',
  '朱',
  '胡',
  '郭',
  '高',
  '林',
  '丛',
  '毕',
  '𠮷',
  '仉',
  '亓',
];
const GIVEN = [
  '建国',
  '秀英',
  '海涛',
  '丽娟',
  '志刚',
  '晓梅',
  '德明',
  '春燕',
  '文斌',
  '玉梅',
  '红霞',
  '振华',
  '庆华',
  '立新',
  '雪',
  '鹏',
  '磊',
  '喆',
  '堃',
  '䶮',
  '燊',
  '淼',
  '犇',
  '昇',
];

/** A person's name: a surname and a one- or two-character given name. */
export function personName(rnd: Random): string {
  return `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
}
