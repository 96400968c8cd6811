import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { LlmExtractor } from '../extract/llm.js';
import { formatIssue, readInputs } from '../ingest/index.js';
import type { Patient } from '../ingest/patient.js';
import type { Note } from '../schema/note.js';
import { openLineSink, UsageError } from './io.js';

export const BATCH_HELP = `Usage:
  kozoka batch prepare <inputs…> --model <m> --out requests.jsonl [--deid auto|on|off] [--base-url <url>]
  kozoka batch collect <outputs.jsonl> --notes <inputs…> --model <m> [--out events.jsonl] [--deid …] [--base-url …]

prepare writes one request per note in the OpenAI Batch API input format
(custom_id = note id, method, url /v1/chat/completions, body) — the format
'vllm run-batch' also reads — so OpenAI's Batch API or a vLLM cluster can do the
inference. collect turns the batch output back into grounded events exactly as
'kozoka extract --provider openai' does. Give both the same --deid and --base-url:
masking is decided from them (auto masks unless the server is local or private)
and collect maps evidence back through the same masks. Every note ends in the
output or in errors.jsonl beside it.`;

const OPTIONS = {
  model: { type: 'string' },
  out: { type: 'string' },
  notes: { type: 'string', multiple: true },
  deid: { type: 'string', default: 'auto' },
  'base-url': { type: 'string' },
  errors: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** `kozoka batch prepare|collect`: returns the exit code. */
export async function runBatch(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  if (values.help || !sub || sub === '--help' || sub === '-h') {
    process.stdout.write(BATCH_HELP + '\n');
    return sub ? 0 : 2;
  }
  if (!values.model) throw new UsageError('batch needs --model (the model the batch will run)');
  if (!['auto', 'on', 'off'].includes(values.deid!)) throw new UsageError('--deid must be auto, on or off');
  const patients = new Map<string, Patient>();
  const llm = new LlmExtractor({
    model: values.model,
    apiKey: 'batch',
    ...(values['base-url'] ? { baseURL: values['base-url'] } : {}),
    deid: values.deid as 'auto' | 'on' | 'off',
    patientFor: (n: Note) => (n.patientId ? patients.get(n.patientId) : undefined),
  });

  if (sub === 'prepare') {
    if (!values.out) throw new UsageError('batch prepare needs --out requests.jsonl');
    const out = openLineSink(values.out);
    let n = 0;
    let failed = 0;
    for await (const r of readInputs(positionals.length ? positionals : ['-'])) {
      for (const p of r.patients) patients.set(p.id, p);
      for (const issue of r.issues) {
        if (issue.severity === 'error') failed++;
        process.stderr.write(formatIssue(issue) + '\n');
      }
      for (const note of r.notes) {
        await out.write(JSON.stringify(llm.batchRequest(note)));
        n++;
      }
    }
    await out.close();
    process.stderr.write(`kozoka batch prepare: ${n} requests (${llm.masking ? 'masked' : 'not masked'}), ${failed} input errors\n`);
    return failed ? 1 : 0;
  }

  if (sub === 'collect') {
    const [outputsFile] = positionals;
    if (!outputsFile || !values.notes?.length) throw new UsageError('batch collect needs <outputs.jsonl> and --notes <the inputs the batch was prepared from>');
    const notes = new Map<string, Note>();
    for await (const r of readInputs(values.notes)) {
      for (const p of r.patients) patients.set(p.id, p);
      for (const note of r.notes) notes.set(note.id, note);
    }
    const out = openLineSink(values.out);
    const errorsPath = values.errors ?? (values.out ? values.out.replace(/[^/\\]*$/, 'errors.jsonl') : undefined);
    const errors = errorsPath ? openLineSink(errorsPath) : undefined;
    const counts = { notes: notes.size, out: 0, failed: 0 };
    const fail = async (noteId: string, message: string) => {
      counts.failed++;
      process.stderr.write(`error: ${outputsFile} [note ${noteId}]: ${message}\n`);
      await errors?.write(JSON.stringify({ severity: 'error', code: 'batch', file: outputsFile, note: noteId, message }));
    };
    const seen = new Set<string>();
    let lineNo = 0;
    for await (const line of createInterface({ input: createReadStream(outputsFile, 'utf8'), crlfDelay: Infinity })) {
      lineNo++;
      if (!line.trim()) continue;
      let item: { custom_id?: string; response?: { status_code?: number; body?: { choices?: { message?: { content?: string | null }; finish_reason?: string | null }[] } } | null; error?: { message?: string } | null };
      try {
        item = JSON.parse(line) as typeof item;
      } catch (err) {
        await fail(`(line ${lineNo})`, `invalid JSON in the batch output: ${(err as Error).message}`);
        continue;
      }
      const id = item.custom_id ?? `(line ${lineNo})`;
      const note = notes.get(id);
      if (!note) {
        await fail(id, 'custom_id names no note in --notes');
        continue;
      }
      seen.add(id);
      if (item.error || (item.response?.status_code ?? 0) !== 200) {
        await fail(id, `the batch request failed: ${item.error?.message ?? `HTTP ${item.response?.status_code ?? '?'}`}`);
        continue;
      }
      const choice = item.response?.body?.choices?.[0];
      const result = llm.collectBatch(note, choice?.message?.content ?? '', choice?.finish_reason ?? null);
      if (!result.ok) {
        await fail(id, result.error);
        continue;
      }
      counts.out++;
      await out.write(JSON.stringify({ note, events: result.events }));
    }
    for (const id of notes.keys()) if (!seen.has(id)) await fail(id, 'no result for this note in the batch output');
    await out.close();
    await errors?.close();
    process.stderr.write(`kozoka batch collect: notes ${counts.notes} = out ${counts.out} + failed ${counts.failed}\n`);
    return counts.failed ? 1 : 0;
  }
  throw new UsageError(`unknown batch command "${sub}" (prepare or collect)`);
}
