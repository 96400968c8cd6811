import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteSchema } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES, FIXTURES } from './helpers/paths.js';

const notesOf = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => NoteSchema.parse(JSON.parse(l)));

describe('kozoka parse', () => {
  it('parses the bundled examples: one valid Note per line, a summary on stderr, exit 0', async () => {
    const r = await runCli(['parse', 'examples/notes']);
    expect(r.code).toBe(0);
    const notes = notesOf(r.stdout);
    expect(notes.map((n) => n.id)).toEqual(['seed-codoc-1', 'dev-004', 'dev-001', 'dev-002', 'dev-003']);
    const seed = JSON.parse(readFileSync(DEV_GOLD_FILES[0]!, 'utf8')) as { note: { text: string } };
    expect(notes[0]!.text).toBe(seed.note.text);
    expect(r.stderr.trim()).toBe(
      'kozoka parse: 3 files, 5 notes, 0 patient record(s), 0 registered diagnoses, skipped modules: none, superseded 0, errors 0, warnings 0',
    );
  });

  it('writes --out, --patients and --diagnoses files; counts skipped modules and warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-cli-'));
    const out = join(dir, 'notes.jsonl');
    const r = await runCli(['parse', join(FIXTURES, 'mml', 'multi_module.xml'), '--out', out, '--patients', join(dir, 'p.jsonl'), '--diagnoses', join(dir, 'd.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(notesOf(readFileSync(out, 'utf8')).map((n) => n.id)).toEqual(['MULTI-PC-1', 'MULTI-PC-2']);
    expect(readFileSync(join(dir, 'p.jsonl'), 'utf8')).toContain('"山田 花子"');
    expect(JSON.parse(readFileSync(join(dir, 'd.jsonl'), 'utf8'))).toMatchObject({ event: { name: '右上葉肺腺癌', icd10: 'C34.1' } });
    expect(r.stderr).toContain('warning: ');
    expect(r.stderr).toContain('[note MULTI-PC-EMPTY]: ProgressCourse has no text');
    expect(r.stderr).toContain('skipped modules: report 1');
    expect(r.stderr).toContain('errors 0, warnings 1');
  });

  it('reads stdin when no input is given, sniffing the format', async () => {
    const r = await runCli(['parse'], { stdin: '{"id":"s1","text":"本文"}\n' });
    expect(r.code).toBe(0);
    expect(notesOf(r.stdout)).toEqual([{ id: 's1', text: '本文', source: { format: 'jsonl', file: '<stdin>', line: 1 } }]);
    const xml = await runCli(['parse', '-'], { stdin: readFileSync(join(FIXTURES, 'mml', 'sjis_v3.xml')) });
    expect(notesOf(xml.stdout)[0]!.text).toContain('胃癌（体部）');
  });

  it('exit 1 when some inputs fail; the good ones are still written and every error names its file', async () => {
    const r = await runCli(['parse', join(FIXTURES, 'mml', 'malformed.xml'), join(FIXTURES, 'mml', 'not_mml.xml'), join(FIXTURES, 'mml', 'v23_no_namespace.xml')]);
    expect(r.code).toBe(1);
    expect(notesOf(r.stdout).map((n) => n.id)).toEqual(['V23DOC0001']);
    expect(r.stderr).toMatch(/error: .*malformed\.xml:5:\d+: malformed XML/);
    expect(r.stderr).toMatch(/error: .*not_mml\.xml: not an MML document/);
    expect(r.stderr).toContain('errors 2');
  });

  it('exit 2 with a message for usage errors', async () => {
    for (const args of [['parse', '--format', 'pdf', 'x'], ['parse', '--bogus'], ['frobnicate'], ['parse', '--date', '2021/1/1', 'x']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^kozoka: /);
    }
  });

  it('--help prints the options and exits 0', async () => {
    const r = await runCli(['parse', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--out <file>');
  });
});
