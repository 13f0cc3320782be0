import { rect, type Scene } from '../draw.ts';
import { bookshelf, lamp, plant, room, table, windowEl } from '../furniture.ts';
import { randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const readingRoom: Scene = (rng) => {
  const p = [room('#f1e6d2', '#c89f74', 700)];
  p.push(bookshelf(rng, 60, 150, 420, 560, 5), bookshelf(rng, 1120, 150, 420, 560, 5));
  p.push(windowEl(610, 130, 380, 300));
  p.push(sign(640, 40, 320, 64, '职工书屋'));
  p.push(lamp(560, 60), lamp(1040, 60));
  p.push(plant(560, 690, 1.3), plant(1040, 690, 1.3));
  for (const [x, y] of [
    [330, 780],
    [830, 780],
  ] as const) {
    p.push(randomPerson(rng, x + 100, y + 110, 340, { sit: true, pose: 'read' }));
    p.push(randomPerson(rng, x + 300, y + 110, 330, { sit: true, pose: 'read' }));
    p.push(
      table(x, y, 440, 180, '#b5784a'),
      rect(x + 10, y + 21, 420, 100, '#c98b5a'),
      rect(x + 10, y + 121, 420, 6, 'rgba(0,0,0,0.15)'),
    );
  }
  return p.join('');
};
