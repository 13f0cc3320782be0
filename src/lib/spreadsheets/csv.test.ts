import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsv, parseCsv } from './csv.ts';

const TEXT = '序号,职工之家名称,姓名,证书编号\r\n1,济南某钢铁公司职工之家（示例）,王𠮷,鲁工家证〔2026〕001\r\n';

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeCsv(bytes)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text: TEXT,
      encoding: 'UTF-8（带 BOM）',
    });
  });

  it('reads what Excel on Chinese Windows saves: GB18030, rare characters included', () => {
    expect(decodeCsv(iconv.encode(TEXT, 'gb18030'))).toEqual({ text: TEXT, encoding: 'GB18030（GBK）' });
    // GBK itself is a subset of GB18030 (it has no 𠮷).
    const gbk = TEXT.replace('𠮷', '吉');
    expect(decodeCsv(iconv.encode(gbk, 'gbk'))).toEqual({ text: gbk, encoding: 'GB18030（GBK）' });
  });

  it('reads Excel’s “Unicode 文本” (UTF-16 with a mark)', () => {
    expect(decodeCsv(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))).toEqual({ text: TEXT, encoding: 'UTF-16' });
  });
});

describe('parseCsv', () => {
  it('numbers rows as Excel shows them, blank lines and quoted line breaks included', () => {
    const sheet = parseCsv('标题\n\n"名称",等级\n"济南\n某单位",模范\n', '名单.csv');
    expect(sheet.rows.map((r) => [r.number, r.cells])).toEqual([
      [1, ['标题']],
      [2, ['']],
      [3, ['名称', '等级']],
      [4, ['济南\n某单位', '模范']],
    ]);
  });

  it('reads tab-separated text', () =>
    expect(parseCsv('名称\t等级\n甲\t模范\n', 'x.txt').rows[1]!.cells).toEqual(['甲', '模范']));

  it('says on which line a quote is left open', () => {
    const thrown = (() => {
      try {
        parseCsv('名称,等级\n"甲,模范\n', 'x.csv');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(CsvError);
    expect((thrown as CsvError).line).toBe(2);
  });
});
