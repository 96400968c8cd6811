// Runs one benchmark by name and prints its markdown section (bench/run.ts starts
// one process per benchmark so that one's heap and GC do not slow the next).
import { benchBatch } from './batch.js';
import { benchIngest } from './ingest.js';
import { benchLlm } from './llm.js';
import { benchRules } from './rules.js';
import { benchSegment } from './segment.js';

export const BENCHMARKS: Record<string, () => Promise<string>> = {
  ingest: benchIngest,
  segment: benchSegment,
  rules: benchRules,
  llm: benchLlm,
  batch: benchBatch,
};

const name = process.argv[2];
if (name) {
  const run = BENCHMARKS[name];
  if (!run) throw new Error(`unknown benchmark ${name}; one of ${Object.keys(BENCHMARKS).join(', ')}`);
  process.stdout.write(await run());
}
