import type { DiagnosisEvent } from '../schema/events.js';
import type { Note, NoteSection, SectionKind } from '../schema/note.js';
import { decodeXmlBytes } from './decode.js';
import { IngestError, type IngestIssue } from './errors.js';
import type { Patient, PatientAddress, PatientName } from './patient.js';
import { richText } from './richtext.js';
import { child, childElements, findDescendant, parseXml, path, textOf, type XmlElement } from './xml.js';

/** Options for {@link parseMml}. */
export interface ParseMmlOptions {
  /** The file name, used in errors and in `Note.source.file` and fallback ids. */
  file?: string;
  /** Overrides the BOM / prolog encoding (rarely needed). */
  encoding?: string;
}

/** A diagnosis read from an MML RegisteredDiagnosis module (structured data, not free text). */
export interface RegisteredDiagnosis {
  patientId?: string;
  /** docId uid of the module item it came from. */
  docId?: string;
  event: DiagnosisEvent;
}

/** Everything kozoka reads from one MML document or module fragment. */
export interface MmlDocument {
  /** `Mml@version` when written, else inferred from the namespace (`4.1`, `4.0`, `3.0`, `2.3`). */
  version: string;
  /** The base namespace URI ('' for MML 2.3). */
  namespace: string;
  /** The encoding the bytes were decoded with. */
  encoding: string;
  /** The header masterId (the patient's id at the creating facility). */
  masterId?: string;
  /** ProgressCourse modules as notes. */
  notes: Note[];
  /** PatientInfo modules. Kept beside the notes, never put into `Note.text`. */
  patients: Patient[];
  /** RegisteredDiagnosis modules as structured diagnosis events. */
  diagnoses: RegisteredDiagnosis[];
  /** Module items of other kinds (report, prescription, claim…) skipped, by content module type. */
  skippedModules: Record<string, number>;
  /** Non-fatal problems (e.g. a ProgressCourse with no text). */
  warnings: IngestIssue[];
}

const MEDXML = /^https?:\/\/www\.medxml\.net\//i;

/** True for elements in the MedXML namespace family (any version) or in no namespace (MML 2.3). */
export function isMedxml(el: XmlElement): boolean {
  return el.uri === '' || MEDXML.test(el.uri);
}

const MODULE_ROOTS = new Set(['ProgressCourseModule', 'PatientModule', 'RegisteredDiagnosisModule']);

