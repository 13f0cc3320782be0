import { rect, type Scene } from '../draw.ts';
import { plant, room, windowEl } from '../furniture.ts';
import { randomPerson } from '../people.ts';
import { frame, sign } from '../walls.ts';

export const counselling: Scene = (rng) => {
  const p = [room('#e6efe4', '#c7b299', 700)];
  p.push(windowEl(560, 120, 480, 340, '#ffffff', 3));
  p.push(
    `<path d="M530,100 Q560,300 520,520 L600,520 Q580,300 600,100 Z" fill="#f2b5a0"/><path d="M1070,100 Q1040,300 1080,520 L1000,520 Q1020,300 1000,100 Z" fill="#f2b5a0"/>`,
  );
  p.push(frame(150, 180, 240, 180, rng), frame(1210, 200, 220, 160, rng));
  p.push(sign(120, 60, 300, 60, '心灵驿站', '#5b8c85'));
  // sofa and armchair
  p.push(rect(240, 730, 480, 190, '#7fb3a7', 'rx="30"'), rect(220, 900, 520, 60, '#6a9e92', 'rx="20"'));
  p.push(randomPerson(rng, 480, 995, 340, { sit: true, hairStyle: 'long', shirt: '#8e6bbf' }));
  p.push(rect(190, 800, 70, 180, '#6a9e92', 'rx="24"'), rect(700, 800, 70, 180, '#6a9e92', 'rx="24"'));
  p.push(rect(1020, 760, 300, 160, '#e9c46a', 'rx="26"'), rect(1010, 900, 320, 60, '#d4ae54', 'rx="20"'));
  p.push(randomPerson(rng, 1170, 995, 340, { sit: true, shirt: '#3fa7a3', pose: 'hold', holding: '#ffffff' }));
  p.push(rect(980, 820, 60, 160, '#d4ae54', 'rx="22"'), rect(1300, 820, 60, 160, '#d4ae54', 'rx="22"'));
  p.push(
    `<ellipse cx="860" cy="980" rx="130" ry="24" fill="#a77b56"/>`,
    rect(850, 980, 20, 70, '#7c5a3f'),
    rect(820, 940, 36, 36, '#ffffff', 'rx="6"'),
    rect(880, 944, 30, 32, '#f4a261', 'rx="6"'),
  );
  p.push(plant(1500, 740, 2.2), plant(90, 760, 1.6, '#5b8c85'));
  return p.join('');
};
