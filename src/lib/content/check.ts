import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, entryId, type CollectionName } from './collections.ts';
import { describeField } from './field-labels.ts';
import { annotateAwardData } from '../awards/field-rules.ts';
import { parseFriendly } from './friendly-errors.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { ParsedSource, Position } from './source.ts';

/** A content file as read from disk, before checking. */
export interface SourceFile {
  collection: CollectionName;
  /** Path shown in messages. */
  file: string;
  /** Path inside the collection folder (decides the id). */
  relativePath: string;
  source: ParsedSource;
  /** The file's whole text, for checks that read it as written (privacy). */
  text?: string;
  /** Why the file could not be read at all (not UTF-8): its only problem. */
  unreadable?: Problem;
  /** Its key in the validation cache (node/validation-cache.ts), when one is used. */
  key?: string;
}

/** A checked entry: its id, its valid data and where it came from. */
export interface Entry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  locate: (path: readonly PropertyKey[]) => Position;
  /** Fields that failed their schema (a partial entry's `data` is as written). */
  invalid?: readonly (readonly PropertyKey[])[];
}

export type Entries = Record<CollectionName, Entry[]>;

/** Answers whether a referenced file exists: `/media/...` or a path relative to `fromFile`. */
export type FileExists = (reference: string, fromFile: string) => boolean;

const pathString = z.string();

// One schema per collection for a whole check: zod compiles a schema's fast path on first use,
// and building the schema anew for each of 10,000 homes spent ~10 s on that alone (measured).
const schemas = new Map<CollectionName, z.ZodType>();
function schemaOf(collection: CollectionName): z.ZodType {
  let schema = schemas.get(collection);
  if (!schema) {
    schema = COLLECTIONS[collection].schema(() => pathString);
    schemas.set(collection, schema);
  }
  return schema;
}

function problemAt(file: SourceFile | Entry, path: readonly PropertyKey[], message: string, hint?: string): Problem {
  const locate = 'source' in file ? file.source.locate : file.locate;
  const { field } = describeField(path);
  return { file: file.file, ...locate(path), field, message, ...(hint ? { hint } : {}) };
}

const emptyEntries = () => Object.fromEntries(COLLECTION_NAMES.map((n) => [n, [] as Entry[]])) as Entries;

/** What checking the files found: valid entries, entries with bad fields (as written), every problem. */
export interface CheckedSources {
  entries: Entries;
  /** Files that were read but have fields that failed their schema: they exist for references. */
  partial: Entries;
  problems: Problem[];
}

/** A schema check of one file, or what the validation cache kept of it (node/validation-cache.ts). */
export type SchemaMemo = (f: SourceFile, check: () => ReturnType<typeof parseFriendly>) => ReturnType<typeof parseFriendly>;

/** Checks every file against its collection's schema; returns valid entries and all problems. */
export function checkSources(files: SourceFile[], exists: FileExists, memo?: SchemaMemo): CheckedSources {
  const problems: Problem[] = [];
  const entries = emptyEntries();
  const partial = emptyEntries();
  const seen = new Map<string, SourceFile>();

  for (const f of files) {
    const { source } = f;
    if (f.unreadable) {
      problems.push(f.unreadable);
      continue;
    }
    for (const e of source.syntaxErrors) {
      problems.push({ file: f.file, ...e.position, message: `YAML 格式错误：${e.message}`, hint: '检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对' });
    }
    if (source.syntaxErrors.length) continue;
    const id = entryId(f.collection, f.relativePath);
    const key = `${f.collection}:${id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: f.file,
        line: 1,
        col: 1,
        message: `编号 “${id}” 重复：${first.file} 已使用这个编号（${COLLECTIONS[f.collection].label}的编号由文件名决定）`,
        hint: '给其中一个文件改名',
      });
      continue;
    }
    seen.set(key, f);
    const schema = schemaOf(f.collection);
    const where = { file: f.file, locate: source.locate, locateKey: source.locateKey };
    const check = () => parseFriendly(schema, source.data ?? {}, where, { annotate: annotateAwardData(f.collection) });
    const result = memo ? memo(f, check) : check();
    const entry = { id, file: f.file, body: source.body, bodyLine: source.bodyLine, locate: source.locate };
    if ('invalid' in result) {
      problems.push(...result.problems);
      partial[f.collection].push({ ...entry, data: (source.data ?? {}) as Record<string, unknown>, invalid: result.invalid });
      continue;
    }
    entries[f.collection].push({ ...entry, data: result.data as Record<string, unknown> });
  }
  problems.push(...checkReferences(entries, partial, exists));
  return { entries, partial, problems: sortProblems(problems) };
}

/** Cross-references between collections, and files that entries point to. */
function checkReferences(entries: Entries, partial: Entries, exists: FileExists): Problem[] {
  const problems: Problem[] = [];
  // An entry with a bad field still exists: what names it is not wrong for that.
  const ids = (c: CollectionName) => new Set([...entries[c], ...partial[c]].map((e) => e.id));
  const homes = ids('homes');
  const courses = ids('courses');
  const mustExist = (e: Entry, path: PropertyKey[], ref: unknown) => {
    if (typeof ref === 'string' && !exists(ref, e.file)) problems.push(problemAt(e, path, `找不到文件 ${ref}`, '检查文件名和路径（区分大小写），图片放在 content/media/ 下'));
  };
  const mustBeHome = (e: Entry, path: PropertyKey[], ref: unknown) => {
    if (typeof ref === 'string' && !homes.has(ref)) problems.push(problemAt(e, path, `没有编号为 “${ref}” 的职工之家`, '职工之家的编号就是 content/homes/ 下的文件名（不含扩展名）'));
  };
  for (const e of entries.homes) (e.data as { photos: { src: string }[] }).photos.forEach((p, i) => mustExist(e, ['photos', i, 'src'], p.src));
  for (const e of entries.stories) {
    const d = e.data as { homes: string[]; cover?: { src: string } };
    d.homes.forEach((h, i) => mustBeHome(e, ['homes', i], h));
    if (d.cover) mustExist(e, ['cover', 'src'], d.cover.src);
  }
  for (const e of entries.people) mustBeHome(e, ['home'], (e.data as { home: string }).home);
  for (const e of entries.courses) {
    (e.data as { prerequisites: string[] }).prerequisites.forEach((p, i) => {
      if (!courses.has(p)) problems.push(problemAt(e, ['prerequisites', i], `没有编号为 “${p}” 的课程`));
    });
  }
  for (const e of entries.lessons) {
    const course = e.id.split('/')[0] ?? '';
    if (!courses.has(course)) problems.push(problemAt(e, [], `课时所在的文件夹 ${course}/ 里没有课程说明文件 index.md`, '每个课程文件夹都需要一个 index.md 或 index.mdx'));
    const d = e.data as { videos: { src: string }[]; captions: { src: string }[]; poster?: string };
    d.videos.forEach((v, i) => mustExist(e, ['videos', i, 'src'], v.src));
    d.captions.forEach((c, i) => mustExist(e, ['captions', i, 'src'], c.src));
    if (d.poster) mustExist(e, ['poster'], d.poster);
  }
  return problems;
}
