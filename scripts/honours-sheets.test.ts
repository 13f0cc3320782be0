/**
 * `npm run import -- honours` and `npm run export -- honours` on real files:
 * every sheet here is written by the test itself (ExcelJS, iconv-lite for a
 * GB18030 CSV, cfb for a password-protected workbook) into a fresh content
 * folder made with the award rules' test helpers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import CFB from 'cfb';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { homeFile, personFile, topTenWorld } from '../src/lib/awards/testing.ts';
import { importHonoursFile } from '../src/lib/node/honours-import.ts';
import { exportHonoursFile } from '../src/lib/node/honours-export.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'honours-sheets-'));
const content = path.join(work, 'content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SITE = [
  'name: 测试站点',
  'shortName: 测试',
  'organiser: 测试总工会',
  'baseUrl: https://zgzj.example.cn',
  'description: 测试',
  'asOf: 2025-06-01',
  'spreadsheetHeaders:',
  '  - column: 职工之家名称',
  '    aliases: [基层工会全称]',
  '',
].join('\n');

/** Ten top-ten homes and chairs with a final 2024 list, one more home, and a chair without consent. */
beforeEach(() => {
  rmSync(content, { recursive: true, force: true });
  const files = [
    ...topTenWorld(2024),
    homeFile({ id: 'top-10' }),
    personFile({ id: 'no-consent', home: 'top-0', name: '王𠮷', consent: null }),
    ['site.yaml', SITE] as const,
  ];
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
  }
  mkdirSync(path.join(content, 'media'), { recursive: true });
  writeFileSync(path.join(content, 'media/photo.jpg'), 'jpeg');
});

const TITLE = '2025年度十佳职工信赖的职工之家、十佳“娘家人”名单';
const HEADERS = ['序号', '基层工会全称', '姓名', '等级', '是否十佳', '命名单位', '命名日期', '证书编号'];

/** The ten top-ten homes and chairs as an office lists them: dates as Excel date cells. */
function topTenRows(): (string | number | Date | null)[][] {
  const rows: (string | number | Date | null)[][] = [];
  for (let i = 0; i < 10; i++) {
    for (const person of [null, `测试chair-${i}`]) {
      rows.push([
        0,
        `测试职工之家 top-${i}`,
        person,
        '模范',
        '是',
        '山东省总工会',
        new Date(Date.UTC(2025, 3, 26)),
        null,
      ]);
    }
  }
  return rows.map((r, i) => [i + 1, ...r.slice(1)]);
}

