// Codes the mapper may attach, read from data files (data/fhir-terminology.tsv,
// data/biomarkers.tsv, data/oral-drugs.tsv, data/procedures.tsv). Only codes with a checked source are
// listed there; everything else keeps its text without a coding.
import type { Coding } from '@medplum/fhirtypes';
import { readTable } from '../data-files.js';

export interface Terminology {
  /** UICC metastasis site code → SNOMED CT body structure. */
  sites: Map<string, Coding>;
  /** Gene name → HGNC id. */
  genes: Map<string, Coding>;
  /** Protein / index marker → LOINC test code. */
  markers: Map<string, Coding>;
  /** Biomarker name → kind from data/biomarkers.tsv: gene, protein or index. */
  biomarkerKinds: Map<string, string>;
  /** Canonical drug names given by mouth. */
  oralDrugs: Set<string>;
  /** Words that make a procedure surgical. */
  surgeryWords: string[];
}

let cached: Terminology | undefined;

/** The mapper's code tables, loaded on first use. */
export function terminology(): Terminology {
  if (cached) return cached;
  const t: Terminology = { sites: new Map(), genes: new Map(), markers: new Map(), biomarkerKinds: new Map(), oralDrugs: new Set(), surgeryWords: [] };
  for (const [kind, key, system, code, display] of readTable('fhir-terminology.tsv')) {
    const coding: Coding = { system: system!, code: code!, display: display! };
    if (kind === 'site') t.sites.set(key!, coding);
    else if (kind === 'gene') t.genes.set(key!, coding);
    else if (kind === 'marker') t.markers.set(key!, coding);
    else if (kind === 'surgery') t.surgeryWords.push(key!);
    else throw new Error(`data/fhir-terminology.tsv: unknown kind "${kind}"`);
  }
  for (const [name, kind] of readTable('biomarkers.tsv')) t.biomarkerKinds.set(name!, kind!);
  for (const [name] of readTable('oral-drugs.tsv')) t.oralDrugs.add(name!);
  // (…and the operations procedures.tsv marks surgical, whose names hold no surgical word: LDG, Bt+Ax, TURBT.)
  for (const [word, kind] of readTable('procedures.tsv')) {
    if (kind === 'surgery') t.surgeryWords.push(word!);
    else if (kind) throw new Error(`data/procedures.tsv: unknown kind "${kind}"`);
  }
  cached = t;
  return t;
}
