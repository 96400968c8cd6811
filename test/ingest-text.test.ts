import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleBatch, ingestBytes, parseJsonLines, parseTextNote, readInputs, sniffFormat, type IngestResult } from '../src/index.js';
import { DEV_GOLD_FILES, FIXTURES } from './helpers/paths.js';

const enc = (s: string) => Buffer.from(s, 'utf8');

describe('plain-text notes', () => {
  it('takes the id from the file name and date/patient from header lines', () => {
    const note = parseTextNote(enc('date: 2021-05-27\npatient: P1\n1/31～: 放射線治療施行\n'), { file: 'a/b/n-0001.txt' });
    expect(note).toEqual({ id: 'n-0001', date: '2021-05-27', patientId: 'P1', text: '1/31～: 放射線治療施行', source: { format: 'text', file: 'a/b/n-0001.txt' } });
  });

  it('keeps the text exactly, including inner blank lines and CRLF, dropping only the final newline', () => {
    expect(parseTextNote('A\r\n\r\nB\r\n', { file: 'x.txt' }).text).toBe('A\r\n\r\nB');
    expect(parseTextNote('  S) 咳あり\n\n', { file: 'x.txt' }).text).toBe('  S) 咳あり\n');
  });

  it('uses the date option when the file has no date line; the file wins when it has one', () => {
    expect(parseTextNote('本文', { file: 'x.txt', date: '2020-01-01' }).date).toBe('2020-01-01');
    expect(parseTextNote('date: 2021-02-03\n本文', { file: 'x.txt', date: '2020-01-01' }).date).toBe('2021-02-03');
  });

  it('a bad date header is an error naming the note', () => {
    expect(() => parseTextNote('date: 2021-02-30\n本文', { file: 'x.txt' })).toThrow(/x\.txt \[note x\]: invalid note header: date:/);
  });

  it('Shift_JIS text is an error naming the byte offset unless its encoding is given', () => {
    const sjis = readFileSync(join(FIXTURES, 'mml', 'sjis_v3.xml'));
    const r = ingestBytes(sjis, 'n.txt');
    expect(r.notes).toEqual([]);
    expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'encoding', file: 'n.txt' });
    expect(r.issues[0]!.byteOffset).toBe(sjis.findIndex((b) => b >= 0x80));
    expect(r.issues[0]!.message).toContain('give its encoding');
    expect(ingestBytes(sjis, 'n.txt', { encoding: 'shift_jis' }).notes[0]!.text).toContain('胃癌（体部）と診断');
  });
});

describe('JSON Lines of notes', () => {
  it('reads every dev gold note (gold lines wrap the note) and keeps the text exact', () => {
    const text = readFileSync(DEV_GOLD_FILES[1]!, 'utf8');
    const { notes, issues } = parseJsonLines(text, { file: 'dev.gold.jsonl' });
    expect(issues).toEqual([]);
    expect(notes).toHaveLength(20);
    const gold = text.trim().split('\n').map((l) => JSON.parse(l) as { note: { text: string } });
    expect(notes.map((n) => n.text)).toEqual(gold.map((g) => g.note.text));
    expect(notes[2]!.source).toMatchObject({ file: 'dev.gold.jsonl', line: 3 });
  });

  it('a bad line is an error naming file and line; the rest go on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'x' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'y', date: '2021-13-01' }),
      '',
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'e', text: 'z' }),
    ].join('\n');
    const { notes, issues } = parseJsonLines(lines, { file: 'n.jsonl' });
    expect(notes.map((n) => n.id)).toEqual(['a', 'e']);
    expect(issues.map((i) => [i.code, i.line, i.note])).toEqual([
      ['invalid-json', 2, undefined],
      ['invalid-note', 3, 'c'],
      ['invalid-note', 5, undefined],
    ]);
    expect(issues[1]!.message).toContain('date');
    expect(issues.every((i) => i.file === 'n.jsonl')).toBe(true);
  });
});

