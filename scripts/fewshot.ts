// `npm run fewshot`: writes prompts/fewshot.jsonl from dev gold notes, in the
// model-answer form (evidence as text, every field present). The notes are
// chosen for variety: a lung note with a date chain and a colorectal note
// with regimens; a third is a spare for when one of them is the note extracted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoteEventsSchema } from '../src/schema/gold.js';
import { toModelEvent } from '../src/extract/prompt.js';

const ids = ['dev-001', 'dev-008', 'dev-011'];
const gold = readFileSync(join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev', 'dev.gold.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => NoteEventsSchema.parse(JSON.parse(l)));
const lines = ids.map((id) => {
  const g = gold.find((x) => x.note.id === id);
  if (!g) throw new Error(`${id} not in the dev gold file`);
  return JSON.stringify({ note: { id: g.note.id, date: g.note.date, text: g.note.text }, answer: { events: g.events.map(toModelEvent) } });
});
writeFileSync(join(import.meta.dirname, '..', 'prompts', 'fewshot.jsonl'), lines.join('\n') + '\n');
