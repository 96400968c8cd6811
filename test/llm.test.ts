import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LlmExtractor, ModelAnswerSchema, NoteEventsSchema, modelAnswerJsonSchema, score, toModelEvent, type ModelEvent, type Note, type NoteResult,
} from '../src/index.js';
import { BASE_URL, HttpResponse, chatCompletion, delay, mockOpenAI, type ChatRequestBody } from './helpers/openai-mock.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

const mock = mockOpenAI();
beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.server.close());

const seed = NoteEventsSchema.parse(JSON.parse(readFileSync(DEV_GOLD_FILES[0]!, 'utf8')));
const goldAnswer = { events: seed.events.map(toModelEvent) };
const answer = (events: ModelEvent[]) => JSON.stringify({ events });
const ok = (content: string, opts?: Parameters<typeof chatCompletion>[1]) => HttpResponse.json(chatCompletion(content, opts));
const extractor = (options: Partial<ConstructorParameters<typeof LlmExtractor>[0]> = {}) =>
  new LlmExtractor({ model: 'test-model', baseURL: BASE_URL, apiKey: 'test', maxRetries: 2, timeoutMs: 5000, ...options });
const lastUser = (b: ChatRequestBody) => b.messages[b.messages.length - 1]!.content;
function okResult(r: NoteResult) {
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r;
}

const short: Note = { id: 's1', date: '2021-05-27', text: '5/20: 胸水コントロール目的に入院。\n5/24: 左胸膜癒着術を施行。' };
const shortAnswer: ModelEvent[] = [
  { type: 'admission', reason: '胸水コントロール', certainty: null, date: { start: '2021-05-20', end: null, part: null }, evidence: '胸水コントロール目的に入院' } as ModelEvent,
  { type: 'procedure', name: '胸膜癒着術', site: '左', detail: null, certainty: null, date: { start: '2021-05-24', end: null, part: null }, evidence: '左胸膜癒着術を施行' } as ModelEvent,
];

describe('the request', () => {
  it('is a strict json_schema structured-output request with the note last and dates shown', async () => {
    mock.reset(() => ok(answer(shortAnswer)));
    const r = okResult(await extractor().extractNote(short));
    expect(r.events.map((e) => e.type)).toEqual(['admission', 'procedure']);
    const body = mock.state.requests[0]!;
    expect(body.response_format?.type).toBe('json_schema');
    expect(body.response_format?.json_schema?.strict).toBe(true);
    expect(body.response_format?.json_schema?.schema).toEqual(modelAnswerJsonSchema());
    expect(body.temperature).toBe(0);
    expect(body.messages[0]!.role).toBe('system');
    expect(lastUser(body)).toContain('[1] (2021-05-20 ) 5/20: 胸水コントロール目的に入院。'.replace(' )', ')'));
    expect(lastUser(body)).toContain('Note date: 2021-05-27');
  });

  it('keeps the prompt prefix byte-identical across notes (prefix caching)', async () => {
    mock.reset(() => ok(answer([])));
    const x = extractor();
    await x.extractNote(short);
    await x.extractNote({ ...short, id: 's2', text: '6/1: CT施行。' });
    const [a, b] = mock.state.requests;
    expect(JSON.stringify(a!.messages.slice(0, -1))).toBe(JSON.stringify(b!.messages.slice(0, -1)));
    expect(lastUser(a!)).not.toBe(lastUser(b!));
  });

  it('the strict schema has every property required and no additional properties anywhere', () => {
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o['type'] === 'object') {
        expect(o['additionalProperties']).toBe(false);
        expect(new Set(o['required'] as string[])).toEqual(new Set(Object.keys(o['properties'] as object)));
      }
      for (const k of ['pattern', 'minLength', 'format', 'oneOf', '$schema', 'const']) expect(k in o).toBe(false);
      Object.values(o).forEach(walk);
    };
    walk(modelAnswerJsonSchema());
  });
});

