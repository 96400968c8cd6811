import { afterEach, describe, expect, it } from 'vitest';
import { LlmExtractor, type Note } from '../src/index.js';
import { startLocalServer, sendJson, type LocalServer } from './helpers/local-server.js';
import { chatCompletion } from './helpers/openai-mock.js';

// Retries against a real HTTP server (msw responses hang when the SDK cancels
// their body before retrying; see mswjs/interceptors#799).
const note: Note = { id: 'r1', date: '2021-05-27', text: '5/20: 胸水コントロール目的に入院。' };
const answer = JSON.stringify({ events: [{ type: 'admission', reason: '胸水コントロール', certainty: null, date: null, evidence: '胸水コントロール目的に入院' }] });
let server: LocalServer | undefined;
afterEach(async () => server?.close());

describe('retries (real local server)', () => {
  it('429 with Retry-After: waits as told, then succeeds; the retry is counted', async () => {
    server = await startLocalServer((_b, n, _req, res) =>
      n === 1 ? sendJson(res, 429, { error: { message: 'rate limited' } }, { 'retry-after': '1' }) : sendJson(res, 200, chatCompletion(answer)),
    );
    const r = await new LlmExtractor({ model: 'm', baseURL: server.baseURL, maxRetries: 2 }).extractNote(note);
    expect(r.ok).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
    expect(r.usage).toMatchObject({ requests: 1, retries: 1 });
    expect(r.events).toHaveLength(1);
  });

  it('500 then 503 then 200: retried with backoff and succeeds', async () => {
    server = await startLocalServer((_b, n, _req, res) =>
      n === 1 ? sendJson(res, 500, { error: { message: 'boom' } }, { 'retry-after-ms': '20' }) : n === 2 ? sendJson(res, 503, { error: { message: 'busy' } }, { 'retry-after-ms': '20' }) : sendJson(res, 200, chatCompletion(answer)),
    );
    const r = await new LlmExtractor({ model: 'm', baseURL: server.baseURL, maxRetries: 3 }).extractNote(note);
    expect(r.ok).toBe(true);
    expect(r.usage.retries).toBe(2);
  });

  it('503 every time: retried maxRetries times, then recorded as the note failure', async () => {
    server = await startLocalServer((_b, _n, _req, res) => sendJson(res, 503, { error: { message: 'overloaded' } }, { 'retry-after-ms': '10' }));
    const r = await new LlmExtractor({ model: 'm', baseURL: server.baseURL, maxRetries: 2 }).extractNote(note);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/HTTP 503/);
    expect(server.requests).toHaveLength(3);
    expect(r.usage.retries).toBe(2);
  });

  it('an AbortSignal cancels the run: the note is recorded as cancelled', async () => {
    server = await startLocalServer(() => {
      /* never answers */
    });
    const controller = new AbortController();
    const pending = new LlmExtractor({ model: 'm', baseURL: server.baseURL, signal: controller.signal, maxRetries: 0 }).extractNote(note);
    setTimeout(() => controller.abort(), 100);
    const r = await pending;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe('cancelled');
  });
});
