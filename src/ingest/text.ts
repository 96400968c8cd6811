import { NoteSchema, type Note } from '../schema/note.js';
import { decodeStrict } from './decode.js';
import { IngestError, type IngestIssue } from './errors.js';

/** Options for reading plain-text and JSON Lines notes. */
export interface TextNoteOptions {
  /** File name: used for the note id (`a/b/n-0001.txt` → `n-0001`) and in errors. */
  file?: string;
  /** Note id, overriding the one taken from the file name. */
  id?: string;
  /** The note's date when the file has no `date:` line (YYYY-MM-DD). */
  date?: string;
  /** The patient id when the file has no `patient:` line. */
  patientId?: string;
  /** Encoding of byte input; default: BOM, else UTF-8. */
  encoding?: string;
}

/** Decodes text-file bytes: BOM, else the given encoding, else UTF-8 (strictly). */
export function decodeTextBytes(bytes: Uint8Array, encoding?: string, file?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes.subarray(3), 'utf-8', file, 3);
  try {
    return decodeStrict(bytes, encoding ?? 'utf-8', file);
  } catch (err) {
    if (err instanceof IngestError && !encoding) {
      const reason = err.toIssue().message;
      throw new IngestError('encoding', `${reason}; if the file is Shift_JIS or EUC-JP, give its encoding`, err.location);
    }
    throw err;
  }
}

const HEADER_LINE = /^(date|patient)\s*[:：]\s*(\S.*?)\s*$/i;

/** The note id a file name gives: its base name without extension. */
export function idFromFileName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || file;
}

/**
 * One plain-text note. Optional header lines at the top (`date: 2021-05-27`,
 * `patient: P0001`) give the note's date and patient and are not part of its text;
 * neither is the one newline that conventionally ends a text file.
 */
export function parseTextNote(input: string | Uint8Array, options: TextNoteOptions = {}): Note {
  let text = typeof input === 'string' ? input : decodeTextBytes(input, options.encoding, options.file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let date = options.date;
  let patientId = options.patientId;
  for (;;) {
    const nl = text.indexOf('\n');
    const first = (nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, '');
    const m = HEADER_LINE.exec(first);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'date') date = m[2];
    else patientId = m[2];
    text = nl < 0 ? '' : text.slice(nl + 1);
  }
  text = text.replace(/\r?\n$/, '');
  const id = options.id ?? (options.file ? idFromFileName(options.file) : 'note');
  const candidate: Note = { id, text, source: { format: 'text' } };
  if (date) candidate.date = date;
  if (patientId) candidate.patientId = patientId;
  if (options.file) candidate.source!.file = options.file;
  const parsed = NoteSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new IngestError('invalid-note', `invalid note header: ${zodSummary(parsed.error.issues)}`, {
      file: options.file,
      note: id,
    });
  }
  return parsed.data;
}

/** Compact text for zod issues: `date: expected a calendar date YYYY-MM-DD; …`. */
export function zodSummary(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The notes of a JSON Lines text and an error for each bad line (the rest go on). */
export function parseJsonLines(
  input: string | Uint8Array,
  options: { file?: string; encoding?: string; firstLine?: number } = {},
): { notes: Note[]; issues: IngestIssue[] } {
  const text = typeof input === 'string' ? input : decodeTextBytes(input, options.encoding, options.file);
  const notes: Note[] = [];
  const issues: IngestIssue[] = [];
  // A part of a larger file (streamed reading) numbers its lines from where it starts.
  let lineNo = (options.firstLine ?? 1) - 1;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    const file = options.file;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      issues.push({ severity: 'error', code: 'invalid-json', file, line: lineNo, message: `invalid JSON: ${(err as Error).message}` });
      continue;
    }
    // Gold and `kozoka extract --format events` lines wrap the note: accept both.
    const candidate = isObject(value) && isObject(value['note']) && 'events' in value ? value['note'] : value;
    const parsed = NoteSchema.safeParse(candidate);
    if (!parsed.success) {
      const id = isObject(candidate) && typeof candidate['id'] === 'string' ? candidate['id'] : undefined;
      issues.push({
        severity: 'error',
        code: 'invalid-note',
        file,
        line: lineNo,
        ...(id ? { note: id } : {}),
        message: `not a valid note: ${zodSummary(parsed.error.issues)}`,
      });
      continue;
    }
    const note = parsed.data;
    note.source = { format: 'jsonl', ...note.source, ...(file ? { file } : {}), line: lineNo };
    notes.push(note);
  }
  return { notes, issues };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
