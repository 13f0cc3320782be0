/**
 * A year's roll as a sheet an office would print: one row per award in the
 * list's order, Chinese headers, the title's current status in the site's
 * words (有效, 待复核, 整改中, 已撤销, with their dates), the certificate
 * serial and its verification link, then the record's lifecycle and ids so
 * that importing the sheet again gives the same list.
 */
import type { AwardsReport } from '../awards/rules.ts';
import { rollEntry, type HolderDirectory } from '../awards/roll.ts';
import { CITY_LABELS, LEVEL_LABELS, UNIT_TYPE_LABELS } from '../domain/vocab.ts';
import { formatDate } from '../format.ts';
import { verifyHref } from '../routes/urls.ts';
import type { AwardData } from '../schemas/honours.ts';
import { COLUMNS, COLUMN_KEYS, DATE_COLUMNS, type ColumnKey } from './columns.ts';
import type { HomeRecord } from './match.ts';
import { resultLabel, type CellValue } from './normalise.ts';
import { verifySlug } from '../verify/certificates.ts';

export interface SheetColumn {
  key: ColumnKey;
  header: string;
  width: number;
  /** Cells hold dates (written as date cells). */
  date: boolean;
  /** Cells hold a web address (written as a link). */
  link: boolean;
}

export interface SheetSpec {
  /** The worksheet's tab name. */
  name: string;
  /** The merged row above the headers. */
  title: string;
  columns: SheetColumn[];
  rows: CellValue[][];
}

export const EXPORT_COLUMNS: SheetColumn[] = COLUMN_KEYS.map((key) => ({
  key,
  header: COLUMNS[key].header,
  width: COLUMNS[key].width,
  date: DATE_COLUMNS.includes(key),
  link: key === 'verifyUrl',
}));

/** The tab of a year: `2025年`; the importer picks a workbook's sheet by it. */
export const sheetName = (year: number) => `${year}年`;

export interface YearList {
  year: number;
  status: 'draft' | 'final';
  awards: readonly AwardData[];
}

export interface ExportContext {
  report: AwardsReport;
  dir: HolderDirectory;
  /** Homes with their unit and city, by id. */
  homes: ReadonlyMap<string, HomeRecord>;
  baseUrl: string;
}

/** A date cell: the day at UTC midnight, as Excel stores days. */
const day = (iso: string | undefined): CellValue => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function rowOf(award: AwardData, seq: number, list: YearList, ctx: ExportContext): CellValue[] {
  const facts = ctx.report.awards.get(award.id);
  const entry = facts && rollEntry(facts, ctx.dir, ctx.report.awards);
  const person = award.person ? ctx.dir.people.get(award.person) : undefined;
  const homeId = award.home ?? person?.home;
  const home = homeId === undefined ? undefined : ctx.homes.get(homeId);
  const { review, rectification: rect, revoked } = award;
  const cells: Record<ColumnKey, CellValue> = {
    seq,
    title: entry?.title ?? '',
    homeName: home?.title ?? '',
    personName: person?.name ?? '',
    role: entry?.role ?? '',
    unitName: home?.unit ?? '',
    city: home ? CITY_LABELS[home.city] : '',
    unitType: home ? UNIT_TYPE_LABELS[home.unitType] : '',
    level: LEVEL_LABELS[award.level],
    topTen: award.topTen ? '是' : '否',
    conferrer: award.conferrer,
    conferredOn: day(award.conferredOn),
    serial: award.serial,
    status: entry?.status.label ?? '',
    statusDetail: entry?.status.detail ?? '',
    verifyUrl: list.status === 'final' ? new URL(verifyHref(verifySlug(award.serial)), ctx.baseUrl).href : '',
    citation: award.citation ?? '',
    reviewDate: day(review?.date),
    reviewResult: review ? resultLabel(review.result) : '',
    rectOrderedOn: day(rect?.orderedOn),
    rectDeadline: day(rect?.deadline),
    rectResult: rect?.result ? resultLabel(rect.result) : '',
    rectClosedOn: day(rect?.closedOn),
    revokedOn: day(revoked?.date),
    revokedBy: revoked?.by ?? '',
    revokedReason: revoked?.reason ?? '',
    awardId: award.id,
    homeId: homeId ?? '',
    personId: award.person ?? '',
  };
  return EXPORT_COLUMNS.map((c) => cells[c.key]);
}

/** The sheet of one year's list, statuses as of the report's day. */
export function honoursSheet(list: YearList, ctx: ExportContext): SheetSpec {
  const state = list.status === 'final' ? '正式公布' : '草稿';
  return {
    name: sheetName(list.year),
    title: `${list.year}年度职工之家荣誉名单（${state}，状态截至${formatDate(ctx.report.today)}）`,
    columns: EXPORT_COLUMNS,
    rows: list.awards.map((a, i) => rowOf(a, i + 1, list, ctx)),
  };
}
