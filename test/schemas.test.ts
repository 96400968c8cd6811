import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventJsonSchema, modelAnswerJsonSchema } from '../src/index.js';
import { treatmentCourseExtensionDefinition } from '../src/fhir/extension-definition.js';
import { ROOT } from './helpers/paths.js';

describe('checked-in JSON Schemas', () => {
  it.each([
    ['event.schema.json', eventJsonSchema],
    ['model-answer.schema.json', modelAnswerJsonSchema],
    ['fhir/StructureDefinition-kozoka-treatment-course.json', treatmentCourseExtensionDefinition],
  ])('schemas/%s matches the zod source (run npm run schemas after changing src/schema)', (file, make) => {
    const onDisk = readFileSync(join(ROOT, 'schemas', file), 'utf8');
    expect(onDisk).toBe(JSON.stringify(make(), null, 2) + '\n');
  });
});
