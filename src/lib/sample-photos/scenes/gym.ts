import { circle, rect, W, type Scene } from '../draw.ts';
import { room, windowEl } from '../furniture.ts';
import { randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const gym: Scene = (rng) => {
  const p = [room('#dfe9f2', '#d59a5b', 640, 'rgba(0,0,0,0.1)')];
  p.push(rect(0, 0, W, 120, '#c7d6e4'));
  for (let i = 0; i < 6; i++) p.push(windowEl(80 + i * 260, 150, 180, 160, '#eef3f7', 1));
  p.push(
    `<ellipse cx="800" cy="860" rx="260" ry="70" fill="none" stroke="#ffffff" stroke-width="8"/>`,
    rect(0, 850, W, 8, '#ffffff'),
  );
  // basketball hoop
  p.push(
    rect(1380, 300, 16, 340, '#555'),
    rect(1240, 330, 200, 130, '#ffffff', 'stroke="#c0392b" stroke-width="6"'),
    rect(1300, 390, 70, 50, 'none', 'stroke="#c0392b" stroke-width="5"'),
  );
  p.push(
    `<ellipse cx="1300" cy="470" rx="48" ry="10" fill="none" stroke="#e67e22" stroke-width="7"/>`,
    `<path d="M1255,472 L1275,540 L1325,540 L1345,472" fill="none" stroke="#ffffff" stroke-width="3"/>`,
  );
  p.push(circle(1180, 560, 24, '#e67e22'));
  // table tennis
  p.push(
    rect(180, 760, 520, 24, '#1f6f9b', 'rx="4"'),
    rect(436, 726, 8, 40, '#eeeeee'),
    rect(220, 784, 14, 120, '#333'),
    rect(646, 784, 14, 120, '#333'),
  );
  p.push(
    randomPerson(rng, 130, 900, 360, { pose: 'point', shirt: '#d9534f' }),
    randomPerson(rng, 760, 900, 350, { pose: 'hold', shirt: '#2f6db5' }),
  );
  p.push(
    randomPerson(rng, 1130, 960, 380, { pose: 'wave', shirt: '#f0ad4e' }),
    randomPerson(rng, 1450, 980, 370, { shirt: '#5cb85c' }),
  );
  p.push(sign(600, 30, 400, 64, '职工文体活动中心', '#1f6f9b'));
  return p.join('');
};
