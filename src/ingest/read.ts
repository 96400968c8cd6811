import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Note } from '../schema/note.js';
import { IngestError, type IngestIssue } from './errors.js';
import { parseMml, type RegisteredDiagnosis } from './mml.js';
import type { Patient } from './patient.js';
import { parseJsonLines, parseTextNote } from './text.js';

/** Input formats kozoka reads. */
export type InputFormat = 'mml' | 'text' | 'jsonl';

/** What one input file (or stdin) gave. Never thrown: problems are in `issues`. */
export interface IngestResult {
  file: string;
  format?: InputFormat;
  notes: Note[];
  patients: Patient[];
  diagnoses: RegisteredDiagnosis[];
  skippedModules: Record<string, number>;
  /** Errors (the file or some of its notes were not read) and warnings. */
  issues: IngestIssue[];
  /**
   * True for the second and later parts of a large JSON Lines file, which is read in
   * parts so that memory stays flat: count inputs on results without it.
   */
  continued?: boolean;
}

/** Options for {@link ingestBytes} and {@link readInputs}. */
export interface IngestOptions {
  /** Force a format instead of choosing by extension / content. */
  format?: InputFormat;
  /** Encoding of text and JSON Lines files (MML files declare their own). */
  encoding?: string;
  /** Date for plain-text notes without a `date:` line. */
  date?: string;
}

const EXTENSIONS: Record<string, InputFormat> = {
  '.xml': 'mml',
  '.mml': 'mml',
  '.txt': 'text',
  '.text': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format a file name implies, if any. */
export function formatFromName(file: string): InputFormat | undefined {
  const m = /\.[^./\\]+$/.exec(file.toLowerCase());
  return m ? EXTENSIONS[m[0]] : undefined;
}

/** Guesses the format from the first non-blank byte: `<` MML, `{` JSON Lines, else text. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] === 0x3c) return 'mml';
  if (bytes[i] === 0x7b) return 'jsonl';
  return 'text';
}

function emptyResult(file: string, format?: InputFormat): IngestResult {
  return { file, format, notes: [], patients: [], diagnoses: [], skippedModules: {}, issues: [] };
}

/** A failure while reading `file` as an issue: an IngestError keeps its code and location. */
function issueOf(err: unknown, file: string): IngestIssue {
  return err instanceof IngestError ? err.toIssue(file) : { severity: 'error', code: 'io', file, message: `could not read: ${(err as Error).message}` };
}

/** Reads one input's bytes as MML, text or JSON Lines. Never throws. */
export function ingestBytes(bytes: Uint8Array, file: string, options: IngestOptions = {}): IngestResult {
  const format = options.format ?? formatFromName(file) ?? sniffFormat(bytes);
  const result = emptyResult(file, format);
  try {
    if (format === 'mml') {
      const doc = parseMml(bytes, { file });
      result.notes = doc.notes;
      result.patients = doc.patients;
      result.diagnoses = doc.diagnoses;
      result.skippedModules = doc.skippedModules;
      result.issues.push(...doc.warnings);
    } else if (format === 'jsonl') {
      const { notes, issues } = parseJsonLines(bytes, { file, encoding: options.encoding });
      result.notes = notes;
      result.issues.push(...issues);
    } else {
      const note = parseTextNote(bytes, { file, encoding: options.encoding, date: options.date });
      if (note.text.trim() === '') {
        result.issues.push({ severity: 'warning', code: 'empty-note', file, note: note.id, message: 'text file has no note text; no note made' });
      } else {
        result.notes.push(note);
      }
    }
  } catch (err) {
    result.issues.push(issueOf(err, file));
  }
  return result;
}

/** Name used for standard input in results and errors. */
export const STDIN = '<stdin>';

/**
 * Files to read for the given paths: files as given, directories walked
 * recursively (sorted, for stable output) keeping files with a known extension.
 * `-` is standard input. Paths that cannot be read are reported, not thrown.
 */
export async function* expandInputs(
  paths: readonly string[],
): AsyncGenerator<{ file: string } | { file: string; issue: IngestIssue }> {
  for (const p of paths) {
    if (p === '-') {
      yield { file: STDIN };
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (err) {
      yield { file: p, issue: { severity: 'error', code: 'io', file: p, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` } };
      continue;
    }
    if (info.isDirectory()) yield* walk(p);
    else yield { file: p };
  }
}

async function* walk(dir: string): AsyncGenerator<{ file: string }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && formatFromName(e.name)) yield { file: full };
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON Lines files are read in parts of about this many bytes of whole lines. */
export const JSONL_PART_BYTES = 1 << 20;

/** Encodings in which byte 0x0A is always a line feed, so lines can be cut on bytes. */
const LINE_SAFE = /^(utf-?8|shift_jis|shift-jis|sjis|cp932|windows-31j|ms932|euc-?jp)$/i;

/**
 * A JSON Lines file as a stream of results, one per part of whole lines: memory holds
 * one part, however large the file.
 */
async function* readJsonLinesFile(file: string, options: IngestOptions): AsyncGenerator<IngestResult> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let firstLine = 1;
  let parts = 0;
  const part = (bytes: Buffer): IngestResult => {
    const result = emptyResult(file, 'jsonl');
    if (parts++ > 0) result.continued = true;
    try {
      const { notes, issues } = parseJsonLines(bytes, { file, encoding: options.encoding, firstLine });
      result.notes = notes;
      result.issues.push(...issues);
    } catch (err) {
      result.issues.push(issueOf(err, file));
    }
    for (const b of bytes) if (b === 0x0a) firstLine++;
    return result;
  };
  try {
    for await (const chunk of createReadStream(file)) {
      pending.push(chunk as Buffer);
      pendingBytes += (chunk as Buffer).length;
      if (pendingBytes < JSONL_PART_BYTES) continue;
      const buffer = Buffer.concat(pending);
      const cut = buffer.lastIndexOf(0x0a) + 1;
      pending = [buffer.subarray(cut)];
      pendingBytes = buffer.length - cut;
      if (cut > 0) yield part(buffer.subarray(0, cut));
    }
  } catch (err) {
    const result = emptyResult(file, 'jsonl');
    if (parts > 0) result.continued = true;
    result.issues.push({ severity: 'error', code: 'io', file, message: `cannot read: ${(err as Error).message}` });
    yield result;
    return;
  }
  const rest = Buffer.concat(pending);
  if (rest.length > 0 || parts === 0) yield part(rest);
}

/**
 * Reads every input (files, directories, `-` for stdin) and yields one result
 * per file, in order (a large JSON Lines file in several parts, see
 * {@link IngestResult.continued}). One bad file never stops the batch.
 */
export async function* readInputs(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for await (const entry of expandInputs(paths)) {
    if ('issue' in entry) {
      yield { ...emptyResult(entry.file), issues: [entry.issue] };
      continue;
    }
    const format = options.format ?? formatFromName(entry.file);
    if (entry.file !== STDIN && format === 'jsonl' && LINE_SAFE.test(options.encoding ?? 'utf-8')) {
      yield* readJsonLinesFile(entry.file, options);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = entry.file === STDIN ? await readStdin() : await readFile(entry.file);
    } catch (err) {
      yield { ...emptyResult(entry.file), issues: [{ severity: 'error', code: 'io', file: entry.file, message: `cannot read: ${(err as Error).message}` }] };
      continue;
    }
    yield ingestBytes(bytes, entry.file, options);
  }
}
