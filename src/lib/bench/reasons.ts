import type { RenderReason } from '../build/astro-pages.ts';

/** Why a page was rendered, as the benchmark's results say it (the build says it in Chinese: REASON_LABELS). */
export const REASON_LABELS_EN: Record<RenderReason, string> = {
  first: 'no previous build',
  reset: 'config or packages changed',
  new: 'new page',
  code: 'page code changed',
  data: 'what the page shows changed',
  content: "entry's rendering changed",
  unkeyed: 'always rendered (no cache key)',
  missing: 'cached copy missing',
};
