import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';
import { EXTENSION } from './profiles.js';

/** The parts of kozoka's treatment-course extension: name, FHIR type, meaning. */
const TREATMENT_COURSE_PARTS = [
  ['regimen', 'string', 'The regimen as named in the note (FOLFOX, CBDCA+PEM…).'],
  ['line', 'positiveInt', 'Line of therapy: 1 for first line, 2 for second…'],
  ['cycles', 'positiveInt', 'Number of cycles (courses) given or planned in this course.'],
  ['intent', 'code', 'neoadjuvant | adjuvant | curative | palliative, as in the kozoka event.'],
] as const;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The StructureDefinition (with snapshot, so validators can use it) of the extension
 * that carries a drug course's regimen, line, cycles and intent on each of its
 * MedicationStatements. Generated into schemas/fhir/ by `npm run schemas`.
 */
export function treatmentCourseExtensionDefinition(): StructureDefinition {
  const element: ElementDefinition[] = [
    { id: 'Extension', path: 'Extension', short: 'Regimen, line, cycles and intent of a drug course', definition: 'The course of anticancer drug treatment a medication belongs to, as read from a clinical note by kozoka: all MedicationStatements of one course carry the same values.', min: 0, max: '*' },
    { id: 'Extension.extension', path: 'Extension.extension', slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'closed' }, min: 1, max: '*', type: [{ code: 'Extension' }] },
  ];
  for (const [name, type, definition] of TREATMENT_COURSE_PARTS) {
    element.push(
      { id: `Extension.extension:${name}`, path: 'Extension.extension', sliceName: name, short: definition, definition, min: 0, max: '1', type: [{ code: 'Extension' }] },
      { id: `Extension.extension:${name}.extension`, path: 'Extension.extension.extension', min: 0, max: '0' },
      { id: `Extension.extension:${name}.url`, path: 'Extension.extension.url', min: 1, max: '1', type: [{ code: 'uri' }], fixedUri: name },
      { id: `Extension.extension:${name}.value[x]`, path: 'Extension.extension.value[x]', min: 1, max: '1', type: [{ code: type }] },
    );
  }
  element.push(
    { id: 'Extension.url', path: 'Extension.url', min: 1, max: '1', type: [{ code: 'uri' }], fixedUri: EXTENSION.treatmentCourse },
    { id: 'Extension.value[x]', path: 'Extension.value[x]', min: 0, max: '0' },
  );
  return {
    resourceType: 'StructureDefinition',
    id: 'kozoka-treatment-course',
    url: EXTENSION.treatmentCourse,
    version: '1.0.0',
    name: 'KozokaTreatmentCourse',
    title: 'kozoka treatment course',
    status: 'active',
    description: `Regimen, line of therapy, cycles and intent of an anticancer drug course, on each MedicationStatement kozoka writes for the course (${TREATMENT_COURSE_PARTS.map((p) => cap(p[0])).join(', ')}). The statements of one course also share an identifier (system urn:kozoka:event).`,
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: [{ type: 'element', expression: 'MedicationStatement' }],
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    snapshot: { element },
  };
}
