import { extractWithRules, segmentNote } from 'kozoka';
import { devNotes } from './devnotes.js';
import { median } from './machine.js';

/** Rules extraction vs segmentation alone on the dev notes repeated to ≥ 20,000 notes (one core). */
export async function benchRules(): Promise<string> {
  const base = devNotes();
  const notes = Array.from({ length: 20_000 }, (_, i) => ({ ...base[i % base.length]!, id: `n${i}` }));
  const timeSegment = () => {
    const t = performance.now();
    for (const n of notes) segmentNote(n);
    return performance.now() - t;
  };
  const timeRules = () => {
    const t = performance.now();
    let events = 0;
    for (const n of notes) events += extractWithRules(n, segmentNote(n)).length;
    return [performance.now() - t, events] as const;
  };
  timeSegment();
  timeRules();
  const seg: number[] = [];
  const rules: number[] = [];
  let events = 0;
  for (let r = 0; r < 3; r++) {
    seg.push(timeSegment());
    const [ms, n] = timeRules();
    rules.push(ms);
    events = n;
  }
  const segMs = median(seg);
  const allMs = median(rules);
  const added = (allMs - segMs) / segMs;
  return [
    '## Rules extraction vs segmentation',
    '',
    `${notes.length.toLocaleString('en')} notes (the 21 dev notes repeated), one core; median of 3 interleaved rounds after a warm-up. ${events.toLocaleString('en')} events per round.`,
    '',
    '| step | time (ms) | notes/s |',
    '|---|---:|---:|',
    `| segmentation alone (\`segmentNote\`) | ${segMs.toFixed(0)} | ${(notes.length / (segMs / 1000)).toFixed(0)} |`,
    `| segmentation + rules extraction (\`extractWithRules\`) | ${allMs.toFixed(0)} | ${(notes.length / (allMs / 1000)).toFixed(0)} |`,
    '',
    `Rules extraction adds **${(added * 100).toFixed(0)} %** to segmentation time (target ≤ 50 %: ${added <= 0.5 ? 'met' : 'NOT met'}).`,
  ].join('\n');
}
