import { createHash } from 'node:crypto';
import type {
  BodyStructure, CodeableConcept, Coding, Condition, DocumentReference, Encounter, Extension, Medication,
  MedicationStatement, Observation, Patient, Procedure, Provenance, Reference, Resource,
} from '@medplum/fhirtypes';
import type {
  BiomarkerEvent, Certainty, ClinicalEvent, DiagnosisEvent, Evidence, MedicationEvent, MetastasisEvent,
  ProcedureEvent, RadiotherapyEvent, ResponseEvent, StagingEvent,
} from '../schema/events.js';
import type { EventDate } from '../schema/dates.js';
import type { Note } from '../schema/note.js';
import { isFhirId, uuidV5 } from './ids.js';
import { EXTENSION, PROFILE, SYSTEM } from './profiles.js';
import { terminology } from './terminology.js';

/** A note and its events: one line of `kozoka extract --format events` or of a gold file. */
export interface NoteWithEvents {
  note: Note;
  events: readonly ClinicalEvent[];
}

export interface FhirOptions {
  /** kozoka's version, for Provenance (the CLI passes its package version). */
  version?: string;
  /** Which extractor produced the events (rules, openai, hybrid, gold…), for Provenance. */
  provider?: string;
  /** The LLM, when one was used, for Provenance. */
  model?: string;
  /**
   * Put the note text into DocumentReference as base64 `attachment.data`. Off by
   * default: the text may hold names and other identifiers.
   */
  includeText?: boolean;
  /**
   * True when `note.patientId` is a kozoka pseudonym (the CLI knows; it had a key):
   * sets the Patient identifier system. Default false: the id is the source's own.
   */
  pseudonymized?: boolean;
  /** Provenance.recorded (an instant); default: the time of mapping. */
  recorded?: string;
}

type PatientState = {
  id: string;
  identifier?: string;
  /** For a note that names no patient: the note, which is all that identifies its patient. */
  ofNote?: string;
  cancer: boolean;
  deceased?: { date?: string };
  /** The latest primary cancer Condition seen for this patient. */
  primaryCancer?: string;
};

function coding(system: string, code: string, display?: string): Coding {
  const c: Coding = { system, code };
  if (display) c.display = display;
  return c;
}
/** A CodeableConcept with the codings given (undefined ones skipped) and the text. */
function concept(text: string | undefined, ...codings: (Coding | undefined)[]): CodeableConcept {
  const c: CodeableConcept = {};
  for (const x of codings) if (x) (c.coding ??= []).push(x);
  if (text) c.text = text;
  return c;
}
const ref = <T extends Resource>(r: T): Reference<T> => ({ reference: `${r.resourceType}/${r.id}` });

const VERIFICATION: Record<Certainty, string> = { confirmed: 'confirmed', suspected: 'provisional', negated: 'refuted' };

/**
 * RECIST token → cancer disease status (LOINC 97509-4) value. PD/SD/PR follow mCODE's
 * ConditionStatusTrendVS; CR is SNOMED "In full remission", NE "condition undetermined".
 */
const DISEASE_STATUS: Record<ResponseEvent['code'], Coding> = {
  PD: coding(SYSTEM.snomed, '271299001', "Patient's condition worsened (finding)"),
  SD: coding(SYSTEM.snomed, '359746009', "Patient's condition stable (finding)"),
  PR: coding(SYSTEM.snomed, '268910001', "Patient's condition improved (finding)"),
  CR: coding(SYSTEM.snomed, '103338009', 'In full remission (qualifier value)'),
  NE: coding(SYSTEM.snomed, '709137006', 'Patient condition undetermined (finding)'),
};

const LATERALITY: Record<string, Coding> = {
  left: coding(SYSTEM.snomed, '7771000', 'Left (qualifier value)'),
  right: coding(SYSTEM.snomed, '24028007', 'Right (qualifier value)'),
  bilateral: coding(SYSTEM.snomed, '51440002', 'Right and left (qualifier value)'),
};

const INTENT: Record<string, Coding | undefined> = {
  curative: coding(SYSTEM.snomed, '373808002', 'Curative - procedure intent'),
  palliative: coding(SYSTEM.snomed, '363676003', 'Palliative - procedure intent'),
};

