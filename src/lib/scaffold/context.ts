import type { City } from '../domain/vocab.ts';

/** What a new file's template needs: its title, today, and what already exists in the content root. */
export interface ScaffoldContext {
  title: string;
  /** `YYYY-MM-DD`. */
  today: string;
  /** An existing photo, as a path relative to the new file, to stand in until the editor adds one. */
  photo?: string;
  city?: City;
  /** The story tags allowed by site.yaml, when it lists them. */
  tags?: readonly string[];
  /** Ids of existing homes, for the example in a story's `homes` comment. */
  homeIds?: readonly string[];
  /** A policy document to cite in a lecture's references. */
  policy?: { id: string; title: string };
}

/** A YAML double-quoted string (JSON strings are valid YAML). */
export const quoted = (s: string): string => JSON.stringify(s);

/** `value（label）、…` for a comment that lists the allowed values of an enum. */
export function choices<T extends string>(values: readonly T[], labels: Record<T, string>): string {
  return values.map((v) => `${v}（${labels[v]}）`).join('、');
}
