import { keepAside, listBackups, removeBackup, writeBackup, type Backup, type BackupReason } from './backups.ts';
import { decodeHead, decodeLesson, type DamagedLesson } from './decode.ts';
import { mergeLesson } from './merge.ts';
import { learningMessages as msg } from './messages.ts';
import {
  APP_ID,
  LESSON_KEY_PREFIX,
  PROGRESS_VERSION,
  STORAGE_KEY,
  emptyProgress,
  lessonKey,
  settingsSchema,
  type Head,
  type LessonProgress,
  type Progress,
} from './progress-schema.ts';
import { isQuotaError, keysWithPrefix, memoryStorage, type StorageLike } from './storage.ts';

export { browserStorage, isLearningKey, type StorageLike } from './storage.ts';
export { exportProgress, importProgress, type ImportResult } from './transfer.ts';

export interface SaveResult {
  /** The change reached storage. When false it is kept in memory for this page. */
  saved: boolean;
  notice: string | null;
}

export interface ProgressStore {
  /** True when the stored record is newer than this code: it is shown but never written over. */
  readonly readOnly: boolean;
  /** zh-CN messages about the stored record for the page to show; empty when all is well. */
  notices(): string[];
  /** One lesson as stored now (another tab may have changed it), or undefined. */
  lesson(lessonId: string): LessonProgress | undefined;
  /**
   * Read-merge-write of one lesson: what is stored now is merged with
   * `lesson`, `finish` (e.g. the completion rule) runs on the result, and the
   * result is written and returned. Reads and writes that lesson only.
   */
  saveLesson(
    lessonId: string,
    lesson: LessonProgress,
    finish?: (merged: LessonProgress) => LessonProgress,
  ): SaveResult & { lesson: LessonProgress };
  /** Every stored lesson, as one record (for the record page and exports). */
  all(): Progress;
  /** Merges a whole record (an import) into storage, lesson by lesson. */
  mergeRecord(data: Progress): SaveResult;
  /** The name the learner typed for the printed record ('' when none). */
  learnerName(): string;
  setLearnerName(name: string): SaveResult;
  backups(): Backup[];
  removeBackup(key: string): void;
}

const freshHead = (): Head => ({ app: APP_ID, version: PROGRESS_VERSION, settings: settingsSchema.parse({}) });

/**
 * The learning record in browser storage, one key per lesson (version 3).
 * Never throws: when storage cannot be read or written the record lives in
 * memory for the page, and `notices()` says so in Chinese. A damaged entry
 * is copied aside (backups.ts) before it leaves its place; a record written
 * by a newer version of the site is never written over.
 */