describe('format choice', () => {
  it('sniffs stdin-like input by its first byte', () => {
    expect(sniffFormat(enc('  <?xml version="1.0"?><Mml/>'))).toBe('mml');
    expect(sniffFormat(enc('{"id":"a","text":"b"}\n'))).toBe('jsonl');
    expect(sniffFormat(enc('2021/3/2 CT施行'))).toBe('text');
    expect(sniffFormat(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('mml');
  });
});

describe('batches', () => {
  async function read(paths: string[]): Promise<IngestResult[]> {
    const out: IngestResult[] = [];
    for await (const r of readInputs(paths)) out.push(r);
    return out;
  }

  it('walks directories recursively in a stable order, one result per file, errors as values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), 'date: 2021-01-02\n本文B');
    writeFileSync(join(dir, 'sub', 'a.jsonl'), '{"id":"j1","text":"本文J"}\nnot json\n');
    writeFileSync(join(dir, 'a.xml'), readFileSync(join(FIXTURES, 'mml', 'malformed.xml')));
    writeFileSync(join(dir, 'README.md'), 'not an input');
    const results = await read([dir, join(dir, 'missing.txt')]);
    expect(results.map((r) => r.file.replace(dir, '.'))).toEqual(['./a.xml', './b.txt', './sub/a.jsonl', './missing.txt']);
    const batch = assembleBatch(results);
    expect(batch.notes.map((n) => n.id)).toEqual(['b', 'j1']);
    expect(batch.issues.map((i) => i.code)).toEqual(['malformed-xml', 'invalid-json', 'io']);
    expect(batch.counts).toMatchObject({ files: 4, filesFailed: 2, notes: 2, errors: 3 });
  });

  it('a revised edition supersedes its parent when both are in the batch, whatever the order', async () => {
    const orig = join(FIXTURES, 'mml', 'edition_original.xml');
    const rev = join(FIXTURES, 'mml', 'edition_revised.xml');
    for (const order of [[orig, rev], [rev, orig]]) {
      const batch = assembleBatch(await read(order));
      expect(batch.notes.map((n) => n.id)).toEqual(['ED-0002']);
      expect(batch.counts.superseded).toBe(1);
    }
    expect(assembleBatch(await read([orig])).notes.map((n) => n.id)).toEqual(['ED-0001']);
  });

  it('a note id seen twice is an error on the second copy, never a silent overwrite', () => {
    const r1 = ingestBytes(enc('{"id":"x","text":"one"}'), 'a.jsonl');
    const r2 = ingestBytes(enc('{"id":"x","text":"two"}'), 'b.jsonl');
    const batch = assembleBatch([r1, r2]);
    expect(batch.notes.map((n) => n.text)).toEqual(['one']);
    expect(batch.issues).toEqual([expect.objectContaining({ code: 'duplicate-note', file: 'b.jsonl', note: 'x' })]);
    expect(batch.issues[0]!.message).toContain('a.jsonl');
  });
});

describe('large JSON Lines files are read in parts', () => {
  it('yields parts of whole lines: every note once, line numbers right across parts, memory bounded by a part', async () => {
    const { JSONL_PART_BYTES } = await import('../src/ingest/read.js');
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-jsonl-parts-'));
    const file = join(dir, 'big.jsonl');
    const filler = '経過良好。'.repeat(60);
    const lines: string[] = [];
    for (let i = 0; Buffer.byteLength(lines.join('\n')) < JSONL_PART_BYTES * 2.5; i++) lines.push(JSON.stringify({ id: `n${i}`, text: `${i}: ${filler}` }));
    const bad = lines.length - 3;
    lines[bad] = '{"id": "broken"';
    writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
    const results: IngestResult[] = [];
    for await (const r of readInputs([file])) results.push(r);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.map((r) => !!r.continued)).toEqual([false, ...results.slice(1).map(() => true)]);
    const notes = results.flatMap((r) => r.notes);
    expect(notes).toHaveLength(lines.length - 1);
    expect(notes.map((n) => n.id)).toEqual(lines.map((_, i) => `n${i}`).filter((_, i) => i !== bad));
    expect(notes.every((n, k) => n.source?.line === (k < bad ? k + 1 : k + 2))).toBe(true);
    const issues = results.flatMap((r) => r.issues);
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid-json', line: bad + 1 })]);
  });
});
