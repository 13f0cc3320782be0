import { COURSE_TOPICS, type CourseTopic } from '../domain/vocab.ts';
import type { Progress } from './progress-schema.ts';

/**
 * Study hours (学时) from completed web lessons, against the yearly minimum of
 * art. 6: "基层工会干部每年参加各类学习培训累计一般不少于7天".
 *
 * The policy sets days, not hours, and no credit per lesson. The defaults
 * follow the common practice of cadre study platforms, e.g. the 学时计算标准
 * published by 云南省干部在线学习学院 (ynsgbzx.cn, 《学习学时制介绍》, 2024):
 * 30 minutes or more 1 hour, over 15 and under 30 minutes 0.5, 15 minutes or
 * less 0.25, a passed test 0.5. A day is taken as 8 hours (a working day);
 * 《干部教育培训工作条例》 (2023) equates 12 days with 90 hours, 7.5 a day.
 * site.yaml `training` sets the days and hours per day; learners read the
 * rule as this site's own (rule-text.ts), editors read where the defaults
 * come from in docs/editor-guide.md.
 */

/** A band of video length and the hours it earns; the first band that matches wins. */
export type DurationBand = { atLeastMinutes: number; hours: number } | { moreThanMinutes: number; hours: number };

export interface CreditRules {
  /** Bands, longest first; a video matching none earns nothing. */
  videoBands: readonly DurationBand[];
  /** Hours for a passed lesson quiz. */
  quizPassedHours: number;
  /** Study hours in one training day. */
  hoursPerDay: number;
  /** Training days required each year (art. 6: 7). */
  daysPerYear: number;
}

export const DEFAULT_RULES: CreditRules = {
  videoBands: [
    { atLeastMinutes: 30, hours: 1 },
    { moreThanMinutes: 15, hours: 0.5 },
    { atLeastMinutes: 0, hours: 0.25 },
  ],
  quizPassedHours: 0.5,
  hoursPerDay: 8,
  daysPerYear: 7,
};

/** Rules with the days and hours of the site configuration (site.yaml `training`). */
export function rulesFromTraining(
  training: { daysPerYear: number; hoursPerDay: number },
  base: CreditRules = DEFAULT_RULES,
): CreditRules {
  return { ...base, daysPerYear: training.daysPerYear, hoursPerDay: training.hoursPerDay };
}

/** Hours earned by watching a video of this length (seconds). */
export function videoCredit(durationSeconds: number, rules: CreditRules = DEFAULT_RULES): number {
  const band = rules.videoBands.find((b) =>
    'atLeastMinutes' in b ? durationSeconds >= b.atLeastMinutes * 60 : durationSeconds > b.moreThanMinutes * 60,
  );
  return band?.hours ?? 0;
}

/** Hours a completed lesson earns: its video band, plus the quiz credit when its quiz was passed. */
export function lessonCredit(
  lesson: { duration: number; quizPassed?: boolean },
  rules: CreditRules = DEFAULT_RULES,
): number {
  return videoCredit(lesson.duration, rules) + (lesson.quizPassed ? rules.quizPassedHours : 0);
}

/** Hours required in a year: the training days of art. 6 at the configured rate. */
export function requiredHours(rules: CreditRules = DEFAULT_RULES): number {
  return rules.daysPerYear * rules.hoursPerDay;
}

/** A lesson as the catalog of web courses lists it. */
export interface CatalogLesson {
  /** `course/lesson`, the key of the learning record. */
  id: string;
  title: string;
  /** The topic of the lesson's course (art. 6). */
  topic: CourseTopic;
  /** Length of the video in seconds. */
  duration: number;
}

export interface CompletedLesson {
  lessonId: string;
  title: string;
  topic: CourseTopic;
  /** Day of completion, `YYYY-MM-DD`. */
  date: string;
  hours: number;
}

export interface YearSummary {
  year: number;
  /** Hours earned from web lessons completed in the year. */
  hours: number;
  /** Hours required by art. 6 at the configured rate. */
  requiredHours: number;
  /** The earned hours as training days. */
  days: number;
  byTopic: Record<CourseTopic, number>;
  /** Lessons completed in the year, in order of completion. */
  completed: CompletedLesson[];
  /** Hours still missing to reach the minimum; 0 when reached. */
  remaining: number;
}

/**
 * A year's study hours. A lesson counts in the year it was completed, once,
 * whatever was watched later. Lessons no longer in the catalog are left out:
 * their length, and so their credit, is unknown.
 */
export function yearSummary(
  progress: Progress,
  catalog: readonly CatalogLesson[],
  year: number,
  rules: CreditRules = DEFAULT_RULES,
): YearSummary {
  const byTopic = Object.fromEntries(COURSE_TOPICS.map((t) => [t, 0])) as Record<CourseTopic, number>;
  const completed: CompletedLesson[] = [];
  for (const lesson of catalog) {
    const record = progress.lessons[lesson.id];
    const date = record?.completedAt;
    if (!record || date === undefined || Number(date.slice(0, 4)) !== year) continue;
    const hours = lessonCredit({ duration: lesson.duration, quizPassed: record.quiz?.passed ?? false }, rules);
    byTopic[lesson.topic] += hours;
    completed.push({ lessonId: lesson.id, title: lesson.title, topic: lesson.topic, date, hours });
  }
  completed.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'zh-CN'));
  const hours = completed.reduce((sum, c) => sum + c.hours, 0);
  const required = requiredHours(rules);
  return {
    year,
    hours,
    requiredHours: required,
    days: rules.hoursPerDay > 0 ? hours / rules.hoursPerDay : 0,
    byTopic,
    completed,
    remaining: Math.max(0, required - hours),
  };
}
