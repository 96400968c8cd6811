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

const pairHash = (c0: number, c1: number) => (Math.imul(c0, 0x9e37) ^ c1) & 0xffff;
// Bit sets over the 65,536 code units (8 KB each): the filters are read for every
// position of every note, for every dictionary, and byte tables of 64 KB each
// fell out of the first-level cache.
const newBits = () => new Int32Array(0x800);
const hasBit = (bits: Int32Array, k: number) => (bits[k >>> 5]! & (1 << (k & 31))) !== 0;
const setBit = (bits: Int32Array, k: number) => {
  bits[k >>> 5]! |= 1 << (k & 31);
};
/** The code units a key character matches in text: a folded (lower-case) ASCII letter matches both cases. */
const caseVariants = (c: number, fold: boolean) => (fold && c >= 97 && c <= 122 ? [c, c - 32] : [c]);

function edgeOk(text: string, start: number, end: number): boolean {
  return !(start > 0 && sameWord(text.charCodeAt(start - 1), text.charCodeAt(start))) && !(end < text.length && sameWord(text.charCodeAt(end - 1), text.charCodeAt(end)));
}

/**
 * Which positions of a text may start a spelling, by code unit: `starts` when
 * some spelling starts with it, `singles` when a one-character spelling is it;
 * `pairs` holds a hash of every longer spelling's first two code units (both
 * cases for folded ones). Most positions that pass the first test (any katakana
 * or Latin letter, for the drug names) fail the second.
 */
class StartFilter {
  readonly starts = newBits();
  readonly singles = newBits();
  readonly pairs = newBits();

  add(key: string, fold: boolean): void {
    const firsts = caseVariants(key.charCodeAt(0), fold);
    for (const c0 of firsts) setBit(key.length === 1 ? this.singles : this.starts, c0);
    if (key.length > 1) for (const c0 of firsts) for (const c1 of caseVariants(key.charCodeAt(1), fold)) setBit(this.pairs, pairHash(c0, c1));
  }

  mayStartAt(text: string, i: number, to: number): boolean {
    const c0 = text.charCodeAt(i);
    if (hasBit(this.singles, c0)) return true;
    return hasBit(this.starts, c0) && i + 1 < to && hasBit(this.pairs, pairHash(c0, text.charCodeAt(i + 1)));
  }

  /** A filter passing what any of `filters` passes. */
  static union(filters: StartFilter[]): StartFilter {
    const u = new StartFilter();
    for (const f of filters) {
      for (let w = 0; w < u.starts.length; w++) {
        u.starts[w]! |= f.starts[w]!;
        u.singles[w]! |= f.singles[w]!;
        u.pairs[w]! |= f.pairs[w]!;
      }
    }
    return u;
  }
}

/**
 * A dictionary of spellings (normalised with NFKC). Short all-Latin spellings
 * (≤ 5 characters: CDDP, Bev, ALK) match case-sensitively; longer ones
 * (Osimertinib, pembrolizumab) in any case.
 */
export class Lexicon<T> {
  private readonly exact: TrieNode<T> = { next: new Map() };
  private readonly folded: TrieNode<T> = { next: new Map() };
  /** @internal */
  readonly filter = new StartFilter();

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
      this.filter.add(key, fold);
    }
  }

  /**
   * The longest spelling starting at `i` that ends by `to` and respects the word edges.
   * @internal
   */
  longestAt(text: string, i: number, to: number): { end: number; value: T } | undefined {
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
    return scan([this], this.filter, text, from, to)[0] as LexiconHit<T>[];
  }
}

type HitsOf<L extends readonly Lexicon<unknown>[]> = { -readonly [K in keyof L]: L[K] extends Lexicon<infer T> ? LexiconHit<T>[] : never };

/**
 * Several lexicons read in one pass: `find` gives what each lexicon's own
 * `find` gives, reading the text once for all of them instead of once each.
 */
export class LexiconGroup<L extends readonly Lexicon<unknown>[]> {
  readonly lexicons: L;
  readonly #filter: StartFilter;

  constructor(lexicons: L) {
    this.lexicons = lexicons;
    this.#filter = StartFilter.union(lexicons.map((l) => l.filter));
  }

  find(text: string, from = 0, to = text.length): HitsOf<L> {
    return scan(this.lexicons, this.#filter, text, from, to) as HitsOf<L>;
  }
}

function scan(lexicons: readonly Lexicon<unknown>[], any: StartFilter, text: string, from: number, to: number): LexiconHit<unknown>[][] {
  const out: LexiconHit<unknown>[][] = lexicons.map(() => []);
  // Where each lexicon may start its next hit (a lexicon's hits do not overlap).
  const nextFree: number[] = lexicons.map(() => from);
  const one = lexicons.length === 1;
  for (let i = from; i < to; i++) {
    // Most positions start no spelling: bit reads before anything else.
    if (!any.mayStartAt(text, i, to)) continue;
    // No spelling starts inside a Latin or katakana word.
    if (i > 0 && sameWord(text.charCodeAt(i - 1), text.charCodeAt(i))) continue;
    for (let k = 0; k < lexicons.length; k++) {
      const lexicon = lexicons[k]!;
      if (i < nextFree[k]! || (!one && !lexicon.filter.mayStartAt(text, i, to))) continue;
      const hit = lexicon.longestAt(text, i, to);
      if (hit) {
        out[k]!.push({ start: i, end: hit.end, spelling: text.slice(i, hit.end), value: hit.value });
        nextFree[k] = hit.end;
      }
    }
  }
  return out;
}
