import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from './progress-schema.ts';
import {
  DEFAULT_RULES,
  lessonCredit,
  requiredHours,
  rulesFromTraining,
  videoCredit,
  yearSummary,
  type CatalogLesson,
} from './study-hours.ts';

const min = (m: number) => m * 60;

describe('videoCredit (default bands)', () => {
  it.each([
    [min(90), 1],
    [min(30), 1],
    [min(30) - 1, 0.5],
    [min(15) + 1, 0.5],
    [min(15), 0.25],
    [min(3), 0.25],
    [1, 0.25],
  ])('a video of %d s earns %d hours', (seconds, hours) => {
    expect(videoCredit(seconds)).toBe(hours);
  });
});

describe('lessonCredit', () => {
  it.each([
    [min(45), false, 1],
    [min(45), true, 1.5],
    [min(20), true, 1],
    [min(10), true, 0.75],
    [min(10), false, 0.25],
  ])('%d s, quiz passed %s: %d hours', (duration, quizPassed, hours) => {
    expect(lessonCredit({ duration, quizPassed })).toBe(hours);
  });

  it('follows configured bands', () => {
    const perHour = { ...DEFAULT_RULES, videoBands: [{ atLeastMinutes: 45, hours: 1 }], quizPassedHours: 0 };
    expect(lessonCredit({ duration: min(45), quizPassed: true }, perHour)).toBe(1);
    expect(lessonCredit({ duration: min(44) }, perHour)).toBe(0);
  });
});

describe('required hours', () => {
  it('are 7 days (art. 6) at 8 hours a day by default', () => {
    expect(requiredHours()).toBe(56);
  });

  it('follow the site configuration', () => {
    expect(requiredHours(rulesFromTraining({ daysPerYear: 12, hoursPerDay: 7.5 }))).toBe(90);
  });
});

describe('yearSummary', () => {
  const catalog: CatalogLesson[] = [
    { id: 'law/contracts', title: '劳动合同法要点', topic: 'law', duration: min(40) },
    { id: 'law/disputes', title: '劳动争议调解', topic: 'law', duration: min(20) },
    { id: 'safety/ppe', title: '个体防护装备', topic: 'safety-health', duration: min(12) },
    { id: 'counselling/stress', title: '职工心理疏导', topic: 'counselling', duration: min(35) },
  ];
  const quiz = { passed: true, score: 1, at: '2024-03-01T10:00:00+08:00' };
  const progress: Progress = {
    ...emptyProgress(),
    lessons: {
      'law/contracts': { intervals: [[0, min(40)]], lastPosition: 0, completedAt: '2024-03-01', quiz },
      'law/disputes': { intervals: [[0, min(20)]], lastPosition: 0, completedAt: '2024-12-31' },
      'safety/ppe': { intervals: [[0, min(12)]], lastPosition: 0, completedAt: '2023-12-31' },
      'counselling/stress': { intervals: [[0, 60]], lastPosition: 60 },
      'removed/lesson': { intervals: [[0, 600]], lastPosition: 0, completedAt: '2024-05-05' },
    },
  };

  it('counts each lesson in the year it was completed', () => {
    const summary = yearSummary(progress, catalog, 2024);
    expect(summary.hours).toBe(2);
    expect(summary.requiredHours).toBe(56);
    expect(summary.remaining).toBe(54);
    expect(summary.days).toBe(0.25);
    expect(summary.byTopic).toEqual({
      law: 2,
      'labour-relations': 0,
      'safety-health': 0,
      counselling: 0,
      'union-business': 0,
    });
    expect(summary.completed).toEqual([
      { lessonId: 'law/contracts', title: '劳动合同法要点', topic: 'law', date: '2024-03-01', hours: 1.5 },
      { lessonId: 'law/disputes', title: '劳动争议调解', topic: 'law', date: '2024-12-31', hours: 0.5 },
    ]);
    expect(yearSummary(progress, catalog, 2023).completed.map((c) => c.lessonId)).toEqual(['safety/ppe']);
  });

  it('reports nothing remaining once the minimum is reached', () => {
    const summary = yearSummary(progress, catalog, 2024, { ...DEFAULT_RULES, daysPerYear: 1, hoursPerDay: 1 });
    expect(summary.remaining).toBe(0);
    expect(summary.days).toBe(2);
  });
});
