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

// Keyed by UTF-16 code unit: numeric keys, and no one-character strings made per position.
interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

// Character classes by code unit (this runs for every position of every note).
const isLatin = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isKatakana = (c: number) => (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fc;
/** Two adjacent characters of one Latin or one katakana word. */
const sameWord = (a: number, b: number) => (isLatin(a) && isLatin(b)) || (isKatakana(a) && isKatakana(b));

function edgeOk(text: string, start: number, end: number): boolean {
  return !(start > 0 && sameWord(text.charCodeAt(start - 1), text.charCodeAt(start))) && !(end < text.length && sameWord(text.charCodeAt(end - 1), text.charCodeAt(end)));
}

/**
 * A dictionary of spellings (normalised with NFKC). Short all-Latin spellings
 * (≤ 5 characters: CDDP, Bev, ALK) match case-sensitively; longer ones
 * (Osimertinib, pembrolizumab) in any case.
 */
export class Lexicon<T> {
  private readonly exact: TrieNode<T> = { next: new Map() };
  private readonly folded: TrieNode<T> = { next: new Map() };
  /** 1 for every code unit some spelling can start with (either trie, either case). */
  private readonly starts = new Uint8Array(0x10000);

  constructor(entries: Iterable<{ spelling: string; value: T }>) {
    for (const { spelling, value } of entries) {
      const s = spelling.normalize('NFKC');
      if (!s) continue;
      const fold = /^[\x20-\x7e]{6,}$/.test(s) && /[A-Za-z]/.test(s);
      let node = fold ? this.folded : this.exact;
      const key = fold ? s.toLowerCase() : s;
      for (let k = 0; k < key.length; k++) {
        const code = key.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map() }));
        node = child;
      }
      node.value = value;
      const first = key.charCodeAt(0);
      this.starts[first] = 1;
      if (fold && first >= 97 && first <= 122) this.starts[first - 32] = 1;
    }
  }

  /** The longest spelling starting at `i` that ends by `to` and respects the word edges. */
  private longestAt(text: string, i: number, to: number): { end: number; value: T } | undefined {
    let bestEnd = -1;
    let bestValue: T | undefined;
    const first = text.charCodeAt(i);
    for (let pass = 0; pass < 2; pass++) {
      const fold = pass === 1;
      let node: TrieNode<T> | undefined = fold ? this.folded : this.exact;
      // Skip a trie that has no spelling starting with this character.
      if (!node.next.has(fold && first >= 65 && first <= 90 ? first + 32 : first)) continue;
      for (let j = i; j < to && node; j++) {
        let code = text.charCodeAt(j);
        if (fold && code >= 65 && code <= 90) code += 32; // ASCII lower case
        node = node.next.get(code);
        if (node !== undefined && node.value !== undefined && j + 1 > bestEnd && edgeOk(text, i, j + 1)) {
          bestEnd = j + 1;
          bestValue = node.value;
        }
      }
    }
    return bestEnd < 0 ? undefined : { end: bestEnd, value: bestValue as T };
  }

  /** Non-overlapping hits, longest first at each position, left to right. */
  find(text: string, from = 0, to = text.length): LexiconHit<T>[] {
    const out: LexiconHit<T>[] = [];
    const starts = this.starts;
    for (let i = from; i < to; ) {
      // Most positions start no spelling: one table read, before anything else.
      if (!starts[text.charCodeAt(i)]) {
        i++;
        continue;
      }
      // No spelling starts inside a Latin or katakana word.
      if (i > 0 && sameWord(text.charCodeAt(i - 1), text.charCodeAt(i))) {
        i++;
        continue;
      }
      const hit = this.longestAt(text, i, to);
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
