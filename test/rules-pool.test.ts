// The worker pool of kozoka extract --jobs, from the built files (the worker is loaded
// from dist/ beside the pool, as the CLI runs it).
import { afterEach, describe, expect, it } from 'vitest';
import { RulesPool, type PoolItem } from '../dist/cli/rules-pool.js';

const pools: RulesPool[] = [];
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
});
