import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LlmExtractor, buildMessages, loadPrompts, modelAnswerJsonSchema, segmentNote, toModelEvent, NoteEventsSchema, type Note } from 'kozoka';

/**
 * Approximate token count, stated so the figures can be read: one token per CJK or
 * kana character, one per four other characters (BPE tokenisers of current models
 * land near this for Japanese clinical text mixed with Latin abbreviations).
 */
export function approxTokens(s: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}

/** The LLM path against a local OpenAI-compatible mock with 100 ms latency: throughput vs the ideal, tokens per note. */
export async function benchLlm(): Promise<string> {
  const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev');
  const gold = ['seed.gold.jsonl', 'dev.gold.jsonl'].flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l))));
  // The mock answers each note with its gold events, found by the note's last user message.
  const answers = new Map<string, string>();
  let promptTokens = 0;
  let completionTokens = 0;
  let prefix: string | undefined;
  let prefixSame = true;
  const fewShotTexts = new Set(loadPrompts().fewShot.map((f) => f.note.text));
  for (const g of gold) {
    const messages = buildMessages(segmentNote(g.note));
    const answer = JSON.stringify({ events: g.events.map(toModelEvent) });
    answers.set(messages[messages.length - 1]!.content, answer);
    promptTokens += messages.reduce((n, m) => n + approxTokens(m.content), 0);
    completionTokens += approxTokens(answer);
    const p = JSON.stringify(messages.slice(0, -1));
    if (fewShotTexts.has(g.note.text)) continue; // a few-shot note gets the spare example instead of itself
    prefix ??= p;
    if (p !== prefix) prefixSame = false;
  }
  const prefixTokens = approxTokens(JSON.parse(prefix!).map((m: { content: string }) => m.content).join(''));

  const LATENCY = 100;
  // The mock server runs in its own process, as a real server would.
  const answersFile = join(mkdtempSync(join(tmpdir(), 'kozoka-bench-')), 'answers.json');
  writeFileSync(answersFile, JSON.stringify([...answers]));
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'mock-llm-server.ts'), answersFile, String(LATENCY)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
    child.once('exit', (code) => reject(new Error(`mock server exited with ${code}`)));
  });
  const baseURL = `http://127.0.0.1:${port}/v1`;

  const N = 2000;
  const CONCURRENCY = 16;
  const notes: Note[] = Array.from({ length: N }, (_, i) => ({ ...gold[i % gold.length]!.note, id: `b${i}` }));

  // The ideal, measured in the same run: the same request bodies (prompt and strict
  // schema) sent by 16 bare fetch workers doing nothing else (the theoretical bound
  // is 1000 / latency × concurrency).
  const responseFormat = { type: 'json_schema', json_schema: { name: 'kozoka_events', strict: true, schema: modelAnswerJsonSchema() } };
  const bodies = gold.map((g) => JSON.stringify({ model: 'mock', messages: buildMessages(segmentNote(g.note)), temperature: 0, max_tokens: 4096, response_format: responseFormat }));
  const send = async (i: number) => {
    const res = await fetch(`${baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[i % bodies.length]! });
    await res.json();
  };
  // Warm the server and the client's connections before anything is timed.
  for (let w = 0; w < 4; w++) await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => send(i)));
  const tIdeal = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < N) await send(next++);
    }),
  );
  const measuredIdeal = N / ((performance.now() - tIdeal) / 1000);
  const llm = new LlmExtractor({ model: 'mock', baseURL, apiKey: 'x', concurrency: CONCURRENCY });
  const t = performance.now();
  let okCount = 0;
  let events = 0;
  for await (const r of llm.extract(notes)) if (r.ok) (okCount++, (events += r.events.length));
  const seconds = (performance.now() - t) / 1000;
  child.kill();
  const theoretical = (1000 / LATENCY) * CONCURRENCY;
  const rate = N / seconds;
  return [
    '## LLM path against a local mock server',
    '',
    `${N} notes (the dev notes with new ids) through \`LlmExtractor\`, concurrency ${CONCURRENCY}, against an OpenAI-compatible HTTP server in its own process on 127.0.0.1 that answers each request after ${LATENCY} ms with the note's gold events (so grounding does real work: ${events.toLocaleString('en')} events, ${okCount} notes ok).`,
    '',
    '| | notes/s |',
    '|---|---:|',
    `| theoretical bound (1000 / ${LATENCY} ms × ${CONCURRENCY}) | ${theoretical} |`,
    `| ideal measured in this run (bare fetch, ${CONCURRENCY} workers, same requests) | ${measuredIdeal.toFixed(1)} |`,
    `| \`LlmExtractor.extract\` (segment, prompt, request, validate, ground) | ${rate.toFixed(1)} |`,
    '',
    `Throughput: **${(100 * rate / measuredIdeal).toFixed(1)} %** of the measured ideal (target ≥ 90 %: ${rate >= 0.9 * measuredIdeal ? 'met' : 'NOT met'}); ${(100 * rate / theoretical).toFixed(1)} % of the theoretical bound.`,
    '',
    'Tokens per note on the dev set, approximated (one token per CJK/kana character, one per four other characters; no model tokenizer is available here):',
    '',
    '| | tokens per note |',
    '|---|---:|',
    `| prompt (system + few-shot + note) | ${(promptTokens / gold.length).toFixed(0)} |`,
    `| of which the shared prefix (system + few-shot) | ${prefixTokens} |`,
    `| completion (the gold answer as JSON) | ${(completionTokens / gold.length).toFixed(0)} |`,
    '',
    `The prompt prefix is byte-identical for every note that is not itself a few-shot example: ${prefixSame ? 'yes' : 'NO'}.`,
  ].join('\n');
}
