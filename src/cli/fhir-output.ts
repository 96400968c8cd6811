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
  /** Maps one note's events and writes the resources. */
  write(note: Note, events: readonly ClinicalEvent[]): Promise<void>;
  /** Maps a structured (MML RegisteredDiagnosis) diagnosis and writes it. */
  writeRegistered(diagnosis: RegisteredDiagnosis): Promise<void>;
  /** Writes what only the end knows (Patients for NDJSON, the last Bundle) and closes. */
  close(): Promise<{ resources: Record<string, number>; bundles?: number }>;
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
  const mapper = new FhirMapper({ ...mapping, includeText: values['fhir-include-text'] ?? false });
  const counts: Record<string, number> = {};
  if (format === 'ndjson') {
    const writer = new FhirNdjsonWriter(out!);
    return {
      write: (note, events) => writer.write(mapper.mapNote({ note, events })),
      writeRegistered: (diagnosis) => writer.write(mapper.mapRegisteredDiagnosis(diagnosis)),
      async close() {
        // Patients last: by then every note has said whether the patient has cancer.
        await writer.write(mapper.patients());
        await writer.close();
        return { resources: writer.counts };
      },
    };
  }
  const sink = openLineSink(out);
  const writer = new FhirBundleWriter((line) => sink.write(line), bundleType as BundleType, values['fhir-base'] ? { fullUrlBase: values['fhir-base'] } : {});
  const patients = new Set<string>();
  return {
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
