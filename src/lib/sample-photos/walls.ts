/** What hangs on the walls of the sample photos: signs, pictures, clocks, screens, banners; and the shared gradients. */
import { between, circle, f, pick, poly, rect, text, W, type Rng } from './draw.ts';

export function sign(
  x: number,
  y: number,
  w: number,
  h: number,
  label: string,
  bg = '#c0392b',
  fg = '#ffffff',
): string {
  return (
    rect(x, y, w, h, bg, 'rx="10"') +
    rect(x + 8, y + 8, w - 16, h - 16, 'none', `rx="6" stroke="${fg}" stroke-opacity="0.5" stroke-width="3"`) +
    text(x + w / 2, y + h / 2 + h * 0.17, label, Math.round(h * 0.46), fg)
  );
}

export function frame(x: number, y: number, w: number, h: number, rng: Rng, border = '#6b4f3a'): string {
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

export function clock(x: number, y: number, r: number): string {
  return (
    circle(x, y, r + 6, '#444') +
    circle(x, y, r, '#fff') +
    rect(x - 2, y - r * 0.7, 4, r * 0.7, '#333') +
    `<rect x="${f(x - 2)}" y="${f(y - r * 0.5)}" width="4" height="${f(r * 0.5)}" fill="#333" transform="rotate(110 ${f(x)} ${f(y)})"/>`
  );
}

export function screen(x: number, y: number, w: number, h: number, rng: Rng, title = ''): string {
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

export function banner(y: number, label: string, bg = '#b71c1c'): string {
  return rect(W * 0.22, y, W * 0.56, 70, bg, 'rx="6"') + text(W / 2, y + 48, label, 38, '#ffe9a8');
}

export const DEFS = `<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ec9f0"/><stop offset="1" stop-color="#d8eefb"/></linearGradient>
<linearGradient id="skyOut" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7dbde8"/><stop offset="1" stop-color="#e3f3fb"/></linearGradient>
<radialGradient id="light" cx="0.5" cy="0.15" r="0.9"><stop offset="0" stop-color="#ffffff" stop-opacity="0.22"/><stop offset="1" stop-color="#000000" stop-opacity="0.18"/></radialGradient>
<linearGradient id="spot" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fff6c0" stop-opacity="0.55"/><stop offset="1" stop-color="#fff6c0" stop-opacity="0"/></linearGradient>
</defs>`;
