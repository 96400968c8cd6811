// Grounding: code, not the model, owns offsets, dates, drug names and codes.
import type { EventDate } from '../schema/dates.js';
import { EventSchema, type ClinicalEvent, type EventSource } from '../schema/events.js';
import type { ModelEvent } from '../schema/model-answer.js';
import { dictionaries, type DrugEntry } from '../rules/dictionaries.js';
import { Lexicon } from '../rules/lexicon.js';
import { NoteContext } from '../rules/note-context.js';
import type { SegmentedNote } from '../segment/segment.js';
import { normalize } from '../segment/normalize.js';
import { alignEvidence } from './align.js';
import { lowerBound } from '../segment/search.js';

export interface GroundOptions {
  /** Keep events whose evidence cannot be found (flagged with a warning) instead of dropping them. */
  keepUngrounded?: boolean;
  /** Fuzzy alignment threshold: edit distance at most this share of the evidence length (default 0.2). */
  maxDistanceRatio?: number;
  source?: EventSource;
}

export interface Grounded {
  events: ClinicalEvent[];
  /** Note-level warnings (dropped events and why). */
  warnings: string[];
}

let drugLexicon: Lexicon<DrugEntry> | undefined;
const drugs = () => (drugLexicon ??= new Lexicon(dictionaries().drugs.map((d) => ({ spelling: d.spelling, value: d.entry }))));
let markerLexicon: Lexicon<string> | undefined;
const markers = () => (markerLexicon ??= new Lexicon(dictionaries().biomarkers.map((b) => ({ spelling: b.spelling, value: b.name }))));
const canonicalDrugs = new Set<string>();

/** Canonical drug names for what a model wrote (abbreviation, katakana, brand or regimen). */
export function normalizeDrugNames(names: readonly string[]): { drugs: string[]; unknown: string[] } {
  if (!canonicalDrugs.size) for (const d of dictionaries().drugs) for (const x of d.entry.drugs) canonicalDrugs.add(x);
  const out = new Set<string>();
  const unknown: string[] = [];
  for (const raw of names) {
    const lower = raw.trim().toLowerCase();
    if (canonicalDrugs.has(lower)) {
      out.add(lower);
      continue;
    }
    const text = normalize(raw.trim()).text;
    const hits = drugs().find(text);
    if (hits.length && hits.map((h) => h.end - h.start).reduce((a, b) => a + b, 0) >= text.replace(/[\s+/・、,]/g, '').length * 0.6) {
      for (const h of hits) for (const d of h.value.drugs) out.add(d);
    } else {
      unknown.push(raw);
      out.add(lower);
    }
  }
  return { drugs: [...out].sort(), unknown };
}

/** The canonical biomarker symbol for a name the model wrote, if the dictionary knows it. */
export function normalizeBiomarkerName(name: string): string | undefined {
  const text = normalize(name.trim()).text;
  const hit = markers().find(text)[0];
  return hit && hit.start === 0 && hit.end === text.length ? hit.value : undefined;
}

/** The fields grounding reads from a model event (the zod-inferred type is a loose record). */
interface ModelEventView {
  type: ClinicalEvent['type'];
  evidence: string;
  date: { start: string; end: string | null; part: 'early' | 'mid' | 'late' | null } | null;
  certainty: 'confirmed' | 'suspected' | 'negated' | null;
  drugs: string[];
  regimen: string | null;
  name: string;
  sites: string[];
  tnm: { t: string | null; n: string | null; m: string | null } | null;
  stage: string | null;
  doseGy: number | null;
  fractions: number | null;
  dose: string | null;
}

const sameDate = (a: EventDate | null | undefined, b: EventDate | null | undefined) =>
  (a?.start ?? null) === (b?.start ?? null) && (a?.end ?? null) === (b?.end ?? null);

/**
 * Turns model events into grounded events: evidence found in the note (exact,
 * normalised, fuzzy) with original offsets; dates re-resolved from the segment
 * stage at the evidence (code wins; a disagreement is recorded); drug names to
 * INN, biomarker names to symbols; values checked against the evidence line.
 */
