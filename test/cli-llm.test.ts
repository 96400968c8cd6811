import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteEventsSchema } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { startLocalServer, sendJson, type LocalServer } from './helpers/local-server.js';
import { chatCompletion } from './helpers/openai-mock.js';

// The CLI against a small OpenAI-compatible HTTP server on 127.0.0.1.
const note = { id: 'h1', date: '2021-05-27', text: '5/20: 胸水コントロール目的に入院。\n5/24: 左胸膜癒着術(ユニタルク4g)を施行。' };
const llmAnswer = { events: [{ type: 'admission', reason: '胸水コントロール', certainty: null, date: null, evidence: '胸水コントロール目的に入院' }] };
let server: LocalServer | undefined;
afterEach(async () => server?.close());

describe('kozoka extract with an LLM provider', () => {
  it('--provider openai: grounded events, summary with requests and tokens, cache on the second run', async () => {
    server = await startLocalServer((_b, _n, _req, res) => sendJson(res, 200, chatCompletion(JSON.stringify(llmAnswer), { promptTokens: 1234, completionTokens: 56 })));
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-cli-llm-'));
    const args = ['extract', '--provider', 'openai', '--model', 'local-model', '--base-url', server.baseURL, '--cache-dir', join(dir, 'cache'), '--summary', join(dir, 's.json'), '-'];
    const r = await runCli(args, { stdin: JSON.stringify(note) + '\n' });
    expect(r.code, r.stderr).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l)));
    expect(line!.events).toEqual([
      expect.objectContaining({ type: 'admission', reason: '胸水コントロール', source: 'llm', date: expect.objectContaining({ start: '2021-05-20' }), evidence: { start: 6, end: 19, text: '胸水コントロール目的に入院' } }),
    ]);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toMatchObject({ provider: 'openai', requests: 1, promptTokens: 1234, completionTokens: 56, outputMode: 'json_schema', notesIn: 1, notesOut: 1 });
    const again = await runCli(args, { stdin: JSON.stringify(note) + '\n' });
    expect(again.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toMatchObject({ requests: 0, cacheHits: 1 });
  });

  it('--provider hybrid: rules events the LLM missed are added with source rules', async () => {
    server = await startLocalServer((_b, _n, _req, res) => sendJson(res, 200, chatCompletion(JSON.stringify(llmAnswer))));
    const r = await runCli(['extract', '--provider', 'hybrid', '--model', 'm', '--base-url', server.baseURL, '-'], { stdin: JSON.stringify(note) + '\n' });
    expect(r.code, r.stderr).toBe(0);
    const [line] = r.stdout.trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l)));
    expect(line!.events.map((e) => [e.type, e.source])).toEqual([
      ['admission', 'llm'],
      ['procedure', 'rules'],
    ]);
  });

  it('a server that keeps failing: the note goes to errors.jsonl, exit 1, notes in = out + failed', async () => {
    server = await startLocalServer((_b, _n, _req, res) => sendJson(res, 503, { error: { message: 'down' } }, { 'retry-after-ms': '5' }));
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-cli-llm-'));
    const r = await runCli(['extract', '--provider', 'openai', '--model', 'm', '--base-url', server.baseURL, '--max-retries', '1', '--out', join(dir, 'o.jsonl'), '-'], { stdin: JSON.stringify(note) + '\n' });
    expect(r.code).toBe(1);
    const [err] = readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { note: string; message: string });
    expect(err).toMatchObject({ note: 'h1' });
    expect(err!.message).toMatch(/HTTP 503/);
    expect(r.stderr).toMatch(/notes in 1 = out 0 \(incl\. 0 superseded\) \+ failed 1/);
  });
});
