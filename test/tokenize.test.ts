import { describe, expect, it } from 'vitest';
import { loadTokenizer, normalize, tokenize } from '../src/index.js';

describe('tokenize (kuromoji)', () => {
  it('loads once: concurrent callers share one load', async () => {
    const p1 = loadTokenizer();
    const p2 = loadTokenizer();
    expect(p1).toBe(p2);
    const [a, b] = await Promise.all([p1, p2]);
    expect(a).toBe(b);
    expect(await loadTokenizer()).toBe(a);
  });

  it('tokenises normalised text and maps tokens back to original offsets', async () => {
    const text = '１２／３～　左肺腺癌 cT2aN2M0 にて CBDCA+PEM 開始𠮷です';
    const tokens = await tokenize(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(normalize(text.slice(t.start, t.end)).text).toBe(t.surface);
    // Full-width digits are folded before kuromoji sees them: 12 is one token, not two.
    expect(tokens[0]).toMatchObject({ surface: '12', start: 0, end: 2 });
    const kaishi = tokens.find((t) => t.surface === '開始')!;
    expect(text.slice(kaishi.start, kaishi.end)).toBe('開始');
    const desu = tokens.find((t) => t.surface === 'です')!;
    expect(text.slice(desu.start, desu.end)).toBe('です'); // after a surrogate pair
    expect(desu.pos).toBe('助動詞');
  });

  it('handles empty text', async () => {
    expect(await tokenize('')).toEqual([]);
  });
});
