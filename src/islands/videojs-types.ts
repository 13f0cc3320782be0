import type videojs from 'video.js';

/** The `videojs` function, whichever build of video.js 8 provides it. */
export type VideoJs = typeof videojs;
