/** Rooms and furniture of the sample photos. */
import { between, BOOKS, f, H, pick, rect, W, type Rng } from './draw.ts';

/** Back wall + floor with boards, baseboard and a soft shadow line. */
export function room(wall: string, floor: string, fy: number, board = 'rgba(0,0,0,0.06)'): string {
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

export function windowEl(x: number, y: number, w: number, h: number, frame = '#ffffff', cols = 2): string {
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

export function bookshelf(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  rows: number,
  wood = '#8a5a3c',
): string {
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
export function table(
  x: number,
  y: number,
  w: number,
  legH: number,
  top = '#c98b5a',
  leg = '#6d4a33',
  thick = 16,
): string {
  return (
    rect(x, y, w, thick, top, 'rx="3"') +
    rect(x + 2, y + thick, w - 4, 5, 'rgba(0,0,0,0.18)') +
    rect(x + 18, y + thick, 12, legH, leg) +
    rect(x + w - 30, y + thick, 12, legH, leg)
  );
}

export function chairBack(x: number, y: number, s: number, color: string): string {
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${s.toFixed(3)})">${rect(-22, -95, 44, 50, color, 'rx="8"')}${rect(-24, -48, 48, 10, color, 'rx="3"')}${rect(-20, -40, 6, 40, '#444')}${rect(14, -40, 6, 40, '#444')}</g>`;
}

export function plant(x: number, y: number, s: number, pot = '#c8643b'): string {
  const leaves = [-50, -25, 0, 25, 50]
    .map(
      (a) =>
        `<ellipse cx="0" cy="-62" rx="13" ry="40" fill="${a % 50 === 0 ? '#3e8e4f' : '#57a863'}" transform="rotate(${a} 0 -20)"/>`,
    )
    .join('');
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${s.toFixed(3)})">${leaves}<path d="M-26,-34 L26,-34 L20,0 L-20,0 Z" fill="${pot}"/>${rect(-29, -40, 58, 9, pot, 'rx="3"')}</g>`;
}

export function lamp(x: number, len: number, shade = '#f4d35e'): string {
  return (
    rect(x - 1.5, 0, 3, len, '#555') +
    `<path d="M${f(x - 34)},${f(len + 34)} L${f(x - 14)},${f(len)} L${f(x + 14)},${f(len)} L${f(x + 34)},${f(len + 34)} Z" fill="${shade}"/>` +
    `<ellipse cx="${f(x)}" cy="${f(len + 34)}" rx="34" ry="6" fill="#fff6c9"/>`
  );
}
