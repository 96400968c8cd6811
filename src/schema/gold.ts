import { z } from 'zod';
import { EventSchema } from './events.js';
import { NoteSchema } from './note.js';

/**
 * One line of a gold file or of `kozoka extract --format events`:
 * a note and its events, each evidence span slicing back to its text.
 */
export const NoteEventsSchema = z
  .strictObject({
    note: NoteSchema,
    events: z.array(EventSchema),
  })
  .superRefine(({ note, events }, ctx) => {
    events.forEach((event, i) => {
      const ev = event.evidence;
      if (!ev) return;
      const actual = note.text.slice(ev.start, ev.end);
      if (ev.end > note.text.length || actual !== ev.text) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'evidence'],
          message: `evidence [${ev.start}, ${ev.end}) slices to ${JSON.stringify(actual)}, not ${JSON.stringify(ev.text)}`,
        });
      }
    });
  });

export type NoteEvents = z.infer<typeof NoteEventsSchema>;
