import { between, circle, pick, poly, rect, SKIN, text, W, type Scene } from '../draw.ts';
import { plant } from '../furniture.ts';
import { person } from '../people.ts';
import { sign } from '../walls.ts';

export const courierStation: Scene = (rng) => {
  const p = [rect(0, 0, W, 760, 'url(#skyOut)')];
  // buildings behind
  for (let i = 0; i < 7; i++) {
    const bw = between(rng, 160, 260);
    const bh = between(rng, 240, 420);
    const bx = i * 240 - 40;
    p.push(rect(bx, 700 - bh, bw, bh, pick(rng, ['#c9d6df', '#b8c7d3', '#d8dee3'])));
    for (let r = 0; r < Math.floor(bh / 60) - 1; r++)
      for (let c = 0; c < 3; c++) p.push(rect(bx + 20 + c * (bw / 3.3), 700 - bh + 30 + r * 60, bw / 6, 30, '#eef5fa'));
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
};
