import { contentRoot } from '../../lib/node/content-root.ts';
import { readSynonyms } from '../../lib/search/synonyms-file.ts';
import type { SearchVocabulary } from '../../lib/search/vocabulary.ts';

/** The search vocabulary (src/lib/search/vocabulary.ts): read by the index step and by the search page. */
export function GET() {
  const vocabulary: SearchVocabulary = { synonyms: readSynonyms(contentRoot()) };
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
}
