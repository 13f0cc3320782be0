import { describe, expect, it } from 'vitest';
import { checkPrivacy, isValidIdNumber, isValidOldIdNumber, passesLuhn } from './privacy.ts';

// 11010519491231002X is the standard's own worked example of a valid number.
const VALID_ID = '11010519491231002X';

describe('isValidIdNumber', () => {
  it('accepts a number whose check character is right', () => expect(isValidIdNumber(VALID_ID)).toBe(true));
  it('rejects a wrong check character', () => expect(isValidIdNumber('110105194912310021')).toBe(false));
  it('rejects an impossible birth date', () => expect(isValidIdNumber('110105194902300021')).toBe(false));
  it('reads 15-digit numbers by province and birth date', () => {
    expect(isValidOldIdNumber('110105491231002')).toBe(true);
    expect(isValidOldIdNumber('990105491231002')).toBe(false);
    expect(isValidOldIdNumber('110105491331002')).toBe(false);
  });
});

describe('passesLuhn', () => {
  it.each([
    ['4111111111111111', true],
    ['6222020200112233445', false],
    ['79927398713', true],
  ])('%s -> %s', (n, ok) => expect(passesLuhn(n)).toBe(ok));
});

const one = (text: string) => checkPrivacy('content/stories/a.md', text);
const kinds = (text: string) => one(text).map((p) => /疑似(\S+?) /.exec(p.message)?.[1]);

describe('checkPrivacy finds', () => {
  it('an ID number with its line and column, masked', () => {
    const [p] = one(`第一行\n联系人身份证 ${VALID_ID} 请核对`);
    expect(p).toMatchObject({ file: 'content/stories/a.md', line: 2, col: 8 });
    expect(p!.message).toContain('1101**********002X');
    expect(p!.message).not.toContain(VALID_ID);
  });
  it.each([
    ['手机 13812345678', '手机号码'],
    ['手机 138-1234-5678', '手机号码'],
    ['电话 138.1234.5678', '手机号码'],
    ['电话 138 1234 5678', '手机号码'],
    ['电话 +8615953178888', '手机号码'],
    ['电话 +86 159 5317 8888', '手机号码'],
    ['电话 0086-15953178888', '手机号码'],
    ['电话 １５９５３１７８８８８', '手机号码'],
    ['电话 １５９－５３１７－８８８８', '手机号码'],
    ['身份证 110105 19491231 002X', '身份证号码'],
    ['身份证 1101 0519 4912 3100 2X', '身份证号码'],
    ['身份证 １１０１０５１９４９１２３１００２Ｘ', '身份证号码'],
    ['老身份证 110105491231002', '身份证号码'],
    ['卡号 4111111111111111', '银行卡号'],
    ['卡号 4111 1111 1111 1111', '银行卡号'],
    ['卡号 6222 0202 0011 2233 446', '银行卡号'],
    ['写信给 zhang.san@qq.com', '电子邮箱'],
  ])('%s', (text, kind) => expect(kinds(text)).toEqual([kind]));
  it('two numbers on one line, each at its column', () => {
    expect(one('2024 年，138 1234 5678，身份证 110105491231002').map((p) => p.col)).toEqual([8, 26]);
  });
  it('masks e-mail addresses and lets the site’s own domain through', () => {
    expect(one('写信给 zhang.san@qq.com')[0]!.message).toContain('z***@qq.com');
    expect(checkPrivacy('a.md', '联系 office@zgzj.example.cn', { allowedEmailDomains: ['zgzj.example.cn'] })).toEqual(
      [],
    );
  });
});

describe('checkPrivacy near misses: no false flags', () => {
  it.each([
    ['dates', '2024-01-15、2024.01.15、20240115、2024/1/15'],
    ['years and ranges', '2018—2020 年，2019 2020 2021 2022 年连续四年'],
    ['certificate serials', '鲁工家证〔2024〕0012，济工家证〔2024〕1'],
    ['landlines and hotlines', '热线 0531-88880000 或 12351，客服 400-123-4567，+86 531 8888 0000'],
    ['phone-like statistics', '全省 13812 个基层工会，覆盖 1,380,000 名职工，138.12 万人'],
    ['filing numbers', '鲁ICP备12345678号，鲁公网安备 37010202001234 号'],
    ['an ISBN', 'ISBN 978-7-02-000220-7'],
    ['a long serial containing a mobile-like run', '流水号 2024138123456789012'],
    ['an 18-digit number with a wrong check digit', '编号 110105194912310021'],
    ['a 15-digit order number', '订单 202406150012345'],
    ['a card-length number that fails Luhn', '卡号 4111111111111112'],
    ['a time of day', '13:45 开始'],
    ['an 11-digit number not starting with 1', '编号 23812345678'],
  ])('%s', (_what, text) => expect(one(text)).toEqual([]));
  it('lets an editor allow a deliberate public number on its line', () => {
    expect(one('值班手机 13812345678 <!-- privacy-allow: 公开值班电话 -->')).toEqual([]);
    expect(one('phone: "13812345678" # privacy-allow')).toEqual([]);
  });
});
