import { keysMatch } from '../eval/score.js';
import type { ClinicalEvent } from '../schema/events.js';

/**
 * Verifies LLM events against rules events for the same note: an LLM event with
 * a rules event of equal key is confirmed (kept as is); an LLM event whose
 * evidence overlaps a rules event of the same type that reads it differently
 * gets a warning naming the rules reading; rules events the LLM missed are
 * added with `source: "rules"`.
 */
export function combineHybrid(llmEvents: readonly ClinicalEvent[], rulesEvents: readonly ClinicalEvent[]): ClinicalEvent[] {
  const unit = (e: ClinicalEvent) => ({ noteId: '', type: e.type, event: e });
  const usedRules = new Set<number>();
  const out: ClinicalEvent[] = [];
  const overlaps = (a: ClinicalEvent, b: ClinicalEvent) => !!a.evidence && !!b.evidence && a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
  // Metastasis keys are per site; compare whole site sets here.
  const same = (a: ClinicalEvent, b: ClinicalEvent) =>
    a.type === 'metastasis' && b.type === 'metastasis'
      ? a.sites.join() === b.sites.join() && (a.certainty ?? 'confirmed') === (b.certainty ?? 'confirmed')
      : keysMatch(unit(a), unit(b));
  for (const e of llmEvents) {
    const match = rulesEvents.findIndex((r, i) => !usedRules.has(i) && r.type === e.type && same(r, e));
    if (match >= 0) {
      usedRules.add(match);
      out.push(e);
      continue;
    }
    const conflict = rulesEvents.findIndex((r, i) => !usedRules.has(i) && r.type === e.type && overlaps(r, e));
    if (conflict >= 0) {
      usedRules.add(conflict);
      const { evidence, date, source, warnings, ...reading } = rulesEvents[conflict]!;
      void evidence;
      void date;
      void source;
      void warnings;
      out.push({ ...e, warnings: [...(e.warnings ?? []), `rules read the same span differently: ${JSON.stringify(reading)}`] } as ClinicalEvent);
      continue;
    }
    out.push(e);
  }
  rulesEvents.forEach((r, i) => {
    if (!usedRules.has(i)) out.push({ ...r, source: 'rules' } as ClinicalEvent);
  });
  return out.sort((a, b) => (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0));
}
