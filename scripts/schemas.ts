// `npm run schemas`: regenerates the checked-in JSON Schemas from the zod source and
// kozoka's FHIR StructureDefinition from its TypeScript source.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchema, modelAnswerJsonSchema } from '../src/schema/model-answer.js';
import { treatmentCourseExtensionDefinition } from '../src/fhir/extension-definition.js';

const dir = join(import.meta.dirname, '..', 'schemas');
export const SCHEMA_FILES: Record<string, () => object> = {
  'event.schema.json': eventJsonSchema,
  'model-answer.schema.json': modelAnswerJsonSchema,
  'fhir/StructureDefinition-kozoka-treatment-course.json': treatmentCourseExtensionDefinition,
};
for (const [file, make] of Object.entries(SCHEMA_FILES)) writeFileSync(join(dir, file), JSON.stringify(make(), null, 2) + '\n');