/** Writes an .xlsx with a merged title row over the headers. */
async function workbook(name: string, rows: (string | number | Date | null)[][], headers = HEADERS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([TITLE]);
  ws.mergeCells(1, 1, 1, headers.length);
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  ws.getColumn(7).numFmt = 'yyyy"年"m"月"d"日"';
  const file = path.join(work, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function runImport(file: string, flags: { final?: boolean; dryRun?: boolean; json?: boolean } = {}) {
  const lines: string[] = [];
  const code = await importHonoursFile({
    file: path.relative(work, file),
    year: 2025,
    final: flags.final ?? false,
    dryRun: flags.dryRun ?? false,
    format: flags.json ? 'json' : 'text',
    root: content,
    cwd: work,
    print: (line) => lines.push(line),
  });
  return { code, out: lines.join('\n') };
}

const list2025 = path.join(content, 'honors/2025.yaml');

// Each case reads or writes workbooks and checks a whole content folder; on a busy 2-core machine that takes seconds.
describe('npm run import -- honours', { timeout: 60_000 }, () => {
  it('imports a workbook with a merged title row, Excel date cells and a header alias from site.yaml', async () => {
    const { code, out } = await runImport(await workbook('名单.xlsx', topTenRows()), { final: true });
    expect(out).toContain('读取 名单.xlsx：工作表“Sheet1”，表头在第 2 行，20 行数据。');
    expect(out).toContain('content/honors/2025.yaml：新增 20 条，更新 0 条，不变 0 条；名单状态 final（正式公布）。');
    expect(code).toBe(0);
    const list = parse(readFileSync(list2025, 'utf8')) as { status: string; awards: Record<string, unknown>[] };
    expect(list.status).toBe('final');
    expect(list.awards[0]).toMatchObject({
      id: '2025-top-top-0',
      serial: '鲁工家证〔2025〕001',
      conferredOn: '2025-04-26',
    });
  });

  it('reads a GB18030 CSV with full-width digits and says which encoding it used', async () => {
    const lines = [TITLE, HEADERS.join(',')];
    for (const r of topTenRows()) {
      lines.push(r.map((c) => (c instanceof Date ? '２０２５年４月２６日' : String(c ?? ''))).join(','));
    }
    const file = path.join(work, '名单.csv');
    writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030'));
    const { code, out } = await runImport(file, { dryRun: true });
    expect(out).toContain('读取 名单.csv：CSV 文件，编码 GB18030（GBK），表头在第 2 行，20 行数据。');
    expect(out).toContain('试运行（--dry-run）：检查通过，没有写入任何文件。');
    expect(code).toBe(0);
    expect(existsSync(list2025)).toBe(false);
  });

  it('reports an unknown home, a duplicate serial, an eleventh top-ten home and a chair without consent at once', async () => {
    const rows = topTenRows();
    rows[1]![7] = '鲁工娘证〔2025〕009';
    rows[3]![7] = '鲁工娘证〔2025〕009';
    rows.push([21, '测试职工之家 top-10', null, '模范', '是', '山东省总工会', new Date(Date.UTC(2025, 3, 26)), null]);
    rows.push([22, '测试职工之家 top-99', null, '先进', '否', '山东省总工会', new Date(Date.UTC(2025, 3, 26)), null]);
    rows.push([23, '测试职工之家 top-0', '王𠮷', '先进', '否', '山东省总工会', new Date(Date.UTC(2025, 3, 26)), null]);
    const { code, out } = await runImport(await workbook('有问题的名单.xlsx', rows), { final: true });
    const problems = out.split('\n').filter((l) => l.startsWith('有问题的名单.xlsx'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^有问题的名单\.xlsx 第 6 行 证书编号：证书编号 “鲁工娘证〔2025〕009” 重复.*（R9，第五条）$/,
      ),
      '有问题的名单.xlsx 第 23 行 是否十佳：2025 年的第 11 个十佳职工之家：每年最多 10 个（R3，第五条）',
      '有问题的名单.xlsx 第 24 行 基层工会全称：没有找到名称或单位为“测试职工之家 top-99”的职工之家。（R9，第五条）',
      '有问题的名单.xlsx 第 25 行 姓名：王𠮷（no-consent）出现在荣誉名单中，但没有本人同意公开姓名的记录（《个人信息保护法》第二十五条）',
    ]);
    expect(out).toContain('可能是：测试职工之家 top-9（top-9，济南市）');
    expect(out).toContain('发现 4 个问题（其中违反奖项规则 3 个），没有写入任何文件。');
    expect(code).toBe(1);
    expect(existsSync(list2025)).toBe(false);
  });

  it('prints the same problems as JSON for machines', async () => {
    const rows = [...topTenRows(), [21, '测试职工之家 top-99', null, '先进', '否', '山东省总工会', '2025.4.26', null]];
    const { code, out } = await runImport(await workbook('名单.xlsx', rows), { json: true });
    const report = JSON.parse(out) as { written: boolean; problems: object[]; rows: number };
    expect(report.written).toBe(false);
    expect(report.rows).toBe(21);
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 23,
        column: '基层工会全称',
        rule: 'R9',
        article: '第五条',
        candidates: expect.any(Array),
      }),
    ]);
    expect(code).toBe(1);
  });

  it('never overwrites a year file it cannot read (saved as GBK)', async () => {
    const gbk = iconv.encode('# 2025 年名单\nyear: 2025\nstatus: draft\nawards: []\n', 'gbk');
    writeFileSync(list2025, gbk);
    const { code, out } = await runImport(await workbook('名单.xlsx', topTenRows()));
    expect(out).toContain('content/honors/2025.yaml:1:');
    expect(out).toContain('文件不是 UTF-8 编码（看起来是 GBK/GB18030 编码）');
    expect(code).toBe(1);
    expect(readFileSync(list2025)).toEqual(gbk);
  });

  it('stops at an empty sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const file = path.join(work, '空表.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out } = await runImport(file);
    expect(out).toContain('空表.xlsx：工作表“Sheet1”是空的，没有可导入的内容。');
    expect(code).toBe(1);
  });

  it('exits 2 with a Chinese message on a password-protected, an old .xls, a corrupt or a missing file', async () => {
    const encrypted = CFB.utils.cfb_new();
    CFB.utils.cfb_add(encrypted, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
    CFB.utils.cfb_add(encrypted, '/EncryptedPackage', Buffer.alloc(4096, 7));
    writeFileSync(path.join(work, '加密.xlsx'), CFB.write(encrypted, { type: 'buffer' }) as Buffer);
    const legacy = CFB.utils.cfb_new();
    CFB.utils.cfb_add(legacy, '/Workbook', Buffer.alloc(4096, 1));
    writeFileSync(path.join(work, '旧版.xls'), CFB.write(legacy, { type: 'buffer' }) as Buffer);
    const good = readFileSync(await workbook('好的.xlsx', topTenRows()));
    writeFileSync(path.join(work, '损坏.xlsx'), good.subarray(0, good.length / 2));
    const cases: [string, string][] = [
      ['加密.xlsx', '加密.xlsx 设置了打开密码（文件已加密），无法读取。'],
      ['旧版.xls', '旧版.xls 是旧版 Excel 97-2003 格式（.xls），无法读取。'],
      ['损坏.xlsx', '损坏.xlsx 无法读取：文件已损坏，或不是 Excel 工作簿。'],
      ['没有这个文件.xlsx', '找不到文件 没有这个文件.xlsx。'],
    ];
    for (const [name, message] of cases) {
      const { code, out } = await runImport(path.join(work, name));
      expect(out, name).toContain(message);
      expect(code, name).toBe(2);
    }
    expect(existsSync(list2025)).toBe(false);
  });
});

