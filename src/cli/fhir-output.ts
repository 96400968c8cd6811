import type { Patient } from '@medplum/fhirtypes';
import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';
import type { RegisteredDiagnosis } from '../ingest/mml.js';
import { FhirMapper, registeredDiagnosisOwner, type FhirOptions } from '../fhir/map.js';
import { DEFAULT_FULL_URL_BASE } from '../fhir/bundle.js';
import { FhirBundleWriter, FhirNdjsonWriter, type BundleType } from '../write/fhir.js';
import { openLineSink, UsageError } from './io.js';

/** The FHIR output options shared by `kozoka extract` and `kozoka fhir`. */
export const FHIR_OPTIONS_HELP = `  --bundle-type collection|transaction
                          with fhir-bundle: collection (default; fullUrls under
                          --fhir-base) or transaction (PUT at the deterministic ids)
  --fhir-base <url>       base of Bundle entries' fullUrls, against which references
                          resolve (default ${DEFAULT_FULL_URL_BASE})
  --fhir-include-text     put each note's text into its DocumentReference (off: the
                          text may hold names)`;

export const FHIR_PARSE_OPTIONS = {
  'bundle-type': { type: 'string', default: 'collection' },
  'fhir-base': { type: 'string' },
  'fhir-include-text': { type: 'boolean', default: false },
} as const;

export interface FhirOutput {
  /** The mapping options, for mappers elsewhere (worker threads). */
  readonly mapping: FhirOptions;
  /** Maps one note's events and writes the resources. */
  write(note: Note, events: readonly ClinicalEvent[]): Promise<void>;
  /** Maps a structured (MML RegisteredDiagnosis) diagnosis and writes it. */
  writeRegistered(diagnosis: RegisteredDiagnosis): Promise<void>;
  /**
   * NDJSON only: writes resources mapped and serialised elsewhere (`lines[i]`, UTF-8,
   * of type `resourceTypes[i]`). Whoever mapped them then passes the Patients to `close`.
   */
  writeEncoded?(resourceTypes: readonly string[], lines: readonly Uint8Array[]): Promise<void>;
  /**
   * Writes what only the end knows (Patients for NDJSON, the last Bundle) and closes.
   * `patients`: the Patients of notes mapped elsewhere, instead of this output's own.
   */
  close(patients?: readonly Patient[]): Promise<{ resources: Record<string, number>; bundles?: number }>;
}

/**
 * FHIR output for the CLI: `ndjson` writes a Bulk Data folder (`out` required),
 * `bundle` writes one Bundle per patient as JSON Lines to `out` or stdout.
 */
export function openFhirOutput(
  format: 'ndjson' | 'bundle',
  out: string | undefined,
  values: { 'bundle-type'?: string; 'fhir-base'?: string; 'fhir-include-text'?: boolean },
  mapping: Omit<FhirOptions, 'includeText'>,
): FhirOutput {
  const bundleType = values['bundle-type'] ?? 'collection';
  if (bundleType !== 'collection' && bundleType !== 'transaction') throw new UsageError(`--bundle-type must be collection or transaction (got "${bundleType}")`);
  if (format === 'ndjson' && !out) throw new UsageError('FHIR NDJSON needs --out <folder> (one <Type>.ndjson file per resource type)');
  const options: FhirOptions = { ...mapping, includeText: values['fhir-include-text'] ?? false };
  const mapper = new FhirMapper(options);
  const counts: Record<string, number> = {};
  if (format === 'ndjson') {
    const writer = new FhirNdjsonWriter(out!);
    return {
      mapping: options,
      write: (note, events) => writer.write(mapper.mapNote({ note, events })),
      writeRegistered: (diagnosis) => writer.write(mapper.mapRegisteredDiagnosis(diagnosis)),
      writeEncoded: (resourceTypes, lines) => writer.writeEncoded(resourceTypes, lines),
      async close(patients) {
        // Patients last: by then every note has said whether the patient has cancer.
        await writer.write(patients ?? mapper.patients());
        await writer.close();
        return { resources: writer.counts };
      },
    };
  }
  const sink = openLineSink(out);
  const writer = new FhirBundleWriter((line) => sink.write(line), bundleType as BundleType, values['fhir-base'] ? { fullUrlBase: values['fhir-base'] } : {});
  const patients = new Set<string>();
  return {
    mapping: options,
    async write(note, events) {
      const resources = mapper.mapNote({ note, events });
      for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
      const patient = mapper.patientOf(note);
      patients.add(patient.id!);
      await writer.write(patient, resources);
    },
    async writeRegistered(diagnosis) {
      const resources = mapper.mapRegisteredDiagnosis(diagnosis);
      for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1;
      const patient = mapper.patientOf(registeredDiagnosisOwner(diagnosis));
      patients.add(patient.id!);
      await writer.write(patient, resources);
    },
    async close() {
      await writer.flush();
      await sink.close();
      return { resources: { Patient: patients.size, ...counts }, bundles: writer.bundles };
    },
  };
}
