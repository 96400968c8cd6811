import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteEventsSchema, score } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

describe('kozoka extract (rules)', () => {
  it('extracts the bundled examples; the Co-Doc note from MML scores well against its gold', async () => {
    const r = await runCli(['extract', 'examples/notes']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => NoteEventsSchema.parse(l));
    expect(out.map((o) => o.note.id)).toEqual(['seed-codoc-1', 'dev-004', 'dev-001', 'dev-002', 'dev-003']);
    const seedGold = NoteEventsSchema.parse(JSON.parse(readFileSync(DEV_GOLD_FILES[0]!, 'utf8')));
    const result = score([seedGold], [out[0]!]);
    expect(result.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.stderr).toMatch(/notes in 5 = out 5 \(incl\. 0 superseded\) \+ failed 0/);
  });

  it('writes --out, errors.jsonl beside it and --summary; every note in is out or failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-extract-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ['{"id":"a","date":"2021-05-27","text":"5/20 胸水コントロール目的に入院。"}', 'not json', '{"id":"b","text":"2021/3/2 PDと判断。"}'].join('\n'));
    const out = join(dir, 'out', 'events.jsonl');
    const r = await runCli(['extract', input, '--out', out, '--summary', join(dir, 'summary.json')]);
    expect(r.code).toBe(1);
    expect(lines(readFileSync(out, 'utf8')).map((l) => (l as { note: { id: string } }).note.id)).toEqual(['a', 'b']);
    const errors = lines(readFileSync(join(dir, 'out', 'errors.jsonl'), 'utf8')) as { file: string; line: number; code: string }[];
    expect(errors).toEqual([expect.objectContaining({ file: input, line: 2, code: 'invalid-json' })]);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { notesIn: number; notesOut: number; notesFailed: number; eventsByType: Record<string, number> };
    expect(summary.notesIn).toBe(summary.notesOut + summary.notesFailed);
    expect(summary).toMatchObject({ notesIn: 3, notesOut: 2, notesFailed: 1 });
    expect(summary.eventsByType).toEqual({ admission: 1, response: 1 });
  });

  it('--format codoc writes one flat record per event', async () => {
    const r = await runCli(['extract', '--format', 'codoc', '-'], { stdin: '{"id":"c","date":"2021-05-27","text":"11/19～2/10: 2nd line CBDCA/PTX/Bev/Atezoを4course施行"}\n' });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { note_id: 'c', date: '2020-11-19～2021-02-10', event: '薬物療法', diagnosis: '', treatment: '2 line CBDCA/PTX/Bev/Atezo 4 cycles completed', TNM_classification: '', stage: '', metastasis: '', specimen: '', gene_mutation: '' },
    ]);
  });

  it('--provider openai with no key and no base URL is a usage error that says how to fix it', async () => {
    const env = { ...process.env };
    delete env['OPENAI_API_KEY'];
    const r = await runCli(['extract', '--provider', 'openai', '--model', 'm', 'examples/notes'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/set OPENAI_API_KEY for OpenAI, or give --base-url/);
    expect((await runCli(['extract', '--provider', 'openai', 'examples/notes'])).stderr).toMatch(/needs --model/);
  });
});

describe('kozoka extract --jobs', () => {
  it('worker threads give exactly the output of extracting in the main thread, in input order', async () => {
    const input = DEV_GOLD_FILES[1]!;
    const inline = await runCli(['extract', input, '--jobs', '0', '--quiet']);
    const pooled = await runCli(['extract', input, '--jobs', '3', '--quiet']);
    expect(inline.code, inline.stderr).toBe(0);
    expect(pooled.code, pooled.stderr).toBe(0);
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { note: { id: string } }).note.id)).toEqual(
      readFileSync(input, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { note: { id: string } }).note.id),
    );
    const bad = await runCli(['extract', input, '--jobs', '-1']);
    expect(bad.code).toBe(2);
  });
});

describe('kozoka extract --shard', () => {
  it('n shards together process every note exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-shard-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `n${i}`, date: '2021-05-27', text: `5/${(i % 28) + 1} CT施行、PD。` })).join('\n'));
    const seen: string[] = [];
    for (const s of ['0/3', '1/3', '2/3']) {
      const r = await runCli(['extract', input, '--shard', s, '--quiet']);
      expect(r.code).toBe(0);
      const ids = lines(r.stdout).map((l) => (l as { note: { id: string } }).note.id);
      expect(ids.length).toBeGreaterThan(0);
      seen.push(...ids);
    }
    expect(seen.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`).sort());
    expect((await runCli(['extract', input, '--shard', '3/3'])).code).toBe(2);
  });
});

describe('kozoka extract progress', () => {
  it('writes plain progress lines when stderr is not a terminal, none with --quiet', async () => {
    const r = await runCli(['extract', 'examples/notes', '--progress-every', '0']);
    const progressLines = r.stderr.split('\n').filter((l) => /^kozoka extract: \d+ notes, [\d.]+ notes\/s, \d+ failed$/.test(l));
    expect(progressLines.length).toBeGreaterThanOrEqual(3);
    expect(r.stderr).not.toContain('\r');
    const quiet = await runCli(['extract', 'examples/notes', '--quiet', '--progress-every', '0']);
    expect(quiet.stderr).toBe('');
  });
});
