import { describe, expect, it } from 'vitest';
import { listBackups } from './backups.ts';
import { withCompletion } from './lesson-record.ts';
import {
  APP_ID,
  BACKUP_KEY_PREFIX,
  PROGRESS_VERSION,
  STORAGE_KEY,
  emptyProgress,
  lessonKey,
  type LessonProgress,
  type Progress,
} from './progress-schema.ts';
import { browserStorage, createProgressStore, isLearningKey, type StorageLike } from './store.ts';

/** An in-memory Storage whose methods can be made to throw. */
function fakeStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const items = new Map(Object.entries(initial));
  const faults: { get?: Error; set?: Error } = {};
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage: StorageLike = {
    getItem(key) {
      if (faults.get) throw faults.get;
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (faults.set) throw faults.set;
      // Like browsers: the whole origin has a fixed quota; a write that would pass it fails.
      if (used() - (items.get(key)?.length ?? -key.length) + value.length > quota)
        throw domError('QuotaExceededError', 22);
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
  return { storage, items, faults };
}

const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });
const at = (day: string) => `${day}T10:00:00+08:00`;
const lessonA = 'union-basics/elections';
const lessonB = 'law/contracts';
const done: LessonProgress = { intervals: [[0, 120]], lastPosition: 120, completedAt: '2024-04-28' };
const head = JSON.stringify({ app: APP_ID, version: PROGRESS_VERSION, settings: {} });
const backupTexts = (storage: StorageLike) => listBackups(storage).map((b) => [b.lessonId, b.text]);

describe('lessons, one key each', () => {
  it('starts empty and silent when nothing is stored', () => {
    const store = createProgressStore(fakeStorage().storage);
    expect(store.all()).toEqual(emptyProgress());
    expect(store.notices()).toEqual([]);
    expect(store.readOnly).toBe(false);
  });

  it('writes only the saved lesson and a small head', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(storage);
    expect(store.saveLesson(lessonA, done)).toMatchObject({ saved: true, notice: null, lesson: done });
    expect([...items.keys()].sort()).toEqual([STORAGE_KEY, lessonKey(lessonA)]);
    expect(JSON.parse(items.get(STORAGE_KEY)!)).toMatchObject({ app: APP_ID, version: 3 });
    expect(createProgressStore(storage).lesson(lessonA)).toEqual(done);
  });

  it('merges with what another tab stored since: union of spans, completion kept, best quiz', () => {
    const { storage } = fakeStorage();
    const tab1 = createProgressStore(storage);
    const tab2 = createProgressStore(storage);
    const quiz = { passed: true, score: 1, at: at('2024-05-01') };
    tab1.saveLesson(lessonA, { intervals: [[0, 50]], lastPosition: 50, completedAt: '2024-05-01', quiz });
    const result = tab2.saveLesson(lessonA, { intervals: [[40, 90]], lastPosition: 90, updatedAt: at('2024-05-02') });
    expect(result.lesson).toEqual({
      intervals: [[0, 90]],
      lastPosition: 90,
      completedAt: '2024-05-01',
      quiz,
      updatedAt: at('2024-05-02'),
    });
    expect(tab1.lesson(lessonA)).toEqual(result.lesson);
  });

  it('two tabs on two lessons keep both', () => {
    const { storage } = fakeStorage();
    const tab1 = createProgressStore(storage);
    const tab2 = createProgressStore(storage);
    tab1.saveLesson(lessonA, done);
    tab2.saveLesson(lessonB, { intervals: [[0, 5]], lastPosition: 5 });
    expect(Object.keys(createProgressStore(storage).all().lessons).sort()).toEqual([lessonB, lessonA]);
  });

  it('runs the completion rule on the merged lesson, so halves watched in two tabs complete it', () => {
    const { storage } = fakeStorage();
    createProgressStore(storage).saveLesson(lessonA, { intervals: [[0, 50]], lastPosition: 50 });
    const facts = { duration: 100, hasQuiz: false };
    const { lesson } = createProgressStore(storage).saveLesson(
      lessonA,
      { intervals: [[50, 100]], lastPosition: 100 },
      (merged) => withCompletion(merged, facts, new Date(2024, 4, 3)),
    );
    expect(lesson.completedAt).toBe('2024-05-03');
  });

  it('merges an import lesson by lesson', () => {
    const { storage } = fakeStorage({ [STORAGE_KEY]: head, [lessonKey(lessonA)]: JSON.stringify(done) });
    const incoming: Progress = {
      ...emptyProgress(),
      lessons: { [lessonA]: { intervals: [[100, 200]], lastPosition: 200 }, [lessonB]: done },
    };
    expect(createProgressStore(storage).mergeRecord(incoming)).toEqual({ saved: true, notice: null });
    const all = createProgressStore(storage).all();
    expect(all.lessons[lessonA]).toMatchObject({ intervals: [[0, 200]], completedAt: '2024-04-28' });
    expect(all.lessons[lessonB]).toEqual(done);
  });

  it('keeps the learner’s name in the head and never in lesson keys', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(storage);
    expect(store.setLearnerName('  张𠮷祥 ').saved).toBe(true);
    expect(createProgressStore(storage).learnerName()).toBe('张𠮷祥');
    expect(JSON.parse(items.get(STORAGE_KEY)!).learnerName).toBe('张𠮷祥');
    store.setLearnerName('');
    expect(createProgressStore(storage).learnerName()).toBe('');
  });

  it('tells which storage keys belong to the record', () => {
    expect([STORAGE_KEY, lessonKey('a/b'), `${BACKUP_KEY_PREFIX}x`, null].every(isLearningKey)).toBe(true);
    expect(isLearningKey('zgzj.mode')).toBe(false);
  });
});

