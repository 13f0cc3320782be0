import './videojs-setup.ts';
import './zod-jitless.ts';
import { formatClock } from '../lib/format.ts';
import { recordQuiz, recordWatch, withCompletion, type LessonFacts } from '../lib/learning/lesson-record.ts';
import { mergeLesson } from '../lib/learning/merge.ts';
import { STORAGE_KEY, lessonKey, type LessonProgress } from '../lib/learning/progress-schema.ts';
import { browserStorage, createProgressStore } from '../lib/learning/store.ts';
import { createWatchTracker, type WatchTracker } from '../lib/learning/watch-tracker.ts';
import { COMPLETION_SHARE, unionIntervals, watchedFraction } from '../lib/learning/watched.ts';
import type { Player } from './player.ts';
import { startQuiz } from './quiz.ts';

// A lesson page: status, resume, quiz and, when the learner asks for the
// video, the player. Saving reads, merges and writes this lesson only.

const SAVE_EVERY_MS = 5000;
/**
 * Where pressing play resumes: the last position of a lesson in progress; a
 * completed lesson (watched again for review) and a point close to either end
 * start from the beginning.
 */
function resumePoint(lesson: LessonProgress | undefined, duration: number): number | null {
  const at = lesson?.lastPosition ?? 0;
  return lesson && !lesson.completedAt && at > 1 && at < duration - 3 ? at : null;
}

type Modules = [typeof import('./player.ts'), typeof import('video.js/core.es.js')];
// One import() each, so that the bundler preloads each build's own chunks only.
const coreBuild = () => import('video.js/core.es.js');
const fullBuild = () => import('video.js');

