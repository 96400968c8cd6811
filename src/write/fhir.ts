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
  readonly #files = new Map<string, { stream: WriteStream; lines: string[]; chars: number }>();
  /** Resources written, per type. */
  readonly counts: Record<string, number> = {};

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  async write(resources: Iterable<Resource>): Promise<void> {
    for (const r of resources) {
      let file = this.#files.get(r.resourceType);
      if (!file) {
        file = { stream: createWriteStream(join(this.#dir, `${r.resourceType}.ndjson`)), lines: [], chars: 0 };
        this.#files.set(r.resourceType, file);
      }
      this.counts[r.resourceType] = (this.counts[r.resourceType] ?? 0) + 1;
      const line = JSON.stringify(r);
      file.lines.push(line);
      file.chars += line.length;
      // One write per ~512 KB per type: a write per resource costs more than the rest.
      if (file.chars >= 1 << 19) await this.#flush(file);
    }
  }

  async #flush(file: { stream: WriteStream; lines: string[]; chars: number }): Promise<void> {
    if (!file.lines.length) return;
    const chunk = file.lines.join('\n') + '\n';
    file.lines = [];
    file.chars = 0;
    if (!file.stream.write(chunk)) await once(file.stream, 'drain');
  }

  async close(): Promise<void> {
    await Promise.all([...this.#files.values()].map(async (file) => {
      await this.#flush(file);
      file.stream.end();
      await once(file.stream, 'close');
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
