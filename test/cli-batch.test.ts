import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteEventsSchema } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { chatCompletion } from './helpers/openai-mock.js';

const notes = [
  { id: 'b1', patientId: 'P1', date: '2021-05-27', text: '山田 花子様、連絡先 090-1234-5678。\n5/20: 胸水コントロール目的に入院。' },
  { id: 'b2', date: '2021-05-27', text: '5/24: 左胸膜癒着術を施行。' },
  { id: 'b3', date: '2021-05-27', text: '2021/3/2: PDと判断。' },
];

describe('kozoka batch prepare / collect', () => {
  it('round trip through a hand-written batch output: grounded events, failures recorded, nothing lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-batch-'));
    const input = join(dir, 'notes.jsonl');
    writeFileSync(input, notes.map((n) => JSON.stringify(n)).join('\n') + '\n');
    const prep = await runCli(['batch', 'prepare', input, '--model', 'gpt-x', '--out', join(dir, 'requests.jsonl')]);
    expect(prep.code, prep.stderr).toBe(0);
    const requests = readFileSync(join(dir, 'requests.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: { model: string; messages: { content: string }[]; response_format: { type: string; json_schema: { strict: boolean } } } });
    expect(requests.map((r) => [r.custom_id, r.method, r.url, r.body.model])).toEqual(notes.map((n) => [n.id, 'POST', '/v1/chat/completions', 'gpt-x']));
    expect(requests[0]!.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
    // Hosted batch: masked by default.
    expect(JSON.stringify(requests)).not.toMatch(/090-1234-5678|山田/);
    expect(requests[0]!.body.messages.at(-1)!.content).toContain('［電話］');

    const answer = { events: [{ type: 'admission', reason: '胸水コントロール', certainty: null, date: null, evidence: '胸水コントロール目的に入院' }] };
    const outputs = [
      { id: 'r1', custom_id: 'b1', response: { status_code: 200, request_id: 'q1', body: chatCompletion(JSON.stringify(answer)) }, error: null },
      { id: 'r2', custom_id: 'b2', response: { status_code: 500, request_id: 'q2', body: { error: { message: 'server error' } } }, error: null },
    ];
    writeFileSync(join(dir, 'outputs.jsonl'), outputs.map((o) => JSON.stringify(o)).join('\n') + '\n');
    const out = join(dir, 'events.jsonl');
    const col = await runCli(['batch', 'collect', join(dir, 'outputs.jsonl'), '--notes', input, '--model', 'gpt-x', '--out', out]);
    expect(col.code).toBe(1);
    const [line] = readFileSync(out, 'utf8').trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l)));
    expect(line!.note.id).toBe('b1');
    const original = notes[0]!.text;
    expect(line!.events).toEqual([expect.objectContaining({ type: 'admission', date: expect.objectContaining({ start: '2021-05-20' }), evidence: { start: original.indexOf('胸水'), end: original.indexOf('胸水') + 13, text: '胸水コントロール目的に入院' } })]);
    const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { note: string; message: string });
    expect(errors.map((e) => e.note)).toEqual(['b2', 'b3']);
    expect(errors[1]!.message).toMatch(/no result/);
    expect(col.stderr).toMatch(/notes 3 = out 1 \+ failed 2/);
  });
});