/** TNM prefix → [stage group, T, N, M] staging-type codes (mCODE STU4 value sets). */
const TNM_TYPE = {
  clinical: ['399537006', '399504009', '399534004', '399387003'],
  pathological: ['399588009', '384625004', '371494008', '371497001'],
  unspecified: ['399390009', '78873005', '277206009', '277208005'],
} as const;
const TNM_DISPLAY = {
  clinical: ['Clinical TNM stage grouping', 'cT category', 'cN category', 'cM category'],
  pathological: ['Pathologic TNM stage grouping', 'pT category', 'pN category', 'pM category'],
  unspecified: ['TNM stage grouping', 'T category', 'N category', 'M category'],
} as const;

const SECONDARY_MALIGNANCY = coding(SYSTEM.snomed, '128462008', 'Secondary malignant neoplastic disease (disorder)');

/** ICD-10 C77–C79: secondary malignant neoplasms. */
const isSecondaryIcd = (icd: string) => /^C7[7-9]/.test(icd);
/**
 * A primary cancer: ICD-10 C00–C97 other than the secondary ranges; without a code,
 * a malignancy word in the name (LLM events may come without an ICD-10 code).
 */
function isPrimaryCancer(e: DiagnosisEvent): boolean {
  if (e.icd10) return /^C/.test(e.icd10) && !isSecondaryIcd(e.icd10);
  return /癌|がん|ガン|肉腫|白血病|リンパ腫|骨髄腫|芽腫|carcinoma|cancer|sarcoma|lymphoma|leukemia|myeloma/i.test(e.name) && !/転移/.test(e.name);
}

function dateTimeOf(d: EventDate | null | undefined): string | undefined {
  return d?.start ?? undefined;
}

function periodOf(d: EventDate | null | undefined) {
  return d ? { start: d.start, ...(d.end ? { end: d.end } : {}) } : undefined;
}

/**
 * Maps notes and their events to FHIR R4 resources, note by note, remembering per
 * patient what later notes need (the primary cancer Condition that staging and
 * metastases refer to, whether the patient has cancer, a death). Memory grows with
 * the number of patients, not of notes.
 */
export class FhirMapper {
  readonly #options: FhirOptions;
  readonly #patients = new Map<string, PatientState>();

  constructor(options: FhirOptions = {}) {
    this.#options = options;
  }

