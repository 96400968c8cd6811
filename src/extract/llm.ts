// The LLM path: one openai SDK client for OpenAI and every OpenAI-compatible
// server (vLLM, Ollama, llama.cpp, LM Studio) via baseURL. Retries with
// exponential backoff and jitter, honouring Retry-After, and per-request
// timeouts are the SDK's own (one retry helper, not two); kozoka adds output
// modes with fallback, a repair turn, splitting on truncation, chunking,
// a disk cache and grounding.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI from 'openai';
import pLimit from 'p-limit';
import { groundEvents } from '../ground/ground.js';
import { keysMatch } from '../eval/score.js';
import type { ClinicalEvent } from '../schema/events.js';
import { MODEL_ANSWER_SCHEMA_VERSION, ModelAnswerSchema, modelAnswerJsonSchema, type ModelAnswer } from '../schema/model-answer.js';
import type { Note } from '../schema/note.js';
import { segmentNote, type Segment, type SegmentedNote } from '../segment/segment.js';
import { buildMessages, loadPrompts, noteLines, type ChatMessage } from './prompt.js';
import { deidentify, shouldMask } from '../privacy/deid.js';
import type { Patient } from '../ingest/patient.js';

/** How the model is asked for JSON: strict schema, JSON mode + validation, or free text. */
export type OutputMode = 'json_schema' | 'json_object' | 'text';
const FALLBACK: Record<OutputMode, OutputMode | undefined> = { json_schema: 'json_object', json_object: 'text', text: undefined };

/** Options of the LLM extractor. */
export interface LlmOptions {
  /** Model name as the server knows it. */
  model: string;
  /** An OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio); default OpenAI. */
  baseURL?: string;
  /** Default env OPENAI_API_KEY; local servers need none. */
  apiKey?: string;
  temperature?: number;
  seed?: number;
  maxTokens?: number;
  /** Per-request timeout in ms (default 120 000). */
  timeoutMs?: number;
  /** Retries after the first attempt for 408/409/429/5xx and network errors (default 4). */
  maxRetries?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Output mode to start with (default json_schema); a 400 falls back to the next, once, for the run. */
  mode?: OutputMode;
  /** Notes longer than this many characters are sent in chunks of lines (default 6000). */
  maxNoteChars?: number;
  /** Lines repeated between consecutive chunks (default 2). */
  chunkOverlapLines?: number;
  /** A folder for the answer cache: a re-run of the same batch makes no requests. */
  cacheDir?: string;
  /** Keep events whose evidence is not in the note, flagged, instead of dropping them. */
  keepUngrounded?: boolean;
  /** Cancels every request. */
  signal?: AbortSignal;
  /** A fetch implementation (tests, proxies). */
  fetch?: typeof fetch;
  /**
   * Mask identifiers before text is sent: `auto` (default) masks for every server
   * that is not loopback or a private-network address, `on` always, `off` never.
   */
  deid?: 'auto' | 'on' | 'off';
  /** The patient record (names, birthday, ids) for a note, to mask its forms too. */
  patientFor?: (note: Note) => Patient | undefined;
}

/** Token and request accounting for one note. */
export interface NoteUsage {
  promptTokens: number;
  completionTokens: number;
  requests: number;
  retries: number;
  cacheHits: number;
}

/** The outcome of one note: events, or a recorded failure. Never thrown. */
export type NoteResult =
  | { note: Note; ok: true; events: ClinicalEvent[]; warnings: string[]; usage: NoteUsage }
  | { note: Note; ok: false; error: string; events: []; warnings: string[]; usage: NoteUsage };

interface Completion {
  content: string;
  finishReason: string | null;
  promptTokens: number;
  completionTokens: number;
}

class TruncatedError extends Error {}
class InvalidAnswerError extends Error {}

const emptyUsage = (): NoteUsage => ({ promptTokens: 0, completionTokens: 0, requests: 0, retries: 0, cacheHits: 0 });

