import { serialKey } from '../../lib/verify/certificates.ts';
import { siteCertificates } from '../../data/awards.ts';

/** Serial (normalised as typed by hand) -> verification page, for the lookup on /verify/. */
export async function GET() {
  const index = Object.fromEntries((await siteCertificates()).map((c) => [serialKey(c.record.serial), c.slug]));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
}
