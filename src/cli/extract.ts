import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, formatLocation, readInputs, type IngestLocation, type InputFormat } from '../ingest/index.js';
import { extractWithRules, extractWithRulesBatch } from '../rules/index.js';
import { LlmExtractor, type OutputMode } from '../extract/llm.js';
import { combineHybrid } from '../extract/hybrid.js';
import type { Note } from '../schema/note.js';
import type { Patient } from '../ingest/patient.js';
import { pseudonymizeNote, pseudonymizeString } from '../privacy/apply.js';
import { pseudonymize } from '../privacy/pseudonym.js';
import type { ClinicalEvent } from '../schema/events.js';
import { toCodoc } from '../write/codoc.js';
import { completeLines, openLineSink, pseudonymKeyOption, UsageError } from './io.js';
import { Progress } from './progress.js';
import { RulesPool, type PoolResult } from './rules-pool.js';
import { availableParallelism } from 'node:os';
import { FHIR_OPTIONS_HELP, FHIR_PARSE_OPTIONS, openFhirOutput, type FhirOutput } from './fhir-output.js';
import { KOZOKA_VERSION } from '../version.js';

export const EXTRACT_HELP = `Usage: kozoka extract <inputs…> [options]

Extracts dated oncology events from notes (MML, .txt, .jsonl, directories, '-'
for stdin) and writes them as JSON Lines, note by note, as they are read.

Options:
  --provider rules|openai|hybrid
                          rules (default): dictionaries and scanners, no LLM;
                          openai: an LLM through the OpenAI API or any OpenAI-compatible
                          server (vLLM, Ollama, llama.cpp, LM Studio);
                          hybrid: LLM events verified and completed by the rules
  --model <name>          model for openai/hybrid (required with them)
  --base-url <url>        an OpenAI-compatible server, e.g. http://localhost:8000/v1
  --jobs <n>              worker threads for the rules extractor (default: cores - 1,
                          at most 4; 0 extracts in the main thread); with fhir-ndjson
                          they also map and serialise (default: cores, at most 4),
                          each patient's notes in one worker
  --concurrency <n>       requests in flight (default 4)
  --timeout <s>           per-request timeout in seconds (default 120)
  --max-retries <n>       retries for 429/5xx/timeouts (default 4)
  --mode json_schema|json_object|text
                          how JSON is requested (default json_schema; a 400 falls back)
  --cache-dir <dir>       answer cache: re-running the same batch sends no requests
  --deid auto|on|off      mask names and identifiers before text is sent to the LLM:
                          auto (default) masks for every server that is not loopback
                          or a private network; --send-phi is --deid off
  --pseudonym-key-file <f> replace patient ids in every output with keyed pseudonyms
                          (HMAC-SHA256); or set KOZOKA_PSEUDONYM_KEY
  --format events|codoc|fhir-ndjson|fhir-bundle
                          events: {note, events} per line (the gold-file shape that
                          'kozoka eval' reads); codoc: one flat Co-Doc-style record
                          per event; fhir-ndjson: FHIR R4 Bulk Data, one
                          <Type>.ndjson per resource type in the --out folder;
                          fhir-bundle: one FHIR Bundle per patient per line
                          (default: events)
${FHIR_OPTIONS_HELP}
  --out <file|folder>     output file (default: stdout); a folder for fhir-ndjson
  --errors <file>         one JSON line per failed file or note (default: errors.jsonl
                          beside --out; with stdout output, stderr only)
  --summary <file>        the run summary as JSON
  --format-in <f>         read every input as mml | text | jsonl
  --encoding <e>          encoding of text / JSON Lines inputs
  --date <YYYY-MM-DD>     date of plain-text notes without a 'date:' line
  --shard <i>/<n>         process only the notes whose stable hash (of the note id)
                          falls in shard i of n (0-based), so n machines can split
                          one export with no coordination
  --resume                continue an interrupted run into the same --out: notes already
                          written (or recorded as failed) are skipped, a torn last
                          line is dropped, new lines are appended (events format)
  --progress-every <s>    seconds between progress lines when stderr is not a terminal
                          (default 10; on a terminal one line is redrawn)
  --quiet                 no progress and no summary on stderr
Exit codes: 0 every note extracted, 1 some inputs or notes failed (recorded), 2 usage.`;

