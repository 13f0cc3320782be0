import './videojs-setup.ts';
import videojs from 'video.js';
import zhCN from 'video.js/dist/lang/zh-CN.json';
import 'video.js/dist/video-js.css';
import '../styles/player.css';

export type Player = ReturnType<typeof videojs>;

/** Seconds an arrow key moves; seeking ahead is not counted as watched. */
const STEP = 5;

/**
 * The lesson player: video.js with zh-CN strings, captions on, playback
 * rates, chapter markers and full keyboard control. Plays MP4/WebM, and HLS
 * (.m3u8) with video.js's own streaming engine.
 */
export function createPlayer(video: HTMLVideoElement, chapters: { time: number; title: string }[]): Player {
  videojs.addLanguage('zh-CN', zhCN as Record<string, string>);
  const player = videojs(video, {
    language: 'zh-CN',
    playbackRates: [0.75, 1, 1.25, 1.5, 2],
    html5: { nativeTextTracks: false },
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

function addChapterMarkers(player: Player, chapters: { time: number; title: string }[]) {
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
