import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

// The examples import 'kozoka' as a user would (the package's own dist via its exports).
function runExample(name: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name)], { cwd: ROOT, encoding: 'utf8' });
}

describe('examples', () => {
  it('ingest.ts reads the bundled notes', () => {
    const r = runExample('ingest.ts');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('seed-codoc-1 2021-05-27 2019年12月初旬に胸痛、背部痛を自覚。近医を受信し左肺門部腫瘍を指摘され、1月7日に当院を紹介受診。');
    expect(r.stdout).toMatch(/^dev-004\t2022-12-14\t\d+ chars$/m);
    expect(r.stderr).toBe('');
  });
});
