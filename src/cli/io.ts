import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** A line-oriented output: a file, or stdout when no path is given. */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export function openLineSink(path?: string): LineSink {
  const stream: NodeJS.WritableStream | WriteStream = path ? createWriteStream(path) : process.stdout;
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