describe('faults real servers produce', () => {
  it('400 on json_schema falls back to json_object, once, and remembers it for the run', async () => {
    mock.reset((body) =>
      body.response_format?.type === 'json_schema'
        ? HttpResponse.json({ error: { message: "response_format 'json_schema' is not supported", type: 'invalid_request_error' } }, { status: 400 })
        : ok(answer(shortAnswer)),
    );
    const x = extractor();
    okResult(await x.extractNote(short));
    okResult(await x.extractNote({ ...short, id: 's2' }));
    expect(mock.state.requests.map((b) => b.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(x.outputMode).toBe('json_object');
    expect(x.fallbacks).toEqual([expect.objectContaining({ from: 'json_schema', to: 'json_object' })]);
  });

  it('text mode reads JSON out of a reply with prose and code fences', async () => {
    mock.reset(() => ok(`Here are the events:\n\`\`\`json\n${answer(shortAnswer)}\n\`\`\`\nDone.`));
    const r = okResult(await extractor({ mode: 'text' }).extractNote(short));
    expect(mock.state.requests[0]!.response_format).toBeUndefined();
    expect(r.events).toHaveLength(2);
  });

  // 429 and 5xx retries are tested against a real local server in llm-retries.test.ts: msw
  // responses hang when the SDK cancels their body before retrying (mswjs/interceptors#799).

  it('a request that takes too long times out and is recorded', async () => {
    mock.reset(async () => {
      await delay(1500);
      return ok(answer(shortAnswer));
    });
    const r = await extractor({ timeoutMs: 200, maxRetries: 0 }).extractNote(short);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/timed out/);
  });

  it('invalid JSON gets one repair turn showing the model its answer', async () => {
    let calls = 0;
    mock.reset(() => ok(++calls === 1 ? '{"events": [{"type": "admission", ' : answer(shortAnswer)));
    const r = okResult(await extractor().extractNote(short));
    expect(r.events).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/^repair turn: not valid JSON/);
    const repair = mock.state.requests[1]!;
    expect(repair.messages.at(-2)).toEqual({ role: 'assistant', content: '{"events": [{"type": "admission", ' });
    expect(lastUser(repair)).toMatch(/That answer is not valid/);
  });

  it('schema-invalid JSON gets a repair turn with the zod errors; still invalid is a recorded failure', async () => {
    mock.reset(() => ok(JSON.stringify({ events: [{ type: 'staging', stage: 'IV' }] })));
    const r = await extractor().extractNote(short);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/invalid answer after a repair turn/);
    expect(lastUser(mock.state.requests[1]!)).toMatch(/events\.0/);
  });

  it('finish_reason "length" splits the note at a segment boundary and extracts the halves', async () => {
    mock.reset((body) => {
      const user = lastUser(body);
      const both = user.includes('[1]') && user.includes('[2]');
      if (both) return ok('{"events": [{"type": "admission", "reason"', { finishReason: 'length' });
      return ok(answer(user.includes('[1]') ? [shortAnswer[0]!] : [shortAnswer[1]!]));
    });
    const r = okResult(await extractor().extractNote(short));
    expect(r.events.map((e) => e.type)).toEqual(['admission', 'procedure']);
    expect(r.warnings.join(' ')).toMatch(/cut off.*split into 1 \+ 1 lines/);
    expect(mock.state.requests).toHaveLength(3);
  });
});

describe('grounding', () => {
  it('hallucinated evidence is dropped with a warning', async () => {
    mock.reset(() => ok(answer([...shortAnswer, { ...shortAnswer[1]!, name: '肺葉切除術', evidence: '右肺葉切除術を施行' } as ModelEvent])));
    const r = okResult(await extractor().extractNote(short));
    expect(r.events).toHaveLength(2);
    expect(r.warnings).toContainEqual(expect.stringMatching(/^ungrounded procedure: evidence "右肺葉切除術を施行" is not in the note; dropped/));
  });

  it('evidence written in another width or spacing is found through the offset map', async () => {
    mock.reset(() => ok(answer([{ ...shortAnswer[1]!, evidence: '左胸膜癒着術を 施行' } as ModelEvent])));
    const r = okResult(await extractor().extractNote(short));
    expect(r.events[0]!.evidence!.text).toBe('左胸膜癒着術を施行');
    expect(short.text.slice(r.events[0]!.evidence!.start, r.events[0]!.evidence!.end)).toBe('左胸膜癒着術を施行');
  });

  it('a wrong model date is corrected from the note, and the disagreement recorded', async () => {
    mock.reset(() => ok(answer([{ ...shortAnswer[0]!, date: { start: '2020-05-20', end: null, part: null } } as ModelEvent])));
    const [e] = okResult(await extractor().extractNote(short)).events;
    expect(e!.date).toMatchObject({ start: '2021-05-20' });
    expect(e!.warnings).toContainEqual(expect.stringMatching(/the model said 2020-05-20, the note resolves to 2021-05-20/));
  });

  it('drug names become INN and regimens expand, whatever the model wrote', async () => {
    const note: Note = { id: 'm', date: '2021-05-27', text: '3/16～4/13 3rd line DOC+RAM 2course施行' };
    mock.reset(() => ok(answer([{ type: 'medication', drugs: ['DOC', 'ラムシルマブ'], regimen: 'DOC+RAM', line: 3, dose: null, cycles: 2, status: 'completed', intent: null, certainty: null, date: null, evidence: '3rd line DOC+RAM 2course施行' } as ModelEvent])));
    const [e] = okResult(await extractor().extractNote(note)).events;
    expect(e).toMatchObject({ type: 'medication', drugs: ['docetaxel', 'ramucirumab'], date: { start: '2021-03-16', end: '2021-04-13' }, source: 'llm' });
  });
});

