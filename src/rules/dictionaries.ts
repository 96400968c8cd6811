// The rules' dictionaries: read from the tab-separated files under data/ once per
// process. Files, not code, hold the vocabulary (see data/README.md).
import type { MetastasisSite } from '../schema/events.js';
import { readTable } from '../data-files.js';

export { readTable };

const split = (s: string | undefined) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

export interface DrugEntry {
  /** Canonical names (a combination product has several). */
  drugs: string[];
  kind: 'drug' | 'regimen';
  /** For drugs: cytotoxic, targeted, immune, endocrine, adc, regimen-only, intravesical. */
  drugClass?: string;
  /** For regimens: the regimen's name. */
  name: string;
  /** For an ambiguous regimen name: a pattern on the note that selects this reading. */
  context?: RegExp;
}

export interface Dictionaries {
  drugs: { spelling: string; entry: DrugEntry }[];
  biomarkers: { spelling: string; name: string; kind: string }[];
  sites: Map<string, MetastasisSite>;
  cancers: { word: string; icd10: string; subsites: [string, string][] }[];
  procedures: string[];
  /** Symptom spellings, each with the symptom it names (itself, or the spelling it is another word for: HFS → 手足症候群). */
  symptoms: { spelling: string; symptom: string }[];
  /** Cue words by kind; `non-oncologic`: diseases an anticancer drug is also given for (関節リウマチ → MTX). */
  cues: Record<'negation' | 'suspected' | 'plan' | 'family' | 'non-oncologic', string[]>;
}

let cached: Dictionaries | undefined;

/** All dictionaries, loaded on first use. */
export function dictionaries(): Dictionaries {
  if (cached) return cached;
  const drugs: Dictionaries['drugs'] = [];
  for (const [canon, cls, spellings] of readTable('drugs.tsv')) {
    const entry: DrugEntry = { drugs: canon!.split(',').map((d) => d.trim()).sort(), kind: 'drug', drugClass: cls, name: canon! };
    for (const s of new Set([...split(spellings), ...(canon!.includes(',') ? [] : [canon!])])) drugs.push({ spelling: s, entry });
  }
  for (const [name, list, spellings, context] of readTable('regimens.tsv')) {
    const ctx = [spellings, context].find((x) => x?.startsWith('context='));
    const entry: DrugEntry = {
      drugs: list!.split(',').map((d) => d.trim()).sort(),
      kind: 'regimen',
      name: name!,
      ...(ctx ? { context: new RegExp(ctx.slice('context='.length)) } : {}),
    };
    // The context decides only for the ambiguous name (CE): a spelling of the drugs
    // (CBDCA+ETP) means this reading in any note.
    const { context: _, ...spelled } = entry;
    const names = spellings?.startsWith('context=') ? [] : split(spellings);
    drugs.push({ spelling: name!, entry });
    for (const s of new Set(names)) if (s !== name) drugs.push({ spelling: s, entry: spelled });
  }
  cached = {
    drugs,
    biomarkers: readTable('biomarkers.tsv').flatMap(([name, kind, spellings]) =>
      split(spellings).map((spelling) => ({ spelling, name: name!, kind: kind! })),
    ),
    sites: new Map(readTable('metastasis-sites.tsv').map(([w, c]) => [w!, c as MetastasisSite])),
    cancers: readTable('cancers.tsv').map(([word, icd10, subs]) => ({
      word: word!,
      icd10: icd10!,
      subsites: split(subs?.replace(/,/g, '|')).map((p) => p.split('=') as [string, string]),
    })),
    procedures: readTable('procedures.tsv').map(([w]) => w!),
    symptoms: readTable('symptoms.tsv').map(([w, same]) => ({ spelling: w!, symptom: same || w! })),
    cues: Object.fromEntries(readTable('cues.tsv').map(([k, words]) => [k, split(words)])) as Dictionaries['cues'],
  };
  return cached;
}
