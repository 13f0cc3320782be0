/**
 * Writes the planned awards into the year's YAML through the `yaml`
 * package's Document, so that the entries already there keep their order,
 * their comments and their layout (a flow `{ date, result }` stays one);
 * only the fields that change are touched, and new awards go at the end.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { AwardObject, PlannedAward } from './plan.ts';

/** The header comment of a list the importer creates. */
export function newListComment(year: number, sheetFile: string): string {
  return [
    ` ${year} 年职工之家荣誉名单，由 npm run import 从 ${sheetFile} 导入。`,
    ' 每条奖项：id 奖项编号，serial 证书编号（都不能重复），home 职工之家编号或 person 娘家人编号，',
    ' level 等级，topTen 是否十佳，conferrer 命名单位，conferredOn 命名日期。改完运行 npm run validate 检查。',
  ].join('\n');
}

/** Parses a list as the content reader does (dates stay text). */
export function parseList(text: string): Document {
  return parseDocument(text, { schema: 'core', keepSourceTokens: false });
}

/** True when the document parsed without errors into a map whose `awards`, if any, is a list. */
export function isWritableList(doc: Document): boolean {
  if (doc.errors.length || !isMap(doc.contents)) return false;
  const awards = doc.get('awards', true);
  return awards === undefined || isSeq(awards) || (isScalar(awards) && awards.value === null);
}

/** A new list with no awards yet. */
export function newList(year: number, status: 'draft' | 'final', comment: string): Document {
  const doc = parseList('');
  doc.contents = doc.createNode({ year, status, awards: [] });
  doc.commentBefore = comment;
  return doc;
}

/** The awards of the list as plain objects, in order. */
export function listAwards(doc: Document): AwardObject[] {
  const awards = (doc.toJS() as { awards?: unknown } | null)?.awards;
  return Array.isArray(awards) ? (awards as AwardObject[]) : [];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets `next` at `path`, field by field where both sides are maps, so comments and flow style stay. */
function update(doc: Document, path: (string | number)[], before: unknown, next: unknown): void {
  if (JSON.stringify(before) === JSON.stringify(next)) return;
  if (isObject(before) && isObject(next) && isMap(doc.getIn(path, true))) {
    for (const key of Object.keys(before)) if (!(key in next)) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(next)) update(doc, [...path, key], before[key], value);
    return;
  }
  doc.setIn(path, doc.createNode(next));
}

/** Applies the plan and the list's status; returns the document's new text. */
export function applyPlan(doc: Document, planned: readonly PlannedAward[], status: 'draft' | 'final'): string {
  if (doc.get('status') !== status) doc.set('status', status);
  if (!doc.has('awards') || !doc.get('awards')) doc.set('awards', doc.createNode([]));
  const existing = listAwards(doc);
  for (const p of planned) {
    if (p.action === 'add') doc.addIn(['awards'], doc.createNode(p.award));
    else if (p.action === 'update') update(doc, ['awards', p.index], existing[p.index], p.award);
  }
  return doc.toString({ lineWidth: 0 });
}
