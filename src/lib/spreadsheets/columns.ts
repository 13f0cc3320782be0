/**
 * The columns of an honour-list spreadsheet: the standard Chinese header of
 * each (what the export writes), the other headers offices use for it (what
 * the import also accepts; staff add more in `site.yaml`), and how wide the
 * export makes it. The table's order is the export's column order: what an
 * office prints first, then the record's lifecycle, then the ids.
 */

/**
 * What a column carries: a field of the award or its holder (read on import),
 * or a fact the site derives (written on export, ignored on import).
 */
export type ColumnRole = 'data' | 'derived';

export interface ColumnSpec {
  /** The standard header, as the export writes it. */
  header: string;
  /** Other headers that mean the same column. */
  aliases: readonly string[];
  /** Export width, in characters. */
  width: number;
  role: ColumnRole;
}

export const COLUMNS = {
  seq: { header: '序号', aliases: ['顺序号'], width: 6, role: 'derived' },
  /** Read only when the sheet has no 等级 or 是否十佳 column. */
  title: { header: '称号', aliases: ['荣誉称号', '称号名称'], width: 24, role: 'data' },
  homeName: {
    header: '职工之家名称',
    aliases: ['职工之家', '之家名称', '基层工会名称', '工会名称', '职工之家全称'],
    width: 36,
    role: 'data',
  },
  personName: { header: '姓名', aliases: ['娘家人姓名', '娘家人', '人员姓名'], width: 10, role: 'data' },
  role: { header: '职务', aliases: ['职位', '工会职务'], width: 12, role: 'data' },
  unitName: { header: '单位名称', aliases: ['单位', '所在单位', '工作单位', '单位全称'], width: 30, role: 'data' },
  city: { header: '所在市', aliases: ['城市', '所在城市', '市', '地市', '所属市'], width: 9, role: 'data' },
  unitType: { header: '单位性质', aliases: ['单位类型', '单位类别'], width: 13, role: 'data' },
  level: { header: '等级', aliases: ['称号等级', '级别', '命名等级'], width: 7, role: 'data' },
  topTen: { header: '是否十佳', aliases: ['十佳'], width: 9, role: 'data' },
  conferrer: { header: '命名单位', aliases: ['授予单位', '命名机关', '表彰单位'], width: 16, role: 'data' },
  conferredOn: { header: '命名日期', aliases: ['命名时间', '授予日期', '表彰日期'], width: 15, role: 'data' },
  serial: { header: '证书编号', aliases: ['证书号', '证书号码', '证号'], width: 22, role: 'data' },
  status: { header: '当前状态', aliases: ['状态'], width: 12, role: 'derived' },
  statusDetail: { header: '状态说明', aliases: [], width: 36, role: 'derived' },
  verifyUrl: { header: '核验链接', aliases: ['查验链接', '证书查验'], width: 48, role: 'derived' },
  citation: { header: '称号说明', aliases: ['颂词', '证书文字'], width: 40, role: 'data' },
  reviewDate: { header: '复核日期', aliases: [], width: 15, role: 'data' },
  reviewResult: { header: '复核结果', aliases: [], width: 9, role: 'data' },
  rectOrderedOn: { header: '责令整改日期', aliases: ['整改开始日期'], width: 15, role: 'data' },
  rectDeadline: { header: '整改期限', aliases: ['整改截止日期'], width: 15, role: 'data' },
  rectResult: { header: '整改结果', aliases: [], width: 9, role: 'data' },
  rectClosedOn: { header: '整改验收日期', aliases: ['整改结束日期'], width: 15, role: 'data' },
  revokedOn: { header: '撤销日期', aliases: [], width: 15, role: 'data' },
  revokedBy: { header: '撤销单位', aliases: [], width: 16, role: 'data' },
  revokedReason: { header: '撤销原因', aliases: [], width: 30, role: 'data' },
  awardId: { header: '奖项编号', aliases: ['奖项代码'], width: 34, role: 'data' },
  homeId: { header: '职工之家编号', aliases: ['之家编号'], width: 28, role: 'data' },
  personId: { header: '娘家人编号', aliases: [], width: 22, role: 'data' },
} as const satisfies Record<string, ColumnSpec>;

export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];

/** The columns whose cells hold a date. */
export const DATE_COLUMNS: readonly ColumnKey[] = [
  'conferredOn',
  'reviewDate',
  'rectOrderedOn',
  'rectDeadline',
  'rectClosedOn',
  'revokedOn',
];

/** Header text reduced for comparison: full-width folded, spaces, stars and bracketed notes dropped. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[\s*:：]/g, '');
}

/** Header key -> column, from the built-in table plus the aliases staff added. */
export type HeaderTable = ReadonlyMap<string, ColumnKey>;

/** Extra headers by standard header, as `site.yaml`'s `spreadsheetHeaders` gives them. */
export type ExtraHeaders = Readonly<Record<string, readonly string[]>>;

/** A mistake in the staff's additions. */
export type HeaderTableError =
  | { kind: 'unknown-standard'; standard: string }
  | { kind: 'alias-taken'; standard: string; alias: string; takenBy: string };

export interface HeaderTableResult {
  table: HeaderTable;
  errors: HeaderTableError[];
}

export function headerTable(extra: ExtraHeaders = {}): HeaderTableResult {
  const table = new Map<string, ColumnKey>();
  const errors: HeaderTableResult['errors'] = [];
  const byHeader = new Map(COLUMN_KEYS.map((k) => [headerKey(COLUMNS[k].header), k]));
  for (const key of COLUMN_KEYS) {
    for (const text of [COLUMNS[key].header, ...COLUMNS[key].aliases]) table.set(headerKey(text), key);
  }
  for (const [standard, aliases] of Object.entries(extra)) {
    const key = byHeader.get(headerKey(standard));
    if (!key) {
      errors.push({ kind: 'unknown-standard', standard });
      continue;
    }
    for (const alias of aliases) {
      const taken = table.get(headerKey(alias));
      if (taken && taken !== key) errors.push({ kind: 'alias-taken', standard, alias, takenBy: COLUMNS[taken].header });
      else table.set(headerKey(alias), key);
    }
  }
  return { table, errors };
}
