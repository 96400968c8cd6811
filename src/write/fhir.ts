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
  readonly #streams = new Map<string, WriteStream>();
  /** Resources written, per type. */
  readonly counts: Record<string, number> = {};

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  async write(resources: Iterable<Resource>): Promise<void> {
    for (const r of resources) {
      let stream = this.#streams.get(r.resourceType);
      if (!stream) {
        stream = createWriteStream(join(this.#dir, `${r.resourceType}.ndjson`));
        this.#streams.set(r.resourceType, stream);
      }
      this.counts[r.resourceType] = (this.counts[r.resourceType] ?? 0) + 1;
      if (!stream.write(JSON.stringify(r) + '\n')) await once(stream, 'drain');
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#streams.values()].map(async (s) => {
      s.end();
      await once(s, 'close');
    }));
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
  #patient: string | undefined;
  #pending: Resource[] = [];
  #patientResource: Patient | undefined;
  bundles = 0;

  constructor(write: (line: string) => Promise<void>, type: BundleType, options: BundleOptions = {}) {
    this.#write = write;
    this.#type = type;
    this.#options = options;
  }

  /** The resources of one note and its patient's current Patient resource. */
  async write(patient: Patient, resources: readonly Resource[]): Promise<void> {
    if (this.#patient !== undefined && this.#patient !== patient.id) await this.flush();
    this.#patient = patient.id;
    this.#patientResource = patient;
    this.#pending.push(...resources);
  }

  async flush(): Promise<void> {
    if (!this.#patientResource) return;
    const resources = [this.#patientResource, ...this.#pending];
    const bundle = this.#type === 'transaction' ? transactionBundle(resources, this.#options) : collectionBundle(resources, this.#options);
    this.#pending = [];
    this.#patientResource = undefined;
    this.#patient = undefined;
    this.bundles++;
    await this.#write(JSON.stringify(bundle));
  }
}
