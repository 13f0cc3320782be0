import { pick, rect, SKIN, text, W, type Scene } from '../draw.ts';
import { room } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { frame, sign } from '../walls.ts';

export const serviceDesk: Scene = (rng) => {
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
    p.push(rect(360 + i * 360, 740, 120, 70, '#ffffff', 'rx="6"'), text(420 + i * 360, 788, `${i + 1}`, 40, '#c0392b'));
  p.push(
    randomPerson(rng, 560, 1060, 380, { back: true }),
    randomPerson(rng, 1020, 1060, 390, { back: true, hairStyle: 'long' }),
  );
  p.push(rect(1480, 560, 100, 330, '#8a5a3c', 'rx="6"'));
  for (let i = 0; i < 4; i++)
    p.push(rect(1495, 580 + i * 75, 70, 55, pick(rng, ['#f6e7c1', '#d9ecf2', '#f3d9d2']), 'rx="3"'));
  return p.join('');
};
