import { describe, expect, it } from 'vitest';
import { normalize, toOriginalOffset, toOriginalSpan } from '../src/index.js';
import { rng } from './helpers/random.js';

// Characters that clinical notes mix: full-width forms, half-width kana with voicing
// marks, roman numerals, circled digits, wave dashes, spaces of every width, surrogates.
const ALPHABET = [
  ...'０１２３４５６７８９ＡＢＣｃＴＮＭ／：（）％＋－',
  ...'0123456789/:()%+-cTNM',
  ...'肺腺癌胸水転移開始施行日月年',
  'ｶﾞ', 'ﾊﾟ', 'ｶ', 'ﾞ', 'が', 'か\u3099',
  'Ⅳ', 'Ⅲ', '①', '㎎', '㍻', '〜', '～', '~', '−', '—', '│', '┌',
  ' ', '  ', '\t', '\u3000', '\u3000\u3000', '\n', '\r\n',
  '𠮷', '\ud842', // a surrogate pair and a lone high surrogate
];

function randomText(next: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s;
}

describe('normalize', () => {
  it('folds what clinical text mixes', () => {
    expect(normalize('１２／３～２／１０').text).toBe('12/3~2/10');
    expect(normalize('StageⅣ').text).toBe('StageIV');
    expect(normalize('〜 ～ ~').text).toBe('~ ~ ~');
    expect(normalize('ｶﾞﾝ').text).toBe('ガン');
    expect(normalize('ＣＢＤＣＡ／ＰＴＸ').text).toBe('CBDCA/PTX');
    expect(normalize('a\u3000\u3000 \tb').text).toBe('a b');
    // (A box-drawn table's vertical rules are a pipe table's: │1次│ → |1次|.)
    expect(normalize('│1次│┃2次┃║3次║').text).toBe('|1次||2次||3次|');
    expect(normalize('1行目\n　2行目').text).toBe('1行目\n 2行目');
    expect(normalize('80㎎').text).toBe('80mg');
  });

  it('folds a circled number to a list mark, not a digit that runs into a date after it', () => {
    const n = normalize('①2021/4～ DRd\n⑳');
    expect(n.text).toBe('(1)2021/4~ DRd\n(20)');
    expect(toOriginalSpan(n, 0, 3)).toEqual([0, 1]);
    expect(toOriginalSpan(n, 3, 9)).toEqual([1, 7]);
  });

  it('writes a kanji-numeral date in digits, mapping each number back to its kanji, and leaves kanji numerals that are no date', () => {
    const original = '令和七年十一月二十七日、十二指腸に一日3回';
    const n = normalize(original);
    expect(n.text).toBe('令和7年11月27日、十二指腸に一日3回');
    const day = n.text.indexOf('27');
    expect(original.slice(...toOriginalSpan(n, day, day + 2))).toBe('二十七');
    expect(original.slice(...toOriginalSpan(n, 0, n.text.indexOf('、')))).toBe('令和七年十一月二十七日');
    // (A year needs its era or four positional digits; a month its year, its day or its part of the month.)
    expect(normalize('二〇二五年三月上旬、七年前、三月に').text).toBe('2025年3月上旬、七年前、三月に');
  });

  it('maps folded spans back exactly', () => {
    const original = 'cStageⅣB、１２／３～';
    const n = normalize(original);
    const at = n.text.indexOf('IVB');
    expect(original.slice(...toOriginalSpan(n, at, at + 3))).toBe('ⅣB');
    const d = n.text.indexOf('12/3~');
    expect(original.slice(...toOriginalSpan(n, d, d + 5))).toBe('１２／３～');
  });

  it('keeps lines: the same newlines at the same line numbers', () => {
    const original = 'Ａ\r\n\u3000Ｂ\n\nＣ';
    const n = normalize(original);
    expect(n.text.split('\n').length).toBe(original.split('\n').length);
  });

  it('property: any span of the normalised text maps back to original text that normalises to a text containing it', () => {
    const next = rng(20261123);
    for (let trial = 0; trial < 400; trial++) {
      const original = randomText(next, 1 + Math.floor(next() * 40));
      const n = normalize(original);
      expect(n.starts.length).toBe(n.text.length);
      for (let k = 0; k < 10; k++) {
        const a = Math.floor(next() * (n.text.length + 1));
        const b = a + Math.floor(next() * (n.text.length - a + 1));
        const [oa, ob] = toOriginalSpan(n, a, b);
        expect(oa).toBeGreaterThanOrEqual(0);
        expect(ob).toBeLessThanOrEqual(original.length);
        expect(oa).toBeLessThanOrEqual(ob);
        expect(normalize(original.slice(oa, ob)).text).toContain(n.text.slice(a, b).trim());
      }
    }
  });

  it('property: spans on unit boundaries map back to exactly their source', () => {
    const next = rng(7);
    for (let trial = 0; trial < 400; trial++) {
      const original = randomText(next, 1 + Math.floor(next() * 40));
      const n = normalize(original);
      // Unit boundaries: where the original start changes.
      const bounds = [0];
      for (let i = 1; i < n.text.length; i++) if (n.starts[i] !== n.starts[i - 1]) bounds.push(i);
      bounds.push(n.text.length);
      const a = bounds[Math.floor(next() * bounds.length)]!;
      const b = bounds.filter((x) => x >= a)[Math.floor(next() * bounds.filter((x) => x >= a).length)]!;
      const [oa, ob] = toOriginalSpan(n, a, b);
      expect(normalize(original.slice(oa, ob)).text).toBe(n.text.slice(a, b));
    }
  });

  it('offsets of boundaries are monotone and end at the original length', () => {
    const n = normalize('Ⅳ期　ｶﾞﾝ\n');
    let prev = 0;
    for (let i = 0; i <= n.text.length; i++) {
      const o = toOriginalOffset(n, i);
      expect(o).toBeGreaterThanOrEqual(prev);
      prev = o;
    }
    expect(toOriginalOffset(n, n.text.length)).toBe(n.original.length);
  });

  it('handles empty text, lone surrogates and control characters', () => {
    expect(normalize('').text).toBe('');
    expect(toOriginalSpan(normalize(''), 0, 0)).toEqual([0, 0]);
    const n = normalize('a\ud800b\u0000c\u001fd');
    expect(n.text.length).toBe(n.starts.length);
    expect(n.original.slice(...toOriginalSpan(n, 0, n.text.length))).toBe('a\ud800b\u0000c\u001fd');
  });

  it('rejects spans outside the text', () => {
    expect(() => toOriginalSpan(normalize('abc'), 2, 5)).toThrow(RangeError);
  });

  it('drops a printout\'s line numbers (0001 …, counting up on every line) and maps what follows back to the original', () => {
    const original = '0001 【経過記録】2026/06/15\n0002 #乳児型線維肉腫\n\n0003 2025/12/3 紹介。';
    const n = normalize(original);
    expect(n.text).toBe('【経過記録】2026/06/15\n#乳児型線維肉腫\n\n2025/12/3 紹介。');
    const at = n.text.indexOf('#');
    expect(original.slice(...toOriginalSpan(n, at, at + 8))).toBe('#乳児型線維肉腫');
    // (Not numbers that do not count up line by line, nor two lines only: a list's or a table's.)
    expect(normalize('001 a\n003 b\n004 c').text).toBe('001 a\n003 b\n004 c');
    expect(normalize('001 a\n002 b').text).toBe('001 a\n002 b');
  });

  it('drops an e-mail\'s quote marks (> or >> opening at least two lines) and maps what follows back to the original', () => {
    const original = '先生\nご返信ありがとうございます。\n\n> 45歳男性のPh+ALLについて。\n>> 2025年11月に診断。\n＞　12/1より寛解導入。';
    const n = normalize(original);
    expect(n.text).toBe('先生\nご返信ありがとうございます。\n\n45歳男性のPh+ALLについて。\n2025年11月に診断。\n12/1より寛解導入。');
    const at = n.text.indexOf('12/1');
    expect(original.slice(...toOriginalSpan(n, at, at + 4))).toBe('12/1');
    // (Not one line only: a > alone may be a mark of anything.)
    expect(normalize('S> 腹痛なし\n> 経過観察').text).toBe('S> 腹痛なし\n> 経過観察');
  });

  it('reads full-width ． and ， as 。 and 、 in sentences, and as . and , inside numbers and dotted dates', () => {
    expect(normalize('左乳癌と診断された．術後，照射を行った．').text).toBe('左乳癌と診断された。術後、照射を行った。');
    expect(normalize('腫瘍径３．５ｃｍ，ＣＥＡ １，２００，Ｒ６．３．１２').text).toBe('腫瘍径3.5cm、CEA 1,200、R6.3.12');
    // (…and after a list item's number: 傷病名：１．肺腺癌　２．脳転移; not a number closing a sentence, 残存病変は２．)
    expect(normalize('傷病名：１．肺腺癌　２．脳転移\n１２．高血圧').text).toBe('傷病名:1.肺腺癌 2.脳転移\n12.高血圧');
    expect(normalize('残存病変は２．').text).toBe('残存病変は2。');
  });

  it('gives an unpunctuated dictation its sentence ends after polite forms (ですね。副作用…) and, with no 、 on the line, its clause joins after て-forms; each mark maps to the unit before it', () => {
    const original = 'えー膵頭部癌の方で2025年11月に診断されて遠隔転移は肝転移が複数あって今日で7コース目ですね副作用は軽い下痢くらいで少し残ってますが日常生活は問題なしですCA19-9は下がってきてます';
    const n = normalize(original);
    expect(n.text).toBe('えー膵頭部癌の方で2025年11月に診断されて、遠隔転移は肝転移が複数あって、今日で7コース目ですね。副作用は軽い下痢くらいで少し残ってますが日常生活は問題なしです。CA19-9は下がってきてます');
    const mark = n.text.indexOf('。');
    expect(original.slice(...toOriginalSpan(n, mark, mark + 1))).toBe('ね');
    expect(original.slice(...toOriginalSpan(n, 0, n.text.length))).toBe(original);
    const ca = n.text.indexOf('CA19-9');
    expect(original.slice(...toOriginalSpan(n, ca, ca + 6))).toBe('CA19-9');
    // (Particles written with て are no clause's end: 1次治療としてゲムシタビン…, 効果判定にて両肺の….)
    expect(normalize('1次治療としてゲムシタビンとナブパクリタキセルを開始し効果判定にて両肺の小結節は増加がありPD').text).toBe('1次治療としてゲムシタビンとナブパクリタキセルを開始し効果判定にて両肺の小結節は増加がありPD');
    // (Nor does a punctuated or a short line get marks: 問題なしです。CT…, 異常なしですCT予定.)
    expect(normalize('副作用は軽い下痢くらいで日常生活は問題なしです。CA19-9は下がってきていますので経過観察します。').text).toBe('副作用は軽い下痢くらいで日常生活は問題なしです。CA19-9は下がってきていますので経過観察します。');
    expect(normalize('異常なしですCT予定').text).toBe('異常なしですCT予定');
  });
});
