import { circle, HAIR, pick, rect, SKIN, text, W, type Scene } from '../draw.ts';
import { room, table, windowEl } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const childcare: Scene = (rng) => {
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
};
