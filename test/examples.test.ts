import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/paths.js';

// The examples import 'kozoka' as a user would (the package's own dist via its exports).
function runExample(name: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', name)], { cwd: ROOT, encoding: 'utf8' });
}

describe("README's first command", () => {
  it('runs the built CLI as an executable (npx kozoka runs dist/cli/main.js through its shebang)', () => {
    const bin = join(ROOT, 'dist', 'cli', 'main.js');
    const r = spawnSync(bin, ['extract', 'examples/notes', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.error, 'dist/cli/main.js must be executable after npm run build').toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(3);
  }, 60_000);
});

describe('examples', () => {
  it('ingest.ts reads the bundled notes', () => {
    const r = runExample('ingest.ts');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('seed-codoc-1 2021-05-27 2019年12月初旬に胸痛、背部痛を自覚。近医を受信し左肺門部腫瘍を指摘され、1月7日に当院を紹介受診。');
    expect(r.stdout).toMatch(/^dev-004\t2022-12-14\t\d+ chars$/m);
    expect(r.stderr).toBe('');
  });
});

describe('examples/fhir.ts', () => {
  it('maps the bundled notes to FHIR with no validation errors', () => {
    const r = runExample('fhir.ts');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { resources: Record<string, number>; bundles: number; errors: number; files: string[] };
    expect(out.errors).toBe(0);
    expect(out.resources['DocumentReference']).toBe(5);
    expect(out.bundles).toBe(out.resources['Patient']);
    expect(out.resources['Condition']).toBeGreaterThan(10);
    expect(out.files).toContain('Patient.ndjson');
  }, 60_000);
});

describe('examples/review.ts', () => {
  it('writes a review page holding every example note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-example-review-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'review.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^5 notes, \d+ events → /);
    const html = readFileSync(join(dir, 'kozoka-review.html'), 'utf8');
    expect(html).toContain('<title>kozoka examples</title>');
    expect(html).toContain('dev-004');
  });
});

describe('examples/llm.ts', () => {
  it('runs against an OpenAI-compatible server and prints grounded events', async () => {
    const { startLocalServer, sendJson } = await import('./helpers/local-server.js');
    const { chatCompletion } = await import('./helpers/openai-mock.js');
    const answer = { events: [{ type: 'response', code: 'PD', basis: null, finding: '原疾患の増悪', certainty: null, date: null, evidence: '原疾患の増悪を認めPDと判断' }] };
    const server = await startLocalServer((_b, _n, _req, res) => sendJson(res, 200, chatCompletion(JSON.stringify(answer))));
    try {
      const { spawn } = await import('node:child_process');
      const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'examples', 'llm.ts')], { cwd: ROOT, env: { ...process.env, KOZOKA_BASE_URL: server.baseURL, KOZOKA_MODEL: 'local' } });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.on('close', (code) => resolve({ code, stdout }));
      });
      expect(out.code).toBe(0);
      const events = JSON.parse(out.stdout) as { type: string; date: { start: string }; evidence: { start: number } }[];
      expect(events).toEqual([expect.objectContaining({ type: 'response', code: 'PD', date: expect.objectContaining({ start: '2021-03-02' }) })]);
    } finally {
      await server.close();
    }
  });
});
