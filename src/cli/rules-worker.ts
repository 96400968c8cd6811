// A worker thread of `kozoka extract --jobs`: runs the rules extractor on batches of
// items sent by the main thread and answers with their events, or with FHIR NDJSON
// lines when the pool maps in the workers (or with the error, item by item).
import { parentPort, workerData } from 'node:worker_threads';
import { FhirMapper, patientKey } from '../fhir/map.js';
import { extractWithRulesBatch } from '../rules/index.js';
import type { ClinicalEvent } from '../schema/events.js';
import type { Resource } from '@medplum/fhirtypes';
import { NdjsonLines } from '../write/fhir.js';
import { ownerKey, ownerOf, type PatientUpdate, type PoolItem, type PoolReply, type PoolRequest, type PoolSetup, type WorkerResult } from './rules-pool.js';

const setup = workerData as PoolSetup;
const mapper = setup.fhirNdjson ? new FhirMapper(setup.fhirNdjson) : undefined;
/**
 * For each patient the mapper knows (by patient key), the item that first named it.
 * The main thread sorts all workers' Patients by it, which gives the order one mapper
 * over all items would.
 */
const firstSeqs = new Map<string, number>();

function serialise(resources: Resource[], eventTypes: string[], into: NdjsonLines): WorkerResult {
  for (const r of resources) into.add(r);
  return { eventTypes, lines: resources.length };
}

function run(seq: number, item: PoolItem, extracted: ClinicalEvent[] | Error | undefined, ndjson: NdjsonLines): WorkerResult {
  const result = resultOf(item, extracted, ndjson);
  // (An item whose extraction failed was not mapped: its patient may still be unknown.)
  if (mapper && mapper.patientCount > firstSeqs.size) firstSeqs.set(ownerKey(item), seq);
  return result;
}

function resultOf(item: PoolItem, extracted: ClinicalEvent[] | Error | undefined, ndjson: NdjsonLines): WorkerResult {
  if ('registered' in item) {
    if (!mapper) return { error: 'a structured diagnosis needs FHIR mapping in the workers' };
    try {
      return serialise(mapper.mapRegisteredDiagnosis(item.registered), [], ndjson);
    } catch (err) {
      return { error: `FHIR mapping failed: ${(err as Error).message}` };
    }
  }
  const events = extracted!;
  if (events instanceof Error) return { error: `extraction failed: ${events.message}` };
  if (!mapper) return { events };
  try {
    return serialise(mapper.mapNote({ note: item.note, events }), events.map((e) => e.type), ndjson);
  } catch (err) {
    return { error: `FHIR mapping failed: ${(err as Error).message}` };
  }
}

/** The Patients, as they now stand, of the patients the job's items named. */
function patientsOf(items: PoolRequest['items']): PatientUpdate[] {
  const out = new Map<string, PatientUpdate>();
  for (const { item } of items) {
    const owner = ownerOf(item);
    const key = patientKey(owner);
    const seq = firstSeqs.get(key);
    if (seq === undefined || out.has(key)) continue;
    out.set(key, { key, seq, patient: mapper!.patientOf(owner) });
  }
  return [...out.values()];
}

parentPort!.on('message', (request: PoolRequest) => {
  // The job's notes extracted together (faster than one by one), then each item in order.
  const notes = request.items.flatMap(({ item }) => ('note' in item ? [item.note] : []));
  const extracted = extractWithRulesBatch(notes);
  let next = 0;
  const ndjson = new NdjsonLines();
  const results = request.items.map(({ seq, item }) => run(seq, item, 'note' in item ? extracted[next++] : undefined, ndjson));
  if (!mapper) {
    parentPort!.postMessage({ id: request.id, results } satisfies PoolReply);
    return;
  }
  // The encoded lines are handed over, not copied.
  const bytes = ndjson.bytes;
  const reply: PoolReply = { id: request.id, results, ndjson: { bytes, types: ndjson.types, ends: ndjson.ends }, patients: patientsOf(request.items) };
  parentPort!.postMessage(reply, [bytes.buffer]);
});
