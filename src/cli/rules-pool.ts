import { Worker } from 'node:worker_threads';
import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';

export interface RulesJob {
  id: number;
  notes: Note[];
}
export type RulesResult = { events: ClinicalEvent[] } | { error: string };
export interface RulesAnswer {
  id: number;
  results: RulesResult[];
}

/**
 * Worker threads running the rules extractor, so that extraction uses the other
 * cores while the main thread maps and writes. Jobs go to the least busy worker;
 * each job's promise resolves with one result per note, in order.
 */
export class RulesPool {
  /** Per worker, its jobs in flight: how many notes each holds and whom to answer. */
  readonly #workers: { worker: Worker; pending: Map<number, { size: number; resolve: (r: RulesResult[]) => void }> }[] = [];
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./rules-worker.js', import.meta.url));
      const pending = new Map<number, { size: number; resolve: (r: RulesResult[]) => void }>();
      worker.on('message', (answer: RulesAnswer) => {
        pending.get(answer.id)?.resolve(answer.results);
        pending.delete(answer.id);
      });
      worker.on('error', (err) => {
        // A crashed worker fails its jobs note by note instead of hanging the run.
        for (const job of pending.values()) job.resolve(Array.from({ length: job.size }, () => ({ error: `rules worker failed: ${err.message}` })));
        pending.clear();
      });
      this.#workers.push({ worker, pending });
    }
  }

  /** Extracts a batch of notes on the least busy worker. */
  extract(notes: Note[]): Promise<RulesResult[]> {
    const id = this.#next++;
    const target = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve) => {
      target.pending.set(id, { size: notes.length, resolve });
      target.worker.postMessage({ id, notes } satisfies RulesJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }
}
