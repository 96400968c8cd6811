import { readFile } from 'node:fs/promises';
import { NoteEventsSchema, type NoteEvents } from '../schema/gold.js';
import { zodSummary } from '../ingest/text.js';

/** Reads a gold or prediction file (`{note, events}` per line); a bad line is an error naming file and line. */
export async function readNoteEventsFile(file: string): Promise<NoteEvents[]> {
  const text = await readFile(file, 'utf8');
  const out: NoteEvents[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: invalid JSON: ${(err as Error).message}`);
    }
    const parsed = NoteEventsSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: not a {note, events} line: ${zodSummary(parsed.error.issues)}`);
    out.push(parsed.data);
  }
  return out;
}
