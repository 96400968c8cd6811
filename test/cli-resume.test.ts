import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES, ROOT } from './helpers/paths.js';

function input(dir: string): string {
  const notes = readFileSync(DEV_GOLD_FILES[1]!, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { note: unknown }).note as { id: string });
  const file = join(dir, 'in.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ ...notes[i % notes.length]!, id: `r${i}` }));
  lines.splice(1500, 0, 'this line is not JSON');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('kozoka extract --resume', () => {
  it('after kill -9 halfway, resuming gives exactly the uninterrupted outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-resume-'));
    const file = input(dir);
    const full = join(dir, 'full', 'events.jsonl');
    expect((await runCli(['extract', file, '--out', full, '--quiet'])).code).toBe(1); // the bad line is recorded

    const part = join(dir, 'part', 'events.jsonl');
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'extract', file, '--out', part, '--quiet'], { stdio: 'ignore' });
    // Kill hard once some but not all output is there.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        let size = 0;
        try {
          size = statSync(part).size;
        } catch {
          /* not created yet */
        }
        if (size > statSync(full).size / 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
    });
    await new Promise((r) => child.on('close', r));
    expect(statSync(part).size).toBeLessThan(statSync(full).size);
    appendFileSync(part, '{"note":{"id":"torn'); // a torn last line, as power loss leaves

    const r = await runCli(['extract', file, '--out', part, '--resume', '--summary', join(dir, 's.json'), '--quiet']);
    expect(r.code).toBe(1);
    expect(readFileSync(part, 'utf8')).toBe(readFileSync(full, 'utf8'));
    expect(readFileSync(join(dir, 'part', 'errors.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'errors.jsonl'), 'utf8'));
    const s = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as { resumed: number; notesIn: number; notesOut: number; notesFailed: number };
    expect(s.resumed).toBeGreaterThan(0);
    expect(s.resumed + s.notesOut).toBe(3000);
  });

  it('--resume needs --out and the events format', async () => {
    expect((await runCli(['extract', 'examples/notes', '--resume'])).code).toBe(2);
  });
});