/** Parses a model reply: JSON (inside code fences or prose in text mode), validated with zod. */
export function parseModelAnswer(content: string): { ok: true; answer: ModelAnswer } | { ok: false; error: string } {
  let text = content.trim();
  const fence = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  if (fence) text = fence[1]!.trim();
  if (!text.startsWith('{')) {
    const a = text.indexOf('{');
    const b = text.lastIndexOf('}');
    if (a >= 0 && b > a) text = text.slice(a, b + 1);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON: ${(err as Error).message}` };
  }
  const parsed = ModelAnswerSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.slice(0, 8).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }
  return { ok: true, answer: parsed.data };
}

/**
 * Extracts events with an LLM. One instance per run: it holds the client, the
 * output mode the server accepted, the concurrency limit and the counters.
 */
export class LlmExtractor {
  readonly options: Required<Pick<LlmOptions, 'model' | 'temperature' | 'maxTokens' | 'timeoutMs' | 'maxRetries' | 'concurrency' | 'maxNoteChars' | 'chunkOverlapLines'>> & LlmOptions;
  private mode: OutputMode;
  private readonly client: OpenAI;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly attempts = new Map<string, number>();
  /** Modes given up for this run, with the server's reason. */
  readonly fallbacks: { from: OutputMode; to: OutputMode; reason: string }[] = [];

  constructor(options: LlmOptions) {
    this.options = { temperature: 0, maxTokens: 4096, timeoutMs: 120_000, maxRetries: 4, concurrency: 4, maxNoteChars: 6000, chunkOverlapLines: 2, ...options };
    this.mode = options.mode ?? 'json_schema';
    const baseFetch = options.fetch ?? globalThis.fetch;
    this.client = new OpenAI({
      apiKey: options.apiKey ?? process.env['OPENAI_API_KEY'] ?? 'not-needed-for-local-servers',
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeout: this.options.timeoutMs,
      maxRetries: this.options.maxRetries,
      // Count attempts per request, so retries are reported per note.
      fetch: (async (url: string | URL | Request, init?: RequestInit) => {
        const id = headerOf(init?.headers, 'x-kozoka-request');
        if (id) this.attempts.set(id, (this.attempts.get(id) ?? 0) + 1);
        return baseFetch(url, init);
      }) as typeof fetch,
    });
    this.limit = pLimit(this.options.concurrency);
  }

  /** The output mode in force (after any fallback). */
  get outputMode(): OutputMode {
    return this.mode;
  }

  private schema: Record<string, unknown> | undefined;

  private responseFormat(mode: OutputMode) {
    // Generated once per extractor: converting the zod schema costs more than a request's own CPU.
    if (mode === 'json_schema') return { response_format: { type: 'json_schema' as const, json_schema: { name: 'kozoka_events', strict: true, schema: (this.schema ??= modelAnswerJsonSchema() as Record<string, unknown>) } } };
    if (mode === 'json_object') return { response_format: { type: 'json_object' as const } };
    return {};
  }

  /** One chat completion, concurrency-limited, with mode fallback on 400. */
  private complete(messages: ChatMessage[], usage: NoteUsage): Promise<Completion> {
    return this.limit(async () => {
      for (;;) {
        const mode = this.mode;
        const id = randomUUID();
        try {
          usage.requests++;
          const res = await this.client.chat.completions.create(
            {
              model: this.options.model,
              messages,
              temperature: this.options.temperature,
              max_tokens: this.options.maxTokens,
              ...(this.options.seed !== undefined ? { seed: this.options.seed } : {}),
              ...this.responseFormat(mode),
            },
            { headers: { 'X-Kozoka-Request': id }, ...(this.options.signal ? { signal: this.options.signal } : {}) },
          );
          const choice = res.choices[0];
          usage.promptTokens += res.usage?.prompt_tokens ?? 0;
          usage.completionTokens += res.usage?.completion_tokens ?? 0;
          return { content: choice?.message?.content ?? '', finishReason: choice?.finish_reason ?? null, promptTokens: res.usage?.prompt_tokens ?? 0, completionTokens: res.usage?.completion_tokens ?? 0 };
        } catch (err) {
          const next = FALLBACK[mode];
          if (err instanceof OpenAI.APIError && err.status === 400 && next) {
            if (this.mode === mode) {
              this.mode = next;
              this.fallbacks.push({ from: mode, to: next, reason: err.message });
            }
            continue;
          }
          throw err;
        } finally {
          usage.retries += Math.max(0, (this.attempts.get(id) ?? 1) - 1);
          this.attempts.delete(id);
        }
      }
    });
  }

  private cacheKey(messages: ChatMessage[]): string {
    const o = this.options;
    return createHash('sha256')
      .update(JSON.stringify([o.model, o.baseURL ?? '', loadPrompts().version, MODEL_ANSWER_SCHEMA_VERSION, messages[messages.length - 1]!.content]))
      .digest('hex');
  }

  private async cached(key: string): Promise<ModelAnswer | undefined> {
    if (!this.options.cacheDir) return undefined;
    try {
      const parsed = ModelAnswerSchema.safeParse(JSON.parse(await readFile(join(this.options.cacheDir, key.slice(0, 2), `${key}.json`), 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private async store(key: string, answer: ModelAnswer): Promise<void> {
    if (!this.options.cacheDir) return;
    const dir = join(this.options.cacheDir, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.${randomUUID()}.tmp`);
    await writeFile(tmp, JSON.stringify(answer));
    await rename(tmp, join(dir, `${key}.json`)); // atomic: a reader never sees half a file
  }

  /** The model answer for some lines of a note: cache, request, repair turn, split on truncation. */
  private async answerFor(seg: SegmentedNote, lines: Segment[], usage: NoteUsage, warnings: string[], depth = 0): Promise<ModelAnswer> {
    const messages = buildMessages(seg, lines);
    const key = this.cacheKey(messages);
    const hit = await this.cached(key);
    if (hit) {
      usage.cacheHits++;
      return hit;
    }
    try {
      const first = await this.complete(messages, usage);
      if (first.finishReason === 'length') throw new TruncatedError('the answer was cut off (finish_reason: length)');
      let parsed = parseModelAnswer(first.content);
      if (!parsed.ok) {
        // One repair turn: the model sees its answer and what was wrong with it.
        warnings.push(`repair turn: ${parsed.error}`);
        const repair = await this.complete(
          [...messages, { role: 'assistant', content: first.content }, { role: 'user', content: `That answer is not valid: ${parsed.error}. Reply again with only the corrected JSON object {"events": [...]}.` }],
          usage,
        );
        if (repair.finishReason === 'length') throw new TruncatedError('the repaired answer was cut off (finish_reason: length)');
        parsed = parseModelAnswer(repair.content);
        if (!parsed.ok) throw new InvalidAnswerError(`invalid answer after a repair turn: ${parsed.error}`);
      }
      await this.store(key, parsed.answer);
      return parsed.answer;
    } catch (err) {
      if (err instanceof TruncatedError && lines.length > 1 && depth < 4) {
        // Too much for one answer: extract the two halves at a segment boundary.
        warnings.push(`${err.message}; split into ${Math.ceil(lines.length / 2)} + ${Math.floor(lines.length / 2)} lines`);
        const mid = Math.ceil(lines.length / 2);
        const [a, b] = await Promise.all([this.answerFor(seg, lines.slice(0, mid), usage, warnings, depth + 1), this.answerFor(seg, lines.slice(mid), usage, warnings, depth + 1)]);
        return { events: [...a.events, ...b.events] };
      }
      throw err;
    }
  }

  /** Chunks of lines under the character budget, overlapping by a few lines. */
  private chunks(seg: SegmentedNote): Segment[][] {
    const lines = noteLines(seg);
    const budget = this.options.maxNoteChars;
    if (seg.note.text.length <= budget || lines.length <= 1) return [lines];
    const out: Segment[][] = [];
    let i = 0;
    while (i < lines.length) {
      const chunk: Segment[] = [];
      let size = 0;
      let j = i;
      while (j < lines.length && (chunk.length === 0 || size + (lines[j]!.end - lines[j]!.start) <= budget)) {
        size += lines[j]!.end - lines[j]!.start + 1;
        chunk.push(lines[j]!);
        j++;
      }
      out.push(chunk);
      if (j >= lines.length) break;
      i = Math.max(i + 1, j - this.options.chunkOverlapLines);
    }
    return out;
  }

  /** True when notes are masked before they are sent (see {@link LlmOptions.deid}). */
  get masking(): boolean {
    return shouldMask(this.options.deid ?? 'auto', this.options.baseURL);
  }

  /** Extracts one note: always resolves, with events or a recorded failure. */
  async extractNote(note: Note, segmented?: SegmentedNote): Promise<NoteResult> {
    if (!this.masking) return this.extractUnmasked(note, segmented);
    const { maskedNote, unmask } = this.mask(note);
    return unmask(await this.extractUnmasked(maskedNote));
  }

  /**
   * The note as the model will see it, and the way back: with masking on, evidence
   * found in the masked text maps back to the original through the mask's offset map.
   */
  private mask(note: Note): { maskedNote: Note; unmask: (r: NoteResult) => NoteResult } {
    if (!this.masking) return { maskedNote: note, unmask: (r) => r };
    const patient = this.options.patientFor?.(note);
    const masked = deidentify(note.text, patient ? { patient } : {});
    const unmask = (result: NoteResult): NoteResult => {
      const events = result.events.map((e) => {
        if (!e.evidence) return e;
        const start = masked.starts[e.evidence.start] ?? note.text.length;
        const end = e.evidence.end > e.evidence.start ? masked.ends[e.evidence.end - 1]! : start;
        return { ...e, evidence: { start, end, text: note.text.slice(start, end) } };
      });
      return { ...result, note, events } as NoteResult;
    };
    return { maskedNote: { ...note, text: masked.text }, unmask };
  }

  /**
   * One line of an OpenAI Batch API input file (also what `vllm run-batch` reads)
   * for a note: the same request the online path sends, masked the same way.
   */
  batchRequest(note: Note): { custom_id: string; method: 'POST'; url: '/v1/chat/completions'; body: Record<string, unknown> } {
    const { maskedNote } = this.mask(note);
    const messages = buildMessages(segmentNote(maskedNote));
    return {
      custom_id: note.id,
      method: 'POST',
      url: '/v1/chat/completions',
      body: {
        model: this.options.model,
        messages,
        temperature: this.options.temperature,
        max_tokens: this.options.maxTokens,
        ...(this.options.seed !== undefined ? { seed: this.options.seed } : {}),
        ...this.responseFormat(this.mode),
      },
    };
  }

  /**
   * Turns a batch output (the model's reply for a note) into events exactly as the
   * online path does: validation, grounding, dates, names. No repair turn or split
   * is possible offline: an invalid or truncated reply is a recorded failure.
   */
  collectBatch(note: Note, content: string, finishReason: string | null): NoteResult {
    const usage = emptyUsage();
    const { maskedNote, unmask } = this.mask(note);
    if (finishReason === 'length') return { note, ok: false, error: 'the answer was cut off (finish_reason: length); re-run this note online', events: [], warnings: [], usage };
    const parsed = parseModelAnswer(content);
    if (!parsed.ok) return { note, ok: false, error: `invalid answer: ${parsed.error}`, events: [], warnings: [], usage };
    const grounded = groundEvents(segmentNote(maskedNote), parsed.answer.events, this.options.keepUngrounded ? { keepUngrounded: true } : {});
    return unmask({ note: maskedNote, ok: true, events: mergeDuplicates(grounded.events), warnings: grounded.warnings, usage });
  }

  private async extractUnmasked(note: Note, segmented?: SegmentedNote): Promise<NoteResult> {
    const usage = emptyUsage();
    const warnings: string[] = [];
    try {
      const seg = segmented ?? segmentNote(note);
      const chunks = this.chunks(seg);
      if (chunks.length > 1) warnings.push(`note of ${note.text.length} characters sent in ${chunks.length} chunks`);
      const answers = await Promise.all(chunks.map((lines) => this.answerFor(seg, lines, usage, warnings)));
      const grounded = groundEvents(seg, answers.flatMap((a) => a.events), this.options.keepUngrounded ? { keepUngrounded: true } : {});
      warnings.push(...grounded.warnings);
      return { note, ok: true, events: mergeDuplicates(grounded.events), warnings, usage };
    } catch (err) {
      return { note, ok: false, error: describeError(err), events: [], warnings, usage };
    }
  }

  /**
   * Extracts notes as they come, yielding each result as soon as it is ready.
   * At most `concurrency` requests run at once and a bounded number of notes is
   * held, so memory stays flat however long the input is.
   */
  async *extract(notes: AsyncIterable<Note> | Iterable<Note>): AsyncGenerator<NoteResult> {
    const inFlight = new Map<number, Promise<[number, NoteResult]>>();
    let n = 0;
    const window = this.options.concurrency * 2;
    const iterator = (Symbol.asyncIterator in notes ? (notes as AsyncIterable<Note>)[Symbol.asyncIterator]() : (async function* () {
      yield* notes as Iterable<Note>;
    })());
    let done = false;
    while (!done || inFlight.size) {
      while (!done && inFlight.size < window) {
        const next = await iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        const id = n++;
        inFlight.set(id, this.extractNote(next.value).then((r) => [id, r] as [number, NoteResult]));
      }
      if (!inFlight.size) break;
      const [id, result] = await Promise.race(inFlight.values());
      inFlight.delete(id);
      yield result;
    }
  }
}

