/** Profile, extension and code-system URLs the mapper writes. */

const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition/';
const JP = 'http://jpfhir.jp/fhir/core/StructureDefinition/';

export const PROFILE = {
  jpPatient: `${JP}JP_Patient`,
  cancerPatient: `${MCODE}mcode-cancer-patient`,
  jpConditionDiagnosis: `${JP}JP_Condition_Diagnosis`,
  jpCondition: `${JP}JP_Condition`,
  primaryCancer: `${MCODE}mcode-primary-cancer-condition`,
  secondaryCancer: `${MCODE}mcode-secondary-cancer-condition`,
  tnmStageGroup: `${MCODE}mcode-tnm-stage-group`,
  tnmPrimaryTumor: `${MCODE}mcode-tnm-primary-tumor-category`,
  tnmRegionalNodes: `${MCODE}mcode-tnm-regional-nodes-category`,
  tnmDistantMetastases: `${MCODE}mcode-tnm-distant-metastases-category`,
  genomicVariant: `${MCODE}mcode-genomic-variant`,
  tumorMarkerTest: `${MCODE}mcode-tumor-marker-test`,
  jpMedicationStatement: `${JP}JP_MedicationStatement`,
  jpMedicationStatementInjection: `${JP}JP_MedicationStatement_Injection`,
  radiotherapyCourseSummary: `${MCODE}mcode-radiotherapy-course-summary`,
  radiotherapyVolume: `${MCODE}mcode-radiotherapy-volume`,
  surgicalProcedure: `${MCODE}mcode-cancer-related-surgical-procedure`,
  jpProcedure: `${JP}JP_Procedure`,
  cancerDiseaseStatus: `${MCODE}mcode-cancer-disease-status`,
  jpEncounter: `${JP}JP_Encounter`,
  jpDocumentReference: `${JP}JP_DocumentReference`,
} as const;

export const EXTENSION = {
  derivationReference: 'http://hl7.org/fhir/StructureDefinition/derivation-reference',
  conditionRelated: 'http://hl7.org/fhir/StructureDefinition/condition-related',
  histologyMorphologyBehavior: `${MCODE}mcode-histology-morphology-behavior`,
  lateralityQualifier: `${MCODE}mcode-laterality-qualifier`,
  procedureIntent: `${MCODE}mcode-procedure-intent`,
  radiotherapySessions: `${MCODE}mcode-radiotherapy-sessions`,
  doseDeliveredToVolume: `${MCODE}mcode-radiotherapy-dose-delivered-to-volume`,
  /** kozoka's own: regimen, line of therapy, cycles and intent of a drug course (schemas/fhir/). */
  treatmentCourse: 'http://kozoka.dev/fhir/StructureDefinition/treatment-course',
} as const;

export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  ncit: 'http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl',
  ucum: 'http://unitsofmeasure.org',
  icd10jp: 'http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionVerStatus: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  /** Patient identifiers that are kozoka keyed pseudonyms (HMAC-SHA256). */
  pseudonym: 'urn:kozoka:patient-pseudonym',
  /** Patient identifiers as they came in the source (no pseudonym key given). */
  sourcePatientId: 'urn:kozoka:source-patient-id',
  /** The patient of a note that names none, by the note's id. */
  patientOfNote: 'urn:kozoka:patient-of-note',
  /** Note ids (DocumentReference.masterIdentifier). */
  noteId: 'urn:kozoka:note-id',
  /** The event a resource came from; shared by the resources of one regimen course. */
  event: 'urn:kozoka:event',
} as const;
