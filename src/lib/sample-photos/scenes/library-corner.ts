import { rect, type Scene } from '../draw.ts';
import { bookshelf, lamp, plant, room, windowEl } from '../furniture.ts';
import { randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const libraryCorner: Scene = (rng) => {
  const p = [room('#e8dcc8', '#a97c55', 760)];
  p.push(bookshelf(rng, 60, 100, 520, 660, 6), bookshelf(rng, 580, 260, 320, 500, 4, '#9c6a47'));
  p.push(windowEl(1000, 120, 460, 420, '#ffffff', 2));
  p.push(rect(960, 80, 40, 560, '#c98b5a'), rect(1460, 80, 40, 560, '#c98b5a'));
  p.push(lamp(1240, 40, '#f7c873'));
  p.push(`<ellipse cx="1120" cy="1000" rx="300" ry="50" fill="#c94f4f" opacity="0.85"/>`);
  p.push(rect(1030, 700, 300, 230, '#d8863d', 'rx="30"'), rect(1010, 900, 340, 70, '#c8752f', 'rx="22"'));
  p.push(randomPerson(rng, 1180, 1010, 360, { sit: true, pose: 'read', hairStyle: 'long', shirt: '#8e6bbf' }));
  p.push(rect(980, 800, 70, 200, '#c8752f', 'rx="26"'), rect(1310, 800, 70, 200, '#c8752f', 'rx="26"'));
  // standing floor lamp
  p.push(
    rect(1460, 560, 10, 440, '#444'),
    `<path d="M1410,560 L1440,490 L1490,490 L1520,560 Z" fill="#f7c873"/>`,
    rect(1430, 990, 70, 12, '#444', 'rx="5"'),
  );
  p.push(`<path d="M1410,560 L1520,560 L1600,900 L1330,900 Z" fill="url(#spot)"/>`);
  p.push(
    rect(700, 880, 200, 16, '#8a5a3c', 'rx="4"'),
    rect(740, 896, 12, 110, '#6d4a33'),
    rect(848, 896, 12, 110, '#6d4a33'),
    rect(720, 850, 80, 30, '#2980b9', 'rx="3"'),
    rect(810, 858, 60, 22, '#27ae60', 'rx="3"'),
  );
  p.push(plant(250, 1000, 2.2));
  p.push(sign(620, 160, 260, 60, '阅读角', '#8a5a3c'));
  return p.join('');
};
