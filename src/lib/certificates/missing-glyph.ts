/** The error for a character that no certificate font can draw. */

/** U+20BB7 style name of a character's code point. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export class MissingGlyphError extends Error {
  /** The character, e.g. "\uE000". */
  readonly char: string;
  /** Its code point, e.g. "U+E000". */
  readonly codePoint: string;
  /** The input field it was found in, e.g. "recipient". */
  readonly field: string;
  /** What was being drawn: a certificate serial, or a share image's title. */
  readonly subject: string;

  constructor(char: string, field: string, subject: string) {
    const cp = codePointName(char);
    super(
      `${subject}：字段 ${field} 中的字符“${char}”（${cp}）在证书字体（Noto Serif SC/TC/JP，即思源宋体）中都没有字形，无法印制。` +
        '请核对这个字是否录入正确（例如误用了私用区字符、未编码的字或造字）；如确为正式用字，请联系开发人员增加字体。',
    );
    this.name = 'MissingGlyphError';
    this.char = char;
    this.codePoint = cp;
    this.field = field;
    this.subject = subject;
  }
}
