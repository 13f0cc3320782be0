import { pick, rect, SKIN, type Scene } from '../draw.ts';
import { room, windowEl } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { clock, screen } from '../walls.ts';

export const trainingRoom: Scene = (rng) => {
  const p = [room('#e4ecf3', '#9fb0bf', 660)];
  p.push(screen(100, 140, 520, 300, rng, '技能提升培训'));
  p.push(windowEl(760, 150, 280, 260), windowEl(1180, 150, 280, 260));
  p.push(person({ x: 700, y: 680, h: 300, shirt: '#2f6db5', pants: '#24324a', pose: 'point', skin: SKIN[1] }));
  for (let row = 0; row < 2; row++) {
    const y = 780 + row * 170;
    for (let i = 0; i < 4; i++) {
      const x = 240 + i * 370 + row * 40;
      p.push(
        rect(x - 140, y - 110, 150, 96, '#2d2d2d', 'rx="6"'),
        rect(x - 132, y - 102, 134, 78, pick(rng, ['#9fd3f7', '#b8f2c8', '#fde3a7'])),
        rect(x - 75, y - 14, 20, 14, '#2d2d2d'),
      );
    }
    p.push(rect(60, y, 1480, 22, '#dfe6e9', 'rx="4"'), rect(60, y + 22, 1480, 8, '#b2bec3'));
    for (let i = 0; i < 4; i++)
      p.push(
        randomPerson(rng, 240 + i * 370 + row * 40 + 30, y + 150 + row * 30, 300 + row * 50, {
          sit: true,
          back: true,
        }),
      );
  }
  p.push(clock(1520, 80, 30));
  return p.join('');
};
