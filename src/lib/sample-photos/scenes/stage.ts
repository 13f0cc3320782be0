import { between, circle, H, pick, rect, SKIN, W, type Scene } from '../draw.ts';
import { person, randomPerson } from '../people.ts';
import { banner } from '../walls.ts';

export const stage: Scene = (rng) => {
  const p = [rect(0, 0, W, H, '#2b1d3a')];
  p.push(rect(120, 120, 1360, 560, '#4a2f63'));
  p.push(
    `<path d="M0,0 L300,0 Q260,300 320,700 L0,700 Z" fill="#a4161a"/><path d="M1600,0 L1300,0 Q1340,300 1280,700 L1600,700 Z" fill="#a4161a"/>`,
  );
  p.push(`<path d="M0,0 L1600,0 L1600,110 Q1200,170 800,120 Q400,170 0,110 Z" fill="#c1121f"/>`);
  p.push(banner(170, '职工文艺汇演', '#c1121f'));
  p.push(
    `<path d="M520,0 L620,0 L760,700 L380,700 Z" fill="url(#spot)"/><path d="M980,0 L1080,0 L1220,700 L840,700 Z" fill="url(#spot)"/>`,
  );
  p.push(rect(100, 680, 1400, 40, '#8a5a3c'), rect(60, 720, 1480, 30, '#6d4a33'));
  p.push(
    person({
      x: 580,
      y: 690,
      h: 320,
      shirt: '#f1c40f',
      pants: '#2c3e50',
      pose: 'wave',
      hairStyle: 'bun',
      skin: SKIN[0],
    }),
  );
  p.push(
    person({
      x: 800,
      y: 690,
      h: 330,
      shirt: '#ffffff',
      pants: '#2c3e50',
      pose: 'hold',
      holding: '#2d2d2d',
      skin: SKIN[1],
    }),
  );
  p.push(
    person({
      x: 1020,
      y: 690,
      h: 320,
      shirt: '#e84393',
      pants: '#2c3e50',
      pose: 'wave',
      hairStyle: 'long',
      skin: SKIN[0],
    }),
  );
  for (let row = 0; row < 2; row++) {
    const n = 9 - row;
    for (let i = 0; i < n; i++)
      p.push(
        randomPerson(rng, 80 + ((i + row * 0.5) * (W - 120)) / (n - 0.5), 1010 + row * 90, 300 + row * 60, {
          back: true,
          sit: true,
          shirt: pick(rng, ['#3d2c52', '#4b3763', '#36284a']),
          hair: '#141018',
        }),
      );
  }
  for (let i = 0; i < 30; i++)
    p.push(circle(between(rng, 150, 1450), between(rng, 260, 650), between(rng, 2, 5), '#ffe9a8', 'opacity="0.6"'));
  return p.join('');
};
