/**
 * Every sentence the honours importer and exporter print, in one place: the
 * editor's guide lists each of them (a test renders `MESSAGE_EXAMPLES` and
 * finds every one in docs/editor-guide.md). The award rules' own messages
 * (R1-R9) come from src/lib/awards and are printed as they are.
 */
import { ARGUMENT_REASONS, wrongArguments } from '../node/command-line.ts';
import { COLUMNS } from './columns.ts';

const EXAMPLE_FORMS = '2026-04-26、2026/4/26、2026.4.26、2026年4月26日';
const HOLDER_HEADERS = ['homeName', 'unitName', 'homeId', 'personName', 'personId'] as const;
const h = (key: keyof typeof COLUMNS) => `“${COLUMNS[key].header}”`;

/** Labels of the list's two states, as messages name them. */
export const LIST_STATUS_LABELS = { draft: 'draft（草稿）', final: 'final（正式公布）' } as const;

/** What stops a file from being read at all (exit 2). */
export const unreadable = {
  notFound: (file: string) => `找不到文件 ${file}。请检查文件名和路径。`,
  notAFile: (file: string) => `${file} 是文件夹，不是表格文件。`,
  wrongType: (file: string) =>
    `${file} 不是 .xlsx 或 .csv 文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。`,
  legacyXls: (file: string) =>
    `${file} 是旧版 Excel 97-2003 格式（.xls），无法读取。请在 Excel 中打开，“另存为”Excel 工作簿（.xlsx）后再导入。`,
  encrypted: (file: string) =>
    `${file} 设置了打开密码（文件已加密），无法读取。请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中删去密码并保存，再导入。`,
  corrupt: (file: string) =>
    `${file} 无法读取：文件已损坏，或不是 Excel 工作簿。请在 Excel 中打开后重新另存为 .xlsx；打不开的，请向发文单位索取原文件。`,
  csvBroken: (file: string, line: number) =>
    `${file} 第 ${line} 行无法按 CSV 读取（引号没有成对）。请在 Excel 中打开后重新另存为 CSV 或 .xlsx。`,
  ioError: (file: string, reason: string) => `无法读取 ${file}：${reason}。`,
  noContent: (root: string) => `内容目录 ${root} 不存在。请检查 --content 或 CONTENT_ROOT 写的路径。`,
};

/** Wrong arguments on the command line (exit 2). */
export const usage = {
  importUsage:
    '用法：npm run import -- honours <表格.xlsx|表格.csv> --year <年份> [--dry-run] [--final] [--format json]',
  exportUsage: '用法：npm run export -- honours --year <年份> [--out 文件.xlsx]，或 --all 导出所有年份',
  /** Any wrong option, in the words every command uses (src/lib/node/command-line.ts). */
  badArguments: wrongArguments,
  unknownKind: (kind: string) => `不能导入或导出“${kind}”：目前只有 honours（荣誉名单）。`,
  needYear: '请用 --year 指定名单的年份，例如 --year 2026。',
  badYear: (year: string) => `--year 应为四位数年份，例如 2026，收到的是“${year}”。`,
  needFile: '请写出要导入的表格文件，例如 npm run import -- honours 名单.xlsx --year 2026。',
  yearOrAll: '导出时请用 --year 指定一个年份，或用 --all 导出所有年份（二者选一）。',
};

/** The sheet as a whole (exit 1). */
export const sheet = {
  noSheets: (file: string) => `${file} 里没有工作表。`,
  empty: (name: string) => `工作表“${name}”是空的，没有可导入的内容。`,
  noHeader: (name: string) =>
    `工作表“${name}”前 20 行里找不到表头行：表头行至少要有两个能识别的列名，例如${h('homeName')}${h('level')}${h('conferrer')}${h('conferredOn')}。`,
  noRows: (row: number) => `第 ${row} 行是表头，下面没有数据行。`,
  missingColumn: (header: string) => `缺少“${header}”列：新增的称号都要填写这一项。`,
  missingHolderColumn: `缺少表明是谁的称号的列：${HOLDER_HEADERS.map(h).join('、')}至少要有一列。`,
  repeatedColumn: (text: string, first: string, standard: string) =>
    `“${first}”和“${text}”都是“${standard}”列，只能保留一列。`,
};

/** Notes that do not stop the import. */
export const notes = {
  unknownColumn: (text: string) =>
    `不认识“${text}”列，已忽略。如果它是某个标准列的另一种写法，可以在 content/site.yaml 的 spreadsheetHeaders 中添加。`,
  pickedSheet: (name: string, count: number) => `工作簿有 ${count} 个工作表，按年份读取了“${name}”。`,
  firstSheet: (name: string, count: number) => `工作簿有 ${count} 个工作表，没有以年份命名的，读取了第一个“${name}”。`,
  statusKept: (status: string) => `名单已是 ${status}，保持不变。`,
};

