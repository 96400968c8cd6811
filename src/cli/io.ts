import { createReadStream, createWriteStream, readFileSync, truncateSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { NoteEventsSchema, type NoteEvents } from '../schema/gold.js';
import { zodSummary } from '../ingest/text.js';
import { once } from 'node:events';
import { loadPseudonymKey } from '../privacy/pseudonym.js';

/** A line-oriented output: a file, or stdout when no path is given. */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export function openLineSink(path?: string, options: { append?: boolean } = {}): LineSink {
  const stream: NodeJS.WritableStream | WriteStream = path ? createWriteStream(path, { flags: options.append ? 'a' : 'w' }) : process.stdout;
  return {
    async write(line: string) {
      if (!stream.write(line + '\n')) await once(stream, 'drain');
    },
    async close() {
      if (!path) return;
      (stream as WriteStream).end();
      await once(stream, 'close');
    },
  };
}

/** A usage or configuration error: exit code 2, message says how to fix it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The pseudonym key from --pseudonym-key-file or KOZOKA_PSEUDONYM_KEY; a bad key is a usage error. */
export function pseudonymKeyOption(file: string | undefined): Buffer | undefined {
  try {
    return loadPseudonymKey(file ? { file } : {});
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * Prepares an output file for --resume: drops a torn last line (a crash mid-write
 * leaves one) and returns the complete lines already there. A missing file is empty.
 */
export function completeLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) truncateSync(path, Buffer.byteLength(text.slice(0, end)));
  return text.slice(0, end).split('\n').filter(Boolean);
}

/** One line of an events file: parsed, or the reason it could not be. */
export type EventsLine = { file: string; line: number } & ({ ok: true; value: NoteEvents } | { ok: false; reason: string });

/**
 * The lines of events files (`{note, events}` per line, as `kozoka extract --format
 * events` and the gold files write them; `-` is stdin), each checked against the
 * schema. Blank lines are skipped; a bad line comes with its reason, never thrown.
 */
export async function* readEventsLines(files: readonly string[]): AsyncGenerator<EventsLine> {
  for (const file of files) {
    let line = 0;
    for await (const text of createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      let reason: string;
      try {
        const parsed = NoteEventsSchema.safeParse(JSON.parse(text));
        if (parsed.success) {
          yield { file, line, ok: true, value: parsed.data };
          continue;
        }
        reason = zodSummary(parsed.error.issues);
      } catch (err) {
        reason = `invalid JSON: ${(err as Error).message}`;
      }
      yield { file, line, ok: false, reason };
    }
  }
}
