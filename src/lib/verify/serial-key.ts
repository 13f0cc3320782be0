/**
 * A serial as typed by hand, reduced to a comparable key: full-width forms
 * folded (NFKC: ２０２４ is 2024), spaces and brackets dropped (people type
 * 鲁工家证2024003 on a phone for 鲁工家证〔2024〕003, or use 【】, [], （）),
 * letters in upper case. Runs in the browser: keep it small.
 */
export function serialKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\s〔〕【】[\]（）()［］〈〉《》<>{}「」『』"“”'‘’]+/gu, '')
    .toUpperCase();
}

/** The digits of a key: what is left when someone types only the number (2024003). */
export const serialDigits = (key: string): string => key.replace(/\D/g, '');
