// Longest-leftmost dictionary matching over normalised text, with word
// boundaries that suit each script: Latin spellings must not touch other
// Latin letters or digits (CBDCA, not xCBDCAy); katakana spellings must not
// touch other katakana; kanji spellings match anywhere. A character trie, not
// a regex alternation: a thousand-way alternation is tried at every position.

export interface LexiconHit<T> {
  start: number;
  end: number;
  spelling: string;
  value: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  value?: T;
}

const LATIN_EDGE = /[A-Za-z0-9]/;
const KATAKANA = /[ァ-ヶー]/;

function edgeOk(text: string, start: number, end: number): boolean {
  const first = text[start]!;
  const last = text[end - 1]!;
  const before = text[start - 1];
  const after = text[end];
  if (LATIN_EDGE.test(first) && before !== undefined && LATIN_EDGE.test(before)) return false;
  if (KATAKANA.test(first) && before !== undefined && KATAKANA.test(before)) return false;
  if (LATIN_EDGE.test(last) && after !== undefined && LATIN_EDGE.test(after)) return false;
  if (KATAKANA.test(last) && after !== undefined && KATAKANA.test(after)) return false;
  return true;
}

/**
 * A dictionary of spellings (normalised with NFKC). Short all-Latin spellings
 * (≤ 5 characters: CDDP, Bev, ALK) match case-sensitively; longer ones
 * (Osimertinib, pembrolizumab) in any case.
 */
export class Lexicon<T> {
  private readonly exact: TrieNode<T> = { next: new Map() };
  private readonly folded: TrieNode<T> = { next: new Map() };

  constructor(entries: Iterable<{ spelling: string; value: T }>) {
    for (const { spelling, value } of entries) {
      const s = spelling.normalize('NFKC');
      if (!s) continue;
      const fold = /^[\x20-\x7e]{6,}$/.test(s) && /[A-Za-z]/.test(s);
      let node = fold ? this.folded : this.exact;
      for (const ch of fold ? s.toLowerCase() : s) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.value = value;
    }
  }

  /** The longest spelling starting at `i` that ends by `to` and respects the word edges. */
  private longestAt(text: string, lower: string, i: number, to: number): { end: number; value: T } | undefined {
    let best: { end: number; value: T } | undefined;
    for (let pass = 0; pass < 2; pass++) {
      const root = pass === 0 ? this.exact : this.folded;
      const src = pass === 0 ? text : lower;
      if (root.next.size === 0) continue;
      let node: TrieNode<T> | undefined = root;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(src[j]!);
        if (node?.value !== undefined && (!best || j + 1 > best.end) && edgeOk(text, i, j + 1)) best = { end: j + 1, value: node.value };
      }
    }
    return best;
  }

  /** Non-overlapping hits, longest first at each position, left to right. */
  find(text: string, from = 0, to = text.length): LexiconHit<T>[] {
    const folding = this.folded.next.size > 0;
    const lower = folding ? text.toLowerCase() : text;
    const out: LexiconHit<T>[] = [];
    for (let i = from; i < to; ) {
      const hit = this.exact.next.has(text[i]!) || (folding && this.folded.next.has(lower[i]!)) ? this.longestAt(text, lower, i, to) : undefined;
      if (hit) {
        out.push({ start: i, end: hit.end, spelling: text.slice(i, hit.end), value: hit.value });
        i = hit.end;
      } else {
        i++;
      }
    }
    return out;
  }
}
