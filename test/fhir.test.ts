import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Condition, DocumentReference, Extension, MedicationStatement, Observation, Patient, Procedure, Provenance, Reference, Resource } from '@medplum/fhirtypes';
import {
  checkComplexExtension, collectionBundle, FhirMapper, groupByPatient, loadFhirValidator, shippedStructureDefinitions, toFhir,
  transactionBundle, uuidV5, type FhirValidator,
} from '../src/fhir/index.js';
import { NoteEventsSchema, type NoteEvents } from '../src/schema/gold.js';
import type { ClinicalEvent } from '../src/schema/events.js';
import type { Note } from '../src/schema/note.js';
import { pseudonymizeNote } from '../src/privacy/apply.js';
import { DEV_GOLD_FILES, FIXTURES, SHARED } from './helpers/paths.js';
import { extractWithRules } from '../src/rules/index.js';

const KEY = Buffer.from('a test pseudonym key of 32 bytes!', 'utf8');
const RECORDED = '2026-11-23T00:00:00Z';
const MCODE = 'http://hl7.org/fhir/us/mcode/StructureDefinition/';

// The privacy stage runs first, as in the CLI: FHIR ids and identifiers are pseudonyms.
const gold: NoteEvents[] = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'))
  .map((l) => NoteEventsSchema.parse(JSON.parse(l)))
  .map(({ note, events }) => ({ note: pseudonymizeNote(note, KEY), events }));