  /** The patient's state, created on first sight. Notes without a patient get one of their own. */
  #patient(note: Pick<Note, 'id' | 'patientId'>): PatientState {
    const key = patientKey(note);
    let p = this.#patients.get(key);
    if (!p) {
      const raw = note.patientId;
      p = { id: raw && isFhirId(raw) ? raw : uuidV5(`patient|${key}`), ...(raw ? { identifier: raw } : { ofNote: note.id }), cancer: false };
      this.#patients.set(key, p);
    }
    return p;
  }

  /**
   * The resources of one note: its DocumentReference, one or more resources per event,
   * and a Provenance. The Patient is not included (see {@link patients}); references
   * point to it as `Patient/<id>`.
   */
  mapNote(input: NoteWithEvents): Resource[] {
    const { note } = input;
    const patient = this.#patient(note);
    const subject: Reference<Patient> = { reference: `Patient/${patient.id}` };
    const scope = `${note.patientId ?? ''}|${note.id}`;
    const document = this.#documentReference(note, scope, subject);
    const docRef = ref(document);
    const out: Resource[] = [document];
    const seen = new Set<string>([document.id!]);
    const push = (r: Resource) => {
      // Two events read from the same span with the same key map to one resource.
      if (seen.has(r.id!)) return;
      seen.add(r.id!);
      out.push(r);
    };

    // The primary cancer first, so that staging or a metastasis written before the
    // diagnosis in the same note can still refer to it.
    // A confirmed diagnosis wins over a suspected one.
    const primaries = input.events.filter((e): e is DiagnosisEvent => e.type === 'diagnosis' && isPrimaryCancer(e) && e.certainty !== 'negated');
    const primary = primaries.find((e) => (e.certainty ?? 'confirmed') === 'confirmed') ?? primaries[0];
    if (primary) {
      patient.cancer = true;
      patient.primaryCancer = uuidV5(`${scope}|${eventKey(primary)}`);
    }

    for (const e of input.events) {
      const base = {
        id: uuidV5(`${scope}|${eventKey(e)}`),
        subject,
        derivation: derivation(docRef, e.evidence),
        patient,
      };
      for (const r of this.#mapEvent(e, base, note)) push(r);
    }
    out.push(this.#provenance(scope, out, input.events));
    return out;
  }

  /**
   * A diagnosis from an MML RegisteredDiagnosis module (structured data, no note text):
   * the Condition as for a diagnosis event, without derivation, and a Provenance naming
   * the module it was read from. Its source code is kept when it is ICD-10 or a URI.
   */
  mapRegisteredDiagnosis(diagnosis: { patientId?: string | undefined; docId?: string | undefined; event: DiagnosisEvent }): Resource[] {
    const ownId = diagnosis.docId ?? eventKey(diagnosis.event);
    const patient = this.#patient(registeredDiagnosisOwner(diagnosis));
    const scope = `${diagnosis.patientId ?? ''}|registered-diagnosis|${ownId}`;
    const e = diagnosis.event;
    if (isPrimaryCancer(e) && e.certainty !== 'negated') patient.cancer = true;
    const condition = diagnosisCondition(e, { id: uuidV5(`${scope}|${eventKey(e)}`), subject: { reference: `Patient/${patient.id}` }, derivation: undefined, patient });
    const provenance = this.#provenanceOf(
      uuidV5(`${scope}|provenance`),
      [ref(condition)],
      { role: 'source', what: { display: `MML RegisteredDiagnosis module${diagnosis.docId ? ` ${diagnosis.docId}` : ''}` } },
      ['MML RegisteredDiagnosis'],
    );
    return [condition, provenance];
  }

  /** The Patient resource of a note's patient, with what the notes so far said. */
  patientOf(note: Pick<Note, 'id' | 'patientId'>): Patient {
    return this.#patientResource(this.#patient(note));
  }

  /** How many patients the notes so far named (the length of {@link patients}). */
  get patientCount(): number {
    return this.#patients.size;
  }

  /** Every patient seen so far, with what the notes said (cancer profile, death). */
  patients(): Patient[] {
    return [...this.#patients.values()].map((p) => this.#patientResource(p));
  }

  #patientResource(p: PatientState): Patient {
    const resource: Patient = {
      resourceType: 'Patient',
      id: p.id,
      meta: { profile: [PROFILE.jpPatient, ...(p.cancer ? [PROFILE.cancerPatient] : [])] },
      // mCODE's CancerPatient requires an identifier; a patient known only through one
      // note is identified as that note's patient.
      identifier: p.identifier
        ? [{ system: this.#options.pseudonymized ? SYSTEM.pseudonym : SYSTEM.sourcePatientId, value: p.identifier }]
        : [{ system: SYSTEM.patientOfNote, value: p.ofNote! }],
      // kozoka never carries names or sex into its outputs; say so instead of leaving
      // the elements out (US Core, under mCODE's CancerPatient, requires them).
      name: [{ extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] }],
      gender: 'unknown',
    };
    if (p.deceased) {
      if (p.deceased.date) resource.deceasedDateTime = p.deceased.date;
      else resource.deceasedBoolean = true;
    }
    return resource;
  }

  #documentReference(note: Note, scope: string, subject: Reference<Patient>): DocumentReference {
    const bytes = Buffer.from(note.text, 'utf8');
    return {
      resourceType: 'DocumentReference',
      id: uuidV5(`${scope}|document`),
      masterIdentifier: { system: SYSTEM.noteId, value: note.id },
      status: 'current',
      type: concept('Note', coding(SYSTEM.loinc, '34109-9', 'Note')),
      subject,
      ...(note.date ? { context: { period: { start: note.date } } } : {}),
      content: [
        {
          attachment: {
            contentType: 'text/plain; charset=utf-8',
            language: 'ja',
            size: bytes.length,
            // SHA-1 as FHIR's Attachment.hash defines it: lets a reader check that the
            // text they hold is the one the evidence offsets count in.
            hash: createHash('sha1').update(bytes).digest('base64'),
            title: note.id,
            ...(this.#options.includeText ? { data: bytes.toString('base64') } : {}),
          },
        },
      ],
    };
  }

  #provenance(scope: string, resources: Resource[], events: readonly ClinicalEvent[]): Provenance {
    const o = this.#options;
    // Without a provider named, the events' own `source` fields say who made them.
    const provider = o.provider ?? [...new Set(events.map((e) => e.source).filter(Boolean))].sort().join('+');
    // The note's resources derive from its DocumentReference; a note with no events
    // still records that kozoka read it (the DocumentReference is then the target).
    const [document, ...derived] = resources;
    return this.#provenanceOf(
      uuidV5(`${scope}|provenance`),
      (derived.length ? derived : [document!]).map(ref),
      { role: 'derivation', what: ref(document!) },
      [provider ? `provider ${provider}` : '', o.model ? `model ${o.model}` : ''].filter(Boolean),
    );
  }

  /** A Provenance: kozoka (its version, then `details`) made `target` from the entity. */
  #provenanceOf(id: string, target: Reference[], entity: NonNullable<Provenance['entity']>[number], details: string[]): Provenance {
    const o = this.#options;
    return {
      resourceType: 'Provenance',
      id,
      target,
      recorded: o.recorded ?? new Date().toISOString(),
      agent: [
        {
          type: concept(undefined, coding(SYSTEM.provenanceParticipant, 'assembler', 'Assembler')),
          who: { display: [`kozoka${o.version ? ` ${o.version}` : ''}`, ...details].join('; ') },
        },
      ],
      entity: [entity],
    };
  }

  #mapEvent(e: ClinicalEvent, base: EventBase, note: Note): Resource[] {
    switch (e.type) {
      case 'diagnosis':
        return [diagnosisCondition(e, base)];
      case 'staging':
        return stagingObservations(e, base);
      case 'metastasis':
        return metastasisConditions(e, base);
      case 'biomarker':
        return [biomarkerObservation(e, base)];
      case 'medication':
        return medicationStatements(e, base, note);
      case 'radiotherapy':
        return [radiotherapyProcedure(e, base)];
      case 'procedure':
        return [procedure(e, base)];
      case 'response':
        return [diseaseStatus(e, base)];
      case 'admission':
      case 'discharge': {
        const encounter: Encounter = {
          resourceType: 'Encounter',
          id: base.id,
          meta: { profile: [PROFILE.jpEncounter] },
          ...withDerivation(base),
          status: e.type === 'discharge' ? 'finished' : 'unknown',
          class: coding(SYSTEM.actCode, 'IMP', 'inpatient encounter'),
          subject: base.subject,
          ...(e.date ? { period: e.type === 'admission' ? { start: e.date.start } : { end: e.date.end ?? e.date.start } } : {}),
          ...(e.reason ? { reasonCode: [concept(e.reason)] } : {}),
        };
        return [encounter];
      }
      case 'symptom': {
        const condition: Condition = {
          resourceType: 'Condition',
          id: base.id,
          meta: { profile: [PROFILE.jpCondition] },
          ...withDerivation(base),
          category: problemListItem(),
          ...verification(e.certainty),
          code: concept(e.name),
          subject: base.subject,
          ...onset(e.date),
        };
        return [condition];
      }
      case 'death':
        // A death is a fact about the Patient: it lands on Patient.deceased[x].
        if (e.certainty !== 'negated' && e.certainty !== 'suspected') base.patient.deceased = e.date ? { date: e.date.start } : {};
        return [];
    }
  }
}

