import './zod-jitless.ts';
import { browserStorage, createProgressStore } from '../lib/learning/store.ts';
import { watchedFraction } from '../lib/learning/watched.ts';

/** Marks each lesson of a course page with the learner's progress from this browser. */
export function showCourseProgress() {
  const { data } = createProgressStore(browserStorage()).load();
  for (const li of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
    const record = data.lessons[li.dataset['lesson'] ?? ''];
    const status = li.querySelector<HTMLElement>('.lesson-progress');
    if (!status || !record) continue;
    status.textContent = record.completedAt
      ? `已完成（${record.completedAt}）`
      : `已观看 ${Math.floor(watchedFraction(record.intervals, Number(li.dataset['duration'])) * 100)}%`;
    status.classList.toggle('done', Boolean(record.completedAt));
  }
}