/** `content/site.yaml`'s `spreadsheetHeaders` (exit 1). */
export const headers = {
  unknownStandard: (standard: string) =>
    `spreadsheetHeaders 中的“${standard}”不是标准列名。标准列名是：${Object.values(COLUMNS)
      .map((c) => c.header)
      .join('、')}。`,
  aliasTaken: (alias: string, standard: string, takenBy: string) =>
    `spreadsheetHeaders 中“${standard}”的写法“${alias}”已经是“${takenBy}”列的写法，同一个列名不能指两列。`,
};

/** One cell of a row (exit 1). */
export const cell = {
  badDate: (text: string) => `“${text}”不是日期。可以写 ${EXAMPLE_FORMS}，或使用 Excel 的日期格式。`,
  noSuchDay: (text: string) => `“${text}”这一天不存在（请核对月份和日期）。`,
  badYesNo: (text: string) => `“${text}”应为“是”或“否”（也可以写 √，空着算“否”）。`,
  badLevel: (text: string) => `“${text}”不是等级。等级只能是 合格、先进、模范 之一。`,
  badUnitType: (text: string) => `“${text}”不是单位性质。应为 机关（事业）、国有（集体）、非公企业 之一。`,
  badRole: (text: string) => `“${text}”不是娘家人的职务，应为 工会主席 或 工会副主席。`,
  badCity: (text: string) => `“${text}”不是山东省的地级市。`,
  badResult: (text: string) => `“${text}”应为“合格”或“不合格”。`,
  noHolder: `这一行没有填写职工之家名称、单位名称、姓名或编号，不知道是谁的称号。`,
  homeIdNotFound: (id: string) => `没有编号为“${id}”的职工之家。`,
  homeNotFound: (text: string) => `没有找到名称或单位为“${text}”的职工之家。`,
  homeMany: (text: string, n: number) => `有 ${n} 个职工之家的名称或单位是“${text}”，无法确定是哪一个。`,
  personIdNotFound: (id: string) => `没有编号为“${id}”的娘家人。`,
  personNotFound: (name: string) => `没有找到姓名为“${name}”的娘家人。`,
  personMany: (name: string, n: number) => `有 ${n} 位娘家人叫“${name}”，无法确定是哪一位。`,
  candidates: (list: string[]) => `可能是：${list.join('；')}`,
  noCandidates: '没有名称相近的。',
  mismatch: (typed: string, holder: string, recorded: string) =>
    `表格写的是“${typed}”，但${holder}登记的是“${recorded}”。`,
  sameAward: (otherRow: number, id: string) => `与第 ${otherRow} 行是同一个奖项“${id}”，同一个奖项只能有一行。`,
};

/** What to do, printed after a problem as 提示. */
export const hints = {
  homeNotFound: `名称要与网站登记的职工之家名称或单位名称完全一致；也可以在${h('homeId')}列直接填写编号（content/homes/ 下的文件名）。`,
  homeMany: `在${h('city')}列写明城市，或在${h('homeId')}列填写编号。`,
  personNotFound: `娘家人要先在 content/people/ 中登记（连同本人同意公开姓名的凭据），再导入称号；也可以在${h('personId')}列填写编号。`,
  personMany: `在${h('homeName')}或${h('unitName')}列写明其所在的职工之家，或在${h('personId')}列填写编号。`,
  mismatch: '核对表格和网站登记的记录，改正其中之一。',
  sameAward: '删除重复的一行，或把两行合并。',
  missingColumn: '在表头行加上这一列；表格用的是别的列名时，在 content/site.yaml 的 spreadsheetHeaders 中登记。',
  missingHolderColumn: '在表头行加上其中一列，或在 content/site.yaml 的 spreadsheetHeaders 中登记本表使用的列名。',
  repeatedColumn: '删除或改名其中一列。',
  siteYaml: '改正 content/site.yaml 的 spreadsheetHeaders。',
};

/** The closing lines. */
export const summary = {
  read: (file: string, what: string, header: number, rows: number) =>
    `读取 ${file}：${what}，表头在第 ${header} 行，${rows} 行数据。`,
  csv: (encoding: string) => `CSV 文件，编码 ${encoding}`,
  workbook: (name: string) => `工作表“${name}”`,
  plan: (target: string, added: number, updated: number, same: number, status: string) =>
    `${target}：新增 ${added} 条，更新 ${updated} 条，不变 ${same} 条；名单状态 ${status}。`,
  problems: (count: number, rules: number) =>
    `发现 ${count} 个问题${rules ? `（其中违反奖项规则 ${rules} 个）` : ''}，没有写入任何文件。请按上面的位置改正后重新导入。`,
  dryRun: '试运行（--dry-run）：检查通过，没有写入任何文件。',
  unchanged: (target: string) => `${target} 已与表格一致，没有需要写入的变化。`,
  written: (target: string) => `已写入 ${target}。运行 npm run dev 可预览，npm run build 生成网站。`,
  exported: (file: string, years: number, awards: number, asOf: string) =>
    `已导出 ${file}：${years} 个年份、${awards} 条称号，状态截至 ${asOf}。`,
  noList: (year: number) => `没有 ${year} 年的荣誉名单（content/honors/${year}.yaml）。`,
  noLists: '内容目录里还没有任何荣誉名单（content/honors/）。',
  contentBroken: (count: number) =>
    `内容有 ${count} 个问题，荣誉数据不完整，不能导出。请先运行 npm run validate，按提示改正。`,
  ruleWarnings: (count: number) =>
    `注意：荣誉数据有 ${count} 个不符合奖项规则的地方（npm run validate 可查看），表中状态按现有数据推算。`,
};