describe('older versions', () => {
  it('splits a version 2 record into lesson keys, merging with lessons already split', () => {
    const v2 = { app: APP_ID, version: 2, lessons: { [lessonA]: done }, settings: { playbackRate: 1.5 } };
    const { storage, items } = fakeStorage({
      [STORAGE_KEY]: JSON.stringify(v2),
      [lessonKey(lessonA)]: JSON.stringify({ intervals: [[100, 300]], lastPosition: 300 }),
    });
    const store = createProgressStore(storage);
    expect(store.notices()).toEqual([]);
    expect(JSON.parse(items.get(STORAGE_KEY)!)).toEqual({
      app: APP_ID,
      version: 3,
      settings: { playbackRate: 1.5, captions: true, autoplayNext: false },
    });
    expect(store.lesson(lessonA)).toMatchObject({ intervals: [[0, 300]], completedAt: '2024-04-28' });
  });

  it('migrates a version 1 record', () => {
    const v1 = { version: 1, lessons: { 'law/a': { watched: 60, done: false } } };
    const { storage } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(v1) });
    expect(createProgressStore(storage).lesson('law/a')).toEqual({ intervals: [[0, 60]], lastPosition: 60 });
  });

  it('keeps the damaged lessons of a version 2 record aside and the good ones in place', () => {
    const v2 = { app: APP_ID, version: 2, lessons: { [lessonA]: done, [lessonB]: { intervals: 'x' } } };
    const { storage } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(v2) });
    const store = createProgressStore(storage);
    expect(Object.keys(store.all().lessons)).toEqual([lessonA]);
    expect(store.notices().join()).toContain('有 1 节课时的学习记录已损坏');
    expect(backupTexts(storage)).toEqual([[lessonB, '{"intervals":"x"}']]);
  });

  it('splits a record that fills most of the quota, freeing the old record’s space as it goes', () => {
    const many: Progress['lessons'] = {};
    for (let i = 0; i < 200; i++)
      many[`course/lesson-${i}`] = { intervals: [[i, i + 10]], lastPosition: i + 10, completedAt: '2024-04-28' };
    const v2 = JSON.stringify({ app: APP_ID, version: 2, lessons: { ...many, 'bad/one': 'x' }, settings: {} });
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: v2 }, Math.ceil(v2.length * 1.4));
    const store = createProgressStore(storage);
    expect(store.notices()).toEqual([expect.stringContaining('有 1 节课时的学习记录已损坏')]);
    expect(JSON.parse(items.get(STORAGE_KEY)!)).toMatchObject({ version: 3 });
    expect(store.all().lessons).toEqual(many);
    expect(backupTexts(storage)).toEqual([['bad/one', '"x"']]);
  });

  it('keeps the record readable when it cannot be split for lack of space', () => {
    const v2 = { app: APP_ID, version: 2, lessons: { [lessonA]: done } };
    const { storage, faults, items } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(v2) });
    faults.set = domError('QuotaExceededError', 22);
    const store = createProgressStore(storage);
    expect(store.lesson(lessonA)).toEqual(done);
    expect(store.notices().join()).toContain('存储空间已满');
    expect(JSON.parse(items.get(STORAGE_KEY)!).version).toBe(2);
  });
});

