import { z } from 'zod';

/** Days in each month of a (proleptic Gregorian) year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `s` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** An ISO 8601 date at the precision the text gives: `2020`, `2020-01` or `2020-01-31`. */
export const PartialDateSchema = z
  .string()
  .refine(isPartialIsoDate, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD naming a real date' });

/** A full calendar date, `YYYY-MM-DD`. */
export const FullDateSchema = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialIsoDate(s), {
    message: 'expected a calendar date YYYY-MM-DD',
  });

/** 上旬/初旬 → early, 中旬 → mid, 下旬 → late. */
export const DatePartSchema = z.enum(['early', 'mid', 'late']);

/** When an event happened (EVENTS.md "Events", `date`). */
export const EventDateSchema = z.strictObject({
  start: PartialDateSchema,
  end: PartialDateSchema.nullish(),
  /** The date expression as written; not scored. */
  text: z.string().nullish(),
  part: DatePartSchema.nullish(),
});

export type PartialDate = z.infer<typeof PartialDateSchema>;
export type DatePart = z.infer<typeof DatePartSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
