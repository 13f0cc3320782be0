/**
 * A serial as typed by hand, reduced to a comparable key: full-width forms
 * folded (NFKC), spaces dropped, and the brackets people use for 〔〕
 * (【】, [], （）, ［］) treated alike.
 */
export function serialKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[〔【[（(［]/g, '〔')
    .replace(/[〕】\]）)］]/g, '〕')
    .toUpperCase();
}
