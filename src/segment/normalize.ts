// Offset-keeping normalisation. Every transformation of note text goes through
// here so that any span found in the normalised text maps back exactly to the
// original (as unified's vfile keeps positions).
//
// What it does, unit by unit (a unit is a character plus any combining or
// half-width voicing marks after it, so NFKC can compose ｶﾞ → ガ):
// - NFKC: full-width digits, letters and punctuation to ASCII (１２／３ → 12/3),
//   half-width katakana to full-width, Ⅳ → IV, ㎎ → mg.
// - Circled numbers are list marks, not digits: ① → (1), as NFKC gives ⑴ (NFKC's
//   ① → 1 would run into a date after it: ①2021/4～ read as 12021/4).
// - Wave dashes 〜 (U+301C), ～ and ~ all become ~; minus-like dashes become -; a box-drawn
//   table's vertical rules (│ ┃ ║) become |, as a pipe table writes them.
// - Runs of spaces and tabs (including the ideographic space) become one space.
// - Numbers in kanji numerals that are parts of a date (令和七年十一月十五日, 二〇二五年三月,
//   三月上旬) become ASCII digits (令和7年11月15日), so dates in formal writing read as any other.
// - Full-width ． and ， are the sentence's 。 and 、 as academic writing uses them (…と診断された．), except
//   inside a number (３．５ｃｍ, １，２００) or after an era's letter (Ｒ６．３．１２), where they are . and ,;
//   and ． after a list item's number (傷病名：１．肺腺癌　２．脳転移) is a . too.
// - A printout's line numbers (0001 …, 0002 …, opening every line and counting up) are its margin,
//   not its text: they are dropped, so that a line's role (a #heading, a dated entry) reads as without them.
// - So are an e-mail's quote marks (> or >> opening the lines of a quoted message, at least two of them):
//   the quoted message is text as any other.
// - A dictation that speech recognition left unpunctuated (…7コース目ですね副作用は軽い下痢と…) gets its
//   sentence ends: a 。 after a polite sentence-final form (です, ます, でした, ました, ません, and ね or よ after
//   them) where a word, not a particle, goes on, on a line long enough and with no 。 at all; and, where the line
//   has no 、 either, a 、 after a clause joined by a verb's て-form, ので or ところで. The mark maps to the unit
//   before it, as an expansion of it, so no span begins or ends in text the note does not hold.
// Newlines are kept, so lines are the same in both texts.

const COMBINING = /[\u0300-\u036f\u3099\u309a\uff9e\uff9f\ufe00-\ufe0f]/;
const SPACE = /[ \t\u3000\u00a0\u2000-\u200b\u202f\u205f]/;

const EXTRA_FOLDS: Record<string, string> = {
  '\u301c': '~', // 〜 WAVE DASH (NFKC leaves it)
  '\u2053': '~', // ⁓ SWUNG DASH
  '\u223c': '~', // ∼ TILDE OPERATOR
  '\u2212': '-', // − MINUS SIGN
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // – EN DASH
  '\u2014': '-', // — EM DASH
  '\u2015': '-', // ― HORIZONTAL BAR
  // A table drawn with box-drawing characters separates its cells as a pipe table does.
  '\u2502': '|', // │ BOX DRAWINGS LIGHT VERTICAL
  '\u2503': '|', // ┃ BOX DRAWINGS HEAVY VERTICAL
  '\u2551': '|', // ║ BOX DRAWINGS DOUBLE VERTICAL
};

/** Code points NFKC leaves as they are and that are common in notes: a fast path. */
function isStable(code: number): boolean {
  return (
    (code < 0x80 && code !== 0x09 && code !== 0x20) ||
    (code >= 0x3041 && code <= 0x3096) || // hiragana
    (code >= 0x30a1 && code <= 0x30fa) || // katakana
    code === 0x30fc || // ー
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    code === 0x3001 ||
    code === 0x3002
  );
}

const KANJI_DIGITS = '〇一二三四五六七八九';
const ERA_NAMES = ['令和', '平成', '昭和', '大正'];
const MONTH_PARTS = ['上旬', '初旬', '中旬', '下旬'];

/** Whether `code` is a kanji numeral of dates: 〇 to 九, and 十. */
function isKanjiNumeral(code: number): boolean {
  switch (code) {
    case 0x3007: case 0x4e00: case 0x4e8c: case 0x4e09: case 0x56db: case 0x4e94:
    case 0x516d: case 0x4e03: case 0x516b: case 0x4e5d: case 0x5341:
      return true;
    default:
      return false;
  }
}

/** The value of a kanji numeral: positional (二〇二五 → 2025) or with 十 (十 → 10, 二十七 → 27); NaN if neither. */
function kanjiNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return [...s].reduce((v, c) => v * 10 + KANJI_DIGITS.indexOf(c), 0);
  if (ten > 1 || s.indexOf('十', ten + 1) >= 0 || s.length - ten > 2) return NaN;
  const tens = ten === 0 ? 1 : KANJI_DIGITS.indexOf(s[0]!);
  const ones = ten === s.length - 1 ? 0 : KANJI_DIGITS.indexOf(s[ten + 1]!);
  return tens < 1 || ones < 0 ? NaN : tens * 10 + ones;
}

