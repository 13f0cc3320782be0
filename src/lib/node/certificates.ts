import path from 'node:path';
import { awardsInputFrom } from '../awards/input.ts';
import { checkAwards } from '../awards/rules.ts';
import { makeCertificates, type MakeCertificatesResult, type ShareCard } from '../certificates/batch.ts';
import type { Entries } from '../content/check.ts';
import { issuedCertificates, type IssuedCertificate } from '../verify/certificates.ts';
import { loadContent } from './read-content.ts';
import { judgementDay, readSiteConfig } from './site-config.ts';

/**
 * The certificates the content's award data issues, as the verification pages
 * list them. Pass `entries` when the content is already loaded.
 */
export function contentCertificates(root: string, entries: Entries = loadContent(root).entries): IssuedCertificate[] {
  const report = checkAwards(awardsInputFrom(entries), { today: judgementDay(root) });
  const names = {
    homes: new Map(entries.homes.map((h) => [h.id, h.data as { title: string; unit: string }])),
    people: new Map(entries.people.map((p) => [p.id, p.data as { name: string; home: string }])),
  };
  return issuedCertificates(report, names, readSiteConfig(root).baseUrl);
}

/** Share cards (og:image) of the homes and stories: `share/<kind>/<id>.png` in the site folder. */
export function contentShareCards(root: string, entries: Entries = loadContent(root).entries): ShareCard[] {
  const site = readSiteConfig(root);
  return [
    ...entries.homes.map((h) => {
      const d = h.data as { title: string; unit: string };
      return {
        file: `share/home/${h.id}.png`,
        card: { title: d.title, subtitle: `${d.unit} · ${site.shortName}`, kind: 'home' as const },
      };
    }),
    ...entries.stories.map((s) => {
      const d = s.data as { title: string; summary: string };
      return {
        file: `share/story/${s.id}.png`,
        card: { title: d.title, subtitle: `典型案例 · ${site.shortName}`, kind: 'story' as const },
      };
    }),
  ];
}

/**
 * The build step that draws every certificate and every share card: one
 * worker pool on all cores for both (batch.ts), and a content-hash cache, so
 * an unchanged image is copied, not drawn again. The content is read once.
 */
export async function renderImages(
  siteDir: string,
  root: string,
  /** Where rendered images are kept between builds, keyed by a hash of everything that draws them. */
  cache: string,
  /** The content as the build's check read it; read again when not given. */
  entries: Entries = loadContent(root).entries,
): Promise<{ certificates: MakeCertificatesResult; shareRendered: number; shareCached: number }> {
  const certificates = await makeCertificates({
    records: contentCertificates(root, entries).map((c) => c.input),
    outDir: path.join(siteDir, 'certificates'),
    cacheDir: path.join(cache, 'certificates'),
    share: { cards: contentShareCards(root, entries), outDir: siteDir, cacheDir: path.join(cache, 'share') },
  });
  return { certificates, shareRendered: certificates.share.rendered, shareCached: certificates.share.cached };
}
