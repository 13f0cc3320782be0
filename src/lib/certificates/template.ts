/**
 * CertificateInput -> satori element tree: an A4 landscape certificate laid
 * out in CSS pixels (1123 x 794, i.e. 96 per inch); render.ts scales it to
 * print resolution. Pure: no fonts, files or clocks.
 */
import { awardBlock } from './award-block.ts';
import { CITATION_MAX, checkInput } from './check-input.ts';
import { chineseDate } from './chinese-date.ts';
import { FRAME_INSET, frameSvg, HOME_FRAME, TOP_TEN_FRAME } from './frame.ts';
import { h } from './h.ts';
import { GOLD, INK, MUTED, RED } from './palette.ts';
import { qrElement } from './qr.ts';
import { sealElement } from './seal.ts';
import { statusBand } from './status-band.ts';
import type { CertificateInput, Drawing, SatoriElement } from './types.ts';

/** A4 landscape in CSS pixels. */
export const CERTIFICATE_WIDTH = 1123;
export const CERTIFICATE_HEIGHT = 794;

const nfc = (s: string): string => s.normalize('NFC');

function titleRow(): SatoriElement {
  const rule = (flip: boolean): SatoriElement =>
    h({ alignItems: 'center', flexDirection: flip ? 'row-reverse' : 'row' }, [
      h({ width: 90, height: 2, backgroundColor: GOLD }),
      h({
        width: 10,
        height: 10,
        marginLeft: flip ? 0 : 6,
        marginRight: flip ? 6 : 0,
        backgroundColor: GOLD,
        transform: 'rotate(45deg)',
      }),
    ]);
  return h({ alignItems: 'center', justifyContent: 'center' }, [
    rule(false),
    h({ margin: '0 28px', fontSize: 64, fontWeight: 900, color: RED, letterSpacing: 26, paddingLeft: 26 }, '荣誉证书'),
    rule(true),
  ]);
}

/** Type sizes that keep long texts inside the frame: [max characters, size]. */
const CITATION_SIZES: Array<[number, number]> = [
  [100, 22],
  [150, 20],
  [CITATION_MAX, 18],
];
const CONFERRER_SIZES: Array<[number, number]> = [
  [8, 26],
  [12, 22],
  [Infinity, 19],
];
const sizeFor = (text: string, sizes: Array<[number, number]>): number =>
  sizes.find(([max]) => [...text].length <= max)![1];

function recipientRow(input: CertificateInput): SatoriElement {
  const name = h(
    { fontSize: [...input.recipient].length > 24 ? 27 : 32, fontWeight: 700, color: INK },
    nfc(input.recipient),
  );
  if (input.template !== 'top-ten-person' && input.template !== 'person-title')
    return h({ marginTop: 26, alignItems: 'flex-end' }, [name, h({ fontSize: 32, color: INK }, '：')]);
  return h({ marginTop: 26, alignItems: 'flex-end', flexWrap: 'wrap' }, [
    ...(input.unit ? [h({ fontSize: 24, color: INK, marginRight: 16, marginBottom: 3 }, nfc(input.unit))] : []),
    name,
    h({ fontSize: 24, color: INK, marginLeft: 8, marginBottom: 3 }, '同志：'),
  ]);
}

/** Draws the QR code of a text at a size: qrElement, or a stand-in for the cache key (cache.ts). */
export type QrDrawer = (text: string, px: number) => SatoriElement;

function footer(input: CertificateInput, qr: QrDrawer): SatoriElement {
  const date = chineseDate(input.conferredOn);
  const left = h({ alignItems: 'flex-end' }, [
    h({ flexDirection: 'column', alignItems: 'center' }, [
      qr(input.verifyUrl, 96),
      h({ fontSize: 11, color: MUTED, marginTop: 3, letterSpacing: 2 }, '扫码核验'),
    ]),
    h({ flexDirection: 'column', marginLeft: 16, marginBottom: 18 }, [
      h({ fontSize: 15, color: INK }, `证书编号：${nfc(input.serial)}`),
      h({ fontSize: 9, color: MUTED, marginTop: 6, letterSpacing: 0.3 }, `SHA-256 ${input.digest}`),
    ]),
  ]);
  const right = h(
    { position: 'relative', flexDirection: 'column', alignItems: 'center', width: 340, marginBottom: 18 },
    [
      h(
        {
          fontSize: sizeFor(input.conferrer, CONFERRER_SIZES),
          fontWeight: 700,
          color: INK,
          letterSpacing: 2,
          textAlign: 'center',
        },
        nfc(input.conferrer),
      ),
      h({ fontSize: 21, color: INK, marginTop: 10 }, date),
      sealElement(input.conferrer, 150, { left: 95, top: -48 }),
    ],
  );
  return h({ justifyContent: 'space-between', alignItems: 'flex-end', marginTop: 'auto' }, [left, right]);
}

/** The certificate: its element tree on its frame. Throws on an invalid input. */
export function certificateDrawing(input: CertificateInput, qr: QrDrawer = qrElement): Drawing {
  checkInput(input);
  const topTen = input.template === 'top-ten-home' || input.template === 'top-ten-person';
  const colours = topTen ? TOP_TEN_FRAME : HOME_FRAME;
  const content = [
    titleRow(),
    recipientRow(input),
    h(
      { marginTop: 10, fontSize: sizeFor(input.citation, CITATION_SIZES), lineHeight: 1.75, color: INK },
      `\u3000\u3000${nfc(input.citation)}`,
    ),
    h({ marginTop: 14, justifyContent: 'center' }, [awardBlock(input)]),
    h({ marginTop: 12, justifyContent: 'center', fontSize: 22, color: INK, letterSpacing: 4 }, '特发此证，以资鼓励。'),
    footer(input, qr),
  ];
  const inset = { top: FRAME_INSET + 26, bottom: FRAME_INSET + 22, left: FRAME_INSET + 44, right: FRAME_INSET + 44 };
  const tree = h(
    { width: CERTIFICATE_WIDTH, height: CERTIFICATE_HEIGHT, fontFamily: 'Noto Serif SC' },
    [
      h({ position: 'absolute', ...inset, flexDirection: 'column' }, content),
      ...(input.status ? [statusBand(input.status, CERTIFICATE_WIDTH, CERTIFICATE_HEIGHT)] : []),
    ],
    'div',
    {
      lang: 'zh-CN',
    },
  );
  return {
    width: CERTIFICATE_WIDTH,
    height: CERTIFICATE_HEIGHT,
    tree,
    underlay: frameSvg(CERTIFICATE_WIDTH, CERTIFICATE_HEIGHT, colours),
  };
}
