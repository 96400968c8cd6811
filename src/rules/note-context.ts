import type { EventDate } from '../schema/dates.js';
import type { Evidence } from '../schema/events.js';
import type { Note } from '../schema/note.js';
import type { DateMention } from '../segment/dates.js';
import { dateAt, lineSegmentAt, sectionSegmentAt, segmentNote, type GoverningDate, type Segment, type SegmentedNote } from '../segment/segment.js';
import { toOriginalSpan } from '../segment/normalize.js';
import { trimSpan } from '../segment/chars.js';
import { lowerBound } from '../segment/search.js';
import { lineAt } from './context.js';
import { findNoteHits, type NoteHits } from './lexicons.js';

/**
 * What every rules extractor works with: the normalised text (offsets `n…`) and
 * the way back to the original note (evidence, dates).
 */
export class NoteContext {
  readonly note: Note;
  readonly seg: SegmentedNote;
  /** The normalised text extractors scan. */
  readonly text: string;

  constructor(note: Note, segmented?: SegmentedNote) {
    this.note = note;
    this.seg = segmented ?? segmentNote(note);
    this.text = this.seg.normalized.text;
  }

  /** Evidence in the original text for the normalised span [a, b), trimmed of white space. */
  evidence(a: number, b: number): Evidence {
    const [start, end] = toOriginalSpan(this.seg.normalized, ...trimSpan(this.text, a, b));
    return { start, end, text: this.note.text.slice(start, end) };
  }

