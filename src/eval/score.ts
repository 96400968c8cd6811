// Scoring exactly as ../shared/spec/EVENTS.md "How kozoka eval scores".
import type { ClinicalEvent, EventType } from '../schema/events.js';
import type { NoteEvents } from '../schema/gold.js';

/** Types whose scores make up the overall figure (symptom and death are reported apart). */
export const SCORED_TYPES: readonly EventType[] = [
  'diagnosis', 'staging', 'metastasis', 'biomarker', 'medication', 'radiotherapy',
  'procedure', 'response', 'admission', 'discharge',
];
export const REPORTED_ONLY_TYPES: readonly EventType[] = ['symptom', 'death'];

/** Precision, recall and F1 with their counts. */
export interface Prf {
  gold: number;
  pred: number;
  /** Matched pairs (content). */
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched pairs, those whose dates agree. */
  datesEqual: number;
  /** datesEqual / matched (NaN → 0 when nothing matched). */
  dates: number;
  /** F1 where a match also needs equal dates. */
  strictF1: number;
}

/** One unit of scoring: an event, or for metastasis one site of an event. */
export interface ScoredUnit {
  noteId: string;
  type: EventType;
  event: ClinicalEvent;
  /** For metastasis: the site this unit stands for. */
  site?: string;
}

export interface EvalResult {
  byType: Record<string, Prf>;
  /** Over SCORED_TYPES. */
  overall: Prf;
  /** Predicted units with no gold partner. */
  falsePositives: ScoredUnit[];
  /** Gold units with no predicted partner. */
  falseNegatives: ScoredUnit[];
  /** Matched pairs whose dates differ. */
  dateMismatches: { gold: ScoredUnit; pred: ScoredUnit }[];
  /** Note ids in the predictions but not in the gold (their events count as false positives). */
  unknownNotes: string[];
}

/** NFKC, white space removed; lower case for names. */
export function normalizeForCompare(s: string, lower = true): string {
  const n = s.normalize('NFKC').replace(/\s+/g, '');
  return lower ? n.toLowerCase() : n;
}

const looseEqual = (a: string | null | undefined, b: string | null | undefined): boolean => {
  if (!a || !b) return !a && !b;
  const x = normalizeForCompare(a);
  const y = normalizeForCompare(b);
  return x.includes(y) || y.includes(x);
};
const eq = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);
const eqName = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? normalizeForCompare(a) : null) === (b ? normalizeForCompare(b) : null);

/** True when two units have equal keys (EVENTS.md table), certainty included. */
export function keysMatch(g: ScoredUnit, p: ScoredUnit): boolean {
  if (g.type !== p.type) return false;
  if ((g.event.certainty ?? 'confirmed') !== (p.event.certainty ?? 'confirmed')) return false;
  const a = g.event;
  const b = p.event;
  switch (a.type) {
    case 'diagnosis': {
      if (b.type !== 'diagnosis') return false;
      if (looseEqual(a.name, b.name)) return true;
      return !!a.icd10 && !!b.icd10 && a.icd10.slice(0, 3) === b.icd10.slice(0, 3);
    }
    case 'staging':
      return b.type === 'staging' && eq(a.tnm?.t, b.tnm?.t) && eq(a.tnm?.n, b.tnm?.n) && eq(a.tnm?.m, b.tnm?.m) && eq(a.stage, b.stage);
    case 'metastasis':
      return b.type === 'metastasis' && g.site === p.site;
    case 'biomarker':
      return b.type === 'biomarker' && eqName(a.name, b.name) && eqName(a.variant, b.variant) && a.result === b.result;
    case 'medication': {
      if (b.type !== 'medication' || !eq(a.line, b.line)) return false;
      const x = new Set(a.drugs.map((d) => normalizeForCompare(d)));
      const y = new Set(b.drugs.map((d) => normalizeForCompare(d)));
      return x.size === y.size && [...x].every((d) => y.has(d));
    }
    case 'radiotherapy':
      return b.type === 'radiotherapy' && eq(a.doseGy, b.doseGy) && eq(a.fractions, b.fractions);
    case 'procedure':
      return b.type === 'procedure' && looseEqual(a.name, b.name);
    case 'response':
      return b.type === 'response' && a.code === b.code;
    case 'symptom':
      return b.type === 'symptom' && looseEqual(a.name, b.name);
    case 'admission':
    case 'discharge':
    case 'death':
      return true;
  }
}

/** Day number of a partial ISO date (a partial date counts from its first day). */
function dayNumber(d: string): number {
  const [y, m, day] = d.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, day ?? 1) / 86_400_000;
}

function dateDistance(a: ClinicalEvent, b: ClinicalEvent): number {
  const x = a.date?.start;
  const y = b.date?.start;
  if (!x && !y) return 0;
  if (!x || !y) return 1e9;
  return Math.abs(dayNumber(x) - dayNumber(y));
}

