export * from './score.js';
export { formatEvalTable, formatEvalErrors } from './report.js';
export { readNoteEventsFile } from './read.js';
