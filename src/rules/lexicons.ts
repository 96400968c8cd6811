// The rules' lexicons, built once per process from the dictionaries, and the
// hits of those read over a whole note, found in one pass and shared by the
// extractors (each used to read the note again for its own dictionary).
import type { MetastasisSite } from '../schema/events.js';
import { dictionaries, type DrugEntry } from './dictionaries.js';
import { Lexicon, LexiconGroup, type LexiconHit } from './lexicon.js';

/** A cancer word of `data/cancers.tsv`. */
export interface CancerWord {
  word: string;
  icd10: string;
  subsites: [string, string][];
}

/** A biomarker spelling's canonical name and kind. */
export interface BiomarkerName {
  name: string;
  kind: string;
}

export interface RulesLexicons {
  drugs: Lexicon<DrugEntry[]>;
  sites: Lexicon<MetastasisSite>;
  biomarkers: Lexicon<BiomarkerName>;
  procedures: Lexicon<string>;
  symptoms: Lexicon<string>;
  cancers: Lexicon<CancerWord>;
  /**
   * The cancer words no cancer suffix marks, found by the lexicon: Latin abbreviations
   * (DLBCL, NSCLC, HCC) and Japanese names ending otherwise (菌状息肉症, 骨髄異形成症候群, 腹膜偽粘液腫).
   */
  unsuffixedCancers: Lexicon<CancerWord>;
}

/** Hits over a whole note of the lexicons read that way. */
export interface NoteHits {
  drugs: LexiconHit<DrugEntry[]>[];
  sites: LexiconHit<MetastasisSite>[];
  biomarkers: LexiconHit<BiomarkerName>[];
  procedures: LexiconHit<string>[];
  symptoms: LexiconHit<string>[];
  unsuffixedCancers: LexiconHit<CancerWord>[];
}

/**
 * The Japanese endings that mark a cancer word in running text (…癌, …肉腫, …リンパ腫, 乳房外パジェット病):
 * the rules find those by their ending, and the lexicon the dictionary's names without one.
 */
export const CANCER_SUFFIX_JA = String.raw`癌|がん|ガン|肉腫|白血病リンパ腫|リンパ腫|白血病|骨髄腫|中皮腫|芽腫|黒色腫|メラノーマ|セミノーマ|胸腺腫|腫瘍|(?:乳房外|乳房|乳頭)(?:パジェット|Paget)病`;
const ENDS_IN_CANCER_SUFFIX = new RegExp(`(?:${CANCER_SUFFIX_JA})$`);

/** Whether a dictionary cancer word needs the lexicon to be found (no cancer suffix ends it). */
function isUnsuffixed(c: CancerWord): boolean {
  // (Generic English words, cancer or carcinoma, carry no code of their own and are no abbreviation;
  // abbreviations in capitals may have none: NET has no WHO ICD-10 code. SCC is generic as carcinoma is,
  // named by the English organ word before it, hypopharyngeal SCC: alone it may be the serum marker.)
  if (/^[A-Za-z0-9-]+$/.test(c.word)) return !!c.icd10 || (/^[A-Z][A-Z0-9-]+$/.test(c.word) && c.word !== 'SCC');
  return !ENDS_IN_CANCER_SUFFIX.test(c.word);
}

let cached: { lexicons: RulesLexicons; note: LexiconGroup<[Lexicon<DrugEntry[]>, Lexicon<MetastasisSite>, Lexicon<BiomarkerName>, Lexicon<string>, Lexicon<string>, Lexicon<CancerWord>]> } | undefined;

function build() {
  const d = dictionaries();
  // One spelling may name several readings (TC, CE): keep them all, context decides.
  const bySpelling = new Map<string, DrugEntry[]>();
  for (const { spelling, entry } of d.drugs) {
    const list = bySpelling.get(spelling) ?? [];
    list.push(entry);
    bySpelling.set(spelling, list);
  }
  const lexicons: RulesLexicons = {
    drugs: new Lexicon([...bySpelling].map(([spelling, value]) => ({ spelling, value }))),
    sites: new Lexicon([...d.sites].map(([spelling, value]) => ({ spelling, value }))),
    biomarkers: new Lexicon(d.biomarkers.map((b) => ({ spelling: b.spelling, value: { name: b.name, kind: b.kind } }))),
    procedures: new Lexicon(d.procedures.map((p) => ({ spelling: p, value: p }))),
    symptoms: new Lexicon(d.symptoms.map((s) => ({ spelling: s.spelling, value: s.symptom }))),
    cancers: new Lexicon(d.cancers.map((c) => ({ spelling: c.word, value: c }))),
    unsuffixedCancers: new Lexicon(d.cancers.filter(isUnsuffixed).map((c) => ({ spelling: c.word, value: c }))),
  };
  const { drugs, sites, biomarkers, procedures, symptoms, unsuffixedCancers } = lexicons;
  return {
    lexicons,
    note: new LexiconGroup([drugs, sites, biomarkers, procedures, symptoms, unsuffixedCancers] as [typeof drugs, typeof sites, typeof biomarkers, typeof procedures, typeof symptoms, typeof unsuffixedCancers]),
  };
}

/** The rules' lexicons (built on first use). */
export function lexicons(): RulesLexicons {
  return (cached ??= build()).lexicons;
}

/** The hits of the drug, site, biomarker, procedure, symptom and unsuffixed-cancer lexicons over `text`, in one pass. */
export function findNoteHits(text: string): NoteHits {
  const [drugs, sites, biomarkers, procedures, symptoms, unsuffixedCancers] = (cached ??= build()).note.find(text);
  return { drugs, sites, biomarkers, procedures, symptoms, unsuffixedCancers };
}
