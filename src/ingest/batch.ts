import type { Note } from '../schema/note.js';
import type { IngestIssue } from './errors.js';
import type { RegisteredDiagnosis } from './mml.js';
import type { Patient } from './patient.js';
import type { IngestResult } from './read.js';

/** What a whole batch of inputs gave, after duplicates and superseded editions are settled. */
export interface IngestBatch {
  notes: Note[];
  patients: Patient[];
  diagnoses: RegisteredDiagnosis[];
  issues: IngestIssue[];
  counts: {
    files: number;
    filesFailed: number;
    notes: number;
    /** Notes dropped because a revised edition (`parentId relation="oldEdition"`) is in the batch. */
    superseded: number;
    duplicates: number;
    skippedModules: Record<string, number>;
    errors: number;
    warnings: number;
  };
}

/**
 * Gathers per-file results into one batch: a note id seen twice is an error on
 * the second (never a silent overwrite), and a note whose MML docId is the
 * parent of a revised edition in the batch is superseded by it.
 */
export function assembleBatch(results: Iterable<IngestResult>): IngestBatch {
  const batch: IngestBatch = {
    notes: [],
    patients: [],
    diagnoses: [],
    issues: [],
    counts: { files: 0, filesFailed: 0, notes: 0, superseded: 0, duplicates: 0, skippedModules: {}, errors: 0, warnings: 0 },
  };
  const firstFile = new Map<string, string>();
  for (const r of results) {
    batch.counts.files++;
    if (r.issues.some((i) => i.severity === 'error') && r.notes.length === 0) batch.counts.filesFailed++;
    batch.issues.push(...r.issues);
    batch.patients.push(...r.patients);
    batch.diagnoses.push(...r.diagnoses);
    for (const [k, v] of Object.entries(r.skippedModules)) batch.counts.skippedModules[k] = (batch.counts.skippedModules[k] ?? 0) + v;
    for (const note of r.notes) {
      const seen = firstFile.get(note.id);
      if (seen !== undefined) {
        batch.counts.duplicates++;
        batch.issues.push({
          severity: 'error',
          code: 'duplicate-note',
          file: r.file,
          note: note.id,
          message: `note id already read from ${seen}; this copy is not used`,
        });
        continue;
      }
      firstFile.set(note.id, r.file);
      batch.notes.push(note);
    }
  }
  const replaced = new Set(batch.notes.flatMap((n) => (n.source?.parentId ? [n.source.parentId] : [])));
  if (replaced.size) {
    const kept = batch.notes.filter((n) => !replaced.has(n.source?.docId ?? n.id));
    batch.counts.superseded = batch.notes.length - kept.length;
    batch.notes = kept;
  }
  batch.counts.notes = batch.notes.length;
  batch.counts.errors = batch.issues.filter((i) => i.severity === 'error').length;
  batch.counts.warnings = batch.issues.length - batch.counts.errors;
  return batch;
}