/** Events found twice (overlapping chunks, split halves) are kept once. */
export function mergeDuplicates(events: ClinicalEvent[]): ClinicalEvent[] {
  const out: ClinicalEvent[] = [];
  for (const e of events) {
    const dup = out.find((o) => o.type === e.type && o.evidence?.start === e.evidence?.start && keysMatch({ noteId: '', type: o.type, event: o }, { noteId: '', type: e.type, event: e }));
    if (!dup) out.push(e);
  }
  return out.sort((a, b) => (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0));
}

function headerOf(headers: RequestInit["headers"], name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (Array.isArray(headers)) return headers.find(([k]) => k?.toLowerCase() === name)?.[1];
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return String(v);
  return undefined;
}

function describeError(err: unknown): string {
  if (err instanceof OpenAI.APIConnectionTimeoutError) return 'request timed out (after retries)';
  if (err instanceof OpenAI.APIUserAbortError) return 'cancelled';
  if (err instanceof OpenAI.APIError) return `HTTP ${err.status ?? '?'} from the server (after retries): ${err.message}`;
  return (err as Error).message ?? String(err);
}

/** Convenience: a one-off extractor for a single note. */
export function extractNote(note: Note, options: LlmOptions): Promise<NoteResult> {
  return new LlmExtractor(options).extractNote(note);
}

/** Convenience: stream results for notes with one extractor (see {@link LlmExtractor.extract}). */
export function extract(notes: AsyncIterable<Note> | Iterable<Note>, options: LlmOptions): AsyncGenerator<NoteResult> {
  return new LlmExtractor(options).extract(notes);
}
