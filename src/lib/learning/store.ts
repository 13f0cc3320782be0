import { decodeProgress } from './decode.ts';
import { learningMessages as msg } from './messages.ts';
import { APP_ID, PROGRESS_VERSION, STORAGE_KEY, emptyProgress, type Progress } from './progress-schema.ts';

export { exportProgress, importProgress, mergeProgress, type ImportResult } from './transfer.ts';

/** The part of the Web Storage API the store uses; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LoadResult {
  data: Progress;
  /** A zh-CN message to show when something was reset or cannot be saved; null when all is well. */
  notice: string | null;
  /** True when the stored record is newer than this code: it is shown but never written over. */
  readOnly: boolean;
}

export interface SaveResult {
  /** The record reached storage. When false it is kept in memory for this page. */
  saved: boolean;
  notice: string | null;
}

export interface ProgressStore {
  load(): LoadResult;
  save(data: Progress): SaveResult;
  readonly readOnly: boolean;
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

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chrome and Safari name it QuotaExceededError (legacy code 22); old Firefox NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** The version of a stored text when it is our record from a newer version, else null. */
function newerVersion(raw: string | null): number | null {
  if (raw === null) return null;
  try {
    const decoded = decodeProgress(JSON.parse(raw));
    return decoded.kind === 'newer' ? decoded.version : null;
  } catch {
    return null;
  }
}

/**
 * Loads and saves the learning record. Never throws: when storage cannot be
 * read or written the record lives in memory for the page, and the result
 * carries a zh-CN notice saying so.
 */
export function createProgressStore(
  storage: StorageLike | null,
  options: { key?: string; now?: () => Date } = {},
): ProgressStore {
  const key = options.key ?? STORAGE_KEY;
  const now = options.now ?? (() => new Date());
  const backupKey = `${key}.backup`;
  let memory: Progress | null = null;
  let unsaved: string | null = null;
  /** Version of a newer record found in storage; the store is read-only once set. */
  let newer: number | null = null;

  const backup = (raw: string): string | null => {
    try {
      storage?.setItem(backupKey, raw);
      return backupKey;
    } catch {
      return null;
    }
  };

  function load(): LoadResult {
    if (unsaved && memory) return { data: memory, notice: unsaved, readOnly: false };
    newer = null;
    let raw: string | null;
    try {
      if (!storage) throw new Error('no storage');
      raw = storage.getItem(key);
    } catch {
      return { data: memory ?? emptyProgress(), notice: msg.unreadable, readOnly: false };
    }
    if (raw === null) return { data: memory ?? emptyProgress(), notice: null, readOnly: false };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { data: emptyProgress(), notice: msg.corrupt(backup(raw)), readOnly: false };
    }
    const decoded = decodeProgress(parsed, now());
    switch (decoded.kind) {
      case 'foreign':
        return { data: emptyProgress(), notice: msg.foreign(backup(raw)), readOnly: false };
      case 'newer':
        newer = decoded.version;
        return { data: decoded.data, notice: msg.newer(newer, PROGRESS_VERSION), readOnly: true };
      case 'ok':
        return {
          data: decoded.data,
          notice: decoded.dropped > 0 ? msg.partial(decoded.dropped) : null,
          readOnly: false,
        };
    }
  }

  function save(data: Progress): SaveResult {
    memory = data;
    if (newer !== null) return { saved: false, notice: msg.newer(newer, PROGRESS_VERSION) };
    try {
      if (!storage) throw new Error('no storage');
      // Another tab may run a newer version of the site: never write over its record.
      newer = newerVersion(storage.getItem(key));
      if (newer !== null) return { saved: false, notice: msg.newer(newer, PROGRESS_VERSION) };
      storage.setItem(key, JSON.stringify({ ...data, app: APP_ID, version: PROGRESS_VERSION }));
      unsaved = null;
      return { saved: true, notice: null };
    } catch (error) {
      unsaved = isQuotaError(error) ? msg.quotaExceeded : msg.saveDenied;
      return { saved: false, notice: unsaved };
    }
  }

  return {
    load,
    save,
    get readOnly() {
      return newer !== null;
    },
  };
}
