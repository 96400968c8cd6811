// A fixed amount of work for instruction counting (bench/rules.ts runs it under
// valgrind): N dev notes segmented, and with MODE=rules also extracted. Plain
// JavaScript on dist/, so that valgrind runs bare node without tsx; hence it reads
// the dev notes itself rather than through devnotes.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractWithRules, segmentNote } from '../dist/index.js';

const dev = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev');
const base = ['seed', 'dev'].flatMap((f) =>
  readFileSync(join(dev, `${f}.gold.jsonl`), 'utf8').trim().split('\n').map((l) => JSON.parse(l).note),
);
// The first WARM notes let the JIT settle, so that the difference between two
// values of N measures steady-state work only.
const WARM = 1000;
const n = WARM + Number(process.env.N);
let events = 0;
for (let i = 0; i < n; i++) {
  const note = { ...base[i % base.length], id: `n${i}` };
  const segmented = segmentNote(note);
  if (process.env.MODE === 'rules') events += extractWithRules(note, segmented).length;
}
process.stdout.write(`${events}\n`);
