import './zod-jitless.ts';
import { browserStorage, createProgressStore, isLearningKey } from '../lib/learning/store.ts';
import { watchedFraction } from '../lib/learning/watched.ts';

/** Marks each lesson of a course page with the learner's progress from this browser, and keeps it current. */
export function showCourseProgress() {
  const store = createProgressStore(browserStorage());
  const show = () => {
    for (const li of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
      const record = store.lesson(li.dataset['lesson'] ?? '');
      const status = li.querySelector<HTMLElement>('.lesson-progress');
      if (!status) continue;
      status.textContent = !record
        ? ''
        : record.completedAt
          ? `已完成（${record.completedAt}）`
          : `已观看 ${Math.floor(watchedFraction(record.intervals, Number(li.dataset['duration'])) * 100)}%`;
      status.classList.toggle('done', Boolean(record?.completedAt));
    }
  };
  addEventListener('storage', (event) => isLearningKey(event.key) && show());
  show();
}
