export { FhirMapper, toFhir, eventKey, type FhirOptions, type NoteWithEvents } from './map.js';
export { collectionBundle, transactionBundle, groupByPatient, DEFAULT_FULL_URL_BASE, type BundleOptions } from './bundle.js';
export { loadFhirValidator, shippedStructureDefinitions, checkComplexExtension, adaptForMedplum, type FhirIssue, type FhirValidator } from './validate.js';
export { uuidV5, isFhirId, KOZOKA_UUID_NAMESPACE } from './ids.js';
export { PROFILE, EXTENSION, SYSTEM } from './profiles.js';
