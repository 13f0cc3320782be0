/**
 * Figures for a set of search queries with known good pages (issue 17): a
 * query's first relevant rank, precision among its first three results and
 * whether it passes. Pure; the browser test and the benchmark feed it.
 */

export interface Judged {
  q: string;
  /** result URLs in the order shown */
  urls: readonly string[];
  /** pages that must all be among the first three */
  top3: readonly string[];
  /** pages of which at least one must be among the first three */
  oneOf?: readonly string[];
}

export interface QueryScore {
  q: string;
  pass: boolean;
  /** 1-based rank of the first relevant result, 0 when none is shown */
  firstRelevant: number;
  /** relevant results among the first three, divided by 3 */
  precisionAt3: number;
  /** the relevant pages missing from the first three */
  missing: string[];
}

export function scoreQuery(j: Judged): QueryScore {
  const relevant = new Set([...j.top3, ...(j.oneOf ?? [])]);
  const first3 = j.urls.slice(0, 3);
  const missing = j.top3.filter((u) => !first3.includes(u));
  const oneOfMet = !j.oneOf?.length || j.oneOf.some((u) => first3.includes(u));
  if (!oneOfMet) missing.push(`one of ${j.oneOf!.join(' ')}`);
  const rank = j.urls.findIndex((u) => relevant.has(u)) + 1;
  return {
    q: j.q,
    pass: missing.length === 0,
    firstRelevant: rank,
    precisionAt3: first3.filter((u) => relevant.has(u)).length / 3,
    missing,
  };
}

export interface QualityReport {
  queries: number;
  passed: number;
  /** mean precision among the first three results */
  meanPrecisionAt3: number;
  /** mean reciprocal rank of the first relevant result */
  mrr: number;
}

export function qualityReport(scores: readonly QueryScore[]): QualityReport {
  const n = scores.length || 1;
  return {
    queries: scores.length,
    passed: scores.filter((s) => s.pass).length,
    meanPrecisionAt3: scores.reduce((a, s) => a + s.precisionAt3, 0) / n,
    mrr: scores.reduce((a, s) => a + (s.firstRelevant ? 1 / s.firstRelevant : 0), 0) / n,
  };
}