/**
 * The key under which {@link FhirMapper} keeps a note's patient: its patient id, or
 * the note's own for a note without one. Notes with one key share one Patient.
 */
export function patientKey(note: Pick<Note, 'id' | 'patientId'>): string {
  return note.patientId ?? `note:${note.id}`;
}

/** Whom a structured diagnosis belongs to, in the form {@link FhirMapper.patientOf} takes. */
export function registeredDiagnosisOwner(diagnosis: { patientId?: string | undefined; docId?: string | undefined; event: DiagnosisEvent }): Pick<Note, 'id' | 'patientId'> {
  return { id: `registered-diagnosis:${diagnosis.docId ?? eventKey(diagnosis.event)}`, ...(diagnosis.patientId ? { patientId: diagnosis.patientId } : {}) };
}

interface EventBase {
  id: string;
  subject: Reference<Patient>;
  derivation: Extension | undefined;
  patient: PatientState;
}

const withDerivation = (base: EventBase) => (base.derivation ? { extension: [base.derivation] } : {});

/** The derivation-reference extension: where in the note the event was read (UTF-16 offsets). */
function derivation(document: Reference, evidence: Evidence | null | undefined): Extension | undefined {
  if (!evidence) return undefined;
  return {
    url: EXTENSION.derivationReference,
    extension: [
      { url: 'reference', valueReference: document },
      { url: 'offset', valueInteger: evidence.start },
      { url: 'length', valueInteger: evidence.end - evidence.start },
    ],
  };
}

/**
 * What identifies an event within its note: type, the field that names it, and the
 * evidence offsets (or the whole event when it has no evidence, as structured ones).
 */
