import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { makeCertificates, type MakeCertificatesResult } from '../certificates/batch.ts';
import { rendererFingerprint } from '../certificates/cache.ts';
import { shareImage, shareImageFonts } from '../certificates/render.ts';
import type { ShareImageInput } from '../certificates/types.ts';
import { issuedCertificates, type IssuedCertificate } from '../verify/certificates.ts';
import { loadContent } from './read-content.ts';
import { judgementDay, readSiteConfig } from './site-config.ts';

/** The certificates the content's award data issues, as the verification pages list them. */
export function contentCertificates(root: string): IssuedCertificate[] {
  const { entries } = loadContent(root);
  const report = checkAwards(awardsInputFrom(entries), { today: judgementDay(root) });
  const names = {
    homes: new Map(entries.homes.map((h) => [h.id, h.data as { title: string; unit: string }])),
    people: new Map(entries.people.map((p) => [p.id, p.data as { name: string; home: string }])),
  };
  return issuedCertificates(report, names, readSiteConfig(root).baseUrl);
}

/** Share cards (og:image) of the homes and stories: `share/<kind>/<id>.png`. */
export function contentShareCards(root: string): { file: string; card: ShareImageInput }[] {
  const { entries } = loadContent(root);
  const site = readSiteConfig(root);
  return [
    ...entries.homes.map((h) => {
      const d = h.data as { title: string; unit: string };
      return {
        file: `home/${h.id}.png`,
        card: { title: d.title, subtitle: `${d.unit} · ${site.shortName}`, kind: 'home' as const },
      };
    }),
    ...entries.stories.map((s) => {
      const d = s.data as { title: string; summary: string };
      return {
        file: `story/${s.id}.png`,
        card: { title: d.title, subtitle: `典型案例 · ${site.shortName}`, kind: 'story' as const },
      };
    }),
  ];
}

/** Where rendered images are kept between builds, keyed by a hash of everything that draws them. */
export const IMAGE_CACHE = path.join('node_modules', '.cache', 'zgzj-images');

/**
 * The build step that draws every certificate (all cores, content-hash
 * cache: an unchanged record is not drawn again) and every share card.
 */
export async function renderImages(
  siteDir: string,
  root: string,
  cwd: string,
): Promise<{ certificates: MakeCertificatesResult; shareRendered: number; shareCached: number }> {
  const cache = path.join(cwd, IMAGE_CACHE);
  const certificates = await makeCertificates({
    records: contentCertificates(root).map((c) => c.input),
    outDir: path.join(siteDir, 'certificates'),
    cacheDir: path.join(cache, 'certificates'),
  });
  const cards = contentShareCards(root);
  let fonts: ReturnType<typeof shareImageFonts> | undefined;
  let shareRendered = 0;
  const version = rendererFingerprint();
  for (const { file, card } of cards) {
    const key = createHash('sha256')
      .update(JSON.stringify([version, card]))
      .digest('hex');
    const cached = path.join(cache, 'share', `${key}.png`);
    const target = path.join(siteDir, 'share', file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!existsSync(cached)) {
      fonts ??= shareImageFonts(cards.map((c) => c.card));
      mkdirSync(path.dirname(cached), { recursive: true });
      writeFileSync(cached, await shareImage(card, { fonts }));
      shareRendered++;
    }
    writeFileSync(target, readFileSync(cached));
  }
  return { certificates, shareRendered, shareCached: cards.length - shareRendered };
}
