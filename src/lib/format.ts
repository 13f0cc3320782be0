/** Formats `2024-04-28` as 2024年4月28日. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Formats a length in seconds as 3分05秒 / 1小时02分. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h) return `${h}小时${String(m).padStart(2, '0')}分`;
  return m ? `${m}分${String(r).padStart(2, '0')}秒` : `${r}秒`;
}

/** Reading time of Chinese text at about 400 characters a minute. */
export function readingMinutes(text: string): number {
  const chars = text.replace(/\s+/g, '').length;
  return Math.max(1, Math.round(chars / 400));
}

/** A position in a video as a player shows it: 1:05, 1:02:03. */
export function formatClock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60));
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm.padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
