import './zod-jitless.ts';
import { recordQuiz, recordWatch, withLesson, type LessonFacts } from '../lib/learning/lesson-record.ts';
import { browserStorage, createProgressStore } from '../lib/learning/store.ts';
import { createWatchTracker } from '../lib/learning/watch-tracker.ts';
import { COMPLETION_SHARE, watchedFraction } from '../lib/learning/watched.ts';
import { createPlayer } from './player.ts';

// A lesson page: the player, watched-time accounting, resume, and the quiz.

const SAVE_EVERY_MS = 5000;

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function startLesson() {
  const root = document.querySelector<HTMLElement>('#lesson');
  const video = document.querySelector<HTMLVideoElement>('#lesson-video');
  const status = document.querySelector<HTMLElement>('#lesson-status');
  if (!root || !video || !status) return;
  const id = root.dataset['lesson'] ?? '';
  const facts: LessonFacts = {
    duration: Number(root.dataset['duration']),
    hasQuiz: root.dataset['hasQuiz'] === 'true',
  };
  const chapters = JSON.parse(root.dataset['chapters'] ?? '[]') as { time: number; title: string }[];

  const store = createProgressStore(browserStorage());
  const loaded = store.load();
  let data = loaded.data;
  const notices: string[] = loaded.notice ? [loaded.notice] : [];
  const saved = data.lessons[id];
  const tracker = createWatchTracker(facts.duration, saved?.intervals ?? [], { position: saved?.lastPosition ?? 0 });
  let resumedFrom: number | null = null;

  function show() {
    const lesson = data.lessons[id];
    const percent = Math.floor(watchedFraction(lesson?.intervals ?? tracker.intervals, facts.duration) * 100);
    const parts = lesson?.completedAt
      ? [`本课时已完成（${lesson.completedAt}）。`]
      : [
          `已观看 ${percent}%（完成需 ${COMPLETION_SHARE * 100}%）${facts.hasQuiz ? (lesson?.quiz?.passed ? '，测验已通过' : '，还需通过测验') : ''}。`,
        ];
    if (resumedFrom !== null) parts.push(`已从上次观看的 ${clock(resumedFrom)} 处继续。`);
    status!.textContent = [...parts, ...notices].join(' ');
  }

  function save() {
    if (store.readOnly) return;
    data = withLesson(
      data,
      id,
      recordWatch(data.lessons[id], { intervals: tracker.intervals, position: tracker.position }, facts),
    );
    const result = store.save(data);
    if (result.notice && !notices.includes(result.notice)) notices.push(result.notice);
    show();
  }

  const player = createPlayer(video, chapters);
  const tick = (seeking = false) =>
    tracker.tick(player.currentTime() ?? 0, {
      playing: !player.paused() && !player.ended(),
      seeking: seeking || player.seeking(),
    });
  let lastSave = Date.now();
  player.on('timeupdate', () => {
    tick();
    if (Date.now() - lastSave > SAVE_EVERY_MS) {
      lastSave = Date.now();
      save();
    }
  });
  player.on('seeking', () => tick(true));
  for (const event of ['pause', 'ended']) player.on(event, () => (tick(), save()));
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());
  player.one('loadedmetadata', () => {
    const at = saved?.lastPosition ?? 0;
    if (at > 1 && at < facts.duration - 3) {
      player.currentTime(at);
      resumedFrom = at;
      tracker.tick(at, { playing: false, seeking: true });
      show();
    }
  });

  for (const li of document.querySelectorAll<HTMLLIElement>('#chapter-list li[data-time]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chapter-button';
    button.append(...li.childNodes);
    button.addEventListener('click', () => {
      player.currentTime(Number(li.dataset['time']));
      void player.play();
      player.el().querySelector<HTMLElement>('.vjs-tech')?.focus();
    });
    li.append(button);
  }

  startQuiz((score, passMark) => {
    data = withLesson(data, id, recordQuiz(data.lessons[id], { score, passMark }, facts));
    save();
  });
  show();
}

/** Checks the quiz in the browser and reports the score. */
function startQuiz(onResult: (score: number, passMark: number) => void) {
  const form = document.querySelector<HTMLFormElement>('#quiz-form');
  const result = document.querySelector<HTMLElement>('#quiz-result');
  if (!form || !result) return;
  const passMark = Number(form.dataset['passMark'] ?? '0.6');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-answer]')];
    let right = 0;
    sets.forEach((set, i) => {
      const chosen = form.querySelector<HTMLInputElement>(`input[name="q${i}"]:checked`)?.value;
      const ok = chosen === set.dataset['answer'];
      if (ok) right++;
      const feedback = set.querySelector('.feedback');
      if (feedback) feedback.textContent = ok ? '回答正确。' : `回答错误。${set.dataset['explanation'] ?? ''}`;
    });
    const score = sets.length ? right / sets.length : 0;
    result.textContent =
      score >= passMark
        ? `测验通过：答对 ${right} / ${sets.length} 题。`
        : `未通过：答对 ${right} / ${sets.length} 题，请复习后再试。`;
    onResult(score, passMark);
  });
}
