import { createWriteStream, readFileSync, truncateSync, type WriteStream } from 'node:fs';
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
