#!/usr/bin/env node
/**
 * Regenerates the sample photo pool in content/media/photos/: 16 flat
 * illustrations of workers' home rooms (reading room, gym, canteen, courier
 * rest station ...), drawn as SVG here and rendered with sharp to
 * 1600x1067 JPEG. No real photos: every shape comes from this file and a
 * seeded random generator, so reruns give the same images.
 *   node scripts/dev/make-sample-photos.ts [name ...]
 * Signs use the "Noto Sans CJK SC" font if fontconfig can find it.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { seededRandom, type Random } from '../../src/lib/bench/random.ts';

const W = 1600;
const H = 1067;
const QUALITY = 78;
const OUT = path.join(import.meta.dirname, '../../content/media/photos');
const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

type Rng = Random;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const between = (rng: Rng, lo: number, hi: number): number => lo + rng() * (hi - lo);
const f = (n: number): string => String(Math.round(n * 10) / 10);

const SKIN = ['#f3cfb0', '#e8b690', '#d49a72', '#c4865f'] as const;
const HAIR = ['#2a211b', '#3a2a20', '#1f1f24', '#5a3d2b', '#8d8d8d'] as const;
const SHIRTS = [
  '#2f6db5',
  '#d9534f',
  '#f0ad4e',
  '#5cb85c',
  '#8e6bbf',
  '#3fa7a3',
  '#f3f3f3',
  '#e37b40',
  '#466089',
  '#c2185b',
] as const;
const PANTS = ['#2e3a4f', '#3b3b3b', '#4a5a6a', '#5b4636', '#24324a'] as const;
const BOOKS = [
  '#c0392b',
  '#2980b9',
  '#27ae60',
  '#f39c12',
  '#8e44ad',
  '#16a085',
  '#d35400',
  '#2c3e50',
  '#e8d8b0',
  '#7f8c8d',
] as const;

// ------------------------------------------------------------------ primitives

const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${fill}" ${extra}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}" fill="${fill}" ${extra}/>`;
const poly = (pts: readonly (readonly [number, number])[], fill: string, extra = ''): string =>
  `<polygon points="${pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ')}" fill="${fill}" ${extra}/>`;
const text = (x: number, y: number, s: string, size: number, fill: string, anchor = 'middle', weight = 700): string =>
  `<text x="${f(x)}" y="${f(y)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${s}</text>`;

interface PersonOpts {
  x: number;
  /** Feet position. */
  y: number;
  /** Standing height in px. */
  h: number;
  shirt: string;
  pants?: string;
  skin?: string;
  hair?: string;
  hairStyle?: 'short' | 'long' | 'bun' | 'cap';
  cap?: string;
  back?: boolean;
  pose?: 'down' | 'wave' | 'point' | 'hold' | 'read';
  sit?: boolean;
  /** Something held in front (a book, a tray ...): colour. */
  holding?: string;
  vest?: string;
}

/** A faceless flat figure; local units: 100 = standing height, feet at 0. */
function person(o: PersonOpts): string {
  const skin = o.skin ?? SKIN[0];
  const hair = o.hair ?? HAIR[0];
  const pants = o.pants ?? PANTS[0];
  const drop = o.sit ? 22 : 0;
  const p: string[] = [];
  if (o.sit) {
    p.push(rect(-12, -28, 11, 14, pants, 'rx="4"'), rect(1, -28, 11, 14, pants, 'rx="4"'));
    p.push(rect(-11, -16, 9, 16, pants, 'rx="3"'), rect(2, -16, 9, 16, pants, 'rx="3"'));
  } else {
    p.push(rect(-11, -48, 10, 46, pants, 'rx="4"'), rect(1, -48, 10, 46, pants, 'rx="4"'));
  }
  p.push(rect(-13, -4, 12, 4.5, '#2b2b2b', 'rx="2"'), rect(1, -4, 12, 4.5, '#2b2b2b', 'rx="2"'));
  const g: string[] = [];
  if (o.hairStyle === 'long') g.push(rect(-10.5, -99, 21, 24, hair, 'rx="8"'));
  const arm = (side: -1 | 1, angle: number): string =>
    `<g transform="rotate(${angle} ${side * 13} -78)">${rect(side === -1 ? -19.5 : 13.5, -80, 6, 32, o.shirt, 'rx="3"')}${circle(side * 16.5, -47, 3.2, skin)}</g>`;
  const pose = o.pose ?? 'down';
  const leftAngle = pose === 'hold' || pose === 'read' ? -35 : 8;
  const rightAngle = pose === 'wave' ? -155 : pose === 'point' ? -100 : pose === 'hold' || pose === 'read' ? 35 : -8;
  g.push(arm(-1, leftAngle), arm(1, rightAngle));
  g.push(`<path d="M-14,-46 L-14,-72 Q-14,-82 -4,-82 L4,-82 Q14,-82 14,-72 L14,-46 Z" fill="${o.shirt}"/>`);
  if (o.vest)
    g.push(
      `<path d="M-14,-46 L-14,-72 Q-14,-80 -7,-81 L-3,-60 L3,-60 L7,-81 Q14,-80 14,-72 L14,-46 Z" fill="${o.vest}"/>`,
    );
  if (!o.back) g.push(`<path d="M-4,-82 L0,-76 L4,-82 Z" fill="${skin}"/>`);
  g.push(rect(-3, -87, 6, 7, skin));
  g.push(circle(0, -94, 9, o.back ? hair : skin));
  if (!o.back) {
    if (o.hairStyle === 'cap') {
      g.push(
        `<path d="M-9.6,-95 C-9,-106 9,-106 9.6,-95 Z" fill="${o.cap ?? '#e74c3c'}"/>`,
        rect(0, -97, 13, 3, o.cap ?? '#e74c3c', 'rx="1.5"'),
      );
    } else {
      g.push(`<path d="M-9.7,-93 C-11,-106 11,-106 9.7,-93 C7,-99 -4,-100 -9.7,-93 Z" fill="${hair}"/>`);
    }
    if (o.hairStyle === 'bun') g.push(circle(0, -105, 4.5, hair));
  } else if (o.hairStyle === 'cap') {
    g.push(`<path d="M-9.6,-95 C-9,-106 9,-106 9.6,-95 Z" fill="${o.cap ?? '#e74c3c'}"/>`);
  }
  if (o.holding) g.push(rect(-10, -62, 20, 14, o.holding, 'rx="2"'));
  if (pose === 'read') g.push(rect(-12, -66, 24, 16, '#fafafa', 'rx="1"'), rect(-0.6, -66, 1.2, 16, '#bbbbbb'));
  const s = o.h / 100;
  return `<g transform="translate(${f(o.x)} ${f(o.y)}) scale(${s.toFixed(3)})">${p.join('')}<g transform="translate(0 ${drop})">${g.join('')}</g></g>`;
}

