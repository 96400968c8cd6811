import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Note } from 'kozoka';

/** The dev gold notes (seed + dev), as the benchmarks' realistic input. */
export function devNotes(): Note[] {
  const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev');
  return ['seed.gold.jsonl', 'dev.gold.jsonl'].flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { note: Note }).note),
  );
}

/** The dev notes repeated (with new ids) until their text reaches `bytes` bytes of UTF-8. */
export function repeatedNotes(bytes: number): Note[] {
  const base = devNotes();
  const out: Note[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const n = base[i % base.length]!;
    out.push({ ...n, id: `${n.id}-r${i}` });
    total += Buffer.byteLength(n.text);
  }
  return out;
}
