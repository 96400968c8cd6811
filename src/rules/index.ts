import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';
import type { SegmentedNote } from '../segment/segment.js';
import { diagnosisMethods, extractDiagnoses, extractEncounters, extractProcedures, extractSymptoms } from './clinical.js';
import { datePathologicalStages, extractBiomarkers, extractMetastasis, extractRadiotherapy, extractResponses, extractStaging } from './findings.js';
import { extractMedications } from './medication.js';
import { NoteContext } from './note-context.js';

export { dictionaries, readTable, type Dictionaries, type DrugEntry } from './dictionaries.js';
export { Lexicon, LexiconGroup, type LexiconHit } from './lexicon.js';
export { NoteContext } from './note-context.js';

// In output order for ties: events with the same span keep this order.
const EXTRACTORS: readonly ((ctx: NoteContext) => ClinicalEvent[])[] = [
  extractDiagnoses,
  extractStaging,
  extractMetastasis,
  extractBiomarkers,
  extractMedications,
  extractRadiotherapy,
  extractProcedures,
  extractResponses,
  extractEncounters,
  extractSymptoms,
];

/**
 * Extracts EVENTS.md events from a note with dictionaries and scanners only (no
 * LLM): deterministic, offline, each event with an exact evidence span and the
 * date governing it, marked `source: "rules"`. Pass the segmented note when you
 * have it to avoid segmenting twice.
 */
export function extractWithRules(note: Note, segmented?: SegmentedNote): ClinicalEvent[] {
  const ctx = new NoteContext(note, segmented);
  return inOrder(ctx, EXTRACTORS.map((extract) => extract(ctx)));
}

/**
 * {@link extractWithRules} for many notes at once, for batches: the same events
 * per note, in less time, because each stage (segmentation, the dictionary pass,
 * each extractor) runs over all the notes in turn and its code and tables stay in
 * the processor's caches. A note whose extraction throws gets the error instead
 * of events; the other notes are not affected.
 */
export function extractWithRulesBatch(notes: readonly Note[], segmented?: readonly SegmentedNote[]): (ClinicalEvent[] | Error)[] {
  const contexts: (NoteContext | Error)[] = notes.map((note, i) => {
    try {
      return new NoteContext(note, segmented?.[i]);
    } catch (err) {
      return asError(err);
    }
  });
  const found: ClinicalEvent[][][] = notes.map(() => []);
  const each = (step: (ctx: NoteContext, i: number) => void) => {
    contexts.forEach((ctx, i) => {
      if (ctx instanceof Error) return;
      try {
        step(ctx, i);
      } catch (err) {
        contexts[i] = asError(err);
      }
    });
  };
  each((ctx) => ctx.hits);
  for (const extract of EXTRACTORS) each((ctx, i) => found[i]!.push(extract(ctx)));
  return contexts.map((ctx, i) => (ctx instanceof Error ? ctx : inOrder(ctx, found[i]!)));
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/** One note's events from all extractors, completed across extractors, marked and sorted by evidence span. */
function inOrder(ctx: NoteContext, found: ClinicalEvent[][]): ClinicalEvent[] {
  const all = found.flat();
  datePathologicalStages(ctx, all);
  diagnosisMethods(ctx, all);
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