const byType = <T extends Resource>(rs: Resource[], type: T['resourceType']) => rs.filter((r): r is T => r.resourceType === type);
const hasProfile = (r: Resource, p: string) => r.meta?.profile?.includes(p) ?? false;
const codes = (c: { coding?: { system?: string; code?: string }[] } | undefined) => (c?.coding ?? []).map((x) => `${x.system}|${x.code}`);
const derivationOf = (r: Resource) => ((r as { extension?: Extension[] }).extension ?? []).find((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/derivation-reference');
const part = (ext: Extension | undefined, url: string) => ext?.extension?.find((e) => e.url === url);

function note(text: string, id = 'n1', patientId = 'P1', date = '2021-05-27'): Note {
  return { id, patientId, date, text };
}
function ev(text: string, fragment: string, event: Record<string, unknown>): ClinicalEvent {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`fragment ${fragment} not in text`);
  return { ...event, evidence: { start, end: start + fragment.length, text: fragment } } as ClinicalEvent;
}

let validator: FhirValidator;
beforeAll(async () => {
  validator = await loadFhirValidator();
}, 60_000);

describe('every dev gold note maps to valid FHIR', () => {
  const resources = toFhir(gold, { provider: 'gold', version: 'test', pseudonymized: true, recorded: RECORDED });

  it('validates against base R4 and every mCODE profile it claims, with zero errors', () => {
    const problems = resources.flatMap((r) => validator.validate(r)).filter((i) => i.severity !== 'information');
    expect(problems).toEqual([]);
    // The profiles were really checked: only JP Core (not available offline) is skipped.
    const skipped = new Set(resources.flatMap((r) => validator.validate(r)).filter((i) => i.severity === 'information').map((i) => i.against));
    expect([...skipped].every((u) => u.startsWith('http://jpfhir.jp/'))).toBe(true);
    const claimed = new Set(resources.flatMap((r) => r.meta?.profile ?? []).filter((p) => p.startsWith(MCODE)));
    expect(claimed.size).toBeGreaterThanOrEqual(10);
    for (const p of claimed) expect(validator.profiles.has(p)).toBe(true);
  });

  it('covers every event type the gold set has, each resource pointing back into its note', () => {
    const types = new Set(resources.map((r) => r.resourceType));
    for (const t of ['Patient', 'DocumentReference', 'Provenance', 'Condition', 'Observation', 'MedicationStatement', 'Procedure', 'Encounter']) expect(types).toContain(t);
    const documents = new Map(byType<DocumentReference>(resources, 'DocumentReference').map((d) => [d.id, d]));
    const notes = new Map(gold.map((g) => [g.note.id, g.note.text]));
    let checked = 0;
    for (const r of resources) {
      const d = derivationOf(r);
      if (!d) continue;
      const doc = documents.get(part(d, 'reference')!.valueReference!.reference!.split('/')[1]);
      const text = notes.get(doc!.masterIdentifier!.value!)!;
      const offset = part(d, 'offset')!.valueInteger!;
      const length = part(d, 'length')!.valueInteger!;
      expect(offset + length).toBeLessThanOrEqual(text.length);
      expect(length).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('gold evidence text is exactly what derivation offsets slice (UTF-16 code units)', () => {
    const one = gold[0]!;
    const rs = toFhir([one], { recorded: RECORDED });
    for (const e of one.events) {
      if (!e.evidence) continue;
      const hits = rs.filter((r) => {
        const d = derivationOf(r);
        return part(d, 'offset')?.valueInteger === e.evidence!.start && part(d, 'length')?.valueInteger === e.evidence!.end - e.evidence!.start;
      });
      expect(hits.length, `${e.type} ${e.evidence.text}`).toBeGreaterThan(0);
    }
  });

  it('patients carry the pseudonym as id and identifier, and the cancer patient profile when they have cancer', () => {
    const patients = byType<Patient>(resources, 'Patient');
    const pseudonyms = new Set(gold.map((g) => g.note.patientId));
    for (const p of patients) {
      expect(pseudonyms).toContain(p.id);
      expect(p.identifier).toEqual([{ system: 'urn:kozoka:patient-pseudonym', value: p.id }]);
    }
    expect(patients.filter((p) => hasProfile(p, `${MCODE}mcode-cancer-patient`)).length).toBeGreaterThan(0);
    expect(JSON.stringify(resources)).not.toContain('DUMMY-');
  });
});

describe('unseen input maps to valid FHIR too', () => {
  it("the external synthetic lung-cancer notes (another team's style), rules events: zero validation errors", () => {
    const mapper = new FhirMapper({ provider: 'rules', recorded: RECORDED });
    const resources: Resource[] = [];
    for (const f of ['sociocom-lung-progress-notes.jsonl', 'sociocom-lung-discharge-summaries.jsonl']) {
      readFileSync(join(SHARED, 'corpus', 'external', f), 'utf8').trim().split('\n').forEach((line, i) => {
        const o = JSON.parse(line) as Record<string, unknown>;
        const text = Object.values(o).find((v): v is string => typeof v === 'string' && v.length > 100)!;
        const n: Note = { id: `${f}-${i}`, patientId: `EXT-${String(o['pmid'])}`, text };
        resources.push(...mapper.mapNote({ note: n, events: extractWithRules(n) }));
      });
    }
    resources.push(...mapper.patients());
    expect(resources.length).toBeGreaterThan(1000);
    const errors = resources.flatMap((r) => validator.validate(r)).filter((i) => i.severity === 'error');
    expect(errors.slice(0, 5)).toEqual([]);
  }, 60_000);
});

describe('the validator is not a no-op', () => {
  const examples = readdirSync(join(FIXTURES, 'mcode-examples')).filter((f) => f.endsWith('.json'));
  const load = (f: string) => JSON.parse(readFileSync(join(FIXTURES, 'mcode-examples', f), 'utf8')) as Resource;

  it.each(examples)('the official mCODE example %s validates', (f) => {
    expect(validator.validate(load(f)).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a broken resource fails: wrong fixed code, missing subject, unknown element', () => {
    const status = load(examples.find((f) => f.includes('disease-status'))!) as Observation & Record<string, unknown>;
    status.code = { coding: [{ system: 'http://loinc.org', code: '12345-6' }] };
    delete (status as Partial<Observation>).subject;
    status['colour'] = 'red';
    const messages = validator.validate(status).filter((i) => i.severity === 'error').map((i) => `${i.expression}: ${i.message}`);
    expect(messages.some((m) => m.includes('Observation.code'))).toBe(true);
    expect(messages.some((m) => m.includes('Observation.subject'))).toBe(true);
    expect(messages.some((m) => m.includes('colour'))).toBe(true);
  });

  it("kozoka's treatment-course extension is checked against its StructureDefinition", () => {
    const sd = shippedStructureDefinitions().find((s) => s.id === 'kozoka-treatment-course')!;
    const statement = (course: Extension[]): MedicationStatement => ({
      resourceType: 'MedicationStatement', id: 'm', status: 'active', medicationCodeableConcept: { text: 'x' }, subject: { reference: 'Patient/p' },
      extension: [{ url: sd.url!, extension: course }],
    });
    expect(checkComplexExtension(statement([{ url: 'line', valuePositiveInt: 2 }, { url: 'regimen', valueString: 'FOLFOX' }]), sd)).toEqual([]);
    const bad = checkComplexExtension(statement([{ url: 'line', valueString: 'two' }, { url: 'line', valuePositiveInt: 2 }, { url: 'colour', valueString: 'red' }]), sd).map((i) => i.message);
    expect(bad).toEqual(expect.arrayContaining(['part "line" occurs 2 times, allowed 0..1', 'part "line" needs one value of type positiveInt', 'unknown part "colour"']));
  });
});

describe('mapping rules and fixed codes', () => {
  const text = '2019年12月初旬に胸痛。\n肺腺癌の疑い。\n右上葉肺腺癌と診断。cT2aN2M1a, StageⅣA。\n脳転移あり。EGFR(L858R+)、ER 90%。\n1/31～: 30Gy/10fr 緩和照射。\n2/6～: 2nd line CBDCA/PEM 4course、ゲフィチニブ開始。\nPDと判断。肺葉切除術。頭痛なし。';
  const events: ClinicalEvent[] = [
    ev(text, '胸痛', { type: 'symptom', name: '胸痛', date: { start: '2019-12', part: 'early' } }),
    ev(text, '肺腺癌の疑い', { type: 'diagnosis', name: '肺腺癌', certainty: 'suspected' }),
    ev(text, '右上葉肺腺癌と診断', { type: 'diagnosis', name: '肺腺癌', icd10: 'C34.1', site: '右上葉', laterality: 'right', histology: '腺癌' }),
    ev(text, 'cT2aN2M1a, StageⅣA', { type: 'staging', tnm: { prefix: 'c', t: 'T2a', n: 'N2', m: 'M1a' }, stage: 'IVA' }),
    ev(text, '脳転移あり', { type: 'metastasis', sites: ['BRA', 'OTH'] }),
    ev(text, 'EGFR(L858R+)', { type: 'biomarker', name: 'EGFR', variant: 'L858R', result: 'positive' }),
    ev(text, 'ER 90%', { type: 'biomarker', name: 'ER', result: 'positive', value: '90%', date: { start: '2020-01' } }),
    ev(text, '30Gy/10fr 緩和照射', { type: 'radiotherapy', doseGy: 30, fractions: 10, intent: 'palliative', date: { start: '2020-01-31' } }),
    ev(text, '2nd line CBDCA/PEM 4course', { type: 'medication', drugs: ['carboplatin', 'pemetrexed'], line: 2, cycles: 4, status: 'completed', date: { start: '2020-02-06', end: '2020-04-01' } }),
    ev(text, 'ゲフィチニブ開始', { type: 'medication', drugs: ['gefitinib'], status: 'started' }),
    ev(text, 'PDと判断', { type: 'response', code: 'PD' }),
    ev(text, '肺葉切除術', { type: 'procedure', name: '肺葉切除術' }),
    ev(text, '頭痛なし', { type: 'symptom', name: '頭痛', certainty: 'negated' }),
  ];
  const rs = new FhirMapper({ recorded: RECORDED }).mapNote({ note: note(text), events });
  const conditions = byType<Condition>(rs, 'Condition');
  const observations = byType<Observation>(rs, 'Observation');
  const primary = conditions.find((c) => hasProfile(c, `${MCODE}mcode-primary-cancer-condition`) && c.verificationStatus?.coding?.[0]?.code === 'confirmed')!;

  it('all of it validates', () => {
    expect(rs.flatMap((r) => validator.validate(r)).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('diagnosis: ICD-10 (JP system), certainty → verificationStatus, laterality and histology, partial and absent dates', () => {
    expect(codes(primary.code)).toEqual(['http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full|C34.1']);
    expect(primary.code!.text).toBe('肺腺癌');
    expect(primary.bodySite![0]!.text).toBe('右上葉');
    expect(codes(primary.bodySite![0]!.extension![0]!.valueCodeableConcept)).toEqual(['http://snomed.info/sct|24028007']);
    expect(primary.onsetDateTime).toBeUndefined(); // no date on the event: no onset invented
    const suspected = conditions.find((c) => c.verificationStatus?.coding?.[0]?.code === 'provisional');
    expect(suspected?.code?.text).toBe('肺腺癌');
    const chestPain = conditions.find((c) => c.code?.text === '胸痛')!;
    expect(chestPain.onsetDateTime).toBe('2019-12'); // partial stays partial
    const headache = conditions.find((c) => c.code?.text === '頭痛')!;
    expect(headache.verificationStatus?.coding?.[0]?.code).toBe('refuted');
  });

  it('staging: a stage group with T, N and M members, clinical codes from the c prefix, UICC method, focus on the primary', () => {
    const group = observations.find((o) => hasProfile(o, `${MCODE}mcode-tnm-stage-group`))!;
    expect(codes(group.code)).toEqual(['http://snomed.info/sct|399537006']);
    expect(group.valueCodeableConcept).toEqual({ text: 'IVA' });
    expect(codes(group.method)).toEqual(['http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl|C188404']);
    expect(group.focus).toEqual([{ reference: `Condition/${primary.id}` }]);
    const members = group.hasMember!.map((m) => observations.find((o) => `Observation/${o.id}` === m.reference)!);
    expect(members.map((m) => codes(m.code)[0])).toEqual(['http://snomed.info/sct|399504009', 'http://snomed.info/sct|399534004', 'http://snomed.info/sct|399387003']);
    expect(members.map((m) => m.valueCodeableConcept?.text)).toEqual(['cT2a', 'cN2', 'cM1a']);
  });

  it('pathological prefix gives pathological codes', () => {
    const t = 'pT1bN0M0 StageIA';
    const [group] = new FhirMapper().mapNote({ note: note(t), events: [ev(t, t, { type: 'staging', tnm: { prefix: 'p', t: 'T1b', n: 'N0', m: 'M0' }, stage: 'IA' })] }).filter((r) => r.resourceType === 'Observation') as Observation[];
    expect(codes(group!.code)).toEqual(['http://snomed.info/sct|399588009']);
  });

  it('metastasis: a secondary cancer Condition per site, SNOMED 128462008, body site coded with the UICC code as text, related to the primary', () => {
    const secondary = conditions.filter((c) => hasProfile(c, `${MCODE}mcode-secondary-cancer-condition`));
    expect(secondary).toHaveLength(2);
    for (const c of secondary) {
      expect(codes(c.code)).toEqual(['http://snomed.info/sct|128462008']);
      expect(c.extension!.find((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/condition-related')!.valueReference).toEqual({ reference: `Condition/${primary.id}` });
    }
    const brain = secondary.find((c) => c.bodySite![0]!.text === 'BRA')!;
    expect(codes(brain.bodySite![0])).toEqual(['http://snomed.info/sct|12738006']);
    const other = secondary.find((c) => c.bodySite![0]!.text === 'OTH')!;
    expect(other.bodySite![0]!.coding).toBeUndefined();
  });

  it('biomarkers: genomic variant (69548-6, gene studied 48018-6 with HGNC) and tumor marker test (LOINC, interpretation)', () => {
    const variant = observations.find((o) => hasProfile(o, `${MCODE}mcode-genomic-variant`))!;
    expect(codes(variant.code)).toEqual(['http://loinc.org|69548-6']);
    expect(codes(variant.valueCodeableConcept)).toEqual(['http://loinc.org|LA9633-4']);
    const gene = variant.component!.find((c) => codes(c.code)[0] === 'http://loinc.org|48018-6')!;
    expect(codes(gene.valueCodeableConcept)).toEqual(['http://www.genenames.org/geneId|HGNC:3236']);
    expect(variant.component!.find((c) => codes(c.code)[0] === 'http://loinc.org|81252-9')!.valueCodeableConcept!.text).toBe('L858R');
    const er = observations.find((o) => hasProfile(o, `${MCODE}mcode-tumor-marker-test`))!;
    expect(codes(er.code)).toEqual(['http://loinc.org|16112-5']);
    expect(er.valueCodeableConcept!.text).toBe('90%');
    expect(codes(er.interpretation![0])).toEqual(['http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation|POS']);
    expect(er.effectivePeriod).toEqual({ start: '2020-01', end: '2020-01' }); // a month is a period, not a day
  });

  it('radiotherapy: course summary 1217123003, dose in cGy, sessions, palliative intent', () => {
    const rt = byType<Procedure>(rs, 'Procedure').find((p) => hasProfile(p, `${MCODE}mcode-radiotherapy-course-summary`))!;
    expect(codes(rt.code)).toEqual(['http://snomed.info/sct|1217123003']);
    const ext = (url: string) => rt.extension!.find((e) => e.url === `${MCODE}${url}`);
    expect(ext('mcode-radiotherapy-sessions')!.valueUnsignedInt).toBe(10);
    expect(part(ext('mcode-radiotherapy-dose-delivered-to-volume'), 'totalDoseDelivered')!.valueQuantity).toEqual({ value: 3000, unit: 'cGy', system: 'http://unitsofmeasure.org', code: 'cGy' });
    expect(codes(ext('mcode-procedure-intent')!.valueCodeableConcept)).toEqual(['http://snomed.info/sct|363676003']);
    expect(rt.performedPeriod).toEqual({ start: '2020-01-31' });
  });

  it('medication: one statement per drug, grouped by a shared identifier, course in the kozoka extension, oral vs injection profile', () => {
    const statements = byType<MedicationStatement>(rs, 'MedicationStatement');
    const course = statements.filter((s) => s.identifier?.[0]?.value === statements.find((x) => x.contained)!.identifier![0]!.value);
    expect(course).toHaveLength(2);
    for (const s of course) {
      expect(s.meta!.profile).toEqual(['http://jpfhir.jp/fhir/core/StructureDefinition/JP_MedicationStatement_Injection']);
      expect(s.status).toBe('completed');
      expect(s.effectivePeriod).toEqual({ start: '2020-02-06', end: '2020-04-01' });
      const ext = s.extension!.find((e) => e.url === 'http://kozoka.dev/fhir/StructureDefinition/treatment-course')!;
      expect(ext.extension).toEqual([{ url: 'line', valuePositiveInt: 2 }, { url: 'cycles', valuePositiveInt: 4 }]);
    }
    expect(course.map((s) => (s.contained![0] as { code: { text: string } }).code.text).sort()).toEqual(['carboplatin', 'pemetrexed']);
    const gefitinib = statements.find((s) => s.medicationCodeableConcept?.text === 'gefitinib')!;
    expect(gefitinib.meta!.profile).toEqual(['http://jpfhir.jp/fhir/core/StructureDefinition/JP_MedicationStatement']);
    expect(gefitinib.status).toBe('active');
  });

  it('response: cancer disease status 97509-4 with the documented SNOMED value and the RECIST token as text', () => {
    const status = observations.find((o) => hasProfile(o, `${MCODE}mcode-cancer-disease-status`))!;
    expect(codes(status.code)).toEqual(['http://loinc.org|97509-4']);
    expect(status.valueCodeableConcept).toEqual({ coding: [{ system: 'http://snomed.info/sct', code: '271299001', display: "Patient's condition worsened (finding)" }], text: 'PD' });
    expect(status.focus).toEqual([{ reference: `Condition/${primary.id}` }]);
  });

  it("surgery is an mCODE surgical procedure; undated, its status is unknown", () => {
    const surgery = byType<Procedure>(rs, 'Procedure').find((p) => p.code?.text === '肺葉切除術')!;
    expect(surgery.meta!.profile).toEqual([`${MCODE}mcode-cancer-related-surgical-procedure`]);
    expect(surgery.status).toBe('unknown'); // no date in the note: US Core forbids 'completed' without one
  });

  it('an operation written by its abbreviation (LDG, Bt+Ax, TURBT) is a surgical procedure too; an endoscopy is not', () => {
    const mapper = new FhirMapper({ recorded: RECORDED });
    const ops: Note = { id: 'ops', date: '2025-11-25', text: '2024/3 LDG（D2）施行。\n2019/4 右Bt+Ax施行。\n2025/1 TURBT施行。\n2025/2 上部消化管内視鏡施行。' };
    const procedures = byType<Procedure>(mapper.mapNote({ note: ops, events: extractWithRules(ops) }), 'Procedure');
    const surgical = (name: string) => procedures.find((p) => p.code?.text === name)!.meta!.profile![0] === `${MCODE}mcode-cancer-related-surgical-procedure`;
    expect(['LDG', 'Bt+Ax', 'TURBT'].map(surgical)).toEqual([true, true, true]);
    expect(surgical('上部消化管内視鏡')).toBe(false);
  });

  it('Provenance names kozoka and the DocumentReference it derived from', () => {
    const [provenance] = byType<Provenance>(rs, 'Provenance');
    const doc = byType(rs, 'DocumentReference')[0]!;
    expect(provenance!.entity).toEqual([{ role: 'derivation', what: { reference: `DocumentReference/${doc.id}` } }]);
    expect(provenance!.target).toHaveLength(rs.length - 2); // every resource but the DocumentReference and itself
    expect(provenance!.target.map((t) => t.reference)).not.toContain(`DocumentReference/${doc.id}`);
    expect(provenance!.recorded).toBe(RECORDED);
  });
});

describe('edge cases', () => {
  it('a note with no events gives its DocumentReference, a Provenance and the Patient', () => {
    const mapper = new FhirMapper({ recorded: RECORDED });
    const rs = mapper.mapNote({ note: note('本日外来、著変なし。'), events: [] });
    expect(rs.map((r) => r.resourceType)).toEqual(['DocumentReference', 'Provenance']);
    expect((rs[1] as Provenance).target).toEqual([{ reference: `DocumentReference/${rs[0]!.id}` }]);
    const patients = mapper.patients();
    expect(patients).toHaveLength(1);
    expect(patients[0]!.meta!.profile).toEqual(['http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient']);
    for (const r of [...rs, ...patients]) expect(validator.validate(r).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('offsets count UTF-16 code units: a character outside the BMP before the evidence counts 2', () => {
    const t = '𠮷野家にて。肺癌と診断。';
    const e = ev(t, '肺癌と診断', { type: 'diagnosis', name: '肺癌', icd10: 'C34.9' });
    const [, condition] = new FhirMapper().mapNote({ note: note(t), events: [e] });
    const d = derivationOf(condition!);
    expect(part(d, 'offset')!.valueInteger).toBe(7);
    expect(t.slice(7, 7 + part(d, 'length')!.valueInteger!)).toBe('肺癌と診断');
  });

  it('the note text goes into the DocumentReference only when asked', () => {
    const n = note('肺癌。');
    const [without] = new FhirMapper().mapNote({ note: n, events: [] }) as DocumentReference[];
    expect(without!.content[0]!.attachment.data).toBeUndefined();
    expect(without!.content[0]!.attachment.size).toBe(Buffer.byteLength('肺癌。'));
    const [withText] = new FhirMapper({ includeText: true }).mapNote({ note: n, events: [] }) as DocumentReference[];
    expect(Buffer.from(withText!.content[0]!.attachment.data!, 'base64').toString('utf8')).toBe('肺癌。');
  });

  it('a death lands on the Patient; a note without a patient id gets a patient of its own, identified as the note\'s patient', () => {
    const t = '3/1 永眠された。';
    const mapper = new FhirMapper();
    mapper.mapNote({ note: note(t), events: [ev(t, '永眠された', { type: 'death', date: { start: '2021-03-01' } })] });
    const anonText = '肺癌と診断。';
    const resources = mapper.mapNote({ note: { id: 'anon', text: anonText }, events: [ev(anonText, '肺癌と診断', { type: 'diagnosis', name: '肺癌', icd10: 'C34.9' })] });
    const [p1, anonymous] = mapper.patients();
    expect(p1!.deceasedDateTime).toBe('2021-03-01');
    expect(anonymous!.id).toBe(uuidV5('patient|note:anon'));
    // Its cancer makes it an mCODE CancerPatient, which requires an identifier.
    expect(anonymous!.meta!.profile).toContain(`${MCODE}mcode-cancer-patient`);
    expect(anonymous!.identifier).toEqual([{ system: 'urn:kozoka:patient-of-note', value: 'anon' }]);
    for (const r of [...resources, anonymous!]) expect(validator.validate(r).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('structured diagnoses (MML RegisteredDiagnosis)', () => {
  it('map to a Condition with the ICD-10 coding and a Provenance naming the module, without derivation', () => {
    const mapper = new FhirMapper({ recorded: RECORDED });
    const [condition, provenance] = mapper.mapRegisteredDiagnosis({
      patientId: 'P1', docId: 'rd-1',
      event: { type: 'diagnosis', name: '右上葉肺腺癌', icd10: 'C34.1', code: { system: 'ICD10', code: 'C34.1' }, source: 'structured', date: { start: '2019-12-01' } },
    }) as [Condition, Provenance];
    expect(codes(condition.code)).toEqual(['http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full|C34.1']);
    expect(condition.subject).toEqual({ reference: 'Patient/P1' });
    expect(derivationOf(condition)).toBeUndefined();
    expect(condition.onsetDateTime).toBe('2019-12-01');
    expect(provenance.entity![0]!.what.display).toBe('MML RegisteredDiagnosis module rd-1');
    expect(mapper.patients()[0]!.meta!.profile).toContain(`${MCODE}mcode-cancer-patient`);
    for (const r of [condition, provenance, ...mapper.patients()]) expect(validator.validate(r).filter((i) => i.severity === 'error')).toEqual([]);
    // A local code that is not ICD-10 is not passed off as one.
    const [local] = new FhirMapper().mapRegisteredDiagnosis({ event: { type: 'diagnosis', name: '糖原病', code: { system: 'ICD-10', code: 'E790-.003' }, icd10: 'E79.0', source: 'structured' } }) as [Condition];
    expect(codes(local.code)).toEqual(['http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full|E79.0']);
  });
});

describe('identity and bundles', () => {
  const sample = gold.slice(0, 3);

  it('ids are deterministic (UUID v5): the same notes give the same ids; another note id gives others', () => {
    const ids = (rs: Resource[]) => rs.map((r) => `${r.resourceType}/${r.id}`);
    const a = toFhir(sample, { recorded: RECORDED });
    expect(ids(toFhir(sample, { recorded: '2030-01-01T00:00:00Z' }))).toEqual(ids(a));
    expect(new Set(ids(a)).size).toBe(a.length);
    const renamed = sample.map((s) => ({ ...s, note: { ...s.note, id: `${s.note.id}-copy` } }));
    const b = new Set(ids(toFhir(renamed, { recorded: RECORDED })));
    expect(ids(a).filter((id) => !id.startsWith('Patient/') && b.has(id))).toEqual([]);
    expect(uuidV5('hello', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('9342d47a-1bab-5709-9869-c840b2eac501'); // RFC 9562 DNS-namespace check value
  });

  it('a transaction Bundle PUTs every resource at its id', () => {
    const rs = toFhir(sample, { recorded: RECORDED });
    const bundle = transactionBundle(rs);
    expect(bundle.type).toBe('transaction');
    for (const e of bundle.entry!) expect(e.request).toEqual({ method: 'PUT', url: `${e.resource!.resourceType}/${e.resource!.id}` });
    expect(validator.validate(bundle).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a collection Bundle per patient: every reference resolves to an entry of the same Bundle', () => {
    const rs = toFhir(sample, { recorded: RECORDED });
    const groups = groupByPatient(rs);
    expect(groups).toHaveLength(new Set(sample.map((s) => s.note.patientId)).size);
    for (const group of groups) {
      const bundle = collectionBundle(group, { fullUrlBase: 'https://fhir.example.org/r4/' });
      expect(validator.validate(bundle).filter((i) => i.severity === 'error')).toEqual([]);
      const urls = new Set(bundle.entry!.map((e) => e.fullUrl));
      const refs: string[] = [];
      const collect = (x: unknown): void => {
        if (Array.isArray(x)) return x.forEach(collect);
        if (x && typeof x === 'object') {
          const r = (x as Reference).reference;
          if (typeof r === 'string' && !r.startsWith('#')) refs.push(r);
          Object.values(x).forEach(collect);
        }
      };
      collect(bundle.entry!.map((e) => e.resource));
      expect(refs.length).toBeGreaterThan(0);
      for (const r of refs) expect(urls, r).toContain(`https://fhir.example.org/r4/${r}`);
    }
  });
});
