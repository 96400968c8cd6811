import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Patient, Resource } from '@medplum/fhirtypes';
import { collectionBundle, transactionBundle, type BundleOptions } from '../fhir/bundle.js';

/**
 * FHIR Bulk Data NDJSON: one `<ResourceType>.ndjson` file per resource type in a
 * folder, one resource per line, written as resources arrive.
 */
export class FhirNdjsonWriter {
  readonly #dir: string;
  readonly #files = new Map<string, PendingFile>();
  /** Resources written, per type. */
  readonly counts: Record<string, number> = {};

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  async write(resources: Iterable<Resource>): Promise<void> {
    for (const r of resources) {
      const flushed = this.#add(r.resourceType, JSON.stringify(r) + '\n');
      if (flushed) await flushed;
    }
  }

  /**
   * Resources serialised elsewhere (see {@link NdjsonLines}, made in worker threads):
   * `lines[i]` is one resource's UTF-8 JSON line, of type `resourceTypes[i]`.
   */
  async writeEncoded(resourceTypes: readonly string[], lines: readonly Uint8Array[]): Promise<void> {
    for (let i = 0; i < lines.length; i++) {
      const flushed = this.#add(resourceTypes[i]!, lines[i]!);
      if (flushed) await flushed;
    }
  }

  // A promise only when the line filled a chunk and the write has to wait for it.
  #add(resourceType: string, line: string | Uint8Array): Promise<void> | undefined {
    let file = this.#files.get(resourceType);
    if (!file) {
      file = { stream: createWriteStream(join(this.#dir, `${resourceType}.ndjson`)), parts: [], size: 0 };
      this.#files.set(resourceType, file);
    }
    this.counts[resourceType] = (this.counts[resourceType] ?? 0) + 1;
    file.parts.push(line);
    file.size += line.length;
    // One write per ~512 K per type: a write per resource costs more than the rest. (Lines
    // mapped here count in UTF-16 code units, worker-made ones in bytes; a chunk of strings
    // can so reach 1.5 MB of Japanese UTF-8. It only bounds the buffer; exact bytes would
    // cost a scan of every line.)
    return file.size >= 1 << 19 ? this.#flush(file) : undefined;
  }

  async #flush(file: PendingFile): Promise<void> {
    if (!file.parts.length) return;
    const parts = file.parts;
    file.parts = [];
    file.size = 0;
    let ok: boolean;
    if (parts.every((p) => typeof p === 'string')) ok = file.stream.write(parts.join(''));
    else {
      // Worker-made lines are views into the job's buffer: written corked, they go out in
      // one vectored write, without first being copied into a chunk of their own.
      file.stream.cork();
      ok = true;
      for (const p of parts) ok = file.stream.write(p);
      file.stream.uncork();
    }
    if (!ok) await once(file.stream, 'drain');
  }

  async close(): Promise<void> {
    await Promise.all([...this.#files.values()].map(async (file) => {
      await this.#flush(file);
      file.stream.end();
      await once(file.stream, 'close');
    }));
  }
}

/** A type's lines waiting to be written: strings (mapped here) or UTF-8 bytes (mapped in a worker). */
interface PendingFile {
  stream: WriteStream;
  parts: (string | Uint8Array)[];
  size: number;
}

const utf8 = new TextEncoder();

/**
 * Resources as NDJSON lines, UTF-8 encoded into one buffer, for a worker thread to
 * serialise and hand over (transfer, not copy) to the thread that writes them with
 * {@link FhirNdjsonWriter.writeEncoded}.
 */
export class NdjsonLines {
  #bytes: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  #length = 0;
  /** Per line, its resource type and where it ends in {@link bytes}. */
  readonly types: string[] = [];
  readonly ends: number[] = [];

  add(resource: Resource): void {
    const line = JSON.stringify(resource) + '\n';
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    if (this.#bytes.length - this.#length < 3 * line.length) {
      const grown = new Uint8Array(Math.max(2 * this.#bytes.length, this.#length + 3 * line.length));
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#length += utf8.encodeInto(line, this.#bytes.subarray(this.#length)).written;
    this.types.push(resource.resourceType);
    this.ends.push(this.#length);
  }

  /** The encoded lines so far. */
  get bytes(): Uint8Array<ArrayBuffer> {
    return this.#bytes.subarray(0, this.#length);
  }
}

export type BundleType = 'collection' | 'transaction';

/**
 * Bundles as JSON Lines, one per patient: the notes of a patient that arrive one after
 * another go into one Bundle with the patient's Patient resource. Input sorted by
 * patient gives exactly one Bundle per patient; otherwise a patient may get several
 * (harmless for transactions: the PUTs are idempotent). Memory holds one patient's
 * resources at a time.
 */
export class FhirBundleWriter {
  readonly #write: (line: string) => Promise<void>;
  readonly #type: BundleType;
  readonly #options: BundleOptions;
  /** The current patient's latest Patient resource and the resources of its notes so far. */
  #patient: Patient | undefined;
  #pending: Resource[] = [];
  bundles = 0;

  constructor(write: (line: string) => Promise<void>, type: BundleType, options: BundleOptions = {}) {
    this.#write = write;
    this.#type = type;
    this.#options = options;
  }

  /** The resources of one note and its patient's current Patient resource. */
  async write(patient: Patient, resources: readonly Resource[]): Promise<void> {
    if (this.#patient && this.#patient.id !== patient.id) await this.flush();
    this.#patient = patient;
    this.#pending.push(...resources);
  }

  async flush(): Promise<void> {
    if (!this.#patient) return;
    const resources = [this.#patient, ...this.#pending];
    const bundle = this.#type === 'transaction' ? transactionBundle(resources, this.#options) : collectionBundle(resources, this.#options);
    this.#pending = [];
    this.#patient = undefined;
    this.bundles++;
    await this.#write(JSON.stringify(bundle));
  }
}
