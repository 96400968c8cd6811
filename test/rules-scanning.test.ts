// The rules' scanning primitives against slow, obviously correct references:
// the lexicon trie, its filters and one-pass groups against trying every
// spelling at every position; the regex helpers against String#matchAll.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lexicon, LexiconGroup, segmentNote } from '../src/index.js';
import { clauseAt, lineAt, matchesAround, matchesOf, matchesWith, sentenceAt } from '../src/rules/context.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';
import { rng } from './helpers/random.js';

const devNotes = () => DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { note: { id: string; text: string; date?: string } }).note));

const pick = <T>(next: () => number, xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;

// Few letters, so spellings collide, nest and touch word edges often.
const ALPHABET = ['A', 'b', 'C', 'd', '1', 'ア', 'イ', 'ー', 'カ', '肺', '癌', '転', 'の', '、', ' ', '(', '-'];
const randomWord = (next: () => number, max: number) => Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(next, ALPHABET)).join('');

// The rule Lexicon documents, written the slow way.
const isLatin = (c: string) => /[A-Za-z0-9]/.test(c);
const isKatakana = (c: string) => /[\u30a1-\u30f6ー]/.test(c);
const sameWord = (a: string | undefined, b: string | undefined) => !!a && !!b && ((isLatin(a) && isLatin(b)) || (isKatakana(a) && isKatakana(b)));
function referenceFind(spellings: { spelling: string; value: number }[], text: string, from = 0, to = text.length) {
  const entries = spellings.map(({ spelling, value }) => {
    const s = spelling.normalize('NFKC');
    return { s, value, fold: /^[\x20-\x7e]{6,}$/.test(s) && /[A-Za-z]/.test(s) };
  });
  const out: { start: number; end: number; spelling: string; value: number }[] = [];
  for (let i = from; i < to; ) {
    let best: { end: number; value: number; fold: boolean } | undefined;
    if (!(i > 0 && sameWord(text[i - 1], text[i]))) {
      for (const e of entries) {
        if (!e.s) continue;
        const end = i + e.s.length;
        if (end > to) continue;
        const piece = text.slice(i, end);
        if (e.fold ? piece.toLowerCase() !== e.s.toLowerCase() : piece !== e.s) continue;
        if (sameWord(text[end - 1], text[end])) continue;
        // Longest wins; at equal length an exact spelling beats a folded one; among equals the last entry.
        if (!best || end > best.end || (end === best.end && (best.fold ? true : !e.fold))) best = { end, value: e.value, fold: e.fold };
      }
    }
    if (best) {
      out.push({ start: i, end: best.end, spelling: text.slice(i, best.end), value: best.value });
      i = best.end;
    } else i++;
  }
  return out;
}

describe('Lexicon', () => {
  it('finds what trying every spelling at every position finds (random dictionaries and texts)', () => {
    const next = rng(7);
    for (let round = 0; round < 300; round++) {
      const spellings = Array.from({ length: 1 + Math.floor(next() * 30) }, (_, value) => ({ spelling: next() < 0.2 ? randomWord(next, 3) + 'abcdefg'.slice(0, 1 + Math.floor(next() * 6)) : randomWord(next, 4), value }));
      const text = randomWord(next, 80);
      const from = Math.floor(next() * 5);
      const to = Math.max(from, text.length - Math.floor(next() * 5));
      expect(new Lexicon(spellings).find(text, from, to), `${JSON.stringify(spellings)} / ${JSON.stringify(text)} [${from}, ${to})`).toEqual(referenceFind(spellings, text, from, to));
    }
  });

  it('in a group, gives each lexicon exactly its own hits', () => {
    const next = rng(11);
    for (let round = 0; round < 200; round++) {
      const dictionaries = Array.from({ length: 1 + Math.floor(next() * 5) }, () => Array.from({ length: 1 + Math.floor(next() * 12) }, (_, value) => ({ spelling: randomWord(next, 3), value })));
      const lexicons = dictionaries.map((d) => new Lexicon(d));
      const text = randomWord(next, 60);
      expect(new LexiconGroup(lexicons).find(text)).toEqual(lexicons.map((l) => l.find(text)));
    }
  });

  it('holds large dictionaries (the trie table grows) and reports every spelling', () => {
    const spellings = Array.from({ length: 5000 }, (_, i) => ({ spelling: `薬${i.toString(36)}ン`, value: i }));
    const lexicon = new Lexicon(spellings);
    const text = spellings.map((s) => s.spelling).join('、');
    expect(lexicon.find(text).map((h) => h.value)).toEqual(spellings.map((s) => s.value));
  });

  it('refuses a group of more than eight lexicons', () => {
    expect(() => new LexiconGroup(Array.from({ length: 9 }, () => new Lexicon([{ spelling: 'x', value: 0 }])))).toThrow(/at most 8/);
  });
});

