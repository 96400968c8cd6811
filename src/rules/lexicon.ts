// Longest-leftmost dictionary matching over normalised text, with word
// boundaries that suit each script: Latin spellings must not touch other
// Latin letters or digits (CBDCA, not xCBDCAy); katakana spellings must not
// touch other katakana; kanji spellings match anywhere. A character trie, not
// a regex alternation: a thousand-way alternation is tried at every position.
//
// This runs over every position of every note, so it is written for speed: the
// trie is one open-addressing hash table of (node, code unit) → node in typed
// arrays (a Map per node cost more than everything else the rules do), and
// byte tables by code unit decide in one or two reads whether a position can
// start a spelling of which lexicon.

export interface LexiconHit<T> {
  start: number;
  end: number;
  spelling: string;
  value: T;
}

// Character classes by code unit.
const isLatin = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isKatakana = (c: number) => (c >= 0x30a1 && c <= 0x30f6) || c === 0x30fc;
/** Two adjacent characters of one Latin or one katakana word. */
const sameWord = (a: number, b: number) => (isLatin(a) && isLatin(b)) || (isKatakana(a) && isKatakana(b));

function edgeOk(text: string, start: number, end: number): boolean {
  if (start > 0 && sameWord(text.charCodeAt(start - 1), text.charCodeAt(start)) && !scheduleBefore(text, start)) return false;
  return !(end < text.length && sameWord(text.charCodeAt(end - 1), text.charCodeAt(end))) || countOrDoseAfter(text, end);
}

const SCHEDULE_BEFORE = /(?:^|[^A-Za-z])(?:bi|tri)?weekly$/i;
/**
 * A schedule written against the spelling after it: weeklyPTX, weekly5-FU, biweeklyCPT-11
 * (checked only where the edge test fails, and past a y only).
 */
function scheduleBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return (c === 121 || c === 89) && SCHEDULE_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

const COURSE_OR_DOSE_WORD = /^(?:コース|クール|サイクル|回|[Kk]ur|[Cc]ycle|[Cc]ourse|[Cc]yc?(?![A-Za-z])|mg|μg|mcg|g(?![A-Za-z])|単位)/;
/**
 * A course count or a dose written against a Latin spelling that ends in a letter: FP2コース, AC4サイクル, 5FU700mg/m2
 * (checked only where the edge test fails).
 */
function countOrDoseAfter(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (!((last >= 65 && last <= 90) || (last >= 97 && last <= 122))) return false;
  let i = end;
  while (i < text.length && i - end < 5 && ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || (i > end && text[i] === '.'))) i++;
  return i > end && i - end <= 4 && COURSE_OR_DOSE_WORD.test(text.slice(i, i + 6));
}

const pairHash = (c0: number, c1: number) => (Math.imul(c0, 0x9e37) ^ c1) & 0xffff;
/** The code units a key character matches in text: a folded (lower-case) ASCII letter matches both cases. */
const caseVariants = (c: number, fold: boolean) => (fold && c >= 97 && c <= 122 ? [c, c - 32] : [c]);

const EXACT_ROOT = 0;
const FOLDED_ROOT = 1;

/**
 * A trie over UTF-16 code units: nodes are numbers, edges one open-addressing
 * hash table whose slots are (from, code, to) triples side by side in one typed
 * array, so a probe touches one cache line.
 */
class Trie<T> {
  #size = 2; // the two roots
  readonly values: (T | undefined)[] = [undefined, undefined];
  #mask = 1023;
  #edges = 0;
  #slots = Trie.#emptySlots(1024);

