import type { ClinicalEvent } from '../schema/events.js';
import { REPORTED_ONLY_TYPES, SCORED_TYPES, type EvalResult, type Prf, type ScoredUnit } from './score.js';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

/** The score table as plain text (what `kozoka eval` prints). */
export function formatEvalTable(r: EvalResult): string {
  const head = `${'type'.padEnd(13)} ${'gold'.padStart(5)} ${'pred'.padStart(5)} ${'match'.padStart(5)}  ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  ${'dates'.padStart(5)}  ${'strict'.padStart(6)}`;
  const row = (name: string, p: Prf) =>
    `${name.padEnd(13)} ${String(p.gold).padStart(5)} ${String(p.pred).padStart(5)} ${String(p.matched).padStart(5)}  ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}  ${pct(p.dates)}  ${pct(p.strictF1).padStart(6)}`;
  const lines = [head, '-'.repeat(head.length)];
  for (const t of SCORED_TYPES) lines.push(row(t, r.byType[t]!));
  lines.push('-'.repeat(head.length), row('overall', r.overall), '-'.repeat(head.length));
  for (const t of REPORTED_ONLY_TYPES) lines.push(row(`${t}*`, r.byType[t]!));
  lines.push('', '* reported, not in the overall figure. P/R/F1 on content keys; dates = matched pairs with equal dates; strict = F1 needing equal dates.');
  if (r.unknownNotes.length) lines.push(`note: ${r.unknownNotes.length} predicted note(s) not in the gold file; their events count as false positives.`);
  return lines.join('\n');
}

function describeEvent(e: ClinicalEvent, site?: string): string {
  const { type, evidence, date, source, warnings, ...fields } = e;
  void evidence;
  void source;
  void warnings;
  const keyFields = Object.entries(fields)
    .filter(([k, v]) => k !== 'certainty' && v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
  const cert = e.certainty && e.certainty !== 'confirmed' ? ` [${e.certainty}]` : '';
  return `${type}${site ? `(${site})` : ''} ${keyFields}${cert} date=${date?.start ?? '-'}${date?.end ? '..' + date.end : ''}`;
}

function describeUnit(u: ScoredUnit): string {
  const ev = u.event.evidence ? ` «${u.event.evidence.text}» @${u.event.evidence.start}` : '';
  return `${u.noteId}\t${describeEvent(u.event, u.site)}${ev}`;
}

/** Every false positive, false negative and date mismatch, one per line. */
export function formatEvalErrors(r: EvalResult): string {
  const lines: string[] = [];
  for (const u of r.falseNegatives) lines.push(`FN\t${describeUnit(u)}`);
  for (const u of r.falsePositives) lines.push(`FP\t${describeUnit(u)}`);
  for (const { gold, pred } of r.dateMismatches) {
    lines.push(`DATE\t${gold.noteId}\t${describeEvent(gold.event, gold.site)} ← predicted ${pred.event.date?.start ?? '-'}${pred.event.date?.end ? '..' + pred.event.date.end : ''}`);
  }
  return lines.sort().join('\n');
}
