import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'kozoka-fhir-'));
const readNdjson = (dir: string): Resource[] =>
  readdirSync(dir).filter((f) => f.endsWith('.ndjson')).flatMap((f) => readFileSync(join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Resource));
/** Resources without the one field that must differ between runs (Provenance.recorded, agent). */
const stable = (rs: Resource[]) => rs.map((r) => (r.resourceType === 'Provenance' ? { ...r, recorded: '', agent: [] } : r)).sort((a, b) => `${a.resourceType}/${a.id}`.localeCompare(`${b.resourceType}/${b.id}`));

describe('kozoka extract --format fhir-ndjson / fhir-bundle', () => {
  it('writes a Bulk Data folder that kozoka validate accepts, every reference resolving', async () => {
    const dir = tmp();
    const r = await runCli(['extract', 'examples/notes', '--format', 'fhir-ndjson', '--out', join(dir, 'fhir'), '--summary', join(dir, 'summary.json'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'fhir')).sort();
    expect(files).toEqual(expect.arrayContaining(['Condition.ndjson', 'DocumentReference.ndjson', 'Observation.ndjson', 'Patient.ndjson', 'Provenance.ndjson']));
    const resources = readNdjson(join(dir, 'fhir'));
    const ids = new Set(resources.map((x) => `${x.resourceType}/${x.id}`));
    expect(ids.size).toBe(resources.length); // no duplicates, Patients included once
    const refs = JSON.stringify(resources).match(/"reference":"[A-Za-z]+\/[^"]+"/g)!.map((m) => m.slice(13, -1));
    for (const ref of refs) expect(ids, ref).toContain(ref);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { notesOut: number; fhir: { resources: Record<string, number> } };
    expect(summary.fhir.resources['DocumentReference']).toBe(summary.notesOut);
    const v = await runCli(['validate', join(dir, 'fhir')]);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stderr).toMatch(new RegExp(`${resources.length} resources .*; 0 errors`));
  });

  it('fhir-bundle writes one Bundle per patient; transaction bundles PUT at the ids', async () => {
    const r = await runCli(['extract', 'examples/notes', '--format', 'fhir-bundle', '--bundle-type', 'transaction', '--fhir-base', 'https://fhir.example.org/r4', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const bundles = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Bundle);
    const patients = bundles.map((b) => b.entry![0]!.resource!);
    expect(patients.every((p) => p.resourceType === 'Patient')).toBe(true);
    expect(new Set(patients.map((p) => p.id)).size).toBe(bundles.length);
    for (const b of bundles) {
      expect(b.type).toBe('transaction');
      for (const e of b.entry!) {
        expect(e.request).toEqual({ method: 'PUT', url: `${e.resource!.resourceType}/${e.resource!.id}` });
        expect(e.fullUrl).toBe(`https://fhir.example.org/r4/${e.resource!.resourceType}/${e.resource!.id}`);
      }
    }
  });

  it('structured MML diagnoses become Conditions in FHIR output', async () => {
    const dir = tmp();
    const r = await runCli(['extract', 'test/fixtures/mml/multi_module.xml', '--format', 'fhir-ndjson', '--out', join(dir, 'fhir'), '--summary', join(dir, 's.json'), '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'))).toMatchObject({ structuredDiagnoses: 1 });
    const conditions = readNdjson(join(dir, 'fhir')).filter((x) => x.resourceType === 'Condition');
    expect(JSON.stringify(conditions)).toContain('"code":"C34.1"');
  });

  it('--jobs maps in worker threads and writes exactly what one thread writes', async () => {
    // Patients whose notes interleave, notes without a patient, structured diagnoses
    // from MML, keyed pseudonyms: the per-patient state and the Patients' order must
    // come out as one mapper over the whole input gives them.
    const dir = tmp();
    const notes = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { note: Record<string, unknown> }).note));
    const lines = Array.from({ length: 240 }, (_, i) => {
      const { patientId: _dropped, ...note } = notes[i % notes.length]!;
      return JSON.stringify({ ...note, id: `n${i}`, ...(i % 11 === 5 ? {} : { patientId: `P${(i * 7) % 13}` }) });
    });
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.jsonl'), lines.slice(0, 150).join('\n'));
    copyFileSync('test/fixtures/mml/multi_module.xml', join(dir, 'in', 'b.xml'));
    writeFileSync(join(dir, 'in', 'c.jsonl'), lines.slice(150).join('\n'));
    writeFileSync(join(dir, 'key'), 'k'.repeat(64));
    const run = async (jobs: string) => {
      const out = join(dir, `jobs-${jobs}`);
      const r = await runCli(['extract', join(dir, 'in'), '--format', 'fhir-ndjson', '--out', out, '--jobs', jobs, '--pseudonym-key-file', join(dir, 'key'), '--summary', join(dir, `s-${jobs}.json`), '--quiet']);
      expect(r.code, r.stderr).toBe(0);
      // Provenance.recorded is the run's start time.
      return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8').replace(/"recorded":"[^"]+"/g, '"recorded":""')]));
    };
    const inline = await run('0');
    const pooled = await run('3');
    expect(Object.keys(pooled)).toEqual(Object.keys(inline));
    for (const f of Object.keys(inline)) expect(pooled[f], f).toBe(inline[f]);
    expect(inline['Patient.ndjson']!.trim().split('\n').length).toBeGreaterThan(13);
    const summary = (jobs: string) => {
      const { wallSeconds: _wall, ...rest } = JSON.parse(readFileSync(join(dir, `s-${jobs}.json`), 'utf8')) as Record<string, unknown>;
      return rest;
    };
    expect(summary('3')).toEqual(summary('0'));
    expect(summary('3')).toMatchObject({ notesIn: 242, notesOut: 242, structuredDiagnoses: 1 });
  });

  it('usage errors say how to fix them', async () => {
    const r = await runCli(['extract', 'examples/notes', '--format', 'fhir-ndjson']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs --out <folder>');
    const b = await runCli(['extract', 'examples/notes', '--format', 'fhir-bundle', '--bundle-type', 'batch']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--bundle-type must be collection or transaction');
  });
});

