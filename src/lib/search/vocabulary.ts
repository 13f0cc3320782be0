/**
 * The search vocabulary a built site carries at `VOCABULARY_PATH`: the
 * synonyms staff keep (`content/search/synonyms.yaml`). The index step reads
 * it from the built site and the search page fetches it, so both always use
 * the same words. Browser-safe.
 */
import { makeDictionary, type Dictionary } from './dictionary.ts';
import { SITE_WORDS } from './words.ts';

/** Where the built site keeps its search vocabulary. */
export const VOCABULARY_PATH = '/search/vocabulary.json';

export interface SearchVocabulary {
  /** groups of words that mean the same to a searcher */
  synonyms: string[][];
}

/** The dictionary of the site's words and these synonyms. */
export function dictionaryFor(vocabulary: SearchVocabulary): Dictionary {
  return makeDictionary(SITE_WORDS, vocabulary.synonyms);
}
