/** Faceless flat figures of the sample photos. */
import { circle, f, HAIR, PANTS, pick, rect, SHIRTS, SKIN, type Rng } from './draw.ts';

export interface PersonOpts {
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
export function person(o: PersonOpts): string {
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

export function randomPerson(rng: Rng, x: number, y: number, h: number, extra: Partial<PersonOpts> = {}): string {
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
