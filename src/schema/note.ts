import { z } from 'zod';
import { FullDateSchema } from './dates.js';

/** SOAP parts and problem headings of a structured progress note. */
export const SectionKindSchema = z.enum(['problem', 'S', 'O', 'A', 'P']);

/** A part of `Note.text`, by original offsets (UTF-16 code units). */
export const NoteSectionSchema = z
  .strictObject({
    kind: SectionKindSchema,
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'section end must not precede start' });

/** Where a note came from. Extra keys (e.g. `origin`) are kept as they are. */
export const NoteSourceSchema = z.looseObject({
  format: z.string().optional(),
  file: z.string().optional(),
  /** MML docId uid. */
  docId: z.string().optional(),
  /** MML parentId of a revised edition (`relation="oldEdition"`). */
  parentId: z.string().optional(),
  /** 1-based line of a JSON Lines input. */
  line: z.int().positive().optional(),
  /** 0-based index of the MmlModuleItem within its document. */
  moduleIndex: z.int().nonnegative().optional(),
});

/**
 * A clinical note (EVENTS.md "Notes"). `text` is the narrative exactly as in the
 * source: every offset in kozoka points into it.
 */
export const NoteSchema = z.object({
  id: z.string().min(1),
  patientId: z.string().min(1).optional(),
  /** The note's own date (MML confirmDate); the anchor for year inference. */
  date: FullDateSchema.optional(),
  text: z.string(),
  sections: z.array(NoteSectionSchema).optional(),
  author: z.string().optional(),
  department: z.string().optional(),
  source: NoteSourceSchema.optional(),
});

export type SectionKind = z.infer<typeof SectionKindSchema>;
export type NoteSection = z.infer<typeof NoteSectionSchema>;
export type NoteSource = z.infer<typeof NoteSourceSchema>;
export type Note = z.infer<typeof NoteSchema>;
