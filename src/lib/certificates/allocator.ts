/**
 * Allocator setting for resvg-js, imported before it (render.ts). resvg-js
 * allocates with its own mimalloc, which by default returns freed memory to
 * the system 10 ms after it is freed. Every 200 dpi certificate allocates two
 * fresh 15 MB buffers (the pixmap and its copy for JS), so with the default
 * nearly every page of them was faulted in anew: a third of the CPU time of
 * rasterising was the kernel's (README.md). Keeping freed memory for 200 ms
 * lets the next image reuse it. mimalloc reads its options once, when the
 * addon is loaded into the process, so this must run before that; a value
 * set in the environment wins.
 */
process.env['MIMALLOC_PURGE_DELAY'] ??= '200';