function randomPerson(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
  const hairStyle = pick(rng, ['short', 'short', 'long', 'bun'] as const);
  return person({
    x,
    y,
    h,
    shirt: pick(rng, SHIRTS),
    pants: pick(rng, PANTS),
    skin: pick(rng, SKIN),
    hair: pick(rng, HAIR),
    hairStyle,
    ...extra,
  });
}

/** Back wall + floor with boards, baseboard and a soft shadow line. */
function room(wall: string, floor: string, fy: number, board = 'rgba(0,0,0,0.06)'): string {
  const lines: string[] = [];
  for (let i = 1; i < 9; i++) {
    const t = i / 9;
    lines.push(
      `<line x1="${f(W / 2 + (t - 0.5) * W * 0.9)}" y1="${fy}" x2="${f(W / 2 + (t - 0.5) * W * 2.4)}" y2="${H}" stroke="${board}" stroke-width="3"/>`,
    );
  }
  for (const y of [fy + 60, fy + 150, fy + 270]) lines.push(rect(0, y, W, 2.5, board));
  return `${rect(0, 0, W, fy, wall)}${rect(0, fy, W, H - fy, floor)}${lines.join('')}${rect(0, fy - 16, W, 16, 'rgba(0,0,0,0.12)')}`;
}

function windowEl(x: number, y: number, w: number, h: number, frame = '#ffffff', cols = 2): string {
  const parts = [rect(x - 10, y - 10, w + 20, h + 20, frame, 'rx="4"'), rect(x, y, w, h, 'url(#sky)')];
  parts.push(
    `<ellipse cx="${f(x + w * 0.3)}" cy="${f(y + h * 0.32)}" rx="${f(w * 0.16)}" ry="${f(h * 0.07)}" fill="#ffffff" opacity="0.85"/>`,
  );
  parts.push(
    `<path d="M${f(x)},${f(y + h)} L${f(x)},${f(y + h * 0.72)} Q${f(x + w * 0.3)},${f(y + h * 0.55)} ${f(x + w * 0.6)},${f(y + h * 0.7)} T${f(x + w)},${f(y + h * 0.66)} L${f(x + w)},${f(y + h)} Z" fill="#8fc58a"/>`,
  );
  for (let i = 1; i < cols; i++) parts.push(rect(x + (w * i) / cols - 4, y, 8, h, frame));
  parts.push(rect(x, y + h * 0.45, w, 8, frame));
  parts.push(rect(x - 16, y + h + 8, w + 32, 10, frame, 'rx="3"'));
  return parts.join('');
}

function bookshelf(rng: Rng, x: number, y: number, w: number, h: number, rows: number, wood = '#8a5a3c'): string {
  const parts = [rect(x, y, w, h, wood, 'rx="4"'), rect(x + 12, y + 12, w - 24, h - 24, 'rgba(0,0,0,0.25)')];
  const rh = (h - 24) / rows;
  for (let r = 0; r < rows; r++) {
    const base = y + 12 + rh * (r + 1) - 8;
    let bx = x + 16;
    while (bx < x + w - 30) {
      const bw = between(rng, 10, 24);
      const bh = rh * between(rng, 0.55, 0.85);
      if (rng() < 0.08) {
        bx += bw + 6;
        continue;
      }
      const c = pick(rng, BOOKS);
      if (rng() < 0.1 && bx + bh < x + w - 20) {
        parts.push(rect(bx, base - bw, bh, bw, c, 'rx="2"'));
        bx += bh + 3;
        continue;
      }
      parts.push(
        rect(bx, base - bh, bw, bh, c, 'rx="2"'),
        rect(bx + 2, base - bh * 0.8, bw - 4, 3, 'rgba(255,255,255,0.35)'),
      );
      bx += bw + 2;
    }
    parts.push(rect(x + 8, base, w - 16, 10, wood));
  }
  return parts.join('');
}

/** Table seen from the front: top slab and two legs. */
function table(x: number, y: number, w: number, legH: number, top = '#c98b5a', leg = '#6d4a33', thick = 16): string {
  return (
    rect(x, y, w, thick, top, 'rx="3"') +
    rect(x + 2, y + thick, w - 4, 5, 'rgba(0,0,0,0.18)') +
    rect(x + 18, y + thick, 12, legH, leg) +
    rect(x + w - 30, y + thick, 12, legH, leg)
  );
}

function chairBack(x: number, y: number, s: number, color: string): string {
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${s.toFixed(3)})">${rect(-22, -95, 44, 50, color, 'rx="8"')}${rect(-24, -48, 48, 10, color, 'rx="3"')}${rect(-20, -40, 6, 40, '#444')}${rect(14, -40, 6, 40, '#444')}</g>`;
}

function plant(x: number, y: number, s: number, pot = '#c8643b'): string {
  const leaves = [-50, -25, 0, 25, 50]
    .map(
      (a) =>
        `<ellipse cx="0" cy="-62" rx="13" ry="40" fill="${a % 50 === 0 ? '#3e8e4f' : '#57a863'}" transform="rotate(${a} 0 -20)"/>`,
    )
    .join('');
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${s.toFixed(3)})">${leaves}<path d="M-26,-34 L26,-34 L20,0 L-20,0 Z" fill="${pot}"/>${rect(-29, -40, 58, 9, pot, 'rx="3"')}</g>`;
}

function lamp(x: number, len: number, shade = '#f4d35e'): string {
  return (
    rect(x - 1.5, 0, 3, len, '#555') +
    `<path d="M${f(x - 34)},${f(len + 34)} L${f(x - 14)},${f(len)} L${f(x + 14)},${f(len)} L${f(x + 34)},${f(len + 34)} Z" fill="${shade}"/>` +
    `<ellipse cx="${f(x)}" cy="${f(len + 34)}" rx="34" ry="6" fill="#fff6c9"/>`
  );
}

function sign(x: number, y: number, w: number, h: number, label: string, bg = '#c0392b', fg = '#ffffff'): string {
  return (
    rect(x, y, w, h, bg, 'rx="10"') +
    rect(x + 8, y + 8, w - 16, h - 16, 'none', `rx="6" stroke="${fg}" stroke-opacity="0.5" stroke-width="3"`) +
    text(x + w / 2, y + h / 2 + h * 0.17, label, Math.round(h * 0.46), fg)
  );
}

