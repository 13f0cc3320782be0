/** The benchmark's search rows from what the probe measured (pure; the probe is search-probe.ts). */
import type { Row } from './report.ts';
import type { FirstSearch, QueryFigures, Recall } from './search-probe.ts';

/** The probe's queries: a first and a second query, then the recall words. */
export const SEARCH_PROBE = {
  first: '职工书屋',
  second: '帮扶困难职工',
  recall: ['娘家人', '职工书屋', '八有', '户外劳动者驿站', '工作室'],
} as const;

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

/** Share of the expected pages the recall queries found, 0-1 (1 when none were expected). */
export function recallShare(recall: readonly Recall[]): number {
  const expected = recall.reduce((n, r) => n + r.expected, 0);
  const missing = recall.reduce((n, r) => n + r.missing.length, 0);
  return expected ? (expected - missing) / expected : 1;
}

/** Which fresh pages the first query's figures come from. */
function firstRuns(answers: readonly number[]): string {
  if (answers.length < 2) return '';
  return `median of ${answers.length} fresh pages (answers ${Math.min(...answers)}-${Math.max(...answers)} ms; in order ${answers.join(', ')}); the figures of that page: `;
}

/** Rows for one site, `label` naming it ("corpus:", "sample site:"). */
export function searchRows(
  label: string,
  s: { first: FirstSearch; second: QueryFigures; recall: readonly Recall[] },
): Row[] {
  const { first, second } = s;
  return [
    {
      section: 'search',
      item: `${label} first query “${first.query}”`,
      value: `${kb(first.bytes)} KB, answered in ${first.answerMs} ms`,
      note: `${firstRuns(first.answers)}${first.requests} Pagefind requests; loading Pagefind took ${first.loadMs} ms before that; ${first.pageMs} ms from navigation; ${first.results} results; facet counts ${first.facetsMs} ms after the query, ${kb(first.afterBytes)} KB more`,
    },
    {
      section: 'search',
      item: `${label} second query “${second.query}”`,
      value: `${kb(second.bytes)} KB more, answered in ${second.answerMs} ms`,
      note: `${second.requests} more Pagefind requests; ${second.results} results`,
    },
    ...s.recall.map((r) => ({
      section: 'search',
      item: `${label} recall “${r.query}”`,
      value: `${r.expected - r.missing.length}/${r.expected}`,
      note: r.missing.length ? `missing e.g. ${r.missing.slice(0, 3).join(' ')}` : `${r.found} results`,
    })),
  ];
}