/** Dates agree: equal start, and equal end where gold has one. */
export function datesAgree(gold: ClinicalEvent, pred: ClinicalEvent): boolean {
  if ((gold.date?.start ?? null) !== (pred.date?.start ?? null)) return false;
  return !gold.date?.end || gold.date.end === pred.date?.end;
}

/** Explodes events into scoring units (one per metastasis site). */
export function toUnits(noteId: string, events: readonly ClinicalEvent[]): ScoredUnit[] {
  return events.flatMap((event): ScoredUnit[] =>
    event.type === 'metastasis'
      ? event.sites.map((site) => ({ noteId, type: event.type, event, site }))
      : [{ noteId, type: event.type, event }],
  );
}

/**
 * One-to-one matching within a note and type: among key-equal pairs, the
 * nearest dates pair first (ties keep text order), each unit used once.
 */
export function matchUnits(gold: ScoredUnit[], pred: ScoredUnit[]): [number, number][] {
  const candidates: { g: number; p: number; dist: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (keysMatch(g, p)) candidates.push({ g: gi, p: pi, dist: dateDistance(g.event, p.event) });
    }),
  );
  candidates.sort((a, b) => a.dist - b.dist || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs;
}

function prf(gold: number, pred: number, matched: number, datesEqual: number): Prf {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(matched, pred);
  const recall = ratio(matched, gold);
  return {
    gold,
    pred,
    matched,
    precision,
    recall,
    f1: f(precision, recall),
    datesEqual,
    dates: ratio(datesEqual, matched),
    strictF1: f(ratio(datesEqual, pred), ratio(datesEqual, gold)),
  };
}

/** Scores predictions against gold, note by note (matched on `note.id`). */
export function score(gold: readonly NoteEvents[], pred: readonly NoteEvents[]): EvalResult {
  const predById = new Map(pred.map((p) => [p.note.id, p]));
  const goldIds = new Set(gold.map((g) => g.note.id));
  const counts = new Map<EventType, { gold: number; pred: number; matched: number; datesEqual: number }>();
  const bump = (t: EventType, k: 'gold' | 'pred' | 'matched' | 'datesEqual') => {
    const c = counts.get(t) ?? { gold: 0, pred: 0, matched: 0, datesEqual: 0 };
    c[k]++;
    counts.set(t, c);
  };
  const result: EvalResult = { byType: {}, overall: prf(0, 0, 0, 0), falsePositives: [], falseNegatives: [], dateMismatches: [], unknownNotes: [] };

  const scoreNote = (noteId: string, goldEvents: readonly ClinicalEvent[], predEvents: readonly ClinicalEvent[]) => {
    const g = toUnits(noteId, goldEvents);
    const p = toUnits(noteId, predEvents);
    for (const u of g) bump(u.type, 'gold');
    for (const u of p) bump(u.type, 'pred');
    const types = new Set([...g, ...p].map((u) => u.type));
    for (const type of types) {
      const gi = g.filter((u) => u.type === type);
      const pi = p.filter((u) => u.type === type);
      const pairs = matchUnits(gi, pi);
      const mg = new Set(pairs.map(([a]) => a));
      const mp = new Set(pairs.map(([, b]) => b));
      for (const [a, b] of pairs) {
        bump(type, 'matched');
        if (datesAgree(gi[a]!.event, pi[b]!.event)) bump(type, 'datesEqual');
        else result.dateMismatches.push({ gold: gi[a]!, pred: pi[b]! });
      }
      gi.forEach((u, i) => mg.has(i) || result.falseNegatives.push(u));
      pi.forEach((u, i) => mp.has(i) || result.falsePositives.push(u));
    }
  };

  for (const g of gold) scoreNote(g.note.id, g.events, predById.get(g.note.id)?.events ?? []);
  for (const p of pred) {
    if (goldIds.has(p.note.id)) continue;
    result.unknownNotes.push(p.note.id);
    scoreNote(p.note.id, [], p.events);
  }

  const total = { gold: 0, pred: 0, matched: 0, datesEqual: 0 };
  for (const t of [...SCORED_TYPES, ...REPORTED_ONLY_TYPES]) {
    const c = counts.get(t) ?? { gold: 0, pred: 0, matched: 0, datesEqual: 0 };
    result.byType[t] = prf(c.gold, c.pred, c.matched, c.datesEqual);
    if (SCORED_TYPES.includes(t)) for (const k of ['gold', 'pred', 'matched', 'datesEqual'] as const) total[k] += c[k];
  }
  result.overall = prf(total.gold, total.pred, total.matched, total.datesEqual);
  return result;
}