describe('the command lines', { timeout: 120_000 }, () => {
  const node = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8' });

  it('import: exit 2 with the usage on wrong arguments; exit 2 on a corrupt file; exit 0 on a dry run', async () => {
    const noYear = node('scripts/import.ts', 'honours', 'x.xlsx');
    expect([noYear.status, noYear.stderr]).toEqual([2, expect.stringContaining('请用 --year 指定名单的年份')]);
    writeFileSync(path.join(work, 'bad.xlsx'), 'not a workbook');
    const corrupt = node(
      'scripts/import.ts',
      'honours',
      path.join(work, 'bad.xlsx'),
      '--year',
      '2025',
      '--content',
      content,
    );
    expect([corrupt.status, corrupt.stdout]).toEqual([2, expect.stringContaining('无法读取：文件已损坏')]);
    const file = await workbook('好的.xlsx', topTenRows());
    const dry = node('scripts/import.ts', 'honours', file, '--year', '2025', '--dry-run', '--content', content);
    expect([dry.status, dry.stdout]).toEqual([0, expect.stringContaining('检查通过，没有写入任何文件')]);
    expect(existsSync(list2025)).toBe(false);
  });

  it('export: a workbook with a frozen header row and column widths, one sheet per year', async () => {
    await runImport(await workbook('名单.xlsx', topTenRows()), { final: true });
    const out = path.join(work, 'roll.xlsx');
    const run = node('scripts/export.ts', 'honours', '--all', '--out', out, '--content', content);
    expect(run.stdout).toContain('2 个年份、40 条称号，状态截至 2025年6月1日');
    expect(run.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2024年', '2025年']);
    const ws = wb.getWorksheet('2025年')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getRow(2).getCell(1).value).toBe('序号');
    expect(ws.getColumn(3).width).toBeGreaterThan(20);
    expect(String(ws.getRow(1).getCell(1).value)).toContain('2025年度职工之家荣誉名单（正式公布');
    expect(ws.getRow(3).getCell(12).value).toEqual(new Date('2025-04-26T00:00:00Z'));
    expect(node('scripts/export.ts', 'honours', '--year', '2030', '--content', content).status).toBe(1);
  });

  it('round trip: importing an exported year gives the same YAML, byte for byte', async () => {
    await runImport(await workbook('名单.xlsx', topTenRows()), { final: true });
    const before = readFileSync(list2025, 'utf8');
    const lines: string[] = [];
    const out = path.join(work, '2025.xlsx');
    expect(await exportHonoursFile({ years: 2025, out, root: content, cwd: work, print: (l) => lines.push(l) })).toBe(
      0,
    );
    const again = await runImport(out);
    expect(again.out).toContain('content/honors/2025.yaml 已与表格一致，没有需要写入的变化。');
    expect(readFileSync(list2025, 'utf8')).toBe(before);
    rmSync(list2025);
    expect((await runImport(out, { final: true })).code).toBe(0);
    expect(parse(readFileSync(list2025, 'utf8'))).toEqual(parse(before));
  });
});

describe('the sample honours through a real workbook', { timeout: 120_000 }, () => {
  it('come back unchanged: every award of every year re-imports as it is', async () => {
    const sample = path.join(repo, 'content');
    const out = path.join(work, 'sample.xlsx');
    const lines: string[] = [];
    expect(await exportHonoursFile({ years: 'all', out, root: sample, cwd: repo, print: (l) => lines.push(l) })).toBe(
      0,
    );
    expect(lines.at(-1)).toMatch(/^已导出 .*sample\.xlsx：7 个年份、\d+ 条称号，状态截至 2026年11月24日。$/);
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) {
      const printed: string[] = [];
      const code = await importHonoursFile({
        file: out,
        year,
        final: false,
        dryRun: true,
        format: 'json',
        root: sample,
        cwd: repo,
        print: (l) => printed.push(l),
      });
      const report = JSON.parse(printed.join('\n')) as {
        sheet: string;
        problems: unknown[];
        awards: { action: string }[];
      };
      expect([year, code, report.sheet, report.problems]).toEqual([year, 0, `${year}年`, []]);
      expect(new Set(report.awards.map((a) => a.action))).toEqual(new Set(['same']));
    }
  });
});
