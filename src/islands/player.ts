import zhCN from 'video.js/dist/lang/zh-CN.json';
import videojsCss from 'video.js/dist/video-js.css?url';
import { PLAYER_ZH_CN } from '../lib/i18n/player-zh-CN.ts';
import playerCss from '../styles/player.css?url';
import type { VideoJs } from './videojs-types.ts';

export type Player = ReturnType<VideoJs>;

/**
 * The player's stylesheets, linked when the player loads. Imported as URLs,
 * not as CSS: Astro would otherwise put them in the page's render-blocking
 * styles before anyone presses play.
 */
export function loadPlayerStyles(): Promise<unknown> {
  return Promise.all(
    [videojsCss, playerCss].map((href) => {
      const existing = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
      if (existing) return Promise.resolve();
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      const loaded = new Promise((resolve) => {
        link.onload = link.onerror = resolve;
      });
      document.head.append(link);
      return loaded;
    }),
  );
}

/** Seconds an arrow key moves; seeking ahead is not counted as watched. */
const STEP = 5;

/**
 * The lesson player: video.js with zh-CN strings, captions on, playback
 * rates, chapter markers and full keyboard control. Loaded only when the
 * learner asks for the video (islands/lesson.ts), with the video.js build
 * the lesson needs (see lesson.ts).
 */
export function createPlayer(
  videojs: VideoJs,
  video: HTMLVideoElement,
  chapters: readonly { time: number; title: string }[],
): Player {
  videojs.addLanguage('zh-CN', { ...(zhCN as Record<string, string>), ...PLAYER_ZH_CN });
  const player = videojs(video, {
    language: 'zh-CN',
    playbackRates: [0.75, 1, 1.25, 1.5, 2],
    html5: { nativeTextTracks: false },
    // Lessons carry one audio track; HLS names it “default”, which the menu would show in English.
    controlBar: { audioTrackButton: false },
    userActions: { hotkeys: (event: KeyboardEvent) => hotkey(player, event) },
  });
  player.ready(() => {
    const tracks = player.textTracks() as unknown as ArrayLike<TextTrack>;
    for (let i = 0; i < tracks.length; i++)
      if (tracks[i]!.kind === 'captions') tracks[i]!.mode = i === 0 ? 'showing' : 'disabled';
  });
  player.on('loadedmetadata', () => addChapterMarkers(player, chapters));
  return player;
}

function hotkey(player: Player, event: KeyboardEvent) {
  const time = player.currentTime() ?? 0;
  const volume = player.volume() ?? 1;
  switch (event.key) {
    case ' ':
    case 'k':
      if (player.paused()) void player.play();
      else player.pause();
      break;
    case 'ArrowRight':
      player.currentTime(time + STEP);
      break;
    case 'ArrowLeft':
      player.currentTime(Math.max(0, time - STEP));
      break;
    case 'ArrowUp':
      player.volume(Math.min(1, volume + 0.1));
      break;
    case 'ArrowDown':
      player.volume(Math.max(0, volume - 0.1));
      break;
    case 'm':
      player.muted(!player.muted());
      break;
    case 'f':
      if (player.isFullscreen()) void player.exitFullscreen();
      else void player.requestFullscreen();
      break;
    case 'c': {
      const tracks = player.textTracks() as unknown as ArrayLike<TextTrack>;
      const first = tracks[0];
      if (first) first.mode = first.mode === 'showing' ? 'disabled' : 'showing';
      break;
    }
    default:
      return;
  }
  event.preventDefault();
}

function addChapterMarkers(player: Player, chapters: readonly { time: number; title: string }[]) {
  const holder = player.el().querySelector('.vjs-progress-holder');
  const duration = player.duration() ?? 0;
  if (!holder || !duration) return;
  holder.querySelectorAll('.chapter-marker').forEach((m) => m.remove());
  for (const c of chapters) {
    if (c.time <= 0 || c.time >= duration) continue;
    const marker = document.createElement('span');
    marker.className = 'chapter-marker';
    marker.title = c.title;
    marker.style.left = `${(c.time / duration) * 100}%`;
    holder.append(marker);
  }
}
