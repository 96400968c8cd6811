import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LlmExtractor, NoteEventsSchema, deidentify, isLocalOrPrivate, loadPseudonymKey, pseudonymize, shouldMask, toModelEvent, type Note, type Patient,
} from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { BASE_URL, HttpResponse, chatCompletion, mockOpenAI } from './helpers/openai-mock.js';
import { DEV_GOLD_FILES, FIXTURES } from './helpers/paths.js';

const KEY = Buffer.from('0123456789abcdef0123456789abcdef');

describe('pseudonymize', () => {
  it('is HMAC-SHA256 with the key: stable, keyed, base32 or hex', () => {
    expect(pseudonymize('P000123', KEY, 'hex')).toBe(createHmac('sha256', KEY).update('P000123').digest('hex'));
    expect(pseudonymize('P000123', KEY)).toBe(pseudonymize('P000123', Buffer.from(KEY)));
    expect(pseudonymize('P000123', KEY)).toMatch(/^[a-z2-7]{52}$/);
    expect(pseudonymize('P000123', Buffer.from('another key, also long enough!!'))).not.toBe(pseudonymize('P000123', KEY));
    expect(pseudonymize('P000124', KEY)).not.toBe(pseudonymize('P000123', KEY));
  });

  it('loads the key from a file or the environment and refuses short keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-key-'));
    writeFileSync(join(dir, 'key'), `${KEY.toString()}\n`);
    expect(loadPseudonymKey({ file: join(dir, 'key') })).toEqual(KEY);
    expect(loadPseudonymKey({ env: { KOZOKA_PSEUDONYM_KEY: KEY.toString() } })).toEqual(KEY);
    expect(loadPseudonymKey({ env: {} })).toBeUndefined();
    expect(() => loadPseudonymKey({ env: { KOZOKA_PSEUDONYM_KEY: 'short' } })).toThrow(/at least 16/);
  });
});

const patient: Patient = {
  id: 'P-9001', otherIds: ['K-55555'], names: [{ repCode: 'I', family: '山田', given: '花子', fullname: '山田 花子' }, { repCode: 'P', family: 'ヤマダ', given: 'ハナコ' }],
  birthday: '1950-02-03', addresses: [], phones: ['03-1234-5678'], emails: [],
};

describe('deidentify', () => {
  const text = [
    '山田花子様、ヤマダ ハナコさん（生年月日 1950/2/3）。ID: P-9001',
    '連絡先 090-1234-5678、〒123-4567 東京都新宿区西新宿1-2-3、hanako@example.jp',
    '被保険者番号 12345678、マイナンバー 1234 5678 9012。担当 佐藤医師、Dr. Tanaka。',
    '2021/3/2 CT施行、PD。11/19～2/10: 2nd line CBDCA/PTX を4course施行。',
  ].join('\n');
  const masked = deidentify(text, { patient });

  it('masks every kind of identifier with typed placeholders', () => {
    expect(masked.text).not.toMatch(/山田|花子|ハナコ|1950\/2\/3|P-9001|090-1234|123-4567|新宿|hanako|12345678|1234 5678 9012|佐藤|Tanaka/);
    for (const ph of ['［氏名］', '［生年月日］', '［ID］', '［電話］', '［郵便番号］', '［住所］', '［メール］', '［保険者番号］', '［個人番号］']) expect(masked.text).toContain(ph);
    expect(masked.counts.name).toBeGreaterThanOrEqual(4);
  });

  it('keeps clinical dates and findings', () => {
    expect(masked.text).toContain('2021/3/2 CT施行、PD。11/19～2/10: 2nd line CBDCA/PTX を4course施行。');
  });

  it('maps every masked position back to the original', () => {
    const at = masked.text.indexOf('CT施行');
    expect(text.slice(masked.starts[at], masked.ends[at + 3])).toBe('CT施行');
    const ph = masked.text.indexOf('［電話］');
    expect(text.slice(masked.starts[ph], masked.ends[ph])).toBe('090-1234-5678');
  });
});

