import { circle, pick, rect, SKIN, W, type Scene } from '../draw.ts';
import { room, windowEl } from '../furniture.ts';
import { person } from '../people.ts';
import { sign } from '../walls.ts';

export const factory: Scene = (rng) => {
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
};