function frame(x: number, y: number, w: number, h: number, rng: Rng, border = '#6b4f3a'): string {
  const inner = pick(rng, ['#f6e7c1', '#d9ecf2', '#f3d9d2', '#e4f0d8']);
  const parts = [rect(x, y, w, h, border, 'rx="3"'), rect(x + 8, y + 8, w - 16, h - 16, inner)];
  parts.push(circle(x + w * 0.3, y + h * 0.35, Math.min(w, h) * 0.12, pick(rng, ['#e67e22', '#f1c40f', '#e74c3c'])));
  parts.push(
    poly(
      [
        [x + 8, y + h - 8],
        [x + w * 0.45, y + h * 0.45],
        [x + w * 0.7, y + h * 0.7],
        [x + w * 0.85, y + h * 0.55],
        [x + w - 8, y + h - 8],
      ],
      pick(rng, ['#5d9b6a', '#4f8aa8', '#7a9a4a']),
    ),
  );
  return parts.join('');
}

function clock(x: number, y: number, r: number): string {
  return (
    circle(x, y, r + 6, '#444') +
    circle(x, y, r, '#fff') +
    rect(x - 2, y - r * 0.7, 4, r * 0.7, '#333') +
    `<rect x="${f(x - 2)}" y="${f(y - r * 0.5)}" width="4" height="${f(r * 0.5)}" fill="#333" transform="rotate(110 ${f(x)} ${f(y)})"/>`
  );
}

function screen(x: number, y: number, w: number, h: number, rng: Rng, title = ''): string {
  const parts = [rect(x - 10, y - 10, w + 20, h + 20, '#2d2d2d', 'rx="6"'), rect(x, y, w, h, '#f7f9fc')];
  parts.push(rect(x, y, w, h * 0.18, '#c0392b'));
  if (title) parts.push(text(x + w / 2, y + h * 0.13, title, Math.round(h * 0.09), '#ffffff'));
  const bars = 5;
  for (let i = 0; i < bars; i++) {
    const bh = h * between(rng, 0.15, 0.5);
    parts.push(
      rect(x + w * 0.08 + i * w * 0.09, y + h * 0.9 - bh, w * 0.06, bh, pick(rng, ['#2f6db5', '#e67e22', '#27ae60'])),
    );
  }
  for (let i = 0; i < 4; i++)
    parts.push(
      rect(x + w * 0.56, y + h * (0.3 + i * 0.14), w * between(rng, 0.25, 0.36), h * 0.05, '#c5ccd6', 'rx="4"'),
    );
  return parts.join('');
}

function banner(y: number, label: string, bg = '#b71c1c'): string {
  return rect(W * 0.22, y, W * 0.56, 70, bg, 'rx="6"') + text(W / 2, y + 48, label, 38, '#ffe9a8');
}

const DEFS = `<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ec9f0"/><stop offset="1" stop-color="#d8eefb"/></linearGradient>
<linearGradient id="skyOut" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7dbde8"/><stop offset="1" stop-color="#e3f3fb"/></linearGradient>
<radialGradient id="light" cx="0.5" cy="0.15" r="0.9"><stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/><stop offset="1" stop-color="#000000" stop-opacity="0.18"/></radialGradient>
<linearGradient id="spot" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff6c0" stop-opacity="0.55"/><stop offset="1" stop-color="#fff6c0" stop-opacity="0"/></linearGradient>
</defs>`;

// ------------------------------------------------------------------ scenes

type Scene = (rng: Rng) => string;