/**
 * The kanji numeral starting at `i` as ASCII digits, with where it ends, when it is a
 * part of a date: an era's year (令和七年), a year in four positional digits (二〇二五年),
 * a month after a year (…年十一月) or before its day or its part of the month (三月十日,
 * 三月上旬), a day after its month (…月十五日). Anything else (十二指腸, 一年生, 一日3回) is left.
 */
function kanjiDatePart(original: string, i: number): [string, number] | undefined {
  let j = i + 1;
  while (j < original.length && isKanjiNumeral(original.charCodeAt(j))) j++;
  const run = original.slice(i, j);
  const unit = original[j];
  const before = original[i - 1];
  let fits = false;
  if (unit === '年') fits = ERA_NAMES.includes(original.slice(i - 2, i)) || (run.length === 4 && !run.includes('十'));
  else if (unit === '月') {
    const next = original.charCodeAt(j + 1);
    fits = before === '年' || MONTH_PARTS.includes(original.slice(j + 1, j + 3)) || (isKanjiNumeral(next) && kanjiDatePart(original, j + 1) !== undefined);
  } else if (unit === '日') fits = before === '月';
  if (!fits) return undefined;
  const value = kanjiNumber(run);
  if (!(value >= 0)) return undefined;
  // (Months and days are 1–31 at most; a year's value is checked by the date scanner.)
  if (unit !== '年' && (value < 1 || value > 31)) return undefined;
  return [String(value), j];
}

const LINE_NUMBER = /^(\d{3,5})[ \t\u3000]+/;

/** Where each line's number ends, when every line that is not empty opens with one, from 0…, counting up by one. */
function lineNumberMargins(original: string): Map<number, number> | undefined {
  if (original.charCodeAt(0) !== 0x30) return undefined; // (a printout's first line opens with 0…)
  const margins = new Map<number, number>();
  let expected: number | undefined;
  let start = 0;
  while (start <= original.length) {
    let end = original.indexOf('\n', start);
    if (end < 0) end = original.length;
    const line = original.slice(start, end);
    if (line.trim() !== '') {
      const m = LINE_NUMBER.exec(line);
      if (!m || (expected !== undefined && Number(m[1]) !== expected)) return undefined;
      expected = Number(m[1]) + 1;
      margins.set(start, start + m[0].length);
    }
    start = end + 1;
  }
  return margins.size >= 3 ? margins : undefined;
}

// An e-mail's quote marks opening a line: >, >> or > > (full-width too), and the spaces after them.
const QUOTE_MARKS = /^[ \t\u3000]*(?:[>＞][ \t\u3000]*)+/gm;

/** Where each quoted line's marks end, when at least two lines of the note open with > (an e-mail's quoted message). */
function quoteMargins(original: string): Map<number, number> | undefined {
  const marks = [...original.matchAll(QUOTE_MARKS)];
  return marks.length >= 2 ? new Map(marks.map((m) => [m.index, m.index + m[0].length])) : undefined;
}

// What goes on after a dictation's missing mark: a word (kanji, katakana, Latin letters or digits, half- or
// full-width), not a particle.
const WORD_NEXT = String.raw`(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a])`;
// A polite sentence-final form a dictation runs on from: …7コース目ですね副作用は….
const POLITE_SENTENCE_END = new RegExp(String.raw`(?:です|ます|でした|ました|ません|でしょう)(?:ね|よ)?${WORD_NEXT}`, 'gu');
// A verb's て-form, ので and ところで join clauses as a comma would (診断されて遠隔転移は…, PDでしたので6月からは…);
// not the particles written with て (にて, として, に対して, について, によって, にかけて …).
const CLAUSE_JOIN = new RegExp(String.raw`(?:(?<!に|とし|対し|つい|よっ|おい|関し|際し|通じ|通し|用い|伴っ|沿っ|とっ|もっ|応じ|基づい|従っ|加え|経|わたっ|かけ|含め|併せ)て|ので|ところで|ということで)${WORD_NEXT}`, 'gu');
// A line this long with no 。 is a run-on dictation, not a form's field or a table's row; with no 、 either, its
// clauses are unmarked too.
const DICTATION_LINE = 40;

/** Where a dictation leaves out its marks: original offsets, each with the 。 or 、 that belongs there. */
function dictationMarks(original: string): Map<number, string> | undefined {
  let marks: Map<number, string> | undefined;
  const add = (re: RegExp, mark: string, needsNoComma: boolean) => {
    // (Matches come in order, so a line is found and judged once for all of its matches.)
    let lineEnd = -1;
    let dictated = false;
    for (const m of original.matchAll(re)) {
      if (m.index >= lineEnd) {
        const start = original.lastIndexOf('\n', m.index) + 1;
        const newline = original.indexOf('\n', m.index);
        lineEnd = newline < 0 ? original.length : newline;
        const line = original.slice(start, lineEnd);
        dictated = line.length >= DICTATION_LINE && !/[。．]/.test(line) && !(needsNoComma && /[、，]/.test(line));
      }
      const at = m.index + m[0].length;
      if (dictated && !marks?.has(at)) (marks ??= new Map()).set(at, mark);
    }
  };
  add(POLITE_SENTENCE_END, '。', false);
  add(CLAUSE_JOIN, '、', true);
  return marks;
}