  #hits: NoteHits | undefined;
  /** Dictionary hits over the normalised text (drugs, sites, biomarkers, procedures, symptoms), found once per note. */
  get hits(): NoteHits {
    return (this.#hits ??= findNoteHits(this.text));
  }

  /** True when the normalised span [a, b) overlaps the evidence of one of `events`. */
  overlapsEvidence(events: readonly { evidence?: Evidence | null }[], a: number, b: number): boolean {
    const oa = this.original(a);
    const ob = this.original(b);
    return events.some((e) => !!e.evidence && oa < e.evidence.end && ob > e.evidence.start);
  }

  /** Original offset of a normalised offset. */
  original(n: number): number {
    return n < this.text.length ? this.seg.normalized.starts[n]! : this.note.text.length;
  }

  /** The normalised offset of original offset `o`: the first normalised unit produced at or after it. */
  normalizedOffset(o: number): number {
    return lowerBound(this.seg.normalized.starts, o, (x) => x);
  }

  /** Event dates by original offset and range option: extractors ask for the same places often. */
  readonly #dates = new Map<number, EventDate | null>();

  /** The date an event found at normalised offset `n` takes (EVENTS.md "Dates"). A fresh object each call. */
  dateAt(n: number, options: { range?: boolean } = {}): EventDate | null {
    const at = this.original(n);
    const withRange = options.range !== false;
    const key = withRange ? 2 * at + 1 : 2 * at;
    let d = this.#dates.get(key);
    if (d === undefined) this.#dates.set(key, (d = eventDateOf(dateAt(this.seg, at), withRange)));
    return d && copyDate(d);
  }

  /** Date mentions (with their values) whose start lies in the normalised range [a, b). */
  datesIn(a: number, b: number) {
    const oa = this.original(a);
    const ob = this.original(b);
    const dates = this.seg.dates;
    const lo = lowerBound(dates, oa, (m) => m.start);
    const out = [];
    for (let i = lo; i < dates.length && dates[i]!.start < ob; i++) out.push(dates[i]!);
    return out;
  }

  /**
   * The date mention that opens a parenthesis right after normalised offset `n`, within
   * `within` characters: PD (2024/7), 55.8Gy/31fr（4/7～5/23）.
   */
  dateInParenthesesAfter(n: number, within: number): DateMention | undefined {
    return this.dateAfter(n, within, OPENING_PARENTHESIS);
  }

  /**
   * The first date mention within `within` characters after normalised offset `n`, when
   * the original text between them is what `gap` matches (a parenthesis opening, spaces).
   */
  dateAfter(n: number, within: number, gap: RegExp): DateMention | undefined {
    const m = this.datesIn(n, Math.min(this.text.length, n + within))[0];
    return m && gap.test(this.note.text.slice(this.original(n), m.start)) ? m : undefined;
  }

  /**
   * The day written between what ends at normalised offset `n` and the verb after it that
   * `verbAfter` matches (腹水穿刺を11/24に施行, 50Gy/25fr を2025年3月に終了): the day and the
   * normalised offset where the verb ends.
   */
  dayBeforeVerb(n: number, verbAfter: RegExp): { day: DateMention; verbEnd: number } | undefined {
    const day = this.datesIn(n, Math.min(this.text.length, n + 20))[0];
    if (!day || !PARTICLE_OBJECT_ONLY.test(this.note.text.slice(this.original(n), day.start))) return undefined;
    const verb = verbAfter.exec(this.note.text.slice(day.end, day.end + 8));
    return verb ? { day, verbEnd: this.normalizedOffset(day.end) + verb[0].length } : undefined;
  }

  /**
   * The first date mention in the normalised range [n, end) that the original text from `n` reaches
   * through what `gap` matches: English tells when after the word (Admitted on 10/3/2026, radiotherapy to
   * T-spine on 5/1/2024, Diagnosed with … in 2020). Unlike {@link dateAfter}, later mentions are tried too.
   */
  dateReachedAfter(n: number, end: number, gap: RegExp): DateMention | undefined {
    const from = this.original(n);
    return this.datesIn(n, end).find((m) => gap.test(this.note.text.slice(from, m.start)));
  }

  /**
   * Normalised offset `a`, or past the dates that open [a, b) and what `gap` matches after each
   * (2025.5.20 CT：…, 6/1～ 放射線治療 …): where a finding's evidence opens when its clause opens with its date.
   */
  pastOpeningDates(a: number, b: number, gap: RegExp): number {
    for (let opening = this.datesIn(a, b)[0]; opening && opening.start === this.original(a); opening = this.datesIn(a, b)[0]) {
      while (a < b && this.original(a) < opening.end) a++;
      a += gap.exec(this.text.slice(a, b))?.[0].length ?? 0;
    }
    return a;
  }

  /** The normalised text [a, b) without the date expressions in it, or undefined when it holds none. */
  textWithoutDates(a: number, b: number): string | undefined {
    const mentions = this.datesIn(a, b);
    if (!mentions.length) return undefined;
    let rest = this.text.slice(a, b);
    for (const m of mentions) rest = rest.replace(m.text.normalize('NFKC'), '');
    return rest;
  }

  /** True when the line holding normalised offset `a` has a date before `a` and, the dates taken out, what stands there matches `opening`. */
  opensDatedLine(a: number, opening: RegExp): boolean {
    const rest = this.textWithoutDates(lineAt(this.text, a)[0], a);
    return rest !== undefined && opening.test(rest);
  }

  /**
   * The date that opens the next clause after normalised offset `n` and says when what stands
   * before began (…60Gy/30fr（CDDP＋5-FU併用）、2026/10/22開始; FOLFOX、2024/5/1開始): past a
   * parenthetical or its closing bracket and the comma, on a line with no date before `n`
   * (6/14～ デガレリクス開始、7/1～ アパルタミド併用 dates each by its own).
   */
  startDateAfter(n: number): DateMention | undefined {
    const gap = START_GAP.exec(this.text.slice(n, n + 40));
    if (!gap) return undefined;
    const at = n + gap[0].length;
    const m = this.datesIn(at, at + 1)[0];
    if (!m || !STARTED_AFTER_DATE.test(this.note.text.slice(m.end, m.end + 6))) return undefined;
    return this.datesIn(this.text.lastIndexOf('\n', n - 1) + 1, n).length ? undefined : m;
  }

  /** The line segment holding normalised offset `n`. */
  lineAt(n: number): Segment | undefined {
    return lineSegmentAt(this.seg, this.original(n));
  }

  /** The SOAP part (`S`, `O`, `A`, `P`, `A/P`) of the section holding normalised offset `n`, if it is one. */
  soapAt(n: number): string | undefined {
    return sectionSegmentAt(this.seg, this.original(n))?.soap;
  }
}

// Nothing but spaces and the object particle を between a name and the day after it.
const PARTICLE_OBJECT_ONLY = /^\s*を?\s*$/;
// A parenthesis opening, with spaces around it, before a date.
const OPENING_PARENTHESIS = /^\s*[(（]\s*$/;
// What may stand between a therapy and the date its start is told by: （…）、 or ）、.
const START_GAP = /^[ \t]*(?:[(（][^()（）\n]{0,30}[)）])?[ \t]*[)）]?[ \t]*[、,][ \t]*/;
// …and what follows that date: 開始, より開始.
const STARTED_AFTER_DATE = /^\s*(?:より|から)?\s*開始/;

/** An event's date from the governing date: a written expression's text is kept, an inherited one's not. */
function eventDateOf(g: GoverningDate | null, withRange: boolean): EventDate | null {
  if (!g) return null;
  const d: EventDate = { start: g.start };
  if (g.end && withRange) d.end = g.end;
  if (g.part) d.part = g.part;
  if (g.text && g.source === 'line') d.text = g.text;
  return d;
}

/** An event's date read from a written date expression (its text kept); its range end only with `withRange`. */
export function mentionDate(m: DateMention, withRange = false): EventDate {
  const d: EventDate = { start: m.value.start };
  if (withRange && m.value.end) d.end = m.value.end;
  if (m.value.part) d.part = m.value.part;
  d.text = m.text;
  return d;
}

/** {@link mentionDate} for an expression written on another line than the event's: its text is not kept, as for any date from another line. */
export function otherLineDate(m: DateMention, withRange = false): EventDate {
  const { text: _, ...date } = mentionDate(m, withRange);
  return date;
}

// Events own their dates (callers set and delete fields): hand out copies of the memo.
function copyDate(d: EventDate): EventDate {
  const c: EventDate = { start: d.start };
  if (d.end !== undefined) c.end = d.end;
  if (d.part !== undefined) c.part = d.part;
  if (d.text !== undefined) c.text = d.text;
  return c;
}