const scenes: Record<string, Scene> = {
  'reading-room': (rng) => {
    const p = [room('#f1e6d2', '#c89f74', 700)];
    p.push(bookshelf(rng, 60, 150, 420, 560, 5), bookshelf(rng, 1120, 150, 420, 560, 5));
    p.push(windowEl(610, 130, 380, 300));
    p.push(sign(640, 40, 320, 64, '职工书屋'));
    p.push(lamp(560, 60), lamp(1040, 60));
    p.push(plant(560, 690, 1.3), plant(1040, 690, 1.3));
    for (const [x, y] of [
      [330, 780],
      [830, 780],
    ] as const) {
      p.push(randomPerson(rng, x + 100, y + 110, 340, { sit: true, pose: 'read' }));
      p.push(randomPerson(rng, x + 300, y + 110, 330, { sit: true, pose: 'read' }));
      p.push(
        table(x, y, 440, 180, '#b5784a'),
        rect(x + 10, y + 21, 420, 100, '#c98b5a'),
        rect(x + 10, y + 121, 420, 6, 'rgba(0,0,0,0.15)'),
      );
    }
    return p.join('');
  },
  gym: (rng) => {
    const p = [room('#dfe9f2', '#d59a5b', 640, 'rgba(0,0,0,0.1)')];
    p.push(rect(0, 0, W, 120, '#c7d6e4'));
    for (let i = 0; i < 6; i++) p.push(windowEl(80 + i * 260, 150, 180, 160, '#eef3f7', 1));
    p.push(
      `<ellipse cx="800" cy="860" rx="260" ry="70" fill="none" stroke="#ffffff" stroke-width="8"/>`,
      rect(0, 850, W, 8, '#ffffff'),
    );
    // basketball hoop
    p.push(
      rect(1380, 300, 16, 340, '#555'),
      rect(1240, 330, 200, 130, '#ffffff', 'stroke="#c0392b" stroke-width="6"'),
      rect(1300, 390, 70, 50, 'none', 'stroke="#c0392b" stroke-width="5"'),
    );
    p.push(
      `<ellipse cx="1300" cy="470" rx="48" ry="10" fill="none" stroke="#e67e22" stroke-width="7"/>`,
      `<path d="M1255,472 L1275,540 L1325,540 L1345,472" fill="none" stroke="#ffffff" stroke-width="3"/>`,
    );
    p.push(circle(1180, 560, 24, '#e67e22'));
    // table tennis
    p.push(
      rect(180, 760, 520, 24, '#1f6f9b', 'rx="4"'),
      rect(436, 726, 8, 40, '#eeeeee'),
      rect(220, 784, 14, 120, '#333'),
      rect(646, 784, 14, 120, '#333'),
    );
    p.push(
      randomPerson(rng, 130, 900, 360, { pose: 'point', shirt: '#d9534f' }),
      randomPerson(rng, 760, 900, 350, { pose: 'hold', shirt: '#2f6db5' }),
    );
    p.push(
      randomPerson(rng, 1130, 960, 380, { pose: 'wave', shirt: '#f0ad4e' }),
      randomPerson(rng, 1450, 980, 370, { shirt: '#5cb85c' }),
    );
    p.push(sign(600, 30, 400, 64, '职工文体活动中心', '#1f6f9b'));
    return p.join('');
  },
  'meeting-room': (rng) => {
    const p = [room('#e9edf1', '#8c9aa8', 690, 'rgba(255,255,255,0.08)')];
    p.push(screen(520, 110, 560, 330, rng, '职工代表座谈会'));
    p.push(windowEl(80, 140, 300, 360), windowEl(1220, 140, 300, 360));
    p.push(clock(1460, 80, 34));
    for (let i = 0; i < 4; i++) p.push(randomPerson(rng, 420 + i * 250, 930, 340, { sit: true }));
    p.push(
      poly(
        [
          [260, 760],
          [1340, 760],
          [1500, 960],
          [100, 960],
        ],
        '#b07a4f',
      ),
      rect(100, 960, 1400, 24, '#7c5237'),
    );
    for (let i = 0; i < 5; i++)
      p.push(
        rect(340 + i * 220, 800, 90, 60, '#ffffff', 'rx="4" transform="skewX(-10)"'),
        circle(460 + i * 220, 820, 14, '#eaeaea'),
      );
    for (let i = 0; i < 4; i++) p.push(chairBack(330 + i * 320, 1067, 2.1, '#34495e'));
    p.push(plant(80, 700, 2));
    return p.join('');
  },
  canteen: (rng) => {
    const p = [room('#fbefd9', '#d8c3a0', 660)];
    p.push(rect(0, 0, W, 300, '#f6e0b8'));
    p.push(sign(560, 60, 480, 80, '职工爱心食堂', '#d35400'));
    p.push(
      person({
        x: 330,
        y: 560,
        h: 300,
        shirt: '#ffffff',
        hairStyle: 'cap',
        cap: '#ffffff',
        pose: 'hold',
        skin: SKIN[1],
      }),
    );
    p.push(
      person({
        x: 800,
        y: 560,
        h: 290,
        shirt: '#ffffff',
        hairStyle: 'cap',
        cap: '#ffffff',
        pose: 'hold',
        skin: SKIN[0],
      }),
    );
    p.push(person({ x: 1280, y: 560, h: 300, shirt: '#ffffff', hairStyle: 'cap', cap: '#ffffff', skin: SKIN[2] }));
    p.push(
      rect(60, 390, 1480, 30, '#b9c4ca'),
      rect(80, 420, 1440, 180, '#dfe6ea'),
      rect(80, 420, 1440, 14, 'rgba(0,0,0,0.08)'),
    );
    for (let i = 0; i < 8; i++)
      p.push(
        rect(120 + i * 175, 352, 140, 44, pick(rng, ['#f4a261', '#e9c46a', '#a7c957', '#e76f51']), 'rx="10"'),
        `<ellipse cx="${190 + i * 175}" cy="356" rx="64" ry="9" fill="#c9d3d8"/>`,
      );
    for (const [x, y] of [
      [120, 820],
      [860, 820],
    ] as const) {
      for (let i = 0; i < 3; i++) p.push(randomPerson(rng, x + 100 + i * 200, y + 140, 330, { sit: true }));
      p.push(table(x, y, 620, 200, '#f5f5f5', '#888'));
      for (let i = 0; i < 3; i++)
        p.push(
          rect(x + 70 + i * 200, y - 14, 110, 18, '#e67e22', 'rx="4"'),
          circle(x + 125 + i * 200, y - 18, 20, '#fafafa'),
        );
    }
    return p.join('');
  },
  counselling: (rng) => {
    const p = [room('#e6efe4', '#c7b299', 700)];
    p.push(windowEl(560, 120, 480, 340, '#ffffff', 3));
    p.push(
      `<path d="M530,100 Q560,300 520,520 L600,520 Q580,300 600,100 Z" fill="#f2b5a0"/><path d="M1070,100 Q1040,300 1080,520 L1000,520 Q1020,300 1000,100 Z" fill="#f2b5a0"/>`,
    );
    p.push(frame(150, 180, 240, 180, rng), frame(1210, 200, 220, 160, rng));
    p.push(sign(120, 60, 300, 60, '心灵驿站', '#5b8c85'));
    // sofa and armchair
    p.push(rect(240, 730, 480, 190, '#7fb3a7', 'rx="30"'), rect(220, 900, 520, 60, '#6a9e92', 'rx="20"'));
    p.push(randomPerson(rng, 480, 995, 340, { sit: true, hairStyle: 'long', shirt: '#8e6bbf' }));
    p.push(rect(190, 800, 70, 180, '#6a9e92', 'rx="24"'), rect(700, 800, 70, 180, '#6a9e92', 'rx="24"'));
    p.push(rect(1020, 760, 300, 160, '#e9c46a', 'rx="26"'), rect(1010, 900, 320, 60, '#d4ae54', 'rx="20"'));
    p.push(randomPerson(rng, 1170, 995, 340, { sit: true, shirt: '#3fa7a3', pose: 'hold', holding: '#ffffff' }));
    p.push(rect(980, 820, 60, 160, '#d4ae54', 'rx="22"'), rect(1300, 820, 60, 160, '#d4ae54', 'rx="22"'));
    p.push(
      `<ellipse cx="860" cy="980" rx="130" ry="24" fill="#a77b56"/>`,
      rect(850, 980, 20, 70, '#7c5a3f'),
      rect(820, 940, 36, 36, '#ffffff', 'rx="6"'),
      rect(880, 944, 30, 32, '#f4a261', 'rx="6"'),
    );
    p.push(plant(1500, 740, 2.2), plant(90, 760, 1.6, '#5b8c85'));
    return p.join('');
  },
  'courier-station': (rng) => {
    const p = [rect(0, 0, W, 760, 'url(#skyOut)')];
    // buildings behind
    for (let i = 0; i < 7; i++) {
      const bw = between(rng, 160, 260);
      const bh = between(rng, 240, 420);
      const bx = i * 240 - 40;
      p.push(rect(bx, 700 - bh, bw, bh, pick(rng, ['#c9d6df', '#b8c7d3', '#d8dee3'])));
      for (let r = 0; r < Math.floor(bh / 60) - 1; r++)
        for (let c = 0; c < 3; c++)
          p.push(rect(bx + 20 + c * (bw / 3.3), 700 - bh + 30 + r * 60, bw / 6, 30, '#eef5fa'));
    }
    p.push(rect(0, 700, W, 367, '#9aa5ae'), rect(0, 700, W, 18, '#c4ccd2'), rect(0, 880, W, 6, '#f2f2f2'));
    // station kiosk
    p.push(
      rect(360, 330, 880, 420, '#fdf4e3'),
      poly(
        [
          [330, 340],
          [1270, 340],
          [1230, 280],
          [370, 280],
        ],
        '#c0392b',
      ),
    );
    p.push(sign(520, 200, 560, 90, '户外劳动者爱心驿站', '#c0392b'));
    p.push(
      rect(400, 380, 360, 280, '#bfe3f5', 'stroke="#ffffff" stroke-width="10"'),
      rect(820, 380, 180, 370, '#7f5539'),
      circle(980, 570, 7, '#f1c40f'),
    );
    p.push(
      rect(1040, 420, 160, 200, '#ffffff', 'rx="6"'),
      text(1120, 470, '饮水', 34, '#2f6db5'),
      text(1120, 520, '充电', 34, '#27ae60'),
      text(1120, 570, '休息', 34, '#e67e22'),
    );
    p.push(
      rect(430, 520, 90, 130, '#3498db', 'rx="8"'),
      rect(450, 490, 50, 40, '#d6eaf8', 'rx="8"'),
      rect(560, 560, 150, 90, '#ecf0f1', 'rx="6"'),
      rect(575, 575, 90, 55, '#2d2d2d', 'rx="4"'),
    );
    // e-bike
    p.push(
      circle(210, 900, 52, 'none', 'stroke="#2d2d2d" stroke-width="14"'),
      circle(420, 900, 52, 'none', 'stroke="#2d2d2d" stroke-width="14"'),
    );
    p.push(
      poly(
        [
          [210, 900],
          [300, 820],
          [400, 820],
          [420, 900],
        ],
        '#f1c40f',
      ),
      rect(160, 760, 140, 110, '#f39c12', 'rx="10"'),
      rect(380, 780, 12, 60, '#2d2d2d'),
    );
    p.push(
      person({
        x: 620,
        y: 980,
        h: 390,
        shirt: '#f1c40f',
        pants: '#2e3a4f',
        hairStyle: 'cap',
        cap: '#f1c40f',
        pose: 'hold',
        holding: '#ffffff',
        skin: SKIN[2],
      }),
    );
    p.push(
      person({
        x: 900,
        y: 990,
        h: 390,
        shirt: '#2f6db5',
        pants: '#24324a',
        hairStyle: 'cap',
        cap: '#2f6db5',
        pose: 'wave',
        skin: SKIN[1],
      }),
    );
    p.push(
      person({
        x: 1160,
        y: 980,
        h: 380,
        shirt: '#c0392b',
        vest: '#ffffff',
        hairStyle: 'bun',
        skin: SKIN[0],
        pose: 'point',
      }),
    );
    p.push(plant(1420, 760, 1.8, '#7f8c8d'));
    return p.join('');
  },
  factory: (rng) => {
    const p = [room('#d5dbe0', '#8f9aa3', 640, 'rgba(255,255,255,0.1)')];
    for (let i = 0; i < 8; i++) p.push(rect(i * 200 + 20, 0, 12, 640, '#aab4bc'));
    p.push(rect(0, 80, W, 20, '#9aa5ae'));
    for (let i = 0; i < 6; i++) p.push(windowEl(60 + i * 260, 150, 160, 120, '#c4ccd2', 2));
    p.push(rect(0, 620, W, 40, '#f1c40f'), rect(0, 632, W, 16, '#2d2d2d', 'opacity="0.5"'));
    // conveyor
    p.push(rect(100, 760, 1400, 40, '#4a545c', 'rx="20"'));
    for (let i = 0; i < 14; i++) p.push(circle(130 + i * 100, 780, 14, '#8a949c'));
    for (let i = 0; i < 6; i++)
      p.push(rect(160 + i * 220, 690, 120, 70, '#c8956a', 'rx="4"'), rect(160 + i * 220, 715, 120, 10, '#a77b56'));
    for (let i = 0; i < 4; i++) p.push(rect(200 + i * 340, 800, 20, 200, '#4a545c'));
    // machines
    p.push(
      rect(1200, 360, 300, 300, '#2f6db5', 'rx="10"'),
      rect(1240, 400, 120, 80, '#d6eaf8'),
      circle(1430, 430, 22, '#27ae60'),
      circle(1430, 490, 22, '#e74c3c'),
    );
    p.push(
      rect(120, 380, 260, 280, '#3fa7a3', 'rx="10"'),
      rect(150, 420, 200, 40, '#2d2d2d'),
      rect(160, 480, 80, 12, '#f1c40f'),
    );
    p.push(sign(560, 380, 480, 80, '安全生产 人人有责', '#f1c40f', '#2d2d2d'));
    for (let i = 0; i < 4; i++)
      p.push(
        person({
          x: 300 + i * 340,
          y: 1010,
          h: 380,
          shirt: '#2f6db5',
          pants: '#24324a',
          hairStyle: 'cap',
          cap: i % 2 ? '#f1c40f' : '#ffffff',
          skin: pick(rng, SKIN),
          pose: i === 1 ? 'point' : i === 2 ? 'hold' : 'down',
          holding: '#ecf0f1',
        }),
      );
    return p.join('');
  },
  'lecture-hall': (rng) => {
    const p = [room('#ede3d3', '#9c6b4e', 600)];
    p.push(rect(0, 0, W, 60, '#d8c8b0'));
    p.push(banner(80, '工会干部培训班'));
    p.push(screen(520, 180, 560, 320, rng));
    p.push(rect(1180, 420, 160, 180, '#8a5a3c', 'rx="6"'), rect(1170, 410, 180, 20, '#6d4a33'));
    p.push(person({ x: 1260, y: 600, h: 250, shirt: '#2c3e50', pants: '#2c3e50', pose: 'point', hair: HAIR[4] }));
    p.push(rect(1185, 470, 150, 130, '#8a5a3c'), circle(1260, 520, 20, '#c0392b'));
    for (let row = 0; row < 3; row++) {
      const y = 760 + row * 130;
      const h = 300 + row * 60;
      const n = 7 - row;
      for (let i = 0; i < n; i++)
        p.push(
          randomPerson(rng, 140 + ((i + (row % 2) * 0.5) * (W - 200)) / (n - 0.5), y + h * 0.55, h, {
            back: true,
            sit: true,
          }),
        );
      p.push(rect(0, y + h * 0.3, W, 40 + row * 8, '#7b3f2a'), rect(0, y + h * 0.3 + 40 + row * 8, W, 10, '#5e2f20'));
    }
    return p.join('');
  },
  garden: (rng) => {
    const p = [rect(0, 0, W, 620, 'url(#skyOut)')];
    p.push(circle(1350, 150, 70, '#fff3b0'));
    p.push(
      `<path d="M0,560 Q300,450 640,540 T1280,520 T1600,500 L1600,680 L0,680 Z" fill="#9fcf8a"/>`,
      rect(0, 620, W, 447, '#86c06c'),
    );
    p.push(`<path d="M620,1067 Q760,820 900,700 L980,700 Q920,840 1020,1067 Z" fill="#e8d5b0"/>`);
    // pavilion
    p.push(
      poly(
        [
          [1020, 420],
          [1380, 420],
          [1320, 360],
          [1080, 360],
        ],
        '#b03a2e',
      ),
      poly(
        [
          [1060, 360],
          [1340, 360],
          [1200, 280],
        ],
        '#c0392b',
      ),
      rect(1060, 420, 16, 200, '#7b3f2a'),
      rect(1324, 420, 16, 200, '#7b3f2a'),
      rect(1050, 560, 300, 16, '#8a5a3c'),
    );
    for (let i = 0; i < 9; i++) {
      const x = between(rng, 40, 1560);
      if (x > 560 && x < 1060) continue;
      const s = between(rng, 0.8, 1.4);
      p.push(
        rect(x - 10 * s, 620 - 80 * s, 20 * s, 120 * s, '#7b5a3f'),
        circle(x, 500 - 40 * s, 80 * s, pick(rng, ['#4e9a52', '#5fae63', '#3f8a48'])),
        circle(x - 50 * s, 540 - 30 * s, 55 * s, '#58a65c'),
      );
    }
    for (let i = 0; i < 24; i++)
      p.push(
        circle(
          between(rng, 0, 560),
          between(rng, 720, 1040),
          between(rng, 8, 14),
          pick(rng, ['#f7d35e', '#f28b82', '#ffffff', '#c39bd3']),
        ),
      );
    p.push(
      rect(140, 820, 300, 24, '#a0522d', 'rx="6"'),
      rect(140, 780, 300, 20, '#a0522d', 'rx="6"'),
      rect(160, 844, 14, 60, '#5e2f20'),
      rect(406, 844, 14, 60, '#5e2f20'),
    );
    p.push(
      randomPerson(rng, 240, 880, 300, { sit: true }),
      randomPerson(rng, 340, 880, 300, { sit: true, hairStyle: 'long', pose: 'read' }),
    );
    p.push(
      randomPerson(rng, 820, 900, 330, { pose: 'wave' }),
      randomPerson(rng, 930, 930, 350, {}),
      randomPerson(rng, 1180, 990, 380, { pose: 'point', hair: HAIR[4] }),
    );
    p.push(rect(1456, 700, 14, 200, '#6d4a33'), sign(1330, 640, 260, 60, '职工健身步道', '#3f8a48'));
    return p.join('');
  },
  clinic: (rng) => {
    const p = [room('#eaf4f6', '#b9c9cf', 690)];
    p.push(sign(560, 50, 480, 76, '职工健康小屋', '#16a085'));
    p.push(rect(80, 200, 360, 480, '#ffffff', 'rx="8"'));
    for (let i = 0; i < 3; i++)
      p.push(rect(100, 230 + i * 140, 320, 120, '#d6eaf0', 'rx="6"'), circle(260, 290 + i * 140, 6, '#7f8c8d'));
    p.push(
      rect(220, 140, 80, 80, '#e74c3c', 'rx="10"'),
      rect(252, 152, 16, 56, '#fff'),
      rect(232, 172, 56, 16, '#fff'),
    );
    // bed + curtain
    p.push(rect(1100, 120, 440, 8, '#95a5a6'));
    for (let i = 0; i < 6; i++) p.push(rect(1100 + i * 30, 128, 32, 560, i % 2 ? '#a3d5d3' : '#b8e0de'));
    p.push(
      rect(1200, 700, 360, 50, '#ffffff', 'rx="12"'),
      rect(1200, 670, 90, 40, '#dfe6e9', 'rx="12"'),
      rect(1220, 750, 14, 110, '#7f8c8d'),
      rect(1530, 750, 14, 110, '#7f8c8d'),
    );
    p.push(frame(540, 220, 220, 160, rng, '#16a085'));
    // eye chart
    p.push(rect(840, 170, 180, 300, '#ffffff', 'rx="4" stroke="#16a085" stroke-width="6"'));
    for (let r = 0; r < 6; r++) {
      const size = 44 - r * 6;
      const n = r + 1;
      for (let i = 0; i < n; i++)
        p.push(
          `<text x="${f(930 + (i - (n - 1) / 2) * size * 1.1)}" y="${f(215 + r * 42)}" font-family="sans-serif" font-size="${size}" font-weight="700" fill="#2d2d2d" text-anchor="middle" transform="rotate(${pick(rng, [0, 90, 180, 270])} ${f(930 + (i - (n - 1) / 2) * size * 1.1)} ${f(215 + r * 42 - size * 0.35)})">E</text>`,
        );
    }
    // scale and height rule
    p.push(rect(470, 420, 16, 270, '#dfe6e9'), rect(440, 410, 76, 14, '#95a5a6', 'rx="4"'));
    for (let i = 0; i < 12; i++) p.push(rect(486, 430 + i * 22, i % 2 ? 10 : 18, 3, '#7f8c8d'));
    // blood pressure desk
    p.push(
      person({
        x: 560,
        y: 950,
        h: 350,
        shirt: '#ffffff',
        pants: '#ecf0f1',
        hairStyle: 'bun',
        skin: SKIN[0],
        pose: 'hold',
        holding: '#3498db',
      }),
    );
    p.push(randomPerson(rng, 900, 950, 340, { sit: true }));
    p.push(
      table(440, 800, 640, 180, '#dfe6e9', '#95a5a6'),
      rect(700, 740, 120, 60, '#3498db', 'rx="8"'),
      rect(720, 752, 60, 30, '#d6eaf8'),
    );
    p.push(plant(1450, 1000, 1.6, '#16a085'));
    return p.join('');
  },
  childcare: (rng) => {
    const p = [room('#fff3d6', '#f3c6a5', 700)];
    p.push(sign(520, 50, 560, 80, '职工子女爱心托管班', '#e67e22'));
    for (let i = 0; i < 10; i++)
      p.push(
        `<path d="M${60 + i * 150},170 L${135 + i * 150},170 L${97 + i * 150},240 Z" fill="${pick(rng, ['#e74c3c', '#3498db', '#f1c40f', '#2ecc71', '#9b59b6'])}"/>`,
      );
    p.push(rect(0, 166, W, 6, '#c0392b'));
    p.push(windowEl(100, 300, 320, 260), windowEl(1180, 300, 320, 260));
    p.push(
      rect(560, 300, 480, 300, '#2e7d5b', 'stroke="#8a5a3c" stroke-width="14"'),
      text(800, 420, '一起学习', 64, '#ffffff'),
      circle(700, 500, 24, '#ffeb3b'),
      circle(800, 510, 24, '#ff8a80'),
      circle(900, 500, 24, '#80d8ff'),
    );
    for (let i = 0; i < 4; i++)
      p.push(
        rect(i * 400, 760, 400, 307, ['#ffd54f', '#81d4fa', '#a5d6a7', '#f48fb1'][i] ?? '#ffd54f', 'opacity="0.85"'),
      );
    p.push(person({ x: 1250, y: 1000, h: 400, shirt: '#e67e22', hairStyle: 'long', skin: SKIN[1], pose: 'point' }));
    for (let i = 0; i < 5; i++)
      p.push(
        randomPerson(rng, 220 + i * 190, 930 + (i % 2) * 30, 220, {
          sit: i % 2 === 0,
          pose: i === 3 ? 'wave' : i === 1 ? 'read' : 'down',
          hair: pick(rng, HAIR.slice(0, 4)),
        }),
      );
    p.push(table(300, 880, 700, 90, '#ffffff', '#f39c12'));
    for (let i = 0; i < 6; i++)
      p.push(rect(360 + i * 100, 850, 60, 30, pick(rng, ['#e74c3c', '#3498db', '#f1c40f', '#2ecc71']), 'rx="6"'));
    p.push(circle(1480, 960, 44, '#e74c3c'), rect(1436, 956, 88, 8, '#ffffff'));
    return p.join('');
  },
  'library-corner': (rng) => {
    const p = [room('#e8dcc8', '#a97c55', 760)];
    p.push(bookshelf(rng, 60, 100, 520, 660, 6), bookshelf(rng, 580, 260, 320, 500, 4, '#9c6a47'));
    p.push(windowEl(1000, 120, 460, 420, '#ffffff', 2));
    p.push(rect(960, 80, 40, 560, '#c98b5a'), rect(1460, 80, 40, 560, '#c98b5a'));
    p.push(lamp(1240, 40, '#f7c873'));
    p.push(`<ellipse cx="1120" cy="1000" rx="300" ry="50" fill="#c94f4f" opacity="0.85"/>`);
    p.push(rect(1030, 700, 300, 230, '#d8863d', 'rx="30"'), rect(1010, 900, 340, 70, '#c8752f', 'rx="22"'));
    p.push(randomPerson(rng, 1180, 1010, 360, { sit: true, pose: 'read', hairStyle: 'long', shirt: '#8e6bbf' }));
    p.push(rect(980, 800, 70, 200, '#c8752f', 'rx="26"'), rect(1310, 800, 70, 200, '#c8752f', 'rx="26"'));
    // standing floor lamp
    p.push(
      rect(1460, 560, 10, 440, '#444'),
      `<path d="M1410,560 L1440,490 L1490,490 L1520,560 Z" fill="#f7c873"/>`,
      rect(1430, 990, 70, 12, '#444', 'rx="5"'),
    );
    p.push(`<path d="M1410,560 L1520,560 L1600,900 L1330,900 Z" fill="url(#spot)"/>`);
    p.push(
      rect(700, 880, 200, 16, '#8a5a3c', 'rx="4"'),
      rect(740, 896, 12, 110, '#6d4a33'),
      rect(848, 896, 12, 110, '#6d4a33'),
      rect(720, 850, 80, 30, '#2980b9', 'rx="3"'),
      rect(810, 858, 60, 22, '#27ae60', 'rx="3"'),
    );
    p.push(plant(250, 1000, 2.2));
    p.push(sign(620, 160, 260, 60, '阅读角', '#8a5a3c'));
    return p.join('');
  },
  stage: (rng) => {
    const p = [rect(0, 0, W, H, '#2b1d3a')];
    p.push(rect(120, 120, 1360, 560, '#4a2f63'));
    p.push(
      `<path d="M0,0 L300,0 Q260,300 320,700 L0,700 Z" fill="#a4161a"/><path d="M1600,0 L1300,0 Q1340,300 1280,700 L1600,700 Z" fill="#a4161a"/>`,
    );
    p.push(`<path d="M0,0 L1600,0 L1600,110 Q1200,170 800,120 Q400,170 0,110 Z" fill="#c1121f"/>`);
    p.push(banner(170, '职工文艺汇演', '#c1121f'));
    p.push(
      `<path d="M520,0 L620,0 L760,700 L380,700 Z" fill="url(#spot)"/><path d="M980,0 L1080,0 L1220,700 L840,700 Z" fill="url(#spot)"/>`,
    );
    p.push(rect(100, 680, 1400, 40, '#8a5a3c'), rect(60, 720, 1480, 30, '#6d4a33'));
    p.push(
      person({
        x: 580,
        y: 690,
        h: 320,
        shirt: '#f1c40f',
        pants: '#2c3e50',
        pose: 'wave',
        hairStyle: 'bun',
        skin: SKIN[0],
      }),
    );
    p.push(
      person({
        x: 800,
        y: 690,
        h: 330,
        shirt: '#ffffff',
        pants: '#2c3e50',
        pose: 'hold',
        holding: '#2d2d2d',
        skin: SKIN[1],
      }),
    );
    p.push(
      person({
        x: 1020,
        y: 690,
        h: 320,
        shirt: '#e84393',
        pants: '#2c3e50',
        pose: 'wave',
        hairStyle: 'long',
        skin: SKIN[0],
      }),
    );
    for (let row = 0; row < 2; row++) {
      const n = 9 - row;
      for (let i = 0; i < n; i++)
        p.push(
          randomPerson(rng, 80 + ((i + row * 0.5) * (W - 120)) / (n - 0.5), 1010 + row * 90, 300 + row * 60, {
            back: true,
            sit: true,
            shirt: pick(rng, ['#3d2c52', '#4b3763', '#36284a']),
            hair: '#141018',
          }),
        );
    }
    for (let i = 0; i < 30; i++)
      p.push(circle(between(rng, 150, 1450), between(rng, 260, 650), between(rng, 2, 5), '#ffe9a8', 'opacity="0.6"'));
    return p.join('');
  },
  'training-room': (rng) => {
    const p = [room('#e4ecf3', '#9fb0bf', 660)];
    p.push(screen(100, 140, 520, 300, rng, '技能提升培训'));
    p.push(windowEl(760, 150, 280, 260), windowEl(1180, 150, 280, 260));
    p.push(person({ x: 700, y: 680, h: 300, shirt: '#2f6db5', pants: '#24324a', pose: 'point', skin: SKIN[1] }));
    for (let row = 0; row < 2; row++) {
      const y = 780 + row * 170;
      for (let i = 0; i < 4; i++) {
        const x = 240 + i * 370 + row * 40;
        p.push(
          rect(x - 140, y - 110, 150, 96, '#2d2d2d', 'rx="6"'),
          rect(x - 132, y - 102, 134, 78, pick(rng, ['#9fd3f7', '#b8f2c8', '#fde3a7'])),
          rect(x - 75, y - 14, 20, 14, '#2d2d2d'),
        );
      }
      p.push(rect(60, y, 1480, 22, '#dfe6e9', 'rx="4"'), rect(60, y + 22, 1480, 8, '#b2bec3'));
      for (let i = 0; i < 4; i++)
        p.push(
          randomPerson(rng, 240 + i * 370 + row * 40 + 30, y + 150 + row * 30, 300 + row * 50, {
            sit: true,
            back: true,
          }),
        );
    }
    p.push(clock(1520, 80, 30));
    return p.join('');
  },
  'service-desk': (rng) => {
    const p = [room('#f4f1ea', '#c7b9a5', 700)];
    p.push(rect(0, 0, W, 90, '#c0392b'), text(W / 2, 62, '职工服务中心', 48, '#ffe9a8'));
    for (const [i, label] of ['法律援助', '困难帮扶', '就业服务', '入会登记'].entries())
      p.push(sign(140 + i * 350, 150, 270, 70, label, ['#2f6db5', '#e67e22', '#27ae60', '#8e44ad'][i] ?? '#2f6db5'));
    p.push(
      rect(1280, 270, 240, 150, '#2d2d2d', 'rx="8"'),
      text(1400, 340, 'A 023', 56, '#2ecc71'),
      text(1400, 395, '请到 2 号窗口', 28, '#ffffff', 'middle', 400),
    );
    p.push(frame(120, 280, 260, 180, rng), frame(420, 280, 260, 180, rng));
    for (let i = 0; i < 3; i++)
      p.push(
        person({
          x: 420 + i * 360,
          y: 880,
          h: 330,
          shirt: '#ffffff',
          vest: '#c0392b',
          pants: '#2c3e50',
          hairStyle: i === 1 ? 'bun' : 'short',
          skin: pick(rng, SKIN),
          pose: i === 0 ? 'point' : 'down',
        }),
      );
    p.push(rect(160, 690, 1280, 200, '#e6dccb'), rect(140, 670, 1320, 30, '#8a5a3c', 'rx="6"'));
    for (let i = 0; i < 3; i++)
      p.push(
        rect(360 + i * 360, 740, 120, 70, '#ffffff', 'rx="6"'),
        text(420 + i * 360, 788, `${i + 1}`, 40, '#c0392b'),
      );
    p.push(
      randomPerson(rng, 560, 1060, 380, { back: true }),
      randomPerson(rng, 1020, 1060, 390, { back: true, hairStyle: 'long' }),
    );
    p.push(rect(1480, 560, 100, 330, '#8a5a3c', 'rx="6"'));
    for (let i = 0; i < 4; i++)
      p.push(rect(1495, 580 + i * 75, 70, 55, pick(rng, ['#f6e7c1', '#d9ecf2', '#f3d9d2']), 'rx="3"'));
    return p.join('');
  },
  exhibition: (rng) => {
    const p = [room('#f3ede4', '#b69f86', 720)];
    p.push(rect(0, 0, W, 110, '#b71c1c'), text(W / 2, 75, '劳模工匠风采展', 56, '#ffe9a8'));
    for (let i = 0; i < 5; i++) {
      const x = 70 + i * 300;
      p.push(
        rect(x, 170, 260, 380, '#ffffff', 'rx="6"'),
        rect(x + 20, 190, 220, 170, pick(rng, ['#f6e7c1', '#d9ecf2', '#f3d9d2', '#e4f0d8'])),
      );
      p.push(
        circle(x + 130, 260, 40, pick(rng, SKIN)),
        `<path d="M${x + 70},360 Q${x + 130},290 ${x + 190},360 Z" fill="${pick(rng, SHIRTS)}"/>`,
        `<path d="M${x + 90},250 C${x + 86},205 ${x + 174},205 ${x + 170},250 C${x + 160},232 ${x + 100},232 ${x + 90},250 Z" fill="${pick(rng, HAIR)}"/>`,
      );
      for (let l = 0; l < 5; l++) p.push(rect(x + 24, 390 + l * 30, between(rng, 140, 210), 12, '#c5ccd6', 'rx="5"'));
      p.push(rect(x + 80, 540, 100, 12, '#d4a017', 'rx="4"'));
    }
    p.push(lamp(300, 120, '#ddd'), lamp(800, 120, '#ddd'), lamp(1300, 120, '#ddd'));
    // display cases
    for (const x of [260, 1060]) {
      p.push(
        rect(x, 800, 280, 200, '#8a5a3c'),
        rect(x + 10, 680, 260, 120, 'rgba(200,230,245,0.55)', 'stroke="#ffffff" stroke-width="6"'),
        circle(x + 140, 760, 28, '#d4a017'),
        rect(x + 125, 780, 30, 20, '#b8860b'),
      );
    }
    p.push(
      randomPerson(rng, 700, 1000, 380, { back: true, pose: 'point' }),
      randomPerson(rng, 860, 1010, 370, { back: true, hairStyle: 'long' }),
    );
    p.push(
      person({
        x: 1420,
        y: 990,
        h: 380,
        shirt: '#c0392b',
        vest: '#ffffff',
        hairStyle: 'bun',
        pose: 'point',
        skin: SKIN[0],
      }),
    );
    return p.join('');
  },
};

