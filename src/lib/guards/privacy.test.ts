import { describe, expect, it } from 'vitest';
import { checkPrivacy, isValidIdNumber, passesLuhn } from './privacy.ts';

// 11010519491231002X is the standard's own worked example of a valid number.
const VALID_ID = '11010519491231002X';

describe('isValidIdNumber', () => {
  it('accepts a number whose check character is right', () => expect(isValidIdNumber(VALID_ID)).toBe(true));
  it('rejects a wrong check character', () => expect(isValidIdNumber('110105194912310021')).toBe(false));
  it('rejects an impossible birth date', () => expect(isValidIdNumber('110105194902300021')).toBe(false));
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['6222020200112233445', false],
    ['79927398713', true],
  ])('%s -> %s', (n, ok) => expect(passesLuhn(n)).toBe(ok));
});

describe('checkPrivacy', () => {
  const one = (text: string) => checkPrivacy('content/stories/a.md', text);
  it('finds an ID number with its line and column, masked', () => {
    const [p] = one(`第一行\n联系人身份证 ${VALID_ID} 请核对`);
    expect(p).toMatchObject({ file: 'content/stories/a.md', line: 2, col: 8 });
    expect(p!.message).toContain('1101**********002X');
    expect(p!.message).not.toContain(VALID_ID);
  });
  it('ignores an 18-digit number whose check digit is wrong', () => expect(one('编号 110105194912310021')).toEqual([]));
  it('finds mobile numbers, with or without separators', () => {
    expect(one('手机 13812345678').map((p) => p.message)).toEqual([expect.stringContaining('138****5678')]);
    expect(one('手机 138-1234-5678')).toHaveLength(1);
  });
  it('does not take a mobile-looking run inside a longer number', () =>
    expect(one('流水号 2024138123456789012')).toEqual([]));
  it('leaves landline hotlines alone', () => expect(one('热线 0531-88880000 或 12351')).toEqual([]));
  it('finds a bank card number that passes Luhn, and not one that fails', () => {
    expect(one('卡号 4111111111111111')).toHaveLength(1);
    expect(one('卡号 4111111111111112')).toEqual([]);
  });
  it('finds e-mail addresses outside the allowed domains', () => {
    expect(one('写信给 zhang.san@qq.com')[0]!.message).toContain('z***@qq.com');
    expect(checkPrivacy('a.md', '联系 office@zgzj.example.cn', { allowedEmailDomains: ['zgzj.example.cn'] })).toEqual(
      [],
    );
  });
  it('lets an editor allow a deliberate public number on its line', () => {
    expect(one('值班手机 13812345678 <!-- privacy-allow: 公开值班电话 -->')).toEqual([]);
    expect(one('phone: "13812345678" # privacy-allow')).toEqual([]);
  });
});
