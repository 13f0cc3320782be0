/** What scripts/cms-figures.ts prints about the content editor (pure; the figures are in src/lib/cms/README.md). */

/** The middle value (the upper one of an even count). */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const times = (ms: readonly number[]) => `中位数 ${median(ms)} ms（${ms.join('、')} ms）`;

export interface AdminDownload {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** What /admin/ downloads, and the time from opening the editor to its list of stories. */
export function openLines(download: AdminDownload, opensMs: readonly number[]): string[] {
  return [
    `/admin/ 下载：${download.files} 个文件，原始 ${kb(download.raw)}，gzip ${kb(download.gzip)}，brotli ${kb(download.brotli)}`,
    `打开编辑器到显示内容列表：${times(opensMs)}`,
  ];
}

/** The time from 立即发布 to the new page in the local preview, and the size of Decap's single file. */
export function publishLines(savesMs: readonly number[], decap: { raw: number; gzip: number }): string[] {
  return [
    `点“立即发布”到本地预览显示新页面：${times(savesMs)}`,
    `decap-cms.js 单文件：原始 ${kb(decap.raw)}，gzip ${kb(decap.gzip)}`,
  ];
}