describe('names without a patient record', () => {
  it('a name before an honorific is masked; 患者様, ご家族様 and 主治医 are not names', () => {
    const m = deidentify('山田 花子様とご家族様に説明。患者様は同意。ヤマダさん来院。主治医より連絡。');
    expect(m.text).toBe('［氏名］様とご家族様に説明。患者様は同意。［氏名］さん来院。主治医より連絡。');
  });
});

describe('where text may go unmasked', () => {
  it('auto masks for every server that is not loopback or private', () => {
    expect(isLocalOrPrivate('http://localhost:8000/v1')).toBe(true);
    expect(isLocalOrPrivate('http://127.0.0.1:11434/v1')).toBe(true);
    expect(isLocalOrPrivate('http://[::1]:8000/v1')).toBe(true);
    expect(isLocalOrPrivate('http://10.2.3.4/v1')).toBe(true);
    expect(isLocalOrPrivate('http://192.168.1.20/v1')).toBe(true);
    expect(isLocalOrPrivate('http://172.20.0.5/v1')).toBe(true);
    expect(isLocalOrPrivate('http://172.32.0.5/v1')).toBe(false);
    expect(isLocalOrPrivate(undefined)).toBe(false); // OpenAI
    expect(isLocalOrPrivate('https://api.example.com/v1')).toBe(false);
    expect(shouldMask('auto', 'https://api.example.com/v1')).toBe(true);
    expect(shouldMask('auto', 'http://localhost:8000/v1')).toBe(false);
    expect(shouldMask('on', 'http://localhost:8000/v1')).toBe(true);
    expect(shouldMask('off', undefined)).toBe(false);
  });
});

describe('no identifier reaches a hosted model', () => {
  const mock = mockOpenAI();
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => mock.server.close());

  const injected = ['山田 花子様', '03-1234-5678', '090-9876-5432', '被保険者番号 87654321', '記号・番号 12-345', 'マイナンバー 1111 2222 3333', '患者ID: P-9001'];
  const identifiers = ['山田', '花子', '1234-5678', '9876-5432', '87654321', '12-345', '1111 2222 3333', 'P-9001'];
  const gold = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l))));

  it('dev notes with injected identifiers: request bodies hold none, evidence lands in the original text', async () => {
    const answers = new Map<string, string>();
    const notes: Note[] = gold.slice(0, 6).map((g, i) => ({ ...g.note, patientId: 'P-9001', text: `${injected[i % injected.length]} ${injected[(i + 3) % injected.length]}\n${g.note.text}` }));
    mock.reset(async (body) => {
      const user = body.messages[body.messages.length - 1]!.content;
      const g = gold.find((x) => user.includes(x.note.text.split('\n')[0]!.slice(0, 12)));
      return HttpResponse.json(chatCompletion(answers.get(user) ?? JSON.stringify({ events: (g?.events ?? []).slice(0, 5).map(toModelEvent) })));
    });
    const llm = new LlmExtractor({ model: 'm', baseURL: BASE_URL, apiKey: 'k', patientFor: () => patient });
    expect(llm.masking).toBe(true);
    let grounded = 0;
    for await (const r of llm.extract(notes)) {
      expect(r.ok).toBe(true);
      for (const e of r.events) {
        expect(r.note.text.slice(e.evidence!.start, e.evidence!.end)).toBe(e.evidence!.text);
        grounded++;
      }
    }
    expect(grounded).toBeGreaterThan(10);
    const sent = JSON.stringify(mock.state.requests);
    for (const id of identifiers) expect(sent, id).not.toContain(id);
  });

  it('with deid off (an on-premises server), the text goes as it is', async () => {
    mock.reset(() => HttpResponse.json(chatCompletion('{"events":[]}')));
    const note: Note = { id: 'x', date: '2021-01-01', text: '山田 花子様 03-1234-5678' };
    await new LlmExtractor({ model: 'm', baseURL: BASE_URL, apiKey: 'k', deid: 'off' }).extractNote(note);
    expect(JSON.stringify(mock.state.requests)).toContain('03-1234-5678');
  });
});

