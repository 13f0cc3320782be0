import { between, circle, HAIR, pick, poly, rect, W, type Scene } from '../draw.ts';
import { randomPerson } from '../people.ts';
import { sign } from '../walls.ts';

export const garden: Scene = (rng) => {
  const p = [rect(0, 0, W, 620, 'url(#skyOut)')];
  p.push(circle(1350, 150, 70, '#fff3b0'));
  p.push(
    `<path d="M0,560 Q300,450 640,540 T1280,520 T1600,500 L1600,680 L0,680 Z" fill="#9fcf8a"/>`,
    rect(0, 620, W, 447, '#86c06c'),
  );
  p.push(`<path d="M620,1067 Q760,820 900,700 L980,700 Q920,840 1020,1067 Z" fill="#e8d5b0"/>`);
  // pavilion
  p.push(
    poly(
      [
        [1020, 420],
        [1380, 420],
        [1320, 360],
        [1080, 360],
      ],
      '#b03a2e',
    ),
    poly(
      [
        [1060, 360],
        [1340, 360],
        [1200, 280],
      ],
      '#c0392b',
    ),
    rect(1060, 420, 16, 200, '#7b3f2a'),
    rect(1324, 420, 16, 200, '#7b3f2a'),
    rect(1050, 560, 300, 16, '#8a5a3c'),
  );
  for (let i = 0; i < 9; i++) {
    const x = between(rng, 40, 1560);
    if (x > 560 && x < 1060) continue;
    const s = between(rng, 0.8, 1.4);
    p.push(
      rect(x - 10 * s, 620 - 80 * s, 20 * s, 120 * s, '#7b5a3f'),
      circle(x, 500 - 40 * s, 80 * s, pick(rng, ['#4e9a52', '#5fae63', '#3f8a48'])),
      circle(x - 50 * s, 540 - 30 * s, 55 * s, '#58a65c'),
    );
  }
  for (let i = 0; i < 24; i++)
    p.push(
      circle(
        between(rng, 0, 560),
        between(rng, 720, 1040),
        between(rng, 8, 14),
        pick(rng, ['#f7d35e', '#f28b82', '#ffffff', '#c39bd3']),
      ),
    );
  p.push(
    rect(140, 820, 300, 24, '#a0522d', 'rx="6"'),
    rect(140, 780, 300, 20, '#a0522d', 'rx="6"'),
    rect(160, 844, 14, 60, '#5e2f20'),
    rect(406, 844, 14, 60, '#5e2f20'),
  );
  p.push(
    randomPerson(rng, 240, 880, 300, { sit: true }),
    randomPerson(rng, 340, 880, 300, { sit: true, hairStyle: 'long', pose: 'read' }),
  );
  p.push(
    randomPerson(rng, 820, 900, 330, { pose: 'wave' }),
    randomPerson(rng, 930, 930, 350, {}),
    randomPerson(rng, 1180, 990, 380, { pose: 'point', hair: HAIR[4] }),
  );
  p.push(rect(1456, 700, 14, 200, '#6d4a33'), sign(1330, 640, 260, 60, '职工健身步道', '#3f8a48'));
  return p.join('');
};
