import { entries } from './collections.ts';
import { checkAwards, type AwardsReport } from '../lib/awards/rules.ts';
import { contentRoot } from '../lib/node/content-root.ts';
import { judgementDay } from '../lib/node/site-config.ts';
import { issuedCertificates, type IssuedCertificate } from '../lib/verify/certificates.ts';
import { site } from '../site.ts';

// Build-time data shared by pages: the award rules run once per build, not
// once per page (a home page, an honour roll and a verification page all ask).

let report: Promise<AwardsReport> | undefined;
let certificates: Promise<IssuedCertificate[]> | undefined;

/** The award rules' report on all content, judged on the site's day (asOf or today). */
export function awardsReport(): Promise<AwardsReport> {
  report ??= (async () => {
    const [homes, people, honors] = await Promise.all([entries('homes'), entries('people'), entries('honors')]);
    return checkAwards({ homes, people, honors }, { today: judgementDay(contentRoot()) });
  })();
  return report;
}

/** Every issued certificate of the site. */
export function siteCertificates(): Promise<IssuedCertificate[]> {
  certificates ??= (async () => {
    const [homes, people] = await Promise.all([entries('homes'), entries('people')]);
    return issuedCertificates(
      await awardsReport(),
      { homes: new Map(homes.map((h) => [h.id, h.data])), people: new Map(people.map((p) => [p.id, p.data])) },
      site.baseUrl,
    );
  })();
  return certificates;
}

/** Verification page slug of each award id. */
export async function certificateSlugs(): Promise<Map<string, string>> {
  return new Map((await siteCertificates()).map((c) => [c.facts.id, c.slug]));
}
