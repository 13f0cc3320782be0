/**
 * A small worker_threads pool for batch.ts (certificates and share cards):
 * one worker per core, two jobs in flight per worker (so a worker never
 * waits for the main thread to write a file), and each worker replaced
 * after `recycleAfter` jobs, or sooner when its heap passes `heapLimitMb`,
 * so that memory stays flat over long runs.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply, WorkerSetup } from './worker.ts';

export interface PoolOptions {
  size: number;
  setup: WorkerSetup;
  recycleAfter: number;
  heapLimitMb: number;
}

interface Slot {
  worker: Worker;
  inFlight: number;
  dispatched: number;
  retiring: boolean;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);
const IN_FLIGHT = 2;
// No resourceLimits: any cap on a worker's old generation (256 to 512 MB) cut peak RSS from
// ~0.9 GB to ~0.6 GB but cost ~25% more CPU per certificate in extra collections (README.md).

export class RenderPool {
  readonly #options: PoolOptions;
  readonly #slots: Array<Slot | undefined>;
  readonly #queue: Array<{ job: WorkerJob; resolve: (r: WorkerReply) => void; reject: (e: Error) => void }> = [];
  readonly #waiting = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void; slot: Slot }>();
  /** Workers started, the first ones included: more than `size` means some were recycled. */
  started = 0;

  constructor(options: PoolOptions) {
    this.#options = options;
    this.#slots = Array.from({ length: options.size }, () => undefined);
  }

  run(job: WorkerJob): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s?.worker.terminate()));
    this.#slots.length = 0;
  }

  #spawn(): Slot {
    this.started++;
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { workerData: this.#options.setup }),
      inFlight: 0,
      dispatched: 0,
      retiring: false,
    };
    slot.worker.on('message', (reply: WorkerReply) => this.#settle(slot, reply));
    slot.worker.on('error', (error) => this.#fail(slot, error));
    slot.worker.on('exit', (code) => {
      if (code !== 0 && !slot.retiring) this.#fail(slot, new Error(`绘图进程意外退出（退出码 ${code}）`));
    });
    return slot;
  }

  #settle(slot: Slot, reply: WorkerReply): void {
    const waiting = this.#waiting.get(reply.id);
    this.#waiting.delete(reply.id);
    slot.inFlight--;
    if (reply.heapMb > this.#options.heapLimitMb) slot.retiring = true;
    waiting?.resolve(reply);
    if (slot.retiring && slot.inFlight === 0) this.#replace(slot);
    this.#pump();
  }

  #fail(slot: Slot, error: Error): void {
    for (const [id, waiting] of this.#waiting) {
      if (waiting.slot !== slot) continue;
      this.#waiting.delete(id);
      waiting.reject(error);
    }
    slot.retiring = true;
    slot.inFlight = 0;
    this.#replace(slot);
    this.#pump();
  }

  /** Ends a worker; #pump starts a new one in its place when there is work. */
  #replace(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index === -1) return;
    void slot.worker.terminate();
    this.#slots[index] = undefined;
  }

  #pump(): void {
    for (let i = 0; i < this.#slots.length; i++) {
      if (this.#queue.length === 0) return;
      const slot = (this.#slots[i] ??= this.#spawn());
      while (this.#queue.length > 0 && !slot.retiring && slot.inFlight < IN_FLIGHT) {
        const { job, resolve, reject } = this.#queue.shift()!;
        slot.inFlight++;
        slot.dispatched++;
        if (slot.dispatched >= this.#options.recycleAfter) slot.retiring = true;
        this.#waiting.set(job.id, { resolve, reject, slot });
        slot.worker.postMessage(job);
      }
    }
  }
}