/** `kozoka extract`: returns the exit code. */
// Notes per rules batch, in a worker or in this thread: 100 measured faster than 20 or 500.
const RULES_BATCH = 100;

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      provider: { type: 'string', default: 'rules' },
      format: { type: 'string', default: 'events' },
      out: { type: 'string' },
      errors: { type: 'string' },
      summary: { type: 'string' },
      'format-in': { type: 'string' },
      encoding: { type: 'string' },
      date: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      model: { type: 'string' },
      'base-url': { type: 'string' },
      concurrency: { type: 'string' },
      jobs: { type: 'string' },
      timeout: { type: 'string' },
      'max-retries': { type: 'string' },
      mode: { type: 'string' },
      'cache-dir': { type: 'string' },
      deid: { type: 'string' },
      'send-phi': { type: 'boolean', default: false },
      'pseudonym-key-file': { type: 'string' },
      shard: { type: 'string' },
      resume: { type: 'boolean', default: false },
      'progress-every': { type: 'string', default: '10' },
      ...FHIR_PARSE_OPTIONS,
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(EXTRACT_HELP + '\n');
    return 0;
  }
  const provider = values.provider!;
  let shard: { i: number; n: number } | undefined;
  if (values.shard) {
    const m = /^(\d+)\/(\d+)$/.exec(values.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be i/n with 0 ≤ i < n (got "${values.shard}")`);
    shard = { i: Number(m[1]), n: Number(m[2]) };
  }
  const deid = values['send-phi'] ? 'off' : (values.deid ?? 'auto');
  if (!['auto', 'on', 'off'].includes(deid)) throw new UsageError('--deid must be auto, on or off');
  const key = pseudonymKeyOption(values['pseudonym-key-file']);
  if (!key && !values.quiet) process.stderr.write('kozoka: no pseudonym key (--pseudonym-key-file or KOZOKA_PSEUDONYM_KEY): outputs keep the source patient ids\n');
  const patients = new Map<string, Patient>();
  const rawIds = new Set<string>();
  if (!['rules', 'openai', 'hybrid'].includes(provider)) throw new UsageError(`--provider must be rules, openai or hybrid (got "${provider}")`);
  let llm: LlmExtractor | undefined;
  if (provider !== 'rules') {
    if (!values.model) throw new UsageError(`--provider ${provider} needs --model (the model name the server knows)`);
    if (!values['base-url'] && !process.env['OPENAI_API_KEY']) {
      throw new UsageError(`--provider ${provider} needs an LLM: set OPENAI_API_KEY for OpenAI, or give --base-url for a local OpenAI-compatible server (vLLM, Ollama…)`);
    }
    const int = (name: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number (got "${v}")`);
      return n;
    };
    const mode = values.mode as OutputMode | undefined;
    if (mode && !['json_schema', 'json_object', 'text'].includes(mode)) throw new UsageError('--mode must be json_schema, json_object or text');
    const timeout = int('timeout', values.timeout);
    llm = new LlmExtractor({
      model: values.model,
      ...(values['base-url'] ? { baseURL: values['base-url'] } : {}),
      ...(int('concurrency', values.concurrency) ? { concurrency: int('concurrency', values.concurrency)! } : {}),
      ...(timeout !== undefined ? { timeoutMs: timeout * 1000 } : {}),
      ...(int('max-retries', values['max-retries']) !== undefined ? { maxRetries: int('max-retries', values['max-retries'])! } : {}),
      ...(mode ? { mode } : {}),
      ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
      deid: deid as 'auto' | 'on' | 'off',
      patientFor: (n: Note) => (n.patientId ? patients.get(n.patientId) : undefined),
    });
  }
  const format = values.format!;
  if (!['events', 'codoc', 'fhir-ndjson', 'fhir-bundle'].includes(format)) throw new UsageError(`--format must be events, codoc, fhir-ndjson or fhir-bundle (got "${format}")`);
  const formatIn = values['format-in'] as InputFormat | undefined;
  if (formatIn && !['mml', 'text', 'jsonl'].includes(formatIn)) throw new UsageError(`--format-in must be mml, text or jsonl`);
  let inputs = positionals;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('no inputs: give files or directories, or pipe notes to stdin (see kozoka extract --help)');
    inputs = ['-'];
  }

  // Workers that also map FHIR leave this thread only reading and writing: one per core.
  const jobs = values.jobs === undefined ? Math.min(4, availableParallelism() - (values.format === 'fhir-ndjson' && provider === 'rules' ? 0 : 1)) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number ≥ 0 (got "${values.jobs}")`);
  const started = Date.now();
  if (values.resume && (!values.out || format !== 'events')) throw new UsageError('--resume needs --out <file> and the events format');
  if (values.out) mkdirSync(dirname(values.out), { recursive: true });
  const errorsPath = values.errors ?? (values.out ? join(dirname(values.out), 'errors.jsonl') : undefined);
  // Resume: the ids already written or recorded as failed (as they appear in the files).
  const done = new Set<string>();
  const doneErrors = new Set<string>();
  if (values.resume) {
    for (const line of completeLines(values.out!)) done.add((JSON.parse(line) as { note: { id: string } }).note.id);
    if (errorsPath) for (const line of completeLines(errorsPath)) {
      doneErrors.add(line);
      const note = (JSON.parse(line) as { note?: string }).note;
      if (note) done.add(note);
    }
  }
  const everySeconds = Number(values['progress-every']);
  if (!Number.isFinite(everySeconds) || everySeconds < 0) throw new UsageError('--progress-every must be a number of seconds');
  const progress = new Progress(process.stderr, { quiet: values.quiet, everyMs: everySeconds * 1000 });
  let fhir: FhirOutput | undefined;
  if (format === 'fhir-ndjson' || format === 'fhir-bundle') {
    fhir = openFhirOutput(format === 'fhir-ndjson' ? 'ndjson' : 'bundle', values.out, values, {
      version: KOZOKA_VERSION, provider, ...(values.model ? { model: values.model } : {}), pseudonymized: !!key, recorded: new Date(started).toISOString(),
    });
  }
  const out = fhir ? { write: async () => {}, close: async () => {} } : openLineSink(values.out, { append: values.resume });
  const errorSink = errorsPath ? openLineSink(errorsPath, { append: values.resume }) : undefined;
  // An error line the interrupted run already recorded is not written again.
  const errors = errorSink && {
    write: (line: string) => (doneErrors.has(line) ? Promise.resolve() : errorSink.write(line)),
    close: () => errorSink.close(),
  };
  const counts = {
    inputs: 0, inputsFailed: 0, notesIn: 0, notesOut: 0, notesFailed: 0, events: 0, eventsByType: {} as Record<string, number>,
    superseded: 0, skippedModules: {} as Record<string, number>, warnings: 0,
    /** MML RegisteredDiagnosis modules written as FHIR Conditions. */
    structuredDiagnoses: 0,
    requests: 0, retries: 0, cacheHits: 0, promptTokens: 0, completionTokens: 0, llmWarnings: 0,
    /** Notes left to other shards (--shard). */
    otherShards: 0,
    /** Notes already done by the interrupted run (--resume). */
    resumed: 0,
  };

  // Rules extraction in worker threads: batches in flight, finished in input order as
  // they come back, so the output is the same as extracting in this thread. For FHIR
  // NDJSON the workers also map and serialise; this thread reads and writes.
  const mapInWorkers = format === 'fhir-ndjson';
  const pool = !llm && jobs > 0 ? new RulesPool(jobs, mapInWorkers ? { fhirNdjson: fhir!.mapping } : {}) : undefined;
  const inFlight: Promise<() => Promise<void>>[] = [];
  const drainOne = async () => (await inFlight.shift()!)();
  const enqueue = async (finish: Promise<() => Promise<void>>) => {
    inFlight.push(finish);
    if (inFlight.length > 4 * jobs) await drainOne();
  };

  for await (const r of readInputs(inputs, { format: formatIn, encoding: values.encoding, date: values.date })) {
    if (!r.continued) counts.inputs++;
    for (const p of r.patients) patients.set(p.id, p);
    for (const n of r.notes) if (n.patientId) rawIds.add(n.patientId);
    const hide = (s: string) => (key ? pseudonymizeString(s, rawIds, key) : s);
    // A note or structured diagnosis that failed: one line on stderr, one in the errors file.
    const reportError = async (issue: IngestLocation & { severity: 'error'; code: string; message: string }) => {
      process.stderr.write(hide(`error: ${formatLocation(issue)}${issue.message}`) + '\n');
      await errors?.write(hide(JSON.stringify(issue)));
    };
    for (const issue of r.issues) {
      if (issue.severity === 'warning') counts.warnings++;
      else if (issue.line !== undefined && r.format === 'jsonl') counts.notesIn++, counts.notesFailed++; // a bad JSON Lines line is a note lost
      if (!values.quiet || issue.severity === 'error') process.stderr.write(hide(formatIssue(issue)) + '\n');
      if (issue.severity === 'error') await errors?.write(hide(JSON.stringify(issue)));
    }
    if (r.issues.some((i) => i.severity === 'error' && i.line === undefined)) counts.inputsFailed++;
    for (const [k, v] of Object.entries(r.skippedModules)) counts.skippedModules[k] = (counts.skippedModules[k] ?? 0) + v;
    // Structured diagnoses (MML RegisteredDiagnosis) have no text to extract from;
    // only FHIR output carries them, as Conditions.
    if (fhir) {
      const registered = r.diagnoses
        .filter((d) => !shard || shardOf(d.docId ?? d.patientId ?? d.event.name, shard.n) === shard.i)
        .map((d) => (key && d.patientId ? { ...d, patientId: pseudonymize(d.patientId, key) } : d));
      const registeredFailed = (message: string) => reportError({ severity: 'error', code: 'fhir', file: r.file, message });
      const writeRegistered = async (d: (typeof registered)[number]) => {
        try {
          await fhir!.writeRegistered(d);
          counts.structuredDiagnoses++;
        } catch (err) {
          await registeredFailed(`FHIR mapping of a structured diagnosis failed: ${(err as Error).message}`);
        }
      };
      if (pool && mapInWorkers && registered.length) {
        await enqueue(pool.run(registered.map((d) => ({ registered: d }))).then((results) => async () => {
          for (const result of results) {
            if ('lines' in result) {
              await fhir!.writeEncoded!(result.resourceTypes, result.lines);
              counts.structuredDiagnoses++;
            } else await registeredFailed('error' in result ? result.error : 'no FHIR resources');
          }
        }));
      } else if (pool && registered.length) {
        // In the queue, so that they are written where they would be without workers.
        await enqueue(Promise.resolve(async () => {
          for (const d of registered) await writeRegistered(d);
        }));
      } else for (const d of registered) await writeRegistered(d);
    }
    // Within one file a revised edition supersedes its parent.
    const replaced = new Set(r.notes.flatMap((n) => (n.source?.parentId ? [n.source.parentId] : [])));
    const todo: Note[] = [];
    for (const note of r.notes) {
      if (shard && shardOf(note.id, shard.n) !== shard.i) {
        counts.otherShards++;
        continue;
      }
      if (done.size && done.has(key ? pseudonymizeNote(note, key).id : note.id)) {
        counts.resumed++;
        continue;
      }
      counts.notesIn++;
      if (replaced.has(note.source?.docId ?? '')) {
        counts.superseded++;
        counts.notesOut++; // accounted for: replaced by its revision in this output
      } else todo.push(note);
    }
    const tick = () => progress.tick({ notesDone: counts.notesOut + counts.notesFailed, notesFailed: counts.notesFailed, tokens: counts.promptTokens + counts.completionTokens });
    const fail = async (note: Note, message: string) => {
      tick();
      counts.notesFailed++;
      await reportError({ severity: 'error', code: 'extract', file: r.file, note: note.id, message });
    };
    const counted = (eventTypes: readonly string[]) => {
      counts.notesOut++;
      tick();
      counts.events += eventTypes.length;
      for (const t of eventTypes) counts.eventsByType[t] = (counts.eventsByType[t] ?? 0) + 1;
    };
    const emit = async (original: Note, events: ClinicalEvent[]) => {
      const note = key ? pseudonymizeNote(original, key) : original;
      if (fhir) {
        try {
          await fhir.write(note, events);
        } catch (err) {
          return fail(original, `FHIR mapping failed: ${(err as Error).message}`);
        }
      } else if (format === 'codoc') for (const e of events) await out.write(JSON.stringify(toCodoc(note, e)));
      else await out.write(JSON.stringify({ note, events }));
      counted(events.map((e) => e.type));
    };
    const finish = async (original: Note, result: PoolResult) => {
      if ('error' in result) await fail(original, result.error);
      else if ('events' in result) await emit(original, result.events);
      else {
        await fhir!.writeEncoded!(result.resourceTypes, result.lines);
        counted(result.eventTypes);
      }
    };
    if (pool) {
      for (let i = 0; i < todo.length; i += RULES_BATCH) {
        const notes = todo.slice(i, i + RULES_BATCH);
        // Workers that map get the note as it is written out (pseudonymised ids; the text is the same).
        const items = notes.map((n) => ({ note: mapInWorkers && key ? pseudonymizeNote(n, key) : n }));
        await enqueue(pool.run(items).then((results) => async () => {
          for (let k = 0; k < notes.length; k++) await finish(notes[k]!, results[k]!);
        }));
      }
    } else if (!llm) {
      // In batches: extractWithRulesBatch gives each note what extractWithRules would, faster.
      for (let i = 0; i < todo.length; i += RULES_BATCH) {
        const notes = todo.slice(i, i + RULES_BATCH);
        const results = extractWithRulesBatch(notes);
        for (let k = 0; k < notes.length; k++) {
          const events = results[k]!;
          if (events instanceof Error) await fail(notes[k]!, `extraction failed: ${events.message}`);
          else await emit(notes[k]!, events);
        }
      }
    } else {
      for await (const result of llm.extract(todo)) {
        counts.requests += result.usage.requests;
        counts.retries += result.usage.retries;
        counts.cacheHits += result.usage.cacheHits;
        counts.promptTokens += result.usage.promptTokens;
        counts.completionTokens += result.usage.completionTokens;
        counts.llmWarnings += result.warnings.length;
        if (!result.ok) {
          await fail(result.note, result.error);
          continue;
        }
        const events = provider === 'hybrid' ? combineHybrid(result.events, extractWithRules(result.note)) : result.events;
        await emit(result.note, events);
      }
    }
  }
  while (inFlight.length) await drainOne();
  // Mapped in the workers: their Patients, in the order one mapper would give them.
  const workerPatients = pool && mapInWorkers ? pool.patients() : undefined;
  await pool?.close();
  progress.done();
  await out.close();
  const fhirCounts = await fhir?.close(workerPatients);
  await errors?.close();
  const summary = { provider, deid: llm ? (llm.masking ? 'masked' : 'not masked') + ` (--deid ${deid})` : 'no text sent', pseudonyms: key ? 'keyed' : 'none: source ids kept', ...(llm ? { model: values.model, outputMode: llm.outputMode, modeFallbacks: llm.fallbacks } : {}), ...counts, ...(fhirCounts ? { fhir: fhirCounts } : {}), wallSeconds: (Date.now() - started) / 1000 };
  if (values.summary) writeFileSync(values.summary, JSON.stringify(summary, null, 2) + '\n');
  if (!values.quiet) {
    const types = Object.entries(counts.eventsByType).map(([k, v]) => `${k} ${v}`).join(', ');
    process.stderr.write(
      `kozoka extract: ${counts.inputs} input(s), notes in ${counts.notesIn} = out ${counts.notesOut} (incl. ${counts.superseded} superseded) + failed ${counts.notesFailed}; ` +
        `${counts.events} events (${types || 'none'})` +
        (llm ? `; ${counts.requests} requests, ${counts.retries} retries, ${counts.cacheHits} cache hits, ${counts.promptTokens + counts.completionTokens} tokens` : '') +
        `; ${summary.wallSeconds.toFixed(1)} s\n`,
    );
  }
  return counts.notesFailed > 0 || counts.inputsFailed > 0 ? 1 : 0;
}

/** The shard (0 … n-1) of a note id: the first 4 bytes of its SHA-256, so every machine agrees. */
export function shardOf(noteId: string, n: number): number {
  return createHash('sha256').update(noteId, 'utf8').digest().readUInt32BE(0) % n;
}
