import { describe, expect, it } from 'vitest';
import { runSideBySide, type BuildStep } from './build-steps.ts';

const step = (name: string): BuildStep => ({ name, run: () => undefined });

describe('runSideBySide', () => {
  it('starts every step before any has finished, and gives the results in the steps’ order', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const results = runSideBySide([step('索引'), step('图片')], async (s) => {
      started.push(s.name);
      if (started.length === 2) release();
      await gate;
      return { lines: [`${s.name}完成`], stats: {} };
    });
    const done = await results;
    expect(started).toEqual(['索引', '图片']);
    expect(done.map((r) => r.report?.lines)).toEqual([['索引完成'], ['图片完成']]);
  });

  it('waits for the other steps when one fails, and keeps the error', async () => {
    let slowFinished = false;
    const done = await runSideBySide([step('索引'), step('图片')], async (s) => {
      if (s.name === '索引') throw new Error('磁盘已满');
      await new Promise((resolve) => setTimeout(resolve, 50));
      slowFinished = true;
      return { lines: [], stats: { drawn: 3 } };
    });
    expect(slowFinished).toBe(true);
    expect(done[0]?.error?.message).toBe('磁盘已满');
    expect(done[1]?.report?.stats).toEqual({ drawn: 3 });
    expect(done[1]?.seconds).toBeGreaterThanOrEqual(done[0]?.seconds ?? 0);
  });

  it('catches a step that throws before it returns a promise', async () => {
    const done = await runSideBySide([step('索引')], () => {
      throw new Error('缺少文件夹');
    });
    expect(done[0]?.error?.message).toBe('缺少文件夹');
  });
});
