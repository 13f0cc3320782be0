import { isUtf8 } from 'node:buffer';
import type { Problem } from '../content/problem.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const HAN = /[\u3400-\u9fff]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The first line (1-based) that is not UTF-8, and the column of its first bad character. */
function firstBadPosition(bytes: Uint8Array): { line: number; col: number } {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (!isUtf8(slice)) return { line, col: new TextDecoder().decode(slice).indexOf('\ufffd') + 1 };
    start = end + 1;
  }
  return { line: 1, col: 1 };
}

/** What a file that is not UTF-8 probably is, for the message. */
function guessEncoding(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'UTF-16';
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    if (HAN.test(text)) return 'GBK/GB18030';
  } catch {
    // not GB18030 either
  }
  return undefined;
}

/**
 * A content file's text. Content is UTF-8 (a UTF-8 byte-order mark is
 * allowed and dropped); anything else is refused with its file and first bad
 * line, and GBK/GB18030 or UTF-16 is named, so the editor knows to re-save it.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { text: new TextDecoder().decode(body) };
  const guess = guessEncoding(bytes);
  return {
    problem: {
      file,
      ...firstBadPosition(body),
      message: `文件不是 UTF-8 编码${guess ? `（看起来是 ${guess} 编码）` : ''}，无法读取`,
      hint: '用编辑器把文件另存为“UTF-8”编码（记事本：另存为 → 编码选 UTF-8；WPS：工具 → 选项 → 编码选 UTF-8）后再检查',
    },
  };
}
