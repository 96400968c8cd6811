// Finding a quoted evidence string in the note: exactly, then after
// normalisation (mapped back through the offset map), then approximately.
import { normalize, toOriginalSpan, type NormalizedText } from '../segment/normalize.js';
import { lowerBound } from '../segment/search.js';

export interface Alignment {
  start: number;
  end: number;
  how: 'exact' | 'normalized' | 'fuzzy';
  /** Edit distance for fuzzy alignments (0 otherwise). */
  distance: number;
}

/**
 * Semi-global edit distance (Sellers): the best substring of `text` matching
 * `pattern`, as [start, end, distance]. O(|text|·|pattern|).
 */
function bestSubstring(text: string, pattern: string): [number, number, number] {
  const m = pattern.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  const startPrev = new Int32Array(m + 1);
  const startCur = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best: [number, number, number] = [0, 0, m];
  for (let j = 1; j <= text.length; j++) {
    cur[0] = 0;
    startCur[0] = j;
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const del = prev[i]! + 1;
      const ins = cur[i - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[i] = sub;
        startCur[i] = i === 1 ? j - 1 : startPrev[i - 1]!;
      } else if (del <= ins) {
        cur[i] = del;
        startCur[i] = startPrev[i]!;
      } else {
        cur[i] = ins;
        startCur[i] = startCur[i - 1]!;
      }
    }
    if (cur[m]! < best[2]) best = [startCur[m]!, j, cur[m]!];
    [prev, cur] = [cur, prev];
    startPrev.set(startCur);
  }
  return best;
}

/**
 * Where `evidence` is in the note: the first occurrence at or after `from` (then
 * anywhere) of the exact text, else of its normalised form, else the best
 * approximate match within `maxDistanceRatio` of its length. Undefined when none.
 */
export function alignEvidence(
  original: string,
  norm: NormalizedText,
  evidence: string,
  options: { from?: number; maxDistanceRatio?: number } = {},
): Alignment | undefined {
  const quote = evidence.trim();
  if (!quote) return undefined;
  const from = options.from ?? 0;
  let at = original.indexOf(quote, from);
  if (at < 0) at = original.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length, how: 'exact', distance: 0 };

  const nq = normalize(quote).text.trim();
  const fromNorm = lowerBound(norm.starts, from, (x) => x);
  let nAt = norm.text.indexOf(nq, fromNorm);
  if (nAt < 0) nAt = norm.text.indexOf(nq);
  if (nAt >= 0) {
    const [start, end] = toOriginalSpan(norm, nAt, nAt + nq.length);
    return { start, end, how: 'normalized', distance: 0 };
  }

  const ratio = options.maxDistanceRatio ?? 0.2;
  const [s, e, d] = bestSubstring(norm.text, nq);
  if (e > s && d <= Math.floor(nq.length * ratio)) {
    const [start, end] = toOriginalSpan(norm, s, e);
    return { start, end, how: 'fuzzy', distance: d };
  }
  return undefined;
}
