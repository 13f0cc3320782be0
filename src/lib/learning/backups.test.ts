import { describe, expect, it } from 'vitest';
import { backupFileName, keepAside, listBackups, removeBackup } from './backups.ts';
import { BACKUP_KEY_PREFIX, LEGACY_BACKUP_KEY } from './progress-schema.ts';
import { memoryStorage } from './storage.ts';

const june = (day: number, hour = 9) => new Date(2024, 5, day, hour, 30);

describe('backups of damaged entries', () => {
  it('are dated, listed newest first, and the same damage is kept once', () => {
    const storage = memoryStorage();
    const first = keepAside(storage, { lessonId: 'law/a', reason: 'damaged', text: '{"x' }, june(1));
    keepAside(storage, { lessonId: null, reason: 'foreign', text: '"hello"' }, june(2));
    expect(keepAside(storage, { lessonId: 'law/a', reason: 'damaged', text: '{"x' }, june(3))).toBe(first);
    expect(listBackups(storage).map((b) => [b.savedAt.slice(0, 16), b.lessonId, b.reason, b.text])).toEqual([
      ['2024-06-02T09:30', null, 'foreign', '"hello"'],
      ['2024-06-01T09:30', 'law/a', 'damaged', '{"x'],
    ]);
  });

  it('gives two damages found in the same millisecond keys of their own', () => {
    const storage = memoryStorage();
    const a = keepAside(storage, { lessonId: 'law/a', reason: 'damaged', text: '1' }, june(1));
    const b = keepAside(storage, { lessonId: 'law/a', reason: 'damaged', text: '2' }, june(1));
    expect(a).not.toBe(b);
    expect(listBackups(storage)).toHaveLength(2);
  });

  it('list the single backup of versions 1-2 and a backup entry that is itself unreadable', () => {
    const storage = memoryStorage();
    storage.setItem(LEGACY_BACKUP_KEY, '{"version":2,');
    storage.setItem(`${BACKUP_KEY_PREFIX}zz:law/a`, 'not json');
    expect(listBackups(storage).map((b) => [b.key, b.text, b.savedAt])).toEqual([
      [LEGACY_BACKUP_KEY, '{"version":2,', ''],
      [`${BACKUP_KEY_PREFIX}zz:law/a`, 'not json', ''],
    ]);
    removeBackup(storage, LEGACY_BACKUP_KEY);
    removeBackup(storage, 'zgzj.learning');
    expect(listBackups(storage)).toHaveLength(1);
  });

  it('return null instead of throwing when storage is full', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    expect(keepAside(storage, { lessonId: 'a/b', reason: 'damaged', text: 'x' }, june(1))).toBeNull();
  });

  it('download as .json when their text is JSON, else as .txt', () => {
    const base = { app: 'zgzj-learning', kind: 'backup', key: 'k', reason: 'damaged' } as const;
    expect(backupFileName({ ...base, savedAt: '2024-06-01T09:30:00+08:00', lessonId: 'law/a', text: '{}' })).toBe(
      '学习记录备份-2024-06-01-0930-law-a.json',
    );
    expect(backupFileName({ ...base, savedAt: '', lessonId: null, text: '{' })).toBe('学习记录备份-unknown-record.txt');
  });
});
