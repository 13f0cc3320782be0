import { BACKUP_KEY_PREFIX, LEGACY_BACKUP_KEY, LESSON_KEY_PREFIX, STORAGE_KEY } from './progress-schema.ts';

/** The part of the Web Storage API the learning record uses; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * `window.localStorage`, or null where reading the property itself throws
 * (SecurityError when site data is blocked) or there is no such storage.
 */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A Storage kept in memory, for a page whose browser storage cannot be used. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chrome and Safari name it QuotaExceededError (legacy code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Every key of the storage that starts with `prefix`. */
export function keysWithPrefix(storage: StorageLike, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * Whether a change to `key` (from a `storage` event; null when the storage
 * was cleared) concerns the learning record, so that an open page refreshes.
 */
export function isLearningKey(key: string | null): boolean {
  return (
    key === null ||
    key === STORAGE_KEY ||
    key === LEGACY_BACKUP_KEY ||
    key.startsWith(LESSON_KEY_PREFIX) ||
    key.startsWith(BACKUP_KEY_PREFIX)
  );
}