export function eventKey(e: ClinicalEvent): string {
  const name =
    e.type === 'diagnosis' || e.type === 'biomarker' || e.type === 'procedure' || e.type === 'symptom' ? e.name
    : e.type === 'medication' ? e.drugs.join('+')
    : e.type === 'metastasis' ? e.sites.join('+')
    : e.type === 'response' ? e.code
    : '';
  const where = e.evidence ? `${e.evidence.start}-${e.evidence.end}` : createHash('sha256').update(JSON.stringify(e)).digest('hex').slice(0, 16);
  return `${e.type}:${name}@${where}`;
}

function verification(certainty: Certainty | null | undefined): Pick<Condition, 'verificationStatus'> {
  return { verificationStatus: concept(undefined, coding(SYSTEM.conditionVerStatus, VERIFICATION[certainty ?? 'confirmed'])) };
}

function onset(d: EventDate | null | undefined): Pick<Condition, 'onsetDateTime' | 'onsetPeriod'> {
  if (!d) return {};
  return d.end ? { onsetPeriod: periodOf(d)! } : { onsetDateTime: d.start };
}

function effective(d: EventDate | null | undefined): Pick<Observation, 'effectiveDateTime' | 'effectivePeriod'> {
  if (!d) return {};
  return d.end ? { effectivePeriod: periodOf(d)! } : { effectiveDateTime: d.start };
}

/** A reference to the patient's primary cancer Condition, when one is known. */
function primaryReference(base: EventBase): Reference<Condition> | undefined {
  return base.patient.primaryCancer ? { reference: `Condition/${base.patient.primaryCancer}` } : undefined;
}

const problemListItem = () => [concept(undefined, coding(SYSTEM.conditionCategory, 'problem-list-item', 'Problem List Item'))];

function diagnosisCondition(e: DiagnosisEvent, base: EventBase): Condition {
  const primary = isPrimaryCancer(e);
  const secondary = !!e.icd10 && isSecondaryIcd(e.icd10);
  const codings: Coding[] = [];
  if (e.icd10) codings.push(coding(SYSTEM.icd10jp, e.icd10));
  // A structured (MML) diagnosis keeps its source code; a system that is not a URI
  // (MML writes names such as "ICD10" or "MEDIS") is kept only when it is ICD-10.
  if (e.code && e.code.code !== e.icd10) {
    if (e.code.system && /^(https?:|urn:)/.test(e.code.system)) codings.push(coding(e.code.system, e.code.code));
    else if (e.code.system && /icd.?10/i.test(e.code.system) && /^[A-Z]\d{2}(\.\d{1,2})?$/.test(e.code.code)) codings.push(coding(SYSTEM.icd10jp, e.code.code));
  }
  if (secondary) codings.push(SECONDARY_MALIGNANCY);
  const bodySite = e.site || e.laterality
    ? [{
        ...(e.laterality && (primary || secondary) ? { extension: [{ url: EXTENSION.lateralityQualifier, valueCodeableConcept: concept(undefined, LATERALITY[e.laterality]) }] } : {}),
        text: e.site ?? e.laterality!,
      }]
    : undefined;
  const extension: Extension[] = base.derivation ? [base.derivation] : [];
  if (e.histology && (primary || secondary)) extension.push({ url: EXTENSION.histologyMorphologyBehavior, valueCodeableConcept: concept(e.histology) });
  const related = primaryReference(base);
  if (secondary && related) extension.push({ url: EXTENSION.conditionRelated, valueReference: related });
  const notes = [e.histology && !(primary || secondary) ? `組織型: ${e.histology}` : '', e.specimen ? `検体: ${e.specimen}` : '', e.method ? `診断方法: ${e.method}` : ''].filter(Boolean);
  return {
    resourceType: 'Condition',
    id: base.id,
    meta: { profile: [PROFILE.jpConditionDiagnosis, ...(primary ? [PROFILE.primaryCancer] : secondary ? [PROFILE.secondaryCancer] : [])] },
    ...(extension.length ? { extension } : {}),
    category: problemListItem(),
    ...verification(e.certainty),
    code: concept(e.name, ...codings),
    ...(bodySite ? { bodySite } : {}),
    subject: base.subject,
    ...onset(e.date),
    ...(notes.length ? { note: notes.map((text) => ({ text })) } : {}),
  };
}

