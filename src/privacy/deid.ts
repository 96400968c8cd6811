// De-identification before text leaves the hospital: identifiers in a note are
// replaced with typed placeholders (［氏名］, ［電話］…), keeping a map from every
// character of the masked text back to the original, so evidence the model
// quotes from the masked text still lands on the original note.
import type { Patient } from '../ingest/patient.js';
import type { NormalizedText } from '../segment/normalize.js';

/** Kinds of identifier kozoka masks, with their placeholders. */
export const PLACEHOLDERS = {
  name: '［氏名］',
  phone: '［電話］',
  postal: '［郵便番号］',
  address: '［住所］',
  email: '［メール］',
  id: '［ID］',
  insurance: '［保険者番号］',
  mynumber: '［個人番号］',
  birthdate: '［生年月日］',
} as const;
export type IdentifierKind = keyof typeof PLACEHOLDERS;

/** A masked text with its map back to the original (the same shape as normalised text). */
export interface MaskedText extends NormalizedText {
  /** Masked spans in the original text. */
  spans: { start: number; end: number; kind: IdentifierKind }[];
  counts: Partial<Record<IdentifierKind, number>>;
}

const HONORIFIC = '(?:様|さま|さん|氏|殿|くん|ちゃん)?';
/** Words that take an honorific or a role without being a person's name. */
const NOT_A_NAME = /^(?:ご?患者|ご?家族|ご?本人|奥|皆|お客|同|両|担当|主治|当科|当院|前医|紹介元|近医|研修|指導|専門|非常勤|ご?主人|娘|息子|ナース)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every written form of the patient's names: full, family, given, with or without a space, kanji and kana. */
function nameForms(patient: Patient | undefined, extra: readonly string[]): string[] {
  const forms = new Set<string>(extra.filter((x) => x.trim().length >= 2));
  for (const n of patient?.names ?? []) {
    const parts = [n.family, n.given].filter((x): x is string => !!x);
    if (n.fullname) {
      forms.add(n.fullname);
      forms.add(n.fullname.replace(/[\s\u3000]+/g, ''));
    }
    if (parts.length === 2) {
      forms.add(parts.join(''));
      forms.add(parts.join(' '));
      forms.add(parts.join('\u3000'));
    }
    // Family and given names alone, when long enough not to be ordinary words.
    for (const p of parts) if (p.length >= 2 || /[\p{Script=Han}]/u.test(p)) forms.add(p);
  }
  return [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
}

function birthdayForms(birthday: string | undefined): string[] {
  const m = birthday && /^(\d{4})-(\d{2})-(\d{2})/.exec(birthday);
  if (!m) return [];
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  return [`${y}-${m[2]}-${m[3]}`, `${y}/${mo}/${d}`, `${y}/${m[2]}/${m[3]}`, `${y}年${mo}月${d}日`, `${y}.${mo}.${d}`];
}

interface Rule {
  kind: IdentifierKind;
  re: RegExp;
  /** Capture group holding the part to mask (default: the whole match). */
  group?: number;
}

const RULES: Rule[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // Person names written before or after a role cue: 山田医師, 田中先生, Dr. Tanaka, 看護師 佐藤.
  { kind: 'name', re: /([\p{Script=Han}]{1,4}(?:[ \u3000]?[\p{Script=Han}]{1,3})?)(?=[ \u3000]?(?:医師|先生|Dr\.?|看護師|Ns\.?|薬剤師)(?![\p{Script=Han}]))/gu, group: 1 },
  { kind: 'name', re: /(?:Dr\.?|医師|看護師|Ns\.?)[ \u3000:：]*([A-Z][a-z]+(?: [A-Z][a-z]+)?|[\p{Script=Han}]{2,4}(?=[ \u3000、。,]|$))/gu, group: 1 },
  // A name followed by an honorific (山田 花子様, ヤマダさん): common nouns that take one too
  // (患者様, ご家族様, 奥様) are filtered out below.
  { kind: 'name', re: /((?:[\p{Script=Han}]{1,4}[ \u3000]?[\p{Script=Han}]{1,3})|[\p{Script=Katakana}ー]{2,8}(?:[ \u3000][\p{Script=Katakana}ー]{2,8})?)(?=様(?!子|式|態|相|々)|さま|さん|氏(?!名)|殿)/gu, group: 1 },
  { kind: 'birthdate', re: /(?:生年月日|誕生日|DOB|D\.O\.B\.?)[ \u3000]*[:：]?[ \u3000]*((?:明治|大正|昭和|平成|令和|[MTSHR])?[\d０-９]{1,4}[年./-][\d０-９]{1,2}[月./-][\d０-９]{1,2}日?)/g, group: 1 },
  { kind: 'insurance', re: /(?:被保険者番号|保険者番号|被保険者証|記号[・･]?番号|保険証番号)[ \u3000]*[:：]?[ \u3000]*([\d０-９A-Za-z・･\- ]{2,30}[\d０-９])/g, group: 1 },
  { kind: 'id', re: /(?:患者ID|患者番号|カルテ番号|カルテNo\.?|診察券番号|ID|MRN|受付番号)[ \u3000]*[:：#]?[ \u3000]*([A-Za-z0-9\-]{3,20})/g, group: 1 },
  { kind: 'mynumber', re: /(?<![\d.])\d{4}[ \-]?\d{4}[ \-]?\d{4}(?![\d.])/g },
  { kind: 'phone', re: /(?<![\d.])(?:\+81[ -]?|0)\d{1,4}[-(（ ]\d{1,4}[-)） ]\d{3,4}(?![\d.])|(?<![\d.])0[5789]0\d{8}(?![\d.])|(?<![\d.])0\d{9}(?![\d.])/g },
  { kind: 'postal', re: /〒[ \u3000]?\d{3}-?\d{4}|(?<![\d.\-])\d{3}-\d{4}(?![\d\-])/g },
  { kind: 'address', re: /(?:北海道|東京都|(?:大阪|京都)府|[\p{Script=Han}]{2,3}県)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー0-9０-９\-－丁目番地号]{2,40}/gu },
  { kind: 'address', re: /(?:住所|現住所)[ \u3000]*[:：][ \u3000]*([^\n]{2,60})/g, group: 1 },
];

/**
 * Masks identifiers in `text`: the patient's own names (all forms, with 様/さん/氏),
 * other person names after role cues, phone numbers, postal codes, addresses,
 * e-mail, patient and record numbers, insurer numbers, 12-digit My Numbers and
 * dates of birth (clinical dates are kept). Returns the masked text with a map
 * back to the original.
 */
export function deidentify(text: string, options: { patient?: Patient; names?: readonly string[] } = {}): MaskedText {
  const spans: MaskedText['spans'] = [];
  const taken = new Uint8Array(text.length);
  const add = (start: number, end: number, kind: IdentifierKind) => {
    if (end <= start) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    for (let i = start; i < end; i++) taken[i] = 1;
    spans.push({ start, end, kind });
  };
  // The patient's own identifiers first: they are the most certain.
  const names = nameForms(options.patient, options.names ?? []);
  if (names.length) {
    const re = new RegExp(`(?:${names.map(escape).join('|')})${HONORIFIC}`, 'g');
    for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, 'name');
  }
  for (const form of birthdayForms(options.patient?.birthday)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) add(at, at + form.length, 'birthdate');
  }
  for (const id of [options.patient?.id, ...(options.patient?.otherIds ?? [])]) {
    if (!id || id.length < 3) continue;
    for (let at = text.indexOf(id); at >= 0; at = text.indexOf(id, at + 1)) add(at, at + id.length, 'id');
  }
  for (const phone of options.patient?.phones ?? []) {
    const digits = phone.replace(/ ext\..*$/, '');
    for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) add(at, at + digits.length, 'phone');
  }
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const part = rule.group ? m[rule.group] : m[0];
      if (!part) continue;
      if (rule.kind === 'name' && NOT_A_NAME.test(part)) continue;
      const start = m.index + (rule.group ? m[0].indexOf(part) : 0);
      add(start, start + part.length, rule.kind);
    }
  }
  spans.sort((a, b) => a.start - b.start);

  // Build the masked text and its map.
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  const counts: MaskedText['counts'] = {};
  for (const s of spans) {
    for (let i = at; i < s.start; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    out.push(text.slice(at, s.start));
    const ph = PLACEHOLDERS[s.kind];
    for (let i = 0; i < ph.length; i++) {
      starts.push(s.start);
      ends.push(s.end);
    }
    out.push(ph);
    counts[s.kind] = (counts[s.kind] ?? 0) + 1;
    at = s.end;
  }
  for (let i = at; i < text.length; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  out.push(text.slice(at));
  return { original: text, text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), spans, counts };
}

/** True for a base URL on this machine or a private network (where notes may go unmasked by default). */
export function isLocalOrPrivate(baseURL: string | undefined): boolean {
  if (!baseURL) return false; // OpenAI itself
  let host: string;
  try {
    host = new URL(baseURL).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1') return true;
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (!m) return /^(fc|fd)[0-9a-f]{2}:/i.test(host); // IPv6 unique local
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The masking decision for a run: `auto` masks for every server that is not loopback or private. */
export function shouldMask(deid: 'auto' | 'on' | 'off', baseURL: string | undefined): boolean {
  return deid === 'on' || (deid === 'auto' && !isLocalOrPrivate(baseURL));
}