// ------------------------------------------------------------------ render

/** Fine film grain (seeded) so the flat colours look less like a diagram. */
function grain(seed: number, amount: number): Buffer {
  const rng = seededRandom(seed);
  const buf = Buffer.alloc(W * H);
  for (let i = 0; i < buf.length; i++) buf[i] = 128 + Math.round((rng() - 0.5) * 2 * amount);
  return buf;
}

async function render(name: string, scene: Scene, index: number): Promise<number> {
  const rng = seededRandom(1000 + index * 7919);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${DEFS}${scene(rng)}${rect(0, 0, W, H, 'url(#light)')}</svg>`;
  const base = await sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
  const noise = await sharp(grain(index + 1, 15), { raw: { width: W, height: H, channels: 1 } })
    .toColourspace('srgb')
    .png()
    .toBuffer();
  const file = path.join(OUT, `${name}.jpg`);
  await sharp(base)
    .composite([{ input: noise, blend: 'soft-light' }])
    .jpeg({ quality: QUALITY, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .withMetadata({
      exif: { IFD0: { ImageDescription: 'Generated sample illustration', Software: 'make-sample-photos.ts' } },
    })
    .toFile(file);
  return statSync(file).size;
}

const { positionals } = parseArgs({ allowPositionals: true });
const names = positionals.length ? positionals : Object.keys(scenes);
mkdirSync(OUT, { recursive: true });
for (const name of names) {
  const scene = scenes[name];
  if (!scene) {
    console.error(`unknown photo: ${name} (known: ${Object.keys(scenes).join(', ')})`);
    process.exitCode = 1;
    continue;
  }
  const size = await render(name, scene, Object.keys(scenes).indexOf(name));
  console.log(`${name}.jpg  ${(size / 1024).toFixed(0)} KB`);
}