function metastasisConditions(e: MetastasisEvent, base: EventBase): Condition[] {
  const { sites } = terminology();
  return e.sites.map((site) => {
    const extension: Extension[] = base.derivation ? [base.derivation] : [];
    const related = primaryReference(base);
    if (related) extension.push({ url: EXTENSION.conditionRelated, valueReference: related });
    return {
      resourceType: 'Condition',
      id: e.sites.length === 1 ? base.id : uuidV5(`${base.id}|${site}`),
      meta: { profile: [PROFILE.secondaryCancer] },
      ...(extension.length ? { extension } : {}),
      category: problemListItem(),
      ...verification(e.certainty),
      code: concept(e.detail ?? `${site} metastasis`, SECONDARY_MALIGNANCY),
      // The UICC site code stays as the text; the SNOMED body structure beside it.
      bodySite: [concept(site, sites.get(site))],
      subject: base.subject,
      ...onset(e.date),
    } satisfies Condition;
  });
}

function stagingObservations(e: StagingEvent, base: EventBase): Observation[] {
  const prefix = e.tnm?.prefix;
  const kind = prefix === 'c' ? 'clinical' : prefix === 'p' ? 'pathological' : 'unspecified';
  const [groupCode, tCode, nCode, mCode] = TNM_TYPE[kind];
  const [groupDisplay, tDisplay, nDisplay, mDisplay] = TNM_DISPLAY[kind];
  // UICC unless the note names AJCC; AJCC without an edition stays text.
  const method = /AJCC/i.test(e.system ?? '') ? concept(e.system!) : concept(e.system ?? 'UICC', coding(SYSTEM.ncit, 'C188404', 'Union for International Cancer Control Stage'));
  const primary = primaryReference(base);
  const focus = primary ? { focus: [primary] } : {};
  // mCODE requires the focus (the primary cancer); without one in sight the
  // observations are plain R4 Observations and do not claim the profile.
  const profiled = !!primary;
  const category = [concept(undefined, kind === 'pathological' ? coding(SYSTEM.observationCategory, 'laboratory') : coding(SYSTEM.observationCategory, 'exam'))];
  const prefixText = prefix ?? '';
  const common = { status: 'final' as const, category, subject: base.subject, ...effective(e.date), method, ...focus, ...withDerivation(base) };
  const members: Observation[] = [];
  const member = (part: 't' | 'n' | 'm', value: string | null | undefined, code: string, display: string, profile: string) => {
    if (!value) return;
    members.push({
      resourceType: 'Observation',
      id: uuidV5(`${base.id}|${part}`),
      ...(profiled ? { meta: { profile: [profile] } } : {}),
      ...common,
      code: concept(`${prefixText}${part.toUpperCase()}`, coding(SYSTEM.snomed, code, display)),
      valueCodeableConcept: concept(`${prefixText}${value}`),
    });
  };
  member('t', e.tnm?.t, tCode, tDisplay, PROFILE.tnmPrimaryTumor);
  member('n', e.tnm?.n, nCode, nDisplay, PROFILE.tnmRegionalNodes);
  member('m', e.tnm?.m, mCode, mDisplay, PROFILE.tnmDistantMetastases);
  const group: Observation = {
    resourceType: 'Observation',
    id: base.id,
    ...(profiled ? { meta: { profile: [PROFILE.tnmStageGroup] } } : {}),
    ...common,
    code: concept(prefix ? `${prefix}Stage` : 'Stage', coding(SYSTEM.snomed, groupCode, groupDisplay)),
    // The written stage, without codes: mCODE's stage-group values are AJCC concepts,
    // and a UICC stage written in a note does not map to them reliably.
    ...(e.stage ? { valueCodeableConcept: concept(e.stage) } : {}),
    ...(members.length ? { hasMember: members.map(ref) } : {}),
  };
  return [group, ...members];
}

