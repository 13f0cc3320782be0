import { siteCertificates } from '../../data/awards.ts';
import { verifyIndex } from '../../lib/verify/lookup.ts';

/** Serial (normalised as typed by hand) -> verification pages, for the lookup on /verify/. */
export async function GET() {
  const index = verifyIndex((await siteCertificates()).map((c) => ({ serial: c.record.serial, slug: c.slug })));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
}
