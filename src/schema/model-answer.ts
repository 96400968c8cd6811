import { z } from 'zod';
import { DatePartSchema } from './dates.js';
import {
  AdmissionEventSchema, BiomarkerEventSchema, CertaintySchema, DeathEventSchema, DiagnosisEventSchema, DischargeEventSchema,
  EventSchema, MedicationEventSchema, MetastasisEventSchema, ProcedureEventSchema, RadiotherapyEventSchema, ResponseEventSchema,
  StagingEventSchema, SymptomEventSchema,
} from './events.js';

// The model answers with EVENTS.md field names, except that `evidence` is the
// exact quoted source text (code finds the offsets) and every field is present
// (null when unknown), as OpenAI strict structured outputs require.

/** Version of the model-answer schema; part of the LLM cache key. */
export const MODEL_ANSWER_SCHEMA_VERSION = '1';

const FIELDS_CODE_OWNS = new Set(['type', 'evidence', 'date', 'certainty', 'source', 'warnings']);

const ModelDateSchema = z.strictObject({
  start: z.string().describe('ISO date at the precision written: YYYY, YYYY-MM or YYYY-MM-DD'),
  end: z.string().nullable(),
  part: DatePartSchema.nullable(),
});

/** Unwraps optional/nullable wrappers to the inner schema. */
function inner(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    const def = (s as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) s = def.innerType;
    else return s;
  }
}

function modelEvent<T extends z.ZodRawShape>(schema: z.ZodObject<T>, omit: string[] = []) {
  const shape: Record<string, z.ZodType> = { type: schema.shape['type'] as z.ZodType };
  for (const [key, value] of Object.entries(schema.shape)) {
    if (FIELDS_CODE_OWNS.has(key) || omit.includes(key)) continue;
    const field = value as z.ZodType;
    shape[key] = field.safeParse(undefined).success ? inner(field).nullable() : field;
  }
  shape['certainty'] = CertaintySchema.nullable();
  shape['date'] = ModelDateSchema.nullable();
  shape['evidence'] = z.string().min(1).describe('the exact text of the note the event was read from, copied character for character');
  return z.strictObject(shape);
}

/** One event as the model writes it. */
export const ModelEventSchema = z.discriminatedUnion('type', [
  // A diagnosis's source coding comes from structured data, never from the model.
  modelEvent(DiagnosisEventSchema, ['code']),
  modelEvent(StagingEventSchema),
  modelEvent(MetastasisEventSchema),
  modelEvent(BiomarkerEventSchema),
  modelEvent(MedicationEventSchema),
  modelEvent(RadiotherapyEventSchema),
  modelEvent(ProcedureEventSchema),
  modelEvent(ResponseEventSchema),
  modelEvent(AdmissionEventSchema),
  modelEvent(DischargeEventSchema),
  modelEvent(SymptomEventSchema),
  modelEvent(DeathEventSchema),
]);

/** The whole model answer. */
export const ModelAnswerSchema = z.strictObject({ events: z.array(ModelEventSchema) });

export type ModelEvent = z.infer<typeof ModelEventSchema>;
export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;

// Keywords OpenAI strict structured outputs do not accept (or that constrain
// decoding in ways servers differ on); zod still checks them after decoding.
const UNSUPPORTED = new Set(['$schema', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'format', 'minItems', 'maxItems', 'uniqueItems', 'default']);

/** Makes a JSON Schema strict-mode ready: every property required, no extra properties, no unsupported keywords. */
function strictify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictify);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (UNSUPPORTED.has(k)) continue;
    // `const` is written as a one-value enum, which every server's grammar supports.
    if (k === 'const') out['enum'] = [v];
    else out[k] = strictify(v);
  }
  if (out['type'] === 'object' && out['properties']) {
    out['required'] = Object.keys(out['properties'] as object);
    out['additionalProperties'] = false;
  }
  return out;
}

/** The JSON Schema of an event (EVENTS.md), generated from the zod source. */
export function eventJsonSchema(): object {
  return z.toJSONSchema(EventSchema, { io: 'input', unrepresentable: 'any' });
}

/** The model-answer JSON Schema in the form OpenAI strict structured outputs accept. */
export function modelAnswerJsonSchema(): object {
  const raw = z.toJSONSchema(ModelAnswerSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // Discriminated unions come out as oneOf; strict mode wants anyOf.
  return strictify(JSON.parse(JSON.stringify(raw).replace(/"oneOf":/g, '"anyOf":'))) as object;
}
