import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score, type ClinicalEvent, type NoteEvents } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

// Hand-made events. Evidence is irrelevant to scoring; give each a valid span of a dummy text.
const TEXT = 'x'.repeat(200);
let cursor = 0;
function ev<T extends Omit<ClinicalEvent, 'evidence'>>(e: T, date?: string, end?: string): ClinicalEvent {
  const start = cursor++ % 190;
  return { ...e, ...(date ? { date: { start: date, ...(end ? { end } : {}) } } : {}), evidence: { start, end: start + 1, text: 'x' } } as ClinicalEvent;
}
const line = (events: ClinicalEvent[], id = 'n1'): NoteEvents => ({ note: { id, text: TEXT }, events });
const run = (gold: ClinicalEvent[], pred: ClinicalEvent[]) => score([line(gold)], [line(pred)]);

describe('eval: keys per type', () => {
  it('diagnosis names match loosely (one contains the other after NFKC, case, space)', () => {
    const r = run([ev({ type: 'diagnosis', name: '右上葉肺腺癌' })], [ev({ type: 'diagnosis', name: '肺腺癌' })]);
    expect(r.byType['diagnosis']!.matched).toBe(1);
    const r2 = run([ev({ type: 'diagnosis', name: 'ＤＬＢＣＬ' })], [ev({ type: 'diagnosis', name: 'dl bcl' })]);
    expect(r2.byType['diagnosis']!.matched).toBe(1);
    const r3 = run([ev({ type: 'diagnosis', name: '胃癌' })], [ev({ type: 'diagnosis', name: '肺癌' })]);
    expect(r3.byType['diagnosis']!.matched).toBe(0);
  });

  it('diagnoses with the same 3-character ICD-10 category match whatever their names', () => {
    const r = run([ev({ type: 'diagnosis', name: '肺腺癌', icd10: 'C34.1' })], [ev({ type: 'diagnosis', name: 'lung adenocarcinoma', icd10: 'C34.9' })]);
    expect(r.byType['diagnosis']!.matched).toBe(1);
    const r2 = run([ev({ type: 'diagnosis', name: '肺腺癌', icd10: 'C34.1' })], [ev({ type: 'diagnosis', name: 'x', icd10: 'C18.7' })]);
    expect(r2.byType['diagnosis']!.matched).toBe(0);
  });

  it('staging compares t, n, m and stage but not the prefix', () => {
    const g = ev({ type: 'staging', tnm: { prefix: 'c', t: 'T2a', n: 'N2', m: 'M1a' }, stage: 'IVA' });
    expect(run([g], [ev({ type: 'staging', tnm: { prefix: 'p', t: 'T2a', n: 'N2', m: 'M1a' }, stage: 'IVA' })]).byType['staging']!.matched).toBe(1);
    expect(run([g], [ev({ type: 'staging', tnm: { t: 'T2a', n: 'N2', m: 'M1a' } })]).byType['staging']!.matched).toBe(0);
    expect(run([g], [ev({ type: 'staging', tnm: { t: 'T2a', n: 'N2', m: 'M1b' }, stage: 'IVA' })]).byType['staging']!.matched).toBe(0);
  });

  it('metastasis sites explode: each site is scored on its own', () => {
    const r = run([ev({ type: 'metastasis', sites: ['BRA', 'LYM', 'OSS'] })], [ev({ type: 'metastasis', sites: ['BRA', 'OSS'] }), ev({ type: 'metastasis', sites: ['HEP'] })]);
    expect(r.byType['metastasis']).toMatchObject({ gold: 3, pred: 3, matched: 2 });
    expect(r.falseNegatives.map((u) => u.site)).toEqual(['LYM']);
    expect(r.falsePositives.map((u) => u.site)).toEqual(['HEP']);
  });

  it('biomarker compares name, variant and result (value is not a key)', () => {
    const g = ev({ type: 'biomarker', name: 'EGFR', variant: 'L858R', result: 'positive' });
    expect(run([g], [ev({ type: 'biomarker', name: 'egfr', variant: 'L858R', result: 'positive', value: '50%' })]).byType['biomarker']!.matched).toBe(1);
    expect(run([g], [ev({ type: 'biomarker', name: 'EGFR', result: 'positive' })]).byType['biomarker']!.matched).toBe(0);
    expect(run([g], [ev({ type: 'biomarker', name: 'EGFR', variant: 'L858R', result: 'negative' })]).byType['biomarker']!.matched).toBe(0);
  });

  it('medication compares drugs as a set and the line (regimen, dose, cycles, status are not keys)', () => {
    const g = ev({ type: 'medication', drugs: ['atezolizumab', 'bevacizumab', 'carboplatin', 'paclitaxel'], line: 2, regimen: 'CBDCA/PTX/Bev/Atezo' });
    const same = ev({ type: 'medication', drugs: ['atezolizumab', 'bevacizumab', 'carboplatin', 'paclitaxel'], line: 2, cycles: 4, status: 'completed' });
    expect(run([g], [same]).byType['medication']!.matched).toBe(1);
    expect(run([g], [ev({ type: 'medication', drugs: ['bevacizumab', 'carboplatin', 'paclitaxel'], line: 2 })]).byType['medication']!.matched).toBe(0);
    expect(run([g], [ev({ type: 'medication', drugs: ['atezolizumab', 'bevacizumab', 'carboplatin', 'paclitaxel'] })]).byType['medication']!.matched).toBe(0);
  });

  it('radiotherapy compares dose and fractions; procedure names loosely; response the code; admission the type', () => {
    expect(run([ev({ type: 'radiotherapy', doseGy: 30, fractions: 10, site: '頸椎' })], [ev({ type: 'radiotherapy', doseGy: 30, fractions: 10 })]).byType['radiotherapy']!.matched).toBe(1);
    expect(run([ev({ type: 'radiotherapy', doseGy: 30, fractions: 10 })], [ev({ type: 'radiotherapy', doseGy: 30, fractions: 5 })]).byType['radiotherapy']!.matched).toBe(0);
    expect(run([ev({ type: 'procedure', name: '左胸膜癒着術' })], [ev({ type: 'procedure', name: '胸膜癒着術' })]).byType['procedure']!.matched).toBe(1);
    expect(run([ev({ type: 'response', code: 'PD' })], [ev({ type: 'response', code: 'SD' })]).byType['response']!.matched).toBe(0);
    expect(run([ev({ type: 'admission', reason: 'a' })], [ev({ type: 'admission', reason: 'b' })]).byType['admission']!.matched).toBe(1);
  });

  it('certainty is part of every key: a negated mention never matches a confirmed one', () => {
    const r = run([ev({ type: 'metastasis', sites: ['BRA'], certainty: 'negated' })], [ev({ type: 'metastasis', sites: ['BRA'] })]);
    expect(r.byType['metastasis']!.matched).toBe(0);
    const r2 = run([ev({ type: 'symptom', name: '頭痛', certainty: 'confirmed' })], [ev({ type: 'symptom', name: '頭痛' })]);
    expect(r2.byType['symptom']!.matched).toBe(1);
  });
});

