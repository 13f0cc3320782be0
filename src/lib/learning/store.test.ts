import { describe, expect, it } from 'vitest';
import { APP_ID, STORAGE_KEY, emptyProgress, type Progress } from './progress-schema.ts';
import { browserStorage, createProgressStore, type StorageLike } from './store.ts';

/** An in-memory Storage whose methods can be made to throw. */
function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const faults: { get?: Error; set?: Error } = {};
  const storage: StorageLike = {
    getItem(key) {
      if (faults.get) throw faults.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (faults.set) throw faults.set;
      items.set(key, value);
    },
  };
  return { storage, items, faults };
}

const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });

function sampleProgress(): Progress {
  const data = emptyProgress();
  data.lessons['union-basics/elections'] = { intervals: [[0, 120]], lastPosition: 120, completedAt: '2024-04-28' };
  return data;
}

describe('load', () => {
  it('starts empty and silent when nothing is stored', () => {
    const { storage } = fakeStorage();
    expect(createProgressStore(storage).load()).toEqual({ data: emptyProgress(), notice: null, readOnly: false });
  });

  it('reads back what it saved', () => {
    const { storage } = fakeStorage();
    const store = createProgressStore(storage);
    expect(store.save(sampleProgress())).toEqual({ saved: true, notice: null });
    expect(createProgressStore(storage).load()).toEqual({ data: sampleProgress(), notice: null, readOnly: false });
  });

  it('migrates a version 1 record without a notice', () => {
    const v1 = { version: 1, lessons: { 'law/a': { watched: 60, done: false } } };
    const { storage } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(v1) });
    const { data, notice } = createProgressStore(storage).load();
    expect(notice).toBeNull();
    expect(data.lessons['law/a']).toEqual({ intervals: [[0, 60]], lastPosition: 60 });
  });

  it('resets corrupt JSON, keeps a backup and says so', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: '{"app":"zgzj-learning",' });
    const { data, notice } = createProgressStore(storage).load();
    expect(data).toEqual(emptyProgress());
    expect(notice).toContain('已损坏');
    expect(notice).toContain(`${STORAGE_KEY}.backup`);
    expect(items.get(`${STORAGE_KEY}.backup`)).toBe('{"app":"zgzj-learning",');
  });

  it.each([
    ['another app’s object', { user: 'zhang', theme: 'dark' }],
    ['an array', [1, 2]],
    ['null', null],
  ])('resets %s as foreign data', (_name, value) => {
    const { storage } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(value) });
    const { data, notice, readOnly } = createProgressStore(storage).load();
    expect(data).toEqual(emptyProgress());
    expect(notice).toContain('不是本站的学习记录');
    expect(readOnly).toBe(false);
  });

  it('says when storage cannot be read at all', () => {
    const { storage, faults } = fakeStorage();
    faults.get = domError('SecurityError', 18);
    const { data, notice } = createProgressStore(storage).load();
    expect(data).toEqual(emptyProgress());
    expect(notice).toContain('无法读取浏览器的本地存储');
    expect(createProgressStore(null).load().notice).toContain('无法读取');
  });
});

describe('a newer stored version', () => {
  const newer = JSON.stringify({
    app: APP_ID,
    version: 3,
    lessons: { 'law/a': { intervals: [[0, 50]], lastPosition: 50 } },
    sync: { id: 1 },
  });

  it('is shown read-only and never written over', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: newer });
    const store = createProgressStore(storage);
    const loaded = store.load();
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toContain('更新版本');
    expect(loaded.notice).toContain('第 3 版');
    expect(loaded.data.lessons['law/a']?.intervals).toEqual([[0, 50]]);
    const saved = store.save(sampleProgress());
    expect(saved.saved).toBe(false);
    expect(saved.notice).toContain('不保存新的学习进度');
    expect(items.get(STORAGE_KEY)).toBe(newer);
  });

  it('written by another tab after loading is not overwritten either', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(storage);
    store.load();
    items.set(STORAGE_KEY, newer);
    expect(store.save(sampleProgress()).saved).toBe(false);
    expect(store.readOnly).toBe(true);
    expect(items.get(STORAGE_KEY)).toBe(newer);
  });
});

describe('save', () => {
  it.each([
    ['QuotaExceededError', domError('QuotaExceededError', 22), '存储空间已满'],
    ['Firefox quota error', domError('NS_ERROR_DOM_QUOTA_REACHED', 1014), '存储空间已满'],
    ['SecurityError (storage disabled)', domError('SecurityError', 18), '不允许本站保存数据'],
    ['a plain error', new Error('private mode'), '不允许本站保存数据'],
  ])('survives %s, says so and keeps the record in memory', (_name, error, message) => {
    const { storage, faults } = fakeStorage();
    faults.set = error;
    const store = createProgressStore(storage);
    const result = store.save(sampleProgress());
    expect(result.saved).toBe(false);
    expect(result.notice).toContain(message);
    const reloaded = store.load();
    expect(reloaded.data).toEqual(sampleProgress());
    expect(reloaded.notice).toContain(message);
  });

  it('never throws when both reading and writing throw', () => {
    const { storage, faults } = fakeStorage();
    faults.get = domError('SecurityError', 18);
    faults.set = domError('SecurityError', 18);
    const store = createProgressStore(storage);
    expect(() => store.load()).not.toThrow();
    expect(store.save(sampleProgress()).saved).toBe(false);
    expect(store.load().data).toEqual(sampleProgress());
  });

  it('recovers when storage works again', () => {
    const { storage, faults } = fakeStorage();
    const store = createProgressStore(storage);
    faults.set = domError('QuotaExceededError', 22);
    store.save(sampleProgress());
    delete faults.set;
    expect(store.save(sampleProgress())).toEqual({ saved: true, notice: null });
    expect(store.load().notice).toBeNull();
  });

  it('overwrites foreign data only after backing it up', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: '"hello"' });
    const store = createProgressStore(storage);
    store.load();
    store.save(sampleProgress());
    expect(items.get(`${STORAGE_KEY}.backup`)).toBe('"hello"');
    expect(JSON.parse(items.get(STORAGE_KEY) ?? '')).toMatchObject({ app: APP_ID, version: 2 });
  });
});

describe('browserStorage', () => {
  it('returns null instead of throwing when localStorage cannot be reached', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw domError('SecurityError', 18);
      },
    });
    try {
      expect(browserStorage()).toBeNull();
    } finally {
      if (descriptor) Object.defineProperty(globalThis, 'localStorage', descriptor);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
