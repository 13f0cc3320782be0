import type { RenderReason } from '../build/page-manifest.ts';

/** Why a page was rendered, as the benchmark's results say it (the build says it in Chinese: REASON_LABELS). */
export const REASON_LABELS_EN: Record<RenderReason, string> = {
  first: 'no previous build',
  code: 'code changed',
  new: 'new page',
  data: 'what the page shows changed',
  missing: 'last file gone',
  unkeyed: 'always rendered (no cache key)',
};