/** A digit, half- or full-width, by its code unit. */
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Whether the mark at `i` stands inside a number or a dotted date: a digit after it, and a digit or a letter before. */
function inNumber(original: string, i: number): boolean {
  const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
  const before = original.charCodeAt(i - 1);
  return isDigit(original.charCodeAt(i + 1)) && (isDigit(before) || isLetter(before));
}

/**
 * True when the character at `i` follows a list item's number of one or two digits opening a line or
 * an item (１．肺腺癌, 傷病名：１．…　２．…), not a digit in a sentence (…は２．) nor before another digit.
 */
function afterListNumber(original: string, i: number): boolean {
  if (isDigit(original.charCodeAt(i + 1))) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && isDigit(original.charCodeAt(k))) k--;
  const digits = i - 1 - k;
  if (digits < 1 || digits > 2) return false;
  return k < 0 || ITEM_OPENING_BEFORE.has(original.charCodeAt(k));
}
// What may stand before a list item's number: a line's start, a space, a label's colon.
const ITEM_OPENING_BEFORE = new Set([0x0a, 0x0d, 0x09, 0x20, 0x3000, 0x3a, 0xff1a]);

/** Normalised text with a map back to the original. */
export interface NormalizedText {
  /** The original text. */
  readonly original: string;
  /** The normalised text. */
  readonly text: string;
  /** For each normalised index i, the original offset where the unit that produced it starts. */
  readonly starts: Int32Array;
  /** For each normalised index i, the original offset where the unit that produced it ends. */
  readonly ends: Int32Array;
}

/** Normalises `original` (NFKC, dash and space folding) keeping a map back to it. */
export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  // Upper bound: NFKC can expand a unit (㍻ → 平成), so grow as needed.
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let n = 0;
  const emit = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      if (n === starts.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[n] = from;
      ends[n] = to;
      n++;
    }
    out.push(s);
  };

  let i = 0;
  const len = original.length;
  const margins = lineNumberMargins(original) ?? quoteMargins(original);
  const dictation = dictationMarks(original);
  while (i < len) {
    if (margins && (i === 0 || original.charCodeAt(i - 1) === 0x0a)) i = margins.get(i) ?? i;
    if (i >= len) break;
    const mark = dictation?.get(i);
    if (mark && n > 0) emit(mark, starts[n - 1]!, ends[n - 1]!);
    const ch = original[i]!;
    if (SPACE.test(ch)) {
      let j = i + 1;
      while (j < len && SPACE.test(original[j]!)) j++;
      emit(' ', i, j);
      i = j;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (isKanjiNumeral(code)) {
      const part = kanjiDatePart(original, i);
      if (part) {
        emit(part[0], i, part[1]);
        i = part[1];
        continue;
      }
    }
    if (isStable(code) && !(i + 1 < len && COMBINING.test(original[i + 1]!))) {
      emit(ch, i, i + 1);
      i++;
      continue;
    }
    // One unit: a code point (surrogate pairs together) and its combining marks.
    let j = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && j < len) {
      const next = original.charCodeAt(j);
      if (next >= 0xdc00 && next <= 0xdfff) j++;
    }
    while (j < len && COMBINING.test(original[j]!)) j++;
    const unit = original.slice(i, j);
    if (code === 0xff0e || code === 0xff0c) {
      emit(inNumber(original, i) || (code === 0xff0e && afterListNumber(original, i)) ? (code === 0xff0e ? '.' : ',') : code === 0xff0e ? '。' : '、', i, j);
      i = j;
      continue;
    }
    let folded = EXTRA_FOLDS[unit] ?? (code >= 0x2460 && code <= 0x2473 ? `(${code - 0x245f})` : unit.normalize('NFKC'));
    if (folded.length === 1 && EXTRA_FOLDS[folded]) folded = EXTRA_FOLDS[folded]!;
    emit(folded, i, j);
    i = j;
  }
  return { original, text: out.join(''), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Maps a span [start, end) of the normalised text back to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const n = norm.text.length;
  if (start < 0 || end > n || start > end) throw new RangeError(`span [${start}, ${end}) outside normalised text of length ${n}`);
  if (start === end) {
    const at = start < n ? norm.starts[start]! : norm.original.length;
    return [at, at];
  }
  return [norm.starts[start]!, norm.ends[end - 1]!];
}

/** Maps a single normalised offset (a boundary) back to the original. */
export function toOriginalOffset(norm: NormalizedText, offset: number): number {
  return offset < norm.text.length ? norm.starts[offset]! : norm.original.length;
}
