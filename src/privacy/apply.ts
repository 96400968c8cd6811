import type { Note } from '../schema/note.js';
import { pseudonymize } from './pseudonym.js';

/**
 * The note with its patient id replaced by the keyed pseudonym everywhere it
 * appears in the note's metadata (patientId, an id or file name derived from it,
 * source fields). The text is not changed: offsets point into it.
 */
export function pseudonymizeNote(note: Note, key: Uint8Array): Note {
  const raw = note.patientId;
  if (!raw) return note;
  const pseudo = pseudonymize(raw, key);
  const swap = (s: string) => s.split(raw).join(pseudo);
  const out: Note = { ...note, id: swap(note.id), patientId: pseudo };
  if (note.source) out.source = Object.fromEntries(Object.entries(note.source).map(([k, v]) => [k, typeof v === 'string' ? swap(v) : v])) as Note['source'];
  return out;
}

/** Replaces every raw id in a string with its pseudonym (for error lines and logs). */
export function pseudonymizeString(s: string, rawIds: Iterable<string>, key: Uint8Array): string {
  let out = s;
  for (const raw of rawIds) if (raw && out.includes(raw)) out = out.split(raw).join(pseudonymize(raw, key));
  return out;
}
