import { describe, expect, it } from 'vitest';
import { median, openLines, publishLines } from './cms-report.ts';

describe('the content editor figures', () => {
  it('takes the middle time, the upper one of an even count, whatever the order', () => {
    expect(median([900, 300, 500])).toBe(500);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('prints the download in KB and each time with its median', () => {
    expect(
      openLines({ files: 12, raw: 5 * 1024 * 1024, gzip: 1536 * 1024, brotli: 1200 * 1024 }, [820, 640, 700]),
    ).toEqual([
      '/admin/ 下载：12 个文件，原始 5120 KB，gzip 1536 KB，brotli 1200 KB',
      '打开编辑器到显示内容列表：中位数 700 ms（820、640、700 ms）',
    ]);
    expect(publishLines([1500, 1300, 1400], { raw: 4096 * 1024, gzip: 1024 * 1024 })).toEqual([
      '点“立即发布”到本地预览显示新页面：中位数 1400 ms（1500、1300、1400 ms）',
      'decap-cms.js 单文件：原始 4096 KB，gzip 1024 KB',
    ]);
  });
});