/** The player module, its styles and the video.js build the lesson needs, fetched once (on hover, focus or press). */
function loader(streaming: boolean) {
  let loading: Promise<Modules> | null = null;
  return () =>
    (loading ??= Promise.all([
      // The stylesheets load beside video.js, so the player never shows unstyled.
      import('./player.ts').then(async (module) => (await module.loadPlayerStyles(), module)),
      // The smallest video.js 8 build the lesson needs: the core build (no streaming engine; it keeps
      // vtt.js, which draws captions in the player, where the novtt builds would fetch it from a CDN)
      // plays MP4 and WebM; only a lesson that offers HLS loads the full build with VHS.
      streaming ? fullBuild() : coreBuild(),
    ]).catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

export function startLesson() {
  const root = document.querySelector<HTMLElement>('#lesson');
  const frame = document.querySelector<HTMLElement>('#lesson-player');
  const button = document.querySelector<HTMLButtonElement>('#lesson-play');
  const status = document.querySelector<HTMLElement>('#lesson-status');
  if (!root || !frame || !button || !status) return;
  const label = button.querySelector<HTMLElement>('#lesson-play-label') ?? button;
  const id = root.dataset['lesson'] ?? '';
  const facts: LessonFacts = {
    duration: Number(root.dataset['duration']),
    hasQuiz: root.dataset['hasQuiz'] === 'true',
  };
  const chapters = JSON.parse(root.dataset['chapters'] ?? '[]') as { time: number; title: string }[];
  const load = loader(frame.dataset['streaming'] === 'hls');

  const store = createProgressStore(browserStorage());
  let mine: LessonProgress | undefined = store.lesson(id);
  let tracker: WatchTracker | null = null;
  let player: Player | null = null;
  let resumedFrom: number | null = null;
  let trouble: string | null = null;

  function show() {
    const intervals = unionIntervals(mine?.intervals ?? [], tracker?.intervals ?? []);
    const percent = Math.floor(watchedFraction(intervals, facts.duration) * 100);
    const quizPart = facts.hasQuiz ? (mine?.quiz?.passed ? '，测验已通过' : '，还需通过测验') : '';
    const parts = mine?.completedAt
      ? [`本课时已完成（${mine.completedAt}）。`]
      : [`已观看 ${percent}%（完成需 ${COMPLETION_SHARE * 100}%）${quizPart}。`];
    // The resume notice is for a lesson still in progress.
    const at = resumePoint(mine, facts.duration);
    if (!mine?.completedAt && resumedFrom !== null) parts.push(`已从上次观看的 ${formatClock(resumedFrom)} 处继续。`);
    else if (!player && at !== null) parts.push(`上次看到 ${formatClock(at)}，按“继续播放”从该处接着看。`);
    if (!player && !button!.hasAttribute('aria-busy'))
      label.textContent = at !== null ? `从 ${formatClock(at)} 继续播放` : '播放视频';
    status!.textContent = [...parts, ...(trouble ? [trouble] : []), ...store.notices()].join(' ');
  }

  function save() {
    const watched = tracker
      ? recordWatch(mine, { intervals: tracker.intervals, position: tracker.position }, facts)
      : mine;
    if (!watched || store.readOnly) return show();
    performance.mark('zgzj:save-start');
    mine = store.saveLesson(id, watched, (lesson) => withCompletion(lesson, facts, new Date())).lesson;
    performance.measure('zgzj:save', 'zgzj:save-start');
    show();
  }

  async function start(at?: number) {
    if (player) {
      if (at !== undefined) player.currentTime(at);
      void player.play();
      return;
    }
    button!.setAttribute('aria-busy', 'true');
    label.textContent = '正在载入播放器…';
    let modules;
    try {
      modules = await load();
    } catch {
      button!.removeAttribute('aria-busy');
      trouble = '播放器未能载入，可能是网络中断。请检查网络后再按“播放视频”。';
      return show();
    }
    if (player) return;
    trouble = null;
    const [{ createPlayer }, { default: videojs }] = modules;
    const media = document.createElement('template');
    media.innerHTML = frame!.querySelector('noscript')?.textContent ?? '';
    const video = media.content.querySelector('video')!;
    frame!.replaceChildren(video);
    frame!.classList.add('loaded');
    const p = createPlayer(videojs, video, chapters);
    player = p;
    wire(p);
    const from = at ?? resumePoint(mine, facts.duration) ?? 0;
    tracker = createWatchTracker(facts.duration, mine?.intervals ?? [], { position: from });
    const begin = () => {
      if (from > 0) {
        p.currentTime(from);
        tracker!.tick(from, { playing: false, seeking: true });
        if (at === undefined) resumedFrom = from;
      }
      void p.play();
      show();
    };
    if ((p.readyState() ?? 0) >= 1) begin();
    else p.one('loadedmetadata', begin);
    (p.el() as HTMLElement).focus();
    show();
  }

  function wire(p: Player) {
    const tick = (seeking = false) =>
      tracker?.tick(p.currentTime() ?? 0, {
        playing: !p.paused() && !p.ended(),
        seeking: seeking || p.seeking(),
      });
    let lastSave = Date.now();
    p.on('timeupdate', () => {
      tick();
      if (Date.now() - lastSave > SAVE_EVERY_MS) {
        lastSave = Date.now();
        save();
      }
    });
    p.on('seeking', () => tick(true));
    // Resuming marks where playing starts again, so the first step after a pause counts too.
    p.on('play', () => tick());
    for (const event of ['pause', 'ended']) p.on(event, () => (tick(), save()));
  }

  button.addEventListener('click', () => void start());
  for (const event of ['pointerenter', 'focus', 'touchstart'])
    button.addEventListener(event, () => void load().catch(() => undefined), { once: true, passive: true });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('#chapter-list a[data-time]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void start(Number(link.dataset['time']));
    });
  }
  addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && save());
  // Another tab or the record page changed this lesson (or the record): take it in and show it.
  addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== lessonKey(id) && event.key !== STORAGE_KEY) return;
    const stored = store.lesson(id);
    if (stored) mine = mine ? mergeLesson(mine, stored) : stored;
    show();
  });

  startQuiz((score, passMark) => {
    mine = recordQuiz(mine, { score, passMark }, facts);
    save();
  });
  show();
}
