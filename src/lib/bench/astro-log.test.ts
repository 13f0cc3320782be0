import { describe, expect, it } from 'vitest';
import { readAstroLog } from './astro-log.ts';

const LOG = `08:30:08 [content] Syncing content
08:30:10 [content] Synced content
08:30:10 [vite] ✓ built in 1.50s
08:30:11 [vite] ✓ built in 250ms
08:30:11 [build] Rearranging server assets...

 generating static routes 
08:30:11 ▶ src/pages/index.astro
08:30:16 ✓ Completed in 4.99s.

 generating optimized images 
08:30:16   ▶ /_astro/counselling.CMmCWFRb_Z1nq9KI.webp (reused cache entry) (+2ms) (1/3)
08:30:16   ▶ /_astro/clinic.k5IPRI1l_1GP8kO.webp (reused cache entry) (+2ms) (2/3)
08:30:16   ▶ /_astro/garden.CeS-W_QB_y8KMP.webp (before: 72kB, after: 22kB) (+196ms) (3/3)
08:30:16 ✓ Completed in 21ms.

08:30:16 [build] ✓ Completed in 9.16s.
08:30:16 [build] 775 page(s) built in 12.34s
`;

describe('readAstroLog', () => {
  it('reads pages, phases and image cache use', () => {
    expect(readAstroLog(LOG)).toEqual({
      pages: 775,
      renderSeconds: 4.99,
      imageSeconds: 0.021,
      imagesReused: 2,
      imagesProcessed: 1,
      contentSyncSeconds: 2,
      viteSeconds: 1.75,
    });
  });

  it('takes the clock span of a phase when its Completed figure is shorter', () => {
    const log = [
      ' generating static routes ',
      '10:20:00 ▶ src/pages/homes/[id].astro',
      '10:27:30 ▶ src/pages/stories/[id].astro',
      '10:29:01 ✓ Completed in 1.20s.',
      '',
      '10:29:01 [build] 16176 page(s) built in 540s',
    ].join('\n');
    expect(readAstroLog(log).renderSeconds).toBe(541);
  });

  it('ignores colour codes', () => {
    expect(readAstroLog('\x1b[2m08:30:16\x1b[22m [build] \x1b[32m775 page(s) built in 1s\x1b[39m').pages).toBe(775);
  });

  it('leaves out what the log does not say', () => {
    expect(readAstroLog('')).toEqual({
      pages: undefined,
      renderSeconds: undefined,
      imageSeconds: undefined,
      imagesReused: 0,
      imagesProcessed: 0,
      contentSyncSeconds: undefined,
    });
  });
});