export function groundEvents(segmented: SegmentedNote, modelEvents: readonly ModelEvent[], options: GroundOptions = {}): Grounded {
  const ctx = new NoteContext(segmented.note, segmented);
  const note = segmented.note;
  const warnings: string[] = [];
  const events: ClinicalEvent[] = [];
  let from = 0;
  for (const raw of modelEvents) {
    const me = raw as unknown as ModelEventView;
    const eventWarnings: string[] = [];
    const aligned = alignEvidence(note.text, segmented.normalized, me.evidence, { from, maxDistanceRatio: options.maxDistanceRatio ?? 0.2 });
    if (!aligned) {
      const msg = `ungrounded ${me.type}: evidence ${JSON.stringify(me.evidence)} is not in the note`;
      if (!options.keepUngrounded) {
        warnings.push(`${msg}; dropped`);
        continue;
      }
      eventWarnings.push(msg);
    } else if (aligned.how === 'fuzzy') {
      eventWarnings.push(`evidence aligned approximately (edit distance ${aligned.distance})`);
    }
    if (aligned) from = aligned.start;
    const { evidence: _quote, date: modelDate, certainty, ...fields } = raw as unknown as Record<string, unknown> & Pick<ModelEventView, 'evidence' | 'date' | 'certainty'>;
    void _quote;
    const event: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields)) if (v !== null && v !== undefined) event[k] = v;
    if (event['tnm']) {
      const tnm = Object.fromEntries(Object.entries(event['tnm'] as Record<string, unknown>).filter(([, v]) => v !== null));
      event['tnm'] = tnm;
    }
    if (certainty && certainty !== 'confirmed') event['certainty'] = certainty;
    if (aligned) event['evidence'] = { start: aligned.start, end: aligned.end, text: note.text.slice(aligned.start, aligned.end) };

    // Dates: code resolves them from the segment stage at the evidence.
    const modelValue: EventDate | null = modelDate ? { start: modelDate.start, ...(modelDate.end ? { end: modelDate.end } : {}), ...(modelDate.part ? { part: modelDate.part } : {}) } : null;
    let date: EventDate | null = modelValue;
    if (aligned) {
      const nStart = normIndex(segmented, aligned.start);
      const resolved = ctx.dateAt(nStart, { range: me.type === 'medication' || me.type === 'radiotherapy' });
      if (resolved) {
        if (modelValue && !sameDate(resolved, modelValue)) eventWarnings.push(`date: the model said ${modelValue.start}${modelValue.end ? '～' + modelValue.end : ''}, the note resolves to ${resolved.start}${resolved.end ? '～' + resolved.end : ''}; the note's date is used`);
        date = resolved;
      }
    }
    event['date'] = date;

    // Names and codes.
    if (me.type === 'medication') {
      const fromDrugs = normalizeDrugNames(me.drugs);
      const fromRegimen = me.regimen ? normalizeDrugNames([me.regimen]) : { drugs: [], unknown: [me.regimen] };
      const drugsOut = fromDrugs.unknown.length && !fromRegimen.unknown.length ? fromRegimen.drugs : fromDrugs.drugs;
      if (fromDrugs.unknown.length) eventWarnings.push(`drug names not in the dictionary: ${fromDrugs.unknown.join(', ')}`);
      event['drugs'] = drugsOut.length ? drugsOut : me.drugs.map((d) => d.toLowerCase()).sort();
    }
    if (me.type === 'biomarker') {
      const canonical = normalizeBiomarkerName(me.name);
      if (canonical) event['name'] = canonical;
    }
    if (me.type === 'metastasis') event['sites'] = [...new Set(me.sites)].sort();

    // Values must be visible in the evidence's line.
    if (aligned) {
      const [ls, le] = lineBounds(note.text, aligned.start, aligned.end);
      const line = normalize(note.text.slice(ls, le)).text;
      const missing: string[] = [];
      if (me.type === 'staging') {
        for (const v of [me.tnm?.t, me.tnm?.n, me.tnm?.m]) if (v && !line.includes(v)) missing.push(v);
        if (me.stage && !line.includes(me.stage) && !/ステージ|病期/.test(line)) missing.push(me.stage);
      }
      if (me.type === 'radiotherapy') {
        if (me.doseGy !== null && !line.includes(String(me.doseGy))) missing.push(`${me.doseGy}Gy`);
        if (me.fractions !== null && !line.includes(String(me.fractions))) missing.push(`${me.fractions}fr`);
      }
      if (me.type === 'medication' && me.dose && !line.includes(normalize(me.dose).text.split(/[、,]/)[0]!.trim())) missing.push(me.dose);
      if (me.type === 'biomarker' && !markers().find(line).some((h) => h.value === (event['name'] as string))) missing.push(String(event['name']));
      if (missing.length) eventWarnings.push(`not in the evidence line: ${missing.join(', ')}`);
    }

    event['source'] = options.source ?? 'llm';
    if (eventWarnings.length) event['warnings'] = eventWarnings;
    const parsed = EventSchema.safeParse(event);
    if (!parsed.success) {
      warnings.push(`invalid ${me.type} event dropped: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    events.push(parsed.data);
  }
  return { events, warnings };
}

/** The first normalised index whose source starts at or after `original`. */
function normIndex(segmented: SegmentedNote, original: number): number {
  return lowerBound(segmented.normalized.starts, original, (x) => x);
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return [a, nl < 0 ? text.length : nl];
}