describe('long notes and alignment', () => {
  it('a note over the budget goes in overlapping chunks of lines; duplicates from the overlap are merged', async () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${i + 1}/1: CT施行、SDと判断。`);
    const long: Note = { id: 'long', date: '2021-12-31', text: lines.join('\n') };
    mock.reset((body) => {
      // Answer with a response event for every line the chunk shows.
      const shown = [...lastUser(body).matchAll(/\[(\d+)\] \([^)]*\) (\d+)\/1: CT施行、SDと判断。/g)].map((m) => m[2]!);
      return ok(answer(shown.map((m) => ({ type: 'response', code: 'SD', basis: 'CT', finding: null, certainty: null, date: null, evidence: `${m}/1: CT施行、SDと判断` }) as ModelEvent)));
    });
    const r = okResult(await extractor({ maxNoteChars: 80, chunkOverlapLines: 2 }).extractNote(long));
    expect(mock.state.requests.length).toBeGreaterThan(1);
    expect(r.warnings[0]).toMatch(/sent in \d+ chunks/);
    expect(r.events.map((e) => e.date?.start)).toEqual(lines.map((_, i) => `2021-${String(i + 1).padStart(2, '0')}-01`));
  });

  it('a quote with a typo is aligned approximately and flagged; too far off is ungrounded', async () => {
    mock.reset(() => ok(answer([{ ...shortAnswer[1]!, evidence: '左胸膜愈着術を施行' } as ModelEvent, { ...shortAnswer[0]!, evidence: '肺炎治療のため入院した' } as ModelEvent])));
    const r = okResult(await extractor().extractNote(short));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence!.text).toBe('左胸膜癒着術を施行');
    expect(r.events[0]!.warnings).toContainEqual(expect.stringMatching(/aligned approximately \(edit distance 1\)/));
    expect(r.warnings).toContainEqual(expect.stringMatching(/^ungrounded admission/));
  });

  it('keepUngrounded keeps a hallucinated event, flagged and without evidence offsets', async () => {
    mock.reset(() => ok(answer([{ ...shortAnswer[1]!, evidence: '右肺葉切除術' } as ModelEvent])));
    const r = okResult(await extractor({ keepUngrounded: true }).extractNote(short));
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence).toBeUndefined();
    expect(r.events[0]!.warnings![0]).toMatch(/^ungrounded procedure/);
  });
});

describe('batches', () => {
  it('honours the concurrency limit (max in flight equals the limit) and streams every note', async () => {
    mock.reset(async () => {
      await delay(40);
      return ok(answer([]));
    });
    const notes = Array.from({ length: 12 }, (_, i) => ({ ...short, id: `c${i}`, text: `${short.text}\n${i}` }));
    const ids: string[] = [];
    for await (const r of extractor({ concurrency: 3 }).extract(notes)) ids.push(r.note.id);
    expect(ids.sort()).toEqual(notes.map((n) => n.id).sort());
    expect(mock.state.maxInFlight).toBe(3);
  });

  it('the disk cache makes a re-run of the same batch send zero requests', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'kozoka-cache-'));
    mock.reset(() => ok(answer(shortAnswer)));
    const first = okResult(await extractor({ cacheDir }).extractNote(short));
    expect(mock.state.requests).toHaveLength(1);
    mock.reset(() => HttpResponse.json({ error: { message: 'must not be called' } }, { status: 500 }));
    const second = okResult(await extractor({ cacheDir }).extractNote(short));
    expect(mock.state.requests).toHaveLength(0);
    expect(second.usage.cacheHits).toBe(1);
    expect(second.events).toEqual(first.events);
  });

  it('the Co-Doc seed note, extracted end to end from a scripted model answer, gives the seed gold events', async () => {
    expect(ModelAnswerSchema.safeParse(goldAnswer).success).toBe(true);
    mock.reset(() => ok(JSON.stringify(goldAnswer)));
    const r = okResult(await extractor().extractNote(seed.note));
    const result = score([seed], [{ note: seed.note, events: r.events }]);
    expect(result.overall.f1).toBe(1);
    expect(result.overall.dates).toBe(1);
    expect(r.events.every((e) => e.source === 'llm')).toBe(true);
    expect(r.warnings).toEqual([]);
  });
});
