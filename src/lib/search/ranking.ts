/**
 * Ranking choices made once (README.md beside this file, "Ranking").
 * Browser-safe.
 */

/**
 * The weight of a page that lists (honour rolls, section indexes) against
 * one that explains or tells (1): its words count this much, so for the same
 * word the stories, lessons, lectures, homes and the policy come first. A
 * name found only on a roll still finds the roll, first.
 */
export const LIST_PAGE_WEIGHT = 0.4;

/** How much a page that holds only a synonym of a word weighs against one that holds the word itself. */
export const SYNONYM_WEIGHT = 0.85;
