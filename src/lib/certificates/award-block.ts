/**
 * The part that differs between the three designs (art. 5): the title in a
 * ribbon coloured by level, and for the top ten the provincial labour award
 * (奖状 for a unit, 奖章 for a person) with its emblem.
 */
import { chineseYear } from './chinese-date.ts';
import { h, img, svgDataUri } from './h.ts';
import { DEEP_RED, GOLD, LIGHT_GOLD, PAPER, RED } from './palette.ts';
import { starPoints } from './seal.ts';
import type { CertificateInput, CertificateLevel, SatoriElement } from './types.ts';

const LEVEL_LABEL: Record<CertificateLevel, string> = { qualified: '合格', advanced: '先进', model: '模范' };

/** A ribbon is two nested filled boxes (edge, then fill): CSS borders would cost clip paths. */
interface Ribbon {
  edge: string;
  edgeWidth: number;
  fill: string;
  color: string;
}
const RIBBONS: Record<CertificateLevel | 'top-ten', Ribbon> = {
  model: { edge: GOLD, edgeWidth: 3, fill: RED, color: LIGHT_GOLD },
  advanced: { edge: DEEP_RED, edgeWidth: 2, fill: '#efd28a', color: DEEP_RED },
  qualified: { edge: RED, edgeWidth: 2, fill: PAPER, color: RED },
  'top-ten': { edge: GOLD, edgeWidth: 3, fill: RED, color: LIGHT_GOLD },
};

/** 奖状: a framed scroll. 奖章: a gold medal with a red star on a red ribbon. */
function emblem(kind: 'certificate' | 'medal', size: number): SatoriElement {
  const s = size;
  const body =
    kind === 'certificate'
      ? `<rect x="${s * 0.08}" y="${s * 0.2}" width="${s * 0.84}" height="${s * 0.6}" fill="${LIGHT_GOLD}" stroke="${RED}" stroke-width="${s * 0.06}"/>` +
        `<rect x="${s * 0.2}" y="${s * 0.32}" width="${s * 0.6}" height="${s * 0.36}" fill="none" stroke="${GOLD}" stroke-width="${s * 0.03}"/>` +
        `<polygon transform="translate(${s * 0.38} ${s * 0.38}) scale(${0.24 / 1})" points="${starPoints(s)}" fill="${RED}"/>`
      : `<polygon points="${s * 0.3},0 ${s * 0.45},0 ${s * 0.55},${s * 0.45} ${s * 0.4},${s * 0.45}" fill="${RED}"/>` +
        `<polygon points="${s * 0.55},0 ${s * 0.7},0 ${s * 0.6},${s * 0.45} ${s * 0.45},${s * 0.45}" fill="${DEEP_RED}"/>` +
        `<circle cx="${s / 2}" cy="${s * 0.66}" r="${s * 0.32}" fill="${GOLD}" stroke="#f6e2a6" stroke-width="${s * 0.04}"/>` +
        `<polygon transform="translate(${s * 0.32} ${s * 0.48})" points="${starPoints(s * 0.36)}" fill="${RED}"/>`;
  return img(svgDataUri(s, s, body), s, s);
}

const TITLES: Record<CertificateInput['template'], (level: string) => string> = {
  'home-title': (level) => `${level}职工之家`,
  'person-title': (level) => `${level}“娘家人”`,
  'top-ten-home': () => '十佳职工信赖的职工之家',
  'top-ten-person': () => '十佳职工信赖的“娘家人”',
};

/** The lead-in line, the ribbon, and for the top ten the labour-award line. */
export function awardBlock(input: CertificateInput): SatoriElement {
  const year = `${chineseYear(input.year)}年度`;
  const topTen = input.template === 'top-ten-home' || input.template === 'top-ten-person';
  const title = TITLES[input.template](input.level ? LEVEL_LABEL[input.level] : '');
  const ribbon = RIBBONS[topTen ? 'top-ten' : input.level!];
  // Short titles are spaced out; the long top-ten ones are set tighter to fit.
  const short = [...title].length <= 7;
  const children: SatoriElement[] = [
    h(
      { fontSize: 22, color: '#3b2a1e', marginBottom: 12 },
      input.template === 'home-title' ? `被命名为${year}` : `被评为${year}`,
    ),
    h({ padding: ribbon.edgeWidth, backgroundColor: ribbon.edge, borderRadius: 7 }, [
      h(
        {
          padding: '6px 44px 10px',
          backgroundColor: ribbon.fill,
          borderRadius: 5,
          color: ribbon.color,
          fontSize: short ? 46 : 40,
          fontWeight: 900,
          letterSpacing: short ? 10 : 4,
        },
        title,
      ),
    ]),
  ];
  if (topTen) {
    const kind = input.template === 'top-ten-home' ? 'certificate' : 'medal';
    children.push(
      h({ marginTop: 14, alignItems: 'center', color: DEEP_RED, fontSize: 26, fontWeight: 700, letterSpacing: 3 }, [
        emblem(kind, 40),
        h({ marginLeft: 12 }, kind === 'certificate' ? '并授予富民兴鲁劳动奖状' : '并授予富民兴鲁劳动奖章'),
      ]),
    );
  }
  return h({ flexDirection: 'column', alignItems: 'center' }, children);
}