describe('eval: matching', () => {
  it('matches the nearest date, one to one', () => {
    const gold = [ev({ type: 'response', code: 'PD' }, '2020-11-04'), ev({ type: 'response', code: 'PD' }, '2021-03-02')];
    const pred = [ev({ type: 'response', code: 'PD' }, '2021-03-02'), ev({ type: 'response', code: 'PD' }, '2020-11-05')];
    const r = run(gold, pred);
    expect(r.byType['response']).toMatchObject({ matched: 2, datesEqual: 1 });
    expect(r.dateMismatches).toHaveLength(1);
    expect(r.dateMismatches[0]!.gold.event.date!.start).toBe('2020-11-04');
    expect(r.dateMismatches[0]!.pred.event.date!.start).toBe('2020-11-05');
  });

  it('one gold event matches at most one prediction', () => {
    const r = run([ev({ type: 'response', code: 'PR' }, '2021-01-01')], [ev({ type: 'response', code: 'PR' }, '2021-01-01'), ev({ type: 'response', code: 'PR' }, '2021-01-01')]);
    expect(r.byType['response']).toMatchObject({ gold: 1, pred: 2, matched: 1, precision: 0.5, recall: 1 });
  });

  it('dates agree on start, and on end where gold has one', () => {
    const g = ev({ type: 'medication', drugs: ['docetaxel', 'ramucirumab'], line: 3 }, '2021-03-16', '2021-04-13');
    expect(run([g], [ev({ type: 'medication', drugs: ['docetaxel', 'ramucirumab'], line: 3 }, '2021-03-16')]).byType['medication']!.datesEqual).toBe(0);
    const open = ev({ type: 'medication', drugs: ['afatinib'], line: 4 }, '2021-05-27');
    expect(run([open], [ev({ type: 'medication', drugs: ['afatinib'], line: 4 }, '2021-05-27', '2021-06-01')]).byType['medication']!.datesEqual).toBe(1);
  });

  it('computes P, R, F1, dates and strict F1; symptom and death stay out of overall', () => {
    const gold = [ev({ type: 'response', code: 'PD' }, '2021-01-01'), ev({ type: 'response', code: 'SD' }, '2021-02-01'), ev({ type: 'symptom', name: '頭痛' })];
    const pred = [ev({ type: 'response', code: 'PD' }, '2021-01-02'), ev({ type: 'response', code: 'SD' }, '2021-02-01'), ev({ type: 'response', code: 'CR' }, '2021-03-01')];
    const r = run(gold, pred);
    expect(r.overall).toMatchObject({ gold: 2, pred: 3, matched: 2, datesEqual: 1 });
    expect(r.overall.precision).toBeCloseTo(2 / 3);
    expect(r.overall.recall).toBe(1);
    expect(r.overall.f1).toBeCloseTo(0.8);
    expect(r.overall.dates).toBe(0.5);
    expect(r.overall.strictF1).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5));
    expect(r.byType['symptom']).toMatchObject({ gold: 1, pred: 0, matched: 0 });
  });

  it('a note missing from the predictions is all false negatives; an unknown note is all false positives', () => {
    const r = score([line([ev({ type: 'response', code: 'PD' })], 'a')], [line([ev({ type: 'response', code: 'PD' })], 'b')]);
    expect(r.overall).toMatchObject({ gold: 1, pred: 1, matched: 0 });
    expect(r.unknownNotes).toEqual(['b']);
  });
});

