// The rules extractor ends on every note: texts built from the pieces its scanners
// walk (cancer words, site words, joiners, marks, dates) and random runs of them.
// A loop that never ends cannot be stopped from inside a test, so the extraction runs
// in a worker thread from the built files, and the test ends it after a time limit and
// names the text it was on. (乳癌・骨転移あり once looped for ever.)
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { rng } from './helpers/random.js';

const CANCERS = ['肺癌', '乳がん', '胃癌', 'lung cancer', ''];
const JOINERS = ['・', '、', '/', ' ', '＋', '（', ''];
const SITES = ['骨', '肝', '肺・骨', 'リンパ節', '脳', 'BRA, PUL', ''];
const ENDINGS = ['転移', '転移あり', '転移なし', '転移疑い', '播種', 'meta', ''];
const OPENINGS = ['', '・', '#1 ', '診断：', '2026/1/20 ', '(', '・・', '[x] '];
const PIECES = [...new Set([...CANCERS, ...JOINERS, ...SITES, ...ENDINGS, ...OPENINGS, '再発', 'と診断', '）', '\n', 'cT2N1M1', 'PD', '。', '12mm', '1/2', '～'])].filter(Boolean);

function texts(): string[] {
  const out: string[] = [];
  for (const o of OPENINGS) for (const c of CANCERS) for (const j of JOINERS) for (const s of SITES) for (const e of ENDINGS) out.push(o + c + j + s + e);
  const next = rng(20261126);
  for (let i = 0; i < 3000; i++) out.push(Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(''));
  return out;
}

// The worker reports each text's index before extracting from it, and ends with 'done'.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.index).then(({ extractWithRules }) => {
  workerData.texts.forEach((text, i) => {
    parentPort.postMessage(i);
    extractWithRules({ id: 'x', date: '2026-01-20', text });
  });
  parentPort.postMessage('done');
});
`;

describe('rules extractor: termination', () => {
  it('ends on every text built from the scanners\' pieces (within a minute for all of them)', async () => {
    const all = texts();
    const index = new URL('../dist/index.js', import.meta.url).href;
    const worker = new Worker(WORKER, { eval: true, workerData: { index, texts: all } });
    let current = -1;
    const outcome = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), 60_000);
      worker.on('message', (m: number | 'done') => {
        if (m === 'done') {
          clearTimeout(timer);
          resolve('done');
        } else current = m;
      });
      worker.on('error', (err) => {
        clearTimeout(timer);
        resolve(`error: ${err.message}`);
      });
    });
    await worker.terminate();
    expect(outcome, `stopped on ${JSON.stringify(all[current])}`).toBe('done');
  }, 90_000);
});