describe('CLI', () => {
  it('with a key, no output file of a run holds a raw patient id; the summary records the choices', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-pseudo-'));
    writeFileSync(join(dir, 'key'), KEY);
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ['{"id":"P000777-n1","patientId":"P000777","date":"2021-05-27","text":"5/20 胸水コントロール目的に入院。"}', '{"id":"P000888-n2","patientId":"P000888","text":"KRAS-"}', 'broken P000999'].join('\n'));
    const outDir = join(dir, 'out');
    const r = await runCli(['extract', input, '--out', join(outDir, 'events.jsonl'), '--summary', join(outDir, 'summary.json'), '--pseudonym-key-file', join(dir, 'key')]);
    expect(r.code).toBe(1);
    for (const f of readdirSync(outDir)) {
      const content = readFileSync(join(outDir, f), 'utf8');
      for (const raw of ['P000777', 'P000888']) expect(content, `${f} holds ${raw}`).not.toContain(raw);
    }
    const first = JSON.parse(readFileSync(join(outDir, 'events.jsonl'), 'utf8').split('\n')[0]!) as { note: { id: string; patientId: string } };
    expect(first.note.patientId).toBe(pseudonymize('P000777', KEY));
    expect(first.note.id).toBe(`${pseudonymize('P000777', KEY)}-n1`);
    expect(JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8'))).toMatchObject({ pseudonyms: 'keyed' });
  });

  it('with a key, FHIR outputs (NDJSON, Bundles, kozoka fhir from an unkeyed events file) hold no raw patient id and no note text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-pseudo-fhir-'));
    writeFileSync(join(dir, 'key'), KEY);
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ['{"id":"P000777-n1","patientId":"P000777","date":"2021-05-27","text":"山田太郎様。5/20 肺腺癌の診断で入院。"}', '{"id":"P000888-n2","patientId":"P000888","text":"KRAS-"}'].join('\n'));
    const keyArgs = ['--pseudonym-key-file', join(dir, 'key'), '--quiet'];
    expect((await runCli(['extract', input, '--format', 'fhir-ndjson', '--out', join(dir, 'ndjson', 'fhir'), ...keyArgs])).code).toBe(0);
    expect((await runCli(['extract', input, '--format', 'fhir-bundle', '--out', join(dir, 'bundle', 'bundles.jsonl'), ...keyArgs])).code).toBe(0);
    // An events file written without a key still holds the source ids; kozoka fhir replaces them.
    expect((await runCli(['extract', input, '--out', join(dir, 'plain', 'events.jsonl'), '--quiet'])).code).toBe(0);
    expect((await runCli(['fhir', join(dir, 'plain', 'events.jsonl'), '--out', join(dir, 'mapped', 'fhir'), ...keyArgs])).code).toBe(0);
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    const outputs = ['ndjson', 'bundle', 'mapped'].flatMap((d) => files(join(dir, d)));
    expect(outputs.length).toBeGreaterThan(5);
    for (const f of outputs) {
      const content = readFileSync(f, 'utf8');
      for (const secret of ['P000777', 'P000888', '山田', '太郎']) expect(content, `${f} holds ${secret}`).not.toContain(secret);
    }
    expect(readFileSync(join(dir, 'ndjson', 'fhir', 'Patient.ndjson'), 'utf8')).toContain(pseudonymize('P000777', KEY));
  });

  it('without a key the CLI says once that source ids are kept', async () => {
    const env = { ...process.env };
    delete env['KOZOKA_PSEUDONYM_KEY'];
    const r = await runCli(['extract', 'examples/notes/dev-004.txt'], { env });
    expect(r.stderr.match(/no pseudonym key/g)).toHaveLength(1);
  });

  it('kozoka deid writes masked notes and counts per identifier type', async () => {
    const r = await runCli(['deid', join(FIXTURES, 'mml', 'multi_module.xml')]);
    expect(r.code).toBe(0);
    const notes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Note);
    expect(notes[0]!.text).toBe('［氏名］、4/1より1st line CBDCA+PEM開始。');
    expect(r.stderr).toMatch(/masked: name 1/);
  });
});