describe('damaged entries', () => {
  it('keeps a damaged lesson aside, dated, and reads the good ones', () => {
    const { storage, items } = fakeStorage({
      [STORAGE_KEY]: head,
      [lessonKey(lessonA)]: JSON.stringify(done),
      [lessonKey(lessonB)]: '{"intervals": [[0, 5]], "lastPos',
      [lessonKey('law/other')]: JSON.stringify({ intervals: [[9, 1]] }),
    });
    const store = createProgressStore(storage, { now: () => new Date(2024, 5, 1, 9, 30) });
    expect(Object.keys(store.all().lessons)).toEqual([lessonA]);
    expect(store.notices()).toEqual([expect.stringContaining('有 2 节课时的学习记录已损坏')]);
    expect(store.notices()[0]).toContain('原样另存为备份，没有删除');
    expect(items.has(lessonKey(lessonB))).toBe(false);
    const backups = store.backups();
    expect(backups.map((b) => [b.lessonId, b.text]).sort()).toEqual([
      [lessonB, '{"intervals": [[0, 5]], "lastPos'],
      ['law/other', '{"intervals":[[9,1]]}'],
    ]);
    expect(backups.every((b) => b.savedAt.startsWith('2024-06-01T09:30:00'))).toBe(true);
  });

  it('keeps every damage, not only the last, and the same damage once', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: head, [lessonKey(lessonA)]: 'x1' });
    let day = 1;
    const now = () => new Date(2024, 5, day);
    createProgressStore(storage, { now }).all();
    items.set(lessonKey(lessonA), 'x1');
    createProgressStore(storage, { now }).all();
    day = 2;
    items.set(lessonKey(lessonA), 'x2');
    createProgressStore(storage, { now }).all();
    items.set(STORAGE_KEY, '{"app":"zgzj-learning",');
    createProgressStore(storage, { now }).all();
    expect(backupTexts(storage).sort()).toEqual([
      [null, '{"app":"zgzj-learning",'],
      [lessonA, 'x1'],
      [lessonA, 'x2'],
    ]);
  });

  it('calls a damaged record of ours damaged, not foreign', () => {
    const { storage } = fakeStorage({ [STORAGE_KEY]: '{"app":"zgzj-learning","version":2,"lessons":{not json' });
    const notice = createProgressStore(storage).notices().join();
    expect(notice).toContain('已损坏');
    expect(notice).not.toContain('不是本站');
    expect(backupTexts(storage)).toEqual([[null, '{"app":"zgzj-learning","version":2,"lessons":{not json']]);
  });

  it.each([
    ['another app’s object', { user: 'zhang', theme: 'dark' }],
    ['an array', [1, 2]],
    ['null', null],
  ])('keeps %s aside as foreign data, then saves as usual', (_name, value) => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: JSON.stringify(value) });
    const store = createProgressStore(storage);
    expect(store.notices().join()).toContain('不是本站的学习记录');
    expect(store.readOnly).toBe(false);
    expect(store.backups()).toMatchObject([{ lessonId: null, reason: 'foreign', text: JSON.stringify(value) }]);
    expect(store.saveLesson(lessonA, done).saved).toBe(true);
    expect(JSON.parse(items.get(STORAGE_KEY)!)).toMatchObject({ app: APP_ID, version: 3 });
  });

  it('leaves a damaged entry in place when its copy cannot be written', () => {
    const { storage, items, faults } = fakeStorage({ [STORAGE_KEY]: head, [lessonKey(lessonA)]: 'oops' });
    faults.set = domError('QuotaExceededError', 22);
    const store = createProgressStore(storage);
    expect(store.lesson(lessonA)).toBeUndefined();
    expect(items.get(lessonKey(lessonA))).toBe('oops');
    expect(store.notices().join()).toContain('未能另存备份，原内容仍留在浏览器中');
  });

  it('lets the learner delete a backup', () => {
    const { storage } = fakeStorage({ [STORAGE_KEY]: head, [lessonKey(lessonA)]: 'oops' });
    const store = createProgressStore(storage);
    store.all();
    const [backup] = store.backups();
    store.removeBackup(backup!.key);
    expect(store.backups()).toEqual([]);
  });
});

