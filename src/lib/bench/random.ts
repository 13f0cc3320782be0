/** A seeded source of numbers in [0, 1): the same seed gives the same corpus on every machine. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(rnd: Random, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

export function pick<T>(rnd: Random, list: readonly T[]): T {
  if (!list.length) throw new RangeError('pick: empty list');
  return list[Math.floor(rnd() * list.length)]!;
}

/** `n` different items of `list` (all of them when it is shorter), in random order. */
export function sample<T>(rnd: Random, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const count = Math.min(n, copy.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rnd() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

/** True with probability `p`. */
export function chance(rnd: Random, p: number): boolean {
  return rnd() < p;
}

/** `YYYY-MM-DD` for a random day of `year` between the given months (1-12), days 1-28 so every month has them. */
export function dayIn(rnd: Random, year: number, fromMonth = 1, toMonth = 12): string {
  const m = between(rnd, fromMonth, toMonth);
  const d = between(rnd, 1, 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
