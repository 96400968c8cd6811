import type { ClinicalEvent } from '../schema/events.js';
import type { Note } from '../schema/note.js';

/**
 * One event in the flat shape of Co-Doc's published example, for users migrating
 * from it: every key present, empty strings where the event has nothing.
 */
export interface CodocRecord {
  note_id: string;
  date: string;
  event: string;
  diagnosis: string;
  treatment: string;
  TNM_classification: string;
  stage: string;
  metastasis: string;
  specimen: string;
  gene_mutation: string;
}

const LABEL: Record<ClinicalEvent['type'], string> = {
  diagnosis: '診断', staging: '病期', metastasis: '転移', biomarker: '遺伝子・バイオマーカー', medication: '薬物療法',
  radiotherapy: '放射線治療', procedure: '処置・手術', response: '効果判定', admission: '入院', discharge: '退院', symptom: '症状', death: '死亡',
};

/** The Co-Doc-style record of an event. */
export function toCodoc(note: Note, e: ClinicalEvent): CodocRecord {
  const r: CodocRecord = { note_id: note.id, date: '', event: LABEL[e.type], diagnosis: '', treatment: '', TNM_classification: '', stage: '', metastasis: '', specimen: '', gene_mutation: '' };
  if (e.date) r.date = e.date.end ? `${e.date.start}～${e.date.end}` : e.date.start;
  const neg = e.certainty === 'negated' ? '（否定）' : e.certainty === 'suspected' ? '（疑い）' : '';
  switch (e.type) {
    case 'diagnosis':
      r.diagnosis = e.name + neg;
      r.specimen = e.specimen ?? '';
      break;
    case 'staging':
      r.TNM_classification = [e.tnm?.prefix ?? '', e.tnm?.t ?? '', e.tnm?.n ?? '', e.tnm?.m ?? ''].join('');
      r.stage = e.stage ?? '';
      break;
    case 'metastasis':
      r.metastasis = e.sites.join(', ') + neg;
      break;
    case 'biomarker':
      r.gene_mutation = `${e.name}${e.variant ? ` ${e.variant}` : ''} ${e.result}${e.value ? ` (${e.value})` : ''}`;
      break;
    case 'medication':
      r.treatment = [e.line ? `${e.line} line` : '', e.regimen ?? e.drugs.join('/'), e.cycles ? `${e.cycles} cycles` : '', e.status ?? ''].filter(Boolean).join(' ');
      break;
    case 'radiotherapy':
      r.treatment = `RT ${e.doseGy ?? '?'}Gy/${e.fractions ?? '?'}fr${e.site ? ` ${e.site}` : ''}`;
      break;
    case 'procedure':
      r.treatment = e.name;
      break;
    case 'response':
      r.event = `${LABEL.response} ${e.code}`;
      break;
    case 'symptom':
      r.event = `${LABEL.symptom} ${e.name}${neg}`;
      break;
    default:
      break;
  }
  return r;
}
