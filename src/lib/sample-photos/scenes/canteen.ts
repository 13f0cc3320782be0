import { circle, pick, rect, SKIN, W, type Scene } from '../draw.ts';
import { room, table } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const canteen: Scene = (rng) => {
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
};