describe('kozoka fhir', () => {
  it('maps an events file to the same resources as extracting straight to FHIR', async () => {
    const dir = tmp();
    expect((await runCli(['extract', 'examples/notes', '--out', join(dir, 'events.jsonl'), '--quiet'])).code).toBe(0);
    const viaEvents = await runCli(['fhir', join(dir, 'events.jsonl'), '--out', join(dir, 'a'), '--quiet']);
    expect(viaEvents.code, viaEvents.stderr).toBe(0);
    expect((await runCli(['extract', 'examples/notes', '--format', 'fhir-ndjson', '--out', join(dir, 'b'), '--quiet'])).code).toBe(0);
    expect(stable(readNdjson(join(dir, 'a')))).toEqual(stable(readNdjson(join(dir, 'b'))));
  });

  it('maps the dev gold files; a bad line is recorded and the rest goes on', async () => {
    const dir = tmp();
    const lines = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n'));
    writeFileSync(join(dir, 'in.jsonl'), [...lines.slice(0, 3), '{"note": {"id": "x"}, "events": []}', 'not json', ...lines.slice(3)].join('\n'));
    const r = await runCli(['fhir', join(dir, 'in.jsonl'), '--out', join(dir, 'fhir')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`notes in ${lines.length + 2} = mapped ${lines.length} + failed 2`);
    const errors = readFileSync(join(dir, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; message: string });
    expect(errors.map((e) => e.line)).toEqual([4, 5]);
    expect(errors[1]!.message).toMatch(/invalid JSON/);
    expect(readNdjson(join(dir, 'fhir')).filter((x) => x.resourceType === 'DocumentReference')).toHaveLength(lines.length);
    const v = await runCli(['validate', join(dir, 'fhir')]);
    expect(v.code, v.stdout).toBe(0);
  });
});

describe('kozoka validate', () => {
  it('reports each problem with its resource and element, and exits 1', async () => {
    const dir = tmp();
    expect((await runCli(['extract', 'examples/notes/dev-004.txt', '--format', 'fhir-ndjson', '--out', join(dir, 'fhir'), '--quiet'])).code).toBe(0);
    const path = join(dir, 'fhir', 'Observation.ndjson');
    const observations = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const broken = observations.find((o) => JSON.stringify(o).includes('97509-4'))!;
    delete broken['subject'];
    writeFileSync(path, [...observations.map((o) => JSON.stringify(o)), '{"hello": "world"}'].join('\n') + '\n');
    const r = await runCli(['validate', join(dir, 'fhir'), '--json']);
    expect(r.code).toBe(1);
    const issues = r.stdout.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { resource: string; expression?: string; against: string });
    expect(issues).toContainEqual(expect.objectContaining({ resource: `Observation/${broken['id'] as string}`, expression: 'Observation.subject', against: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-disease-status' }));
    expect(r.stdout).toContain('not a FHIR resource');
    expect(r.stderr).toMatch(/1 unreadable/);
  });
});
