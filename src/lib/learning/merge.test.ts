import { describe, expect, it } from 'vitest';
import { mergeLesson, mergeProgress } from './merge.ts';
import { emptyProgress, type LessonProgress, type Progress } from './progress-schema.ts';

const at = (day: string) => `${day}T10:00:00+08:00`;

describe('mergeLesson', () => {
  it('keeps a pass over a fail and the higher score', () => {
    const fail = { intervals: [], lastPosition: 0, quiz: { passed: false, score: 0.9, at: at('2024-01-01') } };
    const pass = { intervals: [], lastPosition: 0, quiz: { passed: true, score: 0.6, at: at('2024-02-01') } };
    const better = { intervals: [], lastPosition: 0, quiz: { passed: true, score: 0.8, at: at('2024-03-01') } };
    expect(mergeLesson(fail, pass).quiz).toEqual(pass.quiz);
    expect(mergeLesson(pass, better).quiz).toEqual(better.quiz);
  });

  it('is symmetric in what was watched and when it was completed', () => {
    const a = { intervals: [[0, 10]] as [number, number][], lastPosition: 10, completedAt: '2024-09-01' };
    const b = { intervals: [[5, 20]] as [number, number][], lastPosition: 20 };
    for (const merged of [mergeLesson(a, b), mergeLesson(b, a)]) {
      expect(merged.intervals).toEqual([[0, 20]]);
      expect(merged.completedAt).toBe('2024-09-01');
    }
  });

  it('keeps the settings of the current record', () => {
    const current: Progress = { ...emptyProgress(), settings: { ...emptyProgress().settings, playbackRate: 1.5 } };
    expect(mergeProgress(current, emptyProgress()).settings.playbackRate).toBe(1.5);
  });

  it('gives the same lesson in any order and when repeated', () => {
    const a: LessonProgress = { intervals: [[0, 10]], lastPosition: 10, updatedAt: at('2024-01-01') };
    const b: LessonProgress = {
      intervals: [[30, 40]],
      lastPosition: 40,
      quiz: { passed: false, score: 0.4, at: at('2024-01-02') },
      updatedAt: at('2024-01-02'),
    };
    const c: LessonProgress = { intervals: [[5, 35]], lastPosition: 35, completedAt: '2024-01-03' };
    const abc = mergeLesson(mergeLesson(a, b), c);
    expect(mergeLesson(c, mergeLesson(b, a))).toEqual(abc);
    expect(mergeLesson(abc, abc)).toEqual(abc);
    expect(abc).toMatchObject({ intervals: [[0, 40]], lastPosition: 40, completedAt: '2024-01-03' });
  });
});
