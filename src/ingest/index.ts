export * from './errors.js';
export { decodeXmlBytes, declaredXmlEncoding, type DecodedText } from './decode.js';
export { parseMml, notesFromMml, isMedxml, icd10Category, type MmlDocument, type ParseMmlOptions, type RegisteredDiagnosis } from './mml.js';
export type { Patient, PatientName, PatientAddress } from './patient.js';
export { parseTextNote, parseJsonLines, idFromFileName, type TextNoteOptions } from './text.js';
export { ingestBytes, readInputs, expandInputs, formatFromName, sniffFormat, STDIN, type IngestResult, type IngestOptions, type InputFormat } from './read.js';
export { assembleBatch, type IngestBatch } from './batch.js';
