/**
 * The benchmark's search probe on one built site (Node only): a first and a
 * second query and recall, as rows; the corpus's figures are the ones the
 * targets are judged on.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { addRows, type BenchRecord } from './record.ts';
import { SEARCH_PROBE, recallShare, searchRows } from './search-rows.ts';

export async function runSearchProbe(b: BenchRecord, site: string, label: string, judged: boolean): Promise<void> {
  if (!existsSync(path.join(site, 'pagefind/pagefind.js'))) {
    b.row('search', `${label} probe`, 'skipped', 'no search index was built');
    return;
  }
  try {
    // Loaded here: it starts Chromium, which a run without a search index never needs.
    const { probeSearch } = await import('./search-probe.ts');
    const s = await probeSearch(site, SEARCH_PROBE.first, SEARCH_PROBE.second, SEARCH_PROBE.recall);
    if (judged) {
      b.figures.firstSearchBytes = s.first.bytes;
      b.figures.firstSearchMs = s.first.answerMs;
      b.figures.recall = recallShare(s.recall);
    }
    addRows(b, searchRows(label, s));
  } catch (error) {
    b.row('search', `${label} probe`, 'failed', (error as Error).message.split('\n')[0]);
  }
}