describe('kozoka eval CLI', () => {
  it('gold against itself scores 100% everywhere; --json is parseable', async () => {
    const r = await runCli(['eval', '--gold', DEV_GOLD_FILES[1]!, '--pred', DEV_GOLD_FILES[1]!, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { overall: { f1: number; dates: number; strictF1: number; gold: number } };
    expect(json.overall).toMatchObject({ f1: 1, dates: 1, strictF1: 1 });
    expect(json.overall.gold).toBeGreaterThan(200);
  });

  it('--errors lists what went wrong with note and evidence', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-eval-'));
    const gold = line([ev({ type: 'response', code: 'PD' }, '2021-01-01')], 'n9');
    const pred = line([ev({ type: 'response', code: 'SD' }, '2021-01-01')], 'n9');
    writeFileSync(join(dir, 'g.jsonl'), JSON.stringify(gold) + '\n');
    writeFileSync(join(dir, 'p.jsonl'), JSON.stringify(pred) + '\n');
    const r = await runCli(['eval', '--gold', join(dir, 'g.jsonl'), '--pred', join(dir, 'p.jsonl'), '--errors']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^FN\tn9\tresponse code=PD date=2021-01-01 «x» @\d+$/m);
    expect(r.stdout).toMatch(/^FP\tn9\tresponse code=SD/m);
    expect(r.stdout).toMatch(/^overall +1 +1 +0 /m);
  });

  it('a bad line is an error naming file and line; missing options exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kozoka-eval-'));
    writeFileSync(join(dir, 'bad.jsonl'), '{"note":{"id":"a","text":"x"},"events":[]}\n{"note":1}\n');
    const r = await runCli(['eval', '--gold', join(dir, 'bad.jsonl'), '--pred', join(dir, 'bad.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not a \{note, events\} line/);
    expect((await runCli(['eval', '--gold', 'x'])).code).toBe(2);
  });
});