export function createProgressStore(storage: StorageLike | null, options: { now?: () => Date } = {}): ProgressStore {
  const now = options.now ?? (() => new Date());
  let s: StorageLike;
  let unreadable = false;
  try {
    if (!storage) throw new Error('no storage');
    storage.getItem(STORAGE_KEY);
    s = storage;
  } catch {
    s = memoryStorage();
    unreadable = true;
  }
  let head: Head | null = null;
  let newer: number | null = null;
  let headNotice: string | null = null;
  let saveNotice: string | null = null;
  /** Lessons of a version 1-2 record that could not be split into lesson keys yet (storage full). */
  let legacy: Progress | null = null;
  /** Lessons whose last save failed, kept for this page. */
  const pending = new Map<string, LessonProgress>();
  const damagedKept = new Set<string>();
  const damagedLeft = new Set<string>();

  const read = (key: string): string | null => {
    try {
      return s.getItem(key);
    } catch {
      return null;
    }
  };

  function failed(error: unknown): SaveResult {
    saveNotice = isQuotaError(error) ? msg.quotaExceeded : msg.saveDenied;
    return { saved: false, notice: saveNotice };
  }

  /** Copies a damaged entry aside; removes it from its place only once the copy is written. */
  function setAside(key: string, lessonId: string | null, reason: BackupReason, text: string): boolean {
    if (keepAside(s, { lessonId, reason, text }, now()) === null) return false;
    try {
      if (s.getItem(key) === text) s.removeItem(key);
    } catch {
      // The copy exists; the entry is skipped when read again.
    }
    return true;
  }

  /**
   * Splits a version 1-2 record (`raw`, as stored) into lesson keys, then
   * keeps its damaged lessons aside and writes the version 3 head. When
   * storage fills up on the way (the old record and its split copy may not
   * fit side by side), the old record is rewritten without the lessons
   * already split, to free their space, and the split goes on. Should it
   * still fail, what is stored stays readable and the next page goes on.
   */
  function migrate(raw: { lessons?: unknown }, data: Progress, damaged: DamagedLesson[]) {
    legacy = data;
    const ids = Object.keys(data.lessons);
    let moved = 0;
    let shrunkAt = -1;
    const shrink = () => {
      const rest: Record<string, unknown> = { ...(raw.lessons as Record<string, unknown>) };
      for (const id of ids.slice(0, moved)) delete rest[id];
      s.setItem(STORAGE_KEY, JSON.stringify({ ...raw, lessons: rest }));
      shrunkAt = moved;
    };
    const retrying = (write: () => void) => {
      try {
        write();
      } catch (error) {
        if (!isQuotaError(error) || shrunkAt === moved) throw error;
        shrink();
        write();
      }
    };
    try {
      for (const id of ids) {
        const lesson = data.lessons[id]!;
        const stored = parseLesson(id, read(lessonKey(id)));
        retrying(() => s.setItem(lessonKey(id), JSON.stringify(stored ? mergeLesson(stored, lesson) : lesson)));
        moved++;
      }
      for (const d of damaged) {
        const entry = { lessonId: d.lessonId, reason: 'damaged', text: JSON.stringify(d.value) } as const;
        retrying(() => writeBackup(s, entry, now()));
        damagedKept.add(d.lessonId);
      }
      head = { ...freshHead(), settings: data.settings };
      s.setItem(STORAGE_KEY, JSON.stringify(head));
      legacy = null;
    } catch (error) {
      for (const d of damaged) if (!damagedKept.has(d.lessonId)) damagedLeft.add(d.lessonId);
      failed(error);
    }
  }

  /** Reads the head: notes a newer version, migrates an older one, keeps a damaged or foreign one aside. */
  function checkHead() {
    const raw = read(STORAGE_KEY);
    newer = null;
    if (raw === null) {
      head = null;
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const stored = parsed === undefined ? ({ kind: 'damaged' } as const) : decodeHead(parsed, now());
    switch (stored.kind) {
      case 'head':
        head = stored.head;
        return;
      case 'newer':
        newer = stored.version;
        headNotice = msg.newer(newer, PROGRESS_VERSION);
        return;
      case 'record':
        migrate(parsed as { lessons?: unknown }, stored.data, stored.damaged);
        return;
      default: {
        const kept = setAside(STORAGE_KEY, null, stored.kind, raw);
        headNotice = stored.kind === 'foreign' ? msg.foreign(kept) : msg.recordDamaged(kept);
        head = null;
      }
    }
  }

  function parseLesson(id: string, raw: string | null): LessonProgress | undefined {
    if (raw === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    const lesson = value === undefined ? null : decodeLesson(value);
    if (lesson) return lesson;
    if (newer === null) (setAside(lessonKey(id), id, 'damaged', raw) ? damagedKept : damagedLeft).add(id);
    return undefined;
  }

  function lesson(id: string): LessonProgress | undefined {
    const parts = [parseLesson(id, read(lessonKey(id))), legacy?.lessons[id], pending.get(id)];
    return parts.reduce<LessonProgress | undefined>((a, b) => (a && b ? mergeLesson(a, b) : (a ?? b)), undefined);
  }

  function write(id: string, value: LessonProgress): SaveResult {
    try {
      // No head yet (a new record); while a version 1-2 record is still being split, it stays the head.
      if (head === null && legacy === null) {
        head = freshHead();
        s.setItem(STORAGE_KEY, JSON.stringify(head));
      }
      s.setItem(lessonKey(id), JSON.stringify(value));
      pending.delete(id);
      saveNotice = null;
      return unreadable ? { saved: false, notice: msg.unreadable } : { saved: true, notice: null };
    } catch (error) {
      pending.set(id, value);
      return failed(error);
    }
  }

  function saveLesson(id: string, mine: LessonProgress, finish?: (merged: LessonProgress) => LessonProgress) {
    checkHead();
    const stored = lesson(id);
    const merged = stored ? mergeLesson(stored, mine) : mine;
    const result = finish ? finish(merged) : merged;
    if (newer !== null) return { saved: false, notice: headNotice, lesson: result };
    return { ...write(id, result), lesson: result };
  }

  checkHead();

  return {
    get readOnly() {
      return newer !== null;
    },
    notices() {
      return [
        headNotice,
        unreadable ? msg.unreadable : null,
        damagedKept.size > 0 ? msg.lessonsDamaged(damagedKept.size, true) : null,
        damagedLeft.size > 0 ? msg.lessonsDamaged(damagedLeft.size, false) : null,
        saveNotice,
      ].filter((m): m is string => m !== null);
    },
    lesson,
    saveLesson,
    all() {
      checkHead();
      const data = emptyProgress();
      if (head) data.settings = head.settings;
      const ids = new Set([
        ...keysWithPrefix(s, LESSON_KEY_PREFIX).map((k) => k.slice(LESSON_KEY_PREFIX.length)),
        ...Object.keys(legacy?.lessons ?? {}),
        ...pending.keys(),
      ]);
      for (const id of ids) {
        const l = lesson(id);
        if (l) data.lessons[id] = l;
      }
      return data;
    },
    mergeRecord(data) {
      let result: SaveResult = { saved: true, notice: null };
      for (const [id, l] of Object.entries(data.lessons)) {
        const r = saveLesson(id, l);
        if (!r.saved) result = { saved: false, notice: r.notice };
      }
      return result;
    },
    learnerName() {
      checkHead();
      return head?.learnerName ?? '';
    },
    setLearnerName(name) {
      checkHead();
      if (newer !== null) return { saved: false, notice: headNotice };
      const next: Head = { ...(head ?? freshHead()) };
      const trimmed = name.trim().slice(0, 60);
      if (trimmed) next.learnerName = trimmed;
      else delete next.learnerName;
      try {
        s.setItem(STORAGE_KEY, JSON.stringify(next));
        head = next;
        return { saved: true, notice: null };
      } catch (error) {
        head = next;
        return failed(error);
      }
    },
    backups: () => listBackups(s),
    removeBackup: (key) => removeBackup(s, key),
  };
}
