// From notes to validated FHIR R4, as an ETL job would: rules extraction, keyed
// pseudonyms, mapping, a transaction Bundle per patient, and validation.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  extractWithRulesBatch, FhirMapper, FhirNdjsonWriter, groupByPatient, loadFhirValidator, pseudonymizeNote, readInputs, transactionBundle,
} from 'kozoka';

// In production the key comes from a file kept apart from the data (loadPseudonymKey).
const key = createHash('sha256').update('example key, not for real data').digest();
const mapper = new FhirMapper({ provider: 'rules', pseudonymized: true });
const resources = [];
for await (const input of readInputs([new URL('./notes', import.meta.url).pathname])) {
  const notes = input.notes.map((raw) => pseudonymizeNote(raw, key));
  // A file's notes at once: what extractWithRules gives note by note, in less time.
  const extracted = extractWithRulesBatch(notes);
  for (const [i, note] of notes.entries()) {
    const events = extracted[i]!;
    if (events instanceof Error) console.error(`${input.file} [note ${note.id}]: ${events.message}`);
    else resources.push(...mapper.mapNote({ note, events }));
  }
}
const all = [...mapper.patients(), ...resources];

const validator = await loadFhirValidator();
const errors = all.flatMap((r) => validator.validate(r)).filter((i) => i.severity === 'error');
const bundles = groupByPatient(all).map((group) => transactionBundle(group, { fullUrlBase: 'https://fhir.example.org/r4' }));

// Bulk Data NDJSON: one file per resource type.
const dir = mkdtempSync(join(tmpdir(), 'kozoka-fhir-'));
const writer = new FhirNdjsonWriter(dir);
await writer.write(all);
await writer.close();

console.log(JSON.stringify({ resources: writer.counts, bundles: bundles.length, errors: errors.length, files: readdirSync(dir).sort() }));
