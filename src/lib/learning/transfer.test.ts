import { describe, expect, it } from 'vitest';
import { APP_ID, emptyProgress, type Progress } from './progress-schema.ts';
import { exportProgress, importProgress } from './transfer.ts';

const at = (day: string) => `${day}T10:00:00+08:00`;

function progress(lessons: Progress['lessons']): Progress {
  return { ...emptyProgress(), lessons };
}

const mine = progress({
  'law/contracts': { intervals: [[0, 300]], lastPosition: 300, completedAt: '2024-05-02', updatedAt: at('2024-05-02') },
  'safety/ppe': { intervals: [[0, 60]], lastPosition: 60, updatedAt: at('2024-03-01') },
});

describe('exportProgress / importProgress', () => {
  it('round-trips a record', () => {
    const text = exportProgress(mine, new Date(2024, 5, 1, 9));
    const result = importProgress(text);
    expect(result).toMatchObject({ ok: true, imported: 2 });
    if (result.ok) expect(result.data).toEqual(mine);
  });

  it('writes a header with the app, its name, the version and the export time', () => {
    const file = JSON.parse(exportProgress(mine, new Date(2024, 5, 1, 9)));
    expect(file.header).toMatchObject({ app: APP_ID, name: '职工之家网上培训学习记录', version: 3 });
    expect(file.header.exportedAt).toMatch(/^2024-06-01T09:00:00[+-]\d{2}:\d{2}$/);
  });

  it('merges an import into the current record', () => {
    const other = progress({
      'law/contracts': {
        intervals: [[200, 600]],
        lastPosition: 590,
        completedAt: '2024-04-30',
        updatedAt: at('2024-06-01'),
      },
      'counselling/stress': { intervals: [[0, 30]], lastPosition: 30 },
    });
    const result = importProgress(exportProgress(other), mine);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notice).toBe('已导入 2 节课程的学习记录，并与本机记录合并。');
    expect(result.data.lessons['law/contracts']).toEqual({
      intervals: [[0, 600]],
      lastPosition: 590,
      completedAt: '2024-04-30',
      updatedAt: at('2024-06-01'),
    });
    expect(Object.keys(result.data.lessons).sort()).toEqual(['counselling/stress', 'law/contracts', 'safety/ppe']);
  });

  it('imports the good lessons of a file with a damaged one and says how many were left out', () => {
    const text = JSON.stringify({ app: APP_ID, version: 2, lessons: { 'a/b': { intervals: [[0, 9]] }, 'c/d': 7 } });
    const result = importProgress(text);
    expect(result).toMatchObject({ ok: true, imported: 1 });
    if (result.ok) expect(result.notice).toContain('另有 1 节课程的记录已损坏，未导入');
  });

  it('accepts a version 1 record copied from storage', () => {
    const v1 = JSON.stringify({
      version: 1,
      lessons: { 'law/contracts': { watched: 900, done: true } },
      savedAt: at('2023-11-11'),
    });
    const result = importProgress(v1, mine);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.data.lessons['law/contracts']).toMatchObject({ intervals: [[0, 900]], completedAt: '2023-11-11' });
  });

  it.each([
    ['text that is not JSON', '职工之家', '不是 JSON 格式'],
    ['another app’s file', JSON.stringify({ header: { app: 'other' }, data: [] }), '不是本站的学习记录'],
    ['an array', '[]', '不是本站的学习记录'],
    ['null', 'null', '不是本站的学习记录'],
    ['a newer export', JSON.stringify({ header: { app: APP_ID, version: 5 }, progress: {} }), '第 5 版'],
    ['a newer record', JSON.stringify({ app: APP_ID, version: 4, lessons: {} }), '第 4 版'],
    ['a record of ours with a broken body', JSON.stringify({ app: APP_ID, version: 3, lessons: [] }), '已损坏'],
  ])('refuses %s with a zh-CN error', (_name, text, message) => {
    const result = importProgress(text, mine);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
