import { circle, poly, rect, type Scene } from '../draw.ts';
import { chairBack, plant, room, windowEl } from '../furniture.ts';
import { randomPerson } from '../people.ts';
import { clock, screen } from '../walls.ts';

export const meetingRoom: Scene = (rng) => {
  const p = [room('#e9edf1', '#8c9aa8', 690, 'rgba(255,255,255,0.08)')];
  p.push(screen(520, 110, 560, 330, rng, '职工代表座谈会'));
  p.push(windowEl(80, 140, 300, 360), windowEl(1220, 140, 300, 360));
  p.push(clock(1460, 80, 34));
  for (let i = 0; i < 4; i++) p.push(randomPerson(rng, 420 + i * 250, 930, 340, { sit: true }));
  p.push(
    poly(
      [
        [260, 760],
        [1340, 760],
        [1500, 960],
        [100, 960],
      ],
      '#b07a4f',
    ),
    rect(100, 960, 1400, 24, '#7c5237'),
  );
  for (let i = 0; i < 5; i++)
    p.push(
      rect(340 + i * 220, 800, 90, 60, '#ffffff', 'rx="4" transform="skewX(-10)"'),
      circle(460 + i * 220, 820, 14, '#eaeaea'),
    );
  for (let i = 0; i < 4; i++) p.push(chairBack(330 + i * 320, 1067, 2.1, '#34495e'));
  p.push(plant(80, 700, 2));
  return p.join('');
};
