import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventSchema, NoteEventsSchema, NoteSchema, isPartialIsoDate, EVENT_TYPES } from '../src/index.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

function goldLines(): { file: string; line: number; value: unknown }[] {
  return DEV_GOLD_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l, i) => ({ file, line: i + 1, l }))
      .filter(({ l }) => l.trim() !== '')
      .map(({ file, line, l }) => ({ file, line, value: JSON.parse(l) as unknown })),
  );
}

describe('the event schema against the dev gold files', () => {
  const lines = goldLines();

  it('reads the seed and dev gold files', () => {
    expect(lines.length).toBe(21);
    expect(lines.reduce((n, l) => n + (l.value as { events: unknown[] }).events.length, 0)).toBeGreaterThan(300);
  });

  it.each(lines.map((l) => [`${l.file.replace(/.*\//, '')}:${l.line}`, l.value] as const))(
    '%s parses and every evidence span slices back to its text',
    (_name, value) => {
      const parsed = NoteEventsSchema.safeParse(value);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      const { note, events } = parsed.data!;
      for (const e of events) expect(note.text.slice(e.evidence!.start, e.evidence!.end)).toBe(e.evidence!.text);
    },
  );

  it('covers every event type at least once across the gold files', () => {
    const seen = new Set(lines.flatMap((l) => (l.value as { events: { type: string }[] }).events.map((e) => e.type)));
    expect([...EVENT_TYPES].filter((t) => !seen.has(t))).toEqual([]);
  });
});

describe('the schema rejects what EVENTS.md forbids', () => {
  const note = { id: 'n1', date: '2021-05-27', text: '1/31～: 緩和的放射線治療(30Gy/10fr)施行' };
  const rt = { type: 'radiotherapy', doseGy: 30, fractions: 10, date: { start: '2021-01-31' }, evidence: { start: 7, end: 28, text: '緩和的放射線治療(30Gy/10fr)施行' } };

  it('accepts a well-formed line', () => {
    expect(NoteEventsSchema.safeParse({ note, events: [rt] }).success).toBe(true);
  });

  it('rejects evidence that does not slice back to its text', () => {
    const bad = { ...rt, evidence: { start: 6, end: 27, text: rt.evidence.text } };
    const r = NoteEventsSchema.safeParse({ note, events: [bad] });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['events', 0, 'evidence']);
  });

  it('rejects evidence whose length disagrees with its offsets', () => {
    expect(EventSchema.safeParse({ ...rt, evidence: { start: 7, end: 9, text: '緩和的' } }).success).toBe(false);
  });

  it('rejects impossible and malformed dates, keeps partial ones', () => {
    expect(isPartialIsoDate('2020-02-29')).toBe(true);
    expect(isPartialIsoDate('2021-02-29')).toBe(false);
    expect(isPartialIsoDate('2021-13')).toBe(false);
    expect(isPartialIsoDate('2019-12')).toBe(true);
    expect(isPartialIsoDate('2019')).toBe(true);
    expect(isPartialIsoDate('2019/12/01')).toBe(false);
    expect(EventSchema.safeParse({ ...rt, date: { start: '2021-02-30' } }).success).toBe(false);
  });

  it('rejects unknown fields, unsorted drugs and unknown metastasis sites', () => {
    expect(EventSchema.safeParse({ ...rt, dose: 30 }).success).toBe(false);
    const med = { type: 'medication', evidence: rt.evidence, drugs: ['paclitaxel', 'carboplatin'] };
    expect(EventSchema.safeParse(med).success).toBe(false);
    expect(EventSchema.safeParse({ ...med, drugs: ['carboplatin', 'paclitaxel'] }).success).toBe(true);
    const met = { type: 'metastasis', evidence: rt.evidence, sites: ['LIV'] };
    expect(EventSchema.safeParse(met).success).toBe(false);
  });

  it('treats null and a missing optional field alike', () => {
    const dx = { type: 'diagnosis', name: '肺腺癌', icd10: null, laterality: undefined, evidence: rt.evidence, date: null };
    expect(EventSchema.safeParse(dx).success).toBe(true);
  });

  it('requires evidence except on structured-data events', () => {
    expect(EventSchema.safeParse({ type: 'symptom', name: '胸痛' }).success).toBe(false);
    expect(EventSchema.safeParse({ type: 'diagnosis', name: '肺腺癌', source: 'structured' }).success).toBe(true);
  });

  it('keeps unknown note keys out but accepts extra source keys', () => {
    const n = NoteSchema.parse({ ...note, source: { format: 'text', origin: 'x' }, extra: 1 });
    expect(n.source).toEqual({ format: 'text', origin: 'x' });
    expect('extra' in n).toBe(false);
    expect(NoteSchema.safeParse({ ...note, date: '2021-5-27' }).success).toBe(false);
  });
});
