import { getHeapStatistics } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Patient } from '@medplum/fhirtypes';
import type { FhirOptions } from '../fhir/map.js';
import { patientKey, registeredDiagnosisOwner } from '../fhir/map.js';
import type { RegisteredDiagnosis } from '../ingest/mml.js';
import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';

/** A note to extract from, or (with FHIR mapping in the workers) a structured diagnosis to map. */
export type PoolItem = { note: Note } | { registered: RegisteredDiagnosis };

/**
 * One item's result: its events; with FHIR mapping in the workers, instead the
 * events' types and the resources as UTF-8 NDJSON lines (`lines[i]` of type
 * `resourceTypes[i]`); or why it failed.
 */
export type PoolResult =
  | { events: ClinicalEvent[] }
  | { eventTypes: string[]; resourceTypes: string[]; lines: Uint8Array[] }
  | { error: string };

/** @internal Main thread → worker. */
export type PoolRequest = { kind: 'job'; id: number; items: { seq: number; item: PoolItem }[] };
/**
 * @internal Worker → main thread. A mapped item says how many of the job's NDJSON
 * lines are its own; the lines of the whole job come in one transferred buffer.
 * With mapping, the reply also carries the Patient of every patient the job's items
 * named, as it stands after the job, and the item that first named it.
 */
export type PoolReply = {
  id: number;
  results: WorkerResult[];
  ndjson?: { bytes: Uint8Array; types: string[]; ends: number[] };
  patients?: PatientUpdate[];
};
/** @internal A patient's Patient resource after a job, keyed as {@link patientKey} keys it. */
export type PatientUpdate = { key: string; seq: number; patient: Patient };
/** @internal */
export type WorkerResult = { events: ClinicalEvent[] } | { eventTypes: string[]; lines: number } | { error: string };

/** What the worker threads do besides rules extraction (`workerData`). */
export interface PoolSetup {
  /** Map each note to FHIR R4 and serialise the resources as NDJSON lines, with these options. */
  fhirNdjson?: FhirOptions;
}

/**
 * A worker's old-generation limit, in MB, below the 2 GB at which V8 lets a heap grow
 * by up to 4× between collections instead of at most 2× (its `MaxGrowingFactor`).
 */
const WORKER_OLD_SPACE_MB = 2000;

/**
 * @internal The resource limits for the pool's workers. A worker's live data is one
 * job and a small record per patient (~0.5 KB), yet on a machine with 16 GB or more
 * V8 gives every isolate a 4 GB limit and with it 4× growth, so most of a worker's
 * heap would be headroom: just under 2 GB the 100,000-note bench peaks ~60 MB lower
 * for ~5 % more time. Left alone where the default is already lower, or where the
 * user chose a limit (`--max-old-space-size`, which workers inherit).
 */
export function workerResourceLimits(heapLimitMb: number, nodeFlags: readonly string[]): ResourceLimits | undefined {
  if (heapLimitMb <= WORKER_OLD_SPACE_MB || nodeFlags.some((f) => /--max[-_]old[-_]space[-_]size/.test(f))) return undefined;
  return { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB };
}

/**
 * How long a worker may take over the oldest job it holds before the pool takes it for
 * hung (a note whose extraction never ends) and ends it: by default two minutes and two
 * seconds per item, some hundred times what a note takes.
 */
export interface PoolLimits {
  answerWithinMs(items: number): number;
}
const DEFAULT_LIMITS: PoolLimits = { answerWithinMs: (items) => 120_000 + 2_000 * items };

type Pending = { size: number; resolve: (reply: PoolReply) => void };
type WorkerSlot = { worker: Worker; pending: Map<number, Pending>; failed?: string; watchdog?: ReturnType<typeof setTimeout> };

function failedReply(id: number, size: number, error: string): PoolReply {
  return { id, results: Array.from({ length: size }, () => ({ error })) };
}

/** A crashed or hung worker fails its jobs, and every later one, item by item instead of hanging the run. */
function failSlot(slot: WorkerSlot, why: string): void {
  slot.failed ??= `rules worker failed: ${why}`;
  clearTimeout(slot.watchdog);
  for (const [id, job] of slot.pending) job.resolve(failedReply(id, job.size, slot.failed));
  slot.pending.clear();
}

/**
 * Worker threads running the rules extractor (and, for FHIR NDJSON, the mapping and
 * serialisation), so that the work uses the other cores while the main thread reads
 * and writes. Each `run` resolves with one result per item, in order.
 *
 * Without FHIR mapping, a batch goes to the least busy worker. With it, every item
 * goes to the worker that owns its patient (a hash of the patient key), because the
 * mapper remembers per patient (the primary cancer Condition later staging refers to,
 * the Patient written at the end); a worker handles its messages in order, so each
 * patient's notes are mapped in input order, as in one thread.
 */
export class RulesPool {
  readonly #workers: WorkerSlot[] = [];
  readonly #byPatient: boolean;
  #nextId = 0;
  /** Input order of items, so that Patients can be written in first-seen order. */
  #nextSeq = 0;
  /**
   * Every patient's Patient as the latest job that named it left it. Kept here, not
   * asked of the workers at the end, so that a worker that crashes later does not
   * take the Patients of the notes it already mapped with it.
   */
  readonly #patients = new Map<string, { seq: number; patient: Patient }>();
  /** Set by `close`: workers ending then are not failing. */
  #closing = false;

  readonly #limits: PoolLimits;

