import { describe, expect, it } from 'vitest';
import { recordQuiz, recordWatch, withLesson } from './lesson-record.ts';
import { emptyProgress } from './progress-schema.ts';

const noQuiz = { duration: 600, hasQuiz: false };
const withQuiz = { duration: 600, hasQuiz: true };
const day = (d: number, h = 10) => new Date(2024, 11, d, h);

describe('recordWatch', () => {
  it('merges spans, keeps the resume point and dates the first completion', () => {
    let lesson = recordWatch(undefined, { intervals: [[0, 300]], position: 300 }, noQuiz, day(30));
    expect(lesson.completedAt).toBeUndefined();
    expect(lesson.lastPosition).toBe(300);
    lesson = recordWatch(lesson, { intervals: [[250, 560]], position: 560 }, noQuiz, day(31, 23));
    expect(lesson.intervals).toEqual([[0, 560]]);
    expect(lesson.completedAt).toBe('2024-12-31');
    lesson = recordWatch(lesson, { intervals: [[560, 600]], position: 600 }, noQuiz, new Date(2025, 0, 2));
    expect(lesson.completedAt).toBe('2024-12-31');
  });

  it('waits for the quiz when the lesson has one', () => {
    const watched = recordWatch(undefined, { intervals: [[0, 600]], position: 600 }, withQuiz, day(1));
    expect(watched.completedAt).toBeUndefined();
    const failed = recordQuiz(watched, { score: 0.4, passMark: 0.6 }, withQuiz, day(2));
    expect(failed.completedAt).toBeUndefined();
    const passed = recordQuiz(failed, { score: 0.8, passMark: 0.6 }, withQuiz, day(3));
    expect(passed.quiz).toMatchObject({ passed: true, score: 0.8 });
    expect(passed.completedAt).toBe('2024-12-03');
  });
});

describe('recordQuiz', () => {
  it('keeps an earlier pass when a later attempt fails', () => {
    const passed = recordQuiz(undefined, { score: 1, passMark: 0.6 }, withQuiz, day(1));
    const retried = recordQuiz(passed, { score: 0.2, passMark: 0.6 }, withQuiz, day(2));
    expect(retried.quiz).toEqual(passed.quiz);
  });
});

describe('withLesson', () => {
  it('replaces one lesson without touching the input', () => {
    const before = emptyProgress();
    const after = withLesson(before, 'law/a', { intervals: [], lastPosition: 5 });
    expect(before.lessons).toEqual({});
    expect(after.lessons['law/a']?.lastPosition).toBe(5);
  });
});
