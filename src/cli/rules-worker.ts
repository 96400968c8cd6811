// A worker thread of `kozoka extract --jobs`: runs the rules extractor on batches of
// notes sent by the main thread and answers with their events (or the error per note).
import { parentPort } from 'node:worker_threads';
import { extractWithRules } from '../rules/index.js';
import type { Note } from '../schema/note.js';
import type { RulesJob, RulesAnswer } from './rules-pool.js';

parentPort!.on('message', (job: RulesJob) => {
  const results = job.notes.map((note: Note) => {
    try {
      return { events: extractWithRules(note) };
    } catch (err) {
      return { error: (err as Error).message };
    }
  });
  parentPort!.postMessage({ id: job.id, results } satisfies RulesAnswer);
});