  static #emptySlots(n: number): Int32Array {
    const slots = new Int32Array(3 * n);
    for (let s = 0; s < slots.length; s += 3) slots[s] = -1;
    return slots;
  }

  #slot(node: number, code: number): number {
    return ((Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7) & this.#mask;
  }

  /** The child of `node` by `code`, or -1. */
  child(node: number, code: number): number {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let s = this.#slot(node, code); ; s = (s + 1) & mask) {
      const f = slots[3 * s]!;
      if (f === -1) return -1;
      if (f === node && slots[3 * s + 1] === code) return slots[3 * s + 2]!;
    }
  }

  /** The child of `node` by `code`, made if missing. */
  childOrNew(node: number, code: number): number {
    const existing = this.child(node, code);
    if (existing >= 0) return existing;
    if (2 * (this.#edges + 1) > this.#mask + 1) this.#grow();
    const id = this.#size++;
    this.values.push(undefined);
    this.#put(node, code, id);
    return id;
  }

  #put(node: number, code: number, id: number): void {
    const mask = this.#mask;
    let s = this.#slot(node, code);
    while (this.#slots[3 * s] !== -1) s = (s + 1) & mask;
    this.#slots[3 * s] = node;
    this.#slots[3 * s + 1] = code;
    this.#slots[3 * s + 2] = id;
    this.#edges++;
  }

  #grow(): void {
    const old = this.#slots;
    const n = 2 * (this.#mask + 1);
    this.#mask = n - 1;
    this.#slots = Trie.#emptySlots(n);
    this.#edges = 0;
    for (let s = 0; s < old.length; s += 3) if (old[s] !== -1) this.#put(old[s]!, old[s + 1]!, old[s + 2]!);
  }
}

/**
 * A dictionary of spellings (normalised with NFKC). Short all-Latin spellings
 * (≤ 5 characters: CDDP, Bev, ALK) match case-sensitively; longer ones
 * (Osimertinib, pembrolizumab) in any case.
 */
export class Lexicon<T> {
  readonly #trie = new Trie<T>();
  /** Code units some spelling of two or more starts with; one-character spellings; hashes of first pairs. */
  readonly #firsts = new Set<number>();
  readonly #singles = new Set<number>();
  readonly #pairs = new Set<number>();
  #alone: LexiconGroup<[Lexicon<T>]> | undefined;

  constructor(entries: Iterable<{ spelling: string; value: T }>) {
    for (const { spelling, value } of entries) {
      const s = spelling.normalize('NFKC');
      if (!s) continue;
      const fold = /^[\x20-\x7e]{6,}$/.test(s) && /[A-Za-z]/.test(s);
      const key = fold ? s.toLowerCase() : s;
      let node = fold ? FOLDED_ROOT : EXACT_ROOT;
      for (let k = 0; k < key.length; k++) node = this.#trie.childOrNew(node, key.charCodeAt(k));
      this.#trie.values[node] = value;
      const firsts = caseVariants(key.charCodeAt(0), fold);
      for (const c0 of firsts) (key.length === 1 ? this.#singles : this.#firsts).add(c0);
      if (key.length > 1) for (const c0 of firsts) for (const c1 of caseVariants(key.charCodeAt(1), fold)) this.#pairs.add(pairHash(c0, c1));
    }
  }

  /** @internal Marks this lexicon's start filters with `bit` in a group's tables. */
  markFilters(bit: number, firsts: Uint8Array, singles: Uint8Array, pairs: Uint8Array): void {
    for (const c of this.#firsts) firsts[c]! |= bit;
    for (const c of this.#singles) singles[c]! |= bit;
    for (const h of this.#pairs) pairs[h]! |= bit;
  }

  /**
   * @internal The longest spelling starting at `i` that ends by `to` and respects
   * the word edges: its end, or -1 (its value is then {@link lastValue}).
   */
  longestAt(text: string, i: number, to: number): number {
    const trie = this.#trie;
    let bestEnd = -1;
    const first = text.charCodeAt(i);
    for (let pass = 0; pass < 2; pass++) {
      const fold = pass === 1;
      let node = trie.child(fold ? FOLDED_ROOT : EXACT_ROOT, fold && first >= 65 && first <= 90 ? first + 32 : first);
      for (let j = i + 1; node >= 0; j++) {
        const value = trie.values[node];
        if (value !== undefined && j > bestEnd && edgeOk(text, i, j)) {
          bestEnd = j;
          this.lastValue = value;
        }
        if (j >= to) break;
        let code = text.charCodeAt(j);
        if (fold && code >= 65 && code <= 90) code += 32; // ASCII lower case
        node = trie.child(node, code);
      }
    }
    return bestEnd;
  }
  /** @internal The value of the last hit {@link longestAt} found (no object per walk). */
  lastValue: T | undefined;

  /** Non-overlapping hits, longest first at each position, left to right. */
  find(text: string, from = 0, to = text.length): LexiconHit<T>[] {
    return (this.#alone ??= new LexiconGroup([this] as [Lexicon<T>])).find(text, from, to)[0];
  }
}

type HitsOf<L extends readonly Lexicon<unknown>[]> = { -readonly [K in keyof L]: L[K] extends Lexicon<infer T> ? LexiconHit<T>[] : never };

/**
 * Up to eight lexicons read in one pass: `find` gives what each lexicon's own
 * `find` gives, reading the text once for all of them instead of once each.
 */
export class LexiconGroup<L extends readonly Lexicon<unknown>[]> {
  readonly lexicons: L;
  // By code unit, one bit per lexicon: some spelling of two or more code units
  // starts with it; a one-code-unit spelling is it. By hash of the first two code
  // units: some spelling starts with that pair. Most positions that pass the
  // first test (any katakana or Latin letter, for the drug names) fail the pair.
  readonly #firsts = new Uint8Array(0x10000);
  readonly #singles = new Uint8Array(0x10000);
  readonly #pairs = new Uint8Array(0x10000);
  // The code units either byte table marks, as a bit set read first: 8 KB stay
  // in the first-level cache where three 64 KB tables read at every position did not.
  readonly #any = new Int32Array(0x800);
  // Likewise the pair hashes any lexicon marks, read before the per-lexicon byte table.
  readonly #anyPair = new Int32Array(0x800);

  constructor(lexicons: L) {
    if (lexicons.length > 8) throw new RangeError('a LexiconGroup holds at most 8 lexicons');
    this.lexicons = lexicons;
    lexicons.forEach((l, k) => l.markFilters(1 << k, this.#firsts, this.#singles, this.#pairs));
    for (let c = 0; c < 0x10000; c++) {
      if (this.#firsts[c]! | this.#singles[c]!) this.#any[c >>> 5]! |= 1 << (c & 31);
      if (this.#pairs[c]!) this.#anyPair[c >>> 5]! |= 1 << (c & 31);
    }
  }

  find(text: string, from = 0, to = text.length): HitsOf<L> {
    const lexicons = this.lexicons;
    const firsts = this.#firsts;
    const singles = this.#singles;
    const pairs = this.#pairs;
    const any = this.#any;
    const anyPair = this.#anyPair;
    const out: LexiconHit<unknown>[][] = lexicons.map(() => []);
    // Where each lexicon may start its next hit (a lexicon's hits do not overlap).
    const nextFree: number[] = lexicons.map(() => from);
    for (let i = from; i < to; i++) {
      const c0 = text.charCodeAt(i);
      if ((any[c0 >>> 5]! & (1 << (c0 & 31))) === 0) continue;
      let may = firsts[c0]!;
      const single = singles[c0]!;
      if ((may | single) === 0) continue;
      if (may !== 0) {
        const h = i + 1 < to ? pairHash(c0, text.charCodeAt(i + 1)) : -1;
        may = h >= 0 && (anyPair[h >>> 5]! & (1 << (h & 31))) !== 0 ? may & pairs[h]! : 0;
      }
      may |= single;
      if (may === 0) continue;
      // No spelling starts inside a Latin or katakana word.
      if (i > 0 && sameWord(text.charCodeAt(i - 1), c0) && !scheduleBefore(text, i)) continue;
      for (let k = 0; k < lexicons.length; k++) {
        if ((may & (1 << k)) === 0 || i < nextFree[k]!) continue;
        const lexicon = lexicons[k]!;
        const end = lexicon.longestAt(text, i, to);
        if (end >= 0) {
          out[k]!.push({ start: i, end, spelling: text.slice(i, end), value: lexicon.lastValue });
          nextFree[k] = end;
        }
      }
    }
    return out as HitsOf<L>;
  }
}
