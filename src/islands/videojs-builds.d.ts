// video.js 8 ships its core build (no streaming engine) as an ES module
// without types of its own; it has the same API as the full build.
declare module 'video.js/core.es.js' {
  import videojs from 'video.js';
  export default videojs;
}
