/** Dates as formal Chinese documents print them: 二〇二四年四月二十八日. */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** A year digit by digit: 2024 -> 二〇二四. */
export function chineseYear(year: number): string {
  if (!Number.isInteger(year) || year < 0) throw new Error(`chineseYear: expected a whole year, received ${year}`);
  return [...String(year)].map((d) => DIGITS[Number(d)]).join('');
}

/** 1..99 counted the way months and days are read: 10 十, 12 十二, 20 二十, 31 三十一. */
export function chineseCount(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`chineseCount: expected 1 to 99, received ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : DIGITS[ones]);
}

/** `YYYY-MM-DD` -> 二〇二四年四月二十八日. Throws on a malformed or impossible date. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`chineseDate: "${iso}" is not a real date in the form YYYY-MM-DD, e.g. 2024-04-28`);
  }
  return `${chineseYear(year)}年${chineseCount(month)}月${chineseCount(day)}日`;
}