function inferVersion(root: XmlElement): string {
  const written = root.attrs['version'];
  if (written) return written;
  const uri = root.uri;
  if (uri === '') return '2.3';
  if (/\/MML\/v4\/base\//i.test(uri)) return '4.1';
  if (/\/MML\/v4\/?$/i.test(uri)) return '4.0';
  if (/\/MML\/?$/i.test(uri)) return '3.0';
  return 'unknown';
}

/**
 * Parses one MML document (v2.3, v3, v4.0, v4.1+) or a standalone module fragment.
 * Throws an {@link IngestError} for undecodable bytes, malformed XML, or XML that is not MML.
 */
export function parseMml(input: string | Uint8Array, options: ParseMmlOptions = {}): MmlDocument {
  const { file } = options;
  let text: string;
  let encoding: string;
  if (typeof input === 'string') {
    [text, encoding] = [input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, 'utf-16'];
  } else {
    const decoded = decodeXmlBytes(input, { file, encoding: options.encoding });
    [text, encoding] = [decoded.text, decoded.encoding];
  }
  const xmlRoot = parseXml(text, file);

  const mmlRoot = findDescendant(xmlRoot, (e) => e.local === 'Mml' && isMedxml(e));
  const doc: MmlDocument = {
    version: 'unknown',
    namespace: '',
    encoding,
    notes: [],
    patients: [],
    diagnoses: [],
    skippedModules: {},
    warnings: [],
  };

  if (mmlRoot) {
    doc.version = inferVersion(mmlRoot);
    doc.namespace = mmlRoot.uri;
    const header = child(mmlRoot, 'MmlHeader');
    doc.masterId = idText(child(header, 'masterId'));
    const items = childElements(child(mmlRoot, 'MmlBody') ?? mmlRoot, 'MmlModuleItem');
    const ctx: ItemContext = { file, doc, masterId: doc.masterId };
    // PatientInfo first, so notes of a document without a header masterId can use it.
    const contents = items.map((item) => ({ item, module: firstElement(child(item, 'content')) }));
    for (const { module } of contents) {
      if (module?.local === 'PatientModule') doc.patients.push(readPatient(module));
    }
    ctx.masterId ??= doc.patients[0]?.id;
    contents.forEach(({ item, module }, index) => readItem(ctx, item, module, index));
  } else if (MODULE_ROOTS.has(xmlRoot.local) && isMedxml(xmlRoot)) {
    doc.version = /\/v4\//i.test(xmlRoot.uri) ? '4' : 'unknown';
    doc.namespace = xmlRoot.uri;
    readItem({ file, doc }, undefined, xmlRoot, 0);
  } else {
    throw new IngestError(
      'not-mml',
      `not an MML document (root element <${xmlRoot.name}>${xmlRoot.uri ? ` in ${xmlRoot.uri}` : ''})`,
      { file },
    );
  }
  return doc;
}

/** The notes of an MML document (ProgressCourse modules), in document order. */
export function notesFromMml(input: string | Uint8Array, options: ParseMmlOptions = {}): Note[] {
  return parseMml(input, options).notes;
}

interface ItemContext {
  file?: string;
  doc: MmlDocument;
  masterId?: string;
}

interface DocInfo {
  contentModuleType?: string;
  title?: string;
  uid?: string;
  parentId?: string;
  parentRelation?: string;
  groupId?: string;
  confirmDate?: string;
  start?: string;
  author?: string;
  department?: string;
}

function firstElement(el: XmlElement | undefined): XmlElement | undefined {
  return el ? childElements(el).find(isMedxml) : undefined;
}

function idText(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const id = child(el, 'Id');
  return textOf(id ?? el) || undefined;
}

function readDocInfo(item: XmlElement | undefined): DocInfo {
  const info = child(item, 'docInfo');
  if (!info) return {};
  const docId = child(info, 'docId');
  const parent = child(docId, 'parentId');
  const confirm = child(info, 'confirmDate');
  const creator = findDescendant(info, (e) => e.local === 'CreatorInfo');
  const name = creator && findDescendant(creator, (e) => e.local === 'Name');
  const dept = creator && findDescendant(creator, (e) => e.local === 'Department');
  return {
    contentModuleType: info.attrs['contentModuleType'],
    title: textOf(child(info, 'title')) || undefined,
    uid: textOf(child(docId, 'uid')) || undefined,
    parentId: textOf(parent) || undefined,
    parentRelation: parent?.attrs['relation'],
    groupId: textOf(child(docId, 'groupId')) || undefined,
    confirmDate: textOf(confirm) || undefined,
    start: confirm?.attrs['start'],
    author: name ? personName(name) : undefined,
    department: textOf(child(dept, 'name')) || undefined,
  };
}

function personName(name: XmlElement): string | undefined {
  const full = textOf(child(name, 'fullname'));
  if (full) return full;
  const parts = [textOf(child(name, 'family')), textOf(child(name, 'given'))].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

/** `2015-05-13T19:32:33` → `2015-05-13`; anything not starting with a date → undefined. */
function isoDay(s: string | undefined): string | undefined {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function readItem(
  ctx: ItemContext,
  item: XmlElement | undefined,
  module: XmlElement | undefined,
  index: number,
): void {
  const { doc, file } = ctx;
  const info = readDocInfo(item);
  const kind = module?.local ?? info.contentModuleType ?? 'empty';
  switch (kind) {
    case 'ProgressCourseModule': {
      const note = readProgressCourse(module!, info, ctx, index);
      if (note.text.trim() === '') {
        doc.warnings.push({
          severity: 'warning',
          code: 'empty-note',
          message: 'ProgressCourse has no text; no note made',
          file,
          note: note.id,
          line: module!.line,
        });
      } else {
        doc.notes.push(note);
      }
      return;
    }
    case 'PatientModule':
      if (!item) doc.patients.push(readPatient(module!)); // in a full document, read up front
      return;
    case 'RegisteredDiagnosisModule':
      doc.diagnoses.push(readRegisteredDiagnosis(module!, info, ctx.masterId));
      return;
    default: {
      const type = info.contentModuleType ?? kind;
      doc.skippedModules[type] = (doc.skippedModules[type] ?? 0) + 1;
    }
  }
}

// A docId uid names a module item uniquely, so it is the id; the module index is
// added only where it does not (no uid, or a uid repeated within the document).
function noteId(info: DocInfo, ctx: ItemContext, index: number): string {
  if (info.uid && !ctx.doc.notes.some((n) => n.source?.docId === info.uid)) return info.uid;
  const base = info.uid ?? (ctx.file ? ctx.file.replace(/^.*[\\/]/, '').replace(/\.xml$/i, '') : 'mml');
  return `${base}#${index}`;
}

function readProgressCourse(
  module: XmlElement,
  info: DocInfo,
  ctx: ItemContext,
  index: number,
): Note {
  const free = child(module, 'FreeExpression');
  const structured = child(module, 'structuredExpression');
  let text = '';
  let sections: NoteSection[] | undefined;
  if (structured) {
    const built = renderStructured(structured);
    text = built.text;
    sections = built.sections;
    if (free) {
      const freeText = richText(free);
      if (freeText) text = text ? `${freeText}\n${text}` : freeText;
      if (freeText && sections.length) sections = sections.map((s) => shift(s, freeText.length + 1));
    }
  } else if (free) {
    text = richText(free);
  }
  const note: Note = { id: noteId(info, ctx, index), text };
  if (ctx.masterId) note.patientId = ctx.masterId;
  const date = isoDay(info.confirmDate) ?? isoDay(info.start);
  if (date) note.date = date;
  if (sections?.length) note.sections = sections;
  if (info.author) note.author = info.author;
  if (info.department) note.department = info.department;
  note.source = { format: 'mml', mmlVersion: ctx.doc.version };
  if (ctx.file) note.source.file = ctx.file;
  if (info.uid) note.source.docId = info.uid;
  if (info.parentId && (info.parentRelation ?? 'oldEdition') === 'oldEdition') note.source.parentId = info.parentId;
  if (info.title) note.source.title = info.title;
  if (info.confirmDate) note.source.confirmDate = info.confirmDate;
  note.source.moduleIndex = index;
  return note;
}

function shift(s: NoteSection, by: number): NoteSection {
  return { ...s, start: s.start + by, end: s.end + by };
}

/** Accumulates note text and section offsets. */
class NoteTextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly sections: NoteSection[] = [];

  /** Appends a section on a new line: `label` then `body`; the section covers `body` only. */
  section(kind: SectionKind, label: string, body: string): void {
    if (!body) return;
    if (this.length) this.push('\n');
    this.push(label);
    const start = this.length;
    this.push(body);
    this.sections.push({ kind, start, end: this.length });
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  get text(): string {
    return this.parts.join('');
  }
}

function joinLines(lines: string[]): string {
  return lines.filter((l) => l !== '').join('\n');
}

/** Text of a SOAP part: free-text children as written, structured children as `title: value` lines. */
function partText(el: XmlElement | undefined): string {
  if (!el) return '';
  const lines: string[] = [];
  for (const c of childElements(el)) {
    switch (c.local) {
      case 'subjectiveItem': {
        const time = richText(child(c, 'timeExpression'));
        const event = richText(child(c, 'eventExpression'));
        lines.push([time, event].filter(Boolean).join(' '));
        break;
      }
      case 'physicalExam':
        for (const item of childElements(c, 'physicalExamItem')) {
          const title = richText(child(item, 'title'));
          const result = richText(child(item, 'result'));
          const interp = richText(child(item, 'interpretation'));
          lines.push([title && `${title}:`, result, interp && `(${interp})`].filter(Boolean).join(' '));
        }
        break;
      case 'rxOrder':
      case 'rxRecord':
      case 'txOrder':
      case 'txRecord':
      case 'testOrder':
      case 'testResult': {
        const prescription = findDescendant(c, (e) => e.local === 'PrescriptionModule');
        lines.push(prescription ? prescriptionLines(prescription) : richText(c));
        break;
      }
      default:
        lines.push(richText(c));
    }
  }
  return joinLines(lines);
}

/** One line per prescribed medicine: `name dose unit instruction`. */
function prescriptionLines(module: XmlElement): string {
  return joinLines(
    childElements(module, 'medication').map((m) => {
      const name = textOf(path(m, 'medicine', 'name'));
      const dose = textOf(child(m, 'dose')) + textOf(child(m, 'doseUnit'));
      const instruction = textOf(child(m, 'instruction'));
      return [name, dose, instruction].filter(Boolean).join(' ');
    }),
  );
}

function renderStructured(structured: XmlElement): { text: string; sections: NoteSection[] } {
  const b = new NoteTextBuilder();
  const problems = childElements(structured, 'problemItem');
  problems.forEach((p, i) => {
    const problem = richText(child(p, 'problem'));
    if (problem) b.section('problem', `#${i + 1} `, problem);
    b.section('S', 'S) ', partText(child(p, 'subjective')));
    b.section('O', 'O) ', partText(child(p, 'objective')));
    b.section('A', 'A) ', partText(child(p, 'assessment')));
    b.section('P', 'P) ', partText(child(p, 'plan')));
  });
  return { text: b.text, sections: b.sections };
}

function readPatient(module: XmlElement): Patient {
  const unique = child(module, 'uniqueInfo');
  const patient: Patient = {
    id: idText(child(unique, 'masterId')) ?? '',
    otherIds: childElements(unique ?? module, 'otherId')
      .map((o) => idText(o))
      .filter((x): x is string => !!x),
    names: [],
    addresses: [],
    phones: [],
    emails: [],
  };
  for (const name of childElements(child(module, 'personName') ?? module, 'Name')) {
    const n: PatientName = {};
    const rep = name.attrs['repCode'];
    if (rep) n.repCode = rep;
    for (const key of ['fullname', 'family', 'given', 'middle'] as const) {
      const v = textOf(child(name, key));
      if (v) n[key] = v;
    }
    patient.names.push(n);
  }
  const birthday = textOf(child(module, 'birthday'));
  if (birthday) patient.birthday = birthday;
  const sex = textOf(child(module, 'sex'));
  if (sex) patient.sex = sex;
  for (const addr of childElements(child(module, 'addresses') ?? module, 'Address')) {
    const a: PatientAddress = {};
    for (const key of ['full', 'prefecture', 'city', 'town', 'homeNumber', 'zip'] as const) {
      const v = textOf(child(addr, key));
      if (v) a[key] = v;
    }
    patient.addresses.push(a);
  }
  for (const phone of childElements(child(module, 'phones') ?? module, 'Phone')) {
    const digits = ['area', 'city', 'number'].map((k) => textOf(child(phone, k))).filter(Boolean);
    const ext = textOf(child(phone, 'extension'));
    if (digits.length) patient.phones.push(digits.join('-') + (ext ? ` ext. ${ext}` : ''));
  }
  for (const email of childElements(child(module, 'emailAddresses') ?? module, 'email')) {
    const v = textOf(email);
    if (v) patient.emails.push(v);
  }
  return patient;
}

/** `E790-.003` (ICD-10 with a Japanese suffix) → `E79.0`; non-ICD codes → undefined. */
export function icd10Category(code: string): string | undefined {
  const m = /^([A-Z]\d{2})\.?(\d{1,2})?/.exec(code.trim().toUpperCase());
  if (!m) return undefined;
  return m[2] ? `${m[1]}.${m[2].slice(0, 1)}` : m[1];
}

function readRegisteredDiagnosis(module: XmlElement, info: DocInfo, patientId?: string): RegisteredDiagnosis {
  const dx = child(module, 'diagnosis');
  const items = childElements(child(module, 'diagnosisContents') ?? module, 'dxItem').map((d) =>
    textOf(child(d, 'name') ?? d),
  );
  const name = textOf(dx) || items.join('') || '(no name)';
  const code = dx?.attrs['code'];
  const system = dx?.attrs['system'];
  const event: DiagnosisEvent = { type: 'diagnosis', name, source: 'structured' };
  if (code) {
    event.code = system ? { system, code } : { code };
    if (!system || /icd-?10/i.test(system)) {
      const icd = icd10Category(code);
      if (icd) event.icd10 = icd;
    }
  }
  const start = isoDay(textOf(child(module, 'startDate'))) ?? isoDay(info.confirmDate);
  if (start) {
    const end = isoDay(textOf(child(module, 'endDate')));
    event.date = end ? { start, end } : { start };
  }
  const categories = childElements(child(module, 'categories') ?? module, 'category').map((c) => textOf(c));
  if (categories.some((c) => /suspect/i.test(c))) event.certainty = 'suspected';
  const out: RegisteredDiagnosis = { event };
  if (patientId) out.patientId = patientId;
  if (info.uid) out.docId = info.uid;
  return out;
}
