/**
 * Lighthouse scores of a few pages of a built site (Node only): the site is
 * served on 127.0.0.1 with the production security headers and audited in
 * Debian's headless Chromium with Lighthouse's default (mobile, simulated
 * slow 4G) settings.
 */
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../node/static-server.ts';
import { SECURITY_HEADERS } from '../security/headers.ts';
import { launchChromiumForLighthouse } from '../node/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
  name: string;
  url: string;
  /** 0-100, or null when Lighthouse could not score the category. */
  scores: Record<Category, number | null>;
  /** Largest contentful paint in ms, or null when Lighthouse could not measure it. */
  lcpMs: number | null;
  lighthouse: string;
}

/**
 * Lighthouse's errors of the trace rather than of the page, which it asks to be run again for
 * ("Please run Lighthouse again"): one of them cost a full benchmark run its lesson-page figures.
 */
const TRANSIENT = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED', 'PROTOCOL_TIMEOUT']);

/**
 * Audits each page in turn, a page whose trace failed once again; throws with Lighthouse's or
 * Chromium's own message when either cannot run.
 */
export async function lighthouseScores(
  siteDir: string,
  pages: readonly { name: string; url: string }[],
): Promise<LighthouseScores[]> {
  const { default: lighthouse } = await import('lighthouse');
  const server = createStaticServer(siteDir, SECURITY_HEADERS);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await launchChromiumForLighthouse();
  try {
    const out: LighthouseScores[] = [];
    const audit = async (url: string) => {
      const result = await lighthouse(`${base}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      return result.lhr;
    };
    for (const p of pages) {
      let lhr = await audit(p.url);
      if (lhr.runtimeError && TRANSIENT.has(lhr.runtimeError.code)) lhr = await audit(p.url);
      if (lhr.runtimeError) throw new Error(`${p.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const score = lhr.categories[c]?.score;
          return [c, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as Record<Category, number | null>;
      const lcp = lhr.audits['largest-contentful-paint']?.numericValue;
      out.push({ ...p, scores, lcpMs: typeof lcp === 'number' ? lcp : null, lighthouse: lhr.lighthouseVersion });
    }
    return out;
  } finally {
    chrome.kill();
    server.close();
  }
}
