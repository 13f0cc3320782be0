import { z } from 'astro/zod';
import { APP_ID, BACKUP_KEY_PREFIX, LEGACY_BACKUP_KEY, localIsoDateTime } from './progress-schema.ts';
import { keysWithPrefix, type StorageLike } from './storage.ts';

/**
 * Damaged entries kept aside. An entry of the record that cannot be read is
 * never deleted: its text is copied, exactly as it was, under a dated backup
 * key, and only then removed from its place. Every backup stays until the
 * learner deletes it on the record page, where each can be downloaded.
 */

const backupSchema = z.object({
  app: z.literal(APP_ID),
  kind: z.literal('backup'),
  /** When the damage was found, local time with offset. */
  savedAt: z.string(),
  /** The lesson whose entry it was; null for the record's head (the whole record before version 3). */
  lessonId: z.string().nullable(),
  /** `damaged`: ours but unreadable; `foreign`: another program's data under our key. */
  reason: z.enum(['damaged', 'foreign']),
  /** The entry's text exactly as it was stored. */
  text: z.string(),
});
export type Backup = z.infer<typeof backupSchema> & { key: string };
export type BackupReason = Backup['reason'];

/**
 * Every backup, newest first; a backup entry that is itself unreadable, and
 * the single backup of versions 1-2 (undated), are listed with their raw text.
 */
export function listBackups(storage: StorageLike): Backup[] {
  const out: Backup[] = [];
  const keys = keysWithPrefix(storage, BACKUP_KEY_PREFIX);
  if (storage.getItem(LEGACY_BACKUP_KEY) !== null) keys.push(LEGACY_BACKUP_KEY);
  for (const key of keys) {
    const text = storage.getItem(key);
    if (text === null) continue;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // listed below as it is
    }
    const backup = backupSchema.safeParse(parsed);
    out.push(
      backup.success
        ? { ...backup.data, key }
        : { app: APP_ID, kind: 'backup', savedAt: '', lessonId: null, reason: 'damaged', text, key },
    );
  }
  return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
}

type Entry = { lessonId: string | null; reason: BackupReason; text: string };

/**
 * Copies an entry aside and returns the backup's key: an existing one when
 * the same text of the same entry was already kept (e.g. by another tab).
 * Throws what storage throws (a full storage).
 */
export function writeBackup(storage: StorageLike, entry: Entry, now: Date): string {
  const same = listBackups(storage).find((b) => b.lessonId === entry.lessonId && b.text === entry.text);
  if (same) return same.key;
  const stamp = now.getTime().toString(36);
  let key = `${BACKUP_KEY_PREFIX}${stamp}:${entry.lessonId ?? ''}`;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_KEY_PREFIX}${stamp}-${n}:${entry.lessonId ?? ''}`;
  storage.setItem(key, JSON.stringify({ app: APP_ID, kind: 'backup', savedAt: localIsoDateTime(now), ...entry }));
  return key;
}

/** writeBackup, or null when the copy could not be written: the caller then leaves the entry where it is. */
export function keepAside(storage: StorageLike, entry: Entry, now: Date): string | null {
  try {
    return writeBackup(storage, entry, now);
  } catch {
    return null;
  }
}

/** Deletes one backup (the learner's choice, after downloading it). */
export function removeBackup(storage: StorageLike, key: string): void {
  if (key.startsWith(BACKUP_KEY_PREFIX) || key === LEGACY_BACKUP_KEY) storage.removeItem(key);
}

/** A file name for downloading a backup: `.json` when its text is JSON, else `.txt`. */
export function backupFileName(backup: Backup): string {
  let json = true;
  try {
    JSON.parse(backup.text);
  } catch {
    json = false;
  }
  const when = backup.savedAt.slice(0, 16).replace('T', '-').replace(':', '') || 'unknown';
  const what = backup.lessonId ? backup.lessonId.replace(/[^\w-]+/g, '-') : 'record';
  return `学习记录备份-${when}-${what}.${json ? 'json' : 'txt'}`;
}