function biomarkerObservation(e: BiomarkerEvent, base: EventBase): Observation {
  const t = terminology();
  const kind = t.biomarkerKinds.get(e.name) ?? (e.variant ? 'gene' : 'protein');
  // Exactly mCODE's pattern (no display): the genomic variant's slice matches on it.
  const lab = [concept(undefined, coding(SYSTEM.observationCategory, 'laboratory'))];
  if (kind === 'gene') {
    const present = e.result === 'positive' ? coding(SYSTEM.loinc, 'LA9633-4', 'Present') : e.result === 'negative' ? coding(SYSTEM.loinc, 'LA9634-2', 'Absent') : undefined;
    return {
      resourceType: 'Observation',
      id: base.id,
      meta: { profile: [PROFILE.genomicVariant] },
      ...withDerivation(base),
      status: 'final',
      category: lab,
      code: concept('Genetic variant assessment', coding(SYSTEM.loinc, '69548-6', 'Genetic variant assessment')),
      subject: base.subject,
      ...effective(e.date),
      valueCodeableConcept: concept(e.value ?? e.result, present),
      component: [
        { code: concept(undefined, coding(SYSTEM.loinc, '48018-6', 'Gene studied [ID]')), valueCodeableConcept: concept(e.name, t.genes.get(e.name)) },
        ...(e.variant ? [{ code: concept(undefined, coding(SYSTEM.loinc, '81252-9', 'Discrete genetic variant')), valueCodeableConcept: concept(e.variant) }] : []),
      ],
    };
  }
  const interpretation = { positive: 'POS', negative: 'NEG', equivocal: 'IND', unknown: undefined }[e.result];
  return {
    resourceType: 'Observation',
    id: base.id,
    meta: { profile: [PROFILE.tumorMarkerTest] },
    ...withDerivation(base),
    status: 'final',
    category: lab,
    code: concept(e.name, t.markers.get(e.name)),
    subject: base.subject,
    // US Core lab observations need a day (us-core-1); a month or year written in the
    // note becomes the period it names (2019-12 → start and end 2019-12), not a day.
    ...(e.date && e.date.start.length < 10 ? { effectivePeriod: { start: e.date.start, end: e.date.end ?? e.date.start } } : effective(e.date)),
    valueCodeableConcept: concept(e.value ?? e.result),
    ...(interpretation ? { interpretation: [concept(undefined, coding(SYSTEM.interpretation, interpretation))] } : {}),
  };
}

const MEDICATION_STATUS = { started: 'active', ongoing: 'active', completed: 'completed', stopped: 'stopped' } as const;

/**
 * One MedicationStatement per drug (a note reports a treatment history, not orders or
 * administrations), sharing an identifier per regimen course and carrying the course's
 * regimen, line, cycles and intent in kozoka's treatment-course extension.
 */
function medicationStatements(e: MedicationEvent, base: EventBase, note: Note): MedicationStatement[] {
  const t = terminology();
  const primary = primaryReference(base);
  const course: Extension[] = [];
  if (e.regimen) course.push({ url: 'regimen', valueString: e.regimen });
  if (e.line) course.push({ url: 'line', valuePositiveInt: e.line });
  if (e.cycles) course.push({ url: 'cycles', valuePositiveInt: e.cycles });
  if (e.intent) course.push({ url: 'intent', valueCode: e.intent });
  return e.drugs.map((drug) => {
    const oral = t.oralDrugs.has(drug);
    const extension: Extension[] = [...(base.derivation ? [base.derivation] : []), ...(course.length ? [{ url: EXTENSION.treatmentCourse, extension: course }] : [])];
    const medication: Medication = { resourceType: 'Medication', id: 'medication', code: concept(drug) };
    return {
      resourceType: 'MedicationStatement',
      id: e.drugs.length === 1 ? base.id : uuidV5(`${base.id}|${drug}`),
      meta: { profile: [oral ? PROFILE.jpMedicationStatement : PROFILE.jpMedicationStatementInjection] },
      // JP Core describes an injectable drug as a Medication resource, contained here.
      ...(oral ? {} : { contained: [medication] }),
      ...(extension.length ? { extension } : {}),
      identifier: [{ system: SYSTEM.event, value: base.id }],
      status: e.certainty === 'negated' ? 'not-taken' : e.status ? MEDICATION_STATUS[e.status] : 'unknown',
      ...(oral ? { medicationCodeableConcept: concept(drug) } : { medicationReference: { reference: '#medication' } }),
      subject: base.subject,
      ...(e.date ? { effectivePeriod: periodOf(e.date)! } : {}),
      ...(note.date ? { dateAsserted: note.date } : {}),
      ...(primary ? { reasonReference: [primary] } : {}),
      ...(e.dose ? { dosage: [{ text: e.dose }] } : {}),
    } satisfies MedicationStatement;
  });
}

/**
 * Done, not done, or — for mCODE's US Core-based procedures with no date in the note —
 * unknown: US Core requires a performed time on a completed procedure (us-core-7),
 * and kozoka does not invent one.
 */
function procedureStatus(e: RadiotherapyEvent | ProcedureEvent, usCore: boolean): Procedure['status'] {
  if (e.certainty === 'negated') return 'not-done';
  return usCore && !e.date ? 'unknown' : 'completed';
}

