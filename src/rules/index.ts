import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';
import type { SegmentedNote } from '../segment/segment.js';
import { extractDiagnoses, extractEncounters, extractProcedures, extractSymptoms } from './clinical.js';
import { extractBiomarkers, extractMetastasis, extractRadiotherapy, extractResponses, extractStaging } from './findings.js';
import { extractMedications } from './medication.js';
import { NoteContext } from './note-context.js';

export { dictionaries, readTable, type Dictionaries, type DrugEntry } from './dictionaries.js';
export { Lexicon, LexiconGroup, type LexiconHit } from './lexicon.js';
export { NoteContext } from './note-context.js';

/**
 * Extracts EVENTS.md events from a note with dictionaries and scanners only (no
 * LLM): deterministic, offline, each event with an exact evidence span and the
 * date governing it, marked `source: "rules"`. Pass the segmented note when you
 * have it to avoid segmenting twice.
 */
export function extractWithRules(note: Note, segmented?: SegmentedNote): ClinicalEvent[] {
  const ctx = new NoteContext(note, segmented);
  const found = [
    extractDiagnoses(ctx),
    extractStaging(ctx),
    extractMetastasis(ctx),
    extractBiomarkers(ctx),
    extractMedications(ctx),
    extractRadiotherapy(ctx),
    extractProcedures(ctx),
    extractResponses(ctx),
    extractEncounters(ctx),
    extractSymptoms(ctx),
  ];
  // Sorted by evidence span (stable: ties keep extractor order), keys read once.
  const keyed: { event: ClinicalEvent; start: number; end: number }[] = [];
  for (const events of found) {
    for (const e of events) {
      e.source = 'rules';
      if (e.date === null || e.date === undefined) e.date = null;
      else if (e.date.text === undefined) delete e.date.text;
      keyed.push({ event: e, start: e.evidence!.start, end: e.evidence!.end });
    }
  }
  keyed.sort((a, b) => a.start - b.start || a.end - b.end);
  return keyed.map((k) => k.event);
}
