/** One cue of a WebVTT file. */
export interface Cue {
  /** Start and end in seconds. */
  start: number;
  end: number;
  text: string;
}

const TIME = /^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$/;

/** `01:02.500` or `1:01:02.500` in seconds; NaN when malformed. */
export function parseTimestamp(value: string): number {
  const m = TIME.exec(value.trim());
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/**
 * Reads the cues of a WebVTT file (captions or chapters): enough of the
 * format for transcripts and chapter lists; cue settings and tags are dropped.
 */
export function parseVtt(source: string): Cue[] {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.startsWith('WEBVTT')) throw new Error('不是 WebVTT 文件：第一行应为 WEBVTT');
  const cues: Cue[] = [];
  for (const block of text.split(/\n{2,}/).slice(1)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const at = lines.findIndex((l) => l.includes('-->'));
    if (at === -1) continue; // NOTE, STYLE and REGION blocks
    const [from = '', rest = ''] = lines[at]!.split('-->');
    const start = parseTimestamp(from);
    const end = parseTimestamp(rest.trim().split(/\s+/)[0] ?? '');
    if (Number.isNaN(start) || Number.isNaN(end)) continue;
    const cueText = lines
      .slice(at + 1)
      .join('\n')
      .replace(/<[^>]+>/g, '')
      .trim();
    cues.push({ start, end, text: cueText });
  }
  return cues;
}
