/**
 * ShareImageInput -> a 1200 x 630 og:image card in the certificates' style:
 * warm paper, a red and gold band, the kind as a red label, the title in
 * large serif type and a faint star. Pure.
 */
import { h } from './h.ts';
import { GOLD, INK, LIGHT_GOLD, MUTED, PAPER, RED } from './palette.ts';
import { starPoints } from './seal.ts';
import type { Drawing, ShareImageInput } from './types.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const KIND_LABEL: Record<ShareImageInput['kind'], string> = {
  home: '职工之家',
  story: '典型案例',
  honour: '荣誉榜',
  page: '职工之家网',
};

/** Long titles get smaller type so that three lines of the 660 px column hold them. */
function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 8 ? 76 : n <= 18 ? 64 : n <= 33 ? 54 : 44;
}

function underlay(): string {
  const star = 300;
  return [
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${SHARE_WIDTH}" height="22" fill="${RED}"/>`,
    `<rect y="28" width="${SHARE_WIDTH}" height="3" fill="${GOLD}"/>`,
    `<rect y="${SHARE_HEIGHT - 31}" width="${SHARE_WIDTH}" height="3" fill="${GOLD}"/>`,
    `<rect y="${SHARE_HEIGHT - 22}" width="${SHARE_WIDTH}" height="22" fill="${RED}"/>`,
    `<rect x="72" y="150" width="6" height="${SHARE_HEIGHT - 300}" fill="${RED}"/>`,
    `<circle cx="1010" cy="315" r="172" fill="none" stroke="${LIGHT_GOLD}" stroke-width="10"/>`,
    `<polygon transform="translate(${1010 - star / 2} ${315 - star / 2 + 6})" points="${starPoints(star)}" fill="${LIGHT_GOLD}" opacity="0.7"/>`,
  ].join('');
}

export function shareDrawing(input: ShareImageInput): Drawing {
  if (typeof input.title !== 'string' || !input.title.trim()) {
    throw new Error(`分享图：字段 title 应为非空文字，实际为 ${JSON.stringify(input.title)}`);
  }
  if (!(input.kind in KIND_LABEL)) {
    throw new Error(
      `分享图：字段 kind 应为 ${Object.keys(KIND_LABEL).join(' / ')} 之一，实际为 ${JSON.stringify(input.kind)}`,
    );
  }
  const title = input.title.normalize('NFC');
  const content = [
    h(
      {
        alignSelf: 'flex-start',
        padding: '6px 18px',
        backgroundColor: RED,
        color: LIGHT_GOLD,
        fontSize: 26,
        fontWeight: 700,
        letterSpacing: 4,
      },
      KIND_LABEL[input.kind],
    ),
    h(
      {
        marginTop: 26,
        fontSize: titleSize(title),
        fontWeight: 900,
        lineHeight: 1.3,
        color: INK,
        lineClamp: 3,
        textWrap: 'balance',
      },
      title,
    ),
    ...(input.subtitle
      ? [
          h(
            { marginTop: 22, fontSize: 30, lineHeight: 1.5, color: MUTED, lineClamp: 2 },
            input.subtitle.normalize('NFC'),
          ),
        ]
      : []),
  ];
  const tree = h(
    { width: SHARE_WIDTH, height: SHARE_HEIGHT, fontFamily: 'Noto Serif SC' },
    [
      h(
        {
          position: 'absolute',
          left: 110,
          top: 60,
          width: 660,
          bottom: 60,
          flexDirection: 'column',
          justifyContent: 'center',
        },
        content,
      ),
    ],
    'div',
    { lang: 'zh-CN' },
  );
  return { width: SHARE_WIDTH, height: SHARE_HEIGHT, tree, underlay: underlay() };
}
