import { z } from 'zod';
import { EventDateSchema } from './dates.js';

// The executable form of ../shared/spec/EVENTS.md ("Events"). Optional fields are
// `nullish`: EVENTS.md says an omitted field and `null` mean the same.
// Objects are strict so a misspelt field in a gold file or a model answer is an
// error rather than a silently dropped value.

/** A span of `note.text` in UTF-16 code units; `note.text.slice(start, end) === text`. */
export const EvidenceSchema = z
  .strictObject({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((e) => e.end - e.start === e.text.length, {
    message: 'evidence end - start must equal text length',
  });

export const CertaintySchema = z.enum(['confirmed', 'suspected', 'negated']);

/**
 * Which producer an event came from (a kozoka extension to EVENTS.md, not scored):
 * `structured` for events read from structured MML modules (RegisteredDiagnosis),
 * which have no free-text evidence.
 */
export const EventSourceSchema = z.enum(['llm', 'rules', 'structured', 'gold']);

/** Fields every event shares. */
const commonFields = {
  date: EventDateSchema.nullish(),
  evidence: EvidenceSchema.nullish(),
  certainty: CertaintySchema.nullish(),
  source: EventSourceSchema.nullish(),
  /** Problems found while grounding or verifying this event (kozoka extension). */
  warnings: z.array(z.string()).nullish(),
};

const text = z.string().min(1);
const opt = <T extends z.ZodType>(schema: T) => schema.nullish();

export const LateralitySchema = z.enum(['left', 'right', 'bilateral']);
export const TnmPrefixSchema = z.enum(['c', 'p', 'yc', 'yp', 'r']);
/** UICC metastasis site codes; `LYM` covers regional and distant nodes. */
export const MetastasisSiteSchema = z.enum([
  'ADR', 'BRA', 'HEP', 'LYM', 'MAR', 'OSS', 'OTH', 'PER', 'PLE', 'PUL', 'SKI',
]);
export const BiomarkerResultSchema = z.enum(['positive', 'negative', 'equivocal', 'unknown']);
export const MedicationStatusSchema = z.enum(['started', 'ongoing', 'completed', 'stopped']);
export const TherapyIntentSchema = z.enum(['neoadjuvant', 'adjuvant', 'curative', 'palliative']);
export const ResponseCodeSchema = z.enum(['CR', 'PR', 'SD', 'PD', 'NE']);

const isSorted = (xs: readonly string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
const sortedUnique = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((xs) => isSorted(xs) && new Set(xs).size === xs.length, {
      message: 'must be sorted and without duplicates',
    });

export const DiagnosisEventSchema = z.strictObject({
  type: z.literal('diagnosis'),
  ...commonFields,
  name: text,
  icd10: opt(z.string().regex(/^[A-Z]\d{2}(\.\d{1,2})?$/)),
  site: opt(text),
  laterality: opt(LateralitySchema),
  histology: opt(text),
  specimen: opt(text),
  method: opt(text),
  /** Source coding for structured diagnoses (MML RegisteredDiagnosis `mmlRd:code`). */
  code: opt(z.strictObject({ system: opt(text), code: text })),
});

export const TnmSchema = z.strictObject({
  prefix: opt(TnmPrefixSchema),
  t: opt(z.string().regex(/^T/)),
  n: opt(z.string().regex(/^N/)),
  m: opt(z.string().regex(/^M/)),
});

export const StagingEventSchema = z.strictObject({
  type: z.literal('staging'),
  ...commonFields,
  tnm: opt(TnmSchema),
  /** Upper-case roman numerals, no `Stage`: `IVB`, `IIIA`, `0`. */
  stage: opt(z.string().regex(/^(0|I{1,3}|IV|V)[A-Z0-9]*$/)),
  system: opt(text),
});

export const MetastasisEventSchema = z.strictObject({
  type: z.literal('metastasis'),
  ...commonFields,
  sites: sortedUnique(MetastasisSiteSchema),
  detail: opt(text),
});

export const BiomarkerEventSchema = z.strictObject({
  type: z.literal('biomarker'),
  ...commonFields,
  name: text,
  variant: opt(text),
  result: BiomarkerResultSchema,
  value: opt(text),
});

export const MedicationEventSchema = z.strictObject({
  type: z.literal('medication'),
  ...commonFields,
  /** Canonical (WHO INN, lower case) drug names, sorted. */
  drugs: sortedUnique(text),
  regimen: opt(text),
  line: opt(z.int().positive()),
  dose: opt(text),
  cycles: opt(z.int().positive()),
  status: opt(MedicationStatusSchema),
  intent: opt(TherapyIntentSchema),
});

export const RadiotherapyEventSchema = z.strictObject({
  type: z.literal('radiotherapy'),
  ...commonFields,
  doseGy: opt(z.number().positive()),
  fractions: opt(z.int().positive()),
  site: opt(text),
  intent: opt(TherapyIntentSchema),
});

export const ProcedureEventSchema = z.strictObject({
  type: z.literal('procedure'),
  ...commonFields,
  name: text,
  site: opt(text),
  detail: opt(text),
});

export const ResponseEventSchema = z.strictObject({
  type: z.literal('response'),
  ...commonFields,
  code: ResponseCodeSchema,
  basis: opt(text),
  finding: opt(text),
});

export const AdmissionEventSchema = z.strictObject({
  type: z.literal('admission'),
  ...commonFields,
  reason: opt(text),
});

export const DischargeEventSchema = z.strictObject({
  type: z.literal('discharge'),
  ...commonFields,
  reason: opt(text),
});

export const SymptomEventSchema = z.strictObject({
  type: z.literal('symptom'),
  ...commonFields,
  name: text,
});

export const DeathEventSchema = z.strictObject({
  type: z.literal('death'),
  ...commonFields,
  cause: opt(text),
});

/** Every event type, in EVENTS.md order. */
export const EVENT_TYPES = [
  'diagnosis', 'staging', 'metastasis', 'biomarker', 'medication', 'radiotherapy',
  'procedure', 'response', 'admission', 'discharge', 'symptom', 'death',
] as const;

/**
 * One clinical event (EVENTS.md), discriminated on `type`. Evidence is required
 * except for events read from structured data (`source: "structured"`) and LLM
 * events whose evidence was not found, kept on request with an `ungrounded` warning.
 */
export const EventSchema = z
  .discriminatedUnion('type', [
    DiagnosisEventSchema,
    StagingEventSchema,
    MetastasisEventSchema,
    BiomarkerEventSchema,
    MedicationEventSchema,
    RadiotherapyEventSchema,
    ProcedureEventSchema,
    ResponseEventSchema,
    AdmissionEventSchema,
    DischargeEventSchema,
    SymptomEventSchema,
    DeathEventSchema,
  ])
  .refine((e) => e.evidence != null || e.source === 'structured' || (e.warnings ?? []).some((w) => w.startsWith('ungrounded')), {
    message: 'evidence is required (only structured-data events, and ungrounded LLM events kept on request and flagged, may omit it)',
    path: ['evidence'],
  });

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Certainty = z.infer<typeof CertaintySchema>;
export type EventSource = z.infer<typeof EventSourceSchema>;
export type MetastasisSite = z.infer<typeof MetastasisSiteSchema>;
export type Tnm = z.infer<typeof TnmSchema>;
export type DiagnosisEvent = z.infer<typeof DiagnosisEventSchema>;
export type StagingEvent = z.infer<typeof StagingEventSchema>;
export type MetastasisEvent = z.infer<typeof MetastasisEventSchema>;
export type BiomarkerEvent = z.infer<typeof BiomarkerEventSchema>;
export type MedicationEvent = z.infer<typeof MedicationEventSchema>;
export type RadiotherapyEvent = z.infer<typeof RadiotherapyEventSchema>;
export type ProcedureEvent = z.infer<typeof ProcedureEventSchema>;
export type ResponseEvent = z.infer<typeof ResponseEventSchema>;
export type AdmissionEvent = z.infer<typeof AdmissionEventSchema>;
export type DischargeEvent = z.infer<typeof DischargeEventSchema>;
export type SymptomEvent = z.infer<typeof SymptomEventSchema>;
export type DeathEvent = z.infer<typeof DeathEventSchema>;
export type ClinicalEvent = z.infer<typeof EventSchema>;
export type EventType = ClinicalEvent['type'];
