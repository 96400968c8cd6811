import type { EventDate } from '../schema/dates.js';
import type { Evidence } from '../schema/events.js';
import type { Note } from '../schema/note.js';
import { dateAt, lineSegmentAt, segmentNote, type Segment, type SegmentedNote } from '../segment/segment.js';
import { toOriginalSpan } from '../segment/normalize.js';
import { lowerBound } from '../segment/search.js';

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
    while (a < b && /\s/.test(this.text[a]!)) a++;
    while (b > a && /\s/.test(this.text[b - 1]!)) b--;
    const [start, end] = toOriginalSpan(this.seg.normalized, a, b);
    return { start, end, text: this.note.text.slice(start, end) };
  }

  /** Original offset of a normalised offset. */
  original(n: number): number {
    return n < this.text.length ? this.seg.normalized.starts[n]! : this.note.text.length;
  }

  /** Governing dates by original offset: extractors ask for the same places often. */
  readonly #dates = new Map<number, ReturnType<typeof dateAt>>();

  /** The date an event found at normalised offset `n` takes (EVENTS.md "Dates"). */
  dateAt(n: number, options: { range?: boolean } = {}): EventDate | null {
    const at = this.original(n);
    let g = this.#dates.get(at);
    if (g === undefined) this.#dates.set(at, (g = dateAt(this.seg, at)));
    if (!g) return null;
    const d: EventDate = { start: g.start };
    if (g.end && options.range !== false) d.end = g.end;
    if (g.part) d.part = g.part;
    if (g.text && g.source === 'line') d.text = g.text;
    return d;
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

  /** The line segment holding normalised offset `n`. */
  lineAt(n: number): Segment | undefined {
    return lineSegmentAt(this.seg, this.original(n));
  }
}
