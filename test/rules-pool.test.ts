// The worker pool of kozoka extract --jobs, from the built files (the worker is loaded
// from dist/ beside the pool, as the CLI runs it).
import { afterEach, describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { RulesPool, workerResourceLimits, type PoolItem } from '../dist/cli/rules-pool.js';

const pools: RulesPool[] = [];
const CRASHING_WORKER = new URL('./fixtures/workers/crash-on-note.mjs', import.meta.url);
const HEAP_REPORTING_WORKER = new URL('./fixtures/workers/report-heap-limit.mjs', import.meta.url);
const HANGING_WORKER = new URL('./fixtures/workers/hang-on-note.mjs', import.meta.url);
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('RulesPool', () => {
  it('answers every item in order, with the events extraction gives', async () => {
    const pool = new RulesPool(2);
    pools.push(pool);
    const items: PoolItem[] = Array.from({ length: 30 }, (_, i) => ({ note: { id: `n${i}`, date: '2024-05-01', text: i % 2 ? '5/20 PDと判断。' : '5/20 胸水コントロール目的に入院。' } }));
    const results = await pool.run(items);
    expect(results.map((r) => ('events' in r ? r.events.map((e) => e.type) : r))).toEqual(items.map((_, i) => (i % 2 ? ['response'] : ['admission'])));
  });

  it('a worker that crashes fails its job and every later one, item by item, instead of hanging', async () => {
    const pool = new RulesPool(1);
    pools.push(pool);
    // Not an item at all: the worker's message handler throws and the worker dies.
    const crashed = await pool.run([null as unknown as PoolItem, { note: { id: 'a', text: 'PDと判断。' } }]);
    expect(crashed).toEqual([{ error: expect.stringMatching(/^rules worker failed: /) }, { error: expect.stringMatching(/^rules worker failed: /) }]);
    const later = await pool.run([{ note: { id: 'b', text: 'PDと判断。' } }]);
    expect(later).toEqual([{ error: crashed[0] && 'error' in crashed[0] ? crashed[0].error : '' }]);
  });

  it('with FHIR mapping, the Patients come in first-seen order, with what later notes said', async () => {
    const pool = new RulesPool(2, { fhirNdjson: {} });
    pools.push(pool);
    const note = (id: string, patientId: string, text: string): PoolItem => ({ note: { id, patientId, date: '2024-05-01', text } });
    await pool.run([note('a1', 'P-A', '5/20 PDと判断。'), note('b1', 'P-B', '5/20 PDと判断。'), note('c1', 'P-C', '5/20 PDと判断。')]);
    await pool.run([note('a2', 'P-A', '#1 肺腺癌 cT2aN0M0 StageIB\n2024/5/1 永眠された。')]);
    const patients = pool.patients();
    expect(patients.map((p) => p.identifier?.[0]?.value)).toEqual(['P-A', 'P-B', 'P-C']);
    expect(patients[0]!.deceasedDateTime).toBe('2024-05-01');
    expect(patients[1]!.deceasedDateTime).toBeUndefined();
  });

  it('a worker that ends without an error event fails its jobs too', async () => {
    const pool = new RulesPool(1, {}, CRASHING_WORKER);
    pools.push(pool);
    expect(await pool.run([{ note: { id: 'ok', text: 'PDと判断。' } }])).toEqual([{ events: [expect.objectContaining({ type: 'response' })] }]);
    expect(await pool.run([{ note: { id: 'exit', text: 'PDと判断。' } }])).toEqual([{ error: 'rules worker failed: exited with code 3' }]);
    expect(await pool.run([{ note: { id: 'later', text: 'PDと判断。' } }])).toEqual([{ error: 'rules worker failed: exited with code 3' }]);
  });

  it('a worker that does not answer in time is taken for hung: its job fails item by item, and later jobs go to a worker still alive', async () => {
    // Half a second per job here; kozoka gives two minutes and two seconds per item.
    const pool = new RulesPool(2, {}, HANGING_WORKER, { answerWithinMs: () => 500 });
    pools.push(pool);
    const hung = await pool.run([{ note: { id: 'ok-1', text: 'PDと判断。' } }, { note: { id: 'hang', text: 'PDと判断。' } }]);
    expect(hung).toEqual([0, 1].map(() => ({ error: 'rules worker failed: no answer within 1 s (a note whose extraction does not end?)' })));
    const later = await Promise.all([1, 2, 3].map((k) => pool.run([{ note: { id: `later-${k}`, text: 'PDと判断。' } }])));
    expect(later.flat().map((r) => ('events' in r ? r.events.map((e) => e.type) : r))).toEqual([['response'], ['response'], ['response']]);
  });

  it('jobs queued behind one another each get their own time, counted from the answer before', async () => {
    // Five jobs of 400 ms each, sent at once: 2 s in all, each within its 1 s.
    const pool = new RulesPool(1, {}, HANGING_WORKER, { answerWithinMs: () => 1_000 });
    pools.push(pool);
    const results = await Promise.all([0, 1, 2, 3, 4].map((k) => pool.run([{ note: { id: `slow-${k}`, text: 'PDと判断。' } }])));
    expect(results.flat().map((r) => ('events' in r ? r.events.length : r))).toEqual([1, 1, 1, 1, 1]);
  });

  it('a worker that crashes keeps the Patients of the notes it mapped before', async () => {
    const pool = new RulesPool(1, { fhirNdjson: {} }, CRASHING_WORKER);
    pools.push(pool);
    const mapped = await pool.run([{ note: { id: 'a', patientId: 'P-1', text: '#1 肺腺癌 cT2aN0M0 StageIB' } }]);
    expect(mapped[0]).toHaveProperty('lines');
    const crashed = await pool.run([{ note: { id: 'crash', patientId: 'P-2', text: 'PDと判断。' } }]);
    expect(crashed).toEqual([{ error: 'rules worker failed: boom' }]);
    // The note's resources refer to Patient/…: the Patient must still be written.
    const patients = pool.patients();
    expect(patients.map((p) => p.identifier?.[0]?.value)).toEqual(['P-1']);
    const lines = 'lines' in mapped[0]! ? mapped[0].lines.map((l) => new TextDecoder().decode(l)) : [];
    expect(lines.some((l) => l.includes(`"Patient/${patients[0]!.id}"`))).toBe(true);
  });

  describe('worker heap limits', () => {
    it('a big default heap is capped under 2 GB, where V8 grows a heap by at most 2× between collections', () => {
      expect(workerResourceLimits(4144, [])).toEqual({ maxOldGenerationSizeMb: 2000 });
      expect(workerResourceLimits(4144, ['--enable-source-maps', ''])).toEqual({ maxOldGenerationSizeMb: 2000 });
    });

    it('a default already under the cap is left alone', () => {
      expect(workerResourceLimits(2000, [])).toBeUndefined();
      expect(workerResourceLimits(1072, [])).toBeUndefined();
    });

    it('a limit the user set, on the command line or in NODE_OPTIONS, is left to the workers to inherit', () => {
      expect(workerResourceLimits(8240, ['--max-old-space-size=8192'])).toBeUndefined();
      expect(workerResourceLimits(4144, ['--max_old_space_size=4096'])).toBeUndefined();
      expect(workerResourceLimits(4144, ['--enable-source-maps', '--trace-warnings --max-old-space-size=4096'])).toBeUndefined();
    });

    it('the pool starts its workers with those limits', async () => {
      const pool = new RulesPool(1, {}, HEAP_REPORTING_WORKER);
      pools.push(pool);
      const [reply] = await pool.run([{ note: { id: 'a', text: '' } }]);
      const workerLimitMb = Number(reply && 'error' in reply ? reply.error : NaN);
      const ownLimitMb = getHeapStatistics().heap_size_limit / 2 ** 20;
      const limits = workerResourceLimits(ownLimitMb, [...process.execArgv, process.env.NODE_OPTIONS ?? '']);
      // (The heap limit also counts the young generation, a few tens of MB.)
      if (limits) {
        expect(workerLimitMb).toBeGreaterThan(2000);
        expect(workerLimitMb).toBeLessThan(2100);
      } else {
        expect(workerLimitMb).toBe(ownLimitMb);
      }
    });
  });
});