describe('a newer stored version', () => {
  const newer = JSON.stringify({ app: APP_ID, version: 4, settings: {}, sync: { id: 1 } });
  const entry = JSON.stringify({ intervals: [[0, 50]], lastPosition: 50, note: '新字段' });

  it('is shown read-only and never written over', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: newer, [lessonKey(lessonA)]: entry });
    const store = createProgressStore(storage);
    expect(store.readOnly).toBe(true);
    expect(store.notices().join()).toContain('第 4 版');
    expect(store.lesson(lessonA)?.intervals).toEqual([[0, 50]]);
    const saved = store.saveLesson(lessonA, done);
    expect(saved.saved).toBe(false);
    expect(saved.notice).toContain('不保存新的学习进度');
    expect(items.get(STORAGE_KEY)).toBe(newer);
    expect(items.get(lessonKey(lessonA))).toBe(entry);
    expect(store.setLearnerName('王').saved).toBe(false);
  });

  it('never moves an entry it cannot read', () => {
    const { storage, items } = fakeStorage({ [STORAGE_KEY]: newer, [lessonKey(lessonA)]: '{"v4":true}' });
    createProgressStore(storage).all();
    expect(items.get(lessonKey(lessonA))).toBe('{"v4":true}');
    expect(listBackups(storage)).toEqual([]);
  });

  it('written by another tab after opening is not overwritten either', () => {
    const { storage, items } = fakeStorage();
    const store = createProgressStore(storage);
    items.set(STORAGE_KEY, newer);
    expect(store.saveLesson(lessonA, done).saved).toBe(false);
    expect(store.readOnly).toBe(true);
    expect(items.has(lessonKey(lessonA))).toBe(false);
  });
});

describe('storage that fails', () => {
  it.each([
    ['QuotaExceededError', domError('QuotaExceededError', 22), '存储空间已满'],
    ['Firefox quota error', domError('NS_ERROR_DOM_QUOTA_REACHED', 1014), '存储空间已满'],
    ['SecurityError (storage disabled)', domError('SecurityError', 18), '不允许本站保存数据'],
    ['a plain error', new Error('private mode'), '不允许本站保存数据'],
  ])('survives %s, says so and keeps the lesson in memory', (_name, error, message) => {
    const { storage, faults } = fakeStorage();
    faults.set = error;
    const store = createProgressStore(storage);
    const result = store.saveLesson(lessonA, done);
    expect(result.saved).toBe(false);
    expect(result.notice).toContain(message);
    expect(store.lesson(lessonA)).toEqual(done);
    expect(store.notices().join()).toContain(message);
  });

  it('lives in memory when storage cannot be read at all', () => {
    const { storage, faults } = fakeStorage();
    faults.get = domError('SecurityError', 18);
    faults.set = domError('SecurityError', 18);
    const store = createProgressStore(storage);
    expect(store.notices().join()).toContain('无法读取浏览器的本地存储');
    expect(store.saveLesson(lessonA, done)).toMatchObject({
      saved: false,
      notice: expect.stringContaining('只保存在当前页面中'),
    });
    expect(store.lesson(lessonA)).toEqual(done);
    expect(createProgressStore(null).notices().join()).toContain('无法读取');
  });

  it('recovers when storage works again', () => {
    const { storage, faults } = fakeStorage();
    const store = createProgressStore(storage);
    faults.set = domError('QuotaExceededError', 22);
    store.saveLesson(lessonA, done);
    delete faults.set;
    expect(store.saveLesson(lessonA, done)).toMatchObject({ saved: true, notice: null });
    expect(store.notices()).toEqual([]);
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