  /**
   * @param workerScript The worker's module: kozoka's own (tests pass stand-ins: one that can be made to crash or hang, one that reports its heap limit).
   * @param limits When a worker that does not answer is taken for hung.
   */
  constructor(size: number, setup: PoolSetup = {}, workerScript: URL = new URL('./rules-worker.js', import.meta.url), limits: PoolLimits = DEFAULT_LIMITS) {
    this.#byPatient = !!setup.fhirNdjson;
    this.#limits = limits;
    const resourceLimits = workerResourceLimits(getHeapStatistics().heap_size_limit / 2 ** 20, [...process.execArgv, process.env.NODE_OPTIONS ?? '']);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript, { workerData: setup, ...(resourceLimits && { resourceLimits }) });
      const pending = new Map<number, Pending>();
      const slot: WorkerSlot = { worker, pending };
      worker.on('message', (reply: PoolReply) => {
        for (const { key, seq, patient } of reply.patients ?? []) this.#patients.set(key, { seq, patient });
        pending.get(reply.id)?.resolve(reply);
        pending.delete(reply.id);
        // The worker answered: the next job it holds has its own time from now.
        clearTimeout(slot.watchdog);
        slot.watchdog = undefined;
        this.#watch(slot);
      });
      worker.on('error', (err) => failSlot(slot, err.message));
      // (A worker can also end without an error event: process.exit in a dependency.)
      worker.on('exit', (code) => {
        if (!this.#closing) failSlot(slot, `exited with code ${code}`);
      });
      this.#workers.push(slot);
    }
  }

  /** Extracts (and maps) a batch of items; one result per item, in order. */
  async run(items: readonly PoolItem[]): Promise<PoolResult[]> {
    const numbered = items.map((item) => ({ seq: this.#nextSeq++, item }));
    if (!this.#byPatient) {
      // (A failed worker gets no more jobs while another lives: only its own jobs' items fail.)
      const live = this.#workers.filter((w) => !w.failed);
      const target = (live.length ? live : this.#workers).reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return resultsOf(await this.#send(target, numbered));
    }
    // Split by owning worker, then put the answers back in input order.
    const groups = new Map<number, { positions: number[]; items: typeof numbered }>();
    numbered.forEach((n, position) => {
      const w = workerOf(ownerKey(n.item), this.#workers.length);
      let g = groups.get(w);
      if (!g) groups.set(w, (g = { positions: [], items: [] }));
      g.positions.push(position);
      g.items.push(n);
    });
    const out: PoolResult[] = new Array(items.length);
    await Promise.all([...groups].map(async ([w, g]) => {
      const results = resultsOf(await this.#send(this.#workers[w]!, g.items));
      g.positions.forEach((position, k) => (out[position] = results[k]!));
    }));
    return out;
  }

  /**
   * With FHIR mapping in the workers: every patient's Patient resource, with what all
   * its notes said, in the order the patients were first seen (as one mapper gives them).
   * Call it after the last `run` has resolved. A patient whose notes a crashed worker
   * had mapped before it crashed is still here, as those notes left it.
   */
  patients(): Patient[] {
    return [...this.#patients.values()].sort((a, b) => a.seq - b.seq).map((p) => p.patient);
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const w of this.#workers) clearTimeout(w.watchdog);
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }

  #send(target: WorkerSlot, items: { seq: number; item: PoolItem }[]): Promise<PoolReply> {
    const request: PoolRequest = { kind: 'job', id: this.#nextId++, items };
    if (target.failed) return Promise.resolve(failedReply(request.id, items.length, target.failed));
    return new Promise((resolve) => {
      target.pending.set(request.id, { size: items.length, resolve });
      target.worker.postMessage(request);
      this.#watch(target);
    });
  }

  /**
   * Gives the oldest job a worker holds its time to answer, unless one is already
   * running. A worker that takes longer is taken for hung, as a loop that never ends
   * would leave it: its jobs fail, item by item, and it is ended, as a crashed one.
   */
  #watch(slot: WorkerSlot): void {
    if (slot.watchdog || slot.failed) return;
    const oldest = slot.pending.values().next();
    if (oldest.done) return;
    const ms = this.#limits.answerWithinMs(oldest.value.size);
    slot.watchdog = setTimeout(() => {
      slot.watchdog = undefined;
      failSlot(slot, `no answer within ${Math.round(ms / 1000)} s (a note whose extraction does not end?)`);
      void slot.worker.terminate();
    }, ms);
  }
}

/** A job's results with each mapped item's lines cut (as views, not copies) from the job's buffer. */
function resultsOf(reply: PoolReply): PoolResult[] {
  let line = 0;
  return reply.results.map((r): PoolResult => {
    if (!('lines' in r)) return r;
    const { bytes, types, ends } = reply.ndjson!;
    const lines: Uint8Array[] = [];
    for (const end = line + r.lines; line < end; line++) lines.push(bytes.subarray(line === 0 ? 0 : ends[line - 1]!, ends[line]!));
    return { eventTypes: r.eventTypes, resourceTypes: types.slice(line - r.lines, line), lines };
  });
}

/** @internal Whose an item is, in the form `FhirMapper.patientOf` takes: its note, or a structured diagnosis's owner. */
export function ownerOf(item: PoolItem): Pick<Note, 'id' | 'patientId'> {
  return 'note' in item ? item.note : registeredDiagnosisOwner(item.registered);
}

/** The patient key of an item's owner (see {@link patientKey}). */
export function ownerKey(item: PoolItem): string {
  return patientKey(ownerOf(item));
}

/** The worker (0 … n-1) owning a patient key: FNV-1a over its UTF-16 code units. */
function workerOf(key: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}