/** One example for every message of a group: the compiler checks none is left out. */
type Examples<T> = { [K in keyof T]: string };

/**
 * Every message with example values, group by group. A test checks that
 * docs/editor-guide.md shows each of them word for word.
 */
export const MESSAGE_EXAMPLES = {
  unreadable: {
    notFound: unreadable.notFound('名单.xlsx'),
    notAFile: unreadable.notAFile('名单.xlsx'),
    wrongType: unreadable.wrongType('名单.docx'),
    legacyXls: unreadable.legacyXls('名单.xls'),
    encrypted: unreadable.encrypted('名单.xlsx'),
    corrupt: unreadable.corrupt('名单.xlsx'),
    csvBroken: unreadable.csvBroken('名单.csv', 7),
    ioError: unreadable.ioError('名单.xlsx', '没有读取权限'),
    noContent: unreadable.noContent('../my-content'),
  } satisfies Examples<typeof unreadable>,
  usage: {
    importUsage: usage.importUsage,
    exportUsage: usage.exportUsage,
    badArguments: usage.badArguments(ARGUMENT_REASONS.unknown('--yaer', '--year')),
    unknownKind: usage.unknownKind('homes'),
    needYear: usage.needYear,
    badYear: usage.badYear('26'),
    needFile: usage.needFile,
    yearOrAll: usage.yearOrAll,
  } satisfies Examples<typeof usage>,
  sheet: {
    noSheets: sheet.noSheets('名单.xlsx'),
    empty: sheet.empty('Sheet1'),
    noHeader: sheet.noHeader('Sheet1'),
    noRows: sheet.noRows(2),
    missingColumn: sheet.missingColumn('命名单位'),
    missingHolderColumn: sheet.missingHolderColumn,
    repeatedColumn: sheet.repeatedColumn('职工之家', '职工之家名称', '职工之家名称'),
  } satisfies Examples<typeof sheet>,
  notes: {
    unknownColumn: notes.unknownColumn('联系电话'),
    pickedSheet: notes.pickedSheet('2026年', 3),
    firstSheet: notes.firstSheet('Sheet1', 2),
    statusKept: notes.statusKept(LIST_STATUS_LABELS.final),
  } satisfies Examples<typeof notes>,
  headers: {
    unknownStandard: headers.unknownStandard('之家名'),
    aliasTaken: headers.aliasTaken('单位', '职工之家名称', '单位名称'),
  } satisfies Examples<typeof headers>,
  cell: {
    badDate: cell.badDate('4月26日'),
    noSuchDay: cell.noSuchDay('2026年2月30日'),
    badYesNo: cell.badYesNo('可能'),
    badLevel: cell.badLevel('优秀'),
    badUnitType: cell.badUnitType('外资'),
    badRole: cell.badRole('工会委员'),
    badCity: cell.badCity('北京'),
    badResult: cell.badResult('基本合格'),
    noHolder: cell.noHolder,
    homeIdNotFound: cell.homeIdNotFound('jinan-steel'),
    homeNotFound: cell.homeNotFound('济南某钢铁厂职工之家'),
    homeMany: cell.homeMany('示例公交公司', 2),
    personIdNotFound: cell.personIdNotFound('wang-ji'),
    personNotFound: cell.personNotFound('王吉'),
    personMany: cell.personMany('刘艳', 2),
    candidates: cell.candidates(['济南某钢铁公司职工之家（jinan-steel-works，济南市）']),
    noCandidates: cell.noCandidates,
    mismatch: cell.mismatch('青岛市', '职工之家“济南某钢铁公司职工之家”', '济南市'),
    sameAward: cell.sameAward(5, '2026-top-jinan-steel-works'),
  } satisfies Examples<typeof cell>,
  hints: hints satisfies Examples<typeof hints>,
  summary: {
    read: summary.read('名单.xlsx', summary.workbook('2026年'), 2, 22),
    csv: summary.read('名单.csv', summary.csv('GB18030（GBK）'), 2, 22),
    workbook: summary.workbook('2026年'),
    plan: summary.plan('content/honors/2026.yaml', 20, 2, 0, LIST_STATUS_LABELS.draft),
    problems: summary.problems(3, 2),
    dryRun: summary.dryRun,
    unchanged: summary.unchanged('content/honors/2026.yaml'),
    written: summary.written('content/honors/2026.yaml'),
    exported: summary.exported('honours-all.xlsx', 7, 200, '2026年11月24日'),
    noList: summary.noList(2026),
    noLists: summary.noLists,
    contentBroken: summary.contentBroken(2),
    ruleWarnings: summary.ruleWarnings(1),
  } satisfies Examples<typeof summary>,
};
