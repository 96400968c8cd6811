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
  /** The cancer words written as Latin abbreviations (DLBCL, NSCLC, HCC), which no cancer suffix marks. */
  cancerAbbreviations: Lexicon<CancerWord>;
}

/** Hits over a whole note of the lexicons read that way. */
export interface NoteHits {
  drugs: LexiconHit<DrugEntry[]>[];
  sites: LexiconHit<MetastasisSite>[];
  biomarkers: LexiconHit<BiomarkerName>[];
  procedures: LexiconHit<string>[];
  symptoms: LexiconHit<string>[];
  cancerAbbreviations: LexiconHit<CancerWord>[];
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
    // (Generic English words, cancer or carcinoma, carry no code of their own and are no abbreviation.)
    // (Abbreviations with a code, and those in capitals without one: NET has no WHO ICD-10 code.)
    cancerAbbreviations: new Lexicon(d.cancers.filter((c) => /^[A-Za-z0-9-]+$/.test(c.word) && (c.icd10 || /^[A-Z][A-Z0-9-]+$/.test(c.word))).map((c) => ({ spelling: c.word, value: c }))),
  };
  const { drugs, sites, biomarkers, procedures, symptoms, cancerAbbreviations } = lexicons;
  return {
    lexicons,
    note: new LexiconGroup([drugs, sites, biomarkers, procedures, symptoms, cancerAbbreviations] as [typeof drugs, typeof sites, typeof biomarkers, typeof procedures, typeof symptoms, typeof cancerAbbreviations]),
  };
}

/** The rules' lexicons (built on first use). */
export function lexicons(): RulesLexicons {
  return (cached ??= build()).lexicons;
}

/** The hits of the drug, site, biomarker, procedure, symptom and cancer-abbreviation lexicons over `text`, in one pass. */
export function findNoteHits(text: string): NoteHits {
  const [drugs, sites, biomarkers, procedures, symptoms, cancerAbbreviations] = (cached ??= build()).note.find(text);
  return { drugs, sites, biomarkers, procedures, symptoms, cancerAbbreviations };
}