describe('regex helpers', () => {
  const texts = [
    ...devNotes().map((n) => segmentNote(n).normalized.text),
    ...Array.from({ length: 200 }, (_, k) => {
      const next = rng(100 + k);
      return Array.from({ length: 60 }, () => pick(next, ['胸', '腹', '痛', '痛み', '頭', 'み', 'a', ' ', '\n', '。', 'Stage', 'IV', 'T2N0', '陽性', '(+)', 'Gy', '30', '/', '10fr'])).join('');
    }),
  ];
  const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const same = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

  it('matchesOf gives what matchAll gives, and leaves the regex reusable', () => {
    const re = /(\d+)\s*Gy|痛/g;
    for (const t of texts) {
      expect(same(matchesOf(re, t))).toEqual(all(re, t));
      expect(re.lastIndex).toBe(0);
    }
  });

  it('matchesAround gives what matchAll gives, tried only near its anchors', () => {
    const pain = /[\p{Script=Han}]{1,4}痛(?![み薬剤])/gu;
    for (const t of texts) expect(same(matchesAround(pain, t, ['痛'], (_, p) => p - 4))).toEqual(all(pain, t));
    // The rules' stage pattern, whose matches may start with a prefix, a dash and white space.
    const stage = /(?<![A-Za-z0-9])(yp|yc|p|c)?-?\s*(?:Stage|stage|STAGE|ステージ|臨床病期|病理病期|病期)\s*(IV|I{1,3}|0|[1-4])([A-C]\d?)?(?![A-Za-z0-9])\s*期?/g;
    const earliest = (text: string, p: number) => {
      let w = p - 2;
      while (w > 0 && /\s/.test(text[w - 1]!)) w--;
      return w - 3;
    };
    const next = rng(5);
    const parts = ['yp', 'c', 'p', '-', ' ', '\n', 'Stage', 'STAGE', 'stage', 'ステージ', '臨床', '病期', 'IV', 'I', 'II', '4', 'A', 'B1', '期', 'x', '1', '、'];
    const stageTexts = [...texts, ...Array.from({ length: 400 }, () => Array.from({ length: 30 }, () => pick(next, parts)).join(''))];
    for (const t of stageTexts) expect(same(matchesAround(stage, t, ['tage', 'TAGE', 'ステージ', '病期'], earliest)), t).toEqual(all(stage, t));
    // The TNM pattern: a prefix of at most 2 before T.
    const tnm = /(?<![A-Za-z0-9])(yp|yc|p|c|r)?T(is|X|[0-4](?:mi|[a-d])?)\s*N([0-3X][a-c]?)\s*(?:M([01][a-c]?|X))?/g;
    const tnmParts = ['yp', 'c', 'T2', 'Tis', 'a', 'N1', 'N0', 'M1', 'M0', ' ', 'x', 'CT'];
    for (let k = 0; k < 1000; k++) {
      const t = Array.from({ length: 25 }, () => pick(next, tnmParts)).join('');
      expect(same(matchesAround(tnm, t, ['T0', 'T1', 'T2', 'T3', 'T4', 'Tis', 'TX'], (_, p) => p - 2)), t).toEqual(all(tnm, t));
    }
  });

  it('matchesWith gives what matchAll gives, and nothing without its words', () => {
    const stage = /(?<![A-Za-z0-9])(yp|yc|p|c)?-?\s*(?:Stage|stage|STAGE|ステージ|病期)\s*(IV|I{1,3}|0|[1-4])/g;
    for (const t of texts) expect(same(matchesWith(stage, t, ['tage', 'TAGE', 'ステージ', '病期']))).toEqual(all(stage, t));
    expect(matchesWith(stage, 'cStage IV', ['ステージ'])).toEqual([]);
  });
});

describe('clause, sentence and line spans', () => {
  // The definition, written the slow way: walk out from the span to a break, at most 400 characters.
  const reference = (breaks: string) => (text: string, at: number, end: number): [number, number] => {
    let a = at;
    while (a > Math.max(0, at - 400) && !breaks.includes(text[a - 1]!)) a--;
    let b = end;
    while (b < Math.min(text.length, end + 400) && !breaks.includes(text[b]!)) b++;
    return [a, b];
  };
  const kinds = [
    { name: 'clauseAt', found: (t: string, a: number, b: number) => clauseAt(t, a, b), slow: reference('、。,;；\n') },
    { name: 'sentenceAt', found: (t: string, a: number, b: number) => sentenceAt(t, a, b), slow: reference('。\n') },
    { name: 'lineAt', found: (t: string, a: number) => lineAt(t, a), slow: (t: string, a: number) => reference('\n')(t, a, a) },
  ];

  it('match walking out to the nearest break, on random texts with long unbroken runs', () => {
    const next = rng(17);
    const pieces = ['肺癌', 'と診断', '、', '。', ',', ';', '；', '\n', ' ', 'CBDCA', 'あ'.repeat(150), 'x'.repeat(420)];
    const texts = Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(next() * 20) }, () => pick(next, pieces)).join(''));
    texts.push('', '。', 'あ'.repeat(900));
    let checked = 0;
    // Texts alternate, so spans of one text are asked for after another's.
    for (let round = 0; round < 3; round++) {
      for (const text of texts) {
        for (const kind of kinds) {
          for (let k = 0; k < 12; k++) {
            const at = Math.floor(next() * (text.length + 1));
            const end = Math.min(text.length, at + Math.floor(next() * 30));
            expect(kind.found(text, at, end), `${kind.name} ${at}-${end} of ${JSON.stringify(text.slice(0, 40))}`).toEqual(kind.slow(text, at, kind.name === 'lineAt' ? at : end));
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(3 * texts.length * kinds.length * 12);
  });
});
