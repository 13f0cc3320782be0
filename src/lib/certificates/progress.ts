/**
 * One status line on a terminal while a batch runs: count, rate, time left.
 * Silent when stderr is not a terminal or under CI, so logs stay clean.
 */

export interface Progress {
  tick(): void;
  done(): void;
}

export function progressEnabled(): boolean {
  return Boolean(process.stderr.isTTY) && !process.env['CI'];
}

export function createProgress(total: number, enabled: boolean, label = '证书'): Progress {
  if (!enabled || total === 0) return { tick() {}, done() {} };
  const started = performance.now();
  let count = 0;
  let lastDraw = 0;
  const draw = (): void => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    const eta = left >= 60 ? `${Math.floor(left / 60)} 分 ${left % 60} 秒` : `${left} 秒`;
    process.stderr.write(`\r\x1b[K${label} ${count}/${total}  ${rate.toFixed(1)} 张/秒  剩余约 ${eta}`);
  };
  return {
    tick() {
      count++;
      const now = performance.now();
      // At most ten redraws a second: writing to the terminal is not free.
      if (now - lastDraw > 100 || count === total) {
        lastDraw = now;
        draw();
      }
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
