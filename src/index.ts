/**
 * kozoka: Japanese clinical notes → structured, dated oncology events and FHIR R4.
 *
 * Stages, each usable alone: `schema` (the event contract), `ingest` (MML / text /
 * JSON Lines → Note), `segment` (offset-keeping normalisation, segments, dates, tokens),
 * `rules` and `extract` (events), `ground`, `privacy`, `fhir` (FHIR R4 resources, bundles,
 * validation) and `eval`.
 * @packageDocumentation
 */
export * from './schema/index.js';
export * from './ingest/index.js';
export * from './segment/index.js';
export * from './eval/index.js';
export * from './rules/index.js';
export { toCodoc, type CodocRecord } from './write/codoc.js';
export { renderReviewHtml, warningKind, type ReviewItem, type ReviewOptions, type WarningKind } from './write/review.js';
export { FhirNdjsonWriter, FhirBundleWriter, type BundleType } from './write/fhir.js';
export * from './extract/index.js';
export * from './ground/index.js';
export { ModelAnswerSchema, ModelEventSchema, MODEL_ANSWER_SCHEMA_VERSION, eventJsonSchema, modelAnswerJsonSchema, type ModelAnswer, type ModelEvent } from './schema/model-answer.js';
export * from './privacy/index.js';
export * from './fhir/index.js';
