import { circle, HAIR, rect, W, type Scene } from '../draw.ts';
import { room } from '../furniture.ts';
import { person, randomPerson } from '../people.ts';
import { banner, screen } from '../walls.ts';

export const lectureHall: Scene = (rng) => {
  const p = [room('#ede3d3', '#9c6b4e', 600)];
  p.push(rect(0, 0, W, 60, '#d8c8b0'));
  p.push(banner(80, '工会干部培训班'));
  p.push(screen(520, 180, 560, 320, rng));
  p.push(rect(1180, 420, 160, 180, '#8a5a3c', 'rx="6"'), rect(1170, 410, 180, 20, '#6d4a33'));
  p.push(person({ x: 1260, y: 600, h: 250, shirt: '#2c3e50', pants: '#2c3e50', pose: 'point', hair: HAIR[4] }));
  p.push(rect(1185, 470, 150, 130, '#8a5a3c'), circle(1260, 520, 20, '#c0392b'));
  for (let row = 0; row < 3; row++) {
    const y = 760 + row * 130;
    const h = 300 + row * 60;
    const n = 7 - row;
    for (let i = 0; i < n; i++)
      p.push(
        randomPerson(rng, 140 + ((i + (row % 2) * 0.5) * (W - 200)) / (n - 0.5), y + h * 0.55, h, {
          back: true,
          sit: true,
        }),
      );
    p.push(rect(0, y + h * 0.3, W, 40 + row * 8, '#7b3f2a'), rect(0, y + h * 0.3 + 40 + row * 8, W, 10, '#5e2f20'));
  }
  return p.join('');
};
