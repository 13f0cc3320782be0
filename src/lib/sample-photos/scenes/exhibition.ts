import { between, circle, HAIR, pick, rect, SHIRTS, SKIN, text, W, type Scene } from '../draw.ts';
import { lamp, room } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';

export const exhibition: Scene = (rng) => {
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
};