function radiotherapyProcedure(e: RadiotherapyEvent, base: EventBase): Procedure {
  const primary = primaryReference(base);
  const extension: Extension[] = base.derivation ? [base.derivation] : [];
  if (e.intent) extension.push({ url: EXTENSION.procedureIntent, valueCodeableConcept: concept(e.intent, INTENT[e.intent]) });
  if (e.fractions) extension.push({ url: EXTENSION.radiotherapySessions, valueUnsignedInt: e.fractions });
  const contained: BodyStructure[] = [];
  if (e.doseGy || e.fractions) {
    // The dose extension names the treated volume; the note gives at most its site.
    contained.push({
      resourceType: 'BodyStructure',
      id: 'volume',
      meta: { profile: [PROFILE.radiotherapyVolume] },
      description: e.site ?? 'treated volume (not named in the note)',
      patient: base.subject,
    });
    extension.push({
      url: EXTENSION.doseDeliveredToVolume,
      extension: [
        { url: 'volume', valueReference: { reference: '#volume' } },
        ...(e.doseGy ? [{ url: 'totalDoseDelivered', valueQuantity: { value: Math.round(e.doseGy * 100 * 1000) / 1000, unit: 'cGy', system: SYSTEM.ucum, code: 'cGy' } }] : []),
        ...(e.fractions ? [{ url: 'fractionsDelivered', valueUnsignedInt: e.fractions }] : []),
      ],
    });
  }
  return {
    resourceType: 'Procedure',
    id: base.id,
    meta: { profile: [PROFILE.radiotherapyCourseSummary] },
    ...(contained.length ? { contained } : {}),
    ...(extension.length ? { extension } : {}),
    status: procedureStatus(e, true),
    code: concept('放射線治療', coding(SYSTEM.snomed, '1217123003', 'Radiotherapy course of treatment (regime/therapy)')),
    subject: base.subject,
    ...(e.date ? { performedPeriod: periodOf(e.date)! } : {}),
    ...(primary ? { reasonReference: [primary] } : {}),
    ...(e.site ? { bodySite: [concept(e.site)] } : {}),
  };
}

function procedure(e: ProcedureEvent, base: EventBase): Procedure {
  const surgical = terminology().surgeryWords.some((w) => e.name.includes(w));
  const primary = primaryReference(base);
  return {
    resourceType: 'Procedure',
    id: base.id,
    meta: { profile: [surgical ? PROFILE.surgicalProcedure : PROFILE.jpProcedure] },
    ...withDerivation(base),
    status: procedureStatus(e, surgical),
    code: concept(e.name),
    subject: base.subject,
    ...(e.date ? (e.date.end ? { performedPeriod: periodOf(e.date)! } : { performedDateTime: e.date.start }) : {}),
    ...(surgical && primary ? { reasonReference: [primary] } : {}),
    ...(e.site ? { bodySite: [concept(e.site)] } : {}),
    ...(e.detail ? { note: [{ text: e.detail }] } : {}),
  };
}

function diseaseStatus(e: ResponseEvent, base: EventBase): Observation {
  const primary = primaryReference(base);
  return {
    resourceType: 'Observation',
    id: base.id,
    meta: { profile: [PROFILE.cancerDiseaseStatus] },
    ...withDerivation(base),
    status: 'final',
    code: concept('Cancer disease status', coding(SYSTEM.loinc, '97509-4', 'Cancer disease status')),
    subject: base.subject,
    ...(primary ? { focus: [primary] } : {}),
    ...(dateTimeOf(e.date) ? { effectiveDateTime: dateTimeOf(e.date)! } : {}),
    // The RECIST token as written stays the text.
    valueCodeableConcept: concept(e.code, DISEASE_STATUS[e.code]),
    ...(e.basis ? { method: concept(e.basis) } : {}),
    ...(e.finding ? { note: [{ text: e.finding }] } : {}),
  };
}

/**
 * All resources for a set of notes: the Patients (one per patient, knowing every
 * note), then each note's resources. For streams, use {@link FhirMapper} directly.
 */
export function toFhir(results: Iterable<NoteWithEvents>, options: FhirOptions = {}): Resource[] {
  const mapper = new FhirMapper(options);
  const notes: Resource[] = [];
  for (const r of results) notes.push(...mapper.mapNote(r));
  return [...mapper.patients(), ...notes];
}
