// Longest-leftmost dictionary matching over normalised text, with word
// boundaries that suit each script: Latin spellings must not touch other
// Latin letters or digits (CBDCA, not xCBDCAy); katakana spellings must not
// touch other katakana; kanji spellings match anywhere.

export interface LexiconHit<T> {
  start: number;
  end: number;
  spelling: string;
  value: T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_EDGE = /[A-Za-z0-9]/;
const KATAKANA = /[ァ-ヶー]/;

function bounded(spelling: string): string {
  const first = spelling[0]!;
  const last = spelling[spelling.length - 1]!;
  const before = LATIN_EDGE.test(first) ? '(?<![A-Za-z0-9])' : KATAKANA.test(first) ? '(?<![ァ-ヶー])' : '';
  const after = LATIN_EDGE.test(last) ? '(?![A-Za-z0-9])' : KATAKANA.test(last) ? '(?![ァ-ヶー])' : '';
  return before + escape(spelling) + after;
}

/**
 * A dictionary of spellings (already normalised with NFKC). Short all-Latin
 * spellings (≤ 5 characters: CDDP, Bev, ALK) match case-sensitively, longer ones
 * (Osimertinib, pembrolizumab) in any case.
 */
export class Lexicon<T> {
  private readonly exact: RegExp | undefined;
  private readonly folded: RegExp | undefined;
  private readonly byExact = new Map<string, T>();
  private readonly byFolded = new Map<string, T>();

  constructor(entries: Iterable<{ spelling: string; value: T }>) {
    const exact: string[] = [];
    const folded: string[] = [];
    for (const { spelling, value } of entries) {
      const s = spelling.normalize('NFKC');
      if (!s) continue;
      if (/^[\x20-\x7e]{6,}$/.test(s) && /[A-Za-z]/.test(s)) {
        if (!this.byFolded.has(s.toLowerCase())) folded.push(s);
        this.byFolded.set(s.toLowerCase(), value);
      } else {
        if (!this.byExact.has(s)) exact.push(s);
        this.byExact.set(s, value);
      }
    }
    const compile = (list: string[], flags: string) =>
      list.length ? new RegExp(list.sort((a, b) => b.length - a.length).map(bounded).join('|'), flags) : undefined;
    this.exact = compile(exact, 'g');
    this.folded = compile(folded, 'gi');
  }

  /** Non-overlapping hits, longest first at each position, left to right. */
  find(text: string, from = 0, to = text.length): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    const run = (re: RegExp | undefined, lookup: (s: string) => T | undefined) => {
      if (!re) return;
      re.lastIndex = from;
      for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
        if (m.index + m[0].length > to) continue;
        const value = lookup(m[0]);
        if (value !== undefined) hits.push({ start: m.index, end: m.index + m[0].length, spelling: m[0], value });
        if (m[0].length === 0) re.lastIndex++;
      }
    };
    run(this.exact, (s) => this.byExact.get(s));
    run(this.folded, (s) => this.byFolded.get(s.toLowerCase()));
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: LexiconHit<T>[] = [];
    let end = -1;
    for (const h of hits) {
      if (h.start < end) continue;
      out.push(h);
      end = h.end;
    }
    return out;
  }
}
