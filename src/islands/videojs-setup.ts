// Must run before video.js is evaluated (lesson.ts imports it first and loads
// video.js later): video.js would otherwise inject <style> elements, which the
// Content-Security-Policy (no 'unsafe-inline') blocks. Its stylesheet is
// linked as a file instead (see player.ts).
(globalThis as { VIDEOJS_NO_DYNAMIC_STYLE?: boolean }).VIDEOJS_NO_DYNAMIC_STYLE = true;
export {};
