import { PRIMARY_FAMILY } from '../../certificates/fonts.ts';
import { circle, f, pick, rect, SKIN, type Scene } from '../draw.ts';
import { plant, room, table } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { frame, sign } from '../walls.ts';

export const clinic: Scene = (rng) => {
  const p = [room('#eaf4f6', '#b9c9cf', 690)];
  p.push(sign(560, 50, 480, 76, '职工健康小屋', '#16a085'));
  p.push(rect(80, 200, 360, 480, '#ffffff', 'rx="8"'));
  for (let i = 0; i < 3; i++)
    p.push(rect(100, 230 + i * 140, 320, 120, '#d6eaf0', 'rx="6"'), circle(260, 290 + i * 140, 6, '#7f8c8d'));
  p.push(rect(220, 140, 80, 80, '#e74c3c', 'rx="10"'), rect(252, 152, 16, 56, '#fff'), rect(232, 172, 56, 16, '#fff'));
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
        `<text x="${f(930 + (i - (n - 1) / 2) * size * 1.1)}" y="${f(215 + r * 42)}" font-family="${PRIMARY_FAMILY}" font-size="${size}" font-weight="700" fill="#2d2d2d" text-anchor="middle" transform="rotate(${pick(rng, [0, 90, 180, 270])} ${f(930 + (i - (n - 1) / 2) * size * 1.1)} ${f(215 + r * 42 - size * 0.35)})">E</text>`,
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
};
