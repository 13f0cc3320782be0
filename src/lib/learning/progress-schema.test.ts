import { describe, expect, it } from 'vitest';
import { decodeHead, decodeProgress, migrateV1 } from './decode.ts';
import { APP_ID, emptyProgress, localIsoDate, localIsoDateTime, progressSchema } from './progress-schema.ts';

const lawLesson = 'labour-law-basics/contracts';

describe('progressSchema', () => {
  it('fills defaults for a minimal record', () => {
    expect(progressSchema.parse({ app: APP_ID, version: 3 })).toEqual(emptyProgress());
    expect(emptyProgress().settings).toEqual({ playbackRate: 1, captions: true, autoplayNext: false });
  });

  it.each([
    ['a span ending before it starts', { intervals: [[10, 5]] }],
    ['a negative position', { lastPosition: -1 }],
    ['a day that does not exist', { completedAt: '2024-02-30' }],
    ['a quiz time without offset', { quiz: { passed: true, score: 1, at: '2024-05-01 09:30' } }],
  ])('rejects %s', (_name, lesson) => {
    const result = progressSchema.safeParse({ app: APP_ID, version: 3, lessons: { [lawLesson]: lesson } });
    expect(result.success).toBe(false);
  });
});

describe('migrateV1', () => {
  const v1 = {
    version: 1,
    lessons: {
      [lawLesson]: { watched: 1500, done: true, position: 1490 },
      'safety/ppe': { watched: 120, done: false },
      'safety/fire': { watched: 0, done: false },
    },
    savedAt: '2023-12-31T23:10:00+08:00',
  };

  it('turns the furthest point into a watched span and the save day into the completion day', () => {
    const decoded = decodeProgress(v1, new Date(2025, 0, 5));
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.migratedFrom).toBe(1);
    expect(decoded.data.lessons).toEqual({
      [lawLesson]: { intervals: [[0, 1500]], lastPosition: 1490, completedAt: '2023-12-31' },
      'safety/ppe': { intervals: [[0, 120]], lastPosition: 120 },
      'safety/fire': { intervals: [], lastPosition: 0 },
    });
    expect(progressSchema.parse(decoded.data)).toEqual(decoded.data);
  });

  it('uses the day of the migration when version 1 kept no save time', () => {
    const { savedAt: _dropped, ...noDate } = v1;
    const data = migrateV1(noDate as never, new Date(2025, 0, 5, 8));
    expect(data.lessons[lawLesson]?.completedAt).toBe('2025-01-05');
  });
});

describe('decodeProgress', () => {
  it('keeps a current record and drops only its damaged lessons', () => {
    const raw = {
      app: APP_ID,
      version: 2,
      lessons: { [lawLesson]: { intervals: [[0, 30]], lastPosition: 30 }, 'bad/one': { intervals: 'x' } },
    };
    const decoded = decodeProgress(raw);
    expect(decoded).toMatchObject({
      kind: 'ok',
      migratedFrom: null,
      damaged: [{ lessonId: 'bad/one', value: { intervals: 'x' } }],
    });
    if (decoded.kind === 'ok') expect(Object.keys(decoded.data.lessons)).toEqual([lawLesson]);
  });

  it('reads a newer record as far as it can', () => {
    const raw = {
      app: APP_ID,
      version: 4,
      lessons: { [lawLesson]: { intervals: [[0, 9]], lastPosition: 9, notes: '新字段' } },
      cloud: {},
    };
    const decoded = decodeProgress(raw);
    expect(decoded.kind).toBe('newer');
    if (decoded.kind === 'newer') {
      expect(decoded.version).toBe(4);
      expect(decoded.data.lessons[lawLesson]?.intervals).toEqual([[0, 9]]);
    }
  });

  it.each([
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a string', '进度'],
    ['another app’s object', { theme: 'dark', version: 4 }],
    ['another app’s versioned state', { version: 2, lessons: { a: 1 } }],
  ])('calls %s foreign', (_name, raw) => {
    expect(decodeProgress(raw).kind).toBe('foreign');
  });

  it.each([
    ['a broken body', { app: APP_ID, version: 2, lessons: [] }],
    ['lessons that are not an object', { app: APP_ID, version: 3, lessons: 'x' }],
  ])('calls our marker with %s damaged, not foreign', (_name, raw) => {
    expect(decodeProgress(raw).kind).toBe('damaged');
  });
});

describe('decodeHead', () => {
  it('reads a version 3 head with its settings and the learner’s name', () => {
    const raw = { app: APP_ID, version: 3, settings: { playbackRate: 2 }, learnerName: '李䶮' };
    expect(decodeHead(raw)).toEqual({
      kind: 'head',
      head: {
        app: APP_ID,
        version: 3,
        settings: { playbackRate: 2, captions: true, autoplayNext: false },
        learnerName: '李䶮',
      },
    });
  });

  it('falls back to default settings when they are damaged', () => {
    const decoded = decodeHead({ app: APP_ID, version: 3, settings: { playbackRate: 'fast' } });
    expect(decoded.kind === 'head' && decoded.head.settings.playbackRate).toBe(1);
  });

  it('asks for a version 2 record to be split into lesson keys', () => {
    const decoded = decodeHead({ app: APP_ID, version: 2, lessons: { [lawLesson]: { intervals: [] } } });
    expect(decoded.kind).toBe('record');
  });
});

describe('local dates', () => {
  it('use the cadre’s own calendar day', () => {
    const lateNight = new Date(2024, 11, 31, 23, 59, 30);
    expect(localIsoDate(lateNight)).toBe('2024-12-31');
    const stamp = localIsoDateTime(lateNight);
    expect(stamp.startsWith('2024-12-31T23:59:30')).toBe(true);
    expect(Date.parse(stamp)).toBe(lateNight.getTime());
  });
});
