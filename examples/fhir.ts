// From notes to validated FHIR R4, as an ETL job would: rules extraction, keyed
// pseudonyms, mapping, a transaction Bundle per patient, and validation.
import { createHash } from 'node:crypto';
import {
  extractWithRules, FhirMapper, groupByPatient, loadFhirValidator, pseudonymizeNote, readInputs, transactionBundle,
} from 'kozoka';

// In production the key comes from a file kept apart from the data (loadPseudonymKey).
const key = createHash('sha256').update('example key, not for real data').digest();
const mapper = new FhirMapper({ provider: 'rules', pseudonymized: true });
const resources = [];
for await (const input of readInputs([new URL('./notes', import.meta.url).pathname])) {
  for (const raw of input.notes) {
    const note = pseudonymizeNote(raw, key);
    resources.push(...mapper.mapNote({ note, events: extractWithRules(note) }));
  }
}
const all = [...mapper.patients(), ...resources];

const validator = await loadFhirValidator();
const errors = all.flatMap((r) => validator.validate(r)).filter((i) => i.severity === 'error');
const bundles = groupByPatient(all).map((group) => transactionBundle(group, { fullUrlBase: 'https://fhir.example.org/r4' }));

const byType: Record<string, number> = {};
for (const r of all) byType[r.resourceType] = (byType[r.resourceType] ?? 0) + 1;
console.log(JSON.stringify({ resources: byType, bundles: bundles.length, errors: errors.length }));
