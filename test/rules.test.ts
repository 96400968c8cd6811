import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteEventsSchema, dictionaries, extractWithRules, extractWithRulesBatch, readTable, score, segmentNote, type ClinicalEvent, type Note } from '../src/index.js';
import { DEV_GOLD_FILES, FIXTURES, SHARED } from './helpers/paths.js';

const note = (text: string, date = '2024-05-01'): Note => ({ id: 't', date, text });
const run = (text: string, date?: string) => extractWithRules(note(text, date));
const ofType = <T extends ClinicalEvent['type']>(events: ClinicalEvent[], type: T) =>
  events.filter((e): e is Extract<ClinicalEvent, { type: T }> => e.type === type);
/** Each diagnosis's name and ICD-10 code, the note dated 2026-11-26. */
const diagnosisCodes = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
const strip = (e: ClinicalEvent) => {
  const { evidence, source, date, ...rest } = e;
  void evidence;
  void source;
  void date;
  return rest;
};

describe('dictionaries', () => {
  it('are data files of the required size', () => {
    const d = dictionaries();
    const drugNames = new Set(readTable('drugs.tsv').map((r) => r[0]));
    expect(drugNames.size).toBeGreaterThanOrEqual(300);
    expect(readTable('regimens.tsv').length).toBeGreaterThanOrEqual(60);
    expect(d.biomarkers.length).toBeGreaterThan(30);
  });

  it('expand every regimen to canonical drug names that the drug file knows', () => {
    const known = new Set(readTable('drugs.tsv').flatMap((r) => r[0]!.split(',')));
    for (const [name, drugs] of readTable('regimens.tsv')) for (const d of drugs!.split(',')) expect(known, `${name}: ${d}`).toContain(d);
  });

  it('give rituximab to every regimen spelled with its R- (R-CODOX-M, R-ESHAP, R-IVAC)', () => {
    for (const [name, drugs, spellings = ''] of readTable('regimens.tsv'))
      for (const spelling of [name!, ...spellings.split('|')]) if (/^R-/.test(spelling)) expect(drugs!.split(','), spelling).toContain('rituximab');
  });
});

describe('staging', () => {
  it.each([
    ['cT2aN0M0', { tnm: { prefix: 'c', t: 'T2a', n: 'N0', m: 'M0' } }],
    ['pT1bN1aM0', { tnm: { prefix: 'p', t: 'T1b', n: 'N1a', m: 'M0' } }],
    ['ypT0N0', { tnm: { prefix: 'yp', t: 'T0', n: 'N0' } }],
    ['T4N1M1c, Stage IVB', { tnm: { t: 'T4', n: 'N1', m: 'M1c' }, stage: 'IVB' }],
    ['StageⅣ', { tnm: {}, stage: 'IV' }],
    ['ステージ4', { tnm: {}, stage: 'IV' }],
    ['臨床病期IVA期', { tnm: {}, stage: 'IVA' }],
    ['cStage IIB', { tnm: { prefix: 'c' }, stage: 'IIB' }],
    ['ｃＴ３Ｎ１Ｍ０ ｃＳｔａｇｅⅢ（ＵＩＣＣ第８版）', { tnm: { prefix: 'c', t: 'T3', n: 'N1', m: 'M0' }, stage: 'III', system: 'UICC8' }],
    ['pT3 pN1a M0', { tnm: { prefix: 'p', t: 'T3', n: 'N1a', m: 'M0' } }],
    ['pT2a（腫瘍径3.5cm）、pN0（0/12）、M0、Stage IB', { tnm: { prefix: 'p', t: 'T2a', n: 'N0', m: 'M0' }, stage: 'IB' }],
    ['urothelial carcinoma, pT2', { tnm: { prefix: 'p', t: 'T2' } }],
    ['FIGO IIIC期', { tnm: {}, stage: 'IIIC', system: 'FIGO' }],
    ['cT3N1M0 cStageIIIb', { tnm: { prefix: 'c', t: 'T3', n: 'N1', m: 'M0' }, stage: 'IIIB' }],
    ['R-ISS II', { tnm: {}, stage: 'II', system: 'R-ISS' }],
    ['cT4aN2aM1c1 (HEP, PUL) cStageIVc', { tnm: { prefix: 'c', t: 'T4a', n: 'N2a', m: 'M1c1' }, stage: 'IVC' }],
    ['cT3N1aM1a（H2）cStageIVA', { tnm: { prefix: 'c', t: 'T3', n: 'N1a', m: 'M1a' }, stage: 'IVA' }],
    ['T2a N0 M1a（胸水）、ステージ IVA期', { tnm: { t: 'T2a', n: 'N0', m: 'M1a' }, stage: 'IVA' }],
    ['IIB期 (FIGO2018)', { tnm: {}, stage: 'IIB', system: 'FIGO' }],
    ['臨床進行期IIIC1期', { tnm: {}, stage: 'IIIC1' }],
  ])('%s', (text, want) => {
    const [e, ...rest] = ofType(run(`病期: ${text}`), 'staging');
    expect(rest).toEqual([]);
    expect(strip(e!)).toEqual({ type: 'staging', ...want });
  });

  it('T790M and G12C are not TNM strings, nor is a T without its prefix or N (MRI T2)', () => {
    expect(ofType(run('T790M陽性、KRAS G12C陽性。MRI T2強調像で高信号'), 'staging')).toEqual([]);
  });
});

describe('English and shorthand', () => {
  it('reads an English note: diagnosis label, procedure with its side, metastases with their cues, x4 courses, maintenance, a line written after the drug', () => {
    const events = run('Dx: metastatic RCC (clear cell)\nS/P rt nephrectomy 2019/5.\n2023/2- Nivo+Ipi x4 then Nivo maintenance.\n2024/10 CT: new lung mets, no brain mets.\n2024/11/1- cabozantinib 2nd line started.\nliver biopsy planned.');
    const summary = (e: ClinicalEvent): string => {
      if (e.type === 'medication') return `${e.drugs.join('+')} line ${e.line ?? '-'} cycles ${e.cycles ?? '-'}`;
      if (e.type === 'metastasis') return `${e.sites.join(',')} ${e.certainty ?? 'confirmed'}`;
      if (e.type === 'procedure') return `${e.name} @${e.site ?? '-'}`;
      if (e.type === 'diagnosis') return e.name;
      return '';
    };
    expect(events.filter((e) => e.type !== 'response').map((e) => [e.type, summary(e)])).toEqual([
      ['diagnosis', 'RCC'],
      ['procedure', 'nephrectomy @rt'],
      ['medication', 'ipilimumab+nivolumab line - cycles 4'],
      ['medication', 'nivolumab line - cycles -'],
      ['metastasis', 'PUL confirmed'],
      ['metastasis', 'BRA negated'],
      ['medication', 'cabozantinib line 2 cycles -'],
    ]);
  });
});

describe('biomarkers named together', () => {
  it('share the call after the last one; a gene with its own call keeps it', () => {
    const events = ofType(run('EGFR/ALK/ROS1 陰性。\nKRAS陽性、BRAF・NRAS陰性'), 'biomarker');
    expect(events.map((e) => [e.name, e.result, e.evidence!.text])).toEqual([
      ['EGFR', 'negative', 'EGFR/ALK/ROS1 陰性'],
      ['ALK', 'negative', 'ALK/ROS1 陰性'],
      ['ROS1', 'negative', 'ROS1 陰性'],
      ['KRAS', 'positive', 'KRAS陽性'],
      ['BRAF', 'negative', 'BRAF・NRAS陰性'],
      ['NRAS', 'negative', 'NRAS陰性'],
    ]);
    // トリプルネガティブ states three results.
    expect(ofType(run('針生検：浸潤性乳管癌、トリプルネガティブ。'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['ER', 'negative'],
      ['PgR', 'negative'],
      ['HER2', 'negative'],
    ]);
    // One spelling for two genes gives both.
    expect(ofType(run('BRCA1/2 陰性'), 'biomarker').map((e) => [e.name, e.result])).toEqual([['BRCA1', 'negative'], ['BRCA2', 'negative']]);
  });

  it('a negated change (増大なし, 変化なし) leaves the finding confirmed', () => {
    expect(ofType(run('腹水貯留あり。腹膜播種増大なし。脳転移なし。'), 'metastasis').map((e) => [e.sites[0], e.certainty ?? 'confirmed'])).toEqual([
      ['PER', 'confirmed'],
      ['BRA', 'negated'],
    ]);
  });
});

describe('metastasis', () => {
  it('written site codes form one event with sorted sites', () => {
    const [e] = ofType(run('多発転移あり: BRA, PUL, LYM, PLE, OSS'), 'metastasis');
    expect(e!.sites).toEqual(['BRA', 'LYM', 'OSS', 'PLE', 'PUL']);
  });

  it('Japanese site words map to UICC codes; negation and suspicion are their own events', () => {
    const events = ofType(run('4/1 脳転移なし、肝転移の可能性あり。\n4/20 肝転移と判断。多発骨転移、骨盤内リンパ節転移あり。\n5/1 肝転移増大。'), 'metastasis');
    expect(events.map((e) => [e.sites.join(','), e.certainty ?? 'confirmed'])).toEqual([
      ['BRA', 'negated'],
      ['HEP', 'suspected'],
      ['HEP', 'confirmed'],
      ['OSS', 'confirmed'],
      ['LYM', 'confirmed'],
    ]);
  });

  it('遠隔転移なし names no site and gives nothing; the M of a TNM string is not a metastasis', () => {
    expect(ofType(run('cT2N0M1a、遠隔転移なし'), 'metastasis')).toEqual([]);
  });
});

describe('biomarkers', () => {
  it.each([
    ['EGFR(L858R+)', { name: 'EGFR', variant: 'L858R', result: 'positive' }],
    ['KRAS-', { name: 'KRAS', result: 'negative' }],
    ['ALK融合遺伝子陰性', { name: 'ALK', result: 'negative' }],
    ['ALK-IHC陰性', { name: 'ALK', result: 'negative' }],
    ['BRCA1病的バリアント陽性', { name: 'BRCA1', result: 'positive' }],
    ['p16陽性', { name: 'p16', result: 'positive' }],
    ['MSI-Highではなかった（MSS）', { name: 'MSI', result: 'negative' }],
    ['MSI検査 陰性', { name: 'MSI', result: 'negative' }],
    ['HER2 score 0', { name: 'HER2', result: 'negative', value: '0' }],
    ['FLT3-ITD陽性', { name: 'FLT3', variant: 'ITD', result: 'positive' }],
    ['MGMTプロモーターメチル化あり', { name: 'MGMT', result: 'positive' }],
    ['IDH野生型', { name: 'IDH', result: 'negative' }],
    ['ROS1 (RT-PCR) 陰性', { name: 'ROS1', result: 'negative' }],
    ['PD-L1 TPS 50%', { name: 'PD-L1', result: 'positive', value: '50%' }],
    ['22C3 <1%', { name: 'PD-L1', result: 'negative', value: '<1%' }],
    ['HER2 3+', { name: 'HER2', result: 'positive', value: '3+' }],
    ['HER2 2+', { name: 'HER2', result: 'equivocal', value: '2+' }],
    ['MSI-High', { name: 'MSI', result: 'positive' }],
    ['MSS', { name: 'MSI', result: 'negative' }],
    ['ER 90%', { name: 'ER', result: 'positive', value: '90%' }],
    ['Ki-67 30%', { name: 'Ki-67', result: 'unknown', value: '30%' }],
    ['BRAF V600E変異陽性', { name: 'BRAF', variant: 'V600E', result: 'positive' }],
    ['EGFR exon19 deletion陽性', { name: 'EGFR', variant: 'exon19del', result: 'positive' }],
    ['RAS野生型', { name: 'RAS', result: 'negative' }],
    ['T790M陽性', { name: 'EGFR', variant: 'T790M', result: 'positive' }],
  ])('%s', (text, want) => {
    const events = ofType(run(`検査結果: ${text}。`), 'biomarker');
    expect(events.map(strip)).toEqual([{ type: 'biomarker', ...want }]);
  });

  it('serum tumour markers and EGFR-TKI are not biomarker results', () => {
    expect(ofType(run('CEA 45.2、CA19-9 120、PSA 8.2。EGFR-TKI継続。'), 'biomarker')).toEqual([]);
  });
});

describe('medication', () => {
  it('reads line, drugs, cycles and status from a regimen chain', () => {
    const [e] = ofType(run('2/1～4/10 2nd line CBDCA/PTX/Bev/Atezoを4course施行'), 'medication');
    expect(strip(e!)).toEqual({ type: 'medication', drugs: ['atezolizumab', 'bevacizumab', 'carboplatin', 'paclitaxel'], regimen: 'CBDCA/PTX/Bev/Atezo', line: 2, cycles: 4, status: 'completed' });
    expect(e!.date).toMatchObject({ start: '2024-02-01', end: '2024-04-10' });
  });

  it('expands regimens, including Japanese line words and brand names', () => {
    const events = ofType(run('一次治療としてFOLFIRI+Bmab開始。\n二次治療：キイトルーダ開始。\nタグリッソ継続。'), 'medication');
    expect(events.map((e) => [e.drugs.join('+'), e.line ?? null, e.status])).toEqual([
      ['bevacizumab+fluorouracil+irinotecan+levofolinate', 1, 'started'],
      ['pembrolizumab', 2, 'started'],
      ['osimertinib', null, 'ongoing'],
    ]);
  });

  it('ambiguous regimen names take the reading the note supports', () => {
    expect(ofType(run('左乳癌術後。TC療法 4コース施行'), 'medication')[0]!.drugs).toEqual(['cyclophosphamide', 'docetaxel']);
    expect(ofType(run('右下葉肺腺癌。TC療法 4コース施行'), 'medication')[0]!.drugs).toEqual(['carboplatin', 'paclitaxel']);
  });

  it('plans, dose changes and back-references are not events; the stopped drug is', () => {
    const events = ofType(run('次回XELOX導入予定。\nS-1は80mgに減量。\nPembro後のPD。\nFOLFOXのL-OHPを中止。'), 'medication');
    expect(events.map((e) => [e.drugs.join('+'), e.status])).toEqual([['oxaliplatin', 'stopped']]);
  });

  it('a plan said in an earlier sentence of the line does not make a therapy started after it a plan', () => {
    const started = (text: string) => ofType(run(text), 'medication').map((e) => [e.regimen, e.status]);
    expect(started('6/1 CT予定。本日よりGnP療法開始。')).toEqual([['GnP', 'started']]);
    expect(started('6/1 緩和ケアの方針も説明した。本日よりGnP療法開始。')).toEqual([['GnP', 'started']]);
    // (…while in its own sentence the plan still holds.)
    expect(started('6/1 次回外来時CT評価、問題なければGnP療法開始。')).toEqual([]);
    expect(started('【次回】GnP療法 3コース目開始')).toEqual([]);
  });

  it('a later status event carries the line written for the regimen', () => {
    const events = ofType(run('1/10～ 1st line GnP開始。\n3/1 GnP 4コース目投与。'), 'medication');
    expect(events.map((e) => [e.status, e.line, e.cycles ?? null])).toEqual([['started', 1, null], ['ongoing', 1, 4]]);
  });

  it('a regimen spelled out after 療法 keeps its name and takes the doses; a drug given into an artery is not systemic therapy', () => {
    const [dcf, ...rest] = ofType(run('10/4よりDCF療法（DTX 70mg/m2, CDDP 70mg/m2, 5-FU 750mg/m2）1コース目を開始。\nH30.11 TACE(エピルビシン)施行。'), 'medication');
    expect(rest).toEqual([]);
    expect(strip(dcf!)).toEqual({ type: 'medication', drugs: ['cisplatin', 'docetaxel', 'fluorouracil'], regimen: 'DCF', dose: 'DTX 70mg/m2, CDDP 70mg/m2, 5-FU 750mg/m2', cycles: 1, status: 'started' });
  });

  it('a drug named only as what goes with a planned therapy (S-1併用の…予定), or as the cause of an adverse event, is no event', () => {
    expect(ofType(run('今後 術後照射およびS-1併用の内分泌療法予定。'), 'medication')).toEqual([]);
    expect(ofType(run('3/25よりCDDP+ETP併用同時胸部放射線療法(45Gy/30fr, 1日2回)開始予定。'), 'medication')).toEqual([]);
    expect(ofType(run('ドセタキセルによる浮腫あり、フロセミド開始。'), 'medication')).toEqual([]);
    // …but a therapy given by it is: S-1による術後補助化学療法を開始.
    expect(ofType(run('S-1 120mg/日による術後補助化学療法を開始。'), 'medication').map((e) => e.status)).toEqual(['started']);
  });

  it('English "on" a therapy is ongoing, "PD on" it is a back-reference; a range right after the regimen dates a verbless line', () => {
    const events = ofType(run('A 68-year-old man on 2nd-line nal-IRI + 5-FU/LV since 2025/4/1 after PD on GnP.\n  1st line: SOX+Nivo 2022/6～2023/2 (PD)'), 'medication');
    expect(events.map((e) => [e.regimen, e.line, e.status, e.date?.start, e.date?.end ?? null])).toEqual([
      ['nal-IRI + 5-FU/LV', 2, 'ongoing', '2025-04-01', null],
      ['SOX+Nivo', 1, 'completed', '2022-06', '2023-02'],
    ]);
  });

  it('a drug said not given (ギルテリチニブ併用なし) is no event; HiDAC is high-dose cytarabine', () => {
    const events = ofType(run('8/5～ IDR+Ara-C(3+7)寛解導入療法開始、ギルテリチニブ併用なし。\n9/20～ HiDAC地固め療法 3コース施行。'), 'medication');
    expect(events.map((e) => [e.drugs.join('+'), e.cycles ?? null])).toEqual([
      ['cytarabine+idarubicin', null],
      ['cytarabine', 3],
    ]);
  });

  it('a drug on a line with a closed range and no verb was given over that range', () => {
    const [e] = ofType(run('2021.12.15～2022.3.30 術前内分泌療法（レトロゾール）。'), 'medication');
    expect([e!.drugs, e!.status, e!.intent, e!.date]).toEqual([['letrozole'], 'completed', 'neoadjuvant', { start: '2021-12-15', end: '2022-03-30', text: '2021.12.15～2022.3.30' }]);
  });

  it('a switch to a drug starts it; a dose change is not a switch', () => {
    const events = ofType(run('2022/3 CRPCと判断し、エンザルタミドへ変更。\nR3.2 ニボルマブ単剤に切り替え。\nS-1の投与量を変更。\n4コース後PEM+Pembro維持療法へ移行。\n2/24: CT評価でSD、Bev/Atezo維持療法へ'), 'medication');
    expect(events.map((e) => [e.drugs.join('+'), e.status])).toEqual([
      ['enzalutamide', 'started'],
      ['nivolumab', 'started'],
      ['pembrolizumab+pemetrexed', 'started'],
      ['atezolizumab+bevacizumab', 'started'],
    ]);
  });

  it('ended at the Nth course is completed; the Nth course ended is not the end of the therapy', () => {
    const events = ofType(run('2023/1～ ドセタキセル開始、6コース目で終了。\n2024/2 エトポシド 1サイクル目終了。'), 'medication');
    expect(events.map((e) => [e.drugs.join('+'), e.cycles ?? null, e.status])).toEqual([
      ['docetaxel', 6, 'completed'],
      ['etoposide', 1, 'started'],
    ]);
  });
});

describe('from a seventh gold set (styles7)', () => {
  it('polite and は-negations: 再発は認めておりません is a negated 再発; 咳や痰は特にありません negates the cough', () => {
    const events = run('明らかな再発は認めておりません。咳や痰は特にありません。');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([['再発', 'negated']]);
    expect(ofType(events, 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([['咳', 'negated']]);
    expect(ofType(run('CTで再発は認めず。'), 'diagnosis').map((e) => e.certainty)).toEqual(['negated']);
  });

  it('sites joined by ・ share 転移, a joined finding of its own does not (リンパ節腫大・腹膜播種)', () => {
    const sites = (text: string) => ofType(run(text), 'metastasis').map((e) => [e.sites, e.evidence!.text]);
    expect(sites('CTで傍大動脈リンパ節腫大・腹膜播種を認めた。')).toEqual([[['PER'], '腹膜播種']]);
    expect(sites('肝・骨転移あり。')).toEqual([[['HEP', 'OSS'], '肝・骨転移']]);
    expect(sites('縦隔リンパ節転移・遠隔転移を認めず。')).toEqual([[['LYM'], '縦隔リンパ節転移・遠隔転移を認めず']]);
  });

  it('KIT and other exon variants; FIGO with its edition year, on a title line', () => {
    expect(ofType(run('病理：ＫＩＴ exon11変異陽性、高リスク'), 'biomarker').map(strip)).toEqual([{ type: 'biomarker', name: 'KIT', variant: 'exon11', result: 'positive' }]);
    const endometrial = run('【婦人科 外来】\n子宮体癌（類内膜癌 G3）FIGO2023 IIIC1期。');
    expect(ofType(endometrial, 'diagnosis').map((e) => e.name)).toEqual(['子宮体癌']);
    expect(ofType(endometrial, 'staging').map(strip)).toEqual([{ type: 'staging', tnm: {}, stage: 'IIIC1', system: 'FIGO' }]);
  });

  it('a date written against a procedure name is not part of it, and dates it', () => {
    const [p] = ofType(run('2025年5月より息切れあり。6月2日胸腔鏡下胸膜生検にて中皮腫と診断。'), 'procedure');
    expect([p!.name, p!.date?.start]).toEqual(['胸腔鏡下胸膜生検', '2025-06-02']);
    // (…also with slashes or dots: the day is not the name's first character.)
    const named = (text: string) => ofType(run(text, '2025-09-01'), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(named('2025/8/3生検で肺腺癌と診断。')).toEqual([['生検', '2025-08-03']]);
    expect(named('8/3肺生検施行。')).toEqual([['肺生検', '2025-08-03']]);
    expect(named('2025.8.3肺生検施行。')).toEqual([['肺生検', '2025-08-03']]);
  });

  it('a history table row naming the cancer as a cell of its own is its diagnosis; a sentence about it is not', () => {
    const row = ofType(run('【治療歴】\n２０２３年４月　胃ＧＩＳＴ（胃体上部、５．２ｃｍ）　腹腔鏡下胃局所切除術'), 'diagnosis');
    expect(row.map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['胃GIST', 'C16.2', '2023-04']]);
    expect(ofType(run('【治療歴】\n２０２３年４月　胃ＧＩＳＴに対し腹腔鏡下胃局所切除術'), 'diagnosis')).toEqual([]);
  });
});

describe('from an eighth gold set (styles8)', () => {
  it('a field label before a title line (対象：, 病状：); BCLC makes a title; Dx: with English words before the abbreviation', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(names('【薬剤管理指導記録】\n対象：胆管癌（肝門部）cT3N1M0 StageIIIC')).toEqual([['胆管癌', 'C24.0']]);
    expect(names('【2025/9/9 外来】\nHCC（BCLC-C、門脈侵襲Vp3）。')).toEqual([['HCC', 'C22.0']]);
    expect(names('Dx: clear cell RCC, lt kidney')).toEqual([['clear cell RCC', 'C64']]);
    // Not a label of the patient's own cancer.
    expect(names('家族歴：母 乳癌 StageII')).toEqual([]);
  });

  it('a therapy history in one line: ranges in parentheses after each regimen, a sequence of responses', () => {
    const events = run('Tx歴: Pembro単剤 (2023/8-2024/6, PR→PD) → CBDCA+nab-PTX (2024/7-2024/12, 4kur, SD→PD) → DTX+RAM (2025/1-)', '2025-10-01');
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.status, e.date?.start, e.date?.end ?? null])).toEqual([
      ['Pembro', 'completed', '2023-08', '2024-06'],
      ['CBDCA+nab-PTX', 'completed', '2024-07', '2024-12'],
      ['DTX+RAM', 'started', '2025-01', null],
    ]);
    expect(ofType(events, 'response').map((e) => e.code)).toEqual(['PR', 'PD', 'SD', 'PD']);
    // Two categories in one clause without an arrow are still one response.
    expect(ofType(run('原疾患の増悪を認めPDと判断。'), 'response')).toHaveLength(1);
  });

  it('English abbreviations (Nivo+Cabo), more genes, あり as a call, CRi, 入院加療, a qualifier after AML', () => {
    expect(ofType(run('Nivo+Cabo started 2024/3/5'), 'medication').map((e) => e.drugs)).toEqual([['cabozantinib', 'nivolumab']]);
    expect(ofType(run('TP53変異陽性。gBRCA2病的バリアントあり。'), 'biomarker').map((e) => [e.name, e.result])).toEqual([['TP53', 'positive'], ['BRCA2', 'positive']]);
    expect(ofType(run('5/12 骨髄検査でCRi。'), 'response').map((e) => e.code)).toEqual(['CR']);
    expect(ofType(run('発熱性好中球減少症にて入院加療。'), 'admission').map((e) => e.reason)).toEqual(['発熱性好中球減少症']);
    expect(ofType(run('現在入院加療中。入院加療を要する状態。'), 'admission')).toEqual([]);
    expect(ofType(run('2025年2月 骨髄検査、AML（MDS関連変化を伴う）と診断。'), 'diagnosis').map((e) => e.name)).toEqual(['AML']);
  });

  it('breast surgery abbreviations: a dated list entry, or the operation a …術後 names in parentheses', () => {
    const names = (text: string) => ofType(run(text), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(names('■左乳癌\n・2024/4/16 左Bt+Ax')).toEqual([['Bt+Ax', '2024-04-16']]);
    expect(names('乳癌術後(R4.6 左Bp+SN) pT1cN0M0')).toEqual([['Bp+SN', '2022-06']]);
    // Named in passing, it is no event.
    expect(names('Bt+Ax後の上肢浮腫について相談。')).toEqual([]);
  });
});

describe('from a ninth gold set (styles9)', () => {
  it('a dose with its schedule stays in the chain (…75mg/m2 3週毎 + …600mg 1日2回 併用開始)', () => {
    const meds = ofType(run('R7.1.7～ ドセタキセル 75mg/m2 3週毎 + ダロルタミド 600mg 1日2回 併用開始。'), 'medication');
    expect(meds.map((e) => [e.drugs, e.status])).toEqual([[['darolutamide', 'docetaxel'], 'started']]);
  });

  it('a discharge summary heading is no discharge; an endoscopy introducing a therapeutic act with a colon is named for the act', () => {
    expect(ofType(run('【退院サマリー】\n1/31 退院。'), 'discharge').map((e) => e.evidence!.text)).toEqual(['退院']);
    expect(ofType(run('2025/4/10 CF: S状結腸に15mm大のIs病変 → ESD施行。'), 'procedure').map((e) => e.name)).toEqual(['ESD']);
  });
});

describe('from a tenth gold set (styles10)', () => {
  it('# marks a problem after other words on its line; LK is lung cancer', () => {
    expect(ofType(run('70M, #LK (Sq) lt S1+2, cT3N2M0 cStage IIIB'), 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['LK', 'C34.9']]);
    // A # inside a word is no problem marker.
    expect(ofType(run('検体No.#12 胃癌 T2'), 'diagnosis')).toEqual([]);
  });

  it('MSI-H判定陰性 is a negative MSI; CLDN18 is CLDN18.2', () => {
    const bio = ofType(run('HER2陰性、CLDN18陰性、MSI-H判定陰性(MSS)'), 'biomarker');
    expect(bio.map((e) => [e.name, e.result])).toEqual([['HER2', 'negative'], ['CLDN18.2', 'negative'], ['MSI', 'negative']]);
  });

  it('予定通り施行 is done, not planned; a duration without a verb is a course given; s/p before an abbreviation; R-MPV', () => {
    const meds = (text: string) => ofType(run(text), 'medication').map((e) => [e.regimen, e.status, e.cycles ?? null]);
    expect(meds('A/P) T-DXd 2回目 予定通り施行')).toEqual([['T-DXd', 'ongoing', 2]]);
    expect(meds('T-DXd 2回目 予定')).toEqual([]);
    expect(meds('#1 乳癌 s/p Bt+SN (2019), 術後Tmab 1年')).toEqual([['Tmab', 'completed', null]]);
    expect(meds('R-MPV療法 5コース施行後、CR。')).toEqual([['R-MPV', 'completed', 5]]);
    expect(ofType(run('#1 乳癌 s/p Bt+SN (2019)'), 'procedure').map((e) => e.name)).toEqual(['Bt+SN']);
  });

  it('under a heading naming where today\'s treatment is given (【外来化学療法室】), undated lines take the note date', () => {
    const [med] = ofType(run('【外来化学療法室】\n直腸癌術後再発、3rd line ロンサーフ＋ベバシズマブ 5コース目 day1。', '2025-09-16'), 'medication');
    expect([med!.line, med!.date?.start]).toEqual([3, '2025-09-16']);
  });
});

describe('from an eleventh gold set (styles11)', () => {
  it('the stage of another disease is not a cancer stage; pTa is a T category', () => {
    expect(ofType(run('既往歴：CKD stage 3a、高血圧。褥瘡 stage II。'), 'staging')).toEqual([]);
    expect(ofType(run('膀胱癌（筋層非浸潤性, pTa high grade）'), 'staging').map(strip)).toEqual([{ type: 'staging', tnm: { prefix: 'p', t: 'Ta' } }]);
  });

  it('a relative\'s biomarker is not the patient\'s; intravesical BCG is not systemic therapy', () => {
    expect(ofType(run('家族歴：母 卵巣癌、姉 乳癌（48歳、BRCA1病的バリアントあり）。'), 'biomarker')).toEqual([]);
    expect(ofType(run('2025/1/14～ BCG膀胱内注入療法（週1回×6回）開始。'), 'medication')).toEqual([]);
  });

  it('a drug added in parentheses after the courses joins the regimen (TC療法 6サイクル（+Bev）)', () => {
    const meds = ofType(run('2024/9～2025/1 TC療法 6サイクル（+Bev）。'), 'medication');
    expect(meds.map((e) => [e.regimen, e.drugs, e.cycles, e.status])).toEqual([['TC+Bev', ['bevacizumab', 'carboplatin', 'paclitaxel'], 6, 'completed']]);
  });

  it('an abbreviation opening a dated history line is a procedure done, with its parenthetical as detail; ERCP、EBD留置 is one', () => {
    const procs = ofType(run('2024/8 PDS（TAH+BSO+OMT+骨盤・傍大動脈リンパ節郭清）、R0。\n2024/12/24 2nd TUR：残存腫瘍なし。\n2023/6/5 ERCP、EBD留置。'), 'procedure');
    expect(procs.map((e) => [e.name, e.detail ?? null])).toEqual([['PDS', 'TAH+BSO+OMT+骨盤・傍大動脈リンパ節郭清'], ['TUR', null], ['EBD留置', null]]);
  });

  it('…予定で入院 is an admission that happened', () => {
    const adm = ofType(run('2025/7/29 PRRT 1回目 施行予定で入院。\n8/1 入院予定。'), 'admission');
    expect(adm.map((e) => [e.date?.start, e.reason ?? null])).toEqual([['2025-07-29', null]]);
  });
});

describe('from a twelfth gold set (styles12)', () => {
  it('1st:/2nd:/3rd: label lines of therapy, carried to a later course; stIV is a stage; CPS<1 alone is PD-L1', () => {
    const events = run('胃癌 stIV (P1, CY1) HER2(-) CPS<1\n1st: SOX 8kur → PD\n2nd: RAM+PTX → 2025/1～、6kurまで施行、PD\n3rd: Nivo 2025/5/12～\nNivo 2回目 today', '2025-06-02');
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.line, e.status])).toEqual([
      ['SOX', 1, 'completed'],
      ['RAM+PTX', 2, 'completed'],
      ['Nivo', 3, 'started'],
      ['Nivo', 3, 'ongoing'],
    ]);
    expect(ofType(events, 'staging').map((e) => e.stage)).toEqual(['IV']);
    expect(ofType(events, 'biomarker').map((e) => [e.name, e.result, e.value ?? null])).toEqual([['HER2', 'negative', null], ['PD-L1', 'negative', 'CPS <1']]);
    // PD-L1 with a colon before its score.
    expect(ofType(run('PD-L1 (22C3): TPS 50%'), 'biomarker').map((e) => [e.evidence!.text, e.value])).toEqual([['PD-L1 (22C3): TPS 50%', '50%']]);
  });

  it('maintenance named alone after a chain starts it; a cell therapy infused is given; an arrow ends a chain\'s own dates', () => {
    const mm = ofType(run('1. VRd 4コース → 自家末梢血幹細胞移植（2021/3）→ レナリドミド維持\n2025/7/15 イデカブタゲン ビクルユーセル（ide-cel）輸注。'), 'medication');
    expect(mm.map((e) => [e.regimen, e.status])).toEqual([['VRd', 'completed'], ['レナリドミド', 'started'], ['イデカブタゲン ビクルユーセル(ide-cel)', 'completed']]);
    // With courses after it, 維持 is no verb: the courses were given.
    expect(ofType(run('8/8～11/21 PEM+Pembro維持 6kur'), 'medication').map((e) => [e.status, e.cycles])).toEqual([['completed', 6]]);
  });

  it('LET+PAL and other endocrine abbreviations; …転移にて再発。 states a recurrence', () => {
    const events = run('R6.4 多発骨転移・肝転移にて再発。LET+PAL（レトロゾール＋パルボシクリブ）へ変更。');
    expect(ofType(events, 'medication').map((e) => [e.drugs, e.status])).toEqual([[['letrozole', 'palbociclib'], 'started']]);
    expect(ofType(events, 'diagnosis').map((e) => e.name)).toEqual(['再発']);
  });
});

describe('from a thirteenth gold set (styles13)', () => {
  it('meta and メタ are metastases (not メタボ); r/o before one makes it suspected; a shared cue covers ・-joined findings', () => {
    const mets = (text: string) => ofType(run(text), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed']);
    expect(mets('多発肝メタ、腹膜播種あり。メタボリック症候群。')).toEqual([[['HEP'], 'confirmed'], [['PER'], 'confirmed']]);
    expect(mets('頭部MRI：小脳に5mm大の結節、r/o 脳転移。')).toEqual([[['BRA'], 'suspected']]);
    expect(mets('肝meta・腹膜播種疑い')).toEqual([[['HEP'], 'suspected'], [['PER'], 'suspected']]);
  });

  it('a variant named after its gene with no call is a positive result', () => {
    expect(ofType(run('#右下葉肺腺癌 StageIVA, EGFR L858R'), 'biomarker').map(strip)).toEqual([{ type: 'biomarker', name: 'EGFR', variant: 'L858R', result: 'positive' }]);
    expect(ofType(run('EGFR L858R検査を提出。'), 'biomarker')).toEqual([]);
  });

  it('a histology after other notes in a cancer\'s parentheses, and 術後再発 after the cancer, are not diagnoses of their own', () => {
    expect(ofType(run('#1 乳癌（左、浸潤性小葉癌）pT2N0M0'), 'diagnosis').map((e) => e.name)).toEqual(['乳癌']);
    expect(ofType(run('A) 胆嚢癌 術後再発、多発肝メタ。'), 'diagnosis').map((e) => e.name)).toEqual(['胆嚢癌']);
  });
});

describe('from a fourteenth gold set (styles14)', () => {
  it('再発なく is a negated 再発; Rai stages', () => {
    expect(ofType(run('2025年4月のMRIで脳転移なし、再発なく経過している。'), 'diagnosis').map((e) => [e.name, e.certainty])).toEqual([['再発', 'negated']]);
    expect(ofType(run('CLL（Binet B, Rai II）'), 'staging').map(strip)).toEqual([{ type: 'staging', tnm: {}, stage: 'II', system: 'Rai' }]);
  });
});

describe('from a fifteenth gold set (styles15)', () => {
  it('a problem number after a label (傷病名：#1 …); 後腹膜 is not the peritoneum', () => {
    expect(ofType(run('傷病名：#1 肺腺癌 cT4N3M1c Stage IVB'), 'diagnosis').map((e) => e.name)).toEqual(['肺腺癌']);
    expect(ofType(run('後腹膜リンパ節転移あり。'), 'metastasis').map((e) => e.sites)).toEqual([['LYM']]);
  });

  it('1L:/2L: line labels; a range after the dose dates a verbless chain; treated with (で治療), also with the brand and dose between', () => {
    expect(ofType(run('2L: Sotorasib 960mg 2024/3/11～'), 'medication').map((e) => [e.line, e.status, e.date?.start])).toEqual([[2, 'started', '2024-03-11']]);
    expect(ofType(run('2023年5月よりオシメルチニブ（タグリッソ）80mgで治療。'), 'medication').map((e) => [e.dose, e.status])).toEqual([['80mg', 'started']]);
  });

  it('a verb that is itself planned is not the status; a line under a 方針 label is a plan', () => {
    expect(ofType(run('2025/1/27～ BEP療法 開始、本日4コース目終了予定。'), 'medication').map((e) => [e.regimen, e.status])).toEqual([['BEP', 'started']]);
    expect(ofType(run('2025/1/27～ BEP療法 開始予定。'), 'medication')).toEqual([]);
    expect(ofType(run('退院時方針: 外来にて経過観察とし、エトポシド投与継続。'), 'medication')).toEqual([]);
  });
});

describe('from a sixteenth gold set (styles16)', () => {
  it('a bare 転移 takes the organ of the lesion described before it in its sentence', () => {
    const mets = ofType(run('【CT】2025/7/1：肝S8に12mm大の低吸収域、転移を疑う。肺転移なし。'), 'metastasis');
    expect(mets.map((e) => [e.sites, e.certainty ?? 'confirmed'])).toEqual([[['HEP'], 'suspected'], [['PUL'], 'negated']]);
    // No lesion described at an organ: nothing.
    expect(ofType(run('肺癌術後、転移なし。'), 'metastasis')).toEqual([]);
  });

  it('…癌術後（…） is a cancer word; a diagnosis is dated by its own line\'s means-and-診断, not by another problem\'s heading', () => {
    const events = run('#1 胃癌術後（2018年 幽門側胃切除術、pStage IA）\n#2 右肺腺癌 cT1bN0M0 cStage IA2（2025年3月 CTガイド下生検で診断）');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start ?? null])).toEqual([['胃癌', null], ['肺腺癌', '2025-03']]);
  });

  it('an admission written after a heading\'s label on its line is one; the label itself is not', () => {
    expect(ofType(run('【看護記録】12/1 10:30 化学療法目的で入院。', '2025-12-01'), 'admission').map((e) => e.reason)).toEqual(['化学療法']);
    expect(ofType(run('【入院時記録】\n本日外来。'), 'admission')).toEqual([]);
  });
});

describe('from a seventeenth gold set (styles17)', () => {
  it('radiotherapy doses in RBE, in 分割, and a single dose without fractions; FIGO stages with an r suffix', () => {
    const rt = (text: string) => ofType(run(text), 'radiotherapy').map((e) => [e.doseGy ?? null, e.fractions ?? null]);
    expect(rt('2024/1/9～3/1 重粒子線治療 51.6Gy(RBE)/12fr 施行')).toEqual([[51.6, 12]]);
    expect(rt('全脳照射（30 Gy/10分割）施行。')).toEqual([[30, 10]]);
    expect(rt('2025/2/14 左前頭葉転移にSRS 22Gy施行')).toEqual([[22, null]]);
    expect(rt('放射線治療（線量30 Gy）を施行した。')).toEqual([[30, null]]);
    expect(ofType(run('子宮頸癌 IIIC1r期（FIGO2018）'), 'staging').map((e) => [e.stage, e.system])).toEqual([['IIIC1', 'FIGO']]);
  });

  it('a 術後再発 after the cancer and its parenthesis is one statement with it', () => {
    expect(ofType(run('乳癌（HER2陽性）術後再発、多発脳転移'), 'diagnosis').map((e) => e.name)).toEqual(['乳癌']);
  });
});

describe('from an eighteenth and nineteenth gold set (styles18, styles19)', () => {
  it('cancer names written with kana: がん ends a name, and dictionary names with kana inside are taken whole', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(names('#1 肺がん cStage IV')).toEqual([['肺がん', 'C34.9']]);
    expect(names('2025/3/10 大腸がんと診断。')).toEqual([['大腸がん', 'C18.9']]);
    expect(names('びまん性大細胞型B細胞リンパ腫（DLBCL）Ann Arbor IIIA\n2025/3/10 頸部リンパ節生検で診断。')).toEqual([['びまん性大細胞型B細胞リンパ腫', 'C83.3']]);
  });

  it('sarcoma regimens (MAP, VDC/IE, VAC) expand to their drugs only in a sarcoma note (MAP is also a blood pressure)', () => {
    const drugs = (text: string) => ofType(run(text), 'medication').map((e) => e.drugs);
    expect(drugs('＃左大腿骨遠位骨肉腫\n2024/10～2025/1 術後MAP 4コース施行。')).toEqual([['cisplatin', 'doxorubicin', 'methotrexate']]);
    // One alternating regimen, one event.
    expect(drugs('ユーイング肉腫\n2024/5/1～ VDC/IE交替療法開始')).toEqual([['cyclophosphamide', 'doxorubicin', 'etoposide', 'ifosfamide', 'vincristine']]);
    expect(drugs('敗血症性ショック。2024/5/1 MAP 4コース施行')).toEqual([]);
  });

  it('a cancer 指摘 (pointed out) is diagnosed; a case summary opening (症例：68歳男性　食道癌) names the diagnosis', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(names('R5年6月のEOB-MRIでS8に2.5cm大の肝細胞癌を指摘。')).toEqual([['肝細胞癌', 'confirmed', '2023-06']]);
    expect(names('健診で胃癌疑いを指摘され受診。')).toEqual([['胃癌', 'suspected', null]]);
    // Only right after the cancer: here a lesion is pointed out, suspected to be one, so the cancer is only suspected.
    expect(names('2024/3 CTで肝細胞癌を疑う病変を指摘。')).toEqual([['肝細胞癌', 'suspected', '2024-03']]);
    expect(names('症例：68歳男性　食道癌（胸部中部、Mt）\n経過：2025/5/12 GIFで診断')).toEqual([['食道癌', 'confirmed', '2025-05-12']]);
    expect(names('症例は65歳の男性。胃癌術後。')).toEqual([['胃癌', 'confirmed', null]]);
  });

  it("a summary's 入院日：/退院日： fields are the stay's admission and discharge; its labels (入院理由, 入院までの経過, 入院経過) are none; one stay, one of each a day", () => {
    const stays = (text: string, date?: string) => run(text, date).filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start ?? null]);
    const summary = '入院日：2025年2月17日　退院日：2025年3月5日\n主訴または入院理由：肝転移\n入院までの経過：2023年11月に診断。\n入院経過：2月18日に肝部分切除術を施行。本日退院となった。';
    expect(stays(summary, '2025-03-05')).toEqual([
      ['admission', '2025-02-17'],
      ['discharge', '2025-03-05'],
    ]);
    // A field without a date says nothing.
    expect(stays('入院日：[補完情報]\n精査目的で入院となった。')).toEqual([['admission', null]]);
  });

  it('a range before the drug on its line dates it; a single day in the parenthesis after it is the response\'s', () => {
    const text = 'Tx:\n 1) 2023/2～2024/11 クリゾチニブ（2024/11 PD: 脳転移増大）';
    expect(ofType(run(text), 'medication').map((e) => [e.date?.start, e.date?.end])).toEqual([['2023-02', '2024-11']]);
    expect(ofType(run(text), 'response').map((e) => [e.code, e.date?.start])).toEqual([['PD', '2024-11']]);
    // A range in the parenthesis is still the therapy's own.
    expect(ofType(run('Pembro単剤 (2023/8-2024/6, PR→PD)'), 'medication').map((e) => [e.date?.start, e.date?.end])).toEqual([['2023-08', '2024-06']]);
  });

  it('a procedure abbreviation after a short label and its date (原発：2019年 左Bt+SN) is a dated entry', () => {
    expect(ofType(run('  原発：2019年 左Bt+SN（浸潤性乳管癌、pT2N0M0）'), 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['Bt+SN', '2019']]);
  });

  it("an operation record's 術式： line is one operation, its parts listed with 、", () => {
    const names = (text: string) => ofType(run(text), 'procedure').map((e) => e.name);
    expect(names('手術日：2025年4月10日\n術式：腹腔鏡下幽門側胃切除術、D2郭清、Billroth-I再建')).toEqual(['腹腔鏡下幽門側胃切除術、D2郭清、Billroth-I再建']);
    // Elsewhere 、 separates acts.
    expect(names('2025/5/1 胃切除術、胆嚢摘出術施行')).toEqual(['胃切除術', '胆嚢摘出術']);
  });

  it('a variant in parentheses after a positive call is the variant (EGFR陽性（exon19欠失）)', () => {
    const calls = (text: string) => ofType(run(text), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(calls('EGFR陽性（exon19欠失）の肺腺癌で、KRAS陽性(G12C)。ALK陰性(IHC)')).toEqual([
      ['EGFR', 'exon19del', 'positive'],
      ['KRAS', 'G12C', 'positive'],
      ['ALK', null, 'negative'],
    ]);
  });

  it('gastric subsites on the curvatures and the angle refine the code; the oesophagogastric junction is C16.0', () => {
    const codes = (text: string) => ofType(run(text), 'diagnosis').map((e) => e.icd10);
    expect(codes('術前診断：胃癌（胃角部小彎、cT2N0M0 cStage I）')).toEqual(['C16.5']);
    expect(codes('#1 胃癌（体中部小彎）')).toEqual(['C16.2']);
    expect(codes('#食道胃接合部癌 cT3N1M0')).toEqual(['C16.0']);
  });

  it('a pancreatic subsite in parentheses after the cancer refines its code; 頭部 alone (head imaging) does not', () => {
    const codes = (text: string) => ofType(run(text), 'diagnosis').map((e) => e.icd10);
    expect(codes('患者：膵癌（膵体部）cStage IV、肝転移')).toEqual(['C25.1']);
    expect(codes('#1 膵臓癌（膵頭部） cT3N0M0')).toEqual(['C25.0']);
    expect(codes('#1 膵がん（膵体尾部）')).toEqual(['C25.8']);
    expect(codes('#1 膵癌 cT3N0M0 頭部MRIで異常なし')).toEqual(['C25.9']);
  });

  it('始める starts, …で維持療法中 is ongoing; English holds and restarts are no status', () => {
    const statuses = (text: string) => ofType(run(text), 'medication').map((e) => [e.regimen, e.status]);
    expect(statuses('本日からPEM単剤で維持療法を始める。')).toEqual([['PEM', 'started']]);
    expect(statuses('現在はデュルバルマブ単剤で維持療法中です。')).toEqual([['デュルバルマブ', 'ongoing']]);
    expect(statuses('2025/6 ALT 180 → Axi held, restarted at reduced dose.')).toEqual([]);
    expect(statuses('Nivo restarted after irAE.')).toEqual([]);
    expect(statuses('2024/12/2- Pembro + Axi started.')).toEqual([['Pembro + Axi', 'started']]);
  });

  it('English case openings (70M., 65 y/o F,) before the cancer; MM, ccRCC, PDAC and ESCC are cancer abbreviations', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(names('70M. ccRCC (lt), s/p lap nephrectomy 2021/5 (pT3aN0M0).')).toEqual([['ccRCC', 'C64']]);
    expect(names('65 y/o F, NSCLC stage IV')).toEqual([['NSCLC', 'C34.9']]);
    expect(names('MM (IgG-κ) R-ISS II')).toEqual([['MM', 'C90.0']]);
    expect(names('#PDAC (Ph) cT3N0M0')).toEqual([['PDAC', 'C25.9']]);
    // Not a running sentence.
    expect(names('BP 120/70 mmHg, 5 MM nodule')).toEqual([]);
  });

  it('radiotherapy and infusion adverse effects are symptoms (口腔乾燥, 味覚低下, infusion reaction)', () => {
    const symptoms = (text: string) => ofType(run(text), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('S) かゆみ強い。')).toEqual([['かゆみ', 'confirmed']]);
    expect(symptoms('S) 口腔乾燥、味覚低下あり。infusion reactionなし。')).toEqual([
      ['口腔乾燥', 'confirmed'],
      ['味覚低下', 'confirmed'],
      ['infusion reaction', 'negated'],
    ]);
  });

  it('English cancer names run over the words before cancer/carcinoma and take the organ\'s code; English cues and case openings name the diagnosis', () => {
    const names = (text: string, date?: string) => ofType(run(text, date), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.date?.start ?? null]);
    expect(names('診断：Early gastric cancer, tub1, pT1a(M)')).toEqual([['Early gastric cancer', 'C16.9', null]]);
    // Under a visit heading an opening with nothing dated elsewhere takes the visit's date.
    expect(names('Progress note 2025/7/7\nA 68-year-old man with stage IV pancreatic adenocarcinoma (liver mets) on GnP.', '2025-07-07')).toEqual([['pancreatic adenocarcinoma', 'C25.9', '2025-07-07']]);
    // (metastatic says how far it spread, as the stage does: not part of the name.)
    expect(names('He was diagnosed with metastatic castration-resistant prostate cancer.')).toEqual([['castration-resistant prostate cancer', 'C61', null]]);
    // A histology alone stays a histology; a relative's cancer is not the patient's.
    expect(names('Family history: mother had breast cancer.')).toEqual([]);
    expect(names('Dx: clear cell RCC, lt kidney')).toEqual([['clear cell RCC', 'C64', null]]);
  });

  it('a metastasis on a heading takes the date of the line that states it as a finding, not of a change in it', () => {
    const dates = (text: string) => ofType(run(text), 'metastasis').map((e) => [e.sites.join(), e.date?.start ?? null]);
    expect(dates('#直腸癌術後 肝転移再発\n2025/7 CTにて肝S6・S8に新規結節、肝転移再発と診断。')).toEqual([['HEP', '2025-07']]);
    expect(dates('＃肺腺癌 stageIVB（脳・骨・副腎転移）\n2025/3 頭部MRIで脳転移縮小、PR')).toEqual([['ADR,BRA,OSS', null]]);
    expect(dates('#1 肺扁平上皮癌 cT4N2M1c(OSS, ADR)\n2024/8/1: 多発骨転移増悪でPD')).toEqual([['ADR,OSS', null]]);
  });

  it('a heading cancer is not dated by a line that diagnoses a metastasis', () => {
    const dates = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(dates('#右頬部 皮膚有棘細胞癌（SCC）術後\n2025/4 右頸部リンパ節腫大、FNAでSCCのリンパ節転移と診断。')).toEqual([['皮膚有棘細胞癌', null]]);
    expect(dates('#1 肺腺癌\n2024/5/1 気管支鏡で肺腺癌と診断。')).toEqual([['肺腺癌', '2024-05-01']]);
  });

  it('a therapy proposed or recommended (…を提案いたします, …継続が推奨された) is a plan, no medication event', () => {
    const regimens = (text: string) => ofType(run(text), 'medication').map((e) => e.regimen);
    expect(regimens('切除不能のため、FOLFOXIRI＋Bevでの導入化学療法を提案いたします。')).toEqual([]);
    expect(regimens('CCRT後にデュルバルマブによる免疫療法継続が推奨された。')).toEqual([]);
    expect(regimens('2025/9/1 FOLFOXIRI＋Bev導入。')).toEqual(['FOLFOXIRI+Bev']);
  });

  it('a line written 1stで / 2ndとして before the regimen', () => {
    const lines = (text: string) => ofType(run(text), 'medication').map((e) => [e.drugs.length, e.line ?? null]);
    expect(lines('2024/10 肝転移出現 → 1stでmFOLFOX6＋ベクティビックス開始\n2025/6 2ndとしてFOLFIRI+RAM開始')).toEqual([
      [4, 1],
      [4, 2],
    ]);
  });

  it('X癌術後再発 on a title line names the cancer; stated on a dated line or in A) it is the recurrence', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => e.name);
    expect(names('S状結腸癌術後再発（肝・肺）、RAS野生型\n2023/5 オペ')).toEqual(['S状結腸癌']);
    expect(names('#1 乳癌\nR5.9.12 MRI：L3に骨転移あり、乳癌術後再発と診断')).toEqual(['乳癌', '乳癌術後再発']);
    expect(names('S) しびれ軽度\nA) 左乳癌術後再発（多発肝転移）')).toEqual(['左乳癌術後再発']);
  });

  it('…切除 without 術 names a procedure where the name ends (オペ（腹腔鏡下S状結腸切除）, 肝部分切除施行), not a result (治癒切除) or a judgement (切除不能)', () => {
    const names = (text: string) => ofType(run(text), 'procedure').map((e) => e.name);
    expect(names('2023/5 オペ（腹腔鏡下S状結腸切除）→ 術後')).toEqual(['腹腔鏡下S状結腸切除']);
    expect(names('2024/3/1 肝部分切除施行。')).toEqual(['肝部分切除']);
    expect(names('切除不能膵癌。肝切除の適応なし。2015年 EMRで治癒切除')).toEqual(['EMR']);
    // A repeated operation's parenthesis is its detail, not a second procedure.
    expect(names('2024/5/1 肺切除術施行。\n5/2 肺切除術（左下葉切除）後、経過良好。')).toEqual(['肺切除術']);
  });

  it('a bare 転移 opening its sentence is about the lesion of the sentence before; a metastasis that has disappeared is no negated finding', () => {
    const mets = (text: string) => ofType(run(text), 'metastasis').map((e) => [e.sites.join(), e.certainty ?? 'confirmed']);
    expect(mets('所見：左肺S3に8mm結節、新出。転移の可能性あり。\n診断：肺転移疑い。')).toEqual([
      ['PUL', 'suspected'],
      ['PUL', 'suspected'],
    ]);
    // Not across lines.
    expect(mets('左肺S3に8mm結節。\n転移の可能性あり。')).toEqual([]);
    expect(mets('2024/10 肝転移出現。\n2025/4 CTでPR、肝転移はほぼ消失。脳転移なし。')).toEqual([
      ['HEP', 'confirmed'],
      ['BRA', 'negated'],
    ]);
  });

  it('a cancer with its metastasis in one word (A) 肺癌骨転移) is both; a cue past による is about what it causes', () => {
    const events = run('S) 腰痛。昨日から排尿困難。\nA) 肺癌骨転移（Th12）による脊髄圧迫の疑い。', '2025-03-03');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['肺癌', '2025-03-03']]);
    expect(ofType(events, 'metastasis').map((e) => [e.sites.join(), e.certainty ?? 'confirmed'])).toEqual([['OSS', 'confirmed']]);
    expect(ofType(events, 'symptom').map((e) => e.name)).toEqual(['腰痛', '排尿困難']);
    // 術後 between them is a recurrence statement of its own kind (直腸癌術後肺転移): no diagnosis from it.
    expect(ofType(run('S: 食欲あり。\nA: 直腸癌術後肺転移、FOLFOX+Pmab 12コース目。'), 'diagnosis')).toEqual([]);
  });

  it('a heading cancer is not dated by a line diagnosing another cancer; a list number after the label is no part of the name', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('傷病名：①大腸癌術後 ②肝細胞癌\n現病歴：2025年6月のCTで肝S7に腫瘤を認め、肝細胞癌と診断。')).toEqual([
      ['大腸癌', null],
      ['肝細胞癌', '2025-06'],
    ]);
    expect(diagnoses('#1 胃体部癌\n4/11 GIFにて診断。')).toEqual([['胃体部癌', '2024-04-11']]);
  });

  it('a suspected cancer does not stop the later confirmed diagnosis of it', () => {
    const diagnoses = ofType(run('A/P\n#肺がん疑い\n2025/2/1 気管支鏡にて肺腺癌と診断。'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['肺がん', 'suspected'],
      ['肺腺癌', 'confirmed'],
    ]);
  });
});

describe('anticancer drugs given for other diseases', () => {
  it('are not medication events (関節リウマチ（MTX…）, ネフローゼ症候群に対しリツキシマブ, 加齢黄斑変性に対し…ベバシズマブ)', () => {
    const meds = ofType(run('既往：関節リウマチ（MTX 8mg/週 内服中）。\nネフローゼ症候群に対しリツキシマブ投与。\n加齢黄斑変性に対し硝子体内ベバシズマブ注射施行。'), 'medication');
    expect(meds).toEqual([]);
    // The same drug for the cancer still counts.
    expect(ofType(run('DLBCLに対しR-CHOP療法を開始。'), 'medication').map((e) => [e.regimen, e.status])).toEqual([['R-CHOP', 'started']]);
  });
});

describe('other event types', () => {
  it('radiotherapy: dose, fractions, intent', () => {
    const [e] = ofType(run('3/2～ 右腸骨転移に対し緩和照射 8Gy/1fr施行'), 'radiotherapy');
    expect(strip(e!)).toMatchObject({ doseGy: 8, fractions: 1, intent: 'palliative' });
  });

  it('response: categories written as codes or words, one per clause, not PD-L1', () => {
    const events = ofType(run('4/1 CTにて部分奏効（PR）。\n5/1 MRIで原疾患の増悪を認めPDと判断。\nPD-L1 TPS 10%。\n手術標本でpCR。'), 'response');
    expect(events.map((e) => [e.code, e.basis])).toEqual([['PR', 'CT'], ['PD', 'MRI'], ['CR', '病理']]);
  });

  it('radiotherapy named and said done, without a dose: one event per course; chemoradiotherapy names no site; a fraction is not a course', () => {
    const events = ofType(run('4/5 脳転移に対しガンマナイフ施行。\n5/1 全脳照射を開始。5/14 全脳照射終了。\n5/20 10回目照射終了。\n6/1 化学放射線療法 60Gy/30fr 完遂。\n放射線治療予定。'), 'radiotherapy');
    expect(events.map((e) => [e.site ?? null, e.doseGy ?? null, e.evidence!.text])).toEqual([
      ['脳転移', null, '脳転移に対しガンマナイフ施行'],
      ['全脳', null, '全脳照射を開始'],
      [null, 60, '化学放射線療法 60Gy/30fr'],
    ]);
    // A course written with its dose is one event, not also a dose-less one.
    expect(ofType(run('6/10 全脳照射施行、30Gy/10fr。'), 'radiotherapy').map((e) => e.doseGy ?? null)).toEqual([30]);
  });

  it('radiotherapy: a planned course is none; the site is what follows 併用/同時', () => {
    expect(ofType(run('3/25よりCDDP+ETP併用同時胸部放射線療法(45Gy/30fr)開始予定。'), 'radiotherapy')).toEqual([]);
    expect(ofType(run('3/25 CDDP+ETP併用同時胸部放射線療法 45Gy/30fr 施行。'), 'radiotherapy').map((e) => e.site)).toEqual(['胸部']);
  });

  it('a site-named recurrence (腹膜播種再発) is a metastasis, not a diagnosis', () => {
    const events = run('CTで腹膜播種再発。プラチナ感受性再発と判断。');
    expect(ofType(events, 'diagnosis').map((e) => e.name)).toEqual(['プラチナ感受性再発']);
    expect(ofType(events, 'metastasis').map((e) => e.sites)).toEqual([['PER']]);
  });

  it('a symptom worsening is not a response', () => {
    expect(ofType(run('右臀部痛が増悪。'), 'response')).toEqual([]);
  });

  it('admission with its reason, discharge, death; 入院予定 is nothing', () => {
    const events = run('4/2 胆管炎のため緊急入院。4/9 退院。\n化学療法目的に入院予定。\n6/1 永眠。');
    expect(events.filter((e) => ['admission', 'discharge', 'death'].includes(e.type)).map((e) => [e.type, 'reason' in e ? e.reason : null])).toEqual([
      ['admission', '胆管炎'],
      ['discharge', null],
      ['death', null],
    ]);
  });

  it('symptoms with negation scoped to their clause and a shared cue', () => {
    const events = ofType(run('S) 頭痛あり、悪心なし。皮疹・下痢なし。'), 'symptom');
    expect(events.map((e) => [e.name, e.certainty ?? 'confirmed', e.evidence!.text])).toEqual([
      ['頭痛', 'confirmed', '頭痛'],
      ['悪心', 'negated', '悪心なし'],
      ['皮疹', 'negated', '皮疹・下痢なし'],
      ['下痢', 'negated', '下痢なし'],
    ]);
  });

  it('diagnosis: at the first statement, laterality split off, ICD-10 with subsite; family history is not the patient', () => {
    const events = ofType(run('家族歴：母 乳癌。\n3/1 気管支鏡にて右上葉肺腺癌と診断。\n4/1 肺腺癌と確定診断。'), 'diagnosis');
    expect(events.map(strip)).toEqual([{ type: 'diagnosis', name: '上葉肺腺癌', icd10: 'C34.1', laterality: 'right', method: '気管支鏡' }]);
  });

  it('diagnosis: a title line after a SOAP label or problem number; cancer abbreviations; a bare histology fills the organ diagnosis', () => {
    const events = ofType(run('A) 膵体部癌 cT4N1M1 StageIV\n本日、EUS-FNAにて腺癌の診断。\nB) 胃癌 T2'), 'diagnosis');
    expect(events.map(strip)).toEqual([{ type: 'diagnosis', name: '膵体部癌', icd10: 'C25.1', histology: '腺癌', method: 'EUS-FNA' }]);
    expect(ofType(run('#2 DLBCL stage IIIA\nDLBCLs in general'), 'diagnosis').map(strip)).toEqual([{ type: 'diagnosis', name: 'DLBCL', icd10: 'C83.3' }]);
    // A subsite inside the name still finds the cancer word, and refines its code.
    expect(ofType(run('#1 左肺下葉腺癌 cT1cN0M0'), 'diagnosis').map(strip)).toEqual([{ type: 'diagnosis', name: '肺下葉腺癌', icd10: 'C34.3', laterality: 'left' }]);
    // With no organ named, the histology is the diagnosis (adenocarcinoma と診断).
    expect(ofType(run('CTガイド下生検で adenocarcinoma と診断。'), 'diagnosis').map((e) => e.name)).toEqual(['adenocarcinoma']);
  });

  it('diagnosis: a heading takes the date of the line that diagnoses a cancer, not of a line judging something else', () => {
    const dated = (text: string) => ofType(run(text, '2021-06-01'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    // TACE不応と判断 and 手術適応と判断 judge a treatment, not the cancer.
    expect(dated('#1 肝細胞癌 S8\nR3.3.2 CT：TACE不応と判断。\nR3.4.1 手術適応と判断。')).toEqual([['肝細胞癌', null]]);
    expect(dated('#1 肝細胞癌 S8\nR3.3.2 CT：TACE不応と判断。\nR2.5.1 肝細胞癌と判断、経過観察。')).toEqual([['肝細胞癌', '2020-05-01']]);
    expect(dated('#1 肝細胞癌 S8\nR3.3.2 CT：TACE不応と判断。\nR2.5.1 生検にて確定診断。')).toEqual([['肝細胞癌', '2020-05-01']]);
  });

  it('procedures: a transplant is one; a transplant site, and the means of another procedure, are not', () => {
    const events = ofType(run('2024/1 自家末梢血幹細胞移植(auto-PBSCT)施行。\n移植部に発赤なし。\n腹直筋皮弁移植による胸郭造窓術閉鎖術施行。'), 'procedure');
    expect(events.map((e) => [e.name, e.detail ?? null])).toEqual([
      ['自家末梢血幹細胞移植', 'auto-PBSCT'],
      ['胸郭造窓術閉鎖術', null],
    ]);
  });

  it('diagnosis: the note\'s first line naming a cancer is its title; Ann Arbor stages; 再発確認 and 分子再発なし', () => {
    const cml = run('CML慢性期。\n2019年4月診断、イマチニブ400mg開始。\n2022年3月 分子再発なし。');
    expect(ofType(cml, 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null])).toEqual([
      ['CML', 'confirmed', '2019-04'],
      ['再発', 'negated', '2022-03'],
    ]);
    const gbm = run('膠芽腫(IDH野生型) 右前頭葉\n2024/10/15 開頭腫瘍摘出術施行。');
    expect(ofType(gbm, 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['膠芽腫', 'C71.1']]);
    // Only the first line: a cancer opening a later line is not a title by itself.
    expect(ofType(run('経過良好。\n肺癌の既往あり。'), 'diagnosis')).toEqual([]);
    const dlbcl = run('DLBCL (GCB type), Ann Arbor IVA\n2025/5 生検で再発確認。');
    expect(ofType(dlbcl, 'staging').map(strip)).toEqual([{ type: 'staging', tnm: {}, stage: 'IVA', system: 'Ann Arbor' }]);
    expect(ofType(dlbcl, 'diagnosis').map((e) => e.name)).toEqual(['DLBCL', '再発']);
  });

  it('diagnosis: a pathology report naming the organ\'s cancer; a problem heading that ends in 術後; not …術後の治療', () => {
    const rcc = run('8月5日 右腎摘除術施行。病理は淡明細胞型腎細胞癌、pT2aN0。\n病理で腺癌。');
    expect(ofType(rcc, 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['淡明細胞型腎細胞癌', 'C64']]);
    expect(ofType(run('#原発性肺腺癌術後、肝転移\n#2 高血圧'), 'diagnosis').map((e) => e.name)).toEqual(['原発性肺腺癌']);
    expect(ofType(run('経過良好。\nA/P) 胃癌術後補助療法(DS療法) 4コース目。'), 'diagnosis')).toEqual([]);
  });

  it('diagnosis: a suspected cancer under an admission-diagnosis label, with its cue in the evidence', () => {
    const [e] = ofType(run('入院時診断：左肺癌疑い\n3/18 気管支鏡検査施行。'), 'diagnosis');
    expect([e!.name, e!.laterality, e!.certainty, e!.evidence!.text]).toEqual(['肺癌', 'left', 'suspected', '肺癌疑い']);
  });

  it('diagnosis: melanoma with its subsite; an assessment (A) …) names a diagnosis and keeps the visit date', () => {
    expect(ofType(run('悪性黒色腫（右足底, 末端黒子型） pT3bN2aM1c(PUL) Stage IV'), 'diagnosis').map(strip)).toEqual([{ type: 'diagnosis', name: '悪性黒色腫', icd10: 'C43.7', laterality: 'right', histology: '末端黒子型', site: '右足底' }]);
    const [sclc] = ofType(run('R7.9.10 腫瘍内科外来\n（S）倦怠感あり。\n（A）小細胞肺癌 ED、再発。', '2025-09-10'), 'diagnosis');
    expect([sclc!.name, sclc!.date?.start]).toEqual(['小細胞肺癌', '2025-09-10']);
  });

  it('diagnosis: a title line opening with its date takes that date; a recurrence named as a problem is a diagnosis', () => {
    const events = ofType(run('2022/6 直腸癌(Rb) cT3N1M0 cStageIIIb に対し術前化学放射線療法施行。\nA) 左乳癌術後再発（多発肝転移）\n肺癌再発と腎症の合併が疑われる。'), 'diagnosis');
    expect(events.map((e) => [e.name, e.date?.start ?? null])).toEqual([
      ['直腸癌', '2022-06'],
      ['左乳癌術後再発', '2024-05-01'],
    ]);
  });

  it('procedures: one session joined by ＋, abbreviation in parentheses as detail, plans skipped', () => {
    const events = ofType(run('5/1 左乳房全切除術＋腋窩リンパ節郭清（Bt+Ax）施行。\n6/1 CVポート留置予定。'), 'procedure');
    expect(events.map(strip)).toEqual([{ type: 'procedure', name: '乳房全切除術+腋窩リンパ節郭清', site: '左', detail: 'Bt+Ax' }]);
  });
});

describe('on whole notes', () => {
  const gold = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l))));

  it('every dev note: valid events, exact evidence, source rules', () => {
    for (const { note } of gold) {
      const events = extractWithRules(note);
      expect(NoteEventsSchema.safeParse({ note, events }).success, note.id).toBe(true);
      for (const e of events) expect(e.source).toBe('rules');
    }
  });

  it('scores at least the issue targets on the dev set (F1 ≥ 0.90, dates ≥ 0.95)', () => {
    const pred = gold.map(({ note }) => ({ note, events: extractWithRules(note) }));
    const r = score(gold, pred);
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.overall.dates).toBeGreaterThanOrEqual(0.95);
  });

  it('scores on the gold sets written in other styles (test/fixtures/styles) what it scored when those rules were written', () => {
    const styles = ['styles', ...Array.from({ length: 104 }, (_, k) => `styles${k + 2}`)].map((name) => `${name}.gold.jsonl`).flatMap((f) =>
      readFileSync(join(FIXTURES, 'styles', f), 'utf8')
        .trim()
        .split('\n')
        .map((l) => NoteEventsSchema.parse(JSON.parse(l))),
    );
    expect(styles).toHaveLength(522);
    const r = score(styles, styles.map(({ note }) => ({ note, events: extractWithRules(note) })));
    expect(r.overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.dates).toBeGreaterThanOrEqual(0.95);
  });

  it('the external synthetic lung-cancer notes (another team): no crash, every evidence span valid', () => {
    let total = 0;
    for (const f of ['sociocom-lung-progress-notes.jsonl', 'sociocom-lung-discharge-summaries.jsonl']) {
      for (const line of readFileSync(join(SHARED, 'corpus', 'external', f), 'utf8').trim().split('\n')) {
        const o = JSON.parse(line) as Record<string, unknown>;
        const text = Object.values(o).find((v): v is string => typeof v === 'string' && v.length > 100)!;
        const n: Note = { id: `${f}:${String(o['pmid'])}`, text };
        const events = extractWithRules(n);
        total += events.length;
        const parsed = NoteEventsSchema.safeParse({ note: n, events });
        expect(parsed.success ? [] : parsed.error.issues, n.id).toEqual([]);
      }
    }
    expect(total).toBeGreaterThan(500);
  });
});

describe('extractWithRulesBatch', () => {
  it('gives every note what extractWithRules gives it, and isolates a note that fails', () => {
    const notes: Note[] = DEV_GOLD_FILES.flatMap((f) => readFileSync(f, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { note: Note }).note));
    for (const f of ['sociocom-lung-progress-notes.jsonl', 'sociocom-lung-discharge-summaries.jsonl']) {
      for (const line of readFileSync(join(SHARED, 'corpus', 'external', f), 'utf8').trim().split('\n')) {
        const o = JSON.parse(line) as Record<string, unknown>;
        notes.push({ id: `${f}:${String(o['pmid'])}`, text: Object.values(o).find((v): v is string => typeof v === 'string' && v.length > 100)! });
      }
    }
    // Not a Note at run time (JSON from elsewhere): its extraction throws.
    const broken = { id: 'broken', text: 42 } as unknown as Note;
    const batch = [...notes.slice(0, 10), broken, ...notes.slice(10)];
    const results = extractWithRulesBatch(batch);
    expect(results).toHaveLength(batch.length);
    expect(results[10]).toBeInstanceOf(Error);
    expect(() => extractWithRules(broken)).toThrow((results[10] as Error).message);
    const others = results.filter((_, i) => i !== 10);
    expect(others.map((r) => JSON.stringify(r))).toEqual(notes.map((n) => JSON.stringify(extractWithRules(n))));
    expect(others.flat().length).toBeGreaterThan(800);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\u3000\n'],
    ['lone surrogates and control characters', '\ud800肺腺癌\u0000と診断\udc00。EGFR\u0007陽性'],
    ['200k characters without punctuation', '肺腺癌'.repeat(40_000) + 'CBDCA'.repeat(16_000) + '再発'.repeat(10_000)],
  ])('%s: no crash, every evidence span valid', (_name, text) => {
    const n: Note = { id: 'bad', date: '2024-01-01', text };
    const events = extractWithRules(n);
    const parsed = NoteEventsSchema.safeParse({ note: n, events });
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });
});

describe('from a twenty-sixth gold set (styles26)', () => {
  it('on a dated history line, an abbreviation after に対し or an arrow is what was done (HCCに対しRFA, 再発→TACE); planned or referred back to, it is not', () => {
    const procs = ofType(run('H30.6 S6 HCCに対しRFA\nR2.11 S4/S8再発→TACE\nR5.3 TACE不応と判断。\nR6.1 肝内再発に対しTACE予定。\n肝内再発に対しRFA、効果判定待ち。'), 'procedure');
    expect(procs.map((e) => [e.name, e.date?.start])).toEqual([
      ['RFA', '2018-06'],
      ['TACE', '2020-11'],
    ]);
  });

  it('a recurrence that opens a dated history line is a diagnosis (R2.11 S4/S8再発→TACE, 2024/11 再発（…）); one in running text is not', () => {
    const recurrences = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date?.start]);
    expect(recurrences('R2.11 S4/S8再発→TACE')).toEqual([['再発', '2020-11']]);
    expect(recurrences('2024/11 再発（右頸部リンパ節腫大、生検でMCL再発確認）')).toEqual([['再発', '2024-11']]);
    expect(recurrences('2024/11 再発のリスクについて説明。\n今後再発した場合は再度相談。')).toEqual([]);
  });

  it('bleeding and palpitations on targeted therapy are symptoms (皮下出血, 動悸なし)', () => {
    const symptoms = ofType(run('本日：皮下出血少量、動悸なし。'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms).toEqual([
      ['皮下出血', 'confirmed'],
      ['動悸', 'negated'],
    ]);
  });
});

describe('from a twenty-seventh gold set (styles27)', () => {
  it('a graded adverse event is a finding even after 有害事象 (有害事象：頻尿G1); an explanation of possible ones is not', () => {
    const symptoms = (text: string) => ofType(run(text), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('有害事象：頻尿G1、排尿時痛G1。直腸出血なし。')).toEqual([
      ['頻尿', 'confirmed'],
      ['排尿時痛', 'confirmed'],
      ['直腸出血', 'negated'],
    ]);
    expect(symptoms('主な有害事象として頻尿、下痢について説明した。')).toEqual([]);
  });

  it('…終了時 names a time, not a radiotherapy course (＜放射線治療終了時サマリー＞)', () => {
    expect(ofType(run('＜放射線治療終了時サマリー＞\n治療：IMRT 78Gy/39fr（2025/7/28～2025/9/26）、根治目的。'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.intent ?? null])).toEqual([[78, 'curative']]);
    expect(ofType(run('2025/3/1 放射線治療終了。'), 'radiotherapy')).toHaveLength(1);
  });

  it('a line written after the dose (T-DXd 6.4mg/kg, 3rd line) is the chain\'s and is carried to a later continue; a label of the next chain is not', () => {
    const meds = ofType(run('2025/2 PD, 2nd: RAM + wPTX x5 → PD.\n2025/9/1~ T-DXd 6.4mg/kg, 3rd line.\nPlan: continue T-DXd.'), 'medication');
    expect(meds.map((e) => [e.regimen, e.line ?? null])).toEqual([
      ['RAM + wPTX', 2],
      ['T-DXd', 3],
      ['T-DXd', 3],
    ]);
    expect(meds[1]!.evidence!.text).toBe('T-DXd 6.4mg/kg, 3rd line');
    const before = ofType(run('2024/5～2024/9 CBDCA+PEM, 2nd: DTX+RAM 開始'), 'medication');
    expect(before.map((e) => [e.regimen, e.line ?? null])).toEqual([
      ['CBDCA+PEM', null],
      ['DTX+RAM', 2],
    ]);
  });

  it('receptor percentages in parentheses, HER2 2+ settled by ISH, and English gene calls after a colon', () => {
    const markers = (text: string) => ofType(run(text), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result, e.value ?? null, e.evidence!.text]);
    expect(markers('針生検：ER(+, 95%), PgR(-, 0%), HER2(2+) FISH陰性, Ki-67 15%）')).toEqual([
      ['ER', null, 'positive', '95%', 'ER(+, 95%)'],
      ['PgR', null, 'negative', '0%', 'PgR(-, 0%)'],
      ['HER2', null, 'negative', '2+', 'HER2(2+) FISH陰性'],
      ['Ki-67', null, 'unknown', '15%', 'Ki-67 15%'],
    ]);
    expect(markers('HER2 (2+), DISH陽性')).toEqual([['HER2', null, 'positive', '2+', 'HER2 (2+), DISH陽性']]);
    expect(markers('EGFR mutation: exon 21 L858R detected. ALK: negative (IHC). KRAS: wild type. BRAF V600E: not detected.')).toEqual([
      ['EGFR', 'L858R', 'positive', null, 'EGFR mutation: exon 21 L858R detected'],
      ['ALK', null, 'negative', null, 'ALK: negative'],
      ['KRAS', null, 'negative', null, 'KRAS: wild type'],
      ['BRAF', 'V600E', 'negative', null, 'BRAF V600E: not detected'],
    ]);
  });

  it('ca is the shorthand for a cancer (HER2+ gastric ca in a case opening, #1 胃ca), not circa (ca. 2 cm)', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(names('Onc consult\n68M, HER2+ gastric ca (IHC 3+), cStage IV.')).toEqual([['gastric ca', 'C16.9']]);
    expect(names('#1 胃ca 術後')).toEqual([['胃ca', 'C16.9']]);
    expect(names('#1 lung mass ca. 2 cm')).toEqual([]);
  });

  it('the histology a pathology report gives under its specimen line is the diagnosis; under another label it is not', () => {
    const names = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date]);
    expect(names('【病理診断報告書】\nLung, right lower lobe, lobectomy:\n Invasive adenocarcinoma, acinar predominant, 2.8 cm.')).toEqual([['Invasive adenocarcinoma', null]]);
    expect(names('【病理診断報告書】\nClinical information:\n Invasive adenocarcinoma, s/p chemotherapy.')).toEqual([]);
  });
});

describe('from a twenty-eighth gold set (styles28)', () => {
  it('after a summary\'s 退院日： field, a discharge told without a date of its own is that stay\'s; one in the history before the stay is kept', () => {
    const stays = (text: string) => ofType(run(text, '2025-09-30'), 'discharge').map((e) => e.date?.start ?? null);
    expect(stays('入院日：2025年9月2日　退院日：2025年9月30日\n経過：9/10に輸注した。9/11より発熱あり、解熱した。全身状態良好にて退院とした。')).toEqual(['2025-09-30']);
    expect(stays('入院日：2025年9月2日　退院日：2025年9月30日\n現病歴：2024年3月に肺炎で入院。軽快し退院。\n経過：全身状態良好にて退院とした。')).toEqual(['2025-09-30', '2024-03']);
    // With no field, the prose discharge is the only one and keeps its date.
    expect(stays('経過：9/11より発熱あり、解熱した。全身状態良好にて退院とした。')).toEqual(['2025-09-11']);
  });

  it('lymphodepletion (Flu/Cy) is a regimen; sacituzumab govitecan is SG; a schedule after the dose that follows a brand in parentheses stays in the chain', () => {
    const meds = (text: string) => ofType(run(text), 'medication').map((e) => [e.drugs, e.line ?? null, e.status ?? null, e.date?.start ?? null]);
    expect(meds('9/5よりリンパ球除去化学療法（Flu/Cy）を施行し、9/10に輸注した。')).toEqual([[['cyclophosphamide', 'fludarabine'], null, 'completed', '2023-09-05']]);
    expect(meds(' 2L: SG（サシツズマブ ゴビテカン）10mg/kg day1,8 q3w 2025/2/3～')).toEqual([[['sacituzumab govitecan'], 2, 'started', '2025-02-03']]);
    expect(meds('EV（パドセブ）1.25mg/kg day1,8,15 q4w 2024/2/3～')).toEqual([[['enfortumab vedotin'], null, 'started', '2024-02-03']]);
  });

  it('one symptom written in two words is one event: the first as written (hand-foot syndrome … HFS, 咳嗽 … cough)', () => {
    const symptoms = (text: string) => ofType(run(text), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('Today: grade 1 hand-foot syndrome.\nA/P: HFS G1, continue capecitabine with urea cream.')).toEqual([['hand-foot syndrome', 'confirmed']]);
    expect(symptoms('S) 咳嗽あり。\nA) cough persists.')).toEqual([['咳嗽', 'confirmed']]);
    // (Not a negated mention of the same symptom: that is its own event.)
    expect(symptoms('S) 咳嗽あり。\nA) no cough at night.')).toEqual([['咳嗽', 'confirmed'], ['cough', 'negated']]);
  });

  it('a change of the nails is a symptom', () => {
    expect(ofType(run('本日の外来では爪の変化を認めますが、継続可能な範囲です。'), 'symptom').map((e) => e.name)).toEqual(['爪の変化']);
  });
});

describe('from a twenty-ninth gold set (styles29)', () => {
  it('a recurrence opening a # history entry beside another finding, or stated by what found it, is a diagnosis; a call on it (再発(-)) denies it', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('#2024/1 局所再発＋多発肺転移')).toEqual([['局所再発', '2024-01']]);
    expect(diagnoses('2025/2 骨髄穿刺で再発 (blast 35%)')).toEqual([['再発', '2025-02']]);
    expect(ofType(run('2025/2 CTで再発(-)。'), 'diagnosis').map((e) => [e.name, e.certainty])).toEqual([['再発', 'negated']]);
  });

  it('a therapy a dated line gives a response to was given; an undated title line is a back-reference', () => {
    const meds = (text: string) => ofType(run(text), 'medication').map((e) => [e.drugs, e.status ?? null, e.date?.start ?? null]);
    expect(meds('2024/6 寛解導入療法 IDR+AraC (3+7) → CR')).toEqual([[['cytarabine', 'idarubicin'], 'completed', '2024-06']]);
    expect(meds('#1 肺癌 Pembro → PD')).toEqual([]);
  });

  it('a record\'s レジメン： and コース： lines are the Nth course of the regimen; a line in parentheses after it counts', () => {
    const [sox, ...rest] = ofType(run('＜化学療法実施記録＞\nレジメン：SOX+Nivo（1次治療）\nコース：12コース目 Day1\n投与量：S-1 100mg/日 day1-14、L-OHP 100mg/m2、Nivo 360mg', '2025-07-22'), 'medication');
    expect(rest).toEqual([]);
    expect([sox!.drugs, sox!.line, sox!.cycles, sox!.status, sox!.date?.start]).toEqual([['gimeracil', 'nivolumab', 'oteracil', 'oxaliplatin', 'tegafur'], 1, 12, 'ongoing', '2025-07-22']);
  });

  it('a class of therapy with its drug in parentheses joins the drug after it (ADT (デガレリクス) + エンザルタミド); d1,8 is part of a dose', () => {
    const [adt] = ofType(run('  ADT (デガレリクス) + エンザルタミド 2023.3.15～2024.8 → CRPC'), 'medication');
    expect([adt!.drugs, adt!.regimen, adt!.status]).toEqual([['degarelix', 'enzalutamide'], 'ADT (デガレリクス) + エンザルタミド', 'completed']);
    const [eribulin] = ofType(run('  2024/11- エリブリン (ハラヴェン) 1.4mg/m2 d1,8 q3w → 2025/5 PD', '2025-08-08'), 'medication');
    expect([eribulin!.dose, eribulin!.status, eribulin!.date?.start]).toEqual(['1.4mg/m2 d1,8', 'started', '2024-11']);
  });

  it('a stop that is part of a planned switch is planned; a switch said done is not', () => {
    const meds = (text: string) => ofType(run(text), 'medication').map((e) => [e.drugs[0], e.status]);
    expect(meds('→ トラベクテジン中止、パゾパニブへ変更の方針。')).toEqual([]);
    expect(meds('トラベクテジン中止し、パゾパニブへ変更した。')).toEqual([
      ['trabectedin', 'stopped'],
      ['pazopanib', 'started'],
    ]);
  });

  it('a date in the test\'s details after a result dates the result; 不正性器出血 is a symptom', () => {
    const [brca2] = ofType(run('  2024.9.2～2025.3 ドセタキセル 75mg/m2 ×8\n  BRCA2 病的バリアント陽性 (FoundationOne Liquid CDx, 2025.3)'), 'biomarker');
    expect([brca2!.name, brca2!.result, brca2!.date?.start]).toEqual(['BRCA2', 'positive', '2025-03']);
    expect(ofType(run('▶令和5年10月、不正性器出血を主訴に前医受診。'), 'symptom').map((e) => e.name)).toEqual(['不正性器出血']);
  });
});

describe('from a thirtieth gold set (styles30)', () => {
  it('circled-number lines of therapy keep their own ranges; a parenthetical after a drug does not reach across the line\'s end', () => {
    const meds = (text: string) => ofType(run(text, '2025-05-20'), 'medication').map((e) => [e.regimen, e.status ?? null, e.date?.start ?? null, e.date?.end ?? null]);
    expect(meds(' ①2021/4～ DRd → 2023/8 PD\n ②2023/9～2024/12 KPd（最良効果VGPR）\n ③2025/1～2025/4 Isa-Pd → PD（M蛋白増加）')).toEqual([
      ['DRd', 'started', '2021-04', null],
      ['KPd', 'completed', '2023-09', '2024-12'],
      ['Isa-Pd', 'completed', '2025-01', '2025-04'],
    ]);
    // (A circled number is a list mark in a diagnosis list too.)
    expect(ofType(run('傷病名：①大腸癌術後 ②肝細胞癌'), 'diagnosis').map((e) => e.name)).toEqual(['大腸癌', '肝細胞癌']);
  });

  it('a marker before an abbreviation after Dx:, and a date closing the line, date the diagnosis', () => {
    expect(ofType(run('Dx: Ph+ ALL, 2024/10\nTx:\n- 2024/10/7 ポナチニブ 45mg + PSL 導入 → D29 CR', '2025-03-03'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start ?? null])).toEqual([['ALL', 'C91.0', '2024-10']]);
    // (A date closing the line after what was done dates that, not the diagnosis.)
    expect(ofType(run('70M. ccRCC, s/p nephrectomy 2021/5'), 'diagnosis').map((e) => e.date)).toEqual([null]);
  });

  it('a pain named by where it is (背中の痛み), 便失禁; a procedure put off is no event; a pain score is no date', () => {
    const events = run('S:「背中の痛みが夜に強くなる」\nO: NRS 6/10（安静時3）、腹部膨満あり、便失禁なし。\nP: 腹水穿刺は本人希望なく見送り。', '2025-12-01');
    expect(ofType(events, 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start])).toEqual([
      ['背中の痛み', 'confirmed', '2025-12-01'],
      ['腹部膨満', 'confirmed', '2025-12-01'],
      ['便失禁', 'negated', '2025-12-01'],
    ]);
    expect(ofType(events, 'procedure')).toEqual([]);
  });
});

describe('from a thirty-first gold set (styles31)', () => {
  it('a variant in HGVS in parentheses after the call; a counselling record\'s case opening names the diagnosis; family cancers do not', () => {
    const events = run('遺伝カウンセリング記録\nクライエント：本人（45歳女性）、乳癌術後（2019年 右Bt+SN、pT1cN0M0）。\n家族歴：母 卵巣癌（52歳死亡）、母方叔母 乳癌。\n本日結果開示：BRACAnalysisにてBRCA1 病的バリアント陽性（c.188T>A）。\n説明：リスク低減卵管卵巣摘出術（RRSO）について情報提供。', '2025-06-18');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date])).toEqual([['乳癌', null]]);
    expect(ofType(events, 'biomarker').map((e) => [e.name, e.variant, e.result, e.date?.start])).toEqual([['BRCA1', 'c.188T>A', 'positive', '2025-06-18']]);
    // (A procedure only explained is none; the operation of 2019 is.)
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['Bt+SN', '2019']]);
  });

  it('an ordinal right before a drug is its line (2nd AMR); a dose change told in parentheses does not undo a course given', () => {
    const [amr] = ofType(run('申し送り 11/20 日勤→夜勤\n・A氏 SCLC ED、2nd AMR 3コース目 day3、本日で投与終了。', '2025-11-20'), 'medication');
    expect([amr!.line, amr!.cycles, amr!.status]).toEqual([2, 3, 'ongoing']);
    const meds = ofType(run('  s/p Atezo+Bev 2024/3～2025/1 (PD), Lenvatinib 2025/2～2025/6 (PD, 手足症候群で減量)'), 'medication');
    expect(meds.map((e) => [e.regimen, e.status, e.date?.end])).toEqual([
      ['Atezo+Bev', 'completed', '2025-01'],
      ['Lenvatinib', 'completed', '2025-06'],
    ]);
    expect(ofType(run('Lenvatinib 減量して継続。'), 'medication')).toEqual([]);
  });

  it('a labelled cancer and its recurrence take the dates a prose paragraph gives them; a cystoscopy before a TURBT on another day is its own procedure', () => {
    const events = run('傷病名：左腎盂癌術後、膀胱内再発\n経過：令和5年4月、肉眼的血尿を契機に左腎盂癌と診断され、同年5月に左腎尿管全摘除術を施行。令和7年2月の膀胱鏡で膀胱内再発を認め、3月にTURBTを施行、現在BCG膀胱内注入療法中です。', '2025-05-10');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start ?? null])).toEqual([
      ['腎盂癌', '2023-04'],
      ['膀胱内再発', '2025-02'],
    ]);
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([
      ['腎尿管全摘除術', '2023-05'],
      ['膀胱鏡', '2025-02'],
      ['TURBT', '2025-03'],
    ]);
    expect(ofType(events, 'medication')).toEqual([]);
  });

  it('a procedure named as what is indicated (…の適応) is no event', () => {
    expect(ofType(run('A/P\n# 肺扁平上皮癌\n外科的血行再建術の適応と判断。'), 'procedure')).toEqual([]);
  });
});

describe('from a thirty-second gold set (styles32)', () => {
  it('a drug of the chain spelled out in parentheses after its course is no second event; symptoms since 昨日 take that day', () => {
    const events = run('【電話再診】\nXELOX 6コース目（カペシタビン内服 day10）。\n本人より：昨日から下痢 5回/日、水様。発熱なし。', '2025-08-12');
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.cycles, e.status, e.date?.start])).toEqual([['XELOX', 6, 'ongoing', '2025-08-12']]);
    expect(ofType(events, 'symptom').map((e) => [e.name, e.date?.start])).toEqual([
      ['下痢', '2025-08-11'],
      ['発熱', '2025-08-11'],
    ]);
  });

  it('a pathology report: the operation of its specimen, HER2: IHC 1+, one staging for pT3(SS) … pT3N2M0', () => {
    const events = run('【病理組織診断】\n胃, 幽門側胃切除検体\n Type 3, 55x40mm, por2>tub2, pT3(SS), INFb, Ly1a, V1a, pN2(4/32), pPM0, pDM0\n HER2: IHC 1+, MSI: MSS\n診断：胃癌 pT3N2M0 pStage IIIA（胃癌取扱い規約第15版）');
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date])).toEqual([['幽門側胃切除', null]]);
    expect(ofType(events, 'biomarker').map((e) => [e.name, e.result, e.value ?? null])).toEqual([
      ['HER2', 'negative', '1+'],
      ['MSI', 'negative', null],
    ]);
    expect(ofType(events, 'staging').map((e) => [e.tnm, e.stage])).toEqual([[{ prefix: 'p', t: 'T3', n: 'N2', m: 'M0' }, 'IIIA']]);
    // (A T category alone stays when nothing restates it.)
    expect(ofType(run('病理：pT2、断端陰性。'), 'staging').map((e) => e.tnm)).toEqual([{ prefix: 'p', t: 'T2' }]);
  });
});

describe('from a thirty-third gold set (styles33)', () => {
  it('under a title line, the first line naming the cancer is its diagnosis, dated by the visit the title names; a bracketed heading is no title', () => {
    const diagnoses = (text: string, date: string) => ofType(run(text, date), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('訪問診療（9/3）\n前立腺癌 骨転移、アパルタミド＋リュープリン（3ヶ月毎）継続中。', '2025-09-03')).toEqual([['前立腺癌', '2025-09-03']]);
    expect(diagnoses('緩和ケアチーム回診\n膵癌 cT4N1M1 cStage IV、現在BSC。', '2025-12-01')).toEqual([['膵癌', null]]);
  });

  it('Impression: is an assessment label for a diagnosis; a title saying 死亡 is no death; the condition of an as-needed order is no symptom', () => {
    const events = run('死亡退院時要約\n経過：2月28日より傾眠、3月2日 永眠された。\nImpression: 右肺癌疑い（cT2bN2M1b）。\n方針：疼痛時アセトアミノフェン頓用。', '2025-03-02');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.certainty])).toEqual([['肺癌', 'suspected']]);
    expect(ofType(events, 'death').map((e) => e.date?.start)).toEqual(['2025-03-02']);
    expect(ofType(events, 'symptom').map((e) => e.name)).toEqual(['傾眠']);
  });

  it('a death certificate is one death, dated by its field and caused as its cause field says; a cause field names the cause of a death told before it', () => {
    const certificate = '死亡診断書（写）\n死亡したとき　令和8年1月14日　午前3時25分\n死亡の原因\nⅠ（ア）直接死因　癌性腹膜炎　　発病（発症）又は受傷から死亡までの期間　約2か月\n　（イ）（ア）の原因　膵体部癌\nⅡ　直接には死因に関係しないがⅠ欄の傷病経過に影響を及ぼした傷病名等　2型糖尿病\n死亡したところの種別　病院\n死因の種類　病死及び自然死';
    expect(ofType(run(certificate, '2026-01-14'), 'death').map((e) => [e.date, e.cause, e.evidence?.text])).toEqual([[{ start: '2026-01-14', text: '令和8年1月14日' }, '癌性腹膜炎', '死亡']]);
    expect(ofType(run('8/14 4:35 永眠された。直接死因：膵癌。', '2025-08-14'), 'death').map((e) => e.cause)).toEqual(['膵癌']);
    // (…also after text that normalisation shortens, half-width katakana: offsets stay the note's.)
    expect(ofType(run('ｶﾙﾃ ｺﾋﾟｰ 2026/1/2\n死亡したとき　令和8年1月14日　午前3時25分\n（ア）直接死因　癌性腹膜炎', '2026-01-20'), 'death').map((e) => [e.date?.start, e.cause])).toEqual([['2026-01-14', '癌性腹膜炎']]);
    // (A cause written with the death stays: 呼吸不全のため永眠.)
    expect(ofType(run('8/14 呼吸不全のため永眠。死因：膵癌。', '2025-08-14'), 'death').map((e) => e.cause)).toEqual(['呼吸不全']);
  });
});

describe('procedures dated in parentheses', () => {
  it('a date in parentheses after the name is when it was done, not its detail', () => {
    const procedures = (text: string) => ofType(run(text, '2025-08-08'), 'procedure').map((e) => [e.name, e.detail ?? null, e.date?.start ?? null, e.evidence!.text]);
    expect(procedures('2024年8月 咽頭痛。扁桃・鼻咽頭生検（2024年10月26日）で診断。')).toEqual([['扁桃・鼻咽頭生検', null, '2024-10-26', '扁桃・鼻咽頭生検']]);
    expect(procedures('#後腹膜脂肪肉腫（脱分化型） s/p 腫瘍切除術（2022/9）')).toEqual([['腫瘍切除術', null, '2022-09', '腫瘍切除術']]);
    // (Words beside the date keep the parenthesis a detail.)
    expect(procedures('2023/5/1 右上葉切除術（VATS）施行')).toEqual([['上葉切除術', 'VATS', '2023-05-01', '右上葉切除術（VATS）施行']]);
  });
});

describe('a restart', () => {
  it('of a therapy the note said completed or stopped is a new start; after a hold it is not an event', () => {
    const meds = (text: string) => ofType(run(text, '2025-06-01'), 'medication').map((e) => [e.status, e.date?.start, e.evidence!.text]);
    expect(meds('2020/4～2023/4 イマチニブ 400mg 完遂\n2025/3 再発にてイマチニブ再開。')).toEqual([
      ['completed', '2020-04', 'イマチニブ 400mg 完遂'],
      ['started', '2025-03', 'イマチニブ再開'],
    ]);
    expect(meds('2025/1 イマチニブ 休薬\n2025/3 イマチニブ再開。')).toEqual([]);
  });
});

describe('what the earlier sets still missed', () => {
  it('a bare 生検 by which something was found is a procedure; an operation first named as what the patient is after was done (not a cancer\'s 術後)', () => {
    const procedures = (text: string) => ofType(run(text, '2025-06-01'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('2025/5 頸部リンパ節腫大、生検で再発確認。')).toEqual([['生検', '2025-05']]);
    expect(procedures('生検は施行せず経過観察。')).toEqual([]);
    expect(procedures('H29.10 右肺上葉腺癌 pStageIA、右上葉切除術後。')).toEqual([['上葉切除術', '2017-10']]);
    expect(procedures('#1 胃癌術後（2018年）')).toEqual([]);
    expect(procedures('2023/5/1 右上葉切除術施行。\n右上葉切除術後、経過良好。')).toEqual([['上葉切除術', '2023-05-01']]);
  });

  it('the induction a sequence opens takes the range written after the sequence', () => {
    const meds = ofType(run('1L: CBDCA+PEM+Pembro → PEM+Pembro maint. (2023/3-2024/2)'), 'medication');
    expect(meds.map((e) => [e.regimen, e.line, e.status, e.date?.start, e.date?.end])).toEqual([
      ['CBDCA+PEM+Pembro', 1, 'completed', '2023-03', '2024-02'],
      ['PEM+Pembro', 1, 'completed', '2023-03', '2024-02'],
    ]);
  });
});

describe('from a thirty-fourth gold set (styles34)', () => {
  it("an English response's evidence starts after the sentence before it ('. ' ends a sentence)", () => {
    const [pd] = ofType(run('HPI: 58F with metastatic breast cancer (bone, liver). Restaging CT showed PD.'), 'response');
    expect(pd?.evidence?.text).toBe('Restaging CT showed PD');
    // (Not at an abbreviation's dot inside the sentence.)
    const [pr] = ofType(run('Restaging CT vs. prior showed PR.'), 'response');
    expect(pr?.evidence?.text).toBe('Restaging CT vs. prior showed PR');
  });
  it('an English case opening (58F with metastatic … breast cancer (bone, liver)); a date at the end of an English sentence dates its own therapy', () => {
    const events = run('HPI: 58F with metastatic HR+/HER2- breast cancer (bone, liver). Palbociclib + letrozole 2023/3-2024/8 (PD, new liver lesions). Switched to capecitabine 1000 mg/m2 BID d1-14 q3w on 2024/9/2.', '2025-03-11');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['breast cancer', 'C50.9']]);
    expect(ofType(events, 'metastasis').map((e) => e.sites)).toEqual([['HEP', 'OSS']]);
    expect(ofType(events, 'medication').map((e) => [e.drugs, e.status, e.date?.start, e.date?.end ?? null])).toEqual([
      [['letrozole', 'palbociclib'], 'completed', '2023-03', '2024-08'],
      [['capecitabine'], 'started', '2024-09-02', null],
    ]);
  });

  it('ward slang: a line written as 2ndまで, a course done (やってきた), 先月; options explained are no event', () => {
    const events = run('ムンテラ記録（2/10）\n本人・長女同席。膵癌StageIVでGnP 2ndまでやってきたが、先月のCTで肝メタ増大しPD。\n3rdとしてナリル（オニバイド）＋5FU/LVの選択肢を説明、本人はケモ継続を希望。', '2025-02-10');
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.line, e.status])).toEqual([['GnP', 2, 'completed']]);
    expect(ofType(events, 'response').map((e) => [e.code, e.date?.start])).toEqual([['PD', '2025-01']]);
  });

  it('under a heading naming no cancer, the line opening with one is its title; ■ fields without colons; an operation\'s parts after ■手術 and its date are one', () => {
    expect(ofType(run('【皮膚科】\n右足底 悪性黒色腫（末端黒子型）、pT3bN1aM0 pStage IIIB、BRAF野生型'), 'diagnosis').map((e) => e.name)).toEqual(['悪性黒色腫']);
    const events = run('■入院日 2025/5/7　■退院日 2025/5/28\n■手術 2025/5/8 腹腔鏡下胃全摘術、D2郭清、Roux-en-Y再建', '2025-05-28');
    expect(ofType(events, 'admission').map((e) => e.date?.start)).toEqual(['2025-05-07']);
    expect(ofType(events, 'discharge').map((e) => e.date?.start)).toEqual(['2025-05-28']);
    expect(ofType(events, 'procedure').map((e) => e.name)).toEqual(['腹腔鏡下胃全摘術、D2郭清、Roux-en-Y再建']);
  });
});

describe('from a thirty-fifth gold set (styles35)', () => {
  it('NET is a cancer abbreviation without a WHO ICD-10 code of its own, coded by its organ; dates written yy/mm/dd date the course', () => {
    expect(ofType(run('膵NET G2（Ki-67 8%）、多発肝転移\n2023/2～2024/6 ランレオチド → PD'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null])).toEqual([['膵NET', 'C25.4']]);
    expect(ofType(run('#1 NET G2、多発肝転移'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null])).toEqual([['NET', null]]);
    const events = run('24/10/3～24/11/20 Cmab併用RT 70Gy/35fr（Bio-RT）完遂', '2025-06-02');
    expect(ofType(events, 'radiotherapy').map((e) => [e.doseGy, e.date?.start, e.date?.end])).toEqual([[70, '2024-10-03', '2024-11-20']]);
  });
});

describe('from a thirty-sixth gold set (styles36)', () => {
  it('むせ込み is a symptom', () => {
    expect(ofType(run('S) 嗄声あり。むせ込みは減少。'), 'symptom').map((e) => e.name)).toEqual(['嗄声', 'むせ込み']);
  });
  it('a metastasis on a diagnosis label\'s line takes the date the note gives it later (傷病名：… 多発肺転移 … ２０２２年より肺転移が出現)', () => {
    const events = run('傷病名：甲状腺乳頭癌　多発肺転移\n２０１９年３月に甲状腺全摘術を施行。２０２２年より肺転移が出現し、RAI不応と判断。', '2025-10-01');
    expect(ofType(events, 'metastasis').map((e) => [e.sites, e.date?.start ?? null])).toEqual([[['PUL'], '2022']]);
  });
  it('internal radiotherapy said done is radiotherapy (放射性ヨウ素内用療法を施行); RAI不応 is not', () => {
    const rt = (text: string) => ofType(run(text), 'radiotherapy').map((e) => [e.doseGy ?? null, e.date?.start]);
    expect(rt('2019年6月に放射性ヨウ素内用療法（100mCi）を施行。')).toEqual([[null, '2019-06']]);
    expect(rt('2022年より肺転移が出現し、RAI不応と判断。')).toEqual([]);
  });
  it('a transplant\'s conditioning named after 前処置 was given (Flu/Bu4, MEL200); Bu/Cy and Flu/Mel are regimens', () => {
    const meds = (text: string) => ofType(run(text), 'medication').map((e) => [e.drugs, e.status]);
    expect(meds('| 移植 | 2025/1/28 非血縁者間同種末梢血幹細胞移植（allo-PBSCT）、前処置 Flu/Bu4 |')).toEqual([[['busulfan', 'fludarabine'], 'completed']]);
    expect(meds('2024/3/1 自家移植（前処置 MEL200）')).toEqual([[['melphalan'], 'completed']]);
    expect(meds('2023/5/10 同種移植、前処置：Bu/Cy')).toEqual([[['busulfan', 'cyclophosphamide'], 'completed']]);
    expect(meds('前処置はFlu/Mel140の予定。')).toEqual([]);
  });
  it('a table written with pipes: the label cell is a label, a date after it leads the row, | 現在 | is today', () => {
    const events = run(
      '| 項目 | 内容 |\n| 診断 | AML（FLT3-ITD陽性、NPM1変異陽性） 2024/8/2 骨髄穿刺にて診断 |\n| 寛解導入 | 2024/8/5～ IDR+AraC（3+7） → CR |\n| 地固め | HiDAC 3コース |\n| 現在 | day+49。皮疹あり、下痢なし。 |',
      '2025-03-18',
    );
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['AML', '2024-08-02']]);
    expect(ofType(events, 'biomarker').map((e) => [e.name, e.date?.start])).toEqual([
      ['FLT3', '2024-08-02'],
      ['NPM1', '2024-08-02'],
    ]);
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.date?.start])).toEqual([
      ['IDR+AraC', '2024-08-05'],
      ['HiDAC', '2024-08-05'],
    ]);
    expect(ofType(events, 'symptom').map((e) => [e.name, e.date?.start])).toEqual([
      ['皮疹', '2025-03-18'],
      ['下痢', '2025-03-18'],
    ]);
  });
  it('〈本日〉 opens today\'s visit, as 【本日】 does; 〈経過〉 is a heading', () => {
    const events = run('〈経過〉\n2024/6～ レンビマ＋キイトルーダ 開始\n〈本日〉\nC16。CT：SD維持。', '2025-01-20');
    expect(ofType(events, 'response').map((e) => [e.code, e.date?.start])).toEqual([['SD', '2025-01-20']]);
    expect(ofType(events, 'medication').map((e) => e.date?.start)).toEqual(['2024-06']);
  });
  it('a gene called not found (検出せず, 検出されず) is negative, though the words begin as 検出 does', () => {
    const calls = (text: string) => ofType(run(text), 'biomarker').map((e) => [e.name, e.result]);
    expect(calls('FGFR3変異：検出せず（FoundationOne）。')).toEqual([['FGFR3', 'negative']]);
    expect(calls('EGFR遺伝子変異：検出されませんでした。')).toEqual([['EGFR', 'negative']]);
    expect(calls('KRAS G12C：検出')).toEqual([['KRAS', 'positive']]);
  });
});

describe('from a thirty-seventh gold set (styles37)', () => {
  it('several visits in one export: a line framed by ＝＝＝ is a heading, and 本日 under a visit heading opening with its date is that visit\'s day', () => {
    const events = run(
      '＝＝＝ 2025/02/18（火）腫瘍内科外来 ＝＝＝\n#胃癌 cStageⅣB\n本日より2nd line T-DXd 6.4mg/kg 開始。\n＝＝＝ 2025/03/04（火）腫瘍内科外来 ＝＝＝\nT-DXd 2コース目。悪心G1。',
      '2025-03-04',
    );
    expect(ofType(events, 'medication').map((e) => [e.status, e.date?.start])).toEqual([
      ['started', '2025-02-18'],
      ['ongoing', '2025-03-04'],
    ]);
    // (Not under a heading whose date is of something else: 【入院3日目】…3/10入院.)
    const stay = run('【入院3日目】化学療法（R-CHOP 2コース目）目的に3/10入院。\n本日 day2、嘔気なし。', '2025-03-12');
    expect(ofType(stay, 'symptom').map((e) => e.date?.start)).toEqual(['2025-03-12']);
  });
  it('a dated history line: the recurrence it opens with before a spaced arrow, and the act after the arrow and its own date', () => {
    const events = run('【肝細胞癌】S8 単発\n2024/3 S4再発 → 2024/4/2 TACE（エピルビシン＋リピオドール）');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start ?? null])).toEqual([
      ['肝細胞癌', null],
      ['再発', '2024-03'],
    ]);
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['TACE', '2024-04-02']]);
  });
  it('a diagnosis label may have a site written apart before the cancer (Dx: 左大腿 粘液型脂肪肉腫)', () => {
    expect(ofType(run('Dx: 左大腿 粘液型脂肪肉腫（myxoid liposarcoma）, FNCLCC grade 2'), 'diagnosis').map((e) => e.name)).toEqual(['粘液型脂肪肉腫']);
  });
  it('an Allred score calls ER and PgR: positive from 3', () => {
    expect(ofType(run('病理：ER Allred 8、PgR Allred 3、HER2 IHC 1+'), 'biomarker').map((e) => [e.name, e.result, e.value])).toEqual([
      ['ER', 'positive', 'Allred 8'],
      ['PgR', 'positive', 'Allred 3'],
      ['HER2', 'negative', '1+'],
    ]);
    expect(ofType(run('ER (Allred score 2), PgR: Allred 0'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['ER', 'negative'],
      ['PgR', 'negative'],
    ]);
  });
  it('a line that inherits a date takes the range that closes it; N回 right after a drug counts its courses', () => {
    const events = run('【退院サマリー】\n入院日：2025/7/8　退院日：2025/7/15\n診断：左乳癌 cT2N1M0\n術前化学療法：EC 4コース→wPTX 12回（2025/1～2025/6）', '2025-07-15');
    expect(ofType(events, 'staging').map((e) => e.date?.start)).toEqual(['2025-07-08']);
    expect(ofType(events, 'medication').map((e) => [e.regimen, e.cycles, e.date?.start, e.date?.end])).toEqual([
      ['EC', 4, '2025-01', '2025-06'],
      ['wPTX', 12, '2025-01', '2025-06'],
    ]);
    // (Not a frequency: S-1 1日2回.)
    expect(ofType(run('S-1 1日2回内服中'), 'medication').map((e) => e.cycles ?? null)).toEqual([null]);
    // (Nor a date ending another sentence of the paragraph: 既往に…（1977年診断）.)
    const prose = run('Date: 1987-02-01\nS 息苦しさ。\nA/P 呼吸困難を主訴に来院。既往に肺サルコイドーシス（1977年診断）。');
    expect(ofType(prose, 'symptom').map((e) => e.date?.start)).toEqual(['1987-02-01']);
  });
  it('ADR joined to another drug is doxorubicin, not the adrenal site code (AI療法（ADR+IFM）); M1 (ADR) still is', () => {
    expect(ofType(run('- 2024-12〜2025-5 AI療法（ADR+IFM）6 cycles → SD'), 'metastasis')).toEqual([]);
    expect(ofType(run('cT2N0M1b (ADR)'), 'metastasis').map((e) => e.sites)).toEqual([['ADR']]);
  });
});

describe('from a thirty-eighth gold set (styles38)', () => {
  it('chemoradiotherapy started on a date closing its line; the dose given so far is no new course; no site from CCRT', () => {
    const events = run('CCRT：CDDP 100mg/m2 3週毎 + RT 70Gy/35fr、7/1より開始\n本日 36Gy/18fr 照射済（Fx 18/35）。\nCDDP 2コース目 7/22 投与。\n粘膜炎G2。皮膚炎G1。', '2025-07-22');
    expect(ofType(events, 'radiotherapy').map((e) => [e.doseGy, e.fractions, e.date?.start, e.site ?? null])).toEqual([[70, 35, '2025-07-01', null]]);
    expect(ofType(events, 'medication').map((e) => [e.status, e.date?.start])).toEqual([
      ['started', '2025-07-01'],
      ['ongoing', '2025-07-22'],
    ]);
    expect(ofType(events, 'symptom').map((e) => e.name)).toEqual(['粘膜炎', '皮膚炎']);
    // (…while the site after it is still read: CCRT：全骨盤照射 50.4Gy/28回.)
    expect(ofType(run('2025/3/3～4/11 CCRT：全骨盤照射 50.4Gy/28回'), 'radiotherapy').map((e) => e.site)).toEqual(['全骨盤']);
  });
  it('◎ marks a heading (◎卵巣癌…, ◎本日 opens today\'s visit); 子宮全摘 and the parts joined to it are one operation', () => {
    const events = run('◎卵巣癌（高異型度漿液性癌）FIGO IIIC\n◎経過\n 2024.05.20 開腹 子宮全摘+両側付属器切除+大網切除（PDS、R0）\n 2024.11～ オラパリブ+Bev 維持療法\n◎本日（09:30採血）\n倦怠感軽度。オラパリブ継続。', '2025-04-08');
    expect(ofType(events, 'diagnosis').map((e) => e.name)).toEqual(['卵巣癌']);
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['子宮全摘+両側付属器切除+大網切除', '2024-05-20']]);
    expect(ofType(events, 'medication').map((e) => [e.status, e.date?.start])).toEqual([
      ['started', '2024-11'],
      ['ongoing', '2025-04-08'],
    ]);
  });
});

describe('from a thirty-ninth gold set (styles39)', () => {
  it('a date right after what a disease turned into dates that diagnosis (→ AML移行（2024年10月）)', () => {
    expect(ofType(run('#骨髄異形成症候群（MDS-IB2）→ AML移行（2024年10月）'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null])).toEqual([
      ['骨髄異形成症候群', null],
      ['AML', '2024-10'],
    ]);
  });
  it('an empty checkbox negates the symptom after it (☐嘔吐), a ticked one does not (☑悪心)', () => {
    expect(ofType(run('前回からの変化：☑悪心 ☐嘔吐 ☑倦怠感 ☐下痢'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['悪心', 'confirmed'],
      ['嘔吐', 'negated'],
      ['倦怠感', 'confirmed'],
      ['下痢', 'negated'],
    ]);
  });

  it('the same response restated in its parentheses is one event (CR（血球回復不十分、CRi）)', () => {
    expect(ofType(run('2025年3月 骨髄検査：芽球 2%、CR（血球回復不十分、CRi）'), 'response').map((e) => e.code)).toEqual(['CR']);
  });

  it('a letter\'s patient with a cancer has that diagnosis (膵頭部癌（BR-A）の患者様)', () => {
    expect(ofType(run('ご紹介いただきました膵頭部癌（BR-A）の患者様につき、ご報告申し上げます。'), 'diagnosis').map((e) => [e.name, e.evidence?.text])).toEqual([['膵頭部癌', '膵頭部癌']]);
  });
});

describe('from a fortieth gold set (styles40)', () => {
  it('a suspected procedure result is its own event beside the later confirmed diagnosis, as a suspicion elsewhere is (肺生検 → 肺腺癌疑い … 肺腺癌と診断)', () => {
    expect(ofType(run('2025/3/4 CTガイド下肺生検 → 肺腺癌疑い\n2025/3/20 肺腺癌と診断。'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['肺腺癌', 'suspected'],
      ['肺腺癌', 'confirmed'],
    ]);
  });
  it('a site in parentheses after the dose is the radiotherapy site (48Gy/4fr（右S2）), not an intent or a count', () => {
    expect(ofType(run('6/9～6/12 SBRT 48Gy/4fr（右S2）完遂。'), 'radiotherapy').map((e) => e.site)).toEqual(['右S2']);
    expect(ofType(run('2024/5 30Gy/10fr（全脳）施行。'), 'radiotherapy').map((e) => e.site)).toEqual(['全脳']);
    expect(ofType(run('2024/5 30Gy/10fr（緩和照射）施行。'), 'radiotherapy').map((e) => e.site)).toEqual([undefined]);
  });
  it('cycle and day (C4D1) count the courses given, as Nコース目 does', () => {
    expect(ofType(run('本日 Dato-DXd C4D1 予定通り投与。'), 'medication').map((e) => [e.cycles, e.status])).toEqual([[4, 'ongoing']]);
    expect(ofType(run('本日 Pembro C1D1 投与。'), 'medication').map((e) => [e.cycles, e.status])).toEqual([[1, 'started']]);
  });
  it('chills and dry eyes are symptoms (悪寒戦慄, 眼の乾燥感); what to watch for is not (…等に注意して経過観察)', () => {
    expect(ofType(run('S：本日14時 38.6℃の発熱、悪寒戦慄あり。眼の乾燥感あり。'), 'symptom').map((e) => e.name)).toEqual(['発熱', '悪寒戦慄', '眼の乾燥感']);
    expect(ofType(run('照射中の副作用（悪心、嘔吐、脱毛、倦怠感等）に注意して経過観察する。'), 'symptom')).toEqual([]);
  });
  it('a procedure\'s result after an arrow is the diagnosis where the note states none other (腎摘除術 → 淡明細胞型腎細胞癌)', () => {
    expect(ofType(run('23/08/21 腹腔鏡下左腎摘除術 → 淡明細胞型腎細胞癌 G2, pT3aN0M0'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['淡明細胞型腎細胞癌', 'C64', '2023-08-21']]);
    // …and a histology where one is stated (針生検 → 浸潤性乳管癌, then 右乳癌…と診断).
    expect(ofType(run('2023/11/28 同日針生検 → 浸潤性乳管癌、ER 0%。\n右乳癌 cT2N1M0と診断。'), 'diagnosis').map((e) => e.name)).toEqual(['乳癌']);
  });
  it('an ordinal before ライン is the line (2ndライン), as before line', () => {
    expect(ofType(run('25/07/02 CT：膵転移増大、PD → カボザンチニブ 60mg 2ndライン開始'), 'medication').map((e) => [e.drugs, e.line, e.status])).toEqual([[['cabozantinib'], 2, 'started']]);
    expect(ofType(run('3rdライン：Dato-DXd 開始'), 'medication').map((e) => e.line)).toEqual([3]);
  });
});

describe('from a forty-first gold set (styles41)', () => {
  it('neuropathy in CTCAE words and weakness are symptoms (末梢性感覚ニューロパチー G1, 右手脱力)', () => {
    expect(ofType(run('AE：末梢性感覚ニューロパチー G1、脱毛 G1。軽度の右手脱力あり。'), 'symptom').map((e) => e.name)).toEqual(['末梢性感覚ニューロパチー', '脱毛', '脱力']);
  });
  it('a trial record\'s 対象： labels the diagnosis (対象：HER2陽性胃癌 2次治療)', () => {
    expect(ofType(run('治験 来院記録（Cycle 3 Day 1）2025/09/24\n対象：HER2陽性胃癌 2次治療\n本日 C3D1 投与実施。'), 'diagnosis').map((e) => [e.name, e.icd10, e.date])).toEqual([['HER2陽性胃癌', 'C16.9', null]]);
  });
  it('a date in parentheses right after a response dates it (PD (2024/7)), not the line\'s date', () => {
    expect(ofType(run('2023/11 multiple liver mets → 1L FOLFOX+Pmab x12, PD (2024/7)'), 'response').map((e) => [e.code, e.date?.start])).toEqual([['PD', '2024-07']]);
  });
  it('eponymous operations written in English are procedures (2022/10/12 Hartmann op)', () => {
    expect(ofType(run('2022/10/12 Hartmann op → pT4aN2aM0, pStage IIIC'), 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['Hartmann op', '2022-10-12']]);
  });
  it('shorthand gene calls: wt is wild type, mut a mutation (RAS wt / BRAF wt / MSS, KRAS mut); a mutation test is no call', () => {
    expect(ofType(run('Dx 2022/9 sigmoid colon ca (tub2), RAS wt / BRAF wt / MSS'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['RAS', 'negative'],
      ['BRAF', 'negative'],
      ['MSI', 'negative'],
    ]);
    expect(ofType(run('KRAS mut, NRAS wild-type.'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['KRAS', 'positive'],
      ['NRAS', 'negative'],
    ]);
    expect(ofType(run('KRAS mutation検査を提出。'), 'biomarker')).toEqual([]);
  });
  it('a diagnosis label may be followed by the date of the diagnosis, which dates it (Dx 2022/9 sigmoid colon ca, 診断：2024/5 胃癌)', () => {
    expect(ofType(run('Dx 2022/9 sigmoid colon ca (tub2), MSS\n2022/10/12 Hartmann op'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['sigmoid colon ca', 'C18.7', '2022-09']]);
    expect(ofType(run('診断：2024/5 胃癌 cT3N1M0\n2024/6 DG施行'), 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['胃癌', '2024-05']]);
  });
  it('adnexa removed (両側付属器摘出) is a procedure, so one operation\'s parts stay one event', () => {
    expect(ofType(run('2024年11月 腹式単純子宮全摘＋両側付属器摘出＋大網切除（R0）'), 'procedure').map((e) => [e.name, e.detail])).toEqual([['腹式単純子宮全摘+両側付属器摘出+大網切除', 'R0']]);
  });
  it('a regimen spelled by its drugs (CBDCA+ETP, DTX+CPA) needs no context word, as the ambiguous name (CE, TC) does', () => {
    expect(ofType(run('2024/9～2025/1 CBDCA+ETP 4コース施行。'), 'medication').map((e) => e.drugs)).toEqual([['carboplatin', 'etoposide']]);
    expect(ofType(run('2024/9～2025/1 DTX+CPA 4コース施行。'), 'medication').map((e) => e.drugs)).toEqual([['cyclophosphamide', 'docetaxel']]);
  });
  it('maintenance written with its closed range after the drug is a course given (→デュルバルマブ維持（2024/9～2025/4）、PD)', () => {
    expect(ofType(run(' 1st：CBDCA＋ETP＋デュルバルマブ 4コース→デュルバルマブ維持（2024/9～2025/4）、PD', '2025-06-18'), 'medication').map((e) => [e.drugs.join('+'), e.line, e.date?.start, e.date?.end]).sort()).toEqual([
      ['carboplatin+durvalumab+etoposide', 1, '2024-09', '2025-04'],
      ['durvalumab', 1, '2024-09', '2025-04'],
    ]);
  });
  it('a purpose label names no therapy given (入院目的：タルラタマブ導入)', () => {
    expect(ofType(run('入院日：2025年6月16日\n入院目的：タルラタマブ導入（C1D1, D8）\n6/16 タルラタマブ 1mg 投与（C1D1）。'), 'medication').map((e) => e.evidence?.text)).toEqual(['タルラタマブ 1mg 投与']);
  });
  it('the short line form before a regimen is its line (1L FOLFOX+Pmab, 3L TAS-102+Bev), a volume is not (胸水1L)', () => {
    expect(ofType(run('2023/11 multiple liver mets → 1L FOLFOX+Pmab x12, PD (2024/7)\n3L TAS-102+Bev started 2025/4/2.'), 'medication').map((e) => e.line)).toEqual([1, 3]);
    expect(ofType(run('胸水1L CBDCA+PEM開始。'), 'medication').map((e) => e.line)).toEqual([undefined]);
  });
  it('N次 before a regimen is its line, in a history of lines; the evidence opens at the number', () => {
    const meds = ofType(run('治療歴：1次 CBDCA+PEM+Pembro（2024/11～2025/10）→ 2次 DTX+RAM（2025/11～2026/2）→ 2026/3/5～ 三次：Dato-DXd', '2026-04-08'), 'medication');
    expect(meds.map((e) => [e.line, e.status, e.evidence?.text])).toEqual([
      [1, 'completed', '1次 CBDCA+PEM+Pembro（2024/11～2025/10）'],
      [2, 'completed', '2次 DTX+RAM（2025/11～2026/2）'],
      [3, 'started', '三次：Dato-DXd'],
    ]);
    // (…not a word ending in 次: 年次, 目次.)
    expect(ofType(run('年次 CBDCA+PEM開始。'), 'medication').map((e) => e.line)).toEqual([undefined]);
  });
  it('a cycle and day in parentheses after the verb count the courses (1mg 投与（C1D1）)', () => {
    expect(ofType(run('6/16 タルラタマブ 1mg 投与（C1D1）。'), 'medication').map((e) => [e.cycles, e.status])).toEqual([[1, 'started']]);
  });
});

describe('from a forty-second gold set (styles42)', () => {
  it('a response\'s evidence leaves out the dates that open its line (2025.5.20 CT：…PR, 2021年12月のCTで…)', () => {
    expect(ofType(run('2025.5.20 CT：肺転移縮小しPR\n2021年12月のCTで部分奏効（PR）'), 'response').map((e) => e.evidence?.text)).toEqual(['CT：肺転移縮小しPR', 'CTで部分奏効（PR']);
  });
  it('a site joined by へ is the radiotherapy site (左腸骨へ放射線治療, 右大腿骨転移へ緩和照射)', () => {
    expect(ofType(run('2025/4 局所制御として左腸骨へ放射線治療 55.8Gy/31fr\n2024/9/2-9/13: 右大腿骨転移へ緩和照射 20Gy/5fr'), 'radiotherapy').map((e) => e.site)).toEqual(['左腸骨', '右大腿骨転移']);
  });
  it('a range in parentheses right after the dose dates the course (55.8Gy/31fr（4/7～5/23）)', () => {
    expect(ofType(run(' 2025/4 局所制御として左腸骨へ放射線治療 55.8Gy/31fr（4/7～5/23）', '2025-08-26'), 'radiotherapy').map((e) => [e.date?.start, e.date?.end])).toEqual([['2025-04-07', '2025-05-23']]);
  });
  it('a histology after a colon in the tumour\'s parentheses is no second diagnosis (精巣腫瘍（非セミノーマ：胎児性癌＋奇形腫）)', () => {
    expect(ofType(run('【診断】左精巣腫瘍（非セミノーマ：胎児性癌＋奇形腫）pT1 N2 M1a S1, Stage IIIA'), 'diagnosis').map((e) => e.name)).toEqual(['精巣腫瘍']);
  });
  it('a germ-cell tumour\'s serum category between TNM and stage keeps them one staging (pT1 N2 M1a S1, Stage IIIA)', () => {
    expect(ofType(run('【診断】左精巣腫瘍 pT1 N2 M1a S1, Stage IIIA（IGCCC：intermediate）'), 'staging').map((e) => [e.tnm, e.stage])).toEqual([[{ prefix: 'p', t: 'T1', n: 'N2', m: 'M1a' }, 'IIIA']]);
  });
  it('fusion genes of leukaemias and sarcomas are biomarkers (BCR-ABL1陽性, EWSR1融合遺伝子陽性, PML::RARA)', () => {
    expect(ofType(run('2023/5 診断（Ph染色体陽性、BCR-ABL1陽性）\n#1 ユーイング肉腫 EWSR1融合遺伝子陽性\nAPL、PML::RARA陽性'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['BCR-ABL1', 'positive'],
      ['EWSR1', 'positive'],
      ['PML-RARA', 'positive'],
    ]);
  });
});

describe('from a forty-third gold set (styles43)', () => {
  it('a single dose in parentheses after the verb is the course\'s dose (ガンマナイフ施行（辺縁線量 20Gy）)', () => {
    expect(ofType(run('2025/3/24 ガンマナイフ施行（辺縁線量 20Gy）'), 'radiotherapy').map((e) => [e.doseGy, e.fractions])).toEqual([[20, undefined]]);
  });
  it('a metastatic tumour named by its organ is a metastasis there (#2 転移性脳腫瘍, 転移性肝腫瘍の疑い)', () => {
    expect(ofType(run('#2 転移性脳腫瘍（左前頭葉 18mm）\nCTで転移性肝腫瘍の疑い。'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed'])).toEqual([
      [['BRA'], 'confirmed'],
      [['HEP'], 'suspected'],
    ]);
  });
  it('a line in parentheses after the verb is the line, and carries to later courses (T-DXd 開始（3rd line）)', () => {
    expect(ofType(run('2024/9 多発肝転移で再発、T-DXd 開始（3rd line）\n本日 T-DXd 9コース目。'), 'medication').map((e) => [e.line, e.status])).toEqual([
      [3, 'started'],
      [3, 'ongoing'],
    ]);
  });
  it('a recurrence a dated line gives as an exam\'s finding is a diagnosis (2023.10 TURBT②：膀胱内再発（pT1 HG）)', () => {
    expect(ofType(run('2022.4 TURBT①：pTa high grade\n2023.10 TURBT②：膀胱内再発（pT1 HG）'), 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['膀胱内再発', '2023-10']]);
  });
  it('under a department heading, a problem line naming the cancer and its spread is a title (子宮体癌（…）術後再発、多発リンパ節転移)', () => {
    expect(ofType(run('【婦人科腫瘍外来】\n子宮体癌（類内膜癌 G3）術後再発、多発リンパ節転移・腹膜播種\n本日：Pembro 11コース目投与。'), 'diagnosis').map((e) => [e.name, e.icd10, e.date])).toEqual([['子宮体癌', 'C54.1', null]]);
    // …not a sentence of the history (肺癌の既往あり).
    expect(ofType(run('【経過】\n肺癌の既往あり、その後通院なし。'), 'diagnosis')).toEqual([]);
  });
});

describe('from a forty-fourth gold set (styles44)', () => {
  it('vitiligo on an immune checkpoint inhibitor is a symptom (白斑（顔面・手背）が出現)', () => {
    expect(ofType(run('2025/2 PET-CT：再発なし。白斑（顔面・手背）が出現。'), 'symptom').map((e) => e.name)).toEqual(['白斑']);
  });
});

describe('from a forty-fifth gold set (styles45)', () => {
  it('memory loss is a symptom (記銘力低下, 記憶障害)', () => {
    expect(ofType(run('本日 MRI：再発なし。記銘力低下は横ばい。記憶障害あり。'), 'symptom').map((e) => e.name)).toEqual(['記銘力低下', '記憶障害']);
  });
  it('the tail of a complication\'s name on a problem or diagnosis line is no symptom (副病名：閉塞性黄疸, #2 術後反回神経麻痺); a side is no longer name (#左片麻痺)', () => {
    expect(ofType(run('副病名：閉塞性黄疸　開始日：2024/06/03\n#2 術後反回神経麻痺\n#3 左片麻痺\nO）黄疸あり。'), 'symptom').map((e) => e.name)).toEqual(['片麻痺', '黄疸']);
  });
  it('a diagnosis list with date fields dates each entry by its own field (主病名：膵癌　開始日：2024/06/03)', () => {
    const events = run('【病名一覧】\n主病名：膵癌（膵体部）　開始日：2024/06/03　転帰：継続\n副病名：2型糖尿病　開始日：2019/02/11　転帰：継続\n副病名：癌性腹膜炎　開始日：2025/02/20　転帰：継続', '2025-03-10');
    expect(events.filter((e) => e.type === 'diagnosis' || e.type === 'metastasis').map((e) => [e.type, e.date?.start])).toEqual([
      ['diagnosis', '2024-06-03'],
      ['metastasis', '2025-02-20'],
    ]);
  });
  it('a Masaoka stage is a stage (正岡分類IVb期, Masaoka-Koga stage III)', () => {
    expect(ofType(run('#胸腺癌（扁平上皮癌）正岡分類IVb期（胸膜播種）\n胸腺腫 Masaoka-Koga stage III'), 'staging').map((e) => e.stage)).toEqual(['IVB', 'III']);
  });
});

describe('from a forty-sixth gold set (styles46)', () => {
  it('a cancer name with kana takes the words before it (右眼ぶどう膜悪性黒色腫, 退院時診断: 左上葉肺がん)', () => {
    expect(ofType(run('眼科・腫瘍内科合同カンファレンス\n右眼ぶどう膜悪性黒色腫（脈絡膜）\n2023年5月 眼球摘出術'), 'diagnosis').map((e) => [e.name, e.icd10, e.laterality])).toEqual([['眼ぶどう膜悪性黒色腫', 'C69.3', 'right']]);
    expect(ofType(run('退院時診断: 左上葉肺がん、術中冠攣縮'), 'diagnosis').map((e) => [e.name, e.icd10, e.laterality])).toEqual([['上葉肺がん', 'C34.1', 'left']]);
  });
  it('English metastases listed with commas are one event (ES-SCLC (liver, bone mets))', () => {
    expect(ofType(run('Pt: 65 y/o M, ES-SCLC (liver, bone mets), dx 2024/6.', '2025-03-12'), 'metastasis').map((e) => e.sites)).toEqual([['HEP', 'OSS']]);
  });
  it('an English case line names its diagnosis and dates it by dx (Pt: 65 y/o M, ES-SCLC (…), dx 2024/6)', () => {
    const events = run('Pt: 65 y/o M, ES-SCLC (liver, bone mets), dx 2024/6.\ns/p CBDCA/ETP/Atezo x4 (2024/6-2024/9), best response PR.', '2025-03-12');
    expect(events.filter((e) => e.type === 'diagnosis' || e.type === 'metastasis').map((e) => [e.type, e.date?.start])).toEqual([
      ['diagnosis', '2024-06'],
      ['metastasis', '2024-06'],
    ]);
  });
});

describe('ward shorthand for cancer (styles47 probes)', () => {
  it('Ca or K after an organ names its cancer (肺腺Ca, 胃K), not a salt (血清K, 補正Ca)', () => {
    expect(ofType(run('肺腺Ca（EGFR+）術後再発、タグリッソ継続中。'), 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['肺腺Ca', 'C34.9']]);
    const stomach = run('#胃K術後\n血清K 4.2、補正Ca 9.8');
    expect(ofType(stomach, 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['胃K', 'C16.9']]);
    expect(ofType(stomach, 'procedure')).toEqual([]);
  });
  it('a recurrence after surgery is no adjuvant setting (…術後再発、タグリッソ継続; 直腸癌術後再発、3rd line …)', () => {
    expect(ofType(run('肺腺Ca（EGFR+）術後再発、タグリッソ継続中。'), 'medication').map((e) => e.intent)).toEqual([undefined]);
  });
});

describe('from a forty-seventh gold set (styles47)', () => {
  it('a planned total in parentheses does not make a therapy under way a plan (リツキシマブ維持療法（…計12回予定）); a plan outside them does', () => {
    expect(ofType(run('2023/10～ リツキシマブ維持療法（2か月毎、計12回予定）'), 'medication').map((e) => [e.status, e.date?.start])).toEqual([['started', '2023-10']]);
    expect(ofType(run('2023/10～ リツキシマブ維持療法 計12回予定'), 'medication')).toEqual([]);
  });
  it('ward abbreviations of endocrine and CDK4/6 drugs (Ful+Abema)', () => {
    expect(ofType(run('本日 C10、Ful+Abema 継続中。'), 'medication').map((e) => e.drugs)).toEqual([['abemaciclib', 'fulvestrant']]);
  });
});

describe('from a forty-eighth gold set (styles48)', () => {
  it('a label padded to its colon (診断名　　：) and a line opening with ★ or ※ still name the diagnosis', () => {
    expect(ofType(run('診断名　　：舌癌術後再発（右頸部リンパ節転移、多発肺転移）\n組織型　　：扁平上皮癌'), 'diagnosis').map((e) => e.name)).toEqual(['舌癌']);
    expect(ofType(run('★メルケル細胞癌（左頬部）術後再発、頸部リンパ節転移\n※2024/6 左頬部腫瘍切除＋SLNB（陽性）'), 'diagnosis').map((e) => e.name)).toEqual(['メルケル細胞癌']);
  });
  it('resections joined by ＋ are one operation (舌部分切除＋右頸部郭清); a planned operation is none (…切除術を計画する)', () => {
    expect(ofType(run('治療歴　　：2023/9 舌部分切除＋右頸部郭清 → 2023/11～12 術後CRT'), 'procedure').map((e) => e.name)).toEqual(['舌部分切除+右頸部郭清']);
    expect(ofType(run('根治的治療として、右上葉切除術（胸腔鏡補助下）を計画する。'), 'procedure')).toEqual([]);
    expect(ofType(run('手術方針として、経胸骨両側開胸術による右肺上葉切除＋リンパ節郭清を行う。'), 'procedure')).toEqual([]);
  });
  it('IGHV mutation status is a biomarker (IGHV変異なし)', () => {
    expect(ofType(run('CLL（Rai分類 stage II）\nIGHV変異なし、TP53変異なし'), 'biomarker').map((e) => [e.name, e.result])).toEqual([
      ['IGHV', 'negative'],
      ['TP53', 'negative'],
    ]);
  });
  it('a drug with its abbreviation in parentheses stays in the chain (トレチノイン（ATRA）＋亜ヒ酸（ATO）)', () => {
    expect(ofType(run('令和7年4月2日に当科にて診断し、同日よりトレチノイン（ATRA）＋亜ヒ酸（ATO）による寛解導入療法を開始いたしました。'), 'medication').map((e) => [e.drugs, e.status])).toEqual([[['arsenic trioxide', 'tretinoin'], 'started']]);
  });
});

describe('from a forty-ninth gold set (styles49)', () => {
  it('a T subcategory with a digit (pT1b2N1, cervical cancer) is read whole', () => {
    expect(ofType(run('2025/5/13 広汎子宮全摘術＋骨盤リンパ節郭清 → pT1b2N1（骨盤リンパ節 2/28陽性）'), 'staging').map((e) => e.tnm)).toEqual([{ prefix: 'p', t: 'T1b2', n: 'N1' }]);
  });
});

describe('from a fiftieth gold set (styles50)', () => {
  it('an amplified gene is positive (MYCN増幅あり)', () => {
    expect(ofType(run('神経芽腫（左副腎原発）、高リスク群、MYCN増幅あり'), 'biomarker').map((e) => [e.name, e.result])).toEqual([['MYCN', 'positive']]);
  });
  it('a drug given into an artery, the route written after it, is local therapy (超選択的CDDP動注)', () => {
    expect(ofType(run('2025/6/2～7/18 RADPLAT（超選択的CDDP動注 4回＋放射線治療 70Gy/35fr）完遂'), 'medication')).toEqual([]);
  });
  it('trismus is a symptom (開口障害なし)', () => {
    expect(ofType(run('口腔粘膜炎は改善。開口障害なし。'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['口腔粘膜炎', 'confirmed'],
      ['開口障害', 'negated'],
    ]);
  });
});

describe('from a fifty-first gold set (styles51)', () => {
  it('TCHP is a regimen; high expression is a positive call (FRα（FOLR1）高発現, PD-L1高発現); blurred vision is a symptom', () => {
    expect(ofType(run('術前 TCHP 6コース施行。'), 'medication').map((e) => e.drugs)).toEqual([['carboplatin', 'docetaxel', 'pertuzumab', 'trastuzumab']]);
    expect(ofType(run('FRα（FOLR1）高発現（PS2+ 80%）。PD-L1高発現、EGFR陰性。'), 'biomarker').map((e) => [e.name, e.result, e.evidence?.text])).toEqual([
      ['FOLR1', 'positive', 'FRα（FOLR1）高発現'],
      ['PD-L1', 'positive', 'PD-L1高発現'],
      ['EGFR', 'negative', 'EGFR陰性'],
    ]);
    expect(ofType(run('本日 3コース目。霧視 G1。'), 'symptom').map((e) => e.name)).toEqual(['霧視']);
  });
});

describe('from a fifty-second gold set (styles52)', () => {
  it('an English label (Hx:) may open a dated history line; an abbreviation with a count of sessions after it was done (TACE x2)', () => {
    const procedures = (text: string) => ofType(run(text), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(procedures('Hx: 2023/4 RFA (S6)')).toEqual([['RFA', '2023-04']]);
    expect(procedures('2024/2 肝内再発、TACE x2')).toEqual([['TACE', '2024-02']]);
    expect(procedures('肝S8再発にRFA×3、TACE 3回')).toEqual([['RFA', undefined], ['TACE', undefined]]);
    // (A frequency or the Nth session is not a count of sessions done: TACE 3回目予定 is a plan.)
    expect(procedures('TACE 3回目予定')).toEqual([]);
  });
  it('a recurrence chained on a history line after an arrow, with its own date, is a diagnosis; so is an English one', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.date?.start]);
    expect(diagnoses('経過：2023/4 RFA (S6) → 2024/2 再発 (S8)、TACE施行')).toEqual([['再発', '2024-02']]);
    expect(diagnoses('Hx: 2023/4 RFA (S6) → 2024/2 recurrence (S8), TACE x2')).toEqual([['recurrence', '2024-02']]);
    // (Not a recurrence only talked of: the risk of recurrence, no recurrence.)
    expect(diagnoses('2024/2 risk of recurrence explained. 2025/1 CT: no recurrence.')).toEqual([]);
  });
  it('a response dated by the first item of a parenthesis after it; English course counts in the plural stay in the evidence; hand-foot skin reaction is a symptom', () => {
    const events = run('2024/9- Atezo+Bev 8 cycles → PD (2025/3, new lung mets)\nToday: Fatigue G1, hand-foot skin reaction G1.', '2025-12-02');
    expect(ofType(events, 'response').map((e) => [e.code, e.date?.start])).toEqual([['PD', '2025-03']]);
    expect(ofType(events, 'medication').map((e) => [e.evidence?.text, e.cycles])).toEqual([['Atezo+Bev 8 cycles', 8]]);
    expect(ofType(events, 'symptom').map((e) => e.name)).toEqual(['Fatigue', 'hand-foot skin reaction']);
  });
  it('a discussion line (討議：, 論点：) names options, not acts', () => {
    const events = run('討議：手術（胸腔鏡下食道亜全摘術）か根治的CRTか。\n論点：ニボルマブ継続か、カボザンチニブへ変更か。\n2025/5/20 胸腔鏡下食道亜全摘術施行。');
    expect(ofType(events, 'procedure').map((e) => e.date?.start)).toEqual(['2025-05-20']);
    expect(ofType(events, 'medication')).toEqual([]);
  });
});

describe('from a fifty-third gold set (styles53)', () => {
  it('a heading listing metastases takes the date of a later line that states them as how the cancer recurred (…・腹膜播種で再発)', () => {
    const events = run('＜病名＞ 上行結腸癌 術後再発（肝転移・腹膜播種）\n＜治療歴＞\n3) 令和6年4月 肝転移・腹膜播種で再発、FOLFOXIRI+Bev 開始', '2025-10-14');
    expect(ofType(events, 'metastasis').map((e) => [e.sites, e.date?.start])).toEqual([
      [['HEP'], '2024-04'],
      [['PER'], '2024-04'],
    ]);
    // (Not a line on which they only grew: that is a change in them, not a statement of them.)
    const grown = run('＜病名＞ 上行結腸癌（肝転移）\n＜治療歴＞\n3) 令和6年4月 肝転移増大、PD', '2025-10-14');
    expect(ofType(grown, 'metastasis').map((e) => e.date)).toEqual([null]);
  });
  it('a line diagnosing another condition (胆管炎の診断で緊急入院) does not date the cancer the note opens with', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-09-25'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('肝内胆管癌（リンパ節転移）cStage IV の70代女性。\n9月18日 発熱・黄疸で受診、胆管炎の診断で緊急入院した。')).toEqual([['肝内胆管癌', null]]);
    // (A line diagnosing the cancer still does: 2025年2月 EUS-FNAにて診断.)
    expect(diagnoses('肝内胆管癌（リンパ節転移）cStage IV の70代女性。\n2025年2月 EUS-FNAにて診断。')).toEqual([['肝内胆管癌', '2025-02']]);
  });
  it('a device exchanged (胆管ステント交換) is a procedure, and the ERCP that carries it is named for it; a dressing changed is none', () => {
    const procedures = (text: string) => ofType(run(text), 'procedure').map((e) => e.name);
    expect(procedures('同日ERCPにて胆管ステント交換を施行した。')).toEqual(['胆管ステント交換']);
    expect(procedures('腎瘻カテーテル交換施行。')).toEqual(['腎瘻カテーテル交換']);
    expect(procedures('創部ガーゼ交換。点滴ルート交換。')).toEqual([]);
  });
  it("a lump the patient's own account (S)) reports is a symptom; one found on examination (O)) is not", () => {
    const symptoms = (text: string) => ofType(run(text), 'symptom').map((e) => e.name);
    expect(symptoms('S) 頸部のしこりが再び大きくなってきた。寝汗なし。')).toEqual(['しこり', '寝汗']);
    expect(symptoms('S)\n頸部のしこりが大きくなった。')).toEqual(['しこり']);
    expect(symptoms('O) 右頸部にしこり 3cm大、弾性硬。')).toEqual([]);
  });
  it('rituximab written R before 維持 or 単剤 (R維持療法 2年完了); a date in its own clause dates it, not a range in an earlier clause', () => {
    const events = ofType(run('A) BR療法 6コース（2019/6～2019/12）でCMR、R維持療法 2年完了（2022/1）', '2025-05-20'), 'medication');
    expect(events.map((e) => [e.drugs, e.evidence?.text, e.status, e.date?.start, e.date?.end])).toEqual([
      [['bendamustine', 'rituximab'], 'BR療法 6コース', 'completed', '2019-06', '2019-12'],
      [['rituximab'], 'R維持療法 2年完了', 'completed', '2022-01', undefined],
    ]);
    // (A capital R alone or inside other letters is no drug: R-CHOP stays one regimen, VR維持 is not rituximab.)
    expect(ofType(run('R-CHOP 6コース施行。VR維持療法継続。'), 'medication').map((e) => e.regimen)).toEqual(['R-CHOP']);
  });
  it('a suspected recurrence (再発疑い, 局所再発の疑い) is a suspected diagnosis; a suspicion denied is negated, a risk explained is none', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.evidence?.text]);
    expect(diagnoses('2025/5/8 PET-CTで頸部・腋窩リンパ節の集積増加、再発疑い')).toEqual([['再発', 'suspected', '再発疑い']]);
    expect(diagnoses('CTで局所再発の疑い。')).toEqual([['局所再発', 'suspected', '局所再発の疑い']]);
    expect(diagnoses('CT：再発の可能性は否定的。')).toEqual([['再発', 'negated', '再発の可能性は否定的']]);
    expect(diagnoses('術後の再発の可能性について説明した。')).toEqual([]);
  });
  it("on a visit's line, what stands in the clause of a date given as the diagnosis's takes that date (Ann Arbor III期（2019年診断）); the rest keeps the visit's", () => {
    const events = run('A) 濾胞性リンパ腫 grade 2、Ann Arbor III期（2019年診断）\n　 倦怠感あり、PET-CTでCMR維持', '2025-05-20');
    expect(events.map((e) => [e.type, e.date?.start])).toEqual([
      ['diagnosis', '2019'],
      ['staging', '2019'],
      ['symptom', '2025-05-20'],
      ['response', '2025-05-20'],
    ]);
  });
  it('a plain line continuing one with a date inside it inherits that date; a labelled line or a list item after it does not', () => {
    const dates = (text: string, date: string) => run(text, date).map((e) => [e.type, e.date?.start ?? null]);
    expect(dates('抗菌薬で解熱し、9月24日退院。\nなお、パネル検査でIDH1 R132C変異陽性が判明。', '2025-09-25')).toEqual([
      ['discharge', '2025-09-24'],
      ['biomarker', '2025-09-24'],
    ]);
    expect(dates('経過：術前DCF 3コース施行（2025/2～2025/4）後、2025/5/20 CT再評価でSD。\n　　　嚥下困難感は軽度改善。', '2025-06-12').pop()).toEqual(['symptom', '2025-05-20']);
    // (A field of its own, 有害事象：, takes what the line before would give without its inside date.)
    const fielded = dates('治療：IMRT 78Gy/39fr（2025/7/28～2025/9/26）\n併用：ADTを2025年4月より継続中。\n有害事象：頻尿G1。', '2025-09-30');
    expect(fielded.pop()).toEqual(['symptom', '2025-07-28']);
  });
  it('a score out of its maximum after its scale is no date (疼痛スケール（NRS）4/10, MMT 4/5), so it dates nothing', () => {
    const found = (text: string) => segmentNote(note(text, '2024-06-01')).dates.map((m) => m.text);
    expect(found('疼痛スケール（NRS）4/10。筋力は上肢MMT 2/5、下肢MMT 4/5。')).toEqual([]);
  });
  it('a staging in parentheses after an operation is no detail of it (腹腔鏡下結腸右半切除術（pT4aN2aM0 pStage IIIC）)', () => {
    const events = run('令和5年8月 腹腔鏡下結腸右半切除術（pT4aN2aM0 pStage IIIC）');
    expect(ofType(events, 'procedure').map((e) => [e.name, e.detail, e.evidence?.text])).toEqual([['腹腔鏡下結腸右半切除術', undefined, '腹腔鏡下結腸右半切除術']]);
    expect(ofType(events, 'staging').map((e) => e.stage)).toEqual(['IIIC']);
    // (A detail that is one stays: 胸腔鏡下右下葉切除術（ND2a-1）.)
    expect(ofType(run('胸腔鏡下右下葉切除術（ND2a-1）施行'), 'procedure').map((e) => e.detail)).toEqual(['ND2a-1']);
  });
});

describe('from a fifty-fourth gold set (styles54)', () => {
  it('an abbreviated operation after s/p and its side, or dated in parentheses after it, was done; the side written against it is its site', () => {
    const procedures = (text: string) => ofType(run(text), 'procedure').map((e) => [e.name, e.site, e.evidence?.text, e.date?.start]);
    expect(procedures('s/p 左Bt+Ax (2019/5), adj. EC→DTX')).toEqual([['Bt+Ax', '左', '左Bt+Ax', '2019-05']]);
    expect(procedures('右Bp+SN（2021/4）後、放射線照射')).toEqual([['Bp+SN', '右', '右Bp+SN', '2021-04']]);
    // (Named alone, an abbreviation is still no act: Bt+Axの適応.)
    expect(procedures('左Bt+Axの適応について説明')).toEqual([]);
  });
  it('organ removals written without 術 (膀胱全摘, 胃全摘) are procedures; フリュキンチニブ, as the brand is spelt, is fruquintinib', () => {
    expect(ofType(run('pT3bN0 (2023/8 膀胱全摘)。2020年 胃全摘+D2郭清。'), 'procedure').map((e) => e.name)).toEqual(['膀胱全摘', '胃全摘+D2郭清']);
    expect(ofType(run('2025/5/1〜 フリュキンチニブ 5mg 開始'), 'medication').map((e) => e.drugs)).toEqual([['fruquintinib']]);
  });
  it('a drug given already (…投与済み) is completed; a schedule of weeks on and off (3週投与1週休薬) is no verb', () => {
    const meds = (text: string) => ofType(run(text, '2025-10-02'), 'medication').map((e) => [e.drugs[0], e.status, e.evidence?.text]);
    expect(meds('2025/9/15 入院。前日にオビヌツズマブ 1000mg投与済み。')).toEqual([['obinutuzumab', 'completed', 'オビヌツズマブ 1000mg投与済み']]);
    expect(meds(' 2025年5月〜 フリュキンチニブ 5mg 3週投与1週休薬')).toEqual([['fruquintinib', 'started', 'フリュキンチニブ 5mg 3週投与1週休薬']]);
  });
  it('a recurrence with its date written against it is 再発, the date not part of its name (2023年CR、2024年8月再発。)', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.evidence?.text, e.date?.start]);
    expect(diagnoses('R-CHOP 6コース後 2023年CR、2024年8月再発。')).toEqual([['再発', '再発', '2024-08']]);
    // (A named one keeps its name: 2024年8月局所再発を認めた; the evidence holds the cue, as …再発と判断's does.)
    expect(diagnoses('2024年8月局所再発を認めた。')).toEqual([['局所再発', '局所再発を認めた', '2024-08']]);
  });
  it("an English label for now (Now:, Currently:) opens today's visit, as 今回： does", () => {
    const events = run(' 2024/11- タラゾパリブ 1mg/day, c/w\nNow: 貧血 (Hb 7.8) → 輸血、休薬中。倦怠感あり。', '2025-12-09');
    expect(ofType(events, 'symptom').map((e) => e.date?.start)).toEqual(['2025-12-09']);
  });
  it('a response dated by a parenthesis that opens with a date and the examination that found it (PD (2025/5 CT: 骨転移増悪)), which is its basis', () => {
    const responses = ofType(run(' - 2024/11〜2025/4 EV+Pembro → PD (2025/5 CT: 骨転移増悪)', '2025-06-30'), 'response');
    expect(responses.map((e) => [e.code, e.date?.start, e.basis])).toEqual([['PD', '2025-05', 'CT']]);
  });
  it('a chain opening a sequence takes the range a parenthesis after the next chain gives (adj. EC→DTX (2019/6-2019/12)); adj. is adjuvant', () => {
    const meds = ofType(run(' s/p 左Bt+Ax (2019/5), adj. EC→DTX (2019/6-2019/12)', '2025-12-09'), 'medication');
    expect(meds.map((e) => [e.regimen, e.status, e.date?.start, e.date?.end])).toEqual([
      ['EC', 'completed', '2019-06', '2019-12'],
      ['DTX', 'completed', '2019-06', '2019-12'],
    ]);
    expect(meds[0]!.intent).toBe('adjuvant');
  });
  it("on a visit's line, a date opening a parenthesis right after an item, in its clause, dates it (pT3bN0 (2023/8 膀胱全摘))", () => {
    const events = run('【泌尿器科 外来】2025/6/30\nDx: 膀胱癌 (UC), pT3bN0 (2023/8 膀胱全摘)\nS: 口内炎あり', '2025-06-30');
    expect(events.map((e) => [e.type, e.date?.start ?? null])).toEqual([
      ['diagnosis', null],
      ['staging', '2023-08'],
      ['procedure', '2023-08'],
      ['symptom', '2025-06-30'],
    ]);
  });
});

describe('from a fifty-fifth gold set (styles55)', () => {
  it('adult T-cell leukaemia-lymphoma is one cancer word (C91.5); ampullary and parotid cancers have their codes; CCR4 and AR are biomarkers', () => {
    const diagnoses = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(diagnoses('■病名：成人T細胞白血病リンパ腫（急性型）')).toEqual([['成人T細胞白血病リンパ腫', 'C91.5']]);
    expect(diagnoses('#十二指腸乳頭部癌　pT3aN1M0')).toEqual([['十二指腸乳頭部癌', 'C24.1']]);
    expect(diagnoses('#1 右耳下腺癌（唾液腺導管癌）術後')).toEqual([['耳下腺癌', 'C07']]);
    const biomarkers = ofType(run('CCR4陽性。HER2 IHC 3+、AR陽性。'), 'biomarker').map((e) => [e.name, e.result]);
    expect(biomarkers).toEqual([['CCR4', 'positive'], ['HER2', 'positive'], ['AR', 'positive']]);
  });
  it('mLSG15 (VCAP-AMP-VECP) expands to its eight drugs', () => {
    const meds = ofType(run('10/7より mLSG15（VCAP-AMP-VECP）を開始し、3コース施行後にPR。', '2024-12-01'), 'medication');
    expect(meds.map((e) => [e.drugs, e.status])).toEqual([
      [['carboplatin', 'cyclophosphamide', 'doxorubicin', 'etoposide', 'prednisolone', 'ranimustine', 'vincristine', 'vindesine'], 'started'],
    ]);
  });
  it('a status verb a plan follows (導入する方針, 開始の予定) is a plan, not a start', () => {
    const meds = (text: string) => ofType(run(text, '2025-09-30'), 'medication').map((e) => e.status);
    expect(meds('術後補助療法としてニボルマブを導入する方針。')).toEqual([]);
    expect(meds('CBDCA+PEMを開始の予定。')).toEqual([]);
    expect(meds('9/2 ニボルマブを導入した。')).toEqual(['started']);
  });
  it('PD written as the operation (Op: PD, PD施行, 膵頭十二指腸切除術（PD）) is a pancreatoduodenectomy, not progressive disease', () => {
    const events = run('Op: 2022/6/14 PD（亜全胃温存）＋D2郭清\n2023/3 PD施行。\n2020年 膵頭十二指腸切除術（PD）\n2024/5 CTでPD。', '2025-04-22');
    expect(ofType(events, 'procedure').map((e) => [e.name, e.detail, e.date?.start])).toEqual([
      ['PD+D2郭清', '亜全胃温存', '2022-06-14'],
      ['PD', undefined, '2023-03'],
      ['膵頭十二指腸切除術', 'PD', '2020'],
    ]);
    expect(ofType(events, 'response').map((e) => [e.code, e.date?.start])).toEqual([['PD', '2024-05']]);
  });
  it('a transplant whose donor is being sought is still to come (同種造血幹細胞移植はドナー検索中)', () => {
    expect(ofType(run('同種造血幹細胞移植はドナー検索中。', '2025-06-20'), 'procedure')).toEqual([]);
    expect(ofType(run('2024/3 同種造血幹細胞移植を施行。', '2025-06-20'), 'procedure').map((e) => e.name)).toEqual(['同種造血幹細胞移植']);
  });
  it('a biopsy taken at an upper endoscopy named without 検査 in the same sentence is part of it', () => {
    const names = ofType(run('2025年3月、上部消化管内視鏡で胸部中部食道に腫瘍を認め、生検で扁平上皮癌と診断。', '2025-09-30'), 'procedure').map((e) => e.name);
    expect(names).toEqual(['上部消化管内視鏡']);
  });
});

describe('from a fifty-sixth gold set (styles56)', () => {
  it('a history written as semicolon-separated rows (date;act;response) gives the acts, drugs and recurrences of each row', () => {
    const events = run('[HCC治療歴]\n2019/05;S6 RFA;CR\n2021/02;S8再発→TACE;PR\n2022/07;ソラフェニブ 800mg;PD（肺転移）', '2025-04-01');
    expect(events.filter((e) => e.type !== 'response').map((e) => [e.type, e.evidence?.text, e.date?.start ?? null])).toEqual([
      ['diagnosis', 'HCC', null],
      ['procedure', 'RFA', '2019-05'],
      ['diagnosis', '再発', '2021-02'],
      ['procedure', 'TACE', '2021-02'],
      ['medication', 'ソラフェニブ 800mg', '2022-07'],
      ['metastasis', '肺転移', '2022-07'],
    ]);
  });
  it('PAX3-FOXO1 is a biomarker; the IRS clinical group of a rhabdomyosarcoma is a staging', () => {
    const events = run('診断：胞巣型横紋筋肉腫（左前腕）、PAX3-FOXO1融合遺伝子陽性、IRS Group III', '2025-08-20');
    expect(ofType(events, 'biomarker').map((e) => [e.name, e.result])).toEqual([['PAX3-FOXO1', 'positive']]);
    expect(ofType(events, 'staging').map((e) => [e.stage, e.system])).toEqual([['III', 'IRS']]);
  });
  it('a history item numbered with a circled number (②2023/6 傍大動脈リンパ節再発) opens its dated line as a plain one does', () => {
    const diagnoses = ofType(run('①2021/10 CCRT → CR\n②2023/6 傍大動脈リンパ節再発 → TC+Bev+Pembro 6コース', '2025-05-13'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.date?.start])).toEqual([['傍大動脈リンパ節再発', '2023-06']]);
  });
  it('English stay labels with a colon (Admit:, D/C:) are the admission and the discharge', () => {
    const events = run('Dx: 肺扁平上皮癌\nAdmit: 2025/10/02  D/C: 2025/10/09\nReason: irAE大腸炎（G3）', '2025-10-09');
    expect(events.filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start])).toEqual([
      ['admission', '2025-10-02'],
      ['discharge', '2025-10-09'],
    ]);
  });
});

describe('from a fifty-seventh gold set (styles57)', () => {
  it('an abbreviation of a T-cell lymphoma is the diagnosis, and its name spelled out in parentheses after it is no second one', () => {
    const diagnoses = ofType(run('# AITL (angioimmunoblastic T-cell lymphoma), CS IVB — dx 2024/2', '2025-07-15'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['AITL', 'C86.5', '2024-02']]);
  });
  it('an English lymphoma name takes its code from the words before lymphoma', () => {
    const diagnoses = ofType(run('Dx: angioimmunoblastic T-cell lymphoma, 2024/2', '2025-07-15'), 'diagnosis');
    expect(diagnoses.map((e) => e.icd10)).toEqual(['C86.5']);
  });
  it('CS before a roman numeral is the clinical stage; an insulin pump (CSII) is not', () => {
    expect(ofType(run('# AITL, CS IVB, IPI 3', '2025-07-15'), 'staging').map((e) => e.stage)).toEqual(['IVB']);
    expect(ofType(run('#ホジキンリンパ腫 CSⅡA', '2025-07-15'), 'staging').map((e) => e.stage)).toEqual(['IIA']);
    expect(ofType(run('#1 型糖尿病 CSII導入中', '2025-07-15'), 'staging')).toEqual([]);
  });
  it('BV-CHP is brentuximab vedotin with CHP', () => {
    const [e] = ofType(run('2024/3/1～ BV-CHP x6 → PET-CT: CMR (2024/8)', '2025-07-15'), 'medication');
    expect([e?.drugs, e?.cycles, e?.status]).toEqual([['brentuximab vedotin', 'cyclophosphamide', 'doxorubicin', 'prednisolone'], 6, 'completed']);
  });
  it('a pathology result of urothelial carcinoma (a histology, as 腺癌 is) after the organ diagnosis is not a second diagnosis', () => {
    const diagnoses = ofType(run('傷病名：左尿管癌\n経過：2022年9月、左尿管癌と診断しました。同年11月8日、腎尿管全摘除術を施行、病理は尿路上皮癌、pT3N0M0でした。', '2025-06-16'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10])).toEqual([['尿管癌', 'C66']]);
  });
  it('a negation after another predicate with its own argument, a pause in speech or minding it does not negate the symptom before it', () => {
    const certainties = (text: string) => ofType(run(text, '2025-07-22'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(certainties('S）「前回の点滴のあと、指先がしびれて冷たい物が触れない」')).toEqual([['しびれ', 'confirmed']]);
    expect(certainties('（会話は困難）…しびれ…動けない…')).toEqual([['しびれ', 'confirmed']]);
    expect(certainties('「足のむくみはほとんど気にならない」')).toEqual([['むくみ', 'confirmed']]);
    expect(certainties('S：物忘れはない。気分の落ち込みもない。')).toEqual([
      ['物忘れ', 'negated'],
      ['気分の落ち込み', 'negated'],
    ]);
  });
  it('むくみ is 浮腫 in other words: a note that writes both has one symptom, at its first mention', () => {
    const symptoms = ofType(run('S：足のむくみが少しある。\nA：浮腫G1。', '2025-09-30'), 'symptom');
    expect(symptoms.map((e) => e.evidence?.text)).toEqual(['むくみ']);
  });
  it('a pathology sentence\'s histology (病理は尿路上皮癌、pT3N0M0でした) fills the organ diagnosis\'s histology, unless suspected or from another organ', () => {
    const histology = (text: string) => ofType(run(text, '2025-06-16'), 'diagnosis').map((e) => [e.name, e.histology]);
    expect(histology('2022年9月、CTにて左尿管癌と診断。同年11月8日、左腎尿管全摘除術を施行、病理は尿路上皮癌、pT3N0M0でした。')).toEqual([['尿管癌', '尿路上皮癌']]);
    expect(histology('2024/5 右肺癌と診断。TBLB病理結果：腺癌。')).toEqual([['肺癌', '腺癌']]);
    expect(histology('2024/5 右肺癌と診断。病理は扁平上皮癌が疑われる。')).toEqual([['肺癌', undefined]]);
    expect(histology('2024/5 右肺癌と診断。喉頭生検病理：扁平上皮癌。')).toEqual([['肺癌', undefined]]);
  });
});

describe('from a fifty-eighth gold set (styles58)', () => {
  it('a muscle-strength score with the limb between it and its label (MMT 下肢 4/4) is no date', () => {
    const [e] = ofType(run('現病歴：2025/4に腰痛で発症。\n評価：MMT 下肢 4/4、感覚障害なし。', '2025-06-12'), 'symptom').filter((s) => s.name === '感覚障害');
    expect(e?.date?.start).not.toBe('2025-04-04');
  });
  it('a line opening with 今回、 is the visit, not the last history date above it', () => {
    const [e] = ofType(run('経過：2025年1月にPDとなり、トラスツズマブ＋ドセタキセルへ変更。\n今回、腰痛増悪のため入院。', '2025-09-16'), 'admission');
    expect(e?.date?.start).toBe('2025-09-16');
  });
  it('a follow-up line opening with the time since the operation (術後1年。) is the visit', () => {
    const [e] = ofType(run('術後補助化学療法：CDDP+ETP 4コース（2024/12～2025/3）完遂。\n術後1年。CTで再発所見なし。', '2025-11-05'), 'diagnosis');
    expect([e?.name, e?.certainty, e?.date?.start]).toEqual(['再発', 'negated', '2025-11-05']);
  });
  it('an irradiation that is the purpose of the admission (…照射（20Gy/5fr）目的に入院) is a plan, not a course given', () => {
    expect(ofType(run('今回、腰痛増悪に対する緩和照射（L3-5 20Gy/5fr）目的に入院。', '2025-09-16'), 'radiotherapy')).toEqual([]);
    expect(ofType(run('治療：IMRT 78Gy/39fr（2025/7/28～2025/9/26）、根治目的。', '2025-10-01'), 'radiotherapy').map((e) => e.intent)).toEqual(['curative']);
  });
  it('extramammary Paget disease is a cancer, coded by its site, and dated by the later statement of its diagnosis', () => {
    const diagnoses = ofType(run('診断：外陰部乳房外パジェット病（浸潤癌）\n経過：2022年8月当科初診、皮膚生検で乳房外パジェット病と診断。', '2025-09-16'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['外陰部乳房外パジェット病', 'C51.9', '2022-08']]);
  });
  it('LCNEC is a lung cancer coded by its lobe; the histology in parentheses after it is no second diagnosis', () => {
    const diagnoses = ofType(run('呼吸器外科 術後外来\n左上葉LCNEC（大細胞神経内分泌癌）pT2aN1M0 pStage IIB', '2025-11-05'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10, e.laterality])).toEqual([['上葉LCNEC', 'C34.1', 'left']]);
  });
  it('a registry abstract names the cancer in its 組織型 field; ductal carcinoma in situ is D05.1', () => {
    const diagnoses = ofType(run('【院内がん登録 抄録】\n診断日：2024/10/03\n組織型：非浸潤性乳管癌（DCIS）、ER陽性', '2025-03-04'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10, e.date?.start])).toEqual([['非浸潤性乳管癌', 'D05.1', '2024-10-03']]);
  });
  it('a cancer named by what it is not (非小細胞肺癌, 非ホジキンリンパ腫) is a cancer; 非癌部 is not', () => {
    const names = (text: string) => ofType(run(text, '2025-03-04'), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(names('病名：非小細胞肺癌 cStage IV')).toEqual([['非小細胞肺癌', 'C34.9']]);
    expect(names('#1 非ホジキンリンパ腫 化学療法中')).toEqual([['非ホジキンリンパ腫', 'C85.9']]);
    expect(names('病理：非癌部に炎症細胞浸潤')).toEqual([]);
  });
  it('radioiodine written with its activity (アブレーション 131I 3.7GBq, 131I内用療法 5.55GBq) is radiotherapy given, each dose an event', () => {
    const events = ofType(run('2023/8 アブレーション 131I 3.7GBq（全身シンチで両肺に集積）\n2024/2 131I内用療法 5.55GBq 2回目 → 肺転移増大', '2025-02-18'), 'radiotherapy');
    expect(events.map((e) => [e.evidence?.text, e.date?.start])).toEqual([
      ['アブレーション 131I 3.7GBq', '2023-08'],
      ['131I内用療法 5.55GBq', '2024-02'],
    ]);
  });
  it('a heading metastasis listed with another site and stated later (…リンパ節転移と多発骨転移を認めた) takes that date', () => {
    const events = ofType(run('診断：乳房外パジェット病、鼠径リンパ節転移、多発骨転移\n経過：2024年3月、PET-CTで鼠径リンパ節転移と多発骨転移を認めた。', '2025-09-16'), 'metastasis');
    expect(events.map((e) => [e.sites, e.date?.start])).toEqual([
      [['LYM'], '2024-03'],
      [['OSS'], '2024-03'],
    ]);
  });
  it('an admission\'s reason keeps a parenthesis whole, spaces and all (緩和照射（L3-5 20Gy/5fr）目的に入院)', () => {
    const [admission] = ofType(run('今回、腰痛増悪に対する緩和照射（L3-5 20Gy/5fr）目的に入院。', '2025-09-16'), 'admission');
    expect([admission?.reason, admission?.evidence?.text]).toEqual(['腰痛増悪に対する緩和照射(L3-5 20Gy/5fr)', '腰痛増悪に対する緩和照射（L3-5 20Gy/5fr）目的に入院']);
  });
  it('the skin and neurological symptoms 紅斑, 瘙痒 and 膀胱直腸障害 are symptoms; 瘙痒 is the same symptom as 掻痒感', () => {
    const symptoms = ofType(run('2021年頃より外陰部の紅斑と瘙痒を自覚。掻痒感は軽快。膀胱直腸障害なし。', '2025-09-16'), 'symptom');
    expect(symptoms.map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['紅斑', 'confirmed'],
      ['瘙痒', 'confirmed'],
      ['膀胱直腸障害', 'negated'],
    ]);
  });
  it('a metastasis on any diagnosis label\'s line (対象疾患：, 組織型：, 術後診断：) takes the date the note states it on, as on 診断：', () => {
    for (const label of ['対象疾患', '術後診断', '診断']) {
      const [e] = ofType(run(`${label}：乳癌 多発骨転移\n経過：2024年3月、骨シンチで多発骨転移を認めた。`, '2025-09-16'), 'metastasis');
      expect([label, e?.date?.start]).toEqual([label, '2024-03']);
    }
  });
});

describe('from a fifty-ninth gold set (styles59)', () => {
  it('a letter\'s patient introduced by the cancer (患者様は空腸癌（…）、多発肝転移・腹膜播種の方で) has that diagnosis; jejunal cancer is C17.1', () => {
    const diagnoses = ofType(run('患者様は空腸癌（中分化型腺癌）、多発肝転移・腹膜播種の方で、当科で化学療法を行っております。', '2025-04-08'), 'diagnosis');
    expect(diagnoses.map((e) => [e.name, e.icd10])).toEqual([['空腸癌', 'C17.1']]);
    expect(ofType(run('回腸癌の方で、外来通院中です。', '2025-04-08'), 'diagnosis').map((e) => e.icd10)).toEqual(['C17.2']);
  });
  it('an adverse-event report\'s 原疾患： labels the diagnosis, and a later drug-induced ILD diagnosed is no date for it', () => {
    const [e] = ofType(run('原疾患：左乳癌（ER陽性 80%）\n経過：2/12胸部CTで両側すりガラス影を認め、薬剤性ILDと診断。', '2025-02-20'), 'diagnosis');
    expect([e?.name, e?.laterality, e?.date]).toEqual(['乳癌', 'left', null]);
  });
  it('a line written after the dose and schedule with を (…200mg 3週毎を二次治療として開始) is the chain\'s line', () => {
    const [e] = ofType(run('2024年6月よりペムブロリズマブ（キイトルーダ）200mg 3週毎を二次治療として開始。', '2025-04-08'), 'medication');
    expect([e?.drugs, e?.line, e?.status]).toEqual([['pembrolizumab'], 2, 'started']);
  });
  it('the Japanese classifications\' surgical and final findings (sT4aN1bM1c（P1） Stage IVC, fStage IIIA) are stagings with no TNM prefix', () => {
    const stagings = ofType(run('術後診断：S状結腸癌 sT4aN1bM1c（P1） Stage IVC\n最終診断：胃癌 fT3N2M0 fStage IIIA', '2025-05-14'), 'staging');
    expect(stagings.map((e) => [e.tnm, e.stage])).toEqual([
      [{ t: 'T4a', n: 'N1b', m: 'M1c' }, 'IVC'],
      [{ t: 'T3', n: 'N2', m: 'M0' }, 'IIIA'],
    ]);
  });
  it('a count of positive nodes before 転移 (郭清 → 右2/9個転移) is a lymph node metastasis, 0/12個転移 a negated one, and no date', () => {
    const events = run(' 2024/12/10 両側鼠径リンパ節郭清 → 右2/9個転移、ENEなし\n 2025/1/20 腋窩郭清 → 0/12個転移', '2025-07-01');
    expect(ofType(events, 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed', e.date?.start])).toEqual([
      [['LYM'], 'confirmed', '2024-12-10'],
      [['LYM'], 'negated', '2025-01-20'],
    ]);
  });
  it('a recurrence that findings before an arrow add up to, closing its line (… lung mets → recurrence), is stated', () => {
    const text = '- 2025/6 PET-CT: multiple lung mets, mediastinal LN mets → recurrence\n- 2025/7/3~ avelumab start';
    expect(ofType(run(text, '2025-10-02'), 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['recurrence', '2025-06']]);
    expect(ofType(run('2025/6 CT: 肝転移 → 再発の可能性について説明', '2025-10-02'), 'diagnosis')).toEqual([]);
  });
  it('an English wide local excision joined to its SLNB is one procedure, the parenthesis its detail', () => {
    const events = ofType(run('- 2024/4/16 wide local excision + SLNB (1/2 positive)', '2025-10-02'), 'procedure');
    expect(events.map((e) => [e.name, e.detail, e.date?.start])).toEqual([['wide local excision + SLNB', '1/2 positive', '2024-04-16']]);
  });
  it('an operation record\'s 術式： line is one operation also where a part\'s parenthesis comes before the 、 (…切除術（D3郭清）、腹膜結節切除)', () => {
    const events = ofType(run('手術日：2025年5月14日\n術式：腹腔鏡下S状結腸切除術（D3郭清）、腹膜結節切除\n麻酔：全身麻酔', '2025-05-14'), 'procedure');
    expect(events.map((e) => [e.name, e.detail])).toEqual([['腹腔鏡下S状結腸切除術、腹膜結節切除', 'D3郭清']]);
  });
  it('a letter\'s line opening with 今回ご相談の… is today\'s, not the history above it', () => {
    const text = '2024年6月よりペムブロリズマブを開始。直近のCT（2025年3月）ではSD。\n今回ご相談の右股関節痛につきましては、骨転移の可能性も否定できず。';
    const events = run(text, '2025-04-08');
    expect([...ofType(events, 'symptom'), ...ofType(events, 'metastasis')].map((e) => e.date?.start)).toEqual(['2025-04-08', '2025-04-08']);
  });
  it('another diagnosis label with no date of its own (術後診断： under 手術日：) does not date the first label\'s cancer, nor does a katakana condition diagnosed', () => {
    const [e] = ofType(run('手術記録\n手術日：2025年5月14日\n術前診断：S状結腸癌 cT4aN1aM0\n術後診断：S状結腸癌 sT4aN1bM1c', '2025-05-14'), 'diagnosis');
    expect([e?.name, e?.date]).toEqual(['S状結腸癌', null]);
    const [f] = ofType(run('#1 小細胞肺癌\n1988年4月にぶどう膜炎を契機に精査され、サルコイドーシスと診断されていた。', '1990-12-01'), 'diagnosis');
    expect([f?.name, f?.date]).toEqual(['小細胞肺癌', null]);
  });
  it('a heading\'s cancer is dated by a history line whose biopsy result names it (2024/3 … excisional biopsy: MCC); Merkel cell carcinoma is coded C44', () => {
    const text = 'Dx: Merkel cell carcinoma, rt cheek (pT2N1aM0, stage IIIA)\nHx:\n- 2024/3 rt cheek nodule 2.5cm → excisional biopsy: MCC, CK20+\n- 2024/4/16 wide local excision + SLNB';
    const [e] = ofType(run(text, '2025-10-02'), 'diagnosis');
    expect([e?.name, e?.icd10, e?.date?.start]).toEqual(['Merkel cell carcinoma', 'C44.9', '2024-03']);
    expect(ofType(run('★メルケル細胞癌（左頬部）術後再発', '2025-10-02'), 'diagnosis').map((d) => d.icd10)).toEqual(['C44.3']);
  });
  it('an adverse-event report\'s suspect drug and its period field (被疑薬：…, 投与期間：2024/9/3～2025/1/28（三次治療として8コース）) are one course given', () => {
    const text = '被疑薬：トラスツズマブ デルクステカン（エンハーツ）5.4mg/kg 3週毎\n投与期間：2024/9/3～2025/1/28（三次治療として8コース）\n経過：2/12胸部CTで両側すりガラス影を認め、薬剤性ILDと診断。エンハーツは中止とした。';
    const events = ofType(run(text, '2025-02-20'), 'medication');
    expect(events.map((e) => [e.status, e.line, e.cycles, e.date])).toEqual([
      ['completed', 3, 8, { start: '2024-09-03', end: '2025-01-28' }],
      ['stopped', 3, undefined, { start: '2025-02-12', text: '2/12' }],
    ]);
  });
});

describe('from a sixtieth gold set (styles60)', () => {
  const certificate = [
    '診断書（入院・手術給付金請求用）',
    '傷病名：右乳癌（浸潤性乳管癌）',
    '診断確定日：令和6年12月16日（針生検による）',
    '入院期間：令和7年1月14日～令和7年1月22日（9日間）',
    '手術名：右乳房全切除術＋センチネルリンパ節生検',
    '手術日：令和7年1月15日',
    '病理診断：pT2N0M0 StageIIA、ER陽性（90%）',
    '備考：令和7年6月の診察時点で再発・転移の所見なし。',
  ].join('\n');
  it('a day field opening its line (手術日：令和7年1月15日) dates the lines after it, not the admission period or the diagnosis day above', () => {
    const events = run(certificate, '2025-06-10');
    expect(ofType(events, 'staging').map((e) => e.date?.start)).toEqual(['2025-01-15']);
    expect(ofType(events, 'biomarker').map((e) => e.date?.start)).toEqual(['2025-01-15']);
    // …but not a record's own dates: 記載日： dates the writing.
    const written = run('記載日：2025/6/10\n病理診断：pT2N0M0', '2025-06-10');
    expect(ofType(written, 'staging').map((e) => e.date?.start)).toEqual(['2025-06-10']);
    expect(ofType(run('初診日：2024/12/2\n記載日：2025/6/10\n病理診断：pT2N0M0', '2025-06-10'), 'staging').map((e) => e.date?.start)).toEqual(['2024-12-02']);
  });
  it('an operation named in a 手術名： field takes the day field on the line after it', () => {
    const procedures = ofType(run(certificate, '2025-06-10'), 'procedure');
    expect(procedures.map((e) => [e.name, e.site, e.date?.start])).toEqual([
      ['針生検', undefined, '2024-12-16'],
      ['乳房全切除術+センチネルリンパ節生検', '右', '2025-01-15'],
    ]);
  });
  it('an admission period field (入院期間：A～B) is an admission on A and a discharge on B; a stay\'s insurance word is none', () => {
    const events = run(certificate, '2025-06-10');
    expect(events.filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start])).toEqual([
      ['admission', '2025-01-14'],
      ['discharge', '2025-01-22'],
    ]);
    expect(run('入院期間：2025/3/3～ 現在入院中', '2025-03-10').map((e) => [e.type, e.date?.start])).toEqual([['admission', '2025-03-03']]);
  });
  it('what a diagnosis was made by, in parentheses (（針生検による）), was done; the means of another act (胸水ドレナージによる…緩和) is not', () => {
    expect(ofType(run('診断確定日：2024/12/16（針生検による）', '2025-06-10'), 'procedure').map((e) => e.name)).toEqual(['針生検']);
    expect(ofType(run('胸水ドレナージによる呼吸困難の緩和を図る。', '2025-06-10'), 'procedure')).toEqual([]);
  });
  it('a recurrence denied together with metastasis (再発・転移の所見なし) is a negated recurrence', () => {
    const [e] = ofType(run(certificate, '2025-06-10'), 'diagnosis').filter((d) => d.name === '再発');
    expect([e?.certainty, e?.evidence?.text, e?.date?.start]).toEqual(['negated', '再発・転移の所見なし', '2025-06']);
  });
  it('on a line inheriting its date, a date in parentheses right after what stands there dates it (ｶﾞﾝﾏﾅｲﾌ(2024/10/8)施行済み)', () => {
    const [e] = ofType(run('本日 維持療法4ｺｰｽ目 施行｡\n脳転移に対しｶﾞﾝﾏﾅｲﾌ(2024/10/8)施行済み｡', '2025-08-19'), 'radiotherapy');
    expect([e?.date?.start, e?.evidence?.text]).toEqual(['2024-10-08', '脳転移に対しｶﾞﾝﾏﾅｲﾌ(2024/10/8)施行']);
    // (Not one in a later clause: it dates what stands there.)
    const [s] = ofType(run('本日 外来。\n発熱あり、ガンマナイフ(2024/10/8)後の変化', '2025-08-19'), 'symptom');
    expect(s?.date?.start).toBe('2025-08-19');
  });
  it('a title\'s cancer is dated by the dated line giving a resection\'s histology (2023/06/12 TURBT：尿路上皮癌), which names no other organ', () => {
    const text = '膀胱癌 治療経過（新しい順）\n2025/02/20 CT：多発肺転移。再発と診断。\n2023/06/12 TURBT：尿路上皮癌、筋層浸潤あり（cT2N0M0）。';
    const [e] = ofType(run(text, '2025-09-16'), 'diagnosis');
    expect([e?.name, e?.date?.start]).toEqual(['膀胱癌', '2023-06-12']);
    // (Another organ's cancer found that way still does not date it.)
    const other = ofType(run('膀胱癌 治療経過\n2023/06/12 生検：肺腺癌', '2025-09-16'), 'diagnosis');
    expect(other.filter((d) => d.name === '膀胱癌').map((d) => d.date)).toEqual([null]);
  });
  it('in a history written newest first, the line written further down for the regimen begun earlier carries up to its later course', () => {
    const newestFirst = '2025/09/16 EV+Pembro 8コース目 投与。\n2025/03/04 EV+Pembro 1次治療 開始。';
    expect(ofType(run(newestFirst, '2025-09-16'), 'medication').map((e) => [e.date?.start, e.line, e.status])).toEqual([
      ['2025-09-16', 1, 'ongoing'],
      ['2025-03-04', 1, 'started'],
    ]);
    // (Not from a later course written further down: 3rd line is not the earlier course's.)
    const oldestFirst = '2023/03/04 FOLFOX 8コース施行。\n2025/03/04 FOLFOX 3rd line 再導入。';
    expect(ofType(run(oldestFirst, '2025-09-16'), 'medication').map((e) => e.line)).toEqual([undefined, 3]);
  });
  it('a swelling is a symptom when the patient noticed it (12月に腫脹を自覚, リンパ節腫脹…を主訴に), not when the examiner felt it', () => {
    expect(ofType(run('12月に腫脹を自覚して当院を受診した。', '2025-07-22'), 'symptom').map((e) => [e.name, e.date?.start])).toEqual([['腫脹', '2024-12']]);
    expect(ofType(run('全身のリンパ節腫脹と皮疹を主訴に当科紹介。', '2025-07-22'), 'symptom').map((e) => e.name)).toEqual(['リンパ節腫脹', '皮疹']);
    expect(ofType(run('頸部に多発するリンパ節腫脹を触知。', '2025-07-22'), 'symptom')).toEqual([]);
  });
});

describe('from a sixty-first gold set (styles61)', () => {
  it('code-switched English: pembro monoでstart (1st line) is a first-line start, pembro discontinue a stop (not continue inside it)', () => {
    const events = ofType(run(' 2024/12 pembro monoでstart (1st line)\n 2025/2 irAE colitis G3でpembro discontinue、PSL 1mg/kgでcontrol', '2025-10-07'), 'medication');
    expect(events.map((e) => [e.status, e.line, e.date?.start])).toEqual([
      ['started', 1, '2024-12'],
      ['stopped', 1, '2025-02'],
    ]);
    expect(ofType(run('Nivo continued.', '2025-10-07'), 'medication').map((e) => e.status)).toEqual(['ongoing']);
  });
  it('a call written before the genes it covers, listed in parentheses (driver mutation negative (EGFR/ALK/ROS1/BRAF)), is each gene\'s', () => {
    const events = ofType(run('PD-L1 TPS 90%, driver mutation negative (EGFR/ALK/ROS1/BRAF)', '2025-10-07'), 'biomarker');
    expect(events.map((e) => [e.name, e.result])).toEqual([
      ['PD-L1', 'positive'],
      ['EGFR', 'negative'],
      ['ALK', 'negative'],
      ['ROS1', 'negative'],
      ['BRAF', 'negative'],
    ]);
    expect(ofType(run('ドライバー遺伝子変異陰性（EGFR、ALK）', '2025-10-07'), 'biomarker').map((e) => e.name)).toEqual(['EGFR', 'ALK']);
    // (Not a parenthesis holding more than gene names: the call is not theirs alone.)
    expect(ofType(run('陰性（EGFR は検査中）', '2025-10-07'), 'biomarker')).toEqual([]);
  });
  it('a symptom told first as resolved (本日：嚥下時痛は消失) was there; resolved after the note told it, it gives nothing new', () => {
    expect(ofType(run('本日：嚥下時痛は消失、口渇あり。', '2025-05-13'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([
      ['嚥下時痛', 'confirmed'],
      ['口渇', 'confirmed'],
    ]);
    expect(ofType(run('4/1 嚥下時痛あり。\n本日：嚥下時痛は消失。', '2025-05-13'), 'symptom').map((e) => e.date?.start)).toEqual(['2025-04-01']);
  });
  it('an ESD record: the lesion field names the diagnosis (対象病変：胃体下部小彎 0-IIc 25mm 早期胃癌), undated; the title naming the session the record states again gives no second procedure', () => {
    const text = '上部消化管内視鏡（ESD）記録\n実施日：2025/6/18\n対象病変：胃体下部小彎 0-IIc 25mm 早期胃癌（tub1）\n手技：ESD施行、一括切除。';
    const events = run(text, '2025-07-02');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date])).toEqual([['早期胃癌', null]]);
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([['ESD', '2025-06-18']]);
    expect(ofType(events, 'staging')).toEqual([]);
    // (A title naming a procedure the record does not state again is still one.)
    expect(ofType(run('上部消化管内視鏡検査報告書\n胃体部に潰瘍あり。', '2025-07-02'), 'procedure').map((e) => e.name)).toEqual(['上部消化管内視鏡検査']);
  });
  it('fine-needle aspiration cytology (穿刺吸引細胞診) is a procedure; 現在： opens today\'s status', () => {
    const text = '・2024年10月 穿刺吸引細胞診で甲状腺乳頭癌と診断。\n・2024年12月 甲状腺全摘術。\n現在：倦怠感なし。';
    const events = run(text, '2025-09-30');
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start])).toEqual([
      ['穿刺吸引細胞診', '2024-10'],
      ['甲状腺全摘術', '2024-12'],
    ]);
    expect(ofType(events, 'symptom').map((e) => e.date?.start)).toEqual(['2025-09-30']);
  });
});

describe('from a sixty-second gold set (styles62)', () => {
  it('a record of several visits, each opened by 記録日時： with a time, dates each visit by its own day: 本日 in the first is that day', () => {
    const text = '記録日時：2025/05/12 10:32\nS：労作時の息切れ。\nP：ニボルマブ＋イピリムマブを本日より開始。\n記録日時：2025/06/30 14:05\nO：CT：mRECISTでSD。\nP：ニボルマブ＋イピリムマブ継続。';
    const events = run(text, '2025-08-04');
    expect(ofType(events, 'medication').map((e) => [e.status, e.date?.start])).toEqual([
      ['started', '2025-05-12'],
      ['ongoing', '2025-06-30'],
    ]);
    expect(ofType(events, 'response').map((e) => e.date?.start)).toEqual(['2025-06-30']);
  });
  it('S＞ and A＞ are SOAP labels: their lines are today\'s, not the history line above', () => {
    const text = '＃声門上癌（2025/2 生検で診断）\nS＞嗄声は変わらず。\nO＞PET-CT（6/30）：集積消失、CR。\nA＞経過良好。嚥下時痛なし。';
    const events = run(text, '2025-07-08');
    expect(ofType(events, 'symptom').map((e) => [e.name, e.date?.start])).toEqual([
      ['嗄声', '2025-07-08'],
      ['嚥下時痛', '2025-07-08'],
    ]);
  });
  it('a SOAP assessment with the staging after the cancer (A：悪性胸膜中皮腫 cT2N0M0 Stage IB) is today\'s diagnosis, unless its line says when it was diagnosed', () => {
    const diagnosis = (text: string) => ofType(run(text, '2025-05-12'), 'diagnosis').map((e) => e.date?.start ?? null);
    expect(diagnosis('S：息切れあり。\nA：悪性胸膜中皮腫（上皮型） cT2N0M0 Stage IB。')).toEqual(['2025-05-12']);
    expect(diagnosis('S：しこりあり。\nA) 濾胞性リンパ腫 grade 2、Ann Arbor III期（2019年診断）')).toEqual(['2019']);
    // (A diagnosis label with the staging is still undated: 診断：肺腺癌 cT2N0M0.)
    expect(diagnosis('S：咳あり。\n診断：肺腺癌 cT2N0M0 Stage IB')).toEqual([null]);
  });
  it('acts first named as what the patient is after (＃気管切開後, 胸腔ドレナージ後、) were done; a day word against a name (本日タルク…) is not part of it', () => {
    const events = ofType(run('＃気管切開後\nP：胸腔ドレナージ後、本日タルク胸膜癒着術を施行。', '2025-08-04'), 'procedure');
    expect(events.map((e) => [e.name, e.date?.start ?? null])).toEqual([
      ['気管切開', null],
      ['胸腔ドレナージ', '2025-08-04'],
      ['タルク胸膜癒着術', '2025-08-04'],
    ]);
    // (A drainage named again after it was told is a back-reference.)
    expect(ofType(run('7/1 胸腔ドレナージ施行。\n胸腔ドレナージ後、経過良好。', '2025-08-04'), 'procedure')).toHaveLength(1);
  });
  it('a stoma made, with when in parentheses (PEG（2025/3/5 造設）), was done though its removal is planned; one found not needed was not', () => {
    const events = ofType(run('P＞PEG（2025/3/5 造設）は抜去を検討。', '2025-07-08'), 'procedure');
    expect(events.map((e) => [e.name, e.date?.start, e.detail])).toEqual([['PEG', '2025-03-05', undefined]]);
    expect(ofType(run('嚥下時痛あり、PEG造設は不要であった。', '2025-07-08'), 'procedure')).toEqual([]);
    expect(ofType(run('CVポート（2025/4/10 留置予定）', '2025-04-01'), 'procedure')).toEqual([]);
    // (…and a stoma made joins the operation it was made in: 膀胱全摘除術＋回腸導管造設.)
    expect(ofType(run('2024.7.22 ロボット支援膀胱全摘除術＋回腸導管造設', '2025-04-01'), 'procedure').map((e) => e.name)).toEqual(['ロボット支援膀胱全摘除術+回腸導管造設']);
  });
  it('a bare biopsy followed by what it found (2025/2 生検で扁平上皮癌) was done; laryngoscopy is a procedure', () => {
    const events = ofType(run('＃声門上癌 cT3N2cM0 Stage IVA（2025/2 生検で扁平上皮癌）\nO＞喉頭ファイバー：腫瘍は消失。', '2025-07-08'), 'procedure');
    expect(events.map((e) => [e.name, e.date?.start])).toEqual([
      ['生検', '2025-02'],
      ['喉頭ファイバー', '2025-07-08'],
    ]);
  });
  it('a line in parentheses after 療法 (GnP療法（1次治療）を行い) is the regimen\'s, and plain 行った/行い says it was given', () => {
    const events = ofType(run('2024年10月よりGnP療法（1次治療）を行い、2025年6月のCTでPDとなり中止しました。', '2025-09-16'), 'medication');
    expect(events.map((e) => [e.line, e.status, e.date?.start])).toEqual([[1, 'stopped', '2024-10']]);
    expect(ofType(run('2024年10月にGnPを行った。', '2025-09-16'), 'medication').map((e) => e.status)).toEqual(['completed']);
    expect(ofType(run('GnPを行う予定。', '2025-09-16'), 'medication')).toEqual([]);
  });
  it('S1 written as a lung or liver segment (S1+2+S3切除, 肝S1) is not S-1', () => {
    expect(ofType(run('右上葉S1+2+S3切除を同時に行い、リンパ節郭清も実施。', '2025-06-01'), 'medication')).toEqual([]);
    expect(ofType(run('肝S1に再発、TACE施行。', '2025-06-01'), 'medication')).toEqual([]);
    expect(ofType(run('術後補助化学療法としてS1内服開始。', '2025-06-01'), 'medication').map((e) => e.drugs)).toEqual([['gimeracil', 'oteracil', 'tegafur']]);
  });
  it('a problem heading dated by what its biopsy found (＃声門上癌 …（2025/2 生検で扁平上皮癌）) takes that date; the histology is its own, not a second cancer', () => {
    const events = ofType(run('＃声門上癌 cT3N2cM0 Stage IVA（2025/2 生検で扁平上皮癌）\nS＞嗄声あり。', '2025-07-08'), 'diagnosis');
    expect(events.map((e) => [e.name, e.icd10, e.histology, e.date?.start])).toEqual([['声門上癌', 'C32.1', '扁平上皮癌', '2025-02']]);
    // (The pleura refines a mesothelioma's code.)
    expect(ofType(run('A：悪性胸膜中皮腫 cT2N0M0 Stage IB', '2025-05-12'), 'diagnosis').map((e) => e.icd10)).toEqual(['C45.0']);
  });
  it('a date closing the parenthesis that lists a chemoradiotherapy dates what it lists, on a visit\'s line too', () => {
    const events = run('S＞嗄声あり。\nA＞CRT（CDDP 100mg/m2 3コース＋RT 70Gy/35fr、2025/3/10～4/25）完遂。', '2025-07-08');
    const dates = (type: 'medication' | 'radiotherapy') => ofType(events, type).map((e) => [e.date?.start, e.date?.end]);
    expect(dates('medication')).toEqual([['2025-03-10', '2025-04-25']]);
    expect(dates('radiotherapy')).toEqual([['2025-03-10', '2025-04-25']]);
    // (A date in the parenthesis that does not close it dates nothing before it: （TS-1内服継続、3/10 CTでSD）.)
    expect(ofType(run('S＞変わりなし。\nA＞経過良好（TS-1内服継続、3/10 CTでSD）。', '2025-07-08'), 'medication').map((e) => e.date?.start)).toEqual(['2025-07-08']);
  });
  it('an operation field opening with its date (手術：R7.3.4 …) dates the pathology on the line after it', () => {
    const text = '入院期間：R7.3.3～R7.3.21\n主病名：胆嚢癌\n手術：R7.3.4 肝S4a+S5切除＋肝外胆管切除・胆道再建＋リンパ節郭清\n病理：tub1、pT2b N1 M0 pStage IIIB（UICC第8版）';
    expect(ofType(run(text, '2025-03-21'), 'staging').map((e) => e.date?.start)).toEqual(['2025-03-04']);
  });
  it('from the external synthetic notes: a procedure in the plain non-past is to come (…切除術を施行する), one told twice on a day is one, and A/P followed by a space is a SOAP label', () => {
    const procedures = (text: string) => ofType(run(text, '2025-04-20'), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(procedures('A/P 手術適応ありと判断し、当初の計画通り左肺上葉切除術を施行する。')).toEqual([]);
    expect(procedures('A/P 気管支鏡検査を施行するも診断に至らず。')).toEqual([['気管支鏡検査', '2025-04-20']]);
    expect(procedures('O 左肺上葉切除標本にて腺癌を認める。\nA/P 左肺上葉切除術を施行。経過順調。')).toEqual([['肺上葉切除', '2025-04-20']]);
    const s = segmentNote({ id: 'x', date: '2025-04-20', text: 'Date: 2025-04-15\nA/P 左肺上葉の結節。' });
    expect(s.segments.find((x) => x.kind === 'line' && x.role === 'soap')).toMatchObject({ soap: 'A/P', date: { start: '2025-04-15' } });
  });
});

describe('from a sixty-third gold set (styles63)', () => {
  it('a cancer word that qualifies another (AML with MDS-related changes, MDS関連変化を伴うAML) is no diagnosis of its own', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-12-03'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('#1 急性骨髄性白血病（AML with MDS-related changes）')).toEqual(['急性骨髄性白血病']);
    expect(diagnoses('#1 MDS関連変化を伴うAML')).toEqual(['AML']);
    expect(diagnoses('骨髄検査でMDSと診断。')).toEqual(['MDS']);
  });
  it('a histology written in parentheses after the cancer fills its histology: the first item that is one, not a site, stage, marker or the name spelled out', () => {
    const histology = (text: string) => ofType(run(text, '2025-12-03'), 'diagnosis').map((e) => [e.name, e.histology]);
    expect(histology('診断：卵巣癌（高異型度漿液性癌、HGSC） FIGO IIIC期')).toEqual([['卵巣癌', '高異型度漿液性癌']]);
    expect(histology('#1 乳癌（左、浸潤性小葉癌）pT2N0M0 pStage IIA')).toEqual([['乳癌', '浸潤性小葉癌']]);
    expect(histology('#1 胃癌（U領域, tub2>por）cT3N1M0 cStage III')).toEqual([['胃癌', 'tub2>por']]);
    expect(histology('#1 子宮体癌（類内膜癌 G3）FIGO IIIC1期')).toEqual([['子宮体癌', '類内膜癌 G3']]);
    expect(histology('#1 腎細胞癌（淡明細胞型）、多発肺転移')).toEqual([['腎細胞癌', '淡明細胞型']]);
    expect(histology('#1 食道癌（胸部中部、Mt）cT3N1M0 cStage III')).toEqual([['食道癌', undefined]]);
    expect(histology('#1 乳癌（Luminal B-like）cT2N1M0 cStage IIB')).toEqual([['乳癌', undefined]]);
    expect(histology('小細胞肺癌（進展型）と診断。')).toEqual([['小細胞肺癌', undefined]]);
    expect(histology('MCL（マントル細胞リンパ腫）と診断。')).toEqual([['MCL', undefined]]);
  });
});

describe('what is to come, in the plain non-past', () => {
  it('a therapy in the plain non-past (CBDCA+PEMを施行する, 明日からS-1を投与する) is to come, not given, unless today is said; one continued is under way', () => {
    const medication = (text: string) => ofType(run(text, '2025-03-01'), 'medication').map((e) => [e.regimen, e.status]);
    expect(medication('A/P: CBDCA+PEMを施行する。')).toEqual([]);
    expect(medication('ペムブロリズマブ投与を行う。')).toEqual([]);
    expect(medication('明日からS-1を投与する。')).toEqual([]);
    expect(medication('来週よりドセタキセルを開始する。')).toEqual([]);
    expect(medication('明日からS-1投与。')).toEqual([]);
    expect(medication('本日CBDCA+PEMを施行する。')).toEqual([['CBDCA+PEM', 'completed']]);
    expect(medication('GnP療法を施行するも PD。')).toEqual([['GnP', 'completed']]);
    expect(medication('今後もTS-1を継続する。')).toEqual([['TS-1', 'ongoing']]);
    expect(medication('2週後にS-1を開始した。')).toEqual([['S-1', 'started']]);
    // (What is to be done in a later clause is that clause's: the therapy is continued.)
    expect(medication('エトポシド投与を継続し、定期的な胸部CTおよび尿検査を実施する。')).toEqual([['エトポシド', 'ongoing']]);
  });
});

describe('from a sixty-fourth gold set (styles64)', () => {
  it('a cancer in a past history, also on the field’s indented next line, gives its treatment and no diagnosis', () => {
    const found = (text: string) => run(text, '2026-01-19').map((e) => [e.type, 'name' in e ? e.name : undefined]);
    const history = '既往歴：昭和63年 胃癌にて幽門側胃切除術\n　　　　平成24年 前立腺癌（小線源療法後）\n現病歴：…';
    expect(found(history).filter(([type]) => type === 'diagnosis')).toEqual([]);
    expect(found(history)).toContainEqual(['procedure', '幽門側胃切除術']);
    // (Details said to be unknown are no detail.)
    expect(ofType(run('既往歴：昭和63年 胃癌にて幽門側胃切除術（詳細不明）', '2026-01-19'), 'procedure').map((e) => e.detail)).toEqual([undefined]);
    // (A history table's row under no such label is a diagnosis, dated by its row.)
    expect(found('治療歴：\n　　平成24年 前立腺癌（小線源療法後）').filter(([type]) => type === 'diagnosis')).toEqual([['diagnosis', '前立腺癌']]);
  });
  it('a summary’s stay is one admission: the history’s closing 入院 before the stay’s course is told is that stay’s, and gives it its reason, as a 入院目的： field does', () => {
    const admissions = (text: string) => ofType(run(text, '2025-09-19'), 'admission').map((e) => [e.date?.start, e.reason]);
    const summary = '入院日：2025年9月1日　退院日：2025年9月19日\n【現病歴】\n7/22 胸膜生検で診断された。\n手術適応なしと判断され、ニボルマブ導入目的に入院となった。\n【入院後経過】\n9/8 ニボルマブを開始した。';
    expect(admissions(summary)).toEqual([['2025-09-01', 'ニボルマブ導入']]);
    expect(admissions('入院日：2025年9月2日　退院日：2025年9月30日\n入院目的：CAR-T細胞療法\n経過：…')).toEqual([['2025-09-02', 'CAR-T細胞療法']]);
    // (A stay told in the history, with no course heading after it, is another stay.)
    expect(admissions('入院日：2025年9月1日\n【現病歴】\n2024年3月に肺炎を発症。肺炎治療目的に入院となった。退院後は外来通院。')).toEqual([
      ['2025-09-01', undefined],
      ['2024-03', '肺炎治療'],
    ]);
  });
  it('a drug among a therapy’s parts spelled out in parentheses after its verb takes that verb (化学放射線療法開始（RT 70Gy/35fr＋CDDP 100mg/m2）)', () => {
    const medication = (text: string) => ofType(run(text, '2025-02-21'), 'medication').map((e) => [e.drugs.join('+'), e.status, e.intent, e.evidence!.text]);
    expect(medication('1/8より根治的化学放射線療法開始（放射線 70Gy/35fr＋CDDP 100mg/m2 3週毎）。')).toEqual([['cisplatin', 'started', 'curative', '開始（放射線 70Gy/35fr＋CDDP 100mg/m2 3週毎）']]);
    expect(medication('術後化学療法を施行した（CAPOX 8コース）。')).toEqual([['capecitabine+oxaliplatin', 'completed', 'adjuvant', 'CAPOX 8コース']]);
    // (A purpose or a plan is no verb: 化学療法目的（CDDP）, 化学療法予定（CDDP）.)
    expect(medication('化学放射線療法予定（CDDP 100mg/m2）。')).toEqual([]);
  });
  it('a field listing metastatic sites (転移：肝、傍大動脈リンパ節) is one mention of them all; one saying none, or naming what is no site, gives nothing', () => {
    const metastases = (text: string) => ofType(run(text, '2026-03-02'), 'metastasis').map((e) => [e.sites.join(','), e.detail, e.certainty ?? 'confirmed']);
    expect(metastases('原発：胃体部癌（por2）\n転移：肝、傍大動脈リンパ節\n')).toEqual([['HEP,LYM', '肝、傍大動脈リンパ節', 'confirmed']]);
    expect(metastases('転移巣：肝（S4, S7）、腹膜\n')).toEqual([['HEP,PER', '肝（S4, S7）、腹膜', 'confirmed']]);
    expect(metastases('遠隔転移：なし\n')).toEqual([]);
    expect(metastases('転移：評価中\n')).toEqual([]);
    expect(metastases('転移：肝、その他不明\n')).toEqual([]);
  });
  it('a marker that names a trial’s population (KRAS G12C変異陽性NSCLCを対象とした試験) is not the patient’s result; the patient’s own, later, is', () => {
    const biomarkers = (text: string) => ofType(run(text, '2026-01-19'), 'biomarker').map((e) => [e.name, e.variant, e.date?.start]);
    const record = '対象試験：KRAS G12C変異陽性NSCLCを対象とした第III相試験\n令和7年1月 TBBで肺腺癌と診断、KRAS G12C陽性。';
    expect(biomarkers(record)).toEqual([['KRAS', 'G12C', '2025-01']]);
    expect(biomarkers('令和7年1月 KRAS G12C陽性であり、治験の対象となる。')).toEqual([['KRAS', 'G12C', '2025-01']]);
  });
  it('brachytherapy is radiotherapy, and in a past history …療法後 says it was given', () => {
    const radiotherapy = (text: string) => ofType(run(text, '2026-01-19'), 'radiotherapy').map((e) => [e.evidence!.text, e.date?.start, e.site]);
    expect(radiotherapy('既往歴：高血圧\n　　　　平成24年 前立腺癌（密封小線源療法後、PSA非再発）')).toEqual([['密封小線源療法', '2012', undefined]]);
    // (腔内 names the technique, not a site.)
    expect(radiotherapy('2024/3 子宮頸癌に対し腔内照射を施行。')).toEqual([['腔内照射を施行', '2024-03', undefined]]);
    // (Outside a past history, …後 is a time: 放射線治療後の再発.)
    expect(radiotherapy('2024/3 放射線治療後の局所再発。')).toEqual([]);
  });
});


describe('from a sixty-fifth gold set (styles65)', () => {
  it('radiation oesophagitis and dermatitis, and joint stiffness, are symptoms, named as written', () => {
    const symptoms = (text: string) => ofType(run(text, '2025-05-20'), 'symptom').map((e) => e.name);
    expect(symptoms('現在：咳嗽軽度。食道炎は改善。')).toEqual(['咳嗽', '食道炎']);
    expect(symptoms('Grade 1の放射線性食道炎を認める。')).toEqual(['放射線性食道炎']);
    expect(symptoms('S) 下痢は改善、関節のこわばりあり')).toEqual(['下痢', '関節のこわばり']);
  });
  it('a procedure on a plan’s line (【方針】…, 計画：…) is to come', () => {
    const procedures = (text: string) => ofType(run(text, '2025-06-10'), 'procedure').map((e) => e.name);
    expect(procedures('【方針】6か月毎のCTと年1回の上部消化管内視鏡を継続。')).toEqual([]);
    expect(procedures('計画：気管支鏡検査（TBB）を施行し、組織型を確定する。')).toEqual([]);
    expect(procedures('【経過】2023-11-28 胸腔鏡下食道亜全摘術を施行。')).toEqual(['胸腔鏡下食道亜全摘術']);
    // (A line that only mentions a plan further on is no plan's line: 5/10 胃切除術施行、術後化学療法の方針。)
    expect(procedures('5/10 幽門側胃切除術施行、術後化学療法の方針。')).toEqual(['幽門側胃切除術']);
  });
});


describe('from a sixty-sixth gold set (styles66)', () => {
  it('a share named before its percentage (Ki-67指数, ER陽性率, MIB-1 index) is still the value', () => {
    const markers = (text: string) => ofType(run(text, '2025-11-04'), 'biomarker').map((e) => [e.name, e.result, e.value]);
    expect(markers('膵神経内分泌腫瘍（NET G2、Ki-67指数 8%）')).toEqual([['Ki-67', 'unknown', '8%']]);
    expect(markers('ER陽性率 90%、PgR陽性率 0%')).toEqual([['ER', 'positive', '90%'], ['PgR', 'negative', '0%']]);
    expect(markers('MIB-1 labeling index 20%')).toEqual([['Ki-67', 'unknown', '20%']]);
  });
  it('an admission’s reason stops at a label’s colon, and …の診断で入院 is for what was diagnosed', () => {
    const [admission] = ofType(run('A/P：転移性脊髄圧迫の診断で緊急入院。デキサメタゾン開始。', '2025-11-02'), 'admission');
    expect(admission?.reason).toBe('転移性脊髄圧迫');
    expect(admission?.evidence?.text).toBe('転移性脊髄圧迫の診断で緊急入院');
  });
  it('codes the cancers the dictionary lacked, and a subsite written in the name refines more of them', () => {
    const code = (text: string) => ofType(run(text, '2025-08-19'), 'diagnosis').map((e) => e.icd10);
    expect(code('対象疾患：左腎盂尿路上皮癌術後')).toEqual(['C65']);
    expect(code('#1 甲状腺未分化癌 cT4bN1bM1 Stage IVC')).toEqual(['C73']);
    expect(code('#1 膵神経内分泌腫瘍（NET G2）')).toEqual(['C25.4']);
    expect(code('#1 Ewing肉腫（左腸骨原発）')).toEqual(['C41.4']);
    expect(code('#1 後腹膜脂肪肉腫')).toEqual(['C48.0']);
    expect(code('#1 中咽頭癌（右扁桃）')).toEqual(['C09.9']);
    // (A one-character organ among the subsites is not stripped from a name to find its cancer word.)
    expect(code('#1 肺上葉腺癌')).toEqual(['C34.1']);
  });
  it('現在、/現在は/【現在】 open today’s state, dated by the note, not by the history line above', () => {
    const dates = (text: string) => run(text, '2025-11-04').filter((e) => e.type === 'symptom' || e.type === 'medication').map((e) => [e.type, e.date?.start]);
    expect(dates('5月よりランレオチドを導入、10月1日よりエベロリムスへ切り替え。\n現在、口内炎G1を認める。')).toEqual([
      ['medication', '2025-05'],
      ['medication', '2025-10-01'],
      ['symptom', '2025-11-04'],
    ]);
    expect(dates('2025/5/20より地固め療法開始。\n現在は ATRA＋ATOを継続中です。')).toEqual([['medication', '2025-11-04']]);
    expect(dates('2024/1 手術。\n【現在】術後1年。CT（2025-10-30）で再発所見なし。\n嗄声なし。')).toEqual([['symptom', '2025-11-04']]);
  });
  it('a bare symptom listed before a negated one shares its cue; one with a grade or あり of its own keeps it', () => {
    const symptoms = (text: string) => ofType(run(text, '2025-09-30'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed', e.evidence?.text]);
    expect(symptoms('【本日】嘔気、心窩部痛なし。')).toEqual([
      ['嘔気', 'negated', '嘔気、心窩部痛なし'],
      ['心窩部痛', 'negated', '心窩部痛なし'],
    ]);
    expect(symptoms('嘔気、嘔吐、下痢なし').map(([name, certainty]) => [name, certainty])).toEqual([['嘔気', 'negated'], ['嘔吐', 'negated'], ['下痢', 'negated']]);
    expect(symptoms('皮疹G1、浮腫なし').map(([name, certainty]) => [name, certainty])).toEqual([['皮疹', 'confirmed'], ['浮腫', 'negated']]);
    expect(symptoms('頻尿あり、発熱なし').map(([name, certainty]) => [name, certainty])).toEqual([['頻尿', 'confirmed'], ['発熱', 'negated']]);
  });
  it('a stage after a label’s colon or its classification in parentheses, and a system named before the stage', () => {
    const stagings = (text: string) => ofType(run(text, '2025-09-30'), 'staging').map((e) => [e.stage, e.system ?? null, e.evidence?.text]);
    expect(stagings('【病名】胃MALTリンパ腫 Lugano分類 Stage I')).toEqual([['I', 'Lugano', 'Lugano分類 Stage I']]);
    expect(stagings('臨床病期：IIIA期')).toEqual([['IIIA', null, '臨床病期：IIIA期']]);
    expect(stagings('臨床病期（UICC8）：IIIA期')).toEqual([['IIIA', 'UICC8', '臨床病期（UICC8）：IIIA期']]);
    expect(stagings('CKD stage: 3')).toEqual([]);
  });
  it('歩行困難 and 歩行障害 are symptoms', () => {
    expect(ofType(run('本日夕方から両下肢に力が入らず歩行困難となり救急要請。', '2025-11-02'), 'symptom').map((e) => [e.name, e.date?.start])).toEqual([['歩行困難', '2025-11-02']]);
    expect(ofType(run('主訴：歩行障害、腰痛'), 'symptom').map((e) => e.name)).toEqual(['歩行障害', '腰痛']);
  });
});

describe('from a sixty-seventh gold set (styles67)', () => {
  it('今回、…目的に入院 in a summary’s prose is the stay its 入院日： field opens, whatever date the prose had reached', () => {
    const text = '入院日：2025年11月10日　退院日：2025年11月18日\n経過：2025年2月より治療開始したが、9月のCTでPD。今回、肝切除目的に入院。11月11日 肝部分切除術施行。';
    const admissions = ofType(run(text, '2025-11-18'), 'admission');
    expect(admissions.map((e) => [e.date?.start, e.reason])).toEqual([['2025-11-10', '肝切除']]);
    // (A stay told before it, with no such word, is another: 2025年2月…入院.)
    const earlier = ofType(run('入院日：2025年11月10日\n経過：2025年2月 化学療法目的に入院。', '2025-11-18'), 'admission');
    expect(earlier.map((e) => e.date?.start)).toEqual(['2025-11-10', '2025-02']);
  });
  it('an end alone in parentheses after a therapy, （～2025/8）, closes the range its line’s date opened', () => {
    const dates = (text: string) => ofType(run(text, '2025-10-20'), 'medication').map((e) => [e.date?.start, e.date?.end]);
    expect(dates('・2025/2 PD → 2次治療 アムルビシン 6コース（～2025/8）')).toEqual([['2025-02', '2025-08']]);
    expect(dates('・2024/6～ CBDCA+ETP 4コース（～2024/9）')).toEqual([['2024-06', '2024-09']]);
    // (A date in parentheses with no ～ before it is the therapy's own: 8コース（2023/5）.)
    expect(dates('・2022/7 FOLFOX 8コース（2023/1）')).toEqual([['2023-01', undefined]]);
  });
  it('a bulleted 原発： field names the cancer, and a name holding two dictionaries’ subsite words still finds its code', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-07-22'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.date?.start ?? null]);
    expect(diagnoses('・原発：S状結腸癌、2022年5月 腹腔鏡下S状結腸切除術（pT3N1bM1a、Stage IVA）')).toEqual([['S状結腸癌', 'C18.7', null]]);
    // (胃体部癌 holds GIST's subsite 胃体 and 胃癌's 体部.)
    expect(diagnoses('原発：胃体部癌（por2）、HER2 IHC 3+')).toEqual([['胃体部癌', 'C16.2', null]]);
  });
});

describe('from a sixty-eighth gold set (styles68)', () => {
  it('a pathology report’s staging in the Japanese classifications’ notation is one statement: T, its invasion and vessel factors, N with its node counts, the margins, the stage', () => {
    const stagings = (text: string) => ofType(run(text, '2025-11-12'), 'staging').map((e) => [e.tnm, e.stage ?? null]);
    expect(stagings('Adenocarcinoma (tub2>por1), type 2, 45×38mm, pT4a(SE), INFb, Ly1a, V1b, BD2, Pn1a, pN1b (3/21: #201 2/12, #202 1/6, #203 0/3), pPM0 (120mm), pDM0 (95mm), pRM0, pStage IIIB'))
      .toEqual([[{ prefix: 'p', t: 'T4a', n: 'N1b' }, 'IIIB']]);
    expect(stagings('tub1, 32×25mm, pT1b2(SM2), UL0, Ly0, V0, pN0(0/25), pPM0, pDM0')).toEqual([[{ prefix: 'p', t: 'T1b2', n: 'N0' }, null]]);
    expect(stagings('SCC, pT3(AD), INFb, ly1, v2, IM0, pN2 (4/35), pPM0, pDM0, pRM0, pStage III')).toEqual([[{ prefix: 'p', t: 'T3', n: 'N2' }, 'III']]);
    // (A T with no N after its factors stays a statement of its own.)
    expect(stagings('pT1a(M), Ly0, V0')).toEqual([[{ prefix: 'p', t: 'T1a' }, null]]);
  });
  it('a metastasis whose site is joined to 転移 by に or への: 骨盤リンパ節に転移を認め, 肝臓に多発転移, 骨への転移なし', () => {
    const metastases = (text: string) => ofType(run(text, '2026-03-02'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed', e.evidence?.text]);
    expect(metastases('病理で骨盤リンパ節に転移を認め、dMMRと判定されています。')).toEqual([[['LYM'], 'confirmed', '骨盤リンパ節に転移']]);
    expect(metastases('CTで肝臓に多発転移を認めた。')).toEqual([[['HEP'], 'confirmed', '肝臓に多発転移']]);
    expect(metastases('骨シンチで骨への転移なし。')).toEqual([[['OSS'], 'negated', '骨への転移なし']]);
    // (Not a word that names no site: 化学療法に転移…, 治療中に転移が出現.)
    expect(metastases('治療中に転移が出現。')).toEqual([]);
  });
  it('a lymph-node station named after an organ or a bone is the node’s site alone: 骨盤リンパ節, 肝門部リンパ節, 総腸骨リンパ節', () => {
    const sites = (text: string) => ofType(run(text), 'metastasis').map((e) => [e.sites, e.evidence?.text]);
    expect(sites('骨盤リンパ節転移あり。')).toEqual([[['LYM'], '骨盤リンパ節転移']]);
    expect(sites('肝門部リンパ節転移あり。')).toEqual([[['LYM'], '肝門部リンパ節転移']]);
    expect(sites('総腸骨リンパ節転移を認める。').map(([codes]) => codes)).toEqual([['LYM']]);
    // (Sites listed together stay two.)
    expect(sites('肝・リンパ節転移あり。')).toEqual([[['HEP', 'LYM'], '肝・リンパ節転移']]);
  });
  it('a finding that would suggest a metastasis, found absent, negates it: 肝転移を疑う所見なし, 肝臓に転移を疑う明らかな病変を認めず', () => {
    const certainties = (text: string) => ofType(run(text), 'metastasis').map((e) => e.certainty ?? 'confirmed');
    expect(certainties('CT：肝転移を疑う所見なし。')).toEqual(['negated']);
    expect(certainties('腹部CT：肝臓に転移を疑う明らかな病変を認めず。')).toEqual(['negated']);
    expect(certainties('骨シンチ：骨転移を示唆する集積は認めない。')).toEqual(['negated']);
    expect(certainties('脳MRI：脳転移の疑いのある病変なし。')).toEqual(['negated']);
    // (…but one found is suspected still, and a negation of a change is none.)
    expect(certainties('CT：肝転移を疑う結節あり。')).toEqual(['suspected']);
    expect(certainties('CT：肝転移を疑う病変は増大なし。')).toEqual(['suspected']);
  });
  it('a stay’s fields in brackets, as a heading writes them: 【入院期間】A～B, 【入院日】A', () => {
    const stays = (text: string) => run(text, '2025-09-30').filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start]);
    expect(stays('退院時要約\n【主病名】左副腎皮質癌\n【入院期間】2025年9月8日～2025年9月30日\n【入院目的】化学療法')).toEqual([['admission', '2025-09-08'], ['discharge', '2025-09-30']]);
    expect(stays('【入院日】2025/9/8\n【退院日】2025/9/30')).toEqual([['admission', '2025-09-08'], ['discharge', '2025-09-30']]);
    // (A bracket must close what it opens: 【入院期間 is no label.)
    expect(stays('【入院期間 2025年9月8日～2025年9月30日')).toEqual([]);
  });
  it('a lymphoma of no stated type takes the type its parenthesis names, and a biopsy’s result naming that type restates it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-01-14'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.histology ?? null]);
    const pcnsl = ofType(run('【診断】中枢神経系原発悪性リンパ腫（DLBCL, non-GCB type）\n【経過】\n2023.04.05 左前頭葉腫瘤に対し定位脳生検 → DLBCL', '2026-01-14'), 'diagnosis');
    // (…dated by that result, the finding the heading restates.)
    expect(pcnsl.map((e) => [e.name, e.icd10, e.histology, e.date?.start])).toEqual([['中枢神経系原発悪性リンパ腫', 'C83.3', 'DLBCL', '2023-04-05']]);
    expect(diagnoses('#悪性リンパ腫（濾胞性リンパ腫）')).toEqual([['悪性リンパ腫', 'C82.9', '濾胞性リンパ腫']]);
    // (A type of another disease family leaves the code as it was.)
    expect(diagnoses('#悪性リンパ腫（腺癌の既往あり）').map(([, code]) => code)).toEqual(['C85.9']);
  });
  it('a pathology report’s specimen field is dated by the operation-day field after it: 材料：結腸右半切除術検体 / 手術日：2025/11/04', () => {
    const procedures = (text: string) => ofType(run(text, '2025-11-12'), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(procedures('病理診断報告書\n受付日：2025/11/05　報告日：2025/11/12\n臨床診断：上行結腸癌\n材料：結腸右半切除術検体\n手術日：2025/11/04'))
      .toEqual([['結腸右半切除術', '2025-11-04']]);
    // (With no day field after it, the line's date as before.)
    expect(procedures('受付日：2025/11/05\n材料：結腸右半切除術検体')).toEqual([['結腸右半切除術', '2025-11-05']]);
  });
});

describe('from a sixty-ninth gold set (styles69)', () => {
  it('a therapy under way as maintenance or as a numbered line is ongoing: ニボルマブ単剤で維持中, GnP療法 2次治療中（2025/3～）', () => {
    const medications = (text: string) => ofType(run(text, '2025-08-26'), 'medication').map((e) => [e.drugs, e.line ?? null, e.status, e.date?.start ?? null]);
    expect(medications('4回投与後の7月よりニボルマブ単剤で維持中です。')).toEqual([[['nivolumab'], null, 'ongoing', '2025-07']]);
    expect(medications('備考：GnP療法 2次治療中（2025/3～）、本手技後に化学療法再開予定。')).toEqual([[['gemcitabine', 'paclitaxel'], 2, 'ongoing', '2025-03']]);
  });
  it('a letter introducing its patient as …の患者様です names the cancer', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-08-26'), 'diagnosis').map((e) => [e.name, e.laterality ?? null, e.date]);
    expect(diagnoses('内分泌内科 御侍史\nいつもお世話になっております。\n右腎細胞癌（淡明細胞型）、多発肺転移の患者様です。IMDC intermediate riskにて2025年4月よりニボルマブ＋イピリムマブを開始しました。'))
      .toEqual([['腎細胞癌', 'right', null]]);
  });
  it('a recurrence found (S8・S6に再発を認め、) is a recurrence, as 再発と判断 is; 再発を認めず still negates it', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-01-08'), 'diagnosis').filter((e) => /再発/.test(e.name)).map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(recurrences('経過：2025年11月のダイナミックCTでS8・S6に再発を認め、TACE目的に12/26入院。')).toEqual([['再発', 'confirmed', '2025-11']]);
    expect(recurrences('2025年11月のCTで肝内に再発を認めた。')).toEqual([['再発', 'confirmed', '2025-11']]);
    expect(recurrences('2025年11月のCTで再発を認めず。')).toEqual([['再発', 'negated', '2025-11']]);
    expect(recurrences('2025年11月のCTで再発は認めておりません。')).toEqual([['再発', 'negated', '2025-11']]);
  });
  it('a transplant’s conditioning named by its intensity in parentheses, （MAC: BU/CY）, is given as 前処置 BU/CY is', () => {
    const medications = (text: string) => ofType(run(text, '2025-10-02'), 'medication').map((e) => [e.drugs, e.status, e.date?.start]);
    expect(medications(' 2025/6/24 非血縁者間末梢血幹細胞移植（MAC: BU/CY）')).toEqual([[['busulfan', 'cyclophosphamide'], 'completed', '2025-06-24']]);
    expect(medications(' 2025/6/24 臍帯血移植（RIC：Flu/Mel）')).toEqual([[['fludarabine', 'melphalan'], 'completed', '2025-06-24']]);
  });
  it('ドレナージ naming the tube placed (ドレナージチューブを留置) is no second procedure', () => {
    const procedures = (text: string) => ofType(run(text, '2025-08-19'), 'procedure').map((e) => e.name);
    expect(procedures('手技：経皮経肝胆道ドレナージ（PTBD）\n所見：左肝管より穿刺し、8.5Fr ドレナージチューブを留置した。')).toEqual(['経皮経肝胆道ドレナージ']);
    expect(procedures('2025/3/2 胸腔ドレナージ施行。')).toEqual(['胸腔ドレナージ']);
  });
  it('現在 with a space after it opens today’s visit, as 現在、 does', () => {
    const symptoms = (text: string) => ofType(run(text, '2025-10-02'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start]);
    expect(symptoms(' 2025/6/24 非血縁者間末梢血幹細胞移植\n現在 皮膚GVHD grade 1（体幹の皮疹）、タクロリムス継続中。下痢なし。')).toEqual([
      ['皮疹', 'confirmed', '2025-10-02'],
      ['下痢', 'negated', '2025-10-02'],
    ]);
  });
  it('a dictated SOAP note’s bare A opens the assessment: its cancer is today’s, as A) 膵頭部癌 is', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-06-03'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('外来 2025年6月3日\nS 食欲 まあまあ 嘔気 なし\nO 体重 52.1kg PS 1\nA 膵頭部癌 術後 pT3N1aM0 pStage IIB 術後補助化学療法 S-1 4コース目 day1\nP 次回 3週後 採血 CT'))
      .toEqual([['膵頭部癌', '2025-06-03']]);
  });
});

describe('from a sixty-ninth gold set (styles69), later', () => {
  it('a leukaemia named by its mutation, as the WHO classification names it (AML with NPM1変異, NPM1変異を伴う…), is positive for it; a test asked for is no result', () => {
    const biomarkers = (text: string) => ofType(run(text, '2025-10-02'), 'biomarker').map((e) => [e.name, e.result]);
    expect(biomarkers('#急性骨髄性白血病（AML with NPM1変異）第1寛解期')).toEqual([['NPM1', 'positive']]);
    expect(biomarkers('NPM1変異を伴う急性骨髄性白血病')).toEqual([['NPM1', 'positive']]);
    expect(biomarkers('AML with NPM1変異検索中')).toEqual([]);
    expect(biomarkers('EGFR変異検索を提出')).toEqual([]);
  });
});

describe('from a seventieth gold set (styles70)', () => {
  it('the trophoblastic regimens EMA/CO and EMA/EP expand to their drugs (not the folinic-acid rescue), and bexarotene is a drug', () => {
    const medications = (text: string) => ofType(run(text, '2026-02-03'), 'medication').map((e) => [e.drugs, e.cycles ?? null, e.status]);
    expect(medications('1/6 EMA/CO療法 1コース目開始。')).toEqual([[['cyclophosphamide', 'dactinomycin', 'etoposide', 'methotrexate', 'vincristine'], 1, 'started']]);
    expect(medications('2/3 EMA-EP 2コース目。')).toEqual([[['cisplatin', 'dactinomycin', 'etoposide', 'methotrexate'], 2, 'ongoing']]);
    expect(medications('P) 本日よりベキサロテン 300mg/m2 内服開始。')).toEqual([[['bexarotene'], null, 'started']]);
  });
  it('the drug of a HIPEC is part of the operation, as a TACE’s is, not a medication', () => {
    const run1 = run('術式：腹膜切除術＋大網切除術＋HIPEC\nHIPEC：マイトマイシンC 15mg/m2 投与', '2025-09-17');
    expect(ofType(run1, 'medication')).toEqual([]);
    // (Given into a vein, the same words are a medication.)
    expect(ofType(run('マイトマイシンC 15mg/m2 投与', '2025-09-17'), 'medication').map((e) => e.drugs)).toEqual([['mitomycin']]);
  });
  it('a dictionary cancer name with no cancer ending (菌状息肉症, 腹膜偽粘液腫, 骨髄異形成症候群) is found as the suffixed names are, and takes its code', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-10-21'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(diagnoses('皮膚科 再診 R7.10.21\n菌状息肉症 stage IB（T2bN0M0B0）\nS) かゆみ強い。')).toEqual([['菌状息肉症', 'C84.0']]);
    // (A name the WHO classification codes only as a secondary growth keeps no code.)
    expect(diagnoses('術前診断：腹膜偽粘液腫\n術後診断：同上')).toEqual([['腹膜偽粘液腫', null]]);
    expect(diagnoses('#骨髄異形成症候群（MDS-EB2）')).toEqual([['骨髄異形成症候群', 'D46.9']]);
    // (Family history stays the family's.)
    expect(diagnoses('家族歴：母 骨髄異形成症候群')).toEqual([]);
    // New codes for names the suffix already found: choriocarcinoma and adrenocortical carcinoma.
    expect(diagnoses('#絨毛癌（全胞状奇胎後）FIGO stage III')).toEqual([['絨毛癌', 'C58']]);
    expect(diagnoses('診断：左副腎皮質癌 ENSAT stage II')).toEqual([['副腎皮質癌', 'C74.0']]);
  });
  it('a stage written first with its TNM string in parentheses is one statement: stage IB（T2bN0M0B0）, Stage IV (cT4aN2M1)', () => {
    const staging = (text: string) => ofType(run(text, '2025-10-21'), 'staging').map((e) => [e.tnm, e.stage ?? null, e.evidence?.text]);
    expect(staging('菌状息肉症 stage IB（T2bN0M0B0）')).toEqual([[{ t: 'T2b', n: 'N0', m: 'M0' }, 'IB', 'stage IB（T2bN0M0B0）']]);
    // (The stage's prefix is the statement's when the TNM string has none of its own.)
    expect(staging('肺腺癌 cStage IIIA（T1cN2M0）')).toEqual([[{ prefix: 'c', t: 'T1c', n: 'N2', m: 'M0' }, 'IIIA', 'cStage IIIA（T1cN2M0）']]);
    expect(staging('胃癌 Stage IV (cT4aN2M1)')).toEqual([[{ prefix: 'c', t: 'T4a', n: 'N2', m: 'M1' }, 'IV', 'Stage IV (cT4aN2M1)']]);
    // (A stage with something else in its parentheses stays apart from a TNM string later on.)
    expect(staging('Stage IV（UICC第8版）、cT4aN2M1').map(([tnm, stage]) => [tnm, stage])).toEqual([[{}, 'IV'], [{ prefix: 'c', t: 'T4a', n: 'N2', m: 'M1' }, null]]);
  });
  it('the peritoneal places an operation finds dissemination in are the peritoneum: 骨盤腔, ダグラス窩, 大網, 腸間膜, 横隔膜下; 腫瘍の may stand between the particle and 播種', () => {
    const sites = (text: string) => ofType(run(text, '2025-09-17'), 'metastasis').map((e) => [e.sites, e.evidence?.text]);
    expect(sites('所見：右横隔膜下、骨盤腔に腫瘍の播種を認めた。')).toEqual([[['PER'], '右横隔膜下、骨盤腔に腫瘍の播種']]);
    expect(sites('ダグラス窩に播種を認めた。')).toEqual([[['PER'], 'ダグラス窩に播種']]);
    expect(sites('大網播種あり。')).toEqual([[['PER'], '大網播種']]);
    // (A node station named for the mesentery is a node; the pelvic bone is a bone.)
    expect(sites('腸間膜リンパ節転移あり。')).toEqual([[['LYM'], '腸間膜リンパ節転移']]);
    expect(sites('骨盤転移あり。')).toEqual([[['OSS'], '骨盤転移']]);
  });
});

describe('from a seventy-first gold set (styles71)', () => {
  it('drugs joined by 及び, および or と are one combination, as those joined by ＋ are', () => {
    const medications = (text: string) => ofType(run(text, '2025-10-03'), 'medication').map((e) => [e.drugs, e.status]);
    expect(medications('令和六年十二月二日よりパルボシクリブ及びレトロゾールによる内分泌療法を開始し、現在も通院加療中である。')).toEqual([[['letrozole', 'palbociclib'], 'started']]);
    expect(medications('2025/3/1 パクリタキセルおよびカルボプラチン開始。')).toEqual([[['carboplatin', 'paclitaxel'], 'started']]);
    expect(medications('2025/3/1 ニボルマブとイピリムマブを開始。')).toEqual([[['ipilimumab', 'nivolumab'], 'started']]);
  });
  it('a case opening names its cancer also for a child (患児：8歳男児), a decade of age (70代男性) or with a gene call before it; a form’s 病名 may be followed by a space, not a colon', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-07-08'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.laterality ?? null]);
    expect(diagnoses('小児科 外来 2025/09/30\n患児：8歳男児　B前駆細胞性急性リンパ性白血病（標準リスク）')).toEqual([['B前駆細胞性急性リンパ性白血病', 'C91.0', null]]);
    expect(diagnoses('A病院 呼吸器内科 御中\n患者：70代男性　MET exon14スキッピング変異陽性の肺腺癌')).toEqual([['肺腺癌', 'C34.9', null]]);
    expect(diagnoses('診　断　書\n\n氏名　（略）\n病名　右乳癌（浸潤性乳管癌）、多発骨転移')).toEqual([['乳癌', 'C50.9', 'right']]);
    // (Words after the age that are not a gene call still hide the cancer: it is no opening.)
    expect(diagnoses('患者：70代男性　喫煙歴のある肺腺癌の父')).toEqual([]);
  });
  it('a care plan says what is to be done: …療法を行います and a 治療計画： line give no event; …療法を行いました does', () => {
    const events = (text: string) => run(text, '2025-11-04').filter((e) => e.type === 'medication' || e.type === 'procedure').map((e) => e.type);
    expect(events('入院日：令和7年11月4日\n治療計画：イサツキシマブ＋カルフィルゾミブ＋デキサメタゾン（Isa-Kd）療法を行います。')).toEqual([]);
    expect(events('2025/10/1 Isa-Kd療法を行います。')).toEqual([]);
    expect(events('治療計画：腹腔鏡下幽門側胃切除術を行います。')).toEqual([]);
    expect(events('2025/10/1 Isa-Kd療法を行いました。')).toEqual(['medication']);
    // What is to be done today is done, said with 行います as with 施行します.
    expect(events('本日よりIsa-Kd療法を行います。')).toEqual(['medication']);
    expect(events('本日よりIsa-Kd療法を施行します。')).toEqual(['medication']);
  });
});

describe('from a seventy-second gold set (styles72)', () => {
  it('a form label saying more in parentheses, and a death certificate’s cause fields, label a diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-01-14'), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(diagnoses('院内がん登録 登録票\n病理診断（組織型）：尿路上皮癌（8120/3）　異型度：高異型度')).toEqual([['尿路上皮癌', 'C68.9']]);
    expect(diagnoses('死亡の原因\nⅠ（ア）直接死因　癌性腹膜炎　　約2か月\n　（イ）（ア）の原因　膵体部癌　　約1年6か月')).toEqual([['膵体部癌', 'C25.1']]);
    expect(diagnoses('8/14 永眠された。\n直接死因：膵癌。')).toEqual([['膵癌', 'C25.9']]);
    // (…not 死因 in words that are no label.)
    expect(diagnoses('死因に関係しない傷病名　膵体部癌')).toEqual([]);
  });
  it('a variant in HGVS before the call names the variant found, bare or in parentheses', () => {
    const calls = (text: string) => ofType(run(text, '2026-06-23'), 'biomarker').map((e) => [e.name, e.variant, e.result]);
    expect(calls('検査：2026/5/26 BRACAnalysis にて BRCA2 病的バリアント（c.5946delT）陽性（生殖細胞系列）。')).toEqual([['BRCA2', 'c.5946delT', 'positive']]);
    expect(calls('BRCA2 c.5946delT 陽性')).toEqual([['BRCA2', 'c.5946delT', 'positive']]);
    expect(calls('BRCA1変異（c.68_69delAG）陽性')).toEqual([['BRCA1', 'c.68_69delAG', 'positive']]);
  });
});

describe('from a seventy-third gold set (styles73)', () => {
  it('English response categories spelled out are responses, dated and based by what English writes after them', () => {
    const responses = (text: string) => ofType(run(text, '2025-11-20'), 'response').map((e) => [e.code, e.date?.start ?? null, e.basis ?? null]);
    expect(responses('He received XELOX from April 2025 for six cycles, with a partial response on CT in July. CT on November 10 showed new peritoneal nodules, consistent with progressive disease.')).toEqual([
      ['PR', '2025-07', 'CT'],
      ['PD', '2025-11-10', 'CT'],
    ]);
    expect(responses('PET-CT on March 3 showed a complete metabolic response.')).toEqual([['CR', '2025-03-03', 'PET-CT']]);
    expect(responses('MRI showed stable disease.')).toEqual([['SD', null, 'MRI']]);
    // (…not one said not to be there.)
    expect(responses('CT showed no progressive disease.')).toEqual([]);
  });
  it('a regimen’s drugs spelled out in parentheses after its course, high-dose prefix and all, are that regimen’s', () => {
    const meds = ofType(run('骨肉腫。\n2025/2～4 術前化学療法 MAP 2コース（HD-MTX、CDDP＋DOX）', '2025-10-14'), 'medication');
    expect(meds.map((e) => [e.regimen, e.drugs, e.cycles])).toEqual([['MAP', ['cisplatin', 'doxorubicin', 'methotrexate'], 2]]);
  });
  it('an examination that found the disease worse (CTで増悪し中止) is progression; not one that found it not worse', () => {
    const responses = (text: string) => ofType(run(text, '2025-12-02'), 'response').map((e) => [e.code, e.date?.start ?? null, e.basis ?? null, e.evidence!.text]);
    expect(responses('4月よりGnP療法を行ったが、10月のCTで増悪し中止。')).toEqual([['PD', '2025-10', 'CT', 'CTで増悪']]);
    expect(responses('画像上増悪あり。')).toEqual([['PD', null, null, '画像上増悪']]);
    expect(responses('CTで増悪なし。')).toEqual([]);
    expect(responses('CTで増悪傾向。')).toEqual([]);
  });
  it('a device placed, first named as what the patient is after (胆管ステント留置後、), was placed; named again it is a back-reference', () => {
    const procedures = (text: string) => ofType(run(text, '2025-12-02'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('令和7年3月に黄疸で発症し膵頭部癌と診断。胆管ステント留置後、4月よりGnP療法を開始。')).toEqual([['胆管ステント留置', '2025-03']]);
    expect(procedures('3/5 ERCPにて胆管ステント留置。\n胆管ステント留置後、黄疸改善。')).toEqual([['胆管ステント留置', '2025-03-05']]);
  });
  it('an abbreviation with its ordinal after it (TACE 2回目) was done, a second session on its own date', () => {
    const procedures = (text: string) => ofType(run(text, '2026-02-03'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('2023/2 S4再発 → TACE（エピルビシン＋リピオドール）\n2023/9 S6 残存 → TACE 2回目、以後 TACE不応と判断')).toEqual([
      ['TACE', '2023-02'],
      ['TACE', '2023-09'],
    ]);
  });
  it('two operations joined by と under one verb are one session; not two only named together', () => {
    const procedures = (text: string) => ofType(run(text, '2026-03-10'), 'procedure').map((e) => [e.name, e.site ?? null]);
    expect(procedures('2024年6月12日　右乳房部分切除術とセンチネルリンパ節生検を受けました。')).toEqual([['乳房部分切除術とセンチネルリンパ節生検', '右']]);
    expect(procedures('2024/6/12 胃全摘術とD2郭清を施行。')).toEqual([['胃全摘術とD2郭清', null]]);
    // (Two named as the subjects of different clauses are two.)
    expect(procedures('2024/6/12 胃全摘術、2024/7/1 胆嚢摘出術を施行。')).toHaveLength(2);
  });
  it('a recurrence a dated history line opens with may follow a list of segments and に (2023/2 S4・S6に再発)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-03'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('#1 肝細胞癌\n  2023/2 S4・S6に再発 → TACE')).toEqual([['肝細胞癌', null], ['再発', '2023-02']]);
    expect(diagnoses('#1 肝細胞癌\n  2023/2 S4, S6再発 → TACE')).toEqual([['肝細胞癌', null], ['再発', '2023-02']]);
  });
  it('English states a cancer after a biopsy’s or pathology’s verb (biopsy confirmed gastric adenocarcinoma); the verb is no part of its name', () => {
    const diagnoses = (text: string) => ofType(run(text, '2025-11-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.histology ?? null]);
    expect(diagnoses('Upper endoscopy on March 14 revealed a type 3 tumor in the gastric body; biopsy confirmed gastric adenocarcinoma (tub2), HER2 IHC 3+.')).toEqual([['gastric adenocarcinoma', '2025-03-14', 'tub2']]);
    expect(diagnoses('Core needle biopsy on May 2: pathology revealed an invasive ductal carcinoma.')).toEqual([['invasive ductal carcinoma', '2025-05-02', null]]);
    // (…not a cancer only thought of.)
    expect(diagnoses('He was seen in March. Gastric adenocarcinoma was suspected; biopsy is planned.')).toEqual([]);
  });
  it('English prose: drugs joined by plus or with are one regimen; first-line is its line, received its status, six cycles its count', () => {
    const meds = (text: string) => ofType(run(text, '2025-11-20'), 'medication').map((e) => [e.drugs, e.line ?? null, e.cycles ?? null, e.status ?? null, e.date?.start ?? null]);
    expect(meds('He received first-line capecitabine plus oxaliplatin with trastuzumab (XELOX + Tmab) from April 2025 for six cycles, with a partial response on CT in July. Trastuzumab and capecitabine were continued as maintenance from September.')).toEqual([
      [['capecitabine', 'oxaliplatin', 'trastuzumab'], 1, 6, 'completed', '2025-04'],
      [['capecitabine', 'trastuzumab'], 1, null, 'ongoing', '2025-09'],
    ]);
    expect(meds('She started second-line pembrolizumab in combination with lenvatinib on May 2.')).toEqual([[['lenvatinib', 'pembrolizumab'], 2, null, 'started', '2025-05-02']]);
    // (…not one only considered.)
    expect(meds('Second-line ramucirumab plus paclitaxel is being considered.')).toEqual([]);
  });
  it('English endoscopies are procedures, dated by the date English writes after them; a biopsy in the same sentence is taken during one', () => {
    const procedures = (text: string) => ofType(run(text, '2025-11-20'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('A 58-year-old man presented in March 2025 with melena. Upper endoscopy on March 14 revealed a type 3 tumor; biopsy confirmed gastric adenocarcinoma.')).toEqual([['Upper endoscopy', '2025-03-14']]);
    expect(procedures('Colonoscopy in May 2025 showed a sigmoid tumor.')).toEqual([['Colonoscopy', '2025-05']]);
    expect(procedures('A lobectomy on June 3 was uneventful.')).toEqual([['lobectomy', '2025-06-03']]);
    // (…not one to come.)
    expect(procedures('Bronchoscopy is scheduled.')).toEqual([]);
  });
  it('a marker spelled the other way in parentheses, either way round, or in parentheses after the words it stands for, takes the call after them', () => {
    const calls = (text: string) => ofType(run(text), 'biomarker').map((e) => [e.name, e.result, e.evidence!.text]);
    expect(calls('エストロゲン受容体（ER）陽性、プロゲステロン受容体（PgR）陰性。')).toEqual([
      ['ER', 'positive', 'エストロゲン受容体（ER）陽性'],
      ['PgR', 'negative', 'プロゲステロン受容体（PgR）陰性'],
    ]);
    expect(calls('ER（エストロゲン受容体）陽性')).toEqual([['ER', 'positive', 'ER（エストロゲン受容体）陽性']]);
    expect(calls('ホルモン受容体（ER）陽性、HER2陰性のタイプです。')).toEqual([
      ['ER', 'positive', 'ホルモン受容体（ER）陽性'],
      ['HER2', 'negative', 'HER2陰性'],
    ]);
    // (A marker whose spelling carries the call keeps its own evidence: MMR蛋白発現保持（pMMR）.)
    expect(calls('MMR蛋白発現保持（pMMR）')).toEqual([['MSI', 'negative', 'pMMR']]);
  });
  it('plain words: a drug taken by mouth (服用中, のんでいます) is under way; a cancer one learned of (…とわかりました) is diagnosed', () => {
    const meds = (text: string) => ofType(run(text, '2026-03-10'), 'medication').map((e) => [e.drugs, e.status, e.evidence!.text]);
    expect(meds('タモキシフェン服用中。')).toEqual([[['tamoxifen'], 'ongoing', 'タモキシフェン服用中']]);
    expect(meds('2024年9月から　ホルモン療法のおくすり（アナストロゾール）を毎日1錠のんでいます。').map(([drugs, status]) => [drugs, status])).toEqual([[['anastrozole'], 'ongoing']]);
    // (…not a history of it.)
    expect(meds('タモキシフェン服用歴あり。')).toEqual([]);
    const diagnoses = (text: string) => ofType(run(text, '2026-03-10'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('これまでの治療のまとめ\n・2024年5月　右の乳がん（浸潤性乳管がん）とわかりました。')).toEqual([['乳がん', '2024-05']]);
  });
});

describe('from a seventy-fourth gold set (styles74)', () => {
  it('FIGO 2018 stages with how the nodes were found (IIIC1r, IIIC2p) are stages, the r or p left out', () => {
    const stages = (text: string) => ofType(run(text), 'staging').map((e) => [e.stage, e.system ?? null]);
    expect(stages('子宮頸癌（扁平上皮癌）FIGO 2018 IIIC1r期')).toEqual([['IIIC1', 'FIGO']]);
    expect(stages('FIGO IIIC2p期')).toEqual([['IIIC2', 'FIGO']]);
    // (Only after C1 or C2: Stage IIIr is no stage.)
    expect(stages('Stage IIIr')).toEqual([]);
  });
  it('a therapy 施行中 is under way; one given for spread found after an operation is not adjuvant', () => {
    const meds = (text: string) => ofType(run(text, '2026-03-05'), 'medication').map((e) => [e.regimen, e.status, e.intent ?? null]);
    expect(meds('臨床情報：S状結腸癌術後、肝転移に対しmFOLFOX6+Pmab施行中。効果判定。')).toEqual([['mFOLFOX6+Pmab', 'ongoing', null]]);
    expect(meds('TS-1内服を実施中。')).toEqual([['TS-1', 'ongoing', null]]);
    // (…but one after the operation, for no spread, is.)
    expect(meds('S状結腸癌術後、CAPOX 8コース施行。')).toEqual([['CAPOX', 'completed', 'adjuvant']]);
  });
  it('a request’s clinical information (臨床情報：) names the diagnosis, as a diagnosis label does', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-03-05'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('CT読影レポート\n検査日：2026/03/05\n臨床情報：S状結腸癌術後、肝転移に対しmFOLFOX6+Pmab施行中。効果判定。')).toEqual([['S状結腸癌', null]]);
  });
  it('radioiodine given with its activity in parentheses, or as 131I and its activity alone, is radiotherapy, each administration an event', () => {
    const courses = (text: string) => ofType(run(text, '2026-06-02'), 'radiotherapy').map((e) => [e.date?.start ?? null, e.evidence!.text]);
    expect(courses('経過：\n 2019年10月　放射性ヨウ素内用療法（3.7GBq）\n 2022年3月　肺転移出現、131I 5.55GBq 再投与するも集積なし')).toEqual([
      ['2019-10', '放射性ヨウ素内用療法（3.7GBq）'],
      ['2022-03', '131I 5.55GBq'],
    ]);
    // (…not one planned, nor a parenthesis that is no activity.)
    expect(courses('放射性ヨウ素内用療法（3.7GBq）を予定。')).toEqual([]);
    expect(courses('放射性ヨウ素内用療法（外来）について説明。')).toEqual([]);
  });
  it('a conditioning regimen alone in the parenthesis after a transplant (自家末梢血幹細胞移植（MEL200）) was given; maintenance with a closed range is over', () => {
    const meds = (text: string) => ofType(run(text, '2026-05-19'), 'medication').map((e) => [e.drugs, e.status, e.date?.start ?? null]);
    expect(meds('①2021.11～ DBd 4コース → 2022.4 自家末梢血幹細胞移植（MEL200）→ レナリドミド維持（～2024.8、PD）')).toEqual([
      [['bortezomib', 'daratumumab', 'dexamethasone'], 'completed', '2021-11'],
      [['melphalan'], 'completed', '2022-04'],
      // (…and maintenance with a closed range is over.)
      [['lenalidomide'], 'completed', '2022-04'],
    ]);
  });
  it('the current regimen labelled 現レジメン：, with today’s course on the next line (本日 2コース目), is that course, given today', () => {
    const meds = (text: string) => ofType(run(text, '2026-04-14'), 'medication').map((e) => [e.drugs, e.line ?? null, e.cycles ?? null, e.status, e.date?.start ?? null]);
    expect(meds('記録日：2026年4月14日\n現レジメン：サシツズマブ ゴビテカン 10mg/kg day1,8 q3w（3次治療）\n本日 2コース目 day1。')).toEqual([[['sacituzumab govitecan'], 3, 2, 'ongoing', '2026-04-14']]);
    // (A regimen labelled with no course after it is no event.)
    expect(meds('記録日：2026年4月14日\n現レジメン：サシツズマブ ゴビテカン 10mg/kg day1,8 q3w\n次回外来は2週後。')).toEqual([]);
  });
});

describe('from a seventy-fifth gold set (styles75)', () => {
  it('なく negates what comes before it in its clause (頭痛、嘔気の訴えはなく); not a change (著変なく), nor what …の他に sets apart', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-09-09'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('9月5日よりロルラチニブを開始した。頭痛、嘔気の訴えはなく、9月9日に自宅退院となった。')).toEqual([
      ['頭痛', 'negated'],
      ['嘔気', 'negated'],
    ]);
    expect(symptoms('発熱の他に自覚症状はなく経過。')).toEqual([['発熱', 'confirmed']]);
    const mets = (text: string) => ofType(run(text, '2026-06-02'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed']);
    expect(mets('#1 甲状腺乳頭癌\nCTでは肺転移は著変なくSD。')).toEqual([[['PUL'], 'confirmed']]);
  });
  it('a site listed before a negated one shares its cue (肝転移、肺転移は認めませんでした)', () => {
    const mets = (text: string) => ofType(run(text, '2026-02-03'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed']);
    expect(mets('腹部CTでは明らかな肝転移、肺転移は認めませんでした。')).toEqual([
      [['HEP'], 'negated'],
      [['PUL'], 'negated'],
    ]);
    expect(mets('骨転移、肝転移、肺転移なし。')).toEqual([
      [['OSS'], 'negated'],
      [['HEP'], 'negated'],
      [['PUL'], 'negated'],
    ]);
    // (Not one with words of its own before the 、: 骨転移あり、肝転移なし.)
    expect(mets('骨転移あり、肝転移なし。')).toEqual([
      [['OSS'], 'confirmed'],
      [['HEP'], 'negated'],
    ]);
  });
  it('腹部膨満 and 腹部膨満感 are one symptom', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-08-12'), 'symptom').map((e) => e.name);
    expect(symptoms('S：腹部膨満感が強く苦しい。\nO：腹部膨満著明、両下腿浮腫2+。')).toEqual(['腹部膨満感', '下腿浮腫']);
  });
  it('a cancer diagnosed with its spread listed after it (右肺腺癌、多発骨転移と診断され) dates the diagnosis label; a metastasis alone diagnosed does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-09-09'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('退院時要約\n診断名：右肺腺癌（ALK融合遺伝子陽性）、多発脳転移\n入院までの経過：2022年5月に右肺腺癌、多発骨転移と診断され、アレクチニブで治療を開始した。')).toEqual([['肺腺癌', '2022-05']]);
    expect(diagnoses('退院時要約\n診断名：右肺扁平上皮癌\n経過：2024/3 FNAでSCCのリンパ節転移と診断。')).toEqual([['肺扁平上皮癌', null]]);
  });
});

describe('from a seventy-sixth gold set (styles76)', () => {
  it('a home-visit nursing report’s 主たる傷病名： labels the diagnosis, as 傷病名： does', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-10-31'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('訪問看護報告書（2026年10月分）\n主たる傷病名：肝内胆管癌（FGFR2融合遺伝子陽性）、多発肝転移、腹膜播種')).toEqual([['肝内胆管癌', null]]);
  });
  it('regimens of myeloma, lymphoma, leukaemia, sarcoma, biliary, gastric and bladder cancer the table lacked are read with their drugs (PAD, VTd, DPd, R-GemOx, EV+P …); MEC and CAG only beside a leukaemia', () => {
    const meds = (text: string) => ofType(run(text, '2026-04-18'), 'medication').map((e) => [e.regimen, e.drugs, e.cycles ?? null, e.status]);
    expect(meds('現病歴：多発性骨髄腫。DRd（2021/6～2023/2）→ Isa-Pd（2023/3～2025/9、PD）と治療され、2025年11月にブリッジング治療としてPAD 1コース施行。')).toEqual([
      ['DRd', ['daratumumab', 'dexamethasone', 'lenalidomide'], null, 'completed'],
      ['Isa-Pd', ['dexamethasone', 'isatuximab', 'pomalidomide'], null, 'completed'],
      ['PAD', ['bortezomib', 'dexamethasone', 'doxorubicin'], 1, 'completed'],
    ]);
    const drugs = (text: string) => ofType(run(text, '2026-04-18'), 'medication').map((e) => e.drugs);
    expect(drugs('2026/4/1 VTd療法開始。')).toEqual([['bortezomib', 'dexamethasone', 'thalidomide']]);
    expect(drugs('2026/4/1 R-GemOx療法開始。')).toEqual([['gemcitabine', 'oxaliplatin', 'rituximab']]);
    expect(drugs('#膀胱癌\n2026/4/1 EV+P療法開始。')).toEqual([['enfortumab vedotin', 'pembrolizumab']]);
    expect(drugs('#AML\n2026/4/1 MEC療法開始。')).toEqual([['cytarabine', 'etoposide', 'mitoxantrone']]);
    // (MEC is also a mucoepidermoid carcinoma, CAG a coronary angiography.)
    expect(drugs('#耳下腺癌（MEC）\n2026/4/1 手術施行。')).toEqual([]);
    expect(drugs('#狭心症\n2026/4/1 CAG施行。')).toEqual([]);
  });
  it('a regimen received or treated with, told in plain words (R-CHOPを6回受けて, …の治療を受けた, …と治療され、), was given, and a count in a later clause is not its own', () => {
    const meds = (text: string) => ofType(run(text, '2026-05-20'), 'medication').map((e) => [e.drugs, e.cycles ?? null, e.status]);
    expect(meds('2019年に診断され、最初はR-CHOPを6回受けて完全寛解になった。2023年に再発し、ベンダムスチンとリツキシマブの治療を受けた。')).toEqual([
      [['cyclophosphamide', 'doxorubicin', 'prednisolone', 'rituximab', 'vincristine'], 6, 'completed'],
      [['bendamustine', 'rituximab'], null, 'completed'],
    ]);
    expect(meds('現在ニボルマブの治療を受けている。')).toEqual([[['nivolumab'], null, 'ongoing']]);
    // (The count after the clause that says it was treated is another therapy’s, here one the tables lack.)
    expect(meds('Isa-Pd（2023/3～2025/9、PD）と治療され、2025年11月に治験薬 1コース施行。')).toEqual([[['dexamethasone', 'isatuximab', 'pomalidomide'], null, 'completed']]);
  });
  it('a record opening on the patient with the age in parentheses (患者（72歳男性）は…), or a cancer the patient is under care for (…で当院血液内科に通院中), states the diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-05-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('【相談内容】\n患者（72歳男性）は濾胞性リンパ腫で当院血液内科に通院中。2019年に診断され、R-CHOPを6回受けた。')).toEqual([['濾胞性リンパ腫', '2019']]);
    expect(diagnoses('2024年より肺癌にて加療中。')).toEqual([['肺癌', '2024']]);
    // (Not a relative’s: 父は胃癌で他院通院中.)
    expect(diagnoses('父は胃癌で他院通院中。')).toEqual([]);
  });
  it('a recurrence told as what happened (2023年に再発し、, 局所再発した, 再発を来したため) is one; not as what might happen (再発した場合, 再発したら), nor a relative’s', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-05-20'), 'diagnosis').filter((e) => /再発/.test(e.name)).map((e) => [e.name, e.date?.start ?? null]);
    expect(recurrences('濾胞性リンパ腫と診断。2023年に再発し、BRを施行。')).toEqual([['再発', '2023']]);
    expect(recurrences('#胃癌\n2024年3月に局所再発した。')).toEqual([['局所再発', '2024-03']]);
    expect(recurrences('#肺癌\n2025年8月、肺癌の再発を来したため入院。')).toEqual([['再発', '2025-08']]);
    expect(recurrences('#胃癌\n再発した場合は化学療法を検討。再発したら連絡するよう説明。')).toEqual([]);
    expect(recurrences('#胃癌\n母が再発したとのこと。')).toEqual([]);
    // (Nor a bare 再発 before a comma, which states nothing: 再発、転移の有無をCTで評価.)
    expect(recurrences('#胃癌\n術後経過良好。再発、転移の有無をCTで評価。')).toEqual([]);
  });
  it('a symptom said present before a but (息切れは軽度あるが安静時は問題ない) is not negated by what follows; 目の乾燥感 and 熱発 are symptoms', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-03-12'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('本日本人より電話あり、息切れは軽度あるが安静時は問題ないとのこと。')).toEqual([['息切れ', 'confirmed']]);
    expect(symptoms('息切れは問題ない。')).toEqual([['息切れ', 'negated']]);
    expect(symptoms('目の乾燥感あり、点眼で対応中。昨日より熱発あり。')).toEqual([
      ['目の乾燥感', 'confirmed'],
      // (Named as written; 熱発 and 発熱 in one note are one symptom.)
      ['熱発', 'confirmed'],
    ]);
  });
  it('a radiotherapy course laid out as fields takes its period from the field line next to the dose’s (照射期間：…～…) and its intent from the aim field (治療方針：根治的…); a site written before the dose, apart by a space, is its site', () => {
    const rt = (text: string) => ofType(run(text, '2026-07-24'), 'radiotherapy').map((e) => [e.doseGy, e.site ?? null, e.intent ?? null, e.date?.start ?? null, e.date?.end ?? null]);
    const summary = '放射線治療終了時サマリー\n治療方針：根治的化学放射線療法\n照射：IMRT　原発巣＋両側頸部リンパ節領域　70Gy/35fr\n照射期間：2026年6月2日～7月21日（休止なし）';
    expect(rt(summary)).toEqual([[70, '原発巣+両側頸部リンパ節領域', 'curative', '2026-06-02', '2026-07-21']]);
    // (The period field may come first.)
    expect(rt('照射期間：2026/6/2～2026/7/21\n線量：60Gy/30fr')).toEqual([[60, null, null, '2026-06-02', '2026-07-21']]);
    expect(rt('2024/12/16～2025/1/10 残存乳房 42.56Gy/16fr')).toEqual([[42.56, '残存乳房', null, '2024-12-16', '2025-01-10']]);
    // (Not what goes with the course, an interval or a technique: Cmab併用RT 70Gy/35fr.)
    expect(rt('24/10/3～24/11/20 Cmab併用RT 70Gy/35fr')).toEqual([[70, null, null, '2024-10-03', '2024-11-20']]);
  });
});

describe('from a seventy-seventh gold set (styles77)', () => {
  it('a trial screening record’s 被験者：64歳女性、… opens the case, and an SBAR handover’s background (B：…) states the diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-09-07'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('治験スクリーニング記録　2026年8月18日\n被験者：64歳女性、肺腺癌 cT2bN2M1c Stage IVB')).toEqual([['肺腺癌', '2026-08-18']]);
    expect(diagnoses('【申し送り（SBAR）】2026/9/7\nS：発熱あり。\nB：小細胞肺癌 ED（肝転移、副腎転移）。\nR：セフェピム開始。')).toEqual([['小細胞肺癌', null]]);
    // (B： alone, outside a handover, labels nothing.)
    expect(diagnoses('B：小細胞肺癌 ED。')).toEqual([]);
  });
  it('a form’s TNM fields with each value apart from its letter (T 2　N 1　M 0　Stage IIB) are one staging', () => {
    const staging = (text: string) => ofType(run(text, '2026-02-14'), 'staging').map((e) => [e.tnm, e.stage ?? null]);
    expect(staging('DPC様式1（退院時）\nUICC病期分類（第8版）：T 2　N 1　M 0　Stage IIB')).toEqual([[{ t: 'T2', n: 'N1', m: 'M0' }, 'IIB']]);
    expect(staging('病理：pT 3 N 0 M 0')).toEqual([[{ prefix: 'p', t: 'T3', n: 'N0', m: 'M0' }, null]]);
  });
  it('a disease-name list as the claims system prints it (病名　開始日　転帰) gives each cancer its row’s date, a suspicion as suspected, and no symptom; がん性疼痛 keeps its cause', () => {
    const list = '【病名一覧】（2026/06/30 出力）\nNo.  病名                     開始日       転帰\n1    直腸癌（主）             2023/04/12   継続\n2    転移性肝腫瘍             2024/09/03   継続\n3    がん性疼痛               2025/05/20   継続\n4    直腸癌の疑い             2023/03/20   中止';
    const events = run(list, '2026-06-30');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null])).toEqual([
      ['直腸癌', 'confirmed', '2023-04-12'],
      ['直腸癌', 'suspected', '2023-03-20'],
    ]);
    expect(ofType(events, 'metastasis').map((e) => [e.sites, e.date?.start ?? null])).toEqual([[['HEP'], '2024-09-03']]);
    expect(ofType(events, 'symptom')).toEqual([]);
    expect(ofType(run('がん性疼痛に対しオキシコドン開始。', '2026-06-30'), 'symptom').map((e) => e.name)).toEqual(['がん性疼痛']);
  });
  it('an endoscopy report’s exam field (検査名：EUS-FNA) names the procedure its title stands for, the needle’s passes (3回穿刺) are none, and …と確定 diagnoses', () => {
    const report = '超音波内視鏡検査報告書\n検査日：2026/05/12　検査名：EUS-FNA\n穿刺：22G針で3回穿刺、ROSEで腫瘍細胞あり。\n診断：膵体部癌疑い（病理結果待ち）\n追記（5/19）：病理結果 adenocarcinoma。膵体部癌と確定。';
    const events = run(report, '2026-05-19');
    expect(ofType(events, 'procedure').map((e) => [e.name, e.date?.start ?? null])).toEqual([['EUS-FNA', '2026-05-12']]);
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null])).toEqual([
      ['膵体部癌', 'suspected', null],
      ['膵体部癌', 'confirmed', '2026-05-19'],
    ]);
  });
  it('a regimen whose own clause says nothing of it takes the date opening the next clause, which gives its course (…day1-3、9/1より2コース目投与); not one after a verb of its own (…を開始し、6/18に終了)', () => {
    const meds = (text: string) => ofType(run(text, '2026-09-07'), 'medication').map((e) => [e.drugs, e.cycles ?? null, e.status, e.date?.start ?? null]);
    expect(meds('【申し送り】2026/9/7\nB：小細胞肺癌 ED。2次治療としてアムルビシン 40mg/m2 day1-3、9/1より2コース目投与。')).toEqual([[['amrubicin'], 2, 'ongoing', '2026-09-01']]);
    expect(meds('2026/5/12よりCDDP 100mg/m2を開始し、6/18に終了。')).toEqual([[['cisplatin'], null, 'completed', '2026-05-12']]);
  });
});

describe('from a seventy-eighth gold set (styles78)', () => {
  it('what an explanation says may happen (…などが起こり得ます) is no symptom, nor is a complication on an autopsy’s 副病変： line', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-03-16'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('医師：しびれ、吐き気、食欲低下などが起こり得ます。')).toEqual([]);
    expect(symptoms('皮疹が生じうる。')).toEqual([]);
    expect(symptoms('昨日よりしびれ、吐き気あり。')).toEqual([['しびれ', '2026-03-15'], ['吐き気', '2026-03-15']]);
    expect(symptoms('病理解剖報告書（2026年3月12日 解剖）\n 副病変：閉塞性黄疸、両側胸水\n臨床経過：2026/3/2 腹水貯留と黄疸のため緊急入院。')).toEqual([['黄疸', '2026-03-02']]);
  });
  it('an informed-consent talk written as a dialogue: 胃カメラ is an endoscopy, a cancer whose histology is told next (胃癌で、組織型は低分化腺癌と診断) is the diagnosis, a site joined to 転移 with a count (肝臓に2か所転移) and calls after は (HER2は陰性、PD-L1はCPS 8) are read, and each speaker’s turn goes on the talk, so takes its date', () => {
    const talk = 'IC記録（病状説明）　2026/2/3\n医師：1月27日に行った胃カメラと生検の結果、胃癌で、組織型は低分化腺癌と診断しました。CTでは肝臓に2か所転移があります。\n患者：手術はできないのでしょうか。\n医師：現時点では薬の治療が中心になります。HER2は陰性、PD-L1はCPS 8でした。';
    const events = run(talk, '2026-02-03');
    const summary = events.filter((e) => e.type !== 'symptom').map((e) => [e.type, e.evidence!.text, e.date?.start ?? null]);
    expect(summary).toEqual([
      ['procedure', '胃カメラ', '2026-01-27'],
      ['diagnosis', '胃癌', '2026-01-27'],
      ['metastasis', '肝臓に2か所転移', '2026-01-27'],
      ['biomarker', 'HER2は陰性', '2026-01-27'],
      ['biomarker', 'PD-L1はCPS 8', '2026-01-27'],
    ]);
    expect(ofType(events, 'diagnosis')[0]!.histology).toBe('低分化腺癌');
    expect(ofType(events, 'biomarker').map((e) => [e.result, e.value ?? null])).toEqual([['negative', null], ['positive', 'CPS 8']]);
    // (A field label is no turn: a line opened by one does not go on the line before.)
    const form = run('記録　2026/2/3\n胃カメラを1月27日に施行。\n所見：HER2は陰性。', '2026-02-03');
    expect(ofType(form, 'biomarker').map((e) => e.date?.start ?? null)).toEqual(['2026-02-03']);
    // (Nor is は before anything but a call: HER2は3回目の検査.)
    expect(ofType(run('HER2は3回目の検査で提出。', '2026-02-03'), 'biomarker')).toEqual([]);
  });
  it('a pharmacist’s query: the maintenance a regimen label names (レジメン：PEM＋Pembro維持療法（1次治療）) is no start, but its line goes to the drug given alone; a drug whose label the clause is about (PEMの添付文書上、…投与を推奨しない) is none', () => {
    const meds = (text: string) => ofType(run(text, '2026-07-22'), 'medication').map((e) => [e.drugs, e.line ?? null, e.status]);
    const query = '疑義照会記録　2026/7/22\nレジメン：PEM＋Pembro維持療法（1次治療）\n照会内容：CCr 38mL/min。PEMの添付文書上、CCr 45未満は投与を推奨しない旨を確認。\n結果：Pembro 200mg 投与済。';
    expect(meds(query)).toEqual([[['pembrolizumab'], 1, 'completed']]);
    // (Maintenance after a chain still starts: CBDCA+PEM 4コース → PEM維持.)
    expect(meds('CBDCA+PEM 4コース → PEM維持')).toEqual([[['carboplatin', 'pemetrexed'], null, 'completed'], [['pemetrexed'], null, 'started']]);
  });
  it('a line told as what the therapy is (エンハーツ（T-DXd）による3次治療中), and the day of the course the next clause gives (…、本日8コース目を投与) dating it', () => {
    const meds = (text: string) => ofType(run(text, '2026-10-06'), 'medication').map((e) => [e.line ?? null, e.cycles ?? null, e.date?.start ?? null]);
    expect(meds('2025年8月、多発骨転移で再発。現在はエンハーツ（T-DXd）による3次治療中で、本日8コース目を投与。')).toEqual([[3, 8, '2026-10-06']]);
    // (Not a course on the next line: that is another statement.)
    expect(meds('2025/8/5～ エンハーツ\n本日 3コース目。')).toEqual([[null, null, '2025-08-05']]);
  });
  it('a diagnosis label after another field on its line (患者：68歳男性　診断：肺腺癌) labels the cancer', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-07-22'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('疑義照会記録　2026/7/22\n患者：68歳男性　診断：肺腺癌 cT4N2M1a Stage IVA')).toEqual([['肺腺癌', null]]);
    // (Not another field's value: 紹介理由：肺癌 is what the referral asks about.)
    expect(diagnoses('患者：68歳男性　紹介理由：肺癌の精査')).toEqual([]);
  });
  it('letrozole given for fertility care before cancer therapy (調節卵巣刺激を開始（レトロゾール併用）, 排卵誘発にレトロゾール) is no anticancer therapy', () => {
    const meds = (text: string) => ofType(run(text, '2026-04-14'), 'medication').map((e) => [e.drugs, e.status]);
    expect(meds('本日より調節卵巣刺激を開始（レトロゾール併用）。')).toEqual([]);
    expect(meds('排卵誘発にレトロゾール内服開始。')).toEqual([]);
    expect(meds('術後内分泌療法としてレトロゾール開始。')).toEqual([[['letrozole'], 'started']]);
  });
  it('a date after the verb that gave a regimen dates what came of it, not the regimen (2025年9月より…mFOLFIRINOXを行ったが2026年1月にPDとなり中止)', () => {
    const meds = (text: string) => ofType(run(text, '2026-03-16'), 'medication').map((e) => [e.status, e.date?.start ?? null]);
    expect(meds('2025年9月より2次治療 mFOLFIRINOXを行ったが2026年1月にPDとなり中止、以後BSC。')).toEqual([['stopped', '2025-09']]);
    // (A date before the verb is the regimen's own: …mFOLFIRINOXを2026年1月に中止.)
    expect(meds('2025年9月よりmFOLFIRINOX開始。副作用のためmFOLFIRINOXを2026年1月に中止。')).toEqual([['started', '2025-09'], ['stopped', '2026-01']]);
  });
  it('a label whose word ends in 診断 (病理解剖診断：) says nothing of when the cancer was diagnosed: the clinical-diagnosis label’s cancer takes the date the course gives it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-03-16'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    const report = '病理解剖報告書（2026年3月12日 解剖）\n臨床診断：膵体尾部癌、多発肝転移\n病理解剖診断：\n 主病変：膵体尾部癌（中分化型管状腺癌）\n臨床経過：2024年11月、膵体尾部癌とEUS-FNAで診断。';
    expect(diagnoses(report)).toEqual([['膵体尾部癌', '2024-11']]);
  });
  it('a consultation record’s 【相談内容】 and 【対応】 are the day’s, as a visit’s sections are', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-10-06'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    const record = '医療ソーシャルワーカー面談記録　2026/10/6\n【主治医からの情報】\n2019年に左乳癌と診断。\n【相談内容】\n倦怠感が強く勤務日数の調整を希望。';
    expect(symptoms(record)).toEqual([['倦怠感', '2026-10-06']]);
    // (Another heading with no date of its own still dates nothing: 【経過】.)
    expect(symptoms('記録　2026/10/6\n【経過】\n倦怠感あり。')).toEqual([['倦怠感', null]]);
  });
});

describe('from a seventy-ninth gold set (styles79)', () => {
  it('a line told further on in a drug’s clause, before its verb (タグリッソは2023年5月から2次治療として内服中), is its line; the 2 there is no month ending a range', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-10'), 'medication').map((e) => [e.line ?? null, e.date?.start ?? null, e.date?.end ?? null]);
    expect(meds('タグリッソは2023年5月から2次治療として内服中とのこと。')).toEqual([[2, '2023-05', null]]);
    // (Not a line the verb is followed by, said of another matter: タグリッソ内服中、2次治療として化学療法を検討.)
    expect(meds('タグリッソ内服中、2次治療として化学療法を検討。')).toEqual([[null, null, null]]);
  });
  it('the day written between a procedure and its verb (腹水穿刺を11/24に施行) is when it was done', () => {
    const procs = (text: string) => ofType(run(text, '2026-12-01'), 'procedure').map((e) => [e.name, e.date?.start ?? null, e.evidence!.text]);
    expect(procs('今回入院（11/20～）：腹痛のため入院。腹水穿刺を11/24に施行（2,000mL）。')).toEqual([['腹水穿刺', '2026-11-24', '腹水穿刺を11/24に施行']]);
    // (Not a day of another act: 腹水穿刺を行い、11/24に退院.)
    expect(procs('今回入院（11/20～）。腹水穿刺を行い、11/24に退院。')).toEqual([['腹水穿刺', '2026-11-20', '腹水穿刺を行い']]);
  });
  it('a chemoradiotherapy whose start the next clause gives (60Gy/30fr（CDDP＋5-FU併用）、2026/10/22開始) is dated by it, the radiotherapy and the drugs alike, as is a regimen with no verb of its own (FOLFOX、2024/5/1開始)', () => {
    const dated = (text: string) => run(text, '2026-11-05').filter((e) => e.type === 'radiotherapy' || e.type === 'medication').map((e) => [e.type, e.date?.start ?? null]);
    expect(dated('放射線治療 照射記録\n治療：根治的化学放射線療法　60Gy/30fr（CDDP＋5-FU併用）、2026/10/22開始\n11/4（水）9/30回目　累積 18Gy')).toEqual([
      ['radiotherapy', '2026-10-22'],
      ['medication', '2026-10-22'],
    ]);
    expect(dated('レジメン：FOLFOX、2024/5/1開始')).toEqual([['medication', '2024-05-01']]);
    // (Not the date of the next therapy on a line dated before it: 6/14～ デガレリクス開始、7/1～ アパルタミド併用.)
    expect(dated('6/14～ デガレリクス開始、7/1～ アパルタミド 240mg/日 併用')).toEqual([
      ['medication', '2026-06-14'],
      ['medication', '2026-07-01'],
    ]);
  });
  it('an end written alone with まで (オラパリブ維持療法を2025年12月まで施行) closes the range its line’s date opens', () => {
    const meds = (text: string) => ofType(run(text, '2026-03-18'), 'medication').map((e) => [e.drugs, e.date?.start ?? null, e.date?.end ?? null]);
    expect(meds('経過：2023年 卵巣癌に対しPDS施行、TC療法6コース後、オラパリブ維持療法を2025年12月まで施行。')).toEqual([
      [['carboplatin', 'paclitaxel'], '2023', null],
      [['olaparib'], '2023', '2025-12'],
    ]);
  });
  it('dated regimens listed before one verb of giving share it (2025年2月よりGnP療法（1次治療）、同年10月より…（2次治療）を行ったが), each keeping its own line', () => {
    const meds = (text: string) => ofType(run(text, '2026-12-01'), 'medication').map((e) => [e.drugs, e.line ?? null, e.status, e.date?.start ?? null, e.evidence!.text]);
    expect(meds('病状：膵頭部癌。2025年2月よりGnP療法（1次治療）、同年10月よりオニバイド＋5-FU/l-LV（2次治療）を行ったが、PDとなった。')).toEqual([
      [['gemcitabine', 'paclitaxel'], 1, 'completed', '2025-02', 'GnP療法（1次治療）'],
      [['fluorouracil', 'irinotecan', 'levofolinate'], 2, 'completed', '2025-10', 'オニバイド＋5-FU/l-LV（2次治療）を行った'],
    ]);
    // (Not before a plan: 2023年4月よりGnP、2024年1月よりFOLFIRINOXを開始予定.)
    expect(meds('2023年4月よりGnP、2024年1月よりFOLFIRINOXを開始予定。')).toEqual([]);
  });
  it('経口摂取困難 is a symptom; oedema of an organ on imaging (脳浮腫) is none; a pain said better in general words (疼痛は…改善) after a named pain is that episode', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-12-01'), 'symptom').map((e) => e.name);
    expect(symptoms('今回入院（11/20～）：腹痛増強と経口摂取困難のため入院。オキシコドン持続皮下注を導入し、疼痛はNRS 2まで改善。')).toEqual(['腹痛', '経口摂取困難']);
    expect(symptoms('デキサメタゾン錠4mg（脳浮腫に対し、11/6より）。下腿浮腫あり。')).toEqual(['下腿浮腫']);
    // (A pain in general words with no named pain before it is the symptom: 疼痛は改善.)
    expect(symptoms('疼痛は改善。')).toEqual(['疼痛']);
  });
});

describe('from an eightieth gold set (styles80)', () => {
  it('a cancer suffix opening a longer word in katakana (がんゲノムプロファイリング検査) names no cancer; 肺癌ステージ4 still does', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-08-20'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('がんゲノムプロファイリング検査　エキスパートパネル結果報告\n症例：58歳女性　膵体部癌（2025年9月 EUS-FNAで腺癌と診断）')).toEqual(['膵体部癌']);
    expect(diagnoses('肺癌ステージ4と診断。')).toEqual(['肺癌']);
  });
  it('a case line’s cancer is dated by the parenthesis after it that tells how it was diagnosed (膵体部癌（2025年9月 EUS-FNAで腺癌と診断）)', () => {
    const dates = (text: string) => ofType(run(text, '2026-08-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(dates('実施日：2026年8月20日\n症例：58歳女性　膵体部癌（2025年9月 EUS-FNAで腺癌と診断）cT4N1M1 cStage IV')).toEqual([['膵体部癌', '2025-09']]);
  });
  it('indented lines under a label ending in a colon that carries a date (結果（…、2026/7/28報告）：) take it, also those opening with a label of their own ( MSI：MSS)', () => {
    const dates = (text: string) => ofType(run(text, '2026-08-20'), 'biomarker').map((e) => [e.name, e.date?.start ?? null]);
    const report = '実施日：2026年8月20日\n既治療：GnP（2026/6～継続中）\n結果（FoundationOne CDx、2026/7/28報告）：\n KRAS G12D\n MSI：MSS　TMB：2 mut/Mb（TMB-Low）\n';
    expect(dates(report)).toEqual([['KRAS', '2026-07-28'], ['MSI', '2026-07-28'], ['TMB', '2026-07-28']]);
    // (A labelled line not indented opens a field of its own: it takes the record's date.)
    expect(dates(report.replace(' MSI：', 'MSI：'))).toEqual([['KRAS', '2026-07-28'], ['MSI', '2026-08-20'], ['TMB', '2026-08-20']]);
  });
  it('a copy-number change a genomic panel lists after its gene (CDKN2A 欠失, CCNE1 増幅) is a positive result; one denied (CDKN2A欠失なし) is negative, one asked about is none', () => {
    const calls = (text: string) => ofType(run(text, '2026-08-20'), 'biomarker').map((e) => [e.name, e.result]);
    expect(calls('結果：\n KRAS G12D\n CDKN2A 欠失\n CCNE1 増幅\n SMAD4 homozygous deletion')).toEqual([
      ['KRAS', 'positive'],
      ['CDKN2A', 'positive'],
      ['CCNE1', 'positive'],
      ['SMAD4', 'positive'],
    ]);
    expect(calls('CDKN2A欠失なし。MET増幅の有無を検索する。')).toEqual([['CDKN2A', 'negative']]);
  });
  it('visible signs: redness, blisters, a swelling of the gums or with the redness or pain of its place, and unprovoked pain (自発痛) are symptoms; a mucosa’s redness seen in the throat or by endoscopy is none', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-09-17'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('患者の状態：刺入部の発赤・腫脹と疼痛（NRS 4）あり。水疱なし。')).toEqual([
      ['発赤', 'confirmed'],
      ['腫脹', 'confirmed'],
      ['疼痛', 'confirmed'],
      ['水疱', 'negated'],
    ]);
    expect(symptoms('口腔内所見：歯肉腫脹あり、自発痛なし。')).toEqual([
      ['歯肉腫脹', 'confirmed'],
      ['自発痛', 'negated'],
    ]);
    // (A wound's sign that is no symptom, denied after redness, denies it too.)
    expect(symptoms('創部：発赤、排膿なく、治癒良好。')).toEqual([['発赤', 'negated']]);
    expect(symptoms('咽頭発赤軽度あり。10/6 CF: 全周性の発赤・びらん。頸部リンパ節腫脹を触知。')).toEqual([]);
    // (Any endoscopy the procedures rule knows opens such a sentence: 上部消化管内視鏡, 膀胱鏡, ERCP, 胃カメラ.)
    expect(symptoms('上部消化管内視鏡検査で胃体部に発赤を認めた。膀胱鏡：三角部に発赤あり。ERCP：乳頭部の発赤。胃カメラで前庭部に発赤。')).toEqual([]);
  });
  it('a tooth extracted before a bone-modifying agent (右下6番を抜歯した) is a procedure; the socket it left (抜歯窩) and one planned are none', () => {
    const procedures = (text: string) => ofType(run(text, '2026-07-03'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('処置：本日、右下6番を抜歯した。')).toEqual([['抜歯', '2026-07-03']]);
    expect(procedures('抜歯窩の上皮化を確認後、デノスマブの開始は可能。来週抜歯予定。')).toEqual([]);
  });
  it('a diagnosis label’s metastasis on a line that only inherits a date (a title’s: 症状詳記（令和8年10月診療分）) takes the date the note states it with', () => {
    const dates = (text: string) => ofType(run(text, '2026-11-05'), 'metastasis').map((e) => [e.sites, e.date?.start ?? null]);
    expect(dates('症状詳記（令和8年10月診療分）\n病名：胃癌（低分化腺癌）、腹膜播種\n経過：令和7年11月のCTで腹膜播種再発と診断。')).toEqual([[['PER'], '2025-11']]);
    // (Not where the label line has a date of its own.)
    expect(dates('病名：胃癌、腹膜播種（令和8年10月）\n経過：令和7年11月のCTで腹膜播種再発と診断。')).toEqual([[['PER'], '2026-10']]);
  });
  it('status: an open range said to go on (GnP（2026/6～継続中）) is ongoing; a drug taken for a time told in the past (S-1を1年間内服した) is completed', () => {
    const statuses = (text: string) => ofType(run(text, '2026-08-20'), 'medication').map((e) => [e.regimen, e.status]);
    expect(statuses('既治療：2次 GnP（2026/6～継続中）')).toEqual([['GnP', 'ongoing']]);
    expect(statuses('既治療：2次 GnP（2026/6～）')).toEqual([['GnP', 'started']]);
    expect(statuses('術後補助化学療法としてS-1を1年間内服した。')).toEqual([['S-1', 'completed']]);
    expect(statuses('S-1を内服中。')).toEqual([['S-1', 'ongoing']]);
  });
});

describe('from an eighty-first gold set (styles81)', () => {
  it('markers on a line labelled as a population (対象患者：CLDN18.2陽性、HER2陰性の…胃癌患者) are no results of the patient', () => {
    const markers = (text: string) => ofType(run(text, '2026-04-03'), 'biomarker').map((e) => e.name);
    expect(markers('対象患者：CLDN18.2陽性、HER2陰性の切除不能進行・再発胃癌患者（1次治療）\n適格基準：PD-L1 CPS 5以上')).toEqual([]);
    expect(markers('患者：CLDN18.2陽性、HER2陰性。')).toEqual(['CLDN18.2', 'HER2']);
  });
  it('an age and sex with the cancer in parentheses (当科通院中の72歳男性（胃癌 cT4aN2M1）) introduce the patient’s cancer, dated like a case’s opening', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-04-03'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('申請日：2026年4月3日\n申請理由：当科通院中の72歳男性（胃癌 cT4aN2M1）で本レジメンの適応がある。')).toEqual([['胃癌', '2026-04-03']]);
    // (Not a relative's: 父（胃癌）.)
    expect(diagnoses('家族歴：父（胃癌）。')).toEqual([]);
  });
  it('a liver metastasis with its segment between the organ and the particle (肝S7に単発の転移を認め) is found, and dates the label line that named it first', () => {
    const mets = (text: string) => ofType(run(text, '2026-10-14'), 'metastasis').map((e) => [e.sites, e.date?.start ?? null]);
    expect(mets('2026年6月のCTで肝S7に単発の転移を認めた。')).toEqual([[['HEP'], '2026-06']]);
    expect(mets('麻酔科術前診察記録　2026/10/14\n診断：大腸癌術後 肝転移（異時性、単発）\n現病歴：2026年6月のCTで肝S4/S8に転移を認めた。')).toEqual([[['HEP'], '2026-06']]);
  });
  it('psycho-oncology: 希死念慮なし is a negated symptom; a psychological scale’s subscore (HADS 抑うつ 13点) is none; 抑うつ気分 after 気分の落ち込み is the same symptom', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-02-20'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('紹介元：呼吸器内科（「不眠と気分の落ち込みが続いている」）\n希死念慮なし。\n評価：HADS 不安 11点、抑うつ 13点。適応障害（抑うつ気分を伴う）と診断。')).toEqual([
      ['不眠', 'confirmed'],
      ['気分の落ち込み', 'confirmed'],
      ['希死念慮', 'negated'],
    ]);
    // (A score with no scale named may be the symptom's own: 抑うつ 3点 alone is still read.)
    expect(symptoms('抑うつ 3点。')).toEqual([['抑うつ', 'confirmed']]);
  });
});
describe('from an eighty-second gold set (styles82)', () => {
  it('a recurrence stated after the finding that showed it, in the finding verb’s continuative (…リンパ節転移を認め再発。), is a recurrence; one only feared (…を認めれば再発) is none', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-06-03'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('2026年4月のCTで多発肺転移、傍大動脈リンパ節転移を認め再発。')).toEqual([['再発', '2026-04']]);
    expect(diagnoses('2025/9 PET-CTで骨転移が出現し再発。')).toEqual([['再発', '2025-09']]);
    expect(diagnoses('CEA上昇を認めれば再発を疑う。')).toEqual([]);
  });
  it('weekly paclitaxel written in katakana as one word (ウィークリーパクリタキセル＋ベバシズマブ) is paclitaxel', () => {
    const drugs = (text: string) => ofType(run(text, '2026-11-02'), 'medication').map((e) => e.drugs);
    expect(drugs('令和7年12月～令和8年8月　ウィークリーパクリタキセル＋ベバシズマブ、PDにて終了')).toEqual([['bevacizumab', 'paclitaxel']]);
    expect(drugs('ウイークリーパクリタキセル 12コース施行。')).toEqual([['paclitaxel']]);
  });
  it('a therapy asked about (…（EV+P）導入の可否) or allowed (…の投与で差し支えありません) is no medication event', () => {
    const drugs = (text: string) => ofType(run(text, '2026-06-03'), 'medication').map((e) => e.drugs);
    expect(drugs('ご依頼内容：透析患者へのエンホルツマブ ベドチン＋ペムブロリズマブ（EV+P）導入の可否。\n回答：EVは腎機能による用量調整は不要とされており、透析日以外の投与で差し支えありません。')).toEqual([]);
    expect(drugs('4/2よりEV+Pを導入した。')).toEqual([['enfortumab vedotin', 'pembrolizumab']]);
  });
  it('a second dose in parentheses after a course’s dose, with its fractions (70Gy/35fr（予防域 56Gy/35fr、SIB）), is that course’s; two courses written apart stay two', () => {
    const courses = (text: string) => ofType(run(text, '2026-08-28'), 'radiotherapy').map((e) => [e.doseGy, e.fractions]);
    expect(courses('照射部位・線量：原発巣および両側頸部リンパ節領域 70Gy/35fr（予防域 56Gy/35fr、SIB）を施行。')).toEqual([[70, 35]]);
    expect(courses('2025/3 全脳照射 30Gy/10fr施行。2026/5 SRS 20Gy/1fr（転移巣）施行。')).toEqual([[30, 10], [20, 1]]);
  });
  it('a node station’s frozen section, its call written after 転移 and a space between (No.16b1リンパ節 転移陰性), is a negated lymph-node metastasis', () => {
    const metastases = (text: string) => ofType(run(text, '2026-09-15'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed']);
    expect(metastases('術中迅速病理診断：膵切離断端 陰性。No.16b1リンパ節 転移陰性。')).toEqual([[['LYM'], 'negated']]);
    expect(metastases('腋窩リンパ節 転移陽性（2/15）。')).toEqual([[['LYM'], 'confirmed']]);
  });
  it('ascites filtered and given back (CART) is a procedure, also done at a frequency (CARTを月2回施行中（最終 10/28）), dated by its last session', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-02'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('現在の症状：腹部膨満感。腹水貯留に対しCARTを月2回施行中（最終 10/28）。')).toEqual([['CART', '2026-10-28']]);
    expect(procedures('2026/9/3 腹水濾過濃縮再静注法（CART）施行。')).toEqual([['腹水濾過濃縮再静注法', '2026-09-03']]);
    expect(procedures('CARTの適応について説明した。')).toEqual([]);
  });
  it('a field of now (現在の症状：) after a history block of dated lines is dated by the note, not by the last line of the history', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-02'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('治療歴：\n 令和7年12月～令和8年8月　ウィークリーパクリタキセル＋ベバシズマブ、PDにて終了\n現在の症状：腹部膨満感、食欲不振、嘔気。')).toEqual([
      ['腹部膨満感', '2026-11-02'],
      ['食欲不振', '2026-11-02'],
      ['嘔気', '2026-11-02'],
    ]);
  });
  it('an admission asked for (緩和ケア病棟　入院相談票, …への入院を希望) is none; one that happened still is', () => {
    const admissions = (text: string) => ofType(run(text, '2026-11-02'), 'admission').map((e) => e.date?.start ?? null);
    expect(admissions('緩和ケア病棟　入院相談票\n希望：自宅近くの緩和ケア病棟への入院を希望。入院申込書を送付。')).toEqual([]);
    expect(admissions('2026/10/30 腹水貯留にて入院。')).toEqual(['2026-10-30']);
  });
  it('a pain or a numbness told by its sound (ストーマの周りがヒリヒリする, 四肢遠位部のピリピリ感) is a symptom', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-04-09'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('S）ストーマの周りがヒリヒリする。')).toEqual([['ヒリヒリ', 'confirmed']]);
    expect(symptoms('四肢遠位部のピリピリ感あり。足先のジンジンなし。')).toEqual([['ピリピリ感', 'confirmed'], ['ジンジン', 'negated']]);
  });
});
describe('from an eighty-third gold set (styles83)', () => {
  it('an operation on a line labelled as planned (予定術式：腹腔鏡下胃全摘術、D2郭清…（10/14予定）) is no procedure; the endoscopy that diagnosed the cancer is', () => {
    const procedures = (text: string) => ofType(run(text, '2026-10-06'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過：2026年7月に上部消化管内視鏡検査で診断。\n予定術式：腹腔鏡下胃全摘術、D2郭清、Roux-en-Y再建（10/14予定）\n手術予定：右上葉切除術')).toEqual([['上部消化管内視鏡検査', '2026-07']]);
  });
  it('a therapy in the parentheses of what is planned (術後補助化学療法（S-1 1年間またはSOX）の予定について説明) is no medication; one given for a year still is', () => {
    const drugs = (text: string) => ofType(run(text, '2026-10-06'), 'medication').map((e) => [e.regimen, e.status ?? null]);
    expect(drugs('説明内容：合併症、術後補助化学療法（S-1 1年間またはSOX）の予定について説明した。')).toEqual([]);
    expect(drugs('2019年 右乳癌術後、術後Tmab 1年。')).toEqual([['Tmab', 'completed']]);
  });
  it('a stop said needless (R-CHOPは中断不要です) and a time counted from the last dose (リツキシマブ最終投与後12か月まで) are no medication events', () => {
    const drugs = (text: string) => ofType(run(text, '2026-02-17'), 'medication').map((e) => [e.regimen, e.status ?? null]);
    expect(drugs('回答：エンテカビルを本日より開始してください。R-CHOPは中断不要です。HBV-DNAは月1回、リツキシマブ最終投与後12か月まで測定してください。')).toEqual([]);
    expect(drugs('発熱性好中球減少症のためR-CHOPは中断した。')).toEqual([['R-CHOP', 'stopped']]);
  });
  it('a pain in general words that is treated (疼痛に対しアセトアミノフェン), after a pain the note named (嚥下時痛), is that pain; with none named before, it is one', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-05-20'), 'symptom').map((e) => e.name);
    expect(symptoms('A）嚥下時痛による摂取量低下。\nP）疼痛に対しアセトアミノフェン定時内服を提案。')).toEqual(['嚥下時痛']);
    expect(symptoms('口腔粘膜炎 Grade 3。疼痛に対しオキシコドン使用中。')).toEqual(['口腔粘膜炎', '疼痛']);
  });
});
describe('from an eighty-fourth gold set (styles84)', () => {
  it('a cancer that opens a field of the patient\'s background (患者背景：前立腺癌（腺癌…）) is a diagnosis; an age there is none', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-08-05'), 'diagnosis').map((e) => [e.name, e.histology ?? null]);
    expect(diagnoses('患者背景：前立腺癌（腺癌、Gleason 4+5=9） 多発骨転移、去勢抵抗性。')).toEqual([['前立腺癌', '腺癌']]);
    expect(diagnoses('患者背景：78歳男性、PS 1、喫煙指数 1200')).toEqual([]);
  });
  it('a day of a stay, counted (（入院3日目）, 入院第5病日), and the kind of record (入院診療録) are no admissions; an emergency admission on a date is one', () => {
    const admissions = (text: string) => ofType(run(text, '2026-03-03'), 'admission').map((e) => e.date?.start ?? null);
    expect(admissions('血液内科　入院診療録　2026/3/3（入院3日目）\n入院第5病日、解熱。')).toEqual([]);
    expect(admissions('3/1 緊急入院。3/2よりR-CODOX-M療法開始。')).toEqual(['2026-03-01']);
  });
  it('a device placed with を between (胆管ステントを留置した, CVポート（右鎖骨下）を留置) is a procedure named with its act, where the dictionary names that placement', () => {
    const procedures = (text: string) => ofType(run(text, '2026-01-20'), 'procedure').map((e) => [e.name, e.detail ?? null, e.evidence?.text ?? null]);
    expect(procedures('2025年3月にEUS-FNAで腺癌と診断、胆管ステントを留置した。')).toEqual([
      ['EUS-FNA', null, 'EUS-FNA'],
      ['胆管ステント留置', null, '胆管ステントを留置'],
    ]);
    expect(procedures('11/5 CVポート（右鎖骨下）を留置。')).toEqual([['CVポート留置', '右鎖骨下', 'CVポート（右鎖骨下）を留置']]);
    // (A procedure's record telling how its own tube went in names no placement the dictionary knows.)
    expect(procedures('手技：経皮経肝胆道ドレナージ（PTBD）\n所見：左肝管より穿刺し、8.5Fr ドレナージチューブを留置した。').map((p) => p[0])).toEqual(['経皮経肝胆道ドレナージ']);
  });
  it('a site joined to a small metastasis (両側肺に微小転移を認めた) is that metastasis, as one joined to many (肺に多発転移) is', () => {
    const metastases = (text: string) => ofType(run(text, '2026-01-20'), 'metastasis').map((e) => [e.sites, e.certainty ?? 'confirmed']);
    expect(metastases('剖検所見：両側肺に微小転移を認めた。')).toEqual([[['PUL'], 'confirmed']]);
    expect(metastases('肝に微小な転移は認めない。')).toEqual([[['HEP'], 'negated']]);
  });
  it('a pressure ulcer (仙骨部の褥瘡) and a fall in urine output (尿量低下, 乏尿) are symptoms', () => {
    const symptoms = (text: string, date: string) => ofType(run(text, date), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('評価：7/28に発見された仙骨部の褥瘡。', '2026-08-05')).toEqual([['褥瘡', '2026-07-28']]);
    expect(symptoms('3/2夜より尿量低下。本日 K 5.9。', '2026-03-03')).toEqual([['尿量低下', '2026-03-02']]);
    expect(symptoms('O）乏尿あり。', '2026-03-03')).toEqual([['乏尿', '2026-03-03']]);
  });
});
describe('from an eighty-fifth gold set (styles85)', () => {
  it('a course on a line labelled as the plan (計画：全乳房照射 42.56Gy/16fr) is no radiotherapy, unless it is said begun there', () => {
    const courses = (text: string) => ofType(run(text, '2026-11-04'), 'radiotherapy').map((e) => [e.doseGy, e.fractions]);
    expect(courses('放射線治療計画記録　2026/11/4\n計画：全乳房照射 42.56Gy/16fr＋腫瘍床ブースト 10.64Gy/4fr（術後照射）\n開始予定：11/10。')).toEqual([]);
    expect(courses('治療計画：全骨盤 50.4Gy/28fr、11/2より照射開始。')).toEqual([[50.4, 28]]);
  });
  it('a variant in parentheses before the call, by name or as a protein change (KRAS変異（G12C）陽性, EGFR：exon19 deletion（E746_A750del）　検出), is read with the call', () => {
    const genes = (text: string) => ofType(run(text, '2026-03-05'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(genes('結果：\n EGFR：exon19 deletion（E746_A750del）　検出\n ALK融合遺伝子：検出されず')).toEqual([
      ['EGFR', 'exon19del', 'positive'],
      ['ALK', null, 'negative'],
    ]);
    expect(genes('KRAS変異（G12C）陽性。EGFR遺伝子変異（exon19欠失）陽性。')).toEqual([
      ['KRAS', 'G12C', 'positive'],
      ['EGFR', 'exon19del', 'positive'],
    ]);
  });
});
describe('from an eighty-sixth gold set (styles86)', () => {
  it('a record titled by its act (CVポート留置術　記録, 骨髄検査報告書) that names the act again in its own words is one procedure, the body\'s', () => {
    const procedures = (text: string) => ofType(run(text, '2026-10-15'), 'procedure').map((e) => e.name);
    expect(procedures('CVポート留置術　記録\n実施日：2026/10/15\n手技：右内頸静脈を穿刺し、右前胸部にCVポートを留置した。')).toEqual(['CVポート留置']);
    expect(procedures('骨髄検査報告書\n検査日：2026/5/8\n採取部位：右後腸骨稜（骨髄穿刺・骨髄生検）')).toEqual(['骨髄穿刺・骨髄生検']);
    // (A title whose act the record does not name again is the record's procedure.)
    expect(procedures('骨髄検査報告書\n検査日：2026/5/8\n芽球 58.4%')).toEqual(['骨髄検査']);
  });
  it('BCG, instilled into the bladder in cancer care, is no medication also when named alone (P）BCG継続); a systemic drug in the same plan still is', () => {
    const drugs = (text: string) => ofType(run(text, '2026-07-22'), 'medication').map((e) => [e.drugs, e.status ?? null]);
    expect(drugs(' 7/1よりBCG膀胱内注入療法（導入 週1回×8回）開始、本日4回目。\nP）BCG継続。')).toEqual([]);
    expect(drugs('P）BCG継続。エンホルツマブ ベドチン継続。')).toEqual([[['enfortumab vedotin'], 'ongoing']]);
  });
  it('oedema around a lesion on imaging (右前頭葉病変の周囲に浮腫あり) is a finding; cystitis after BCG (BCG膀胱炎 Grade 1) is a symptom', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-08-19'), 'symptom').map((e) => e.name);
    expect(symptoms('所見：右前頭葉病変の周囲に浮腫あり。腫瘍周囲の浮腫は軽度。')).toEqual([]);
    expect(symptoms('頭部MRI：小脳に増強効果を示す腫瘍を認め、周囲に浮腫あり。')).toEqual([]);
    // (Around a part of the body it is a sign.)
    expect(symptoms('O）眼周囲の浮腫あり。\nA）BCG膀胱炎 Grade 1。')).toEqual(['浮腫', 'BCG膀胱炎']);
  });
});
describe('from an eighty-seventh gold set (styles87)', () => {
  it('a day field qualified by its examination (精密検査日：令和8年5月20日) dates the lines after it, but not another visit\'s (前回検査日：)', () => {
    const procedureDays = (text: string) => ofType(run(text, '2026-05-28'), 'procedure').map((e) => e.date?.start);
    expect(procedureDays('健診日：令和8年4月14日　便潜血反応：陽性\n精密検査日：令和8年5月20日\n検査方法：全大腸内視鏡検査')).toEqual(['2026-05-20']);
    expect(procedureDays('検査日：令和8年5月20日\n前回検査日：令和7年5月8日\n検査方法：全大腸内視鏡検査')).toEqual(['2026-05-20']);
  });
  it('a screening reply\'s verdict (判定：直腸癌（Ra）) is a diagnosis label; a response assessment (効果判定：) is not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-05-28'), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(diagnoses('生検病理：Group 5、高分化管状腺癌（tub1）\n判定：直腸癌（Ra）')).toEqual([['直腸癌', 'C20']]);
    expect(diagnoses('総合判定：胃癌の疑い')).toEqual([['胃癌', 'C16.9']]);
    expect(diagnoses('効果判定：胃癌 PD')).toEqual([]);
  });
  it('a work-up named 診断 (病期診断のうえ手術予定, 鑑別診断) gives no date to a diagnosis label above it', () => {
    const dates = (text: string) => ofType(run(text, '2026-05-28'), 'diagnosis').map((e) => e.date?.start ?? null);
    expect(dates('精密検査日：令和8年5月20日\n判定：直腸癌（Ra）\n今後の方針：当院外科にて病期診断のうえ手術予定です。')).toEqual([null]);
    // (A line that says the diagnosis still dates it.)
    expect(dates('判定：直腸癌（Ra）\n令和8年5月20日 生検で直腸癌と診断。')).toEqual(['2026-05-20']);
  });
  it('a patient label with no age before the cancer (患者：胃癌…, 患者情報：肺腺癌…) is a label, undated when its line and the note say nothing of the diagnosis; with an age it opens a case', () => {
    const dates = (text: string) => ofType(run(text, '2026-04-28'), 'diagnosis').map((e) => e.date?.start ?? null);
    expect(dates('パス名：腹腔鏡下幽門側胃切除術パス　適用日：2026/4/6\n患者：胃癌（胃体下部、por2） cT2N0M0 cStage I')).toEqual([null]);
    expect(dates('【薬剤管理指導記録】2025/9/30\n患者情報：肺腺癌 cT2bN3M1c StageⅣB')).toEqual([null]);
    expect(dates('記録日：2026/4/6\n患者：72歳男性、胃癌（胃体下部）')).toEqual(['2026-04-06']);
  });
  it('a clinical pathway named for an operation (パス名：腹腔鏡下幽門側胃切除術（LDG）パス) is no procedure; the operation done under it is', () => {
    const procedures = (text: string) => ofType(run(text, '2026-04-28'), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(procedures('パス名：腹腔鏡下幽門側胃切除術（LDG）パス　適用日：2026/4/6\n4/7 手術：腹腔鏡下幽門側胃切除術、D2郭清')).toEqual([['腹腔鏡下幽門側胃切除術、D2郭清', '2026-04-07']]);
    expect(procedures('4/6 TURBTクリニカルパスで入院。')).toEqual([]);
  });
  it('a form with tick boxes: a ticked box (■ 下痢…) opens no heading, and an empty one holds each item it lists (□ 息切れ・咳, □ 皮膚のかゆみ・発疹)', () => {
    const form = '免疫チェックポイント阻害薬 問診票　2026/6/3\n病名：腎細胞癌\n□ 発熱　■ だるさ　□ 息切れ・咳\n■ 下痢（1日4回、水様便）　□ 血便\n□ 皮膚のかゆみ・発疹　□ 口渇・多飲';
    expect(ofType(run(form, '2026-06-03'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null])).toEqual([
      ['発熱', 'negated', '2026-06-03'],
      ['だるさ', 'confirmed', '2026-06-03'],
      ['息切れ', 'negated', '2026-06-03'],
      ['咳', 'negated', '2026-06-03'],
      ['下痢', 'confirmed', '2026-06-03'],
      ['水様便', 'confirmed', '2026-06-03'],
      ['血便', 'negated', '2026-06-03'],
      ['皮膚のかゆみ', 'negated', '2026-06-03'],
      ['発疹', 'negated', '2026-06-03'],
      ['口渇', 'negated', '2026-06-03'],
      ['多飲', 'negated', '2026-06-03'],
    ]);
  });
});
describe('from an eighty-eighth gold set (styles88)', () => {
  it('Ca after an English organ word (Eso Ca, Rectal Ca, Lung CA) is a cancer where the dictionary knows the organ; serum Ca is a salt', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-05-14'), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(diagnoses("Eso Ca (Mt, SCC) cT3N1M0 cStage III\n'26 1/13 入院")).toEqual([['Eso Ca', 'C15.9']]);
    expect(diagnoses('#Rectal Ca\n#Lung CA')).toEqual([
      ['Rectal Ca', 'C20'],
      ['Lung CA', 'C34.9'],
    ]);
    expect(diagnoses('serum Ca 9.8、補正 Ca 10.2')).toEqual([]);
  });
  it('a patient label naming the cancer with its recurrence (患者：子宮体癌（類内膜癌 G3） 術後再発、腹膜播種) is a diagnosis label', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-09'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start ?? null]);
    expect(diagnoses('注射薬 レジメン監査記録（薬剤部）　2026/2/9\n患者：子宮体癌（類内膜癌 G3） 術後再発、腹膜播種')).toEqual([['子宮体癌', 'C54.1', null]]);
    // (An age before it still opens a case, dated by the record.)
    expect(diagnoses('記録日：2026/2/9\n患者：64歳女性、子宮体癌 術後再発')).toEqual([['子宮体癌', 'C54.1', '2026-02-09']]);
  });
  it('a visit template of bracketed fields (【受診日】2026/7/7 … 【評価】 【計画】) dates its assessment and plan by the visit', () => {
    const template = '【受診日】2026/7/7\n【診断】慢性リンパ性白血病（CLL）、TP53変異陽性\n【治療歴】2024/10～ ザヌブルチニブ 160mg 1日2回\n【評価】PR（iwCLL）を維持。\n【計画】ザヌブルチニブ継続。';
    const events = run(template, '2026-07-10');
    expect(ofType(events, 'response').map((e) => e.date?.start ?? null)).toEqual(['2026-07-07']);
    expect(ofType(events, 'medication').map((e) => [e.status, e.date?.start ?? null])).toEqual([
      ['started', '2024-10'],
      ['ongoing', '2026-07-07'],
    ]);
    // (The diagnosis field stays a label: its marker is undated, as under 【病名】.)
    expect(ofType(events, 'biomarker').map((e) => e.date?.start ?? null)).toEqual([null]);
  });
  it('a response\'s evidence leaves out the assessment label opening its line (A）, 【評価】, 効果判定：)', () => {
    const evidence = (text: string) => ofType(run(text, '2026-07-07'), 'response').map((e) => e.evidence?.text);
    expect(evidence('A）IMWG基準でVGPR。')).toEqual(['IMWG基準でVGPR']);
    expect(evidence('【評価】PR（iwCLL）を維持。')).toEqual(['PR']);
    expect(evidence('効果判定：CTで肺転移は縮小しPR。')).toEqual(['CTで肺転移は縮小しPR']);
  });
});
describe('from an eighty-ninth gold set (styles89)', () => {
  it('a course in parentheses after a chain (アミバンタマブ＋CBDCA＋PEM（1コース目 Day1、…）, CDDP 40mg/m2（5コース）) is its course, and a drug of the chain named again inside is a detail', () => {
    const medications = (text: string) => ofType(run(text, '2026-03-16'), 'medication').map((e) => [e.drugs, e.cycles ?? null, e.status ?? null]);
    expect(medications('レジメン：アミバンタマブ＋CBDCA＋PEM（1コース目 Day1、アミバンタマブは分割投与）')).toEqual([[['amivantamab', 'carboplatin', 'pemetrexed'], 1, 'started']]);
    expect(medications('2025/3/3～4/11 CDDP 40mg/m2（5コース）')).toEqual([[['cisplatin'], 5, 'completed']]);
    // (A parenthesis of doses stays with the chain.)
    expect(medications('CBDCA(AUC5)+ETP(100mg/m2) 2コース目')).toEqual([[['carboplatin', 'etoposide'], 2, 'ongoing']]);
  });
  it('a line label N次： opening a history row (1次：2025/12～2026/6 GC＋デュルバルマブ 8コース) writes the line, as 1次治療： does; a screening\'s 1次検診 does not', () => {
    const lines = (text: string) => ofType(run(text, '2026-09-01'), 'medication').map((e) => e.line ?? null);
    expect(lines('1次：2025/12～2026/6 GC＋デュルバルマブ 8コース → PD\n2次：2026/7/7よりフチバチニブ 20mg 開始。')).toEqual([1, 2]);
    expect(lines('1次検診後、2026/7/7よりフチバチニブ 20mg 開始。')).toEqual([null]);
  });
  it('a verb in a later clause with its own object (フチバチニブ継続、セベラマー開始) is not the chain\'s status; a count of courses there is the chain\'s (…を開始し、4コース終了)', () => {
    const statuses = (text: string) => ofType(run(text, '2026-09-01'), 'medication').map((e) => [e.status ?? null, e.cycles ?? null]);
    expect(statuses('P）フチバチニブ継続、セベラマー開始。')).toEqual([['ongoing', null]]);
    expect(statuses('P）オシメルチニブ継続、制吐剤を開始。')).toEqual([['ongoing', null]]);
    expect(statuses('2026年3月にイピリムマブ＋ニボルマブを開始し、4コース終了。')).toEqual([['completed', 4]]);
  });
  it('prostate cancer named by its hormone state (Dx: mHSPC, mCRPC) is a diagnosis; CRPCと判断 after 前立腺癌 is no second one', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-08-25'), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(diagnoses('Uro f/u 2026/8/25\nDx: mHSPC (Gleason 4+5, high volume)')).toEqual([['mHSPC', 'C61']]);
    expect(diagnoses('#前立腺癌 cT3bN1M1b\nR6.9 PSA 0.2→3.8と上昇、CRPCと判断')).toEqual([['前立腺癌', 'C61']]);
  });
  it('a site added with + after English mets and no mets word of its own (multiple bone mets + LN) is of that mention; one with its own (brain mets + lung mets) is not', () => {
    const sites = (text: string) => ofType(run(text, '2026-08-25'), 'metastasis').map((e) => e.sites);
    expect(sites('Dx: mHSPC (Gleason 4+5, high volume: multiple bone mets + LN)')).toEqual([['LYM', 'OSS']]);
    expect(sites('CT: brain mets + lung mets')).toEqual([['BRA'], ['PUL']]);
  });
  it('a gene\'s insertion (EGFR exon20挿入変異) is no procedure; a device inserted is one', () => {
    const procedures = (text: string) => ofType(run(text, '2026-03-16'), 'procedure').map((e) => e.name);
    expect(procedures('対象：肺腺癌 cT4N2M1c StageⅣB、EGFR exon20挿入変異')).toEqual([]);
    expect(procedures('3/10 胃管挿入。')).toEqual(['胃管挿入']);
  });
  it('the day between a device and its placement with no particle (CVポート 4/3 留置済み) is when it was placed', () => {
    const days = (text: string) => ofType(run(text, '2026-04-06'), 'procedure').map((e) => e.date?.start ?? null);
    expect(days('化学療法オリエンテーション記録　2026/4/6\n確認：CVポート 4/3 留置済み。妊孕性温存について説明済み。')).toEqual(['2026-04-03']);
    expect(days('記録　2026/4/6\n腹水穿刺を4/2に施行。')).toEqual(['2026-04-02']);
  });
  it('a symptom only supposed (「しびれが出たら仕事が心配」, 発熱があれば連絡) is none; 胸部不快感 and hot flash (+) are symptoms', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-04-06'), 'symptom').map((e) => e.name);
    expect(symptoms('本人より「しびれが出たら仕事が心配」と発言あり。発熱があれば連絡するよう説明。')).toEqual([]);
    expect(symptoms('10:45 悪寒、胸部不快感出現。\nNow: hot flash (+)。')).toEqual(['悪寒', '胸部不快感', 'hot flash']);
  });
});

describe('from a ninetieth gold set (styles90)', () => {
  it('a dated row whose category cell says 診断 (2025/04/10,診断,右乳癌…) dates its cancer, in CSV, pipe or tab cells; a row of another category does not make one', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-12'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('日付,区分,内容\n2025/04/10,診断,右乳癌（浸潤性乳管癌） cT2N1M0 cStage IIB,ER 90%')).toEqual([['乳癌', '2025-04-10']]);
    expect(diagnoses('| 2025/04/10 | 診断 | 右乳癌（浸潤性乳管癌） cT2N1M0 |')).toEqual([['乳癌', '2025-04-10']]);
    expect(diagnoses('2025/04/10\t診断\t右乳癌（浸潤性乳管癌） cT2N1M0')).toEqual([['乳癌', '2025-04-10']]);
    expect(diagnoses('日付,区分,内容\n2025/04/10,紹介,右乳癌 cT2N1M0 疑いにて')).toEqual([]);
  });
  it('a subject label opening a case with an age (対象：70代男性、膵体部癌 cT4N1M1…) states the cancer, dated as a case opening under a dated title; 対象： with no age before a prose cancer does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-10-02'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('多職種カンファレンス議事録 2026/10/2\n対象：70代男性、膵体部癌 cT4N1M1 StageⅣ（肝転移）')).toEqual([['膵体部癌', '2026-10-02']]);
    expect(diagnoses('多職種カンファレンス議事録 2026/10/2\n対象：外来通院中、膵体部癌の既往あり')).toEqual([]);
  });
  it('a light shone (レーザ光照射施行, photoimmunotherapy\'s laser) is a procedure, not radiotherapy; 全脳照射を施行 stays radiotherapy; an endoscopy reporting after one is still done', () => {
    const found = (text: string) => run(text, '2026-06-18').filter((e) => e.type === 'procedure' || e.type === 'radiotherapy').map((e) => [e.type, e.type === 'procedure' ? e.name : null]);
    expect(found('本日（投与後22時間）全身麻酔下に穿刺針を留置しレーザ光照射施行。')).toEqual([['procedure', 'レーザ光照射']]);
    expect(found('2026/5/10 全脳照射を施行。')).toEqual([['radiotherapy', null]]);
    // (A bronchoscopy reporting after the laser done before is the day's procedure, the laser a back-reference.)
    expect(found('1986/1/10\n気管支鏡：Nd-YAGレーザー照射後、気管狭窄は改善傾向。')).toEqual([['procedure', '気管支鏡']]);
  });
  it('a numbered remission (→ CR1, → CR2) is a complete response, each at its line\'s start, its evidence the category (as the gold\'s); CR2 restated in a status field is no second one; a bullet opening the line is not its evidence', () => {
    const responses = (text: string) => ofType(run(text, '2026-09-10'), 'response').map((e) => [e.code, e.date?.start ?? null, e.evidence?.text]);
    expect(responses('【治療歴】\n・2024/11～2025/4 寛解導入・地固め → CR1\n・2026/3 骨髄再発\n・2026/4/6～ イノツズマブ オゾガマイシン 2コース → CR2（MRD陰性）\n【現在の病期】CR2')).toEqual([
      ['CR', '2024-11', 'CR1'],
      ['CR', '2026-04-06', 'CR2'],
    ]);
    // (Not a longer code: CR10, CRP.)
    expect(responses('2026/9/1 CRP 0.3、CR10 と記載')).toEqual([]);
  });
  it('a regimen with no verb after a day it was given from (2025/11よりGnP 1次治療、…) was started then; one planned is none', () => {
    const medications = (text: string) => ofType(run(text, '2026-10-02'), 'medication').map((e) => [e.drugs, e.line ?? null, e.status ?? null, e.date?.start ?? null]);
    expect(medications('経過：2025/11よりGnP 1次治療、2026/8 CTでPD。')).toEqual([[['gemcitabine', 'paclitaxel'], 1, 'started', '2025-11']]);
    expect(medications('経過：2026/11よりGnP 1次治療の予定。')).toEqual([]);
  });
  it('a regimen on a history row after its date alone, no verb (前治療：2023年 CRT（CDDP＋RT 70Gy/35fr）, ・2024/8 GnP), was given; one dated after the note is not', () => {
    const medications = (text: string) => ofType(run(text, '2026-06-18'), 'medication').map((e) => [e.drugs, e.date?.start ?? null]);
    expect(medications('前治療：2023年 CRT（CDDP＋RT 70Gy/35fr）、2025/3～2026/4 ペムブロリズマブ → PD')).toEqual([[['cisplatin'], '2023'], [['pembrolizumab'], '2025-03']]);
    expect(medications('治療経過\n・2024/8 GnP\n・2025/3 PD')).toEqual([[['gemcitabine', 'paclitaxel'], '2024-08']]);
    expect(medications('治療経過\n・2026/12 GnP')).toEqual([]);
  });
  it('a line labelled with what is planned (【前処置予定】TBI 12Gy/6fr＋CY, 移植予定日：…) lists what is to come; a dose on a line labelled 前処置： was given', () => {
    const found = (text: string) => run(text, '2026-09-10').filter((e) => e.type === 'radiotherapy').map((e) => e.type === 'radiotherapy' ? e.doseGy : null);
    expect(found('同種移植 前評価表　2026/9/10\n【前処置予定】TBI 12Gy/6fr＋CY')).toEqual([]);
    expect(found('移植サマリー\n【前処置】2026/9/1～ TBI 12Gy/6fr＋CY')).toEqual([12]);
  });
  it('a procedure with 前 after it apart (同種造血幹細胞移植 前評価表, 右上葉切除術 前検査) names what comes before it, not the procedure done', () => {
    const procedures = (text: string) => ofType(run(text, '2026-09-10'), 'procedure').map((e) => e.name);
    expect(procedures('同種造血幹細胞移植 前評価表　2026/9/10\n【疾患】急性骨髄性白血病')).toEqual([]);
    expect(procedures('右上葉切除術 前検査で異常なし。')).toEqual([]);
    expect(procedures('2026/9/1 右上葉切除術 施行。')).toEqual(['上葉切除術']);
  });
  it('疾患： and 疾患名： label a diagnosis, as 病名： does; 基礎疾患： does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-09-10'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('評価表　2026/9/10\n疾患：B細胞性急性リンパ性白血病（Ph陰性）')).toEqual(['B細胞性急性リンパ性白血病']);
    expect(diagnoses('評価表　2026/9/10\n疾患名：膵体部癌')).toEqual(['膵体部癌']);
    expect(diagnoses('評価表　2026/9/10\n基礎疾患：高血圧、糖尿病')).toEqual([]);
  });
  it('a diagnosis-day field in brackets (【診断日】2024/11/5) dates the diagnosis above it, as 診断日： does', () => {
    const dates = (text: string) => ofType(run(text, '2026-09-10'), 'diagnosis').map((e) => e.date?.start ?? null);
    expect(dates('同種造血幹細胞移植 前評価表　2026/9/10\n【疾患】B細胞性急性リンパ性白血病（Ph陰性）\n【診断日】2024/11/5\n【治療歴】')).toEqual(['2024-11-05']);
    expect(dates('評価表　2026/9/10\n疾患：B細胞性急性リンパ性白血病\n診断日：2024/11/5')).toEqual(['2024-11-05']);
  });
});

describe('from a ninety-first gold set (styles91)', () => {
  it('talquetamab under its Japanese approved name トアルクエタマブ and as タルクエタマブ, as clinicians say it', () => {
    const medications = (text: string) => ofType(run(text, '2026-08-04'), 'medication').map((e) => [e.drugs, e.line ?? null, e.status ?? null]);
    expect(medications('- 4th: タルクエタマブ 2026-06-02〜\n## 方針\n- タルクエタマブ継続')).toEqual([[['talquetamab'], 4, 'started'], [['talquetamab'], 4, 'ongoing']]);
    expect(medications('2026/6/2よりトアルクエタマブ開始。')).toEqual([[['talquetamab'], null, 'started']]);
  });
  it('a Markdown heading naming a SOAP part alone on its line (## 方針, ## 評価) opens that part of today\'s visit, as 【方針】 does', () => {
    const dated = (text: string) => ofType(run(text, '2026-08-04'), 'medication').map((e) => [e.status ?? null, e.date?.start ?? null]);
    expect(dated('# 血液内科 外来 2026-08-04\n## 治療歴\n- 4th: タルクエタマブ 2026-06-02〜\n## 方針\n- タルクエタマブ継続')).toEqual([['started', '2026-06-02'], ['ongoing', '2026-08-04']]);
  });
  it('背景： (also with a note in parentheses, 背景（カルテより）：) labels the diagnosis, as 患者背景： does; 背景肝： does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-10'), 'diagnosis').map((e) => [e.name, e.laterality ?? null]);
    expect(diagnoses('【看護師返信】2026/11/10 09:30\n背景（カルテより）：左乳癌術後 多発肝転移、HER2陽性（IHC 3+）。')).toEqual([['乳癌', 'left']]);
    expect(diagnoses('背景肝：慢性肝炎、肝細胞癌の既往あり')).toEqual([]);
  });
  it('a label\'s cancer is dated by a day on its line said to confirm it (…、2025/12/10 子宮内膜全面掻爬術で確定), as by one said to diagnose it', () => {
    const dates = (text: string) => ofType(run(text, '2026-07-15'), 'diagnosis').map((e) => e.date?.start ?? null);
    expect(dates('婦人科 経過表\n診断：子宮体癌（類内膜癌 G1）、2025/12/10 子宮内膜全面掻爬術で確定')).toEqual(['2025-12-10']);
    expect(dates('婦人科 経過表\n診断：子宮体癌（類内膜癌 G1）、2025/12/10 MRI予定')).toEqual([null]);
  });
  it('皮膚の落屑 and 落屑 (skin peeling, as on talquetamab) are symptoms', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-08-04'), 'symptom').map((e) => e.name);
    expect(symptoms('## 今回\n- 味覚障害 G2、皮膚の落屑あり、爪の変化あり')).toEqual(['味覚障害', '皮膚の落屑', '爪の変化']);
    expect(symptoms('S) 手掌の落屑あり。')).toEqual(['落屑']);
  });
});

describe('from a ninety-second gold set (styles92)', () => {
  it('when a drug is taken (空腹時, 食後, 就寝前, 連日) is part of its schedule, so the range in parentheses after it dates it', () => {
    const medications = (text: string) => ofType(run(text, '2026-06-30'), 'medication').map((e) => [e.drugs, e.status ?? null, e.date?.start ?? null]);
    expect(medications('処方：チラブルチニブ 480mg 1日1回 空腹時（2025/11/4～）')).toEqual([[['tirabrutinib'], 'started', '2025-11-04']]);
    expect(medications('処方：カペシタビン 1800mg 1日2回 朝夕食後（2026/5/7～）')).toEqual([[['capecitabine'], 'started', '2026-05-07']]);
  });
  it('Waldenström macroglobulinaemia in its Japanese spellings (ワルデンシュトレーム/ワルデンストレーム/ワルデンストローム…) is C88.0; MYD88 L265P is a gene call', () => {
    const found = (text: string) => run(text, '2026-06-30').filter((e) => e.type === 'diagnosis' || e.type === 'biomarker').map((e) => e.type === 'diagnosis' ? [e.name, e.icd10] : e.type === 'biomarker' ? [e.name, e.variant, e.result] : []);
    expect(found('対象：ワルデンストレームマクログロブリン血症（MYD88 L265P陽性）')).toEqual([['ワルデンストレームマクログロブリン血症', 'C88.0'], ['MYD88', 'L265P', 'positive']]);
    expect(found('#ワルデンシュトレームマクログロブリン血症')).toEqual([['ワルデンシュトレームマクログロブリン血症', 'C88.0']]);
  });
  it('a gene call restated without the variant told before (RET M918T陽性 … RET陽性なので) is that result, no second event; a re-test is one', () => {
    const markers = (text: string) => ofType(run(text, '2026-03-18'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(markers('甲状腺髄様癌（RET M918T陽性、体細胞）の患者さんです。\nRET陽性なのでセルペルカチニブがよいと思います。')).toEqual([['RET', 'M918T', 'positive']]);
    expect(markers('EGFR L858R陽性。\n再生検でEGFR陽性、T790M陰性。')).toEqual([['EGFR', 'L858R', 'positive'], ['EGFR', null, 'positive'], ['EGFR', 'T790M', 'negative']]);
  });
  it('出血傾向 is a symptom of its own (出血傾向なし negates it), not 出血 with more after it', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-06-30'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('副作用：出血傾向なし、動悸なし。')).toEqual([['出血傾向', 'negated'], ['動悸', 'negated']]);
  });
});

describe('from a ninety-third gold set (styles93)', () => {
  it('MSI-High named as the test, then not detected (MSI-High：検出されず, MSI-H: not detected), is a negative call', () => {
    const markers = (text: string) => ofType(run(text, '2026-04-02'), 'biomarker').map((e) => [e.name, e.result]);
    expect(markers('TMB：4 Muts/Mb（TMB-Low）　MSI-High：検出されず')).toEqual([['TMB', 'negative'], ['MSI', 'negative']]);
    expect(markers('MSI-H: not detected')).toEqual([['MSI', 'negative']]);
    expect(markers('MSI-High：検出')).toEqual([['MSI', 'positive']]);
  });
  it('a drug with its own dates in parentheses ends its chain: クリゾチニブ（2023/9～2025/2、PR→PD）、エントレクチニブ（…） are two courses', () => {
    const medications = (text: string) => ofType(run(text, '2026-04-02'), 'medication').map((e) => [e.drugs, e.date?.start ?? null, e.date?.end ?? null]);
    expect(medications('治療歴：クリゾチニブ（2023/9～2025/2、PR→PD）、エントレクチニブ（2025/3～2026/2、PD）')).toEqual([
      [['crizotinib'], '2023-09', '2025-02'],
      [['entrectinib'], '2025-03', '2026-02'],
    ]);
    expect(medications('2025/3～ CBDCA（AUC5）、PTX（200mg/m2）施行')).toEqual([[['carboplatin', 'paclitaxel'], '2025-03', null]]);
  });
  it('a recurrence said to be confirmed (…の再発と確定) is stated, as …と診断 is; a dated line opening with the site it came back at (令7.11.17 左鼡径部に再発、…) states one', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-07-08'), 'diagnosis').filter((e) => e.name === '再発').map((e) => e.date?.start ?? null);
    expect(recurrences('経過：2023/10 CTで右胸膜播種を指摘、胸腔鏡下胸膜生検でtype B2の再発と確定。')).toEqual(['2023-10']);
    expect(recurrences('令7.11.17 左鼡径部に再発、針生検で確定。')).toEqual(['2025-11-17']);
    expect(recurrences('2023/10 手術時に再発予防について説明。')).toEqual([]);
  });
  it('a case opened on a conference slide after its number (スライド1　症例：62歳男性　胸腺腫…) opens it as without the number', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-07-08'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start ?? null]);
    expect(diagnoses('合同カンファレンス 2026/7/8 発表スライド\nスライド1　症例：62歳男性　胸腺腫（WHO type B2）　正岡分類 III期')).toEqual([['胸腺腫', 'C37', '2026-07-08']]);
    expect(diagnoses('Slide 2: 70M, 胸腺癌 (squamous)')).toEqual([['胸腺癌', 'C37', null]]);
  });
  it('PRETEXT (the hepatoblastoma staging system) writes a stage, its system named: PRETEXT III', () => {
    const stages = (text: string) => ofType(run(text, '2026-11-10'), 'staging').map((e) => [e.stage, e.system ?? null]);
    expect(stages('病名：肝芽腫（PRETEXT III、肺転移あり）')).toEqual([['III', 'PRETEXT']]);
    expect(stages('肝芽腫 PRETEXT分類 II')).toEqual([['II', 'PRETEXT']]);
  });
  it('a date after a response told after the courses (FP＋ペムブロリズマブ 4コース後PD（2026/5）) dates the response, not the course; a range there is still the course\'s', () => {
    const dated = (text: string) => run(text, '2026-09-29').filter((e) => e.type === 'medication' || e.type === 'response').map((e) => [e.type, e.date?.start ?? null, e.date?.end ?? null]);
    expect(dated('経過：2025/12 縦隔リンパ節再発、FP＋ペムブロリズマブ 4コース後PD（2026/5）。')).toEqual([['medication', '2025-12', null], ['response', '2026-05', null]]);
    expect(dated('2025/1 GnP 6コース PR（2025/3～2025/9）')).toEqual([['medication', '2025-03', '2025-09'], ['response', '2025-03', null]]);
  });
  it('a fusion with its partner written against the gene (CD74-ROS1 fusion, KIF5B-RET fusion detected, EML4-ALK融合遺伝子陽性) has the pair as its variant, and in a list of findings it was found; fusion is a call\'s word as 融合 is', () => {
    const markers = (text: string) => ofType(run(text, '2026-04-02'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result, e.evidence!.text]);
    expect(markers('結果：\n  CD74-ROS1 fusion　VAF 3.2%\n  TP53 R273H　VAF 4.5%')).toEqual([['ROS1', 'CD74-ROS1', 'positive', 'CD74-ROS1 fusion'], ['TP53', 'R273H', 'positive', 'TP53 R273H']]);
    expect(markers('KIF5B-RET fusion detected')).toEqual([['RET', 'KIF5B-RET', 'positive', 'KIF5B-RET fusion detected']]);
    expect(markers('EML4-ALK融合遺伝子陽性')).toEqual([['ALK', 'EML4-ALK', 'positive', 'EML4-ALK融合遺伝子陽性']]);
    expect(markers('ROS1 fusion negative')).toEqual([['ROS1', null, 'negative', 'ROS1 fusion negative']]);
    expect(markers('ALK fusion testing pending')).toEqual([]);
  });
  it('a question sheet\'s × after a symptom (発熱 ×　食欲不振 ○, 皮疹（×）) denies it; × before a count (下痢×3回/日) does not', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-09-29'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('問診：発熱 ×　食欲不振 ○（軽度）　皮疹（×）')).toEqual([['発熱', 'negated'], ['食欲不振', 'confirmed'], ['皮疹', 'negated']]);
    expect(symptoms('下痢×3回/日')).toEqual([['下痢', 'confirmed']]);
  });
  it('聴力低下 and 難聴 (one symptom, hearing loss, as after cisplatin) and 耳鳴り/耳鳴 are symptoms', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-10'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('聴力低下（シスプラチンの副作用）があるため前方の席をお願いします。耳鳴なし。')).toEqual([['聴力低下', 'confirmed'], ['耳鳴', 'negated']]);
    expect(symptoms('潜行性の聴力低下あり。聴力検査にて右感音難聴を認める。')).toEqual([['聴力低下', 'confirmed']]);
  });
  it('a lump the patient came to hospital with (腹部腫瘤で受診し, しこりを主訴に来院) is a symptom; one imaging shows is none', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-10'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('経過：令和7年5月に腹部腫瘤で受診し、肝腫瘍生検で肝芽腫と診断されました。')).toEqual([['腹部腫瘤', '2025-05']]);
    expect(symptoms('CTで腹部腫瘤を認めた。')).toEqual([]);
  });
});

describe('from a ninety-fourth gold set (styles94)', () => {
  it('a printout with line numbers reads as without them: its #heading is a heading, undated under a dated title', () => {
    const found = (text: string) => run(text, '2026-06-15').filter((e) => e.type === 'biomarker' || e.type === 'medication').map((e) => [e.type, e.date?.start ?? null]);
    expect(found('0001 【経過記録】小児外科　2026/06/15\n0002 #乳児型線維肉腫（左大腿、ETV6-NTRK3融合遺伝子陽性）\n0003 2025/12/22 ラロトレクチニブ 開始。')).toEqual([['biomarker', null], ['medication', '2025-12-22']]);
  });
  it('a case abstract punctuated with ． and ， (…を行い，…を開始した．２０２５年１０月，…) is read in its sentences: a date in the next sentence dates nothing before it', () => {
    const dated = (text: string) => run(text, '2026-05-20').filter((e) => e.type === 'medication' || e.type === 'radiotherapy').map((e) => [e.type, e.date?.start ?? null]);
    expect(dated('２０２３年９月に左乳房全切除術を施行した．術後は胸壁に５０Ｇｙ／２５ｆｒの照射を行い，アナストロゾールを開始した．２０２５年１０月，骨転移が出現した．')).toEqual([['radiotherapy', '2023-09'], ['medication', '2023-09']]);
  });
  it('a cancer is diagnosed by a cue past a long parenthesis detailing it (左乳癌（浸潤性乳管癌、ER 90%、PgR 40%、HER2 1+）cT2N1M0 Stage IIBと診断された)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-05-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('症例は48歳女性。2023年2月、左乳癌（浸潤性乳管癌、ER 90%、PgR 40%、HER2 1+）cT2N1M0 Stage IIBと診断された。')).toEqual([['乳癌', '2023-02']]);
    expect(diagnoses('2023年2月、検診で左乳癌（浸潤性乳管癌、ER 90%、PgR 40%、HER2 1+）の既往を確認した。')).toEqual([]);
  });
  it('the mismatch-repair genes are biomarkers as variants found (MLH1 病的バリアント陽性), not as proteins stained (MLH1(+), MLH1/PMS2陰性: what dMMR/pMMR sums up)', () => {
    const markers = (text: string) => ofType(run(text, '2026-03-03'), 'biomarker').map((e) => [e.name, e.result]);
    expect(markers('生殖細胞系列検査：MLH1 病的バリアント陽性（2026/2/17 結果説明）→ リンチ症候群と診断。')).toEqual([['MLH1', 'positive']]);
    expect(markers('MSH2 病的バリアント検出せず')).toEqual([['MSH2', 'negative']]);
    expect(markers('免疫組織化学：MLH1(+), PMS2(+), MSH2(+), MSH6(+)、ミスマッチ修復機能欠損なし（pMMR）。')).toEqual([['MSI', 'negative']]);
    expect(markers('IHC：MLH1/PMS2陰性、MSH2/MSH6陽性')).toEqual([]);
  });
  it('a patient\'s memo dates by 去年 and おととし as by 昨年 (去年の秋に腹膜に転移…、10月から…)', () => {
    const dated = (text: string) => run(text, '2026-08-04').filter((e) => e.type === 'metastasis' || e.type === 'medication').map((e) => [e.type, e.date?.start ?? null]);
    expect(dated('・2024年5月に手術を受けました。\n・去年の秋に腹膜に転移していると言われ、10月からTS-1を始めました。')).toEqual([['metastasis', '2025'], ['medication', '2025-10']]);
  });
  it('a cancer found, as a patient writes it (胃がんが見つかりました), is diagnosed; one that might be found (見つかったら) is not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-08-04'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('持参メモ\n・おととし（2024年）の春、健診の胃カメラで胃がんが見つかりました。')).toEqual([['胃がん', '2024']]);
    expect(diagnoses('説明：\n検査で胃がんが見つかったら手術です。')).toEqual([]);
  });
  it('a drug taken by mouth, told in the past in plain words (TS-1という飲み薬を飲みました, 飲んでいました), was given and is over; 飲んでいます is under way', () => {
    const statuses = (text: string) => ofType(run(text, '2026-08-04'), 'medication').map((e) => [e.drugs.length, e.status ?? null]);
    expect(statuses('・手術のあと1年間、TS-1という飲み薬を飲みました。')).toEqual([[3, 'completed']]);
    expect(statuses('・TS-1を飲んでいました。')).toEqual([[3, 'completed']]);
    expect(statuses('・TS-1を毎日飲んでいます。')).toEqual([[3, 'ongoing']]);
  });
  it('how a drug is given, said in plain words before the next drug (オキサリプラチンの点滴とTS-1、オプジーボ; S-1の内服とCDDPの点滴), keeps one regimen', () => {
    const medications = (text: string) => ofType(run(text, '2026-08-04'), 'medication').map((e) => [e.drugs, e.status ?? null]);
    expect(medications('10月からオキサリプラチンの点滴とTS-1、オプジーボを始めました。')).toEqual([[['gimeracil', 'nivolumab', 'oteracil', 'oxaliplatin', 'tegafur'], 'started']]);
    expect(medications('S-1の内服とCDDPの点滴を開始。')).toEqual([[['cisplatin', 'gimeracil', 'oteracil', 'tegafur'], 'started']]);
    expect(medications('オキサリプラチンの点滴を始めました。')).toEqual([[['oxaliplatin'], 'started']]);
  });
  it('a lump the patient was referred with names the department or hospital between (左大腿腫瘤にて当科紹介)', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-06-15'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('2025/12/3 左大腿腫瘤にて当科紹介。MRIで12cm大の腫瘤。')).toEqual([['腫瘤', '2025-12-03']]);
    expect(symptoms('2025/12/3 腹部腫瘤で当院を受診。')).toEqual([['腹部腫瘤', '2025-12-03']]);
  });
});

describe('from a ninety-fifth gold set (styles95)', () => {
  it('the spellings speech recognition and hurried typing give pembrolizumab (ペンブロリズマブ, キートルーダ) and BRAF (ブラフ) are read', () => {
    const found = (text: string) => run(text, '2026-04-14').filter((e) => e.type === 'medication' || e.type === 'biomarker').map((e) => (e.type === 'medication' ? e.drugs.join() : e.type === 'biomarker' ? `${e.name} ${e.result}` : ''));
    expect(found('ブラフ変異なし。\n2025年8月から術後補助療法としてペンブロリズマブ 開始。\n本日 キートルーダ 11回目 投与。')).toEqual(['BRAF negative', 'pembrolizumab', 'pembrolizumab']);
  });
  it('a 診断： field after the label\'s cancer on its line dates it (原疾患：肝内胆管癌（…）　診断：2023年4月); 病理診断： does not name such a field', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-07-07'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('緩和ケア病棟 入院相談票\n原疾患：肝内胆管癌（cT3N1M1、多発肺転移、骨転移）　診断：2023年4月')).toEqual([['肝内胆管癌', '2023-04']]);
    expect(diagnoses('緩和ケア病棟 入院相談票\n原疾患：肝内胆管癌　病理診断：2023年4月')).toEqual([['肝内胆管癌', null]]);
  });
  it('what a nursing care plan watches for is no finding: #1 …悪心・嘔吐のリスク, 悪心・嘔吐の有無, the items of O-P：; a symptom it states is one', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-02-24'), 'symptom').map((e) => e.name);
    expect(symptoms('#1 化学療法に伴う悪心・嘔吐のリスク\n　O-P：悪心・嘔吐の有無、食事摂取量\n#2 アレルギー反応のリスク\n　O-P：皮膚症状、呼吸困難感\n#3 末梢神経障害\n　現在 手指のしびれ G1 あり。')).toEqual(['末梢神経障害', 'しびれ']);
  });
});

describe('from a ninety-sixth gold set (styles96)', () => {
  it('a course given for a time (術後Tmab 1年) is over, but one planned for a time (CAPOX 3か月を予定) is no event', () => {
    const statuses = (text: string) => ofType(run(text, '2026-06-26'), 'medication').map((e) => [e.regimen, e.status ?? null]);
    expect(statuses('術後補助化学療法としてCAPOX 3か月を予定。')).toEqual([]);
    expect(statuses('術後補助化学療法としてCAPOXを6か月の予定。')).toEqual([]);
    expect(statuses('2019年 右乳癌術後、術後Tmab 1年。')).toEqual([['Tmab', 'completed']]);
  });
  it('a cancer suspected in running text (子宮体癌の可能性があり, 肺癌が強く疑われる) is a suspected diagnosis; a risk explained, one set aside, a histology, or one already known is not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-01-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(diagnoses('本日の経腟超音波で子宮内膜肥厚を認めました。子宮内膜増殖症ないし子宮体癌の可能性があり、内膜全面掻爬術を予定しております。')).toEqual([['子宮体癌', 'suspected', '2026-01-20']]);
    expect(diagnoses('A/P 左肺上葉の結節性病変を認め、肺腺癌が強く疑われる。')).toEqual([['肺腺癌', 'suspected', '2026-01-20']]);
    expect(diagnoses('再検の結果を待つ。肺癌の可能性について説明した。')).toEqual([]);
    expect(diagnoses('経過から肺癌の可能性は低い。')).toEqual([]);
    expect(diagnoses('ROSEで腺癌が疑われる。')).toEqual([]);
    expect(diagnoses('#肺がん\n画像上、肺がんが強く疑われる。')).toEqual([['肺がん', 'confirmed', null]]);
  });
  it('現状： heading a summary\'s last lines is the day it is written, as 現在： is, not the last history row above it', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-10-02'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms("治療歴\n'26.5 腹腔穿刺（CART）\n現状：食欲低下、倦怠感あり。")).toEqual([['食欲低下', '2026-10-02'], ['倦怠感', '2026-10-02']]);
  });
  it('an onset told after the symptom (不正出血は1月上旬より, 咳嗽が12月中旬から) dates it, as one told before does; a date later in the sentence that is no onset does not', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-01-20'), 'symptom').map((e) => [e.name, e.date?.start ?? null, e.date?.part ?? null]);
    expect(symptoms('本日受診。不正出血は1月上旬より少量持続しています。')).toEqual([['不正出血', '2026-01', 'early']]);
    expect(symptoms('本日受診。咳嗽が12月中旬から続く。')).toEqual([['咳嗽', '2025-12', 'mid']]);
    expect(symptoms('本日受診。咳嗽は続いており、1月10日からデキストロメトルファンを内服。')).toEqual([['咳嗽', '2026-01-20', null]]);
  });
});

describe('from a ninety-seventh gold set (styles97)', () => {
  it('receptor and HER2 calls in English or with their share after the call (ER positive (95%), ER陽性（90%）, HER2: negative), and an ISH after an IHC 2+ however written (by IHC, ISH not amplified; （ISH法で増幅なし）)', () => {
    const markers = (text: string) => ofType(run(text, '2026-02-17'), 'biomarker').map((e) => [e.name, e.result, e.value ?? null]);
    expect(markers('Biomarkers: ER positive (95%), PgR positive (40%), HER2 2+ by IHC, ISH not amplified (HER2/CEP17 ratio 1.3): HER2 negative. Ki-67 25%.')).toEqual([
      ['ER', 'positive', '95%'],
      ['PgR', 'positive', '40%'],
      ['HER2', 'negative', '2+'],
      ['Ki-67', 'unknown', '25%'],
    ]);
    expect(markers('ER陽性（90%）、PgR陰性（0%）、HER2 2+（ISH法で増幅なし）')).toEqual([['ER', 'positive', '90%'], ['PgR', 'negative', '0%'], ['HER2', 'negative', '2+']]);
    expect(markers('ER: Positive, HER2: negative')).toEqual([['ER', 'positive', null], ['HER2', 'negative', null]]);
    expect(markers('HER2 2+, ISH amplified')).toEqual([['HER2', 'positive', '2+']]);
  });
  it('English diagnosis labels name the cancer (Clinical history:, Clinical diagnosis:, Pathological diagnosis:), and a side written before an English name is its laterality (Left breast cancer)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-17'), 'diagnosis').map((e) => [e.name, e.laterality ?? null]);
    expect(diagnoses('SURGICAL PATHOLOGY REPORT\nReceived: 2026-02-10\nClinical history: Left breast cancer, cT2N0M0. No neoadjuvant therapy.')).toEqual([['breast cancer', 'left']]);
    expect(diagnoses('Referral\nClinical diagnosis: Right lung adenocarcinoma')).toEqual([['lung adenocarcinoma', 'right']]);
    expect(diagnoses('Referral\nFamily history: breast cancer (mother)')).toEqual([]);
  });
  it('an English pathology report\'s nodes with cancer in them are a lymph-node metastasis (Sentinel lymph nodes: metastatic carcinoma in 1 of 3 nodes; metastatic adenocarcinoma in 2/15 lymph nodes, no date); none in 0 of 12 is none', () => {
    const mets = (text: string) => ofType(run(text, '2026-02-17'), 'metastasis').map((e) => [e.sites.join(), e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(mets('Received: 2026-02-10\nSentinel lymph nodes: metastatic carcinoma in 1 of 3 nodes (macrometastasis, 4 mm).')).toEqual([['LYM', 'confirmed', '2026-02-10']]);
    expect(mets('Received: 2026-02-10\nRegional lymph nodes (level I): metastatic adenocarcinoma in 2/15 lymph nodes.')).toEqual([['LYM', 'confirmed', '2026-02-10']]);
    expect(mets('Metastatic carcinoma in one sentinel lymph node.')).toEqual([['LYM', 'confirmed', null]]);
    expect(mets('Lymph nodes: metastatic carcinoma in 0 of 12 nodes.')).toEqual([]);
  });
  it('English procedures joined by with/and are one session (total mastectomy with sentinel lymph node biopsy); a pathology result\'s specimen header (Stomach, biopsy:) restates a biopsy told above, and is one only where none was', () => {
    const procedures = (text: string) => ofType(run(text, '2026-05-21'), 'procedure').map((e) => e.name);
    expect(procedures('Specimen: Left breast, total mastectomy with sentinel lymph node biopsy.')).toEqual(['total mastectomy with sentinel lymph node biopsy']);
    expect(procedures('S/P sentinel lymph node biopsy')).toEqual(['sentinel lymph node biopsy']);
    expect(procedures('採取方法：上部消化管内視鏡（GIF）下生検 2個\n病理診断（2026/5/21）：Stomach, biopsy: Tubular adenocarcinoma, Group 5.')).toEqual(['上部消化管内視鏡']);
    expect(procedures('PATHOLOGY REPORT\nStomach, biopsy: Tubular adenocarcinoma, Group 5.')).toEqual(['biopsy']);
  });
  it('a title naming its cancer in the parenthesis closing it (泌尿器科 治療経過（膀胱癌）) diagnoses it; a resection\'s result coded only to its system (TURBT：尿路上皮癌) is its histology; a timeline\'s ◆-marked dated entry dates it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-07-27'), 'diagnosis').map((e) => [e.name, e.histology ?? null, e.date?.start ?? null]);
    expect(diagnoses('泌尿器科 治療経過（膀胱癌）\n◆2025.4.8　TURBT：尿路上皮癌 high grade、pT1＋CIS\n◆2025.5.13～6.17　BCG膀胱内注入療法 6回')).toEqual([['膀胱癌', '尿路上皮癌', '2025-04-08']]);
    expect(diagnoses('泌尿器科 治療経過（膀胱癌）\n2025/4/8　膀胱鏡で腫瘍を認めた。')).toEqual([['膀胱癌', null, null]]);
    // (A suspicion that brought the patient is no title naming the cancer: the cancer is only suspected.)
    expect(ofType(run('外来記録（膀胱癌の疑いで紹介）\n膀胱鏡予定。', '2026-07-27'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed'])).toEqual([['膀胱癌', 'suspected']]);
  });
  it('a metastasis asked about (特に脳転移の有無, 骨転移検索目的でMRI) is no finding; one stated is', () => {
    const mets = (text: string) => ofType(run(text, '2026-09-14'), 'metastasis').map((e) => e.sites.join());
    expect(mets('依頼目的：再発・転移の評価。特に脳転移の有無（頭痛あり）。')).toEqual([]);
    expect(mets('骨転移検索目的で骨シンチ予定。')).toEqual([]);
    expect(mets('MRIで脳転移あり。')).toEqual(['BRA']);
  });
  it('a pathologist\'s or reader\'s \'consistent with\' (胃癌として矛盾しません, 肝転移として矛盾しない) states the cancer or metastasis; a result\'s label with its day in parentheses (病理診断（2026/5/21）：) dates the lines after it', () => {
    const found = (text: string) => run(text, '2026-05-21').filter((e) => e.type === 'diagnosis' || e.type === 'metastasis').map((e) => [e.type, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(found('採取日：2026年5月14日\n病理診断（2026/5/21）：Stomach, biopsy: Tubular adenocarcinoma, Group 5.\nコメント：胃癌として矛盾しません。')).toEqual([['diagnosis', 'confirmed', '2026-05-21']]);
    expect(found('所見：肝S8に低吸収域あり、肝転移として矛盾しない。')).toEqual([['metastasis', 'confirmed', null]]);
    expect(found('採取日：2026年5月14日\n報告（2026/5/21）：結果説明済み\nコメント：胃癌として矛盾しません。')).toEqual([['diagnosis', 'confirmed', '2026-05-14']]);
  });
  it('a nosebleed in plain words (鼻血) is the symptom 鼻出血 names', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-09-03'), 'symptom').map((e) => e.name);
    expect(symptoms('Pt「先週から鼻血が2回出た。」')).toEqual(['鼻血']);
    expect(symptoms('鼻出血あり。鼻血は止まった。')).toEqual(['鼻出血']);
  });
});

describe('from a ninety-eighth gold set (styles98)', () => {
  it('classical Hodgkin lymphoma written cHL is a cancer, its type from what follows (NS → C81.1); a biopsy written short (LN Bx) is one, and its result after an arrow dates the diagnosis', () => {
    const found = (text: string) => run(text, '2026-04-14').filter((e) => e.type === 'diagnosis' || e.type === 'procedure').map((e) => [e.type, e.type === 'diagnosis' ? `${e.name} ${e.icd10}` : e.type === 'procedure' ? e.name : '', e.date?.start ?? null]);
    expect(found('Heme外来 2026/4/14\n#cHL (NS type), Stage IIIB (Ann Arbor), bulky(-)\nHx: 2025/10 頸部LN Bx → cHL NS.')).toEqual([
      ['diagnosis', 'cHL C81.1', '2025-10'],
      ['procedure', 'LN Bx', '2025-10'],
    ]);
    expect(found('古典的ホジキンリンパ腫（結節硬化型）と診断。')).toEqual([['diagnosis', '古典的ホジキンリンパ腫 C81.1', null]]);
  });
  it('SCC after an English organ word is that organ\'s cancer (hypopharyngeal SCC, lung SCC), also opening a case (Case: 67M, …); SCC alone is not (生検でSCC, the serum marker SCC 1.5)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-06-09'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(diagnoses('Head and Neck Tumor Board — 2026-06-09\nCase: 67M, hypopharyngeal SCC (left piriform sinus), cT3N2bM0, Stage IVA (UICC 8th).')).toEqual([['hypopharyngeal SCC', 'C13.9']]);
    expect(diagnoses('Dx: lung SCC')).toEqual([['lung SCC', 'C34.9']]);
    expect(diagnoses('腫瘍マーカー：CEA 3.2, SCC 1.5')).toEqual([]);
  });
  it('what a tumour board discusses or decides for later (Discussion: …, Decision: RT 70 Gy/35 fr with weekly cetuximab, to start 6/22; 結論：…) is no treatment given', () => {
    const given = (text: string) => run(text, '2026-06-09').filter((e) => e.type === 'medication' || e.type === 'radiotherapy' || e.type === 'procedure').map((e) => e.type);
    expect(given('Discussion: CRT with CDDP contraindicated; cetuximab-RT proposed as alternative to laryngectomy.\nDecision: Bioradiotherapy — RT 70 Gy/35 fr with weekly cetuximab, to start 6/22.')).toEqual([]);
    expect(given('結論：胸腔鏡下右上葉切除術。')).toEqual([]);
    expect(given('History: Induction TPF x3 (2026/2-4), partial response on CT.')).toEqual(['medication']);
  });
  it('a data export\'s key=value lines: diagnosis= names the cancer, and diagnosis_date= (or Date of diagnosis:) dates it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-10-05'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('# 症例登録データ（研究用抽出 2026-10-05）\npatient_id=P-0417\ndiagnosis=膵頭部癌\ndiagnosis_date=2024-03-05\nctnm=cT3N1M0 cStage IIB')).toEqual([['膵頭部癌', '2024-03-05']]);
    expect(diagnoses('Referral\nDiagnosis: pancreatic cancer\nDate of diagnosis: 2024/3/5')).toEqual([['pancreatic cancer', '2024-03-05']]);
  });
  it('a line written as a data export\'s key (2L=mFOLFIRINOX) is the line, as 2L: is', () => {
    const lines = (text: string) => ofType(run(text, '2026-10-05'), 'medication').map((e) => [e.regimen, e.line ?? null]);
    expect(lines('2L=mFOLFIRINOX (2025-10-01～), 8 cycles')).toEqual([['mFOLFIRINOX', 2]]);
    expect(lines('胸水1L=排液。FOLFOX継続。')).toEqual([['FOLFOX', null]]);
  });
  it('a recurrence field on a form or in an export (再発：あり, 再発の有無：あり, recurrence=あり, Recurrence: none) states it or denies it, named as written; capitalised English is read too', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-10-05'), 'diagnosis').map((e) => [e.name, e.certainty ?? null, e.evidence?.text, e.date?.start ?? null]);
    expect(recurrences('recurrence=あり (2025-09-18, 肝転移)')).toEqual([['recurrence', null, 'recurrence=あり', '2025-09-18']]);
    expect(recurrences('再発の有無：あり')).toEqual([['再発', null, '再発の有無：あり', null]]);
    expect(recurrences('再発：なし')).toEqual([['再発', 'negated', '再発：なし', null]]);
    expect(recurrences('Recurrence: none')).toEqual([['Recurrence', 'negated', 'Recurrence: none', null]]);
    expect(recurrences('Relapse: yes (2025/3)')).toEqual([['Relapse', null, 'Relapse: yes', '2025-03']]);
    expect(recurrences('再発のリスクについて説明した。')).toEqual([]);
  });
  it('an operation written short (SSPPD, PPPD) is one after an operation\'s label, a data export\'s surgery= among them, or with its day in parentheses, ISO-written (2024-06-12)', () => {
    const procedures = (text: string) => ofType(run(text, '2026-10-05'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('surgery=SSPPD (2024-06-12)')).toEqual([['SSPPD', '2024-06-12']]);
    expect(procedures('術式：PPPD')).toEqual([['PPPD', null]]);
    expect(procedures('SSPPD (2024-06-12) 後、S-1を開始。')).toEqual([['SSPPD', '2024-06-12']]);
    expect(procedures('PPPDの適応について説明。')).toEqual([]);
  });
  it('a protocol\'s code with its drugs in parentheses (DD-4A（VCR/ActD/DOX）) is one regimen of those drugs, named by both; ActD and DOX are dactinomycin and doxorubicin', () => {
    const regimens = (text: string) => ofType(run(text, '2026-08-20'), 'medication').map((e) => [e.regimen, e.drugs.join(' '), e.evidence?.text]);
    expect(regimens('術後 Regimen DD-4A（VCR/ActD/DOX）開始（2025/12/17）')).toEqual([['DD-4A(VCR/ActD/DOX)', 'dactinomycin doxorubicin vincristine', 'DD-4A（VCR/ActD/DOX）開始']]);
    // (A therapy's word is no protocol's code: CRT（CDDP） is cisplatin's regimen.)
    expect(regimens('CRT（CDDP）施行中').map(([regimen]) => regimen)).toEqual(['CDDP']);
  });
  it('a drug said not tolerated (CDDP not tolerated after cycle 3, CDDP不耐のため) is a remark, no course of its own', () => {
    const regimens = (text: string) => ofType(run(text, '2026-06-09'), 'medication').map((e) => e.regimen);
    expect(regimens('History: Induction TPF x3 (2026/2-4), partial response on CT. CDDP not tolerated after cycle 3 (AKI G2).')).toEqual(['TPF']);
    expect(regimens('CDDP不耐のためCBDCAに変更。')).toEqual(['CBDCA']);
    expect(regimens('CDDP 3 cycles given.')).toEqual(['CDDP']);
  });
  it('a prescription\'s line (ロンサーフ配合錠T20　1回3錠　1日2回, タグリッソ錠80mg 1錠 分1) is the drug under way on its day, the amount a time its dose; not one whose dose is changed, nor one the note has already said continued that day', () => {
    const given = (text: string, date = '2026-07-07') => ofType(run(text, date), 'medication').map((e) => [e.regimen, e.status, e.dose ?? null, e.date?.start ?? null]);
    expect(given('お薬手帳（抜粋）\n2026/05/12　△△大学病院 腫瘍内科\n ロンサーフ配合錠T20　1回3錠　1日2回 朝夕食後　day1-5, 8-12')).toEqual([['ロンサーフ', 'ongoing', '1回3錠', '2026-05-12']]);
    expect(given('2026/06/01\nRp) タグリッソ錠80mg 1錠 分1 朝食後 28日分')).toEqual([['タグリッソ', 'ongoing', '1錠', '2026-06-01']]);
    expect(given('2026/06/09\n ロンサーフ配合錠T20　1回2錠に減量')).toEqual([]);
    expect(given('乳腺外科 外来 2025/7/8\nA/P) レトロゾール継続。\nRp1) レトロゾール錠2.5mg 1錠 分1 朝食後 84日分', '2025-07-08')).toEqual([['レトロゾール', 'ongoing', null, '2025-07-08']]);
  });
  it('Sx: after Hx: and Tx: lines is the symptoms now, dated the visit, not the history line above; B症状なし denies the B symptoms', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-04-14'), 'symptom').map((e) => [e.name, e.certainty ?? null, e.date?.start ?? null]);
    expect(symptoms('Heme外来 2026/4/14\nHx: 2025/10 頸部LN Bx → cHL NS.\nTx: A+AVD 2025/11/4～ q2w\nSx: 末梢神経障害 G1（指先のしびれ）、B症状なし。')).toEqual([
      ['末梢神経障害', null, '2026-04-14'],
      ['しびれ', null, '2026-04-14'],
      ['B症状', 'negated', '2026-04-14'],
    ]);
  });
});

describe('from a ninety-ninth gold set (styles99)', () => {
  it('a table row\'s first cell naming the line (| 1次 |, a box-drawn │2次│, | 2L |) is the line of the row\'s regimen; maintenance carries it', () => {
    const lines = (text: string) => ofType(run(text, '2026-09-15'), 'medication').map((e) => [e.regimen, e.line ?? null]);
    const table = '【治療歴一覧】\n┌────┬────┐\n│ライン│期間│レジメン│効果│\n│1次   │2025/10/6～2026/1/5 │CBDCA+ETP+Atezo 4コース   │PR      │\n│維持  │2026/1/26～2026/5/11│Atezo維持                 │PD      │\n│2次   │2026/6/1～          │タルラタマブ              │評価前  │';
    expect(lines(table)).toEqual([['CBDCA+ETP+Atezo', 1], ['Atezo', 1], ['タルラタマブ', 2]]);
    expect(lines('| 2L | 2024/3～2024/9 | FOLFIRI+Bev | PD |')).toEqual([['FOLFIRI+Bev', 2]]);
    expect(lines('| 術後 | 2024/3～2024/9 | CAPOX |')).toEqual([['CAPOX', null]]);
  });
  it('a response in a table row\'s cell holds that cell\'s words, not the row\'s (| 2023/6～2023/11 | CBDCA+PTX+Atezo+Bev | 4 | PR |)', () => {
    const responses = (text: string) => ofType(run(text, '2025-06-01'), 'response').map((e) => [e.code, e.evidence?.text]);
    expect(responses('| 期間 | レジメン | コース | 効果 |\n| 2023/6～2023/11 | CBDCA+PTX+Atezo+Bev | 4 | PR |')).toEqual([['PR', 'PR']]);
    expect(responses('| 寛解導入 | 2024/8/5～ IDR+AraC（3+7） → CR |')).toEqual([['CR', 'CR']]);
  });
  it('a handover\'s patient summary (P (Patient summary): 58歳女性、AML…, Patient summary: 58F, AML) opens a case, naming its cancer', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-03-08'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('I-PASS handover 2026/3/8 夜勤帯へ\nI (Illness severity): watcher\nP (Patient summary): 58歳女性、AML (FLT3-ITD陽性, NPM1変異陽性)。3/2より寛解導入 IDR+AraC (3+7) 開始、本日day7。')).toEqual([['AML', '2026-03-08']]);
    expect(diagnoses('Handover 2026/3/8\nPatient summary: 58F, AML.')).toEqual([['AML', '2026-03-08']]);
  });
  it('a structured record\'s keys: a date: indented under a key of its own is that key\'s, no visit\'s day; a period: field dates its line and the fields after it', () => {
    const found = (text: string) => run(text, '2026-07-21').filter((e) => e.type === 'symptom' || e.type === 'response').map((e) => [e.type, e.date?.start ?? null]);
    expect(found('diagnosis:\n  name: 横行結腸癌\n  date: 2024-11-20\nS：腹痛あり')).toEqual([['symptom', '2026-07-21']]);
    expect(found('Date: 2024-11-20\nS：腹痛あり')).toEqual([['symptom', '2024-11-20']]);
    expect(found('treatments:\n  - line: 1\n    regimen: FOLFOXIRI+Bev\n    period: 2024-12-10 ～ 2025-06-24\n    cycles: 12\n    best_response: PR')).toEqual([['response', '2024-12-10']]);
  });
  it('a structured record\'s name key under a diagnosis key names the cancer, and its date key dates it (diagnosis: / ␣␣name: 横行結腸癌 / ␣␣date: 2024-11-20)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-07-21'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('# case summary\npatient:\n  age: 52\ndiagnosis:\n  name: 横行結腸癌\n  date: 2024-11-20\n  stage: cT4aN2bM1c Stage IVC')).toEqual([['横行結腸癌', '2024-11-20']]);
    // (Not a name key under another key: a drug's, a hospital's.)
    expect(diagnoses('referral:\n  name: 胃癌検診センター\n  date: 2024-11-20')).toEqual([]);
  });
  it('a regimen key in a structured record takes its course from the record\'s other keys: the item\'s line, the period (closed: given; open: started), cycles, and a status key', () => {
    const courses = (text: string) => ofType(run(text, '2026-07-21'), 'medication').map((e) => [e.regimen, e.line ?? null, e.cycles ?? null, e.status ?? null, e.date?.start ?? null, e.date?.end ?? null]);
    const record = 'treatments:\n  - line: 1\n    regimen: FOLFOXIRI+Bev\n    period: 2024-12-10 ～ 2025-06-24\n    cycles: 12\n    best_response: PR\n  - line: 2\n    regimen: Enco+Bini+Cmab\n    period: 2025-07-15 ～\n    status: 継続中\nlast_visit: 2026-07-21';
    expect(courses(record)).toEqual([
      ['FOLFOXIRI+Bev', 1, 12, 'completed', '2024-12-10', '2025-06-24'],
      ['Enco+Bini+Cmab', 2, null, 'ongoing', '2025-07-15', null],
    ]);
    // (An item's keys are its own: the next item's period does not date this one.)
    expect(courses('treatments:\n  - regimen: CAPOX\n  - regimen: FOLFIRI\n    period: 2025-01-10 ～')).toEqual([['FOLFIRI', null, null, 'started', '2025-01-10', null]]);
  });
  it('a metastasis naming a board or clinic (骨転移キャンサーボード記録, 脳転移外来) finds none; the finding is where the note states it', () => {
    const metastases = (text: string) => ofType(run(text, '2026-05-19'), 'metastasis').map((e) => [e.evidence?.text, e.date?.start ?? null]);
    expect(metastases('骨転移キャンサーボード記録　2026年5月19日（火）\n画像（5/12）：骨シンチで多発骨転移（L3、骨盤、右大腿骨）。')).toEqual([['多発骨転移', '2026-05-12']]);
    expect(metastases('脳転移外来 2026/5/19\n初診。')).toEqual([]);
  });
  it('weakness (筋力低下, 下肢筋力低下) is a symptom, denied by なし', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-05-19'), 'symptom').map((e) => [e.name, e.certainty ?? null]);
    expect(symptoms('症状（本日）：腰痛 NRS 6/10、下肢筋力低下なし、膀胱直腸障害なし。')).toEqual([['腰痛', null], ['下肢筋力低下', 'negated'], ['膀胱直腸障害', 'negated']]);
  });
  it('the day a Diagnosis: line says the cancer was diagnosed (…, diagnosed 2024-08-05.) dates that line and the field lines after it, as 診断日： does', () => {
    const stagings = (text: string) => ofType(run(text, '2026-02-10'), 'staging').map((e) => e.date?.start ?? null);
    expect(stagings('SURVIVORSHIP CARE PLAN (issued 2026-02-10)\nDiagnosis: Right testicular non-seminomatous germ cell tumor, diagnosed 2024-08-05.\nStage: pT2N2M0S1, Stage IIB (AJCC 8th)')).toEqual(['2024-08-05']);
  });
  it('germ cell tumours and seminoma are cancers (coded by the organ written before them), and English words before a dictionary name of several words belong to it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-10'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.laterality ?? null]);
    expect(diagnoses('Diagnosis: Right testicular non-seminomatous germ cell tumor (embryonal carcinoma 70%, teratoma 30%), diagnosed 2024-08-05.')).toEqual([['testicular non-seminomatous germ cell tumor', 'C62.9', 'right']]);
    expect(diagnoses('Dx: mediastinal germ cell tumour')).toEqual([['mediastinal germ cell tumour', 'C38.1', null]]);
    expect(diagnoses('Dx: seminoma, pT1.')).toEqual([['seminoma', 'C62.9', null]]);
  });
  it('RPLND is a procedure, and an English list\'s act written short is one done when its day closes its item after a comma (RPLND, 2025-01-14: …)', () => {
    const procedures = (text: string) => ofType(run(text, '2026-02-10'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('Treatment summary:\n  - BEP x 3 cycles, 2024-09-02 to 2024-11-04\n  - Post-chemotherapy RPLND, 2025-01-14: residual mature teratoma only, no viable tumor.')).toEqual([['RPLND', '2025-01-14']]);
    expect(procedures('Plan: RPLND if residual mass > 1 cm.')).toEqual([]);
  });
  it('tingling and numbness are symptoms, the English for しびれ', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-02-10'), 'symptom').map((e) => [e.name, e.certainty ?? null]);
    expect(symptoms('Neuro: grade 1 tingling in toes; no numbness in fingers.')).toEqual([['tingling', null], ['numbness', 'negated']]);
  });
});

describe('from a hundredth gold set (styles100)', () => {
  it('an e-mail\'s quoted message is read as text: its case line (45歳男性のPh+ALLについて) opens the case, and a qualifier written onto an abbreviation (Ph+, B-) is part of the name', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-04-20'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null, e.date?.start ?? null]);
    expect(diagnoses('件名：Re: ご相談\n\n> ○○先生\n> 45歳男性のPh+ALLについてご相談です。\n> 2025年11月に診断（minor BCR::ABL1陽性）。')).toEqual([['Ph+ALL', 'C91.0', '2025-11']]);
    expect(diagnoses('70歳女性の肺腺癌についてご相談です。\n2024年3月に診断。')).toEqual([['肺腺癌', 'C34.9', '2024-03']]);
    expect(diagnoses('#1 B-ALL\n2025/3 骨髄検査で診断。')).toEqual([['B-ALL', 'C91.0', '2025-03']]);
  });
  it('T315I written without its gene is the BCR-ABL1 gatekeeper mutation, as T790M alone is EGFR\'s', () => {
    const biomarkers = (text: string) => ofType(run(text, '2026-04-20'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(biomarkers('2025年11月に診断（minor BCR::ABL1陽性、T315I変異陰性）。')).toEqual([['BCR-ABL1', null, 'positive'], ['BCR-ABL1', 'T315I', 'negative']]);
  });
  it('DP-CAR is a procedure; a conference\'s countermeasure for the cases planned for it is none', () => {
    const procedures = (text: string) => ofType(run(text, '2026-06-12'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('2026年5月13日、DP-CAR施行。\n【対策】DP-CAR予定例では術前に血管造影を行う。')).toEqual([['DP-CAR', '2026-05-13']]);
  });
  it('a table row\'s cells are a response each (| CT評価 | ― | SD | PD |), and the same category on the same day again restates it; two in one month may be two', () => {
    const responses = (text: string) => ofType(run(text, '2025-12-15'), 'response').map((e) => [e.code, e.date?.start ?? null, e.evidence?.text]);
    expect(responses('| 日付 | 2025/4/7 | 2025/6/30 | 2025/9/22 |\n| CT評価 | ― | SD | PD |')).toEqual([['SD', '2025-06-30', 'SD'], ['PD', '2025-09-22', 'PD']]);
    expect(responses('O: CT：原発巣、リンパ節転移とも部分奏効（PR）。\nA: 画像上は部分奏効。継続。')).toEqual([['PR', '2025-12-15', 'リンパ節転移とも部分奏効（PR']]);
    expect(responses('2025/2 PD (peritoneal), 2nd: RAM + wPTX x5 → PD.').map(([code, date]) => [code, date])).toEqual([['PD', '2025-02'], ['PD', '2025-02']]);
  });
  it('a course ended for a reason (7コース目（PDのため終了）, 3コース目、副作用のため終了) ends the therapy, as 6コース目で終了 does; 1コース目終了 ends a course only', () => {
    const statuses = (text: string) => ofType(run(text, '2025-12-15'), 'medication').map((e) => [e.cycles ?? null, e.status ?? null]);
    expect(statuses('2025/9/22 GnP 7コース目（PDのため終了）')).toEqual([[7, 'completed']]);
    expect(statuses('2025/10/1 XELOX 3コース目、副作用のため終了。')).toEqual([[3, 'completed']]);
    expect(statuses('2025/10/1 XELOX 3コース目終了。')).toEqual([[3, 'ongoing']]);
  });
  it('a boost (追加照射, ブースト照射) is given to the site written before it', () => {
    const sites = (text: string) => ofType(run(text, '2026-10-02'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.site ?? null]);
    expect(sites('2013年7月～8月　全脳全脊髄照射（CSI）23.4Gy/13fr、後頭蓋窩追加照射30.6Gy/17fr。')).toEqual([[23.4, '全脳全脊髄'], [30.6, '後頭蓋窩']]);
  });
});

describe('from a hundred-and-first gold set (styles101)', () => {
  it('gliomas other than glioblastoma are cancers (星細胞腫, 乏突起膠腫, astrocytoma), and drugs approved lately are drugs (vorasidenib, taletrectinib)', () => {
    const found = (text: string) => run(text, '2026-03-09').filter((e) => e.type === 'diagnosis' || e.type === 'medication').map((e) => (e.type === 'diagnosis' ? [e.name, e.icd10 ?? null] : [e.drugs.join('+'), e.status ?? null]));
    expect(found('診断名：星細胞腫、CNS WHO grade 2（左前頭葉）\n再発後の治療：2025年1月よりボラシデニブ 40mg/日 内服開始')).toEqual([['星細胞腫', 'C71.1'], ['vorasidenib', 'started']]);
    expect(found('#1 乏突起膠腫 2020/3 診断')).toEqual([['乏突起膠腫', 'C71.9']]);
    expect(found('Dx: IDH-mutant astrocytoma, grade 3. Now on taletrectinib since 2026-02-08.')).toEqual([['IDH-mutant astrocytoma', 'C71.9'], ['taletrectinib', 'ongoing']]);
  });
  it('continued in other words (続けてきた, 続けている, 続行) is ongoing', () => {
    const statuses = (text: string) => ofType(run(text, '2026-11-02'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null]);
    expect(statuses('その後デュルバルマブ＋オラパリブ維持療法を続けてきたが、2026年10月のCTでPDと判断した。')).toEqual([['durvalumab+olaparib', 'ongoing']]);
    expect(statuses('本日 レンバチニブ内服を続行。')).toEqual([['lenvatinib', 'ongoing']]);
  });
  it('TNM categories may be parted by slashes (T2a/N2/M1b, pT3/pN1/M0)', () => {
    const tnms = (text: string) => ofType(run(text, '2026-05-21'), 'staging').map((e) => [e.tnm?.t ?? null, e.tnm?.n ?? null, e.tnm?.m ?? null, e.stage ?? null]);
    expect(tnms('Dx: lung adenocarcinoma, T2a/N2/M1b (single brain met), stage IVA (AJCC 8th).')).toEqual([['T2a', 'N2', 'M1b', 'IVA']]);
    expect(tnms('病理：pT3/pN1/M0')).toEqual([['T3', 'N1', 'M0', null]]);
  });
  it('a numbered case line (Case 2:, 症例1：) opens the case, also with a smoking history before the cancer (47F, never-smoker, …)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-05-21'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(diagnoses('Joint Tumor Board, 2026-05-21\nCase 2: 47F, never-smoker, lung adenocarcinoma of the LLL, stage IVA.')).toEqual([['lung adenocarcinoma', 'C34.9']]);
    expect(diagnoses('症例1：72歳男性、膵頭部癌 cT3N0M0。')).toEqual([['膵頭部癌', 'C25.0']]);
  });
  it('the day an English line says the cancer was diagnosed dates the line also when how follows it (…, diagnosed 2025-06-10 by EBUS-TBNA.)', () => {
    const dated = (text: string) => run(text, '2026-05-21').filter((e) => e.type === 'staging' || e.type === 'metastasis').map((e) => [e.type, e.date?.start ?? null]);
    expect(dated('Joint Tumor Board, 2026-05-21\nCase 2: 47F, lung adenocarcinoma, T2a/N2/M1b (single brain met), stage IVA, diagnosed 2025-06-10 by EBUS-TBNA.')).toEqual([['staging', '2025-06-10'], ['metastasis', '2025-06-10']]);
  });
  it('progression alone is PD when said where or when it was seen (progression on 2026-04-28 CT), not one to come (at next progression, until progression)', () => {
    const responses = (text: string) => ofType(run(text, '2026-05-21'), 'response').map((e) => [e.code, e.date?.start ?? null]);
    expect(responses('Treatment: entrectinib, best response PR; progression on 2026-04-28 CT (new liver lesions).')).toEqual([['PR', null], ['PD', '2026-04-28']]);
    expect(responses('Recommendation: consider lorlatinib at next progression. Continue until progression on imaging.')).toEqual([]);
  });
  it('genes named together share an English call after the last (EGFR/ALK negative, KRAS/NRAS/BRAF wild-type, …mutation not detected)', () => {
    const calls = (text: string) => ofType(run(text, '2026-05-21'), 'biomarker').map((e) => [e.name, e.result]);
    expect(calls('NGS (tissue): CD74-ROS1 fusion; EGFR/ALK negative.')).toEqual([['ROS1', 'positive'], ['EGFR', 'negative'], ['ALK', 'negative']]);
    expect(calls('KRAS/NRAS/BRAF Wild-type.')).toEqual([['KRAS', 'negative'], ['NRAS', 'negative'], ['BRAF', 'negative']]);
    expect(calls('EGFR/ALK mutation not detected')).toEqual([['EGFR', 'negative'], ['ALK', 'negative']]);
  });
  it('a drug taken from a day on, in English with no verb (entrectinib 600 mg daily from 2025-07-01), is started then; a verb or cycles written with it still decide', () => {
    const meds = (text: string) => ofType(run(text, '2026-05-21'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.cycles ?? null, e.date?.start ?? null]);
    expect(meds('Treatment: entrectinib 600 mg daily from 2025-07-01, best response PR.')).toEqual([['entrectinib', 'started', null, '2025-07-01']]);
    expect(meds('Trastuzumab and capecitabine were continued as maintenance from September 2025.')).toEqual([['capecitabine+trastuzumab', 'ongoing', null, '2025-09']]);
    expect(meds('1L: XELOX from April 2025 for six cycles.')).toEqual([['capecitabine+oxaliplatin', 'completed', 6, '2025-04']]);
  });
  it('a date right before the operation (…で2025年2月に手術) dates what its clause says before it, on a line that would inherit the title\'s', () => {
    const biomarkers = (text: string) => ofType(run(text, '2026-11-02'), 'biomarker').map((e) => [e.name, e.date?.start ?? null]);
    expect(biomarkers('ACP記録　2026/11/2　腫瘍内科外来\n病状の共有：子宮体癌（類内膜癌 G3、pMMR）で2025年2月に手術（子宮全摘）。')).toEqual([['MSI', '2025-02']]);
  });
  it('a symptom whose turn for the worse an instruction supposes (腹部膨満感、嘔気の増悪時は連絡) is none', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-09-28'), 'symptom').map((e) => e.name);
    expect(symptoms('留意事項及び指示事項：腹部膨満感、嘔気の増悪時は連絡。')).toEqual([]);
    expect(symptoms('本日 嘔気あり、腹痛の悪化時は受診を指示。')).toEqual(['嘔気']);
  });
  it('a metastasis on a diagnosis label takes the date the note gives it elsewhere, also where that mention is the parenthesis of a stage diagnosed (cT4aN2M1（腹膜播種）と診断)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-09-28'), 'metastasis').map((e) => [e.sites.join(','), e.date?.start ?? null]);
    expect(metastases('訪問看護指示書　指示期間：令和8年10月1日～令和8年12月31日\n主たる傷病名：(1) 胃癌（腹膜播種）\n病状・治療状態：2024年3月に胃癌 cT4aN2M1（腹膜播種）と診断。')).toEqual([['PER', '2024-03']]);
  });
  it('an abbreviation English says a diagnosis was made by (diagnosed 2025-06-10 by EBUS-TBNA, confirmed via EUS-FNA) is a procedure done; one planned is none', () => {
    const procedures = (text: string) => ofType(run(text, '2026-05-21'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('Dx: lung adenocarcinoma, diagnosed 2025-06-10 by EBUS-TBNA.')).toEqual([['EBUS-TBNA', '2025-06-10']]);
    expect(procedures('Histology confirmed via EUS-FNA on 2024-03-02.')).toEqual([['EUS-FNA', '2024-03-02']]);
    expect(procedures('Plan: EBUS-TBNA next week.')).toEqual([]);
  });
  it('in English a date closing its clause dates what the clause says before it, on a line that would inherit another date (SRS 24 Gy/3 fx to the brain met 2025-06-25; …)', () => {
    const dated = (text: string) => run(text, '2026-05-21').filter((e) => e.type === 'radiotherapy').map((e) => e.date?.start ?? null);
    expect(dated('Case 2: 47F, lung adenocarcinoma, diagnosed 2025-06-10 by EBUS-TBNA.\nTreatment: SRS 24 Gy/3 fx to the brain met 2025-06-25; entrectinib 600 mg daily from 2025-07-01.')).toEqual(['2025-06-25']);
  });
  it('a central-venous port written out (中心静脈ポート) is the CV port, done when its parenthesis says when it was placed', () => {
    const procedures = (text: string) => ofType(run(text, '2026-09-28'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('装着・使用医療機器等：中心静脈ポート（2024/4/5 留置）、在宅中心静脈栄養')).toEqual([['中心静脈ポート', '2024-04-05']]);
  });
  it('eyelid oedema and muscle cramps (眼瞼浮腫, 筋痙攣, こむら返り), imatinib\'s, are named as written', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-07-16'), 'symptom').map((e) => e.name);
    expect(symptoms('評価：目標域内。眼瞼浮腫と筋痙攣（Grade 1）あり、継続可能と考えます。')).toEqual(['眼瞼浮腫', '筋痙攣']);
  });
  it('a trial checklist\'s ticked criterion ([x] …：2025/12/3 …と診断) dates the cancer its eligibility label names, and its progression by the CT dated in it', () => {
    const events = run('対象疾患：切除不能肝内胆管癌\n[x] 組織学的に確認された胆道癌：2025/12/3 肝腫瘍生検で腺癌（肝内胆管癌）と診断\n[x] 前治療歴：GC+デュルバルマブ 8コース（2025/12/24～2026/8/26）、2026/9/18 CTでPDにて終了', '2026-10-14');
    expect(ofType(events, 'diagnosis').map((e) => [e.name, e.date?.start ?? null])).toEqual([['切除不能肝内胆管癌', '2025-12-03']]);
    expect(ofType(events, 'response').map((e) => [e.code, e.date?.start ?? null])).toEqual([['PD', '2026-09-18']]);
  });
  it('a lung\'s lobe or segment between the organ and に転移 (左肺下葉に転移, 右肺S6に転移) still names the lung', () => {
    const metastases = (text: string) => ofType(run(text, '2026-10-14'), 'metastasis').map((e) => [e.sites.join(','), e.date?.start ?? null]);
    expect(metastases('測定可能病変あり：肝S8 42mm、左肺下葉に転移 12mm（2026/9/18 CT）')).toEqual([['PUL', '2026-09-18']]);
    expect(metastases('2026/9/18 CTで右肺S6に転移を認めた。')).toEqual([['PUL', '2026-09-18']]);
    expect(metastases('本日のCTで右肺上葉S2に多発転移あり。')).toEqual([['PUL', '2026-10-14']]);
  });
  it('a fusion\'s gene pair written after its positive call (FGFR2融合遺伝子陽性：FGFR2-BICC1, ALK融合遺伝子陽性（EML4-ALK）) is its variant; a pair without the gene is not', () => {
    const genes = (text: string) => ofType(run(text, '2026-10-14'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(genes('[x] FGFR2融合遺伝子陽性：FGFR2-BICC1（2026/1/20 FoundationOne CDx）')).toEqual([['FGFR2', 'FGFR2-BICC1', 'positive']]);
    expect(genes('ALK融合遺伝子陽性（EML4-ALK）')).toEqual([['ALK', 'EML4-ALK', 'positive']]);
    expect(genes('ROS1融合遺伝子陽性：EML4-ALK')).toEqual([['ROS1', null, 'positive']]);
  });
  it('a procedure needed or asked for (抜歯が必要な歯の評価…をお願いいたします, 胸腔穿刺をご依頼) is none; one needed and then done is one', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-06'), 'procedure').map((e) => e.name);
    expect(procedures('ご依頼：照射前に抜歯が必要な歯の評価と処置、口腔ケア指導をお願いいたします。')).toEqual([]);
    expect(procedures('本日、胸腔穿刺をお願いいたします。')).toEqual([]);
    expect(procedures('2026/10/2 腸閉塞のため手術が必要となり、回盲部切除術を施行。')).toEqual(['回盲部切除術']);
  });
  it('a drug prescribed on a line whose parenthesis names the regimen it is given in (…7日休薬（CAPOX療法 3コース目）) is that regimen\'s course; the new amount under 変更後処方： is a dose change, no event', () => {
    const given = (text: string) => ofType(run(text, '2026-08-20'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null]);
    expect(given('処方内容：カペシタビン錠300mg 1回5錠 1日2回（朝夕食後）14日分、7日休薬（CAPOX療法 3コース目）')).toEqual([['capecitabine+oxaliplatin', 'ongoing']]);
    expect(given('変更後処方：カペシタビン錠300mg 1回4錠 1日2回 14日分')).toEqual([]);
    expect(given('処方：カペシタビン錠300mg 1回4錠 1日2回 14日分')).toEqual([['capecitabine', 'ongoing']]);
  });
  it('watery and loose stools (水様便, 軟便) are symptoms named as written', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-12'), 'symptom').map((e) => e.name);
    expect(symptoms('訴え：夕方から38.6℃の発熱、悪寒あり。水様便が1日6回（Grade 2）。軟便傾向。')).toEqual(['発熱', '悪寒', '水様便', '軟便']);
  });
  it('a first dose given (デガレリクス初回投与) starts a drug', () => {
    const statuses = (text: string) => ofType(run(text, '2026-09-30'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null]);
    expect(statuses('内分泌療法：2026/3/2 デガレリクス初回投与、4月よりリュープロレリン3か月製剤に切り替え継続中。')).toEqual([['degarelix', 'started'], ['leuprorelin', 'ongoing']]);
  });
  it('a date range written right after a dose on its line, apart by a space (78Gy/39fr　2026/7/21～2026/9/29), dates the course; one on the next line does not', () => {
    const dated = (text: string) => ofType(run(text, '2026-09-30'), 'radiotherapy').map((e) => [e.date?.start ?? null, e.date?.end ?? null]);
    expect(dated('2026/2/10 経直腸的前立腺生検で診断。\n放射線治療：IMRT（VMAT）前立腺＋精嚢　78Gy/39fr　2026/7/21～2026/9/29　休止なく完遂。')).toEqual([['2026-07-21', '2026-09-29']]);
    expect(dated('2024/12 残存乳房照射 50Gy/25fr\n2025/1～ アナストロゾール内服開始')).toEqual([['2024-12', null]]);
  });
  it('a response with its date and examination in parentheses after it (効果判定 PD（2026.3.30 CT）) is dated and based by them, not by the course\'s range before it', () => {
    const responses = (text: string) => ofType(run(text, '2026-04-08'), 'response').map((e) => [e.code, e.date?.start ?? null, e.basis ?? null]);
    expect(responses('・2025.11 CTでPD。2次治療としてCBDCA+PEM 4コース（2025.12～2026.3）、効果判定 PD（2026.3.30 CT）')).toEqual([['PD', '2025-11', 'CT'], ['PD', '2026-03-30', 'CT']]);
  });
  it('the generic word alone (がん・生殖医療外来, がん相談) names no cancer; with its organ it does', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-01-20'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('がん・生殖医療外来 相談記録　2026/1/20\n紹介元：血液内科\n経過：2025/12/22 左頸部リンパ節生検で診断。')).toEqual([]);
    expect(diagnoses('肺がん・骨転移 相談記録　2026/1/20')).toEqual(['肺がん']);
  });
  it('a cancer joined by ・ to a site\'s metastasis (乳癌・骨転移あり) gives both, where the site walk once looped for ever', () => {
    const events = run('乳癌・骨転移あり', '2026-01-20');
    expect(ofType(events, 'diagnosis').map((e) => e.name)).toEqual(['乳癌']);
    expect(ofType(events, 'metastasis').map((e) => e.sites.join(','))).toEqual(['OSS']);
  });
  it('the genes of uveal melanoma and of myeloid neoplasms (GNAQ, GNA11, BAP1, SF3B1, JAK2, CALR, TET2…) are biomarkers', () => {
    const genes = (text: string) => ofType(run(text, '2026-10-22'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(genes('US-guided liver biopsy 06/18/2025 confirmed metastatic melanoma. GNAQ Q209L detected.')).toEqual([['GNAQ', 'Q209L', 'positive']]);
    expect(genes('遺伝子検査：JAK2 V617F陽性、CALR陰性')).toEqual([['JAK2', 'V617F', 'positive'], ['CALR', null, 'negative']]);
  });
  it('an eye\'s melanoma in English (uveal melanoma, choroidal melanoma) is coded to the eye (C69), not the skin', () => {
    const codes = (text: string) => ofType(run(text, '2026-10-22'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(codes('Dx: Metastatic uveal melanoma (primary: right choroid), HLA-A*02:01 positive.')).toEqual([['uveal melanoma', 'C69.3']]);
    expect(codes('Dx: uveal melanoma of the iris.')).toEqual([['uveal melanoma', 'C69.4']]);
  });
  it('a date right after an English procedure name (liver biopsy 06/18/2025 confirmed…) is its day; not after an abbreviation a Japanese history row ends with', () => {
    const procedures = (text: string, date: string) => ofType(run(text, date), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('2) 06/2025: multiple liver metastases on surveillance MRI; US-guided liver biopsy 06/18/2025 confirmed metastatic melanoma.', '2026-10-22')).toEqual([['liver biopsy', '2025-06-18']]);
    expect(procedures('2024/6/10 左Bp+Ax 2024/7～2024/11 EC療法', '2025-01-10')).toEqual([['Bp+Ax', '2024-06-10']]);
  });
  it('English radiotherapy: a course named with its dose alone is given (I-125 plaque brachytherapy 85 Gy, SRS 20 Gy), dated by a day in parentheses closing its clause; fractions in words count (50 Gy in 5 fractions); a planned one is none', () => {
    const courses = (text: string) => ofType(run(text, '2026-10-22'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.fractions ?? null, e.date?.start ?? null]);
    expect(courses('2024/5 SBRT 50 Gy in 5 fractions to the liver.\n2024/8 SRS 20 Gy to the brain met.\nPlan: WBRT 30 Gy planned.\n1) 11/2021: right choroidal melanoma; I-125 plaque brachytherapy 85 Gy to apex (11/15/2021).')).toEqual([
      [50, 5, '2024-05'],
      [20, null, '2024-08'],
      [85, null, '2021-11-15'],
    ]);
  });
  it('a history item naming the cancer first after its date (1) 11/2021: right choroidal melanoma, …) dates the cancer a diagnosis label names; an item about another cancer does not', () => {
    const dated = (text: string) => ofType(run(text, '2026-10-22'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(dated('Dx: Metastatic uveal melanoma (primary: right choroid).\nOncologic history:\n1) 11/2021: right choroidal melanoma, 13 mm; plaque brachytherapy.')).toEqual([['uveal melanoma', '2021-11']]);
    expect(dated('Dx: Metastatic uveal melanoma (primary: right choroid).\nPast history:\n1) 03/2015: left breast cancer, lumpectomy.')).toEqual([['uveal melanoma', null]]);
  });
  it('in English the verb before a drug (started tebentafusp weekly) gives its status over a verb in the parenthesis after it, a detail of the course', () => {
    const statuses = (text: string) => ofType(run(text, '2026-10-22'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.evidence?.text ?? null]);
    expect(statuses('3) 08/2025: started tebentafusp weekly (dose escalation completed in C1), best response SD.')).toEqual([['tebentafusp', 'started', 'tebentafusp weekly']]);
  });
  it('a side written on a symptom named before without one (胸痛の緩和 … 右胸痛 NRS 6/10) is the same symptom; two sides are two', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-04-08'), 'symptom').map((e) => e.name);
    expect(symptoms('依頼理由：胸痛の緩和\n【症状評価】右胸痛 NRS 6/10、不眠あり。')).toEqual(['胸痛', '不眠']);
    expect(symptoms('右胸痛あり。左胸痛も出現。')).toEqual(['右胸痛', '左胸痛']);
  });
});

describe('from a hundred-and-fourth gold set (styles104)', () => {
  it('a date with 診断 closing the clause (…、2026年2月診断。) diagnoses the cancer, also after a field label (D：); its evidence keeps the name; 診断時 is no cue', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-04-07'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.evidence?.text ?? null]);
    expect(diagnoses('看護記録\nD：肺扁平上皮癌 cT3N2M1b（副腎転移） Stage IVA、2026年2月診断。')).toEqual([['肺扁平上皮癌', '2026-02', '肺扁平上皮癌']]);
    expect(diagnoses('看護記録\nD：慢性骨髄性白血病（慢性期）、2024/2 診断。')).toEqual([['慢性骨髄性白血病', '2024-02', '慢性骨髄性白血病']]);
    expect(diagnoses('看護記録\nD：胃癌、2024年2月診断時はStage II。')).toEqual([]);
  });
  it('a symptom named by the head word of one told before (ざ瘡様皮疹 … 皮疹は…によるもの, 水様下痢 … 下痢の可能性) restates it, as does the same name supposed after it; denied, it is its own event', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-04-07'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('顔面にざ瘡様皮疹あり。\nA：皮疹はネシツムマブによるものと考えられる。')).toEqual([['ざ瘡様皮疹', 'confirmed']]);
    expect(symptoms('1月下旬から水様下痢が続いています。\nボスチニブによる下痢の可能性が高いです。')).toEqual([['水様下痢', 'confirmed']]);
    expect(symptoms('下痢が続いています。\nボスチニブによる下痢の可能性が高いです。')).toEqual([['下痢', 'confirmed']]);
    expect(symptoms('2/1 下腿浮腫あり。\n3/1 浮腫なし。')).toEqual([['下腿浮腫', 'confirmed'], ['浮腫', 'negated']]);
  });
});

describe('from a hundred-and-fifth gold set (styles105)', () => {
  it('an unpunctuated dictation (…7コース目ですね副作用は…次回CTは10月に予定) is read sentence by sentence and clause by clause: the plan closing it plans nothing before it', () => {
    const events = run('音声入力メモ（未校正）2026年9月15日外来\nえー膵頭部癌の方で2025年11月にEUS-FNAで生検されて遠隔転移は肝転移が複数あって2026年5月のCTでPDでしたので治療を変えて今日で7コース目ですね副作用は軽い下痢くらいです次回CTは10月に予定', '2026-09-15');
    expect(events.filter((e) => e.type !== 'symptom' && e.type !== 'diagnosis').map((e) => [e.type, e.evidence?.text, e.date?.start ?? null])).toEqual([
      ['procedure', 'EUS-FNA', '2025-11'],
      ['metastasis', '肝転移', '2025-11'],
      ['response', 'CTでPD', '2026-05'],
    ]);
  });
  it('a switch to a chain named with the line it makes (…の2次治療に変えて, …による2次治療に変更) starts it with that line, which the next chain in the sentence does not take', () => {
    const given = (text: string) => ofType(run(text, '2026-09-15'), 'medication').map((e) => [e.regimen, e.status ?? null, e.line ?? null, e.evidence?.text ?? null]);
    expect(given('6月からはオニバイドと5-FUとレボホリナートの2次治療に変えて、今日でオニバイド7コース目。')).toEqual([
      ['オニバイドと5-FUとレボホリナート', 'started', 2, 'オニバイドと5-FUとレボホリナートの2次治療に変えて'],
      ['オニバイド', 'ongoing', 2, 'オニバイド7コース目'],
    ]);
    expect(given('2026年6月よりFOLFIRIによる2次治療に変更した。')).toEqual([['FOLFIRI', 'started', 2, 'FOLFIRIによる2次治療に変更']]);
  });
  it('a cue diagnosing a histology (…の方で2025年11月にEUS-FNAで腺癌と診断) diagnoses the cancer named before it, typed and dated by it; not where the cue names another cancer (…で腺癌（肝内胆管癌）と診断)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-09-15'), 'diagnosis').map((e) => [e.name, e.histology ?? null, e.date?.start ?? null]);
    expect(diagnoses('外来 2026年9月15日\nえー膵頭部癌の方で2025年11月にEUS-FNAで腺癌と診断されて、遠隔転移は肝転移。')).toEqual([['膵頭部癌', '腺癌', '2025-11']]);
    expect(diagnoses('治験スクリーニング記録　2026/10/14\n対象疾患：切除不能肝内胆管癌\n[x] 組織学的に確認された胆道癌：2025/12/3 肝腫瘍生検で腺癌（肝内胆管癌）と診断')).toEqual([['切除不能肝内胆管癌', '腺癌', '2025-12-03']]);
  });
  it('the ward\'s German for a death (…を確認し、ステルベン) is a death, its cause the 死因： field after it; 下顎呼吸 is a sign', () => {
    const events = run('当直医記録　2026/03/09\n02:10　下顎呼吸あり、呼びかけに反応なし。\n03:05、呼吸停止・心停止・瞳孔散大を確認し、ステルベン。\n死因：小細胞肺癌。', '2026-03-09');
    expect(ofType(events, 'death').map((e) => [e.cause ?? null, e.date?.start ?? null])).toEqual([['小細胞肺癌', '2026-03-09']]);
    expect(ofType(events, 'symptom').map((e) => e.name)).toEqual(['下顎呼吸']);
  });
  it('a report\'s undated title naming the examination (上部消化管内視鏡検査報告書) is dated by the 検査日： field on the line below', () => {
    const procedures = (text: string) => ofType(run(text, '2026-02-25'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('上部消化管内視鏡検査報告書\n検査日：2026/02/18　　依頼科：総合診療科\n胃：胃角部小彎に陥凹性病変（0-IIc）を認める。同部位より生検2個採取。')).toEqual([['上部消化管内視鏡検査', '2026-02-18']]);
  });
  it('a suspicion right after the parenthesis detailing a cancer (早期胃癌（胃角部小彎、0-IIc）疑い) is the cancer\'s; one of a spread named after the parenthesis (腎細胞癌（明細胞亜型）肺転移疑い) is not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('診断：早期胃癌（胃角部小彎、0-IIc）疑い。H. pylori現感染疑い。')).toEqual([['早期胃癌', 'suspected']]);
    expect(diagnoses('A/P\n# 左腎細胞癌（common type、明細胞亜型）肺転移疑い\n# 原発性肺癌（燕麦細胞癌）疑い')).toEqual([['腎細胞癌', 'confirmed'], ['原発性肺癌', 'suspected']]);
  });
  it('a form line naming a schedule (手術内容及び日程：6/2 腹腔鏡下幽門側胃切除術) lists what is to come, as a plan\'s label does', () => {
    const procedures = (text: string) => ofType(run(text, '2026-06-01'), 'procedure').map((e) => e.name);
    expect(procedures('入院診療計画書\n入院日：令和8年6月1日\n手術内容及び日程：6/2 腹腔鏡下幽門側胃切除術\n推定される入院期間：14日間')).toEqual([]);
    expect(procedures('入院経過\n手術内容：5/28 腹腔鏡下幽門側胃切除術')).toEqual(['腹腔鏡下幽門側胃切除術']);
  });
  it('心窩部不快感 and 腹部不快感 are symptoms, as 胸部不快感 is, also as what an examination looks into (検査目的：心窩部不快感の精査)', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-02-25'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(symptoms('検査日：2026/02/18\n検査目的：心窩部不快感の精査\n腹部不快感なし')).toEqual([['心窩部不快感', 'confirmed', '2026-02-18'], ['腹部不快感', 'negated', '2026-02-18']]);
  });
});

// Real documents' phrasing, as in the MedTxt-RR radiology reports, MedTxt-CR case reports and nursing records of
// ../shared/corpus/ja-clinical and the JMED-LLM dataset it comes from (CC BY 4.0), which no gold set had written.
describe('from real reports and records (JMED-LLM: MedTxt-RR, MedTxt-CR, nursing records)', () => {
  it('a reader\'s impression in a report\'s prose diagnoses the cancer: 肺癌と考えます (confirmed), 原発性肺癌を疑います, …の可能性もあります (suspected); not …とは考えにくい nor …を疑う所見なし', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n右中葉に 52mm の分葉状腫瘤があります。\n肺癌と考えます。\n心嚢液貯留は認めません。')).toEqual([['肺癌', 'confirmed']]);
    expect(diagnoses('胸部CT\n右肺上葉S2に 25mm の結節を認めます。胸膜陥入を伴い原発性肺癌を疑います。')).toEqual([['原発性肺癌', 'suspected']]);
    expect(diagnoses('腹部CT\n左下葉に腫瘤を認め、肺癌を疑う。膵尾部の低吸収域は膵癌の可能性もあります。')).toEqual([['肺癌', 'suspected'], ['膵癌', 'suspected']]);
    expect(diagnoses('胸部CT\n右下葉の結節は炎症性変化で、肺癌とは考えにくい。\n膵に肺癌を疑う所見なし。')).toEqual([]);
  });
  it('a bare 転移 after swollen nodes (右気管傍リンパ節腫脹あり転移を疑います, 右鎖骨上窩に腫大リンパ節を認め、転移が疑われます) is a lymph-node metastasis; swollen nodes read as reactive are none', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n右気管傍リンパ節腫脹あり転移を疑います。')).toEqual([['LYM', 'suspected']]);
    expect(metastases('胸部CT\n右鎖骨上窩に腫大リンパ節を認め、転移が疑われます。')).toEqual([['LYM', 'suspected']]);
    expect(metastases('胸部CT\n縦隔リンパ節の腫大あり、転移と考えます。')).toEqual([['LYM', 'confirmed']]);
    expect(metastases('胸部CT\n右腋窩リンパ節腫大あり、反応性と考える。')).toEqual([]);
  });
  it('what is to be told apart (鑑別) is suspected: 肺癌の鑑別が必要 a suspected cancer, 大腸癌の肺転移との鑑別 and リンパ節転移も鑑別です suspected metastases', () => {
    const events = (text: string) => run(text, '2026-02-25').filter((e) => e.type === 'diagnosis' || e.type === 'metastasis').map((e) => [e.type === 'diagnosis' ? e.name : e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(events('入院時記録\n検診で右上葉に陰影を指摘され入院。肺癌の鑑別が必要。')).toEqual([['肺癌', 'suspected']]);
    expect(events('胸部CT\n気管分岐下に軟部影があります。リンパ節転移も鑑別です。')).toEqual([['LYM', 'suspected']]);
    expect(events('病理\n結節は高分化の腺管構造を示す。大腸癌の肺転移との鑑別を要する。')).toEqual([['PUL', 'suspected']]);
  });
  it('a report\'s 指摘できません denies what it follows, as 認めません does: 肺内転移は指摘できません, 肺転移を示唆する所見は指摘できません', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n肺内転移は指摘できません。\n肺転移を示唆する所見は指摘できず。')).toEqual([['PUL', 'negated'], ['PUL', 'negated']]);
    expect(metastases('骨盤MRI\n仙骨・腸骨に転移を疑う病変は指摘できません。')).toEqual([['OSS', 'negated']]);
  });
  it('a bare 転移 opening its sentence takes the lesion of the sentence before, also with a lobe between (右肺下葉に…微小結節を認めます。転移の可能性があります), but not a lesion found absent (…リンパ節腫大は認めません。播種を疑う…)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n右肺下葉に 4mm の微小結節を認めます。転移の可能性があります。')).toEqual([['PUL', 'suspected']]);
    expect(metastases('胸部CT\n左肺門、気管分岐下リンパ節腫大が目立ちます。転移を疑います。')).toEqual([['LYM', 'suspected']]);
    expect(metastases('腹部CT\n傍大動脈リンパ節腫大は認めません。播種を疑う結節は認めません。')).toEqual([]);
  });
  it('a cancer called known (既知肺癌が示唆されます, 既知の肺癌の所見と考えます) is the patient\'s, confirmed: what the reader hedges is the lesion; 既知 is no part of its name', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n右下葉に 6cm の腫瘤を認めます。既知肺癌が示唆されます。')).toEqual([['肺癌', 'confirmed']]);
    expect(diagnoses('胸部CT\n右肺門部の軟部影は増大しており、既知の肺癌の所見と考えます。')).toEqual([['肺癌', 'confirmed']]);
  });
  it('a verb in a later clause whose object is an abbreviation given (…を行ったところ、咳嗽を認めたためMINO投与を開始) is that clause\'s; the therapy keeps its own clause\'s verb', () => {
    const given = (text: string) => ofType(run(text, '2026-02-25'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.evidence?.text ?? null]);
    expect(given('症例は66歳女性。\n地固めとしてデュルバルマブ療法を行ったところ，咳嗽を認めたためＭＩＮＯ投与を開始した．')).toEqual([['durvalumab', 'completed', 'デュルバルマブ療法を行った']]);
    expect(given('症例は70歳男性。\nデュルバルマブを継続し、PSL内服を開始した。')).toEqual([['durvalumab', 'ongoing', 'デュルバルマブを継続']]);
  });
  it('the tumour worse again, told with は or が (中止後に腫瘍は再増悪した, 原発巣は増悪), is progression; what may come (腫瘍が増悪する可能性) is not', () => {
    const responses = (text: string) => ofType(run(text, '2026-02-25'), 'response').map((e) => e.code);
    expect(responses('症例は70歳代女性。\nPembrolizumab投与で縮小が続いていたが，中止後に腫瘍は再増悪したため，次の治療を検討した．')).toEqual(['PD']);
    expect(responses('CT\n原発巣は増悪。')).toEqual(['PD']);
    expect(responses('症例は70歳代女性。\n腫瘍が増悪する可能性も考えたが，皮疹が主体であった．')).toEqual([]);
  });
  it('a named recurrence as what brought what follows (…右腋窩リンパ節再発で2nd lineとして…, 局所再発で再入院) is stated; 肝再発でなければ is not', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').filter((e) => /再発/.test(e.name)).map((e) => e.name);
    expect(recurrences('症例は58歳女性。\n術後に右腋窩リンパ節再発で２ｎｄ　ｌｉｎｅとしてドセタキセルが投与された．')).toEqual(['右腋窩リンパ節再発']);
    expect(recurrences('経過\n局所再発で再入院。')).toEqual(['局所再発']);
    expect(recurrences('経過\n肝再発でなければ経過観察。')).toEqual([]);
  });
  it('PD-L1\'s expression told in words is its call (発現が確認された, 発現を認めた, 低発現 positive; 発現なし negative), and its share after the word (PD-L1発現は5%) its value', () => {
    const pdl1 = (text: string) => ofType(run(text, '2026-02-25'), 'biomarker').map((e) => [e.result, e.value ?? null]);
    expect(pdl1('症例は50代女性。\nＰＤ－Ｌ１発現が確認されたため５月よりアテゾリズマブを投与した．')).toEqual([['positive', null]]);
    expect(pdl1('病理\nPD-L1の発現を認めず。')).toEqual([['negative', null]]);
    expect(pdl1('A/P\n肺腺癌。PD-L1低発現、化学療法を継続。')).toEqual([['positive', null]]);
    expect(pdl1('病理\nPD-L1発現は 0%。')).toEqual([['negative', '0%']]);
  });
  it('a stop told with no drug named (…を疑い，投与を中止し; ４コース投与後に…を認め，投与中止されたが) stops the therapy last named in the paragraph; not one said needless, to come, or of something else given (PSL投与を中止)', () => {
    const given = (text: string) => ofType(run(text, '2026-02-25'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.date?.start ?? null]);
    expect(given('症例は61歳男性．\n２０２５年１２月１９日よりスニチニブ内服５０ｍｇを開始された．\n２０２６年１月２２日の採血で血小板減少を認めた．\nスニチニブによる骨髄抑制を疑い，投与を中止し経過観察とした．')).toEqual([
      ['sunitinib', 'started', '2025-12-19'],
      ['sunitinib', 'stopped', '2026-01-22'],
    ]);
    expect(given('経過\n2025年12月よりニボルマブを投与開始した．\n４コース投与後に甲状腺機能低下を認め，投与中止されたが，その後も倦怠感が続いた．')).toEqual([
      ['nivolumab', 'started', '2025-12'],
      ['nivolumab', 'stopped', '2025-12'],
    ]);
    expect(given('経過：R7.11よりエンコラフェニブ＋ビニメチニブを内服中。\n回答：現時点で内服中止は不要と考えます。')).toEqual([['binimetinib+encorafenib', 'ongoing', '2025-11']]);
    expect(given('経過\n2025年12月よりペムブロリズマブを投与開始した．\n肝障害に対しPSL投与を開始し，改善後にPSL投与を中止した．')).toEqual([['pembrolizumab', 'started', '2025-12']]);
  });
  it('more of a reader\'s words for a cancer: ご指摘の肺癌で矛盾しません (confirmed); 肺癌を否定できません, 肺癌の可能性が疑われます, 原発性甲状腺癌が鑑別に挙がります, 肺腺癌（T1b）を疑う所見です (suspected)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n右下葉に不整形結節があります。ご指摘の肺癌で矛盾しません。')).toEqual([['肺癌', 'confirmed']]);
    expect(diagnoses('胸部CT\n左上葉S3にも小結節を認めます。こちらも肺癌を否定できません。')).toEqual([['肺癌', 'suspected']]);
    expect(diagnoses('胸部CT\n右肺S8に不整な結節がみられ，肺癌の可能性が疑われます。')).toEqual([['肺癌', 'suspected']]);
    expect(diagnoses('頸部CT\n甲状腺右葉に結節を認めます。原発性甲状腺癌が鑑別に挙がります。')).toEqual([['原発性甲状腺癌', 'suspected']]);
    expect(diagnoses('胸部CT\n右肺上葉S1に18mmの結節を認めます。肺腺癌（T1b）を疑う所見です。')).toEqual([['肺腺癌', 'suspected']]);
  });
  it('a report\'s Impression: line is a diagnosis label: Impression(要約)：右下葉肺癌(cT2aN1MX)疑い, Impression: 左肺門部肺癌(cT3N2MX)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.laterality ?? null, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n胸水はありません。\nImpression(要約)：右下葉肺癌(cT2aN1MX)疑い')).toEqual([['下葉肺癌', 'right', 'suspected']]);
    expect(diagnoses('胸部CT\n胸水はありません。\nImpression: 左肺門部肺癌(cT3N2MX)：閉塞性肺炎')).toEqual([['肺門部肺癌', 'left', 'confirmed']]);
  });
  it('a bare or counted 転移 takes every site listed before the lesion it follows (皮下、肝、左副腎に多発結節があり、多発転移と考えます), the lesion\'s own site not a bone word inside its name (腰椎には…溶骨性病変), also after a word pointing back (こちらも, 一元的に) or an organ enlarged; not the cancer itself (…病変を認め、肺扁平上皮癌が強く疑われる。転移のない…)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n皮下、肝、左副腎に多発結節があり、多発転移と考えます。')).toEqual([['ADR,HEP,SKI', 'confirmed']]);
    expect(metastases('腹部CT\n腰椎には複数の溶骨性病変が認められ、転移の可能性があります。')).toEqual([['OSS', 'suspected']]);
    expect(metastases('腹部CT\n左副腎は腫大しており、こちらも転移の可能性があります。')).toEqual([['ADR', 'suspected']]);
    expect(metastases('腹部CT\n肝内に散在性の低吸収結節を認めます。一元的に転移と考えます。')).toEqual([['HEP', 'confirmed']]);
    expect(metastases('A/P 右肺下葉の腫瘤性病変を認め、肺扁平上皮癌が強く疑われる。転移のない臨床病期IB期と判断。')).toEqual([]);
  });
  it('…ではなさそうです denies what it follows, as …ではない does: 肺転移ではなさそうです', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n左肺下葉に小結節を複数認めます。これらは肺転移を疑います。\n右肺中葉の結節は前回と変化ありません。肺転移ではなさそうです。')).toEqual([['PUL', 'suspected'], ['PUL', 'negated']]);
  });
  it('breast, chest wall, abdominal wall and thyroid are other sites (OTH): 乳腺転移の可能性, 胸壁に軟部結節…これらも一元的に転移の可能性', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('胸部CT\n右乳房に小腫瘤を認め、乳腺転移の可能性があります。')).toEqual([['OTH', 'suspected']]);
    expect(metastases('胸部CT\n胸壁に軟部結節が２か所あり、これらも一元的に転移の可能性が考えられます。')).toEqual([['OTH', 'suspected']]);
  });
  it('sites listed with 、 before a site\'s 転移, each alone, are one mention with it (肝、脾、左副腎、左卵巣転移を疑います; 術後再発（縦隔リンパ節、多発骨転移）), also before …には転移 and …に明らかな転移 (肝，副腎には転移を認めません)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('腹部CT\n肝、脾、左副腎、左卵巣転移を疑います。')).toEqual([['ADR,HEP,OTH', 'suspected']]);
    expect(metastases('経過：\nR2.11 術後再発（縦隔リンパ節、多発骨転移）と診断。')).toEqual([['LYM,OSS', 'confirmed']]);
    expect(metastases('腹部CT\n肝，副腎には転移を認めません。\n撮像範囲の骨、脳に明らかな転移は指摘できません。')).toEqual([['ADR,HEP', 'negated'], ['BRA,OSS', 'negated']]);
    expect(metastases('胸部CT\n右肺門や縦隔に腫大リンパ節を認め転移が疑われます。\n右鎖骨上窩リンパ節も多数腫大しており、いずれも転移が示唆されます。')).toEqual([['LYM', 'suspected'], ['LYM', 'suspected']]);
  });
  it('an operation written …全摘 without 術, done or listed with the others of its session, is a procedure (胸腔鏡下食道亜全摘、３領域郭清、…胃管再建を施行), whole from its approach (腹式単純子宮全摘＋…)', () => {
    const procedures = (text: string) => ofType(run(text, '2026-02-25'), 'procedure').map((e) => e.evidence?.text);
    expect(procedures('症例は72歳女性。\n胸腔鏡下食道亜全摘、３領域郭清、胸骨後経路の胃管再建を施行した。')).toEqual(['胸腔鏡下食道亜全摘', '３領域郭清', '胃管再建を施行']);
    expect(procedures('経過\n2024年11月 腹式単純子宮全摘＋両側付属器摘出＋大網切除（R0）')).toEqual(['腹式単純子宮全摘＋両側付属器摘出＋大網切除（R0）']);
  });
  it('a course count written against an abbreviation ending in a letter (ＦＰ２コース, AC4サイクル, wPTX12回) leaves the abbreviation a drug, with its count; other Latin words against a digit stay no drug (FP2 alone, ACx)', () => {
    const given = (text: string) => ofType(run(text, '2026-02-25'), 'medication').map((e) => [e.drugs.join('+'), e.cycles ?? null]);
    expect(given('食道癌。\n術前にＦＰ２コース施行後、手術を行った。')).toEqual([['cisplatin+fluorouracil', 2]]);
    expect(given('乳癌。\nAC4サイクル施行後、wPTX12回。')).toEqual([['cyclophosphamide+doxorubicin', 4], ['paclitaxel', 12]]);
    expect(given('乳癌。\nFP2とACxの略号。')).toEqual([]);
  });
  it('a zero mistyped as the letter O in one unbroken TNM string (ｃＴ２ＮＯＭＯ) is a zero; T2 NO MORE is no staging', () => {
    const staging = (text: string) => ofType(run(text, '2026-02-25'), 'staging').map((e) => [e.tnm?.n ?? null, e.tnm?.m ?? null, e.stage ?? null]);
    expect(staging('症例は71歳女性。\n胃癌、　ｃＴ３ＮＯＭＯ　ｓｔａｇｅＩＩＢ、　手術予定。')).toEqual([['N0', 'M0', 'IIB']]);
    expect(staging('MRI\nT2 NO MORE THAN MILD.')).toEqual([]);
  });
  it('a site listed before a generic spread denied shares the denial (その他のリンパ節転移、遠隔転移所見は認めなかった; 肝転移、他臓器転移なし)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('【現病歴】\nＣＴで左腋窩に腫大リンパ節を認めた。\nその他のリンパ節転移、遠隔転移所見は認めなかった。')).toEqual([['LYM', 'negated']]);
    expect(metastases('CT\n肝転移、他臓器転移なし。')).toEqual([['HEP', 'negated']]);
    expect(metastases('CT\n肝転移あり、他臓器転移なし。')).toEqual([['HEP', 'confirmed']]);
  });
  it('the womb, the gut and the stomach are other sites (子宮転移, 乳癌の消化管転移, 胃への転移); a sentinel node is a node (センチネルリンパ節に転移はなく); an organ operated on before 術後 is none (胃GIST術後肝転移)', () => {
    const metastases = (text: string) => ofType(run(text, '2026-02-25'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(metastases('【症例】60歳代の女性。\n経過中に右鎖骨上リンパ節転移、子宮転移、腹膜播種が出現。')).toEqual([['LYM', 'confirmed'], ['OTH', 'confirmed'], ['PER', 'confirmed']]);
    expect(metastases('病理\nセンチネルリンパ節に転移はなく、断端陰性。')).toEqual([['LYM', 'negated']]);
    expect(metastases('#胃GIST術後肝転移\nイマチニブ再開。')).toEqual([['HEP', 'confirmed']]);
    // (One event for the gut and the stomach: both are OTH, and a site is an event at its first confirmed mention.)
    expect(metastases('経過\n生検にて乳癌の消化管転移と診断した。胃への転移も認めた。')).toEqual([['OTH', 'confirmed']]);
  });
  it('a cancer acted on is diagnosed: 上行結腸癌診断にて結腸右半切除術 (confirmed), 横行結腸癌の疑いにて結腸部分切除, 右下葉肺がん疑いにて入院 (suspected); 再発認めず denies a recurrence with no particle', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('症例は63歳男性。\n上行結腸癌診断にて腹腔鏡下結腸右半切除術を施行した．')).toEqual([['上行結腸癌', 'confirmed']]);
    expect(diagnoses('症例は55歳女性。\n紹介後１０日目、横行結腸癌の疑いにて結腸部分切除を施行した。')).toEqual([['横行結腸癌', 'suspected']]);
    expect(diagnoses('A/P\n右下葉肺がん疑いにて本日入院。')).toEqual([['下葉肺がん', 'suspected']]);
    expect(diagnoses('症例は55歳女性。\n術後２年、再発認めず外来通院中。')).toEqual([['再発', 'negated']]);
  });
  it('a receptor\'s call and share in parentheses apart by a colon (ＥＲ（＋：８０％）) are its result and value, as with a comma (ER(+, 95%))', () => {
    const markers = (text: string) => ofType(run(text, '2026-02-25'), 'biomarker').map((e) => [e.name, e.result, e.value ?? null]);
    expect(markers('病理\nＥＲ（＋：８０％）、ＰｇＲ（＋：３０％）、ＨＥＲ２（ｓｃｏｒｅ１）。')).toEqual([['ER', 'positive', '80%'], ['PgR', 'positive', '30%'], ['HER2', 'negative', '1+']]);
  });
  it('放射線 before 照射 is no part of the site irradiated: 残存乳房への放射線照射 is given to 残存乳房, Th10に放射線照射 to Th10, 放射線照射 alone to no site', () => {
    const sites = (text: string) => ofType(run(text, '2026-02-25'), 'radiotherapy').map((e) => e.site ?? null);
    expect(sites('経過\n術後、残存乳房への放射線照射を施行した。')).toEqual(['残存乳房']);
    expect(sites('経過\n2/27～3/5 Th10に放射線照射 20Gy/5fr')).toEqual(['Th10']);
    expect(sites('経過\n放射線照射を施行した。')).toEqual([null]);
  });
  it('a radiotherapy\'s target after に対する is its site (腰椎転移に対する放射線照射), and a later mention naming no site restates the course (…放射線治療（50.4 Gy）終了 … 放射線治療終了後より…)', () => {
    const rts = (text: string) => ofType(run(text, '2026-02-25'), 'radiotherapy').map((e) => [e.site ?? null, e.doseGy ?? null]);
    expect(rts('A/P\n#放射線肺臓炎\n食道癌に対する放射線治療（50.4 Gy）終了後3カ月で咳嗽が出現。\n#食道癌\n放射線治療終了後より経過観察中。')).toEqual([['食道癌', 50.4]]);
    expect(rts('経過\n腰椎転移に対する放射線照射（20Gy/5回）を施行。')).toEqual([['腰椎転移', 20]]);
  });
  it('a therapy given with another act in a past sentence (S-1を2コース施行するとともに放射線照射（計50Gy）を施行した) was given, not one to come', () => {
    const events = (text: string) => run(text, '2026-02-25').filter((e) => e.type === 'medication' || e.type === 'radiotherapy').map((e) => [e.type, e.type === 'medication' ? e.cycles ?? null : e.doseGy ?? null]);
    expect(events('症例は50代女性。\nＳ－１を２コース施行するとともに放射線照射（計５０Ｇｙ）を施行した。')).toEqual([['medication', 2], ['radiotherapy', 50]]);
    expect(events('方針\nmFOLFOX6を施行する。')).toEqual([]);
  });
  it('a cue past the spread listed after the cancer with its own details diagnoses the cancer (進行胃癌、多発肝転移（Ｌ，…）と診断された)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.evidence?.text]);
    expect(diagnoses('症例は40代女性。\n２０２０年３月に進行胃癌、多発肝転移（Ｌ，Ｔｙｐｅ　４，ｃＴ４ａ（ＳＥ），　ｃＨ２，　ｃＳｔａｇｅＩＶＢ）と診断された。')).toEqual([['進行胃癌', '2020-03', '進行胃癌']]);
  });
  it('a cancer judged right after its name (異時性大腸癌と判断し) is diagnosed, as one diagnosed (…と診断し) is', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('症例は60代男性。\n２０２３年５月の内視鏡検査でＳ状結腸に隆起性病変を認め、異時性大腸癌と判断し、手術を行った。')).toEqual(['異時性大腸癌']);
  });
  it('the metastases worse (転移巣の増悪を認め) is progression, as the tumour worse is', () => {
    const responses = (text: string) => ofType(run(text, '2026-02-25'), 'response').map((e) => e.code);
    expect(responses('症例は58歳女性．\nＣＡＰＯＸを８回終了後に転移巣の増悪を認め，二次治療としてＦＯＬＦＩＲＩを開始した．')).toEqual(['PD']);
  });
  it('a recurrence suspected (大腸癌再発を疑いＰＥＴ) is suspected, one a finding would suggest found absent (再発を疑う所見は認められなかった) denied; the rectum and colon are other sites (乳癌結腸転移と診断)', () => {
    const events = (text: string) => run(text, '2026-02-25').flatMap((e) => (e.type === 'diagnosis' && /再発/.test(e.name) ? [[e.name, e.certainty ?? 'confirmed']] : e.type === 'metastasis' ? [[e.sites.join(','), e.certainty ?? 'confirmed']] : []));
    expect(events('症例は67歳女性．\nＣＥＡ上昇が続き，大腸癌再発を疑いＰＥＴを行った．')).toEqual([['大腸癌再発', 'suspected']]);
    expect(events('A/P\nＣＴでは再発を疑う所見は認められなかった。')).toEqual([['再発', 'negated']]);
    expect(events('経過\n内視鏡生検で乳癌結腸転移と診断した。')).toEqual([['OTH', 'confirmed']]);
  });
  it('a diagnosis the patient received (検査した結果膵がんステージ４診断受ける) is one, named without the 結果 of what found it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-01-01'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('「家に帰りたい」\n１０月５日に検査した結果膵がんステージ４診断受ける。家族へ説明あり。')).toEqual([['膵がん', '2025-10-05']]);
  });
  it('a nursing record\'s cancer said terminal (胃がん末期　腹水貯留) or the patient\'s after a treatment (左卵巣癌、化学療法後の患者) is diagnosed; the cancer worse (卵巣癌増悪に伴う…) is progression, not 胃癌増悪時', () => {
    const events = (text: string) => run(text, '2026-02-25').flatMap((e) => (e.type === 'diagnosis' ? [e.name] : e.type === 'response' ? [e.code] : []));
    expect(events('「息がしんどい」\n胃がん末期　腹水貯留　倦怠感強くベッド上で過ごす')).toEqual(['胃がん']);
    expect(events('「お腹が張って苦しい」\n左卵巣癌、化学療法後の患者。腹部膨満を主訴に来院。\n卵巣癌増悪に伴う腹水増加がみられる。')).toEqual(['卵巣癌', 'PD']);
    expect(events('説明\n胃癌増悪時は入院とする。')).toEqual([]);
  });
  it('a TNM string with the gastric or colorectal classification\'s P, H and CY before its M (Ｔ３、Ｎ２、Ｐ０、Ｈ０、ＣＹ０、Ｍ０、Ｓｔａｇｅ　ⅢＡ) is one staging; 放射線化学療法 is radiotherapy, as 化学放射線療法 is', () => {
    const events = (text: string) => run(text, '2026-02-25').flatMap((e) => (e.type === 'staging' ? [[e.tnm?.t ?? null, e.tnm?.n ?? null, e.tnm?.m ?? null, e.stage ?? null]] : e.type === 'radiotherapy' ? [['RT', e.intent ?? null]] : []));
    expect(events('経過\n胃前庭部の胃癌（３型、Ｔ３、Ｎ２、Ｐ０、Ｈ０、ＣＹ０、Ｍ０、Ｓｔａｇｅ　ⅢＡ）にて幽門側胃切除を施行した。')).toEqual([['T3', 'N2', 'M0', 'IIIA']]);
    expect(events('病理\nｐＴ３，ｐＮ１，ｓＰ０，ｓＨ０，ｃＭ０，ｆＳｔａｇｅ３Ａ')).toEqual([['T3', 'N1', 'M0', 'IIIA']]);
    expect(events('経過\n術前放射線化学療法施行後にＭｉｌｅｓ手術を施行した。')).toEqual([['RT', 'neoadjuvant']]);
  });
  it('a cancer suspected with another finding listed after it (肺癌および縦隔リンパ節腫大が疑われます, 肺癌や結核を疑います) is suspected; a confirmed one told later (…と診断) is then an event of its own', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n右下葉に結節を認め、肺癌および縦隔リンパ節腫大が疑われます。')).toEqual([['肺癌', 'suspected']]);
    expect(diagnoses('A/P\n画像上、右上葉肺癌と腰椎の骨転移が強く疑われる。\n生検で肺腺癌と診断した。')).toEqual([['上葉肺癌', 'suspected'], ['肺腺癌', 'confirmed']]);
    expect(diagnoses('胸部CT\n右上葉の空洞影は肺癌や結核を疑います。')).toEqual([['肺癌', 'suspected']]);
  });
});

// Items earlier session notes left alone.
describe('from items earlier notes left alone', () => {
  it('a parenthesis naming a regimen\'s drugs is no dose though a spelling holds a digit (S-1（TS-1）100mg/日: the dose is after it; TPF療法（DTX+CDDP+5-FU）: none); an intent told after the drug (タモキシフェンを術後補助療法として開始, GnPを術前化学療法として) is its intent', () => {
    const given = (text: string) => ofType(run(text, '2026-02-25'), 'medication').map((e) => [e.dose ?? null, e.intent ?? null]);
    expect(given('外来\nS-1（TS-1）100mg/日を内服中。')).toEqual([['100mg/日', null]]);
    expect(given('経過\nR6.1.9 TPF療法（DTX+CDDP+5-FU）導入。')).toEqual([[null, null]]);
    expect(given('外来\nタモキシフェンを術後補助療法として開始。')).toEqual([[null, 'adjuvant']]);
    expect(given('外来\nGnPを術前化学療法として2コース施行。')).toEqual([[null, 'neoadjuvant']]);
  });
  it('現在 right before what is now, or Currently on …, opens today at a line\'s start: 現在オシメルチニブ内服中 and Currently on osimertinib take the note\'s date', () => {
    const dates = (text: string) => ofType(run(text, '2026-01-14'), 'medication').map((e) => [e.status ?? null, e.date?.start ?? null]);
    expect(dates('現病歴\n現在オシメルチニブ内服中。')).toEqual([['ongoing', '2026-01-14']]);
    expect(dates('HPI\nCurrently on osimertinib 80 mg daily.')).toEqual([['ongoing', '2026-01-14']]);
  });
  it('a cancer on a heading\'s or title\'s line that the line denies (胸部CT / 肺癌と縦隔リンパ節腫大は認めません; A) 肺癌なし) is no diagnosis; a denial of something else after it (肺癌術後 再発なし, 肺癌と診断されたが転移は認めず) leaves it', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-02-25'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('胸部CT\n肺癌と縦隔リンパ節腫大は認めません。')).toEqual([]);
    expect(diagnoses('CT所見\n肺癌は認めません。')).toEqual([]);
    expect(diagnoses('A) 肺癌なし')).toEqual([]);
    expect(diagnoses('#1 肺癌術後 再発なし')).toEqual([['肺癌', 'confirmed'], ['再発', 'negated']]);
    expect(diagnoses('#1 肺癌と診断されたが転移は認めず')).toEqual([['肺癌', 'confirmed']]);
  });
  it('a schedule written against the drug after it (weeklyPTX, weekly5-FU, BiweeklyCPT-11) does not hide the drug; a Latin word running into a spelling still does (xCBDCA)', () => {
    const drugs = (text: string) => ofType(run(text, '2026-02-25'), 'medication').map((e) => [e.drugs.join('+'), e.cycles ?? null]);
    expect(drugs('経過\nweeklyPTX 3コース施行。')).toEqual([['paclitaxel', 3]]);
    expect(drugs('経過\nweekly5-FU開始。')).toEqual([['fluorouracil', null]]);
    expect(drugs('経過\nBiweeklyCPT-11開始。')).toEqual([['irinotecan', null]]);
    expect(drugs('経過\nxCBDCA開始。')).toEqual([]);
  });
  it('the test named between a gene and its call (EGFR遺伝子検査：陰性, BRCA1/2 germline: 陰性, BRCA遺伝学的検査で陰性, EGFR遺伝子変異検査(cobas)：L858R陽性) does not hide the call; a test sent off (EGFR遺伝子検査を提出) is none', () => {
    const markers = (text: string) => ofType(run(text, '2026-02-25'), 'biomarker').map((e) => [e.name, e.result, e.variant ?? null]);
    expect(markers('外来\nEGFR遺伝子検査：陰性')).toEqual([['EGFR', 'negative', null]]);
    expect(markers('婦人科\nBRCA1/2 germline: 陰性')).toEqual([['BRCA1', 'negative', null], ['BRCA2', 'negative', null]]);
    expect(markers('外来\nBRCA遺伝学的検査で陰性。')).toEqual([['BRCA', 'negative', null]]);
    expect(markers('外来\nEGFR遺伝子変異検査(cobas)：L858R陽性')).toEqual([['EGFR', 'positive', 'L858R']]);
    expect(markers('外来\nEGFR遺伝子検査を提出した。')).toEqual([]);
  });
  it('a record named for the stay (入院サマリー, 入院記録, 入院診療計画書) is no admission; the stay its fields or prose tell is', () => {
    const stays = (text: string) => run(text, '2026-11-20').filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start ?? null]);
    expect(stays('入院サマリー\n入院日：2026/10/2　退院日：2026/10/25')).toEqual([['admission', '2026-10-02'], ['discharge', '2026-10-25']]);
    expect(stays('2026/10/2 入院記録\n主訴：発熱')).toEqual([]);
    expect(stays('入院診療計画書\n病名：胃癌')).toEqual([]);
    expect(stays('経過\n2026/10/2 入院。')).toEqual([['admission', '2026-10-02']]);
  });
  it('a transplant with 施行 or 実施 written against it (自家末梢血幹細胞移植施行) is a procedure, as are the transplants\' abbreviations done (ASCT施行, auto-PBSCT施行, allo-HSCT施行); not 移植片対宿主病, nor ASCT適応', () => {
    const procedures = (text: string) => ofType(run(text, '2026-02-25'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過\n2026/1 自家末梢血幹細胞移植施行。')).toEqual([['自家末梢血幹細胞移植', '2026-01']]);
    expect(procedures('経過\n2026/1 同種造血幹細胞移植実施。')).toEqual([['同種造血幹細胞移植', '2026-01']]);
    expect(procedures('経過\n2025/12 ASCT施行。2026/1 auto-PBSCT施行。2026/2 allo-HSCT施行。')).toEqual([['ASCT', '2025-12'], ['auto-PBSCT', '2026-01'], ['allo-HSCT', '2026-02']]);
    expect(procedures('経過\n移植片対宿主病あり。ASCT適応あり。')).toEqual([]);
  });
  it('HER2-low (HER2低発現（IHC 1+）, HER2 low (IHC 2+, ISH陰性), HER2-low) is HER2 negative, as ASCO/CAP calls it, with the score its parenthesis gives', () => {
    const markers = (text: string) => ofType(run(text, '2026-02-25'), 'biomarker').map((e) => [e.name, e.result, e.value ?? null]);
    expect(markers('乳腺\nHER2低発現（IHC 1+）乳癌、肝転移。')).toEqual([['HER2', 'negative', '1+']]);
    expect(markers('乳腺\nHER2 low (IHC 2+, ISH陰性)')).toEqual([['HER2', 'negative', '2+']]);
    expect(markers('乳腺\nHER2-low乳癌')).toEqual([['HER2', 'negative', null]]);
    expect(markers('乳腺\nHER2陽性乳癌')).toEqual([['HER2', 'positive', null]]);
  });
  it('a radiotherapy dose joined to the one before it by + (全骨盤照射50.4Gy/28fr + 腔内照射24Gy/4fr) is a course of its own from the +: its evidence and site are not the first course\'s', () => {
    const courses = (text: string) => ofType(run(text, '2026-02-25'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.site ?? null, e.evidence!.text, e.date?.start ?? null]);
    expect(courses('経過\n2026/1/6～2/20 CCRT（全骨盤照射50.4Gy/28fr + 腔内照射24Gy/4fr）。')).toEqual([
      [50.4, '全骨盤', '全骨盤照射50.4Gy/28fr', '2026-01-06'],
      [24, null, '腔内照射24Gy/4fr', '2026-01-06'],
    ]);
  });
  it('a radiotherapy site told with に, へ or に対して right before the dose (骨盤に8Gy/1fr, 右肺門へ 60Gy/30fr, 腰椎に対して30Gy/10fr) is its site; a time told so (同日に30Gy/10fr) is not', () => {
    const sites = (text: string) => ofType(run(text, '2026-02-25'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.site ?? null]);
    expect(sites('経過\n全脳照射30Gy/10fr、その後 骨盤に8Gy/1fr。')).toEqual([[30, '全脳'], [8, '骨盤']]);
    expect(sites('経過\n右肺門へ 60Gy/30fr施行。')).toEqual([[60, '右肺門']]);
    expect(sites('経過\n腰椎に対して30Gy/10fr施行。')).toEqual([[30, '腰椎']]);
    expect(sites('経過\n同日に30Gy/10fr施行。')).toEqual([[30, null]]);
  });
  it('a recurrence a numbered problem line opens with after its date (#2 2026/6 縦隔リンパ節再発 → …) is one, dated by the line, as one on an unnumbered dated line is', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('#1 食道癌術後\n#2 2026/6 縦隔リンパ節再発 → Nivo 開始')).toEqual([['食道癌', null], ['縦隔リンパ節再発', '2026-06']]);
    expect(diagnoses('経過\n2026/6 縦隔リンパ節再発 → Nivo 開始')).toEqual([['縦隔リンパ節再発', '2026-06']]);
  });
  it('a start of the same drugs after their course was over (術後補助…ニボルマブ…1年完遂 … 再発。ニボルマブ開始; GnP終了 … GnP再導入) does not take that course\'s line or intent; a maintenance of some of them (… → PEM+Pembro維持) still continues its line', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.status ?? null, e.line ?? null, e.intent ?? null]);
    expect(given('経過\n2023/5 術後補助療法としてニボルマブ開始、2024/5 1年完遂。\n2026/6 再発。ニボルマブ開始。')).toEqual([['completed', null, 'adjuvant'], ['started', null, null]]);
    expect(given('経過\n2024/1 1st lineとしてGnP開始。2024/6 GnP終了。\n2025/1 GnP再導入。')).toEqual([['started', 1, null], ['completed', 1, null], ['started', null, null]]);
    expect(given('経過\n2024/1 1st lineとしてGnP開始。2024/3 GnP継続。')).toEqual([['started', 1, null], ['ongoing', 1, null]]);
    expect(given('経過\n2023/3 1st line: CBDCA+PEM+Pembro 4コース施行。\n2023/6～ PEM+Pembro維持療法開始。')).toEqual([['completed', 1, null], ['started', 1, null]]);
  });
  it('N次 alone in parentheses after a regimen (GC+デュルバルマブ（1次）, ペミガチニブ（2次）開始) is its line', () => {
    const lines = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join('+'), e.line ?? null]);
    expect(lines('経過\nGC+デュルバルマブ（1次）開始。')).toEqual([['cisplatin+durvalumab+gemcitabine', 1]]);
    expect(lines('経過\n2026/4 ペミガチニブ（2次）開始。')).toEqual([['pemigatinib', 2]]);
  });
  it('a course with its line or phase told and the response after it (GC+デュルバルマブ（1次）後PD; 寛解導入療法（IDR+Ara-C 3+7）後、day28の骨髄でCR) was given, where the note names it nowhere before; without either (GEM+CDDP+Durva 後のPD) or named before, it is a back-reference', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join('+'), e.line ?? null, e.status ?? null]);
    expect(given('経過\nGC+デュルバルマブ（1次）後PD、ペミガチニブ（2次）開始 2026/4。')).toEqual([['cisplatin+durvalumab+gemcitabine', 1, 'completed'], ['pemigatinib', 2, 'started']]);
    expect(given('経過\nAML。寛解導入療法（IDR+Ara-C 3+7）後、day28の骨髄でCR。')).toEqual([['cytarabine+idarubicin', null, 'completed']]);
    expect(given('A) 胆嚢癌 術後再発、GEM+CDDP+Durva 後のPD。BSCの方針。')).toEqual([]);
    expect(given('経過\n2025/1 GC+デュルバルマブ（1次）開始。\nGC+デュルバルマブ（1次）後PD。')).toEqual([['cisplatin+durvalumab+gemcitabine', 1, 'started']]);
  });
  it('a recurrence concluded with と考える (再発と考えられた, 局所再発と考えます) is confirmed, dated by its line, as a cancer so concluded is; not 再発と考えられず nor 再発とは考えにくい', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(diagnoses('経過\n2026/9 PET-CTで傍大動脈リンパ節と肺に集積あり、再発と考えられた。')).toEqual([['再発', 'confirmed', '2026-09']]);
    expect(diagnoses('経過\n2026/9 CTで局所再発と考えます。')).toEqual([['局所再発', 'confirmed', '2026-09']]);
    expect(diagnoses('経過\n2026/9 CTで再発と考えられず経過観察。')).toEqual([]);
    expect(diagnoses('経過\n2026/9 再発とは考えにくい。')).toEqual([]);
  });
  it('a stay told in English prose (Admitted on 10/3/2026 for CCRT; was admitted to our hospital on October 3, 2026; discharged home on 11/16) is an admission or discharge dated by the day after the verb; not one to come (will be admitted)', () => {
    const stays = (text: string) => run(text, '2026-11-20').filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start ?? null]);
    expect(stays('Hospital course: Admitted on 10/3/2026 for CCRT.\nDischarged on 11/16/2026.')).toEqual([['admission', '2026-10-03'], ['discharge', '2026-11-16']]);
    expect(stays('HPI\nShe was admitted to our hospital on October 3, 2026. She was discharged home on 11/16.')).toEqual([['admission', '2026-10-03'], ['discharge', '2026-11-16']]);
    expect(stays('Plan: she will be admitted for chemotherapy.')).toEqual([]);
  });
  it('an organ\'s total removal first named as what the patient is after (甲状腺全摘後、RAI施行) was done, as 右上葉切除術後、 was; named done before, it is a back-reference', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-20'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過\n2025/5 甲状腺全摘後、RAI施行。')).toEqual([['甲状腺全摘', '2025-05']]);
    expect(procedures('経過\n2025/5 甲状腺全摘施行。\n2025/7 甲状腺全摘後、RAI施行。')).toEqual([['甲状腺全摘', '2025-05']]);
  });
  it('an English diagnosis label with the stage before the name (Diagnosis: Stage IIIB squamous cell carcinoma of the right lung) or an Assessment label (Assessment: adenocarcinoma of the pancreas; Assessment and Plan: metastatic pancreatic adenocarcinoma) states the cancer', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(diagnoses('Discharge summary\nDiagnosis: Stage IIIB squamous cell carcinoma of the right lung (cT3N2M0).')).toEqual([['squamous cell carcinoma', 'C34.9']]);
    expect(diagnoses('Assessment: adenocarcinoma of the pancreas, metastatic to liver.')).toEqual([['adenocarcinoma', 'C25.9']]);
    expect(diagnoses('Assessment and Plan: metastatic pancreatic adenocarcinoma on gemcitabine.')).toEqual([['pancreatic adenocarcinoma', 'C25.9']]);
  });
  it('a planned time or count a therapy is begun for (術後ダブラフェニブ+トラメチニブ 12か月予定で開始; S-1 1年間の予定で内服開始) is no plan: the therapy started; one still to start (S-1 1年間の予定で開始予定) is none', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.intent ?? null, e.date?.start ?? null]);
    expect(given('経過\n術後ダブラフェニブ+トラメチニブ 12か月予定で開始（2025/10～）。')).toEqual([['dabrafenib+trametinib', 'started', 'adjuvant', '2025-10']]);
    expect(given('経過\n2025/10 S-1 1年間の予定で内服開始。')).toEqual([['gimeracil+oteracil+tegafur', 'started', null, '2025-10']]);
    expect(given('経過\nS-1 1年間の予定で開始予定。')).toEqual([]);
  });
  it('a recurrence told after the finding that shows it with あり (CTで右胸膜播種、悪性胸水あり再発。) is one, dated by its line', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(diagnoses('経過\n肺癌術後。2026/7 CTで右胸膜播種、悪性胸水あり再発。')).toEqual([['肺癌', 'confirmed', null], ['再発', 'confirmed', '2026-07']]);
  });
  it('γナイフ (the Greek letter for ガンマ) said done is radiotherapy, as ガンマナイフ is', () => {
    const courses = (text: string) => ofType(run(text, '2026-11-20'), 'radiotherapy').map((e) => [e.evidence!.text, e.date?.start ?? null]);
    expect(courses('経過\n2025/12 γナイフ施行（多発脳転移）。')).toEqual([['γナイフ施行', '2025-12']]);
  });
  it('a resection listed with a comma after it (2022/6 右上葉切除, pStage IA2; 右上葉切除、リンパ節郭清) was done, as one followed by ・ or + was; not one among options explained (肝切除、化学療法の選択肢を説明)', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-20'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過\n肺癌術後 (2022/6 右上葉切除, pStage IA2)。')).toEqual([['上葉切除', '2022-06']]);
    expect(procedures('経過\n2022/6 右上葉切除、リンパ節郭清。')).toEqual([['上葉切除', '2022-06'], ['リンパ節郭清', '2022-06']]);
    expect(procedures('方針\n肝切除、化学療法の選択肢を説明。')).toEqual([]);
  });
  it('a planned count not reached (CAPOX 4コース予定のところ、3コースで…終了; 8コース予定であったが、3コースで終了) is the count given, no plan; a count only planned (CAPOX 8コース予定) is none', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join('+'), e.cycles ?? null, e.status ?? null, e.intent ?? null]);
    expect(given('経過\n術後補助化学療法 CAPOX 4コース予定のところ、3コースで末梢神経障害G3のため終了。')).toEqual([['capecitabine+oxaliplatin', 3, 'completed', 'adjuvant']]);
    expect(given('経過\nCAPOX 8コース予定であったが、3コースで終了。')).toEqual([['capecitabine+oxaliplatin', 3, 'completed', null]]);
    expect(given('経過\nCAPOX 8コース予定。')).toEqual([]);
  });
  it('a course of responses with the first\'s detail and the next\'s date between them (SD（縮小率 15%）→ 2026/5 PD) is one event per category, the date after the arrow the second\'s only', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-20'), 'response').map((e) => [e.code, e.date?.start ?? null]);
    expect(responses('経過\n治療効果：SD（縮小率 15%）→ 2026/5 PD（新規病変出現）')).toEqual([['SD', null], ['PD', '2026-05']]);
    expect(responses('2026/1 GnP開始。\n治療効果：SD（縮小率 15%）→ 2026/5 PD')).toEqual([['SD', '2026-01'], ['PD', '2026-05']]);
    expect(responses('経過\n2026/3 CT: PR → 2026/5 PD')).toEqual([['PR', '2026-03'], ['PD', '2026-05']]);
  });
  it('a stage written as its numeral and 期 alone right after the cancer (胃癌 Ⅳ期, 卵巣癌 IIIC期（…）) or after the TNM string it completes (cT4aN2M0、Ⅲ期) is the stage; not a trial\'s phase (第II期) nor another disease\'s (CKD III期)', () => {
    const stagings = (text: string) => ofType(run(text, '2026-11-20'), 'staging').map((e) => [e.tnm?.t ?? null, e.stage ?? null]);
    expect(stagings('外来\n胃癌 Ⅳ期、BSCの方針。')).toEqual([[null, 'IV']]);
    expect(stagings('婦人科\n卵巣癌 IIIC期（高異型度漿液性癌）。')).toEqual([[null, 'IIIC']]);
    expect(stagings('臨床病期：cT4aN2M0、Ⅲ期')).toEqual([['T4a', 'III']]);
    expect(stagings('外来\n第II期臨床試験に参加。CKD III期。')).toEqual([]);
  });
  it('a generic spread with its sites listed in parentheses after it (多臓器転移（肝、肺、骨）, 遠隔転移（肝、骨）疑い) is one mention of them all; a call in the parenthesis (転移（-）) is none; がん性 phrases (がん性リンパ管症, がん性胸膜炎) are sites as 癌性 ones are', () => {
    const mets = (text: string) => ofType(run(text, '2026-11-20'), 'metastasis').map((e) => [e.sites.join(','), e.certainty ?? 'confirmed']);
    expect(mets('経過\n多臓器転移（肝、肺、骨）あり。')).toEqual([['HEP,OSS,PUL', 'confirmed']]);
    expect(mets('経過\n遠隔転移（肝、骨）疑い。')).toEqual([['HEP,OSS', 'suspected']]);
    expect(mets('病理\n転移（-）')).toEqual([]);
    expect(mets('経過\nがん性リンパ管症、がん性胸膜炎あり。')).toEqual([['PUL', 'confirmed'], ['PLE', 'confirmed']]);
  });
  it('an English sentence\'s end bounds the words read for a therapy\'s status: on letrozole since 2020. … started ribociclib is letrozole under way, not started', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join('+'), e.status ?? null, e.evidence!.text]);
    expect(given('HPI\nPt is a 55F with breast cancer, on letrozole since 2020. Recurrence in liver 2025/09; started ribociclib + fulvestrant.')).toEqual([
      ['letrozole', 'ongoing', 'letrozole since'],
      ['fulvestrant+ribociclib', 'started', 'ribociclib + fulvestrant'],
    ]);
  });
  it('English progression of disease is PD, as disease progression is; not after no, nor at or until it (a time to come)', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-20'), 'response').map((e) => e.code);
    expect(responses('Impression: Progression of disease (new liver lesions). Will switch to FOLFIRI.')).toEqual(['PD']);
    expect(responses('CT: No progression of disease.')).toEqual([]);
    expect(responses('Plan: continue until disease progression; at progression of disease, switch to FOLFIRI.')).toEqual([]);
  });
  it('an English cancer name with dx or diagnosed after it (breast cancer dx 2019; pancreatic adenocarcinoma diagnosed in 3/2024) is diagnosed then; not one to rule out', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('HPI\nShe is a 55F.\nHR+/HER2- breast cancer dx 2019, s/p lumpectomy.')).toEqual([['breast cancer', '2019']]);
    expect(diagnoses('HPI\nShe is a 62M.\nMetastatic pancreatic adenocarcinoma diagnosed in 3/2024, on GnP.')).toEqual([['pancreatic adenocarcinoma', '2024-03']]);
    expect(diagnoses('HPI\nShe is a 55F.\nPlan: rule out breast cancer dx.')).toEqual([]);
  });
  it('a radiotherapy said done in English with the verb before it (treated with SRS 2/2024; s/p WBRT in 2023; received palliative radiotherapy to T-spine on 5/1/2024) is a course, dated by the date after it, with the intent and site it says; not one considered', () => {
    const courses = (text: string) => ofType(run(text, '2026-11-20'), 'radiotherapy').map((e) => [e.evidence!.text, e.date?.start ?? null, e.intent ?? null, e.site ?? null]);
    expect(courses('Hx: NSCLC. Brain mets treated with SRS 2/2024.')).toEqual([['SRS', '2024-02', null, null]]);
    expect(courses('HPI\ns/p WBRT in 2023, received palliative radiotherapy to T-spine on 5/1/2024.')).toEqual([
      ['WBRT', '2023', null, null],
      ['radiotherapy', '2024-05-01', 'palliative', 'T-spine'],
    ]);
    expect(courses('Plan: consider SRS.')).toEqual([]);
  });
  it('a gene said rearranged or translocated (ALK rearranged (FISH positive), ROS1 rearrangement) is positive, as an amplification is; not one said not detected or negative', () => {
    const markers = (text: string) => ofType(run(text, '2026-11-20'), 'biomarker').map((e) => [e.name, e.result]);
    expect(markers('Dx: Stage IV NSCLC (adenocarcinoma), ALK rearranged (FISH positive).')).toEqual([['ALK', 'positive']]);
    expect(markers('NGS\nROS1 rearrangement detected.')).toEqual([['ROS1', 'positive']]);
    expect(markers('NGS\nROS1 rearrangement not detected. ALK rearrangement: negative.')).toEqual([]);
  });
  it('an English case intro in shorthand or with the cancer\'s qualifiers (Assessment: 72F with HER2+ metastatic gastric cancer; A 72-year-old woman with metastatic gastric cancer; Pt is a 55F w/ HR+/HER2- breast cancer) states the cancer; a doubt before the name (probable pancreatic cancer) makes it suspected, and suspected breast cancer in an intro is no diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('Assessment: 72F with HER2+ metastatic gastric cancer, now on T-DXd.')).toEqual([['gastric cancer', 'confirmed']]);
    expect(diagnoses('HPI\nA 72-year-old woman with metastatic gastric cancer on T-DXd.')).toEqual([['gastric cancer', 'confirmed']]);
    expect(diagnoses('HPI\nPt is a 55F w/ HR+/HER2- breast cancer, on letrozole.')).toEqual([['breast cancer', 'confirmed']]);
    expect(diagnoses('Dx: probable pancreatic cancer')).toEqual([['pancreatic cancer', 'suspected']]);
    expect(diagnoses('HPI\n55F with suspected breast cancer.')).toEqual([]);
    expect(diagnoses('HPI\n55F with a family history of breast cancer.')).toEqual([]);
  });
  it('English courses said before the drugs (s/p 6 cycles of trastuzumab + CAPOX; received 4 cycles of FOLFOX; completed six cycles of R-CHOP; s/p adjuvant CAPOX) and a count at a sentence\'s end (s/p FOLFOX x8.) are courses given, with their count', () => {
    const given = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null, e.intent ?? null]);
    expect(given('HPI\ns/p 6 cycles of trastuzumab + CAPOX (PR), now on T-DXd.')).toEqual([['trastuzumab + CAPOX', 6, 'completed', null], ['T-DXd', null, 'ongoing', null]]);
    expect(given('HPI\nreceived 4 cycles of FOLFOX.')).toEqual([['FOLFOX', 4, 'completed', null]]);
    expect(given('HPI\ncompleted six cycles of R-CHOP in 2020.')).toEqual([['R-CHOP', 6, 'completed', null]]);
    expect(given('HPI\ns/p FOLFOX x8.')).toEqual([['FOLFOX', 8, 'completed', null]]);
    expect(given('HPI\ns/p adjuvant CAPOX.')).toEqual([['CAPOX', null, 'completed', 'adjuvant']]);
  });
  it('in English, the date after a diagnosis told with diagnosed with dates it (…, stage IIIA in 2020), and neither a therapy nor a diagnosis takes a date from a later sentence or past an arrow (BR x6 -> CR. Relapsed 2025; …; …breast cancer. In 2024 she had surgery.)', () => {
    const dated = (text: string) => run(text, '2026-11-20').filter((e) => e.type === 'diagnosis' || e.type === 'medication').map((e) => [e.type, e.date?.start ?? null]);
    expect(dated('Brief history: Diagnosed with follicular lymphoma grade 1-2, stage IIIA in 2020. BR x6 -> CR. Relapsed 2025; started R2 (lenalidomide + rituximab).')).toEqual([
      ['diagnosis', '2020'],
      ['medication', '2020'],
      ['medication', '2025'],
    ]);
    expect(dated('HPI\nShe was diagnosed with breast cancer. In 2024 she had surgery.')).toEqual([['diagnosis', null]]);
  });
  it('a recurrence with a sign after it (再発(-), 局所再発（＋）) is denied or stated by the sign; one with its date right before it and what was done about it after a space (…術後 2024年3月 骨盤内再発 CCRT施行) is stated, but not before a doubt or a work-up (局所再発 疑い, 局所再発 精査目的)', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').filter((e) => /再発/.test(e.name)).map((e) => [e.name, e.certainty ?? 'confirmed', e.date?.start ?? null]);
    expect(recurrences('2025/3 CT: 再発(-)、肺転移（－）')).toEqual([['再発', 'negated', '2025-03']]);
    expect(recurrences('2025/3 局所再発 (-)')).toEqual([['再発', 'negated', '2025-03']]);
    expect(recurrences('2025/3 CT: 局所再発（＋）')).toEqual([['局所再発', 'confirmed', '2025-03']]);
    expect(recurrences('子宮頸癌 IB2期 広汎子宮全摘術後 2024年3月 骨盤内再発 CCRT施行。')).toEqual([['骨盤内再発', 'confirmed', '2024-03']]);
    expect(recurrences('2024年3月 局所再発 疑い')).toEqual([]);
    expect(recurrences('2024年3月 局所再発 精査目的に入院。')).toEqual([]);
  });
  it('a drug added to what is given (PSA再上昇しエンザルタミド追加, Bevを追加) is started; a boost (追加照射) is no drug\'s verb, nor a site', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.status ?? null, e.date?.start ?? null]);
    expect(meds('2024年6月 PSA再上昇しエンザルタミド追加。')).toEqual([['エンザルタミド', 'started', '2024-06']]);
    expect(meds('CBDCA+PEM 4コース後、Bevを追加。')).toEqual([['CBDCA+PEM', 'completed', null], ['Bev', 'started', null]]);
    expect(meds('ドセタキセル後、追加照射予定。')).toEqual([]);
    expect(ofType(run('化学療法後、追加照射施行。', '2026-11-20'), 'radiotherapy').map((e) => e.site ?? null)).toEqual([null]);
  });
  it('CRT and CCRT said done are radiotherapy, and radiotherapy named without a dose is evidenced from its site or the word its name ends, not from what its clause says first (2024年3月 骨盤内再発 CCRT施行, 20250520 ガンマナイフ施行, 外来にて化学放射線療法を開始); an intent alone is no site', () => {
    const courses = (text: string) => ofType(run(text, '2026-11-20'), 'radiotherapy').map((e) => [e.evidence!.text, e.site ?? null, e.intent ?? null]);
    expect(courses('2024年3月 骨盤内再発 CCRT施行。')).toEqual([['CCRT施行', null, null]]);
    expect(courses('食道癌 cStageIII、根治的CRT施行後CR。')).toEqual([['根治的CRT施行', null, 'curative']]);
    expect(courses('20250520 ガンマナイフ施行')).toEqual([['ガンマナイフ施行', null, null]]);
    expect(courses('本日より外来にて化学放射線療法を開始。')).toEqual([['化学放射線療法を開始', null, null]]);
    expect(courses('本日より多発性脳転移に対して全脳照射を開始。')).toEqual([['全脳照射を開始', '全脳', null]]);
    expect(courses('#珪肺症\n根治的放射線治療を完了。')).toEqual([['根治的放射線治療を完了', null, 'curative']]);
    expect(courses('CRT予定。')).toEqual([]);
    expect(courses('左室駆出率低下あり、CRT-D植込み後。')).toEqual([]);
  });
  it('a radiotherapy course with its dose is evidenced without the dates and particles its clause opens with (2025/6/1～ 放射線治療 60Gy/30fr, 4/18よりTh10-L2に30Gy/10fr, 令和七年一月十四日から令和七年一月二十七日まで胸椎に緩和照射), and dated by them', () => {
    const courses = (text: string) => ofType(run(text, '2026-02-25'), 'radiotherapy').map((e) => [e.evidence!.text, e.date?.start ?? null]);
    expect(courses('2025/6/1～ 放射線治療 60Gy/30fr。')).toEqual([['放射線治療 60Gy/30fr', '2025-06-01']]);
    expect(courses('2025年\n4/18よりTh10-L2に30Gy/10fr。')).toEqual([['Th10-L2に30Gy/10fr', '2025-04-18']]);
    expect(courses('令和七年一月十四日から令和七年一月二十七日まで胸椎に緩和照射 30Gy/10fr')).toEqual([['胸椎に緩和照射 30Gy/10fr', '2025-01-14']]);
  });
  it('a staged cancer after a bracketed field label (【紹介理由】右肺下葉腺癌 StageIVB) is a title line\'s diagnosis, as after 紹介理由：; a recurrence\'s name leaves out the view it was seen in (CT上局所再発, 画像上局所再発)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('【紹介理由】右肺下葉腺癌 StageIVB。オシメルチニブにて加療中でした。')).toEqual([['肺下葉腺癌', 'confirmed']]);
    expect(diagnoses('CEA上昇、CT上局所再発を疑う所見あり。')).toEqual([['局所再発', 'suspected']]);
    expect(diagnoses('画像上局所再発を認めた。')).toEqual([['局所再発', 'confirmed']]);
  });
  it('a finding not ruled out in other forms (転移を否定できず, 否定できません, 否定はできない) is suspected, not confirmed or denied', () => {
    const metastases = (text: string) => ofType(run(text, '2026-11-20'), 'metastasis').map((e) => [e.sites.join(), e.certainty ?? 'confirmed']);
    expect(metastases('CT: 肝S7に20mm大の低吸収域、転移を否定できず。')).toEqual([['HEP', 'suspected']]);
    expect(metastases('肝転移を否定できません。')).toEqual([['HEP', 'suspected']]);
    expect(metastases('骨転移は否定はできない。')).toEqual([['OSS', 'suspected']]);
  });
  it('a count in the parenthesis a course took with it beside its period (SOX+Tmab（2024/4-12, 8コース）) is its cycles, and a circled item number after it (…）②DTX+RAM) is no part of it', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null, e.evidence!.text]);
    expect(meds('1L SOX+Tmab（2024/4-12, 8コース）')).toEqual([['SOX+Tmab', 8, 'completed', '1L SOX+Tmab（2024/4-12, 8コース）']]);
    expect(meds('S-1（2025.1～, 3コース）')).toEqual([['S-1', 3, 'started', 'S-1（2025.1～, 3コース）']]);
    expect(meds('化療歴：①CBDCA+PEM+Pembro（2023.4～2023.10, 6コース）②DTX+RAM（2024.6～2024.12, PD）')).toEqual([
      ['CBDCA+PEM+Pembro', 6, 'completed', 'CBDCA+PEM+Pembro（2023.4～2023.10, 6コース）'],
      ['DTX+RAM', null, 'completed', 'DTX+RAM（2024.6～2024.12, PD）'],
    ]);
  });
  it('a response category opening a parenthesis after a course (XELOX+Bev 8コース(PR), FOLFOX+Bev 2024/3～2025/1 (PD)) is evidenced alone, as after the finding it names (肝転移増大(PD)) it is not', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-20'), 'response').map((e) => [e.code, e.evidence!.text]);
    expect(responses('化学療法歴：XELOX+Bev 8コース(PR)→Cape+Bev')).toEqual([['PR', 'PR']]);
    expect(responses('1st: FOLFOX+Bev 2024/3～2025/1 (PD)')).toEqual([['PD', 'PD']]);
    expect(responses('2025/1 肝転移増大(PD) → エベロリムス開始')).toEqual([['PD', '肝転移増大(PD']]);
    expect(responses('2026/4/8 掻爬にて異型細胞残存（PR）')).toEqual([['PR', '掻爬にて異型細胞残存（PR']]);
  });
  it('a cancer of an organ an examination found (下部内視鏡で直腸癌（Ra, 2型）を認めた, 胃癌が認められた) is diagnosed, not one supposed (…を認めた場合) nor a bare histology; a metastasis named as a cancer of its organ (転移性肝癌) is a metastasis, no diagnosis', () => {
    const events = (text: string) => run(text, '2026-11-20').filter((e) => e.type === 'diagnosis' || e.type === 'metastasis').map((e) => [e.type, e.type === 'diagnosis' ? e.name : e.sites.join(), e.date?.start ?? null]);
    expect(events('【現病歴】2024年10月に健診で便潜血陽性を指摘され、下部内視鏡で直腸癌（Ra, 2型）を認めた。')).toEqual([['diagnosis', '直腸癌', '2024-10']]);
    expect(events('経過\n上部内視鏡で胃癌が認められた。')).toEqual([['diagnosis', '胃癌', null]]);
    expect(events('経過\nCTで乳癌を認めた場合は手術。')).toEqual([]);
    expect(events('経過\n生検で腺癌を認めた。')).toEqual([]);
    expect(events('大腸癌術後。\n転移性肝癌と診断。')).toEqual([['diagnosis', '大腸癌', null], ['metastasis', 'HEP', null]]);
  });
  it('a site told with a size before 転移 (左小脳に8mm大の転移巣, 肝S6に12mmの転移) is the metastasis\'s site', () => {
    const sites = (text: string) => ofType(run(text, '2026-11-20'), 'metastasis').map((e) => e.sites.join());
    expect(sites('脳MRI：左小脳に8mm大の転移巣を認める。')).toEqual(['BRA']);
    expect(sites('CT：肝S6に12mmの転移を認める。')).toEqual(['HEP']);
  });
  it('a first line saying only its day and the visit (2025/3/22 入院, 2025年5月13日) is the note\'s title: the line under it opening with a cancer names the diagnosis, undated', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('2025/3/22 入院\n腎細胞癌（淡明細胞型）術後、多発肺転移。')).toEqual([['腎細胞癌', null]]);
    expect(diagnoses('2025年5月13日\n右上葉肺腺癌 術後再発。')).toEqual([['上葉肺腺癌', null]]);
    expect(diagnoses('R7.10.2 外来\n卵巣癌 IIIC期（高異型度漿液性癌）。')).toEqual([['卵巣癌', null]]);
    // (A dated line saying more is no title: what follows it is its continuation.)
    expect(diagnoses('2025/3/22 CT施行\n腎細胞癌 術後、多発肺転移。')).toEqual([]);
  });
  it('a hormone agonist or antagonist named as a class with its drug in parentheses (LH-RH agonist（リュープリン）, GnRHアンタゴニスト（ゴナックス）) joins the drug after it', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs, e.status]);
    expect(meds('2024/6 LH-RH agonist（リュープリン）+ビカルタミド開始')).toEqual([[['bicalutamide', 'leuprorelin'], 'started']]);
    expect(meds('2025/1 GnRHアンタゴニスト（ゴナックス）+エンザルタミド開始')).toEqual([[['degarelix', 'enzalutamide'], 'started']]);
  });
  it('a dosed course\'s evidence opens at the step its dose is written in: after an arrow or a join from the drugs given with it (TNT（CAPOX 6コース→CRT 50.4Gy/28fr）, CRT（CDDP＋RT 70Gy/35fr）, …併用胸部放射線治療), at the name a bare parenthesis follows (CRT（50.4Gy/28fr）), and still at a site or intent before it', () => {
    const rt = (text: string) => ofType(run(text, '2026-11-20'), 'radiotherapy').map((e) => e.evidence!.text);
    expect(rt('直腸癌 Rb cT3N1bM0 に対して TNT（CAPOX 6コース→CRT 50.4Gy/28fr）施行。')).toEqual(['CRT 50.4Gy/28fr']);
    expect(rt('前治療：2023年 CRT（CDDP＋RT 70Gy/35fr）')).toEqual(['RT 70Gy/35fr']);
    expect(rt('2024/5 CBDCA＋PTX（weekly）併用胸部放射線治療 60Gy/30fr 施行')).toEqual(['胸部放射線治療 60Gy/30fr']);
    expect(rt('2024/5 5-FU＋MMC併用化学放射線療法（54Gy/30fr）完遂')).toEqual(['化学放射線療法（54Gy/30fr']);
    expect(rt('2024/5 CRT（50.4Gy/28fr）施行')).toEqual(['CRT（50.4Gy/28fr']);
    expect(rt('8月中旬より腰痛増悪 → 8/28 右腸骨転移に対し緩和照射 8Gy/1fr')).toEqual(['右腸骨転移に対し緩和照射 8Gy/1fr']);
    expect(rt('術後照射（温存乳房 50Gy/25回）完了')).toEqual(['術後照射（温存乳房 50Gy/25回']);
    expect(rt('胸壁＋鎖骨上 50Gy/25fr 施行')).toEqual(['胸壁＋鎖骨上 50Gy/25fr']);
  });
  it('a pathological stage with no date on its line, dated before every resection the note dates, takes the resection\'s date: it is read from that specimen', () => {
    const stages = (text: string) => ofType(run(text, '2026-11-20'), 'staging').map((e) => [e.tnm?.prefix ?? null, e.date?.start ?? null]);
    expect(stages('2024/10～ DCF 3コース施行し、2025/1/15 胸腔鏡下食道亜全摘術。\n病理：ypT1bN0、組織学的治療効果 Grade 2。')).toEqual([['yp', '2025-01-15']]);
    expect(stages('診断日：2025/04/18\n術後病理学的ステージ：pT3N0M0 pStage III\n初回治療：\n　外科的治療：有　2025/05/22 腹腔鏡下左腎尿管全摘除術')).toEqual([['p', '2025-05-22']]);
    // (Not one its own line dates, nor a report after a resection already done.)
    expect(stages('2022.4 TURBT：pTa\n2023.10 TURBT施行')).toEqual([['p', '2022-04']]);
    expect(stages('2025/4/10 右中葉切除術施行。\n2025/4/15 最終病理：pT1c pN1 pM0\n2025/5/20 左肺部分切除術')).toEqual([['p', '2025-04-15']]);
  });
  it('a therapy named with its drugs in parentheses, joined to a drug after them (寛解導入療法（IDR+AraC 3+7）＋ミドスタウリン, 化学療法（CBDCA+PEM）＋Pembro), is one course of them all', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs, e.status]);
    expect(meds('2025/2/1 寛解導入療法（IDR+AraC 3+7）＋ミドスタウリン開始。')).toEqual([[['cytarabine', 'idarubicin', 'midostaurin'], 'started']]);
    expect(meds('2025/2/1 化学療法（CBDCA+PEM）＋Pembro開始。')).toEqual([[['carboplatin', 'pembrolizumab', 'pemetrexed'], 'started']]);
  });
  it('a FIGO 2018 stage with how the nodes were found, written with 期 after the cancer and no system (子宮頸癌 IIIC1r期), is a stage, the r left out', () => {
    const stages = (text: string) => ofType(run(text), 'staging').map((e) => [e.stage, e.evidence!.text]);
    expect(stages('2024年12月 子宮頸癌 IIIC1r期（扁平上皮癌）の診断で CCRT施行')).toEqual([['IIIC1', 'IIIC1r期']]);
    expect(stages('子宮頸癌 IIIr期')).toEqual([]);
  });
  it('a drug taken since a day, in English with no verb (Osimertinib 80 mg daily since 2024/3, now on taletrectinib since 2026-05-08), is ongoing from that day', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs, e.status, e.date?.start ?? null]);
    expect(meds('Osimertinib 80 mg daily since 2024/3. CT today: stable disease.')).toEqual([[['osimertinib'], 'ongoing', '2024-03']]);
    expect(meds('Progression on 2026-04-28 CT, now on taletrectinib since 2026-05-08.')).toEqual([[['taletrectinib'], 'ongoing', '2026-05-08']]);
  });
  it('sites listed before one 転移 share it also past the count of the last (右鎖骨上リンパ節、多発肝転移) and when joined by および (縦隔リンパ節および肝に転移); a finding of its own listed before (縦隔リンパ節腫大、) is none of them', () => {
    const sites = (text: string) => ofType(run(text, '2026-11-20'), 'metastasis').map((e) => [e.sites.join(), e.evidence!.text]);
    expect(sites('2025年7月の PET-CT で右鎖骨上リンパ節、多発肝転移を認めた。')).toEqual([['HEP,LYM', '右鎖骨上リンパ節、多発肝転移']]);
    expect(sites('PET-CTで縦隔リンパ節および肝に転移を認めた。')).toEqual([['HEP,LYM', '縦隔リンパ節および肝に転移']]);
    expect(sites('CTで縦隔リンパ節腫大、多発肝転移を認めた。')).toEqual([['HEP', '肝転移']]);
  });
  it('a doubt after a cancer\'s recurrence is the recurrence\'s (膵癌 術後再発疑い, #1 乳癌術後再発疑い): the cancer is known, its recurrence suspected', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-20'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('膵癌 術後再発疑い。CA19-9 上昇傾向（78→156）。')).toEqual([['膵癌', 'confirmed'], ['術後再発', 'suspected']]);
    expect(diagnoses('#1 乳癌術後再発疑い')).toEqual([['乳癌', 'confirmed'], ['乳癌術後再発', 'suspected']]);
    expect(diagnoses('#1 乳癌術後再発')).toEqual([['乳癌', 'confirmed']]);
    expect(diagnoses('#1 膵癌疑い')).toEqual([['膵癌', 'suspected']]);
  });
  it('an endoscopy named 上部 or 下部 alone (下部内視鏡施行, 上部内視鏡検査で…) and ablation named as a therapy (ラジオ波焼灼療法（RFA）施行) are procedures', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-20'), 'procedure').map((e) => [e.name, e.detail ?? null]);
    expect(procedures('近医で下部内視鏡施行し、S状結腸に全周性腫瘍を認めた。')).toEqual([['下部内視鏡', null]]);
    expect(procedures('2025/4 上部内視鏡検査で胃体部に2型腫瘍。')).toEqual([['上部内視鏡検査', null]]);
    expect(procedures('肝転移に対してラジオ波焼灼療法（RFA）施行。')).toEqual([['ラジオ波焼灼療法', 'RFA']]);
  });
  it('a course written with its range of years after it, in English (abiraterone 2022-2023 (PD)), was given in those years', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join(), e.status, e.date?.start ?? null, e.date?.end ?? null]);
    expect(meds('Tx history: ADT since 2020; abiraterone 2022-2023 (PD).')).toEqual([['abiraterone', 'completed', '2022', '2023']]);
  });
  it('a variant with exon shortened to Ex (EGFR Ex21 L858R, EGFR Ex19 del 陽性, MET Ex14 skipping 陽性) is read as with exon written out', () => {
    const variants = (text: string) => ofType(run(text), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result]);
    expect(variants('病理：invasive adenocarcinoma, pT1bN0M0, pStage IA2, EGFR Ex21 L858R')).toEqual([['EGFR', 'L858R', 'positive']]);
    expect(variants('EGFR Ex19 del 陽性')).toEqual([['EGFR', 'exon19del', 'positive']]);
    expect(variants('MET Ex14 skipping 陽性')).toEqual([['MET', 'exon14skipping', 'positive']]);
  });
  it('a therapy begun on a day after the count planned for it (Pembro 単剤 9サイクル予定、2025/5/19 より開始) is started then, the planned count no courses given', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.drugs.join(), e.status, e.cycles ?? null, e.date?.start ?? null]);
    expect(meds('術後 Pembro 単剤 9サイクル予定、2025/5/19 より開始。')).toEqual([['pembrolizumab', 'started', null, '2025-05-19']]);
    expect(meds('Pembro 9サイクル予定、次回より開始。')).toEqual([]);
  });
  it('a course dosed in prose with the day it was given written between its dose and its verb (術後放射線療法 50Gy/25fr を2025年3月に終了, 全脳照射 30Gy/10fr 2025年3月施行) takes that day, not an earlier one in its paragraph', () => {
    const dates = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => [e.doseGy, e.date?.start ?? null, e.date?.text ?? null]);
    expect(dates('経過：2025年1月15日当院にて広範切除術を施行しました。術後放射線療法 50Gy/25fr を2025年3月に終了しております。')).toEqual([[50, '2025-03', '2025年3月']]);
    expect(dates('2025年1月15日 手術。全脳照射 30Gy/10fr を2025年3月に施行。')).toEqual([[30, '2025-03', '2025年3月']]);
    expect(dates('2025年1月15日 手術。全脳照射 30Gy/10fr 2025年3月施行。')).toEqual([[30, '2025-03', '2025年3月']]);
    // (A day after the dose saying something else is not the course's: … 30Gy/10fr、2025年3月 再発.)
    expect(dates('2025年1月15日 全脳照射 30Gy/10fr、2025年3月に再発。')).toEqual([[30, '2025-01-15', '2025年1月15日']]);
  });
  it('a switch to a drug given alone as maintenance, 単剤 written before 維持 (デュルバルマブ単剤維持へ移行), starts it as 維持単剤へ移行 does', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join('+'), e.status, e.line ?? null]);
    expect(meds('GC＋デュルバルマブ 1次治療として2025/12/3 より開始。8コース後、デュルバルマブ単剤維持へ移行。')).toEqual([
      ['cisplatin+durvalumab+gemcitabine', 'started', 1],
      ['durvalumab', 'started', 1],
    ]);
    expect(meds('2026/3/1 ペムブロリズマブ単独維持療法に移行。')).toEqual([['pembrolizumab', 'started', null]]);
  });
  it('a first line of its day with the weekday in parentheses and the visit (11月5日（水）外来, 2026/11/5(水)) is the note\'s title: the cancer opening the line under it is the diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('11月5日（水）外来\n肺腺癌 EGFR exon19 del、術後再発。')).toEqual(['肺腺癌', '術後再発']);
    expect(diagnoses('2026/11/5(水)\n肺腺癌 術後再発。')).toEqual(['肺腺癌']);
    expect(diagnoses('2026/11/5(木曜日) 外来\n肺腺癌 術後再発。')).toEqual(['肺腺癌']);
    // (A dated line saying more is no title.)
    expect(diagnoses('11月5日（水）CT施行\n肺腺癌 術後再発。')).toEqual([]);
  });
  it('a range in parentheses after a drug and the line it is (カボザンチニブ 2次治療（2025/11〜）, S-1 2nd line (2024/2-2024/9)) dates it as when no line is written: an open range a start, a closed one a course given', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join('+'), e.line ?? null, e.status, e.date?.start ?? null, e.date?.end ?? null]);
    expect(meds('#腎細胞癌 術後、肺転移\nカボザンチニブ 2次治療（2025/11〜）')).toEqual([['cabozantinib', 2, 'started', '2025-11', null]]);
    expect(meds('#腎細胞癌 術後、肺転移\nペムブロリズマブ＋アキシチニブ（2024/4〜2025/10、PR）→ カボザンチニブ 2次治療（2025/11〜）')).toEqual([
      ['axitinib+pembrolizumab', null, 'completed', '2024-04', '2025-10'],
      ['cabozantinib', 2, 'started', '2025-11', null],
    ]);
    expect(meds('治療歴\nS-1 2nd line (2024/2-2024/9)')).toEqual([['gimeracil+oteracil+tegafur', 2, 'completed', '2024-02', '2024-09']]);
  });
  it('a rectal operation by its abbreviation (Lap-LAR, LAR, ISR, APR) is a procedure, and so is a resection without 術 closing its sentence (2025.3 肝部分切除.); サンドスタチンLAR stays a drug, and 完全切除。 a result', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-26'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('大腸癌 s/p Lap-LAR (2024.8)、肝転移再発 → FOLFOXIRI+Bev 6コース → PR → 2025.3 肝部分切除.')).toEqual([['Lap-LAR', '2024-08'], ['肝部分切除', '2025-03']]);
    expect(procedures('2024/8 LAR施行。')).toEqual([['LAR', '2024-08']]);
    expect(procedures('2025/1 ISR施行、2025/6 APR施行。')).toEqual([['ISR', '2025-01'], ['APR', '2025-06']]);
    expect(procedures('2025/3 肝部分切除。')).toEqual([['肝部分切除', '2025-03']]);
    expect(procedures('サンドスタチンLAR 30mg 投与。')).toEqual([]);
    expect(procedures('手術所見：腫瘍は完全切除。')).toEqual([]);
  });
  it('S/O) opens the visit\'s part of what the patient says and what is found: a lump written there is the patient\'s, as under S), and its lines take the visit\'s day', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-26'), 'symptom').map((e) => [e.name, e.date?.start ?? null]);
    expect(symptoms('S/O) 右頸部に腫瘤あり。\nA/P) 生検予定。')).toEqual([['腫瘤', '2026-11-26']]);
    expect(symptoms('S) 右頸部に腫瘤あり。')).toEqual([['腫瘤', '2026-11-26']]);
  });
  it('a course count with its unit shortened to cy or cyc (FOLFOXIRI+Bev 6cy, ドキソルビシン単剤 6cyc) is the courses given', () => {
    const cycles = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.cycles ?? null]);
    expect(cycles('肝転移再発 → FOLFOXIRI+Bev 6cy → PR')).toEqual([['FOLFOXIRI+Bev', 6]]);
    expect(cycles('2024/8 FOLFOX 12cyc 施行。')).toEqual([['FOLFOX', 12]]);
    // (Not a word that starts so: 6 cytology.)
    expect(cycles('2024/8 FOLFOX 施行。6 cytology.')).toEqual([['FOLFOX', null]]);
  });
  it('capecitabine and bevacizumab written short in lower case (cape 維持中, FOLFOX+bev) are the drugs, as nivo and atezo are', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join('+'), e.status]);
    expect(meds('S/O) 大腸癌 s/p Lap-LAR (2024.8)\n現在 cape 維持中、CEA 2.1 と正常範囲。')).toEqual([['capecitabine', 'ongoing']]);
    expect(meds('外来\nmFOLFOX6+bev 3コース目施行。')).toEqual([['bevacizumab+fluorouracil+levofolinate+oxaliplatin', 'ongoing']]);
  });
  it('a date in parentheses closing the step a dose is written in, past the drug given with it (→ CRT 50.4Gy/28fr + Cape (2026/5〜6)), dates the course, not the earlier step\'s date on its line', () => {
    const rt = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => [e.date?.start ?? null, e.date?.end ?? null]);
    expect(rt('#2 直腸癌\nTNT: CAPOX 4コース (2026/1〜4) → CRT 50.4Gy/28fr + Cape (2026/5〜6)')).toEqual([['2026-05', '2026-06']]);
    expect(rt('#2 直腸癌\nCAPOX 4コース (2026/1〜4) → CRT（50.4Gy/28fr + Cape）(2026/5〜6)')).toEqual([['2026-05', '2026-06']]);
    // (Not a date past the next step or clause: … 50.4Gy/28fr → Cape (2026/5〜6) dates Cape alone.)
    expect(rt('#2 直腸癌\n2026/1 CRT 50.4Gy/28fr → CAPOX (2026/5〜6)')).toEqual([['2026-01', null]]);
  });
  it('a regimen field followed by its course as trials write it (Regimen: FOLFIRI + Pmab (2nd line) / Cycle 7 Day 1: 2026/11/10) is that course of it, given on the day its course line gives', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.line ?? null, e.cycles ?? null, e.status, e.date?.start ?? null]);
    expect(meds('化学療法記録\nRegimen: FOLFIRI + Pmab (2nd line)\nCycle 7 Day 1: 2026/11/10\nPS 1。予定通り投与。')).toEqual([['FOLFIRI + Pmab', 2, 7, 'ongoing', '2026-11-10']]);
    expect(meds('化学療法記録\nレジメン：FOLFIRI+Pmab（2次治療）\nコース：7コース目 Day1（2026/11/10）\n予定通り投与。')).toEqual([['FOLFIRI+Pmab', 2, 7, 'ongoing', '2026-11-10']]);
    expect(meds('化学療法記録\nRegimen: SOX+Nivo\nC3D1')).toEqual([['SOX+Nivo', null, 3, 'ongoing', null]]);
  });
  it('a parenthesis after a chain naming nothing but a drug not its own (5FU/LV（オニバイド）) adds that drug; one spelling the chain out (XELOX（Cape+L-OHP）, S-1（TS-1）) adds none; NALIRI is nal-IRI', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => e.drugs.join('+'));
    expect(meds('外来\nP) 2nd line として 5FU/LV（オニバイド）開始。')).toEqual(['fluorouracil+irinotecan+levofolinate']);
    expect(meds('外来\nP) 2nd line として NALIRI+5FU/LV（オニバイド）開始。')).toEqual(['fluorouracil+irinotecan+levofolinate']);
    expect(meds('外来\nXELOX（Cape+L-OHP）3コース目施行。')).toEqual(['capecitabine+oxaliplatin']);
    expect(meds('外来\nS-1（TS-1）100mg/日を内服中。')).toEqual(['gimeracil+oteracil+tegafur']);
    // (Not drugs named among other words in it: another therapy's, told of in passing.)
    expect(meds('外来\nペムブロリズマブ（前治療 CBDCA+PEM 後）開始。')).toEqual(['pembrolizumab']);
  });
  it('the side an operation is named for (胃癌にて幽門側胃切除術, 噴門側胃切除) is not the cancer\'s subsite; the subsite written as such (胃癌（幽門部）) still is', () => {
    expect(diagnosisCodes('#1 胃癌術後（2018年 幽門側胃切除術、pStage IA）')).toEqual([['胃癌', 'C16.9']]);
    expect(diagnosisCodes('#1 胃癌 噴門側胃切除後')).toEqual([['胃癌', 'C16.9']]);
    expect(diagnosisCodes('#1 胃癌（幽門部）')).toEqual([['胃癌', 'C16.4']]);
  });
  it('診断 closing a history item after the cancer\'s stage ((\'23/4 右乳癌 cT2N0M0 StageIIA 診断（ER+, …）) diagnoses it, as after its date; a staging workup (病期診断（TNM分類）) does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('【治療経過】\n・\'23/4 右乳癌 cT2N0M0 StageIIA 診断（ER+, PgR+, HER2-）\n・\'23/5 右Bp+SNB')).toEqual([['乳癌', '2023-04']]);
    expect(diagnoses('経過\n2024/5 胃癌 cStage IV 診断。')).toEqual([['胃癌', '2024-05']]);
    expect(diagnoses('経過\n画像所見から進行癌が疑われるため、詳細な病期診断（TNM分類）を行う。')).toEqual([]);
  });
  it('English puts the verb first also past how the drug is given (Started weekly paclitaxel + bevacizumab 2026-08-05): a start', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join('+'), e.status, e.date?.start ?? null]);
    expect(meds('Oncology consult 2026-11-20\nStarted weekly paclitaxel + bevacizumab 2026-08-05. Today C4.')).toEqual([['bevacizumab+paclitaxel', 'started', '2026-08-05']]);
    expect(meds('Oncology consult 2026-11-20\nContinue oral capecitabine.')).toEqual([['capecitabine', 'ongoing', '2026-11-20']]);
  });
  it('a gastroscopy called 胃内視鏡 is a procedure (24/3/5 胃内視鏡で胃体部に3型腫瘍), and a radiotherapy record\'s 照射日： field dates the dose above it', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-26'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過：24/3/5 胃内視鏡で胃体部に3型腫瘍、生検で tub2。')).toEqual([['胃内視鏡', '2024-03-05']]);
    const rt = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => [e.doseGy, e.date?.start ?? null]);
    expect(rt('放射線治療計画\n病名：右肺癌骨転移（第10胸椎）\n目的：疼痛緩和\n線量：8Gy/1fr\n照射日：2026/11/12')).toEqual([[8, '2026-11-12']]);
  });
  it('the first step of a sequence whose next step\'s verb says the whole was given (術後 EC→DTX 施行, AC→wPTX 完遂) was given too; a sequence begun or planned (EC→DTX 開始, EC→DTX 予定) tells nothing of its first step', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.status]);
    expect(meds('経過\n術後 EC→DTX 施行。')).toEqual([['EC', 'completed'], ['DTX', 'completed']]);
    expect(meds('経過\nAC→wPTX 完遂。')).toEqual([['AC', 'completed'], ['wPTX', 'completed']]);
    expect(meds('経過\nEC→DTX 開始。')).toEqual([['DTX', 'started']]);
    expect(meds('経過\nEC→DTX 予定。')).toEqual([]);
  });
  it('an inhibitor class named with its drug in parentheses and joined to another (CDK4/6阻害薬（アベマシクリブ）＋フルベストラント) is one course of both, as ADT（デガレリクス）＋… is', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join('+'), e.status]);
    expect(meds('経過\n2025年4月 多発骨転移で再発。CDK4/6阻害薬（アベマシクリブ）＋フルベストラント 開始。')).toEqual([['abemaciclib+fulvestrant', 'started']]);
    expect(meds('経過\nアロマターゼ阻害剤（レトロゾール）＋パルボシクリブ 開始。')).toEqual([['letrozole+palbociclib', 'started']]);
  });
  it('the sites of M1 written as codes between a TNM string and its stage (cT4aN2M1 PER, cStage IVB) leave them one staging statement; the codes are still the metastasis', () => {
    const staging = (text: string) => ofType(run(text, '2026-11-26'), 'staging').map((e) => [e.tnm?.m ?? null, e.stage ?? null]);
    expect(staging('#1 進行胃癌（cT4aN2M1 PER, cStage IVB）HER2陰性')).toEqual([['M1', 'IVB']]);
    expect(staging('#1 肺腺癌 cT2aN2M1c OSS・HEP cStage IVB')).toEqual([['M1c', 'IVB']]);
    expect(ofType(run('#1 進行胃癌（cT4aN2M1 PER, cStage IVB）', '2026-11-26'), 'metastasis').map((e) => e.sites)).toEqual([['PER']]);
  });
  it('a cancer followed by the care after its operation (肺癌術後フォロー, 胃癌術後経過観察) is named as the patient\'s, as 肺癌術後 is', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(diagnoses('肺癌術後フォロー\n2021/6 右下葉切除術（pT1cN0M0 pStage IA3）\n術後5年経過、再発なし。')).toEqual([['肺癌', 'confirmed'], ['再発', 'negated']]);
    expect(diagnoses('#1 胃癌術後経過観察中')).toEqual([['胃癌', 'confirmed']]);
  });
  it('a negative result written after a marker\'s name (…（骨・肝転移）ER陽性 HER2陰性, 腹膜播種 CLDN18.2陰性) is the marker\'s, not a denial of the spread before it; an examination\'s (脳転移 MRI (-)) still denies it', () => {
    const mets = (text: string) => ofType(run(text, '2026-11-26'), 'metastasis').map((e) => [e.sites.join(), e.certainty ?? 'confirmed', e.evidence!.text]);
    expect(mets('#1 右乳癌 術後再発（骨・肝転移）ER陽性 HER2陰性')).toEqual([['HEP,OSS', 'confirmed', '骨・肝転移']]);
    expect(mets('#1 胃癌 腹膜播種 CLDN18.2陰性')).toEqual([['PER', 'confirmed', '腹膜播種']]);
    expect(mets('#1 肺癌 脳転移 MRI (-)')).toEqual([['BRA', 'negated', '脳転移 MRI (-)']]);
  });
  it('an English history labelled Hx: or Onc Hx: names the patient\'s cancer (Hx: NSCLC adeno, cT1cN3M1c …); a family or past medical history (Family Hx:, PMHx:) does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('Hx: NSCLC adeno, cT1cN3M1c (brain, bone) st IVB, EGFR ex19del.')).toEqual(['NSCLC']);
    expect(diagnoses('Onc Hx: breast cancer s/p lumpectomy 2019.')).toEqual(['breast cancer']);
    expect(diagnoses('Oncologic history: breast cancer s/p lumpectomy 2019.')).toEqual(['breast cancer']);
    expect(diagnoses('Family Hx: mother breast cancer.')).toEqual([]);
    expect(diagnoses('PMHx: prostate cancer s/p RP 2010.')).toEqual([]);
  });
  it('the course given now, told in the clause after a verb of going on (キイトルーダ単独療法を継続中、現在25回目) is its count, and the evidence reaches it', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.cycles ?? null, e.status, e.evidence!.text]);
    expect(meds('外来\nキイトルーダ単独療法を継続中、現在25回目。')).toEqual([[25, 'ongoing', 'キイトルーダ単独療法を継続中、現在25回目']]);
    expect(meds('外来\nFOLFOX 継続、本日 8コース目。')).toEqual([[8, 'ongoing', 'FOLFOX 継続、本日 8コース目']]);
    // (Nothing when the next clause says something else: 継続、次回 CT 予定.)
    expect(meds('外来\nFOLFOX 継続、次回 CT 予定。')).toEqual([[null, 'ongoing', 'FOLFOX 継続']]);
  });
  it('a chemotherapy record\'s day-of-giving field in the lines after the regimen (レジメン：PLD＋CBDCA　3コース目 Day1 / 投与日：2026/11/18) dates its course; a day on the regimen\'s own line stays', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.date?.start ?? null]);
    expect(meds('■化学療法施行記録\n患者：70代女性　卵巣癌再発（プラチナ感受性）\nレジメン：PLD＋CBDCA　3コース目 Day1\n投与日：2026/11/18\n副作用：口内炎 G1')).toEqual([['PLD+CBDCA', 3, '2026-11-18']]);
    expect(meds('化学療法記録\nレジメン：SOX+Nivo（1次治療）\nコース：12コース目 Day1\n投与日：2026/11/18')).toEqual([['SOX+Nivo', 12, '2026-11-18']]);
    expect(meds('化学療法記録\nレジメン：2026/11/4～ SOX+Nivo 開始\n投与日：2026/11/18')).toEqual([['SOX+Nivo', null, '2026-11-04']]);
  });
  it('a record\'s patient field giving age and sex before the cancer (患者：70代女性　卵巣癌 再発, 患者背景：65歳男性、肺腺癌 cStage IVA) names the diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('記録\n患者：70代女性　卵巣癌 再発（プラチナ感受性）')).toEqual(['卵巣癌']);
    expect(diagnoses('記録\n患者背景：65歳男性、肺腺癌 cStage IVA')).toEqual(['肺腺癌']);
  });
  it('a resection of an organ named by one kanji (肝切除施行, 12コース後 R7.1 肝切除。) is a procedure, as 肝部分切除 is; 腫瘍を切除 is not one by name', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-26'), 'procedure').map((e) => [e.name, e.date?.start ?? null]);
    expect(procedures('経過\n2025/1 肝切除施行。')).toEqual([['肝切除', '2025-01']]);
    expect(procedures('経過\nR6.6〜 mFOLFOX6+Pmab 開始（1st line）、12コース後 R7.1 肝切除。')).toEqual([['肝切除', '2025-01']]);
    expect(procedures('経過\n腫瘍を切除。')).toEqual([]);
  });
  it('a symptom said unchanged (手足のしびれは変わらない, 腹痛は変わりない) is present, not denied; 腹痛はない still denies it', () => {
    const symptoms = (text: string) => ofType(run(text, '2026-11-26'), 'symptom').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(symptoms('S：だるさが続いている。手足のしびれは変わらない。')).toEqual([['だるさ', 'confirmed'], ['手足のしびれ', 'confirmed']]);
    expect(symptoms('S：腹痛は変わりない。')).toEqual([['腹痛', 'confirmed']]);
    expect(symptoms('S：腹痛はない。')).toEqual([['腹痛', 'negated']]);
  });
  it('a history row\'s chemoradiotherapy after what it answered (2024年8月 縦隔リンパ節再発 → 化学放射線療法（CBDCA+PTX, 60Gy/30fr）) gave its drugs, as one opening the row does; a bare drug after an arrow (2026/10 PD → ドセタキセル) is still not said given', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.status]);
    expect(meds('治療歴：\n 2024年8月 縦隔リンパ節再発 → 化学放射線療法（CBDCA+PTX, 60Gy/30fr）→ デュルバルマブ 1年')).toEqual([['CBDCA+PTX', 'completed'], ['デュルバルマブ', 'completed']]);
    expect(meds('経過\n2026/10 PD → ドセタキセル')).toEqual([]);
  });
  it('what a board proposes (Plan discussed: TNT with mFOLFOX6 x8 then CRT 50.4 Gy/28 fx, Recommendation: adjuvant capecitabine x8) is neither given nor irradiated; a visit\'s Plan: continue T-DXd still goes on', () => {
    const given = (text: string) => run(text, '2026-11-26').filter((e) => e.type === 'medication' || e.type === 'radiotherapy').map((e) => e.type);
    expect(given('Tumor board 2026/11/24\nDx: Rectal adenocarcinoma, cT3N2aM0 (MRF+), stage IIIB.\nPlan discussed: TNT with mFOLFOX6 x8 then CRT 50.4 Gy/28 fx, then TME. Patient agreed.')).toEqual([]);
    expect(given('Tumor board\nRecommendation: adjuvant capecitabine x8.')).toEqual([]);
    expect(given('外来\nPlan: continue T-DXd, CT in 2 mo.')).toEqual(['medication']);
  });
  const ONC_FOLLOW_UP = '[Onc f/u] 2026-11-20\n58M, mCRC (sigmoid), RAS wt, BRAF wt, MSS. Liver/lung mets.\n3L: started TAS-102+Bev on 2026/1/8, now C11. CEA 45 (from 120). SD on CT 11/10.';
  it('mCRC, metastatic colorectal cancer, is a cancer word, refined by its subsite (mCRC (sigmoid))', () => {
    expect(ofType(run(ONC_FOLLOW_UP, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.icd10])).toEqual([['mCRC', 'C18.7']]);
  });
  it('English sites joined by a slash share the mets after them (Liver/lung mets)', () => {
    expect(ofType(run(ONC_FOLLOW_UP, '2026-11-26'), 'metastasis').map((e) => e.sites)).toEqual([['HEP', 'PUL']]);
  });
  it('an English response on an examination with its day after it (SD on CT 11/10) is of that day, its evidence from its own sentence, not the one before (CEA 45 (from 120). SD)', () => {
    expect(ofType(run(ONC_FOLLOW_UP, '2026-11-26'), 'response').map((e) => [e.code, e.date?.start, e.basis, e.evidence!.text])).toEqual([['SD', '2026-11-10', 'CT', 'SD']]);
  });
  it('a cancer word with its stage or TNM written against it (A) 卵巣癌IIIC期, 胃癌Ⅳ期, 肺癌cT2aN0M0, 胃癌StageIV) is still a cancer word; 癌が and がんゲノム are still not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => e.name);
    expect(diagnoses('S) 腹部膨満感\nA) 卵巣癌IIIC期（高異型度漿液性癌）術後TC療法6コース後')).toEqual(['卵巣癌']);
    expect(diagnoses('胃癌Ⅳ期')).toEqual(['胃癌']);
    expect(diagnoses('#肺癌cT2aN0M0')).toEqual(['肺癌']);
    expect(diagnoses('診断：胃癌StageIV')).toEqual(['胃癌']);
    expect(diagnoses('経過\nがんゲノムプロファイリング検査を提出')).toEqual([]);
  });
  it('a resection\'s result after a comma with its pathological TNM (左腎摘除術施行、淡明細胞型腎細胞癌 pT3aN0M0) is the diagnosis where the note states none other; without the pTNM (胃切除術施行、胃癌の術後) it is not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.icd10, e.date?.start]);
    expect(diagnoses('【現病歴】\n令和7年1月 左腎摘除術施行、淡明細胞型腎細胞癌 pT3aN0M0。\n令和7年8月 多発肺転移出現。')).toEqual([['淡明細胞型腎細胞癌', 'C64', '2025-01']]);
    expect(diagnoses('【現病歴】\n令和7年1月 左腎摘除術施行、淡明細胞型腎細胞癌 pT3aN0M0。\n#腎癌')).toEqual([['腎癌', 'C64', undefined]]);
    expect(diagnoses('経過\n2025年1月 胃切除術施行、胃癌の術後として経過観察。')).toEqual([]);
  });
  it('a response after an arrow from the therapy it answers (2023/5 DRd開始 → 2025/2 PD, SOX 8kur → PD) has the category as its evidence, not the therapy; a finding before the arrow stays in it (腹水出現 → PD, 骨髄MRD陰性 → CR)', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-26'), 'response').map((e) => [e.code, e.evidence!.text]);
    expect(responses('経過\n2023/5 DRd開始 → 2025/2 PD（M蛋白上昇）')).toEqual([['PD', 'PD']]);
    expect(responses('治療歴\n1st: SOX 8kur → PD')).toEqual([['PD', 'PD']]);
    expect(responses('経過\nランレオチド 120mg 4週毎 → 肝転移増大でPD')).toEqual([['PD', '肝転移増大でPD']]);
    expect(responses('経過\n2025/5 CT：腹水出現 → PD')).toEqual([['PD', 'CT：腹水出現 → PD']]);
    expect(responses('経過\n2025/5 骨髄MRD陰性 → CR')).toEqual([['CR', '骨髄MRD陰性 → CR']]);
  });
  it('a site written onto 放射線 before the dose (CDDP+ETP + 同時胸部放射線 45Gy/30fr) is the word\'s front, past what it goes with: 胸部; 放射線 alone names none', () => {
    const sites = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => e.site ?? null);
    expect(sites('経過\n2026/6〜 CDDP+ETP + 同時胸部放射線 45Gy/30fr (1日2回) 施行')).toEqual(['胸部']);
    expect(sites('経過\n2026/6〜 胸部放射線 45Gy/30fr 施行')).toEqual(['胸部']);
    expect(sites('経過\n2026/6〜 放射線 45Gy/30fr 施行')).toEqual([null]);
  });
  it('Now on … at a line\'s start opens today, as Currently on … does: a drug there takes the note\'s date, not the year of the history line above it', () => {
    const dates = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.status ?? null, e.date?.start ?? null]);
    expect(dates('Prior: docetaxel x6 (2024).\nNow on cabazitaxel, PSA decreasing.')).toEqual([['docetaxel', 'completed', '2024'], ['cabazitaxel', 'ongoing', '2026-11-20']]);
  });
  it('a drug being taken or received (Now taking enzalutamide, Currently receiving pembrolizumab) is under way, as one a patient is on; one taken before another (PD after receiving FOLFOX) is not said so', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.status ?? null, e.date?.start ?? null]);
    expect(meds('Hx: abiraterone 2022-2024.\nNow taking enzalutamide.')).toEqual([['abiraterone', 'completed', '2022'], ['enzalutamide', 'ongoing', '2026-11-20']]);
    expect(meds('HPI\nCurrently receiving pembrolizumab q3w.')).toEqual([['pembrolizumab', 'ongoing', '2026-11-20']]);
    expect(meds('HPI\nPD after receiving FOLFOX.')).toEqual([]);
  });
  it('an English course counted before its number (now on cabazitaxel cycle 3, Lu-177 PSMA cycle 3) is the Nth course, as C3D1 is; cycle 4 of 12 and cycle days are not a course of the drug before them', () => {
    const cycles = (text: string) => ofType(run(text, '2026-11-20'), 'medication').map((e) => [e.regimen, e.cycles ?? null]);
    expect(cycles('HPI\nNow on cabazitaxel cycle 3, PSA decreasing.')).toEqual([['cabazitaxel', 3]]);
    expect(cycles('HPI\nNow on Lu-177 PSMA cycle #3.')).toEqual([['Lu-177 PSMA', 3]]);
    expect(cycles('HPI\nOn pembrolizumab, 21-day cycle.')).toEqual([['pembrolizumab', null]]);
  });
  it('Lu-177 PSMA, 177Lu-PSMA-617 and Pluvicto are lutetium (177Lu) vipivotide tetraxetan, not the somatostatin-receptor Lu-177 (Lutathera, Lu-177 DOTATATE), which a bare Lu-177 still names', () => {
    const drugs = (text: string) => ofType(run(text, '2026-11-20'), 'medication').flatMap((e) => e.drugs);
    expect(drugs('HPI\nNow on Lu-177 PSMA.')).toEqual(['lutetium (177Lu) vipivotide tetraxetan']);
    expect(drugs('経過\n2026/9〜 177Lu-PSMA-617 開始')).toEqual(['lutetium (177Lu) vipivotide tetraxetan']);
    expect(drugs('経過\n2026/9〜 プルヴィクト 開始')).toEqual(['lutetium (177Lu) vipivotide tetraxetan']);
    expect(drugs('経過\n2026/9〜 Lu-177 DOTATATE 開始')).toEqual(['lutetium (177Lu) oxodotreotide']);
    expect(drugs('経過\n2026/9〜 Lu-177 開始')).toEqual(['lutetium (177Lu) oxodotreotide']);
  });
  it('a year alone in parentheses after a procedure (s/p Bt+SN (2019), 右乳房部分切除術（2019）) is when it was done, not its detail', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-20'), 'procedure').map((e) => [e.name, e.date?.start ?? null, e.detail ?? null]);
    expect(procedures('#1 HER2陽性乳癌 (rt) s/p Bt+SN (2019), 術後Tmab 1年')).toEqual([['Bt+SN', '2019', null]]);
    expect(procedures('経過\n右乳房部分切除術（2019）')).toEqual([['乳房部分切除術', '2019', null]]);
    expect(procedures('経過\n右乳房部分切除術（2019例目）')).toEqual([['乳房部分切除術', null, '2019例目']]);
  });
  it('a stay\'s purpose (入院目的：CBDCA+ETP+デュルバルマブ 1コース目) is a field of the record, no admission of its own', () => {
    const stays = (text: string) => run(text, '2026-11-18').filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start ?? null]);
    expect(stays('2026年11月2日　入院\n＃肺小細胞癌 ED（肝転移、骨転移、脳転移）\n入院目的：CBDCA+ETP+デュルバルマブ 1コース目\n11/16 退院。')).toEqual([['admission', '2026-11-02'], ['discharge', '2026-11-16']]);
    expect(stays('入院目的：化学療法')).toEqual([]);
  });
  it('a title line or an assessment that writes the stage before the cancer (Ann Arbor IIIB期 ホジキンリンパ腫（結節硬化型）, StageIV 肺腺癌, A) Stage IV 肺腺癌) names it, as with the stage after it; a stage before a cancer in prose does not', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-18'), 'diagnosis').map((e) => [e.name, e.histology ?? null]);
    expect(diagnoses('Ann Arbor IIIB期 ホジキンリンパ腫（結節硬化型）。\n2025/1〜 BV-AVD 6サイクル完遂')).toEqual([['ホジキンリンパ腫', '結節硬化型']]);
    expect(diagnoses('StageIV 肺腺癌\n2025/1〜 CBDCA+PEM 開始')).toEqual([['肺腺癌', null]]);
    expect(diagnoses('S) 咳\nA) Stage IV 肺腺癌、PD')).toEqual([['肺腺癌', null]]);
    expect(diagnoses('経過\n紹介元ではStage IV 肺腺癌として治療されていた。')).toEqual([]);
  });
  it('an in-situ hybridisation after a HER2 score\'s own call and an arrow or a slash (HER2: 2+ (equivocal) → FISH: 増幅なし, HER2 IHC 2+ / ISH陽性) gives the final result; FISH only planned leaves it equivocal', () => {
    const her2 = (text: string) => ofType(run(text, '2026-11-18'), 'biomarker').map((e) => [e.result, e.value ?? null]);
    expect(her2('病理\nHER2: 2+ (equivocal) → FISH: 増幅なし')).toEqual([['negative', '2+']]);
    expect(her2('病理\nHER2 IHC 2+ / ISH陽性')).toEqual([['positive', '2+']]);
    expect(her2('病理\nHER2 2+ (equivocal)、FISH検査予定')).toEqual([['equivocal', '2+']]);
  });
  it('a recurrence\'s signs denied (再発徴候なし, 再発の兆候は認めず) deny the recurrence, as 再発所見なし does; what recurs that is no cancer (膿胸の再発徴候なし, 気胸再発, 肺炎の再発は認めず) is no recurrence', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-11-18'), 'diagnosis').map((e) => [e.name, e.certainty ?? 'confirmed']);
    expect(recurrences('経過\n以後経過観察中、再発徴候なし。')).toEqual([['再発', 'negated']]);
    expect(recurrences('経過\n再発の兆候は認めず。')).toEqual([['再発', 'negated']]);
    expect(recurrences('経過\n創部は治癒し、膿胸の再発徴候なし。')).toEqual([]);
    expect(recurrences('経過\n膿胸の再発なく創部は治癒した。')).toEqual([]);
    expect(recurrences('経過\n気胸再発。')).toEqual([]);
    expect(recurrences('経過\n肺炎の再発は認めず。')).toEqual([]);
  });
  it('a multiplication sign against the word before it (術後CCRT（CDDP weekly×5、全骨盤 50.4Gy/28fr）) counts the courses, as x5 apart does: the drug was given; an x there (weeklyx5) counts none', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-18'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null]);
    expect(meds('経過\n2024.6 広汎子宮全摘術 → 術後CCRT（CDDP weekly×5、全骨盤 50.4Gy/28fr）')).toEqual([['CDDP', 5, 'completed']]);
    expect(meds('経過\n2024.6 CDDP weeklyx5')).toEqual([['CDDP', null, 'completed']]);
  });
  it('radiotherapy given with chemotherapy after or before an operation (術後CRT（CDDP＋66Gy/33fr）, 術後CCRT（CDDP weekly×5、全骨盤 50.4Gy/28fr）, 術前化学放射線療法) is adjuvant or neoadjuvant, as 術後照射 is', () => {
    const intents = (text: string) => ofType(run(text, '2026-11-18'), 'radiotherapy').map((e) => e.intent ?? null);
    expect(intents('経過\n2023/11～12 術後CRT（CDDP＋66Gy/33fr）')).toEqual(['adjuvant']);
    expect(intents('経過\n2024.6 術後CCRT（CDDP weekly×5、全骨盤 50.4Gy/28fr）')).toEqual(['adjuvant']);
    expect(intents('経過\n2022/6 術前化学放射線療法（カペシタビン併用、50.4Gy/28fr）施行。')).toEqual(['neoadjuvant']);
    expect(intents('経過\n2022/6 化学放射線療法（CDDP併用、60Gy/30fr）施行。')).toEqual([null]);
  });
  it('a radiotherapy\'s schedule written onto its name (短期照射 25Gy/5fr, 寡分割照射, 加速過分割照射) is no site', () => {
    const sites = (text: string) => ofType(run(text, '2026-11-18'), 'radiotherapy').map((e) => e.site ?? null);
    expect(sites('経過\nTNT: CAPOX 6コース（2025/4〜8）→ 短期照射 25Gy/5fr（2025/9）')).toEqual([null]);
    expect(sites('経過\n2025/9 寡分割照射 42.56Gy/16fr 終了')).toEqual([null]);
    expect(sites('経過\n2/1〜 CDDP+ETP＋加速過分割照射 45Gy/30fr 開始。')).toEqual([null]);
    expect(sites('経過\n2025/9 全乳房照射 42.56Gy/16fr 終了')).toEqual(['全乳房']);
  });
  it('a radiotherapy\'s evidence starts at its name, not at the end of a parenthesis a comma in it cut the clause at (CDDP+DOC（各40mg/m2、day1,8,29,36）と胸部放射線治療60Gy/30fr)', () => {
    const evidence = (text: string) => ofType(run(text, '2022-08-24'), 'radiotherapy').map((e) => e.evidence!.text);
    expect(evidence('経過\n11/24～1/7にCDDP+DOC（各40mg/m2、day1,8,29,36）と胸部放射線治療60Gy/30fr（根治照射）の同時併用を完遂')).toEqual(['胸部放射線治療60Gy/30fr']);
    expect(evidence('経過\n2025/6 RT（全脳）30Gy/10fr 施行')).toEqual(['RT（全脳）30Gy/10fr']);
  });
  it('childhood embryonal tumours and mesothelioma in English or Japanese are cancer words with their ICD-10 codes (Neuroblastoma, 腎芽腫, 網膜芽細胞腫, hepatoblastoma, malignant pleural mesothelioma)', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-24'), 'diagnosis').map((e) => [e.name, e.icd10 ?? null]);
    expect(diagnoses('Neuroblastoma, high risk (MYCN amplified), dx 2024/3 at age 3.')).toEqual([['Neuroblastoma', 'C74.9']]);
    expect(diagnoses('#腎芽腫（右）')).toEqual([['腎芽腫', 'C64']]);
    expect(diagnoses('#網膜芽細胞腫（右眼）')).toEqual([['網膜芽細胞腫', 'C69.2']]);
    expect(diagnoses('Dx: hepatoblastoma, PRETEXT III')).toEqual([['hepatoblastoma', 'C22.2']]);
    expect(diagnoses('Dx: malignant pleural mesothelioma, epithelioid.')).toEqual([['malignant pleural mesothelioma', 'C45.0']]);
  });
  it('in a course of steps the response\'s evidence is the category when the step right before it is a therapy (肺転移出現 → GC 4コース → アベルマブ維持（2025/7〜2026/2）→ PD), whatever finding opened the course, and the findings after the last therapy (GC 4コース → 肺転移増大 → PD)', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-24'), 'response').map((e) => [e.code, e.evidence!.text]);
    expect(responses('経過\n・2025/3 肺転移出現 → GC 4コース → アベルマブ維持（2025/7〜2026/2）→ PD')).toEqual([['PD', 'PD']]);
    expect(responses('経過\n・2025/3 GC 4コース → 肺転移増大 → PD')).toEqual([['PD', '肺転移増大 → PD']]);
  });
  it('an English stay with its day right after the verb (Admitted 10/28/2026 with febrile neutropenia, Discharged 11/4/2026.) is an admission and a discharge of that day; one to come (Will be admitted 12/1) is not', () => {
    const stays = (text: string) => run(text, '2026-11-24').filter((e) => e.type === 'admission' || e.type === 'discharge').map((e) => [e.type, e.date?.start ?? null, e.evidence!.text]);
    expect(stays('Discharge summary\nAdmitted 10/28/2026 with febrile neutropenia after cycle 2 of R-CHOP.\nTreated with cefepime. Discharged 11/4/2026.')).toEqual([['admission', '2026-10-28', 'Admitted 10/28/2026'], ['discharge', '2026-11-04', 'Discharged 11/4/2026']]);
    expect(stays('Plan\nWill be admitted 12/1 for cycle 3.')).toEqual([]);
  });
  it('a port named as the way a drug goes in (CVポートより投与, CVポートからFOLFOX投与) is no procedure; its placing (CVポート留置) still is', () => {
    const procedures = (text: string) => ofType(run(text, '2026-11-24'), 'procedure').map((e) => e.name);
    expect(procedures('看護記録 11/20\nケモ室にてFOLFIRINOX 5コース目 day1 投与開始。CVポートより投与、刺入部異常なし。')).toEqual([]);
    expect(procedures('経過\nCVポートからFOLFOX投与')).toEqual([]);
    expect(procedures('経過\n11/2 CVポート留置。')).toEqual(['CVポート留置']);
  });
  it('a count of courses then an operation done in the next clause (術前GnP 2コース後、2026/6/10 亜全胃温存膵頭十二指腸切除術（SSPPD）施行) is the chemotherapy\'s own statement: its evidence ends at the count, the operation\'s verb is the operation\'s', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-24'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null, e.evidence!.text]);
    expect(meds('経過\n術前GnP 2コース後、2026/6/10 亜全胃温存膵頭十二指腸切除術（SSPPD）施行。')).toEqual([['GnP', 2, 'completed', 'GnP 2コース']]);
    expect(meds('経過\nFOLFOX 12コース後、肝切除術を施行。')).toEqual([['FOLFOX', 12, 'completed', 'FOLFOX 12コース']]);
  });
  it('a later line naming only the castration-resistant state (R7.2 CRPC。, 2024年2月 mCRPC) does not date the cancer a problem heading names: resistance comes years after the diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null]);
    expect(diagnoses('#1 前立腺癌（cT3aN0M0, Gleason 4+4=8）\nR5.3 RARP施行。pT3bN0。\nR7.2 CRPC。エンザルタミド開始。')).toEqual([['前立腺癌', null]]);
    expect(diagnoses('#1 前立腺癌（cT3aN0M0）\n2024年2月 mCRPC、エンザルタミド導入。')).toEqual([['前立腺癌', null]]);
    expect(diagnoses('#1 前立腺癌\nR5.3 前立腺癌、生検で確定。')).toEqual([['前立腺癌', '2023-03']]);
  });
  it('a salvage or prophylactic course names no site by those words (救済RT 66Gy/33fr, サルベージ照射, 予防的全脳照射 25Gy/10fr → 全脳, 前立腺床への救済照射 → 前立腺床), as 緩和照射 does not', () => {
    const sites = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => [e.doseGy ?? null, e.site ?? null]);
    expect(sites('経過\n2024/9 救済RT 66Gy/33fr施行。')).toEqual([[66, null]]);
    expect(sites('経過\n2024/9 サルベージ照射 66Gy/33fr施行。')).toEqual([[66, null]]);
    expect(sites('経過\n2024/9 予防的全脳照射 25Gy/10fr施行。')).toEqual([[25, '全脳']]);
    expect(sites('経過\n2024/9 全脳予防照射 25Gy/10fr施行。')).toEqual([[25, '全脳']]);
    expect(sites('経過\n2024/9 前立腺床への救済照射 66Gy/33fr施行。')).toEqual([[66, '前立腺床']]);
    expect(ofType(run('経過\nCRのため5月に予防的全脳照射（PCI 25Gy/10Fr）を施行した。', '2026-11-26'), 'radiotherapy').map((e) => [e.site, e.evidence!.text])).toEqual([['全脳', '予防的全脳照射（PCI 25Gy/10Fr']]);
  });
  it('a pathology result written after 病理 and a space (…開頭腫瘍摘出術、病理 glioblastoma, IDH-wildtype; →病理 膠芽腫) states the diagnosis, as 病理：膠芽腫 does; a bare histology there (病理 腺癌) is no diagnosis', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.certainty ?? 'confirmed']);
    expect(diagnoses('経過\n2026/5/12 開頭腫瘍摘出術、病理 glioblastoma, IDH-wildtype。')).toEqual([['glioblastoma', '2026-05-12', 'confirmed']]);
    expect(diagnoses('経過\n2026/5/12 開頭腫瘍摘出術→病理 膠芽腫')).toEqual([['膠芽腫', '2026-05-12', 'confirmed']]);
    expect(diagnoses('経過\n2026/5/12 気管支鏡、病理 腺癌。')).toEqual([]);
  });
  it('a cue that diagnoses a cancer named again after the first mention (A) 膠芽腫疑い → 2026/5/12 開頭腫瘍摘出術、病理で膠芽腫と診断) is the second mention\'s: the suspicion keeps its own date, the diagnosis is the confirmation\'s', () => {
    const diagnoses = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.certainty ?? 'confirmed']);
    expect(diagnoses('S) 頭痛\nA) 膠芽腫疑い → 2026/5/12 開頭腫瘍摘出術、病理で膠芽腫と診断。')).toEqual([
      ['膠芽腫', '2026-11-26', 'suspected'],
      ['膠芽腫', '2026-05-12', 'confirmed'],
    ]);
  });
  it('a count planned and then cut short, written with 予定も or after を (術後CAPOX 8コース予定も4コースで…中止, CAPOXを8コース予定していたが4コース終了時点で中止) is the given count and its stop, as 予定であったが is', () => {
    const meds = (text: string) => ofType(run(text, '2024-06-01'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null]);
    expect(meds('経過\n同年5月 腹腔鏡下右半結腸切除術。術後CAPOX 8コース予定も4コースで末梢神経障害のため中止。')).toEqual([['CAPOX', 4, 'stopped']]);
    expect(meds('経過\n術後CAPOXを8コース予定していたが4コース終了時点で中止した。')).toEqual([['CAPOX', 4, 'stopped']]);
    expect(meds('経過\n術後CAPOX 8コース予定。')).toEqual([]);
  });
  it('a drug added in parentheses right after the chain (エンコラフェニブ＋セツキシマブ（＋ビニメチニブ）, CBDCA+PEM（+Pembro）) is named once in the regimen; after the courses (TC療法 6サイクル（+Bev）) it is joined on', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.drugs.join(',')]);
    expect(meds('経過\n2025年10月よりエンコラフェニブ＋セツキシマブ（＋ビニメチニブ）開始。')).toEqual([['エンコラフェニブ+セツキシマブ(+ビニメチニブ)', 'binimetinib,cetuximab,encorafenib']]);
    expect(meds('経過\n2025年10月よりCBDCA+PEM（+Pembro）開始。')).toEqual([['CBDCA+PEM(+Pembro)', 'carboplatin,pembrolizumab,pemetrexed']]);
    expect(meds('経過\n2025年4月 TC療法 6サイクル（+Bev）施行。')).toEqual([['TC+Bev', 'bevacizumab,carboplatin,paclitaxel']]);
  });
  it('a variant called without its gene after は, が or a colon (T790Mは陰性, T790M：陽性) is its gene\'s result, as T790M陰性 is', () => {
    const markers = (text: string) => ofType(run(text, '2026-11-26'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result, e.evidence!.text]);
    expect(markers('経過\n2026/10 CTで原発巣増大。T790Mは陰性、MET増幅あり。')).toEqual([['EGFR', 'T790M', 'negative', 'T790Mは陰性'], ['MET', null, 'positive', 'MET増幅あり']]);
    expect(markers('再生検\nT790M：陽性')).toEqual([['EGFR', 'T790M', 'positive', 'T790M：陽性']]);
  });
  it('a gene\'s variant called after は or が (KRAS G12Cは陰性, BRAF V600E変異は陰性, EGFR L858Rは陽性) takes that call: the variant named is no finding of it; so do genes listed with 、 before it (EGFR、ALK、ROS1変異は陰性)', () => {
    const markers = (text: string) => ofType(run(text, '2026-11-26'), 'biomarker').map((e) => [e.name, e.variant ?? null, e.result, e.evidence!.text]);
    expect(markers('経過\nKRAS G12Cは陰性。')).toEqual([['KRAS', 'G12C', 'negative', 'KRAS G12Cは陰性']]);
    expect(markers('経過\nBRAF V600E変異は陰性')).toEqual([['BRAF', 'V600E', 'negative', 'BRAF V600E変異は陰性']]);
    expect(markers('経過\nEGFR L858Rは陽性。')).toEqual([['EGFR', 'L858R', 'positive', 'EGFR L858Rは陽性']]);
    expect(markers('病理\nEGFR、ALK、ROS1変異は陰性。')).toEqual([['EGFR', null, 'negative', 'EGFR、ALK、ROS1変異は陰性'], ['ALK', null, 'negative', 'ALK、ROS1変異は陰性'], ['ROS1', null, 'negative', 'ROS1変異は陰性']]);
  });
  it('high-grade serous carcinoma abbreviated after its organ (Dx: Ovarian HGSC, Dx: HGSOC) is an ovarian cancer, C56, and primary peritoneal HGSC C48.2; HGSC alone is the histology of the cancer named (卵巣癌（高異型度漿液性癌、HGSC） … 生検でHGSCと診断)', () => {
    expect(diagnosisCodes('Pt: 68F\nDx: Ovarian HGSC, FIGO IIIC')).toEqual([['Ovarian HGSC', 'C56']]);
    expect(diagnosisCodes('Dx: HGSOC, FIGO IIIC')).toEqual([['HGSOC', 'C56']]);
    expect(diagnosisCodes('Dx: primary peritoneal HGSC, FIGO IIIC')).toEqual([['primary peritoneal HGSC', 'C48.2']]);
    expect(diagnosisCodes('診断：卵巣癌 FIGO IIIC期\n【経過】\n2025/10/28 審査腹腔鏡＋腹膜生検でHGSCと診断。')).toEqual([['卵巣癌', 'C56']]);
  });
  it('a gene\'s mutation carried (BRCA2 mutation carrier, BRCA2病的バリアント保持者) or named germline in a diagnosis list (Dx: …, BRCA1 germline mutation) is positive; a test for one (BRCA1 germline mutation testing) is not a result', () => {
    const markers = (text: string) => ofType(run(text, '2026-11-26'), 'biomarker').map((e) => [e.name, e.result, e.evidence!.text]);
    expect(markers('Dx: Ovarian HGSC, FIGO IIIC, BRCA1 germline mutation')).toEqual([['BRCA1', 'positive', 'BRCA1 germline mutation']]);
    expect(markers('PMH: BRCA2 mutation carrier, s/p RRSO 2020.')).toEqual([['BRCA2', 'positive', 'BRCA2 mutation carrier']]);
    expect(markers('既往：BRCA2病的バリアント保持者')).toEqual([['BRCA2', 'positive', 'BRCA2病的バリアント保持者']]);
    expect(markers('Plan: BRCA1 germline mutation testing.')).toEqual([]);
  });
  it('what the findings before an arrow add up to, closing its sentence (2026/9 CT: new peritoneal nodules -> recurrence. Plan: platinum rechallenge.) is the recurrence, as when it closes the line; one the sentence goes on about (→ 再発の有無を評価) is not', () => {
    const recurrences = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.date?.start ?? null, e.certainty ?? 'confirmed']);
    expect(recurrences('Course\n2026/9 CT: new peritoneal nodules -> recurrence. Plan: platinum rechallenge.')).toEqual([['recurrence', '2026-09', 'confirmed']]);
    expect(recurrences('経過\n2026/9 CT：腹膜結節の新出 → 再発。PET予定。')).toEqual([['再発', '2026-09', 'confirmed']]);
    expect(recurrences('経過\n2026/9 CT：腹膜結節 → 再発の有無を評価。')).toEqual([]);
  });
  it('maintenance since a day (Olaparib maintenance since 2024/12) is under way, as on olaparib since 2024/12 is; maintenance from a day (… maintenance from 2024/12) starts then', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.status ?? null, e.date?.start ?? null]);
    expect(meds('Course\nOlaparib maintenance since 2024/12; CA-125 normal.')).toEqual([['Olaparib', 'ongoing', '2024-12']]);
    expect(meds('Course\nOlaparib maintenance from 2024/12.')).toEqual([['Olaparib', 'started', '2024-12']]);
  });
  it('a site opening the parenthesis a dose is in (術後照射（温存乳房 50Gy/25回）, 術後RT（温存乳房 42.56Gy/16fr）) is the course\'s site; 術後RT and 術前RT are adjuvant and neoadjuvant as 術後照射 is, no site, and a step after an operation joined by + (広範切除術 + 術前RT 50Gy/25fr)', () => {
    const rts = (text: string) => ofType(run(text, '2026-11-26'), 'radiotherapy').map((e) => [e.site ?? null, e.intent ?? null, e.evidence!.text]);
    expect(rts('経過\n令和元年9月 術後照射（温存乳房 50Gy/25回）完了。')).toEqual([['温存乳房', 'adjuvant', '術後照射（温存乳房 50Gy/25回']]);
    expect(rts('経過\nH30.2 左Bp+SN施行。術後RT（温存乳房 42.56Gy/16fr）後、アナストロゾール内服。')).toEqual([['温存乳房', 'adjuvant', '術後RT（温存乳房 42.56Gy/16fr']]);
    expect(rts('経過\n術後RT 50Gy/25fr施行。')).toEqual([[null, 'adjuvant', '術後RT 50Gy/25fr']]);
    expect(rts('治療歴\n- 2023-6 広範切除術 + 術前RT 50Gy/25fr')).toEqual([[null, 'neoadjuvant', '術前RT 50Gy/25fr']]);
  });
  it('a drug given with another therapy (…、カペシタビン併用）, CDDP併用 IMRT …施行, CDDP+ETP 4コースに同時併用) takes its status from the clause\'s verb or its range, not from 併用: a closed range or 施行 is a course given; alone it has no status', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.status ?? null, e.evidence!.text]);
    expect(meds('経過\n2025/2/3～3/14 CRT（50.4Gy/28fr、カペシタビン併用）\n2025/5 MRIでcCR')).toEqual([['カペシタビン', 'completed', 'カペシタビン併用']]);
    expect(meds('経過\n2025/3/3～4/18 CDDP併用 IMRT 70Gy/35fr 施行')).toEqual([['CDDP', 'completed', 'CDDP併用 IMRT 70Gy/35fr 施行']]);
    expect(meds('経過\n7/1～ アパルタミド 240mg/日 併用')).toEqual([['アパルタミド', 'started', 'アパルタミド 240mg/日 併用']]);
    expect(meds('経過\n化学放射線療法（50.4Gy/28fr、カペシタビン併用）')).toEqual([['カペシタビン', null, 'カペシタビン併用']]);
    expect(meds('既往\nシスプラチン含有レジメンに伴う腎機能障害あり、ステロイド併用。')).toEqual([]);
  });
  it('a total of doses given (セツキシマブ 計8回投与, …併用（初回400mg/m2、以後250mg/m2 毎週、計8回投与）) is that many courses, given and over; one planned (計12回予定) is not', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null]);
    expect(meds('経過\n2025/9/1～10/20 セツキシマブ 計8回投与。')).toEqual([['セツキシマブ', 8, 'completed']]);
    expect(meds('経過\nRT 70Gy/35fr（2025/9/1～10/20）、セツキシマブ併用（初回400mg/m2、以後250mg/m2 毎週、計8回投与）')).toEqual([['セツキシマブ', 8, 'completed']]);
    expect(meds('経過\n2023/10～ リツキシマブ維持療法（2か月毎、計12回予定）')).toEqual([['リツキシマブ', null, 'started']]);
    expect(meds('経過\n術後MMC（マイトマイシンC、計10回以上間欠投与）を終了。')).toEqual([['MMC', null, 'completed']]);
  });
  it('a parenthesis after a drug that tells its stop (イブルチニブ（心房細動のため中止）, …（心房細動のため2025/12中止）) is its status, not a detail of its name: stopped', () => {
    const meds = (text: string) => ofType(run(text, '2026-03-12'), 'medication').map((e) => [e.regimen, e.status ?? null, e.evidence!.text]);
    expect(meds('経過\n イブルチニブ（心房細動のため中止）。')).toEqual([['イブルチニブ', 'stopped', 'イブルチニブ（心房細動のため中止）']]);
    expect(meds('#1 CLL\n 2021/3～2025/12 イブルチニブ（心房細動のため2025/12中止）。')).toEqual([['イブルチニブ', 'stopped', 'イブルチニブ（心房細動のため2025/12中止）']]);
    expect(meds('経過\n2025/4 CBDCA（AUC5）＋PEM 4コース施行。')).toEqual([['CBDCA(AUC5)+PEM', 'completed', 'CBDCA（AUC5）＋PEM 4コース施行']]);
  });
  it('a subsite written after the parenthesis that follows a cancer\'s name (膠芽腫(IDH野生型, MGMTプロモーターメチル化あり) 右前頭葉) refines its code as one written right after the name does: C71.1', () => {
    expect(diagnosisCodes('膠芽腫(IDH野生型, MGMTプロモーターメチル化あり) 右前頭葉\n2024/10/15 開頭腫瘍摘出術施行。')).toEqual([['膠芽腫', 'C71.1']]);
    expect(diagnosisCodes('#1 膠芽腫 右前頭葉')).toEqual([['膠芽腫', 'C71.1']]);
    expect(diagnosisCodes('#1 胃癌（cT4aN2M1、腹膜播種、HER2陰性、CLDN18.2陽性）。2024/3 肝転移に対し体部へ照射')).toEqual([['胃癌', 'C16.9']]);
  });
  it('cancers.tsv: a hypopharyngeal cancer of the pyriform sinus is C12 (下咽頭癌（梨状陥凹）), of the postcricoid area C13.0; a follicular lymphoma\'s grade gives its code (濾胞性リンパ腫 Grade 2 → C82.1, grade 3A → C82.3)', () => {
    expect(diagnosisCodes('診断名：下咽頭癌（梨状陥凹） cT3N2bM0 StageⅣA')).toEqual([['下咽頭癌', 'C12']]);
    expect(diagnosisCodes('診断名：下咽頭癌（輪状後部） cT2N0M0')).toEqual([['下咽頭癌', 'C13.0']]);
    expect(diagnosisCodes('#1 濾胞性リンパ腫 Grade 2、Ann Arbor IIIA、FLIPI 3')).toEqual([['濾胞性リンパ腫', 'C82.1']]);
    expect(diagnosisCodes('#1 濾胞性リンパ腫 grade 3A, stage IV')).toEqual([['濾胞性リンパ腫', 'C82.3']]);
    expect(diagnosisCodes('#1 濾胞性リンパ腫 stage IV')).toEqual([['濾胞性リンパ腫', 'C82.9']]);
  });
  it('on a title or problem line, a site written before the cancer\'s name (Dx: 左大腿 粘液型脂肪肉腫, #右頬部 皮膚有棘細胞癌) refines its code as one after it does; in prose the words before are another matter', () => {
    expect(diagnosisCodes('Date: 2025-9-1\nDx: 左大腿 粘液型脂肪肉腫（myxoid liposarcoma）, FNCLCC grade 2')).toEqual([['粘液型脂肪肉腫', 'C49.2']]);
    expect(diagnosisCodes('#右頬部 皮膚有棘細胞癌（SCC）術後\n2024/9/3 右頬部腫瘍切除術。')).toEqual([['皮膚有棘細胞癌', 'C44.3']]);
    expect(diagnosisCodes('経過\n大腿の腫瘤を生検し、肉腫と診断。')).toEqual([['肉腫', 'C49.9']]);
  });
  it('cancers.tsv: a vulvar cancer\'s subsite refines its code (外陰癌（扁平上皮癌、左大陰唇） → C51.0, 小陰唇 C51.1, 陰核 C51.2)', () => {
    expect(diagnosisCodes('#外陰癌（扁平上皮癌、左大陰唇） pT2N1aM0 FIGO IIIA')).toEqual([['外陰癌', 'C51.0']]);
    expect(diagnosisCodes('#外陰癌（陰核） FIGO IB')).toEqual([['外陰癌', 'C51.2']]);
  });
  it('on a title or problem line, the side of a site written before the cancer or in the parenthesis after it is its laterality (#左大腿 脱分化型脂肪肉腫, 中咽頭癌（左口蓋扁桃）, 外陰癌（扁平上皮癌、左大陰唇）, ccRCC (lt)); a side of a spread in that parenthesis is not (肺腺癌（左副腎転移）)', () => {
    const sides = (text: string) => ofType(run(text, '2026-11-26'), 'diagnosis').map((e) => [e.name, e.laterality ?? null]);
    expect(sides('#左大腿 脱分化型脂肪肉腫（FNCLCC Grade 3）')).toEqual([['脱分化型脂肪肉腫', 'left']]);
    expect(sides('病名：中咽頭癌（左口蓋扁桃）　p16陽性　cT2N1M0')).toEqual([['中咽頭癌', 'left']]);
    expect(sides('#外陰癌（扁平上皮癌、左大陰唇） pT2N1aM0')).toEqual([['外陰癌', 'left']]);
    expect(sides('Dx: ccRCC (lt), pT3aN0M0')).toEqual([['ccRCC', 'left']]);
    expect(sides('#肺腺癌（左副腎転移） cT2aN0M1b')).toEqual([['肺腺癌', null]]);
    expect(sides('経過\n左大腿の腫瘤を生検し、肉腫と診断。')).toEqual([['肉腫', null]]);
  });
  it('drugs.tsv: denileukin diftitox (レミトロ), ziftomenib and vepdegestrant are anticancer drugs by their names (lifileucel too: see the next test)', () => {
    const drugs = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => e.drugs.join(','));
    expect(drugs('経過\n2026/9よりデニロイキン ジフチトクス（レミトロ）開始。')).toEqual(['denileukin diftitox']);
    expect(drugs('Course\nStarted ziftomenib 600 mg daily on 2026/10/1.')).toEqual(['ziftomenib']);
    expect(drugs('Course\nStarted vepdegestrant on 2026/10/1.')).toEqual(['vepdegestrant']);
  });
  it('a cell therapy told infused in English (axi-cel infused on 2026/10/1, Lifileucel was infused) is given, as ide-cel輸注 is', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join(','), e.status ?? null]);
    expect(meds('Course\nAxi-cel infused on 2026/10/1 (Day 0).')).toEqual([['axicabtagene ciloleucel', 'completed']]);
    expect(meds('Course\nLifileucel was infused on 2026/10/1.')).toEqual([['lifileucel', 'completed']]);
  });
  it('a stop told of the therapy by its class (2025/6 TKI中止（TFR）, ICI中止, 化学療法を中止) stops the last drug named before it, as 投与中止 does', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.drugs.join(','), e.status ?? null, e.date?.start ?? null, e.evidence!.text]);
    expect(meds('CML慢性期\n2021/3 ダサチニブ100mgへ変更 → 2023年 DMR到達。\n2025/6 TKI中止（TFR）、以後MR4.5維持。')).toEqual([
      ['dasatinib', 'started', '2021-03', 'ダサチニブ100mgへ変更'],
      ['dasatinib', 'stopped', '2025-06', 'TKI中止'],
    ]);
    expect(meds('経過\n2025/4よりペムブロリズマブ開始。\n2025/9 皮疹G3のためICI中止。')).toEqual([
      ['pembrolizumab', 'started', '2025-04', 'ペムブロリズマブ開始'],
      ['pembrolizumab', 'stopped', '2025-09', 'ICI中止'],
    ]);
    expect(meds('経過\n2025/4よりペムブロリズマブ開始。\nICI中止後の再燃に注意。')).toEqual([['pembrolizumab', 'started', '2025-04', 'ペムブロリズマブ開始']]);
  });
  it('a date right after the response category, closing its clause (Atezo/Bev started 2025-03; PD 2025-09 (new lung mets).), is when it was found, as PD (2025/9) is; one opening the next item (PD 2024/4よりFOLFIRI) is not', () => {
    const responses = (text: string) => ofType(run(text, '2026-11-26'), 'response').map((e) => [e.code, e.date?.start ?? null]);
    expect(responses('Hx: HCC (BCLC C)\nAtezo/Bev started 2025-03; PD 2025-09 (new lung mets).')).toEqual([['PD', '2025-09']]);
    expect(responses('Course\nFOLFOX from 2024/1, PD 2024/6.')).toEqual([['PD', '2024-06']]);
    expect(responses('Course\nFOLFOX from 2024/1 -> PD 2024/6\nFOLFIRI since 2024/7.')).toEqual([['PD', '2024-06']]);
    expect(responses('経過\n2024/3 CTでPD 2024/4よりFOLFIRI開始。')).toEqual([['PD', '2024-03']]);
  });
  it('a case\'s opening after an English history or identification label (Hx: 58M, HCC (BCLC C, …), ID: 72F, EGFR+ NSCLC) names the diagnosis, as after Pt: or HPI:', () => {
    expect(diagnosisCodes('Hx: 58M, HCC (BCLC C, PVTT Vp3) on HBV cirrhosis (Child-Pugh A6).\nAtezo/Bev started 2025-03.')).toEqual([['HCC', 'C22.0']]);
    expect(diagnosisCodes('ID: 72F, EGFR+ NSCLC\nOn osimertinib since 2024/3.')).toEqual([['NSCLC', 'C34.9']]);
    expect(diagnosisCodes('Hx: appendectomy 1990.\nHTN.')).toEqual([]);
  });
  it('a record\'s regimen label then a line of today\'s course in short (レジメン：GnP（Day1,8,15 q4w） / 本日 C7D1 投与。) is the regimen\'s 7th course, given today, as 本日7コース目 is', () => {
    const meds = (text: string) => ofType(run(text, '2026-11-26'), 'medication').map((e) => [e.regimen, e.cycles ?? null, e.status ?? null, e.date?.start ?? null]);
    expect(meds('＜外来化学療法記録＞\n患者：72歳女性、膵癌（膵体部、cT4N1M1 HEP）\nレジメン：GnP（Day1,8,15 q4w）\n本日 C7D1 投与。GEM 1000mg/m2、nab-PTX 125mg/m2。')).toEqual([['GnP', 7, 'ongoing', '2026-11-26']]);
  });
  it('does not take a year written against a procedure into its name', () => {
    const [excision, gastrectomy] = ofType(run('#左大腿軟部肉腫 2023年広範切除術後\n#1 GIST（胃） 令和元年腹腔鏡下胃局所切除術'), 'procedure');
    expect(excision).toMatchObject({ name: '広範切除術', date: { start: '2023' } });
    expect(gastrectomy).toMatchObject({ name: '腹腔鏡下胃局所切除術', date: { start: '2019' } });
  });
  it('does not read the year of a start written after the regimen as the length of its course', () => {
    const [gcd] = ofType(run('胆管癌（肝門部） 切除不能。GC+Durva 2025年2月～。', '2025-11-01'), 'medication');
    expect(gcd).toMatchObject({ regimen: 'GC+Durva', date: { start: '2025-02' }, status: 'started' });
    // (…while a length is still one: タモキシフェン 1年6ヶ月.)
    expect(ofType(run('タモキシフェン 1年6ヶ月。', '2025-11-01'), 'medication')[0]).toMatchObject({ status: 'completed' });
  });
  it('reads NL in parentheses after a regimen or its verb as its line', () => {
    const lines = (text: string) => ofType(run(text, '2025-11-01'), 'medication').map((e) => e.line);
    expect(lines('2025/5/12～ EV+Pembro 開始 (1L). 現在C6。')).toEqual([1]);
    expect(lines('GnP（2L）開始。')).toEqual([2]);
    // (…not a volume: 胸水1L, 胸水穿刺（1L）.)
    expect(lines('胸水1L排液後、CBDCA+PEM開始。')).toEqual([undefined]);
  });
  it('does not take a radiotherapy course a letter proposes for given', () => {
    const courses = (text: string) => ofType(run(text, '2025-11-01'), 'radiotherapy').map((e) => [e.doseGy, e.fractions]);
    expect(courses('TNT（CAPOX 6コース → 短期照射 25Gy/5Fr）をご提案し、貴院での手術をお願い申し上げます。')).toEqual([]);
    expect(courses('定位照射 30Gy/5Fr を推奨します。')).toEqual([]);
    // (…but one given before another is proposed still is.)
    expect(courses('2025/3 短期照射 25Gy/5Fr 施行後、TMEを推奨。')).toEqual([[25, 5]]);
  });
  it('dates a cancer a dated report heading heads by the report, but not one a visit heading heads', () => {
    const diagnosis = (text: string) => ofType(run(text, '2025-07-10'), 'diagnosis')[0]?.date?.start;
    expect(diagnosis('【病理診断報告】検体：直腸（低位前方切除術）2025/6/24\nAdenocarcinoma, moderately differentiated (tub2), pT3 pN1a (2/15) ly1 v1')).toBe('2025-06-24');
    expect(diagnosis('【手術病理】2025/5/20\n胃癌 pT2N0M0 pStage IB')).toBe('2025-05-20');
    // (A visit's heading dates the visit: HCC（BCLC-C…） under it is what the patient has, not found that day.)
    expect(diagnosis('【2025/7/9 外来】\nHCC（BCLC-C、門脈侵襲Vp3）。\nレンバチニブ継続。')).toBeUndefined();
  });
  it('reads a planned count an arrow then corrects, and a planned length for a course a past start opens', () => {
    const meds = (text: string) => ofType(run(text, '2025-11-25'), 'medication').map((e) => [e.regimen, e.date?.start, e.cycles, e.status]);
    expect(meds('2025.2.20～ 術後補助療法 CDDP+VNR 4コース予定 → 3コースで中止（腎機能悪化）。')).toEqual([['CDDP+VNR', '2025-02-20', 3, 'stopped']]);
    expect(meds('2025.6～ アテゾリズマブ 維持 1年予定。')).toEqual([['アテゾリズマブ', '2025-06', undefined, 'started']]);
    // (A start still to come is a plan, and so is a length with no start told.)
    expect(meds('2025.12～ アテゾリズマブ 維持 1年予定。')).toEqual([]);
    expect(meds('2025.6 アテゾリズマブ 1年予定。')).toEqual([]);
  });
  it('reads a stage written after the TNM string in parentheses, or as its prefix and numeral alone', () => {
    const staging = (text: string) => ofType(run(text), 'staging').map(strip);
    expect(staging('2025.1.10 右上葉切除 施行。pT1cN1M0 pIIB。')).toEqual([{ type: 'staging', tnm: { prefix: 'p', t: 'T1c', n: 'N1', m: 'M0' }, stage: 'IIB' }]);
    expect(staging('TNM分類：cT2aN2M1b (Stage IVB)')).toEqual([{ type: 'staging', tnm: { prefix: 'c', t: 'T2a', n: 'N2', m: 'M1b' }, stage: 'IVB' }]);
    expect(staging('ypT0N0 (ypStage 0)')).toEqual([{ type: 'staging', tnm: { prefix: 'yp', t: 'T0', n: 'N0' }, stage: '0' }]);
  });
  it('reads an operation abbreviation after the cancer on a dated history line, and the gastric, rectal, urological and gynaecological ones', () => {
    const procedures = (text: string) => ofType(run(text, '2025-11-25'), 'procedure').map((e) => [e.name, e.date?.start]);
    expect(procedures('H31.4 右乳癌 Bt+Ax、pT2N1aM0 luminal B。')).toEqual([['Bt+Ax', '2019-04']]);
    expect(procedures('2024/3 胃癌 LDG（D2）')).toEqual([['LDG', '2024-03']]);
    expect(procedures('2023/6 子宮体癌 TLH+BSO+骨盤リンパ節郭清')).toEqual([['TLH+BSO+骨盤リンパ節郭清', '2023-06']]);
    expect(procedures('2024/5/10 RARP施行。')).toEqual([['RARP', '2024-05-10']]);
    // (…and the cancer on a list-marked dated line is its diagnosis.)
    expect(ofType(run('●2023年4月 左乳癌 Bp+SN（pT1N0, luminal A）'), 'diagnosis').map((e) => [e.name, e.date?.start])).toEqual([['乳癌', '2023-04']]);
  });
  it('tells a death once, however often the note mentions it, and not where it happened as its cause', () => {
    const deaths = (text: string) => ofType(run(text, '2025-08-12'), 'death').map((e) => [e.date?.start, e.cause]);
    expect(deaths('2025年8月12日 永眠されました。直接死因：肺癌（腺癌）、死亡時刻 4:32。')).toEqual([['2025-08-12', '肺癌(腺癌)']]);
    expect(deaths('転帰：死亡\n経過：多臓器不全のため死亡。ご家族に看取られ逝去された。').map(([, cause]) => cause)).toEqual(['多臓器不全']);
    expect(deaths('8/10 自宅にて死亡。')).toEqual([['2025-08-10', undefined]]);
  });
  it('does not take a therapy an English plan names for one given', () => {
    const meds = (text: string) => ofType(run(text, '2025-11-25'), 'medication').map((e) => [e.regimen, e.status]);
    expect(meds('Plan: switch to nal-IRI + 5-FU/LV starting next week.')).toEqual([]);
    expect(meds('Will start pembrolizumab next cycle.')).toEqual([]);
    expect(meds('We plan to start FOLFOX.')).toEqual([]);
    // (…but one continued, or one started before the plan's sentence, is.)
    expect(meds('Plan: continue T-DXd.')).toEqual([['T-DXd', 'ongoing']]);
    expect(meds('Started FOLFOX on 10/1. Will reassess after 4 cycles.')).toEqual([['FOLFOX', 'started']]);
  });
  it('knows ADCs and antibodies by the first half of their names, as notes shorten them, and tafasitamab', () => {
    const drugs = (text: string) => ofType(run(text, '2025-11-25'), 'medication').flatMap((e) => e.drugs);
    expect(drugs('イノツズマブ開始。')).toEqual(['inotuzumab ozogamicin']);
    expect(drugs('ミルベツキシマブ 3コース目。')).toEqual(['mirvetuximab soravtansine']);
    expect(drugs('タファシタマブ+レナリドミド開始。')).toEqual(['lenalidomide', 'tafasitamab']);
    expect(drugs('ラジウム-223 6回完遂。')).toEqual(['radium (223Ra) dichloride']);
  });
  it('knows the NK/T-cell lymphoma and germ-cell salvage regimens (DeVIC, SMILE, VeIP), SMILE only where a lymphoma is named', () => {
    const drugs = (text: string) => ofType(run(text, '2025-11-25'), 'medication').map((e) => e.drugs);
    expect(drugs('2025/10/1 RT-2/3DeVIC療法開始。')).toEqual([['carboplatin', 'dexamethasone', 'etoposide', 'ifosfamide']]);
    expect(drugs('節外性NK/T細胞リンパ腫。2025/10/1 SMILE療法開始。')).toEqual([['asparaginase', 'dexamethasone', 'etoposide', 'ifosfamide', 'methotrexate']]);
    expect(drugs('精巣腫瘍再発。VeIP療法 2コース目。')).toEqual([['cisplatin', 'ifosfamide', 'vinblastine']]);
    expect(drugs('本日もSMILE開始。')).toEqual([]);
  });
  it('knows germ-cell tumours by site, Wilms tumour, plasmacytomas, cutaneous T-cell lymphoma and the myeloproliferative neoplasms', () => {
    const codes = (text: string) => ofType(run(text), 'diagnosis').map((e) => [e.name, e.icd10]);
    expect(codes('#1 縦隔胚細胞腫瘍')).toEqual([['縦隔胚細胞腫瘍', 'C38.3']]);
    expect(codes('#1 非セミノーマ')).toEqual([['非セミノーマ', 'C62.9']]);
    expect(codes('#1 ウィルムス腫瘍')).toEqual([['ウィルムス腫瘍', 'C64']]);
    expect(codes('#1 髄外性形質細胞腫')).toEqual([['髄外性形質細胞腫', 'C90.2']]);
    expect(codes('#1 CTCL')).toEqual([['CTCL', 'C84.8']]);
    expect(codes('#1 本態性血小板血症')).toEqual([['本態性血小板血症', 'D47.3']]);
  });
  it('does not take the day an admission clause opens with into its reason', () => {
    const [stay] = ofType(run('令和3年11月24日に根治的化学放射線療法目的で入院。'), 'admission');
    expect([stay!.reason, stay!.evidence!.text, stay!.date?.start]).toEqual(['根治的化学放射線療法', '根治的化学放射線療法目的で入院', '2021-11-24']);
    expect(ofType(run('8/10よりVI療法2コース目のため入院。', '2025-08-20'), 'admission')[0]!.reason).toBe('VI療法2コース目');
    // (…and a clause holding only its day has none: 2025/3/1にて入院.)
    expect(ofType(run('2025/3/1にて入院。'), 'admission').map((e) => [e.reason, e.evidence!.text])).toEqual([[undefined, '入院']]);
  });
  it('radioiodine abbreviated RAI is radiotherapy when given (RAI 3.7GBq, RAI治療施行), not when refractory or not given (RAI不応, RAI治療なし)', () => {
    const courses = (text: string) => ofType(run(text, '2025-11-20'), 'radiotherapy').map((e) => [e.evidence?.text, e.date?.start ?? null]);
    expect(courses('甲状腺乳頭癌 術後、2019/12 RAI 3.7GBq。2023年 多発肺転移 RAI不応性となる。')).toEqual([['RAI 3.7GBq', '2019-12']]);
    expect(courses('2020/3 RAI治療施行。')).toEqual([['RAI治療施行', '2020-03']]);
    expect(courses('甲状腺全摘術。術後RAI治療なし。RAI不応と判断。')).toEqual([]);
  });
  it('a response\'s finding is what its category was written with, in its clause or the clauses before it, and its evidence holds it (肝転移増大、新規肺転移あり、PD)', () => {
    const responses = (text: string) => ofType(run(text, '2025-11-20'), 'response').map((e) => [e.code, e.finding ?? null, e.evidence?.text]);
    expect(responses('R1.9.10 CTで原発巣再増大、PD。')).toEqual([['PD', '原発巣再増大', '原発巣再増大、PD']]);
    expect(responses('11/24 CT：肝転移増大、新規肺転移あり、PD。')).toEqual([['PD', '肝転移増大、新規肺転移', '肝転移増大、新規肺転移あり、PD']]);
    expect(responses('5/30 治療後評価MRI：腫瘍消失、CR。')).toEqual([['CR', '腫瘍消失', '腫瘍消失、CR']]);
    expect(responses('CTで標的病変は消失し完全奏効（CR）。')).toEqual([['CR', '標的病変は消失', 'CTで標的病変は消失し完全奏効（CR']]);
    expect(responses('寛解導入後の骨髄検査で MRD陰性、CR。')).toEqual([['CR', 'MRD陰性', 'MRD陰性、CR']]);
    expect(responses('| 2023/3～2024/1 | エンザルタミド 160mg | PSA再上昇、PD |')).toEqual([['PD', 'PSA再上昇', 'PSA再上昇、PD']]);
    // (Its own clause's finding only, when it tells one.)
    expect(responses('CT（8/20）：肺転移は消失、原発巣は縮小しPR。')).toEqual([['PR', '原発巣は縮小', '原発巣は縮小しPR']]);
  });
  it('a response\'s finding may follow it, in the parenthesis it opens or after a colon (PD（M蛋白増加）, PD (2025/5 CT: 骨転移増悪), PD: 脳転移増大)', () => {
    const findings = (text: string) => ofType(run(text, '2025-11-20'), 'response').map((e) => [e.code, e.finding ?? null]);
    expect(findings('2024/11〜2025/4 EV+Pembro → PD (2025/5 CT: 骨転移増悪)')).toEqual([['PD', '骨転移増悪']]);
    expect(findings('2025/3 KRd → PD（M蛋白増加）')).toEqual([['PD', 'M蛋白増加']]);
    expect(findings('Palbociclib + letrozole 2023/3-2024/8 (PD, new liver lesions).')).toEqual([['PD', 'new liver lesions']]);
    expect(findings('1) 2023/2～2024/11 クリゾチニブ（2024/11 PD: 脳転移増大）')).toEqual([['PD', '脳転移増大']]);
    // (A parenthesis of what else happened, or a next clause, is no finding.)
    expect(findings('R5.2～R6.8 エベロリムス 10mg → PD（口内炎G2で減量歴あり）')).toEqual([['PD', null]]);
    expect(findings('2023年CR、以後再発なし。')).toEqual([['CR', null]]);
  });
  it('a response category of another system is its own finding (VGPR, CMR); one after a course given has no finding, its evidence the category alone (4コース施行しPR)', () => {
    const responses = (text: string) => ofType(run(text, '2025-11-20'), 'response').map((e) => [e.code, e.finding ?? null, e.evidence?.text]);
    expect(responses('2023/5 DBd療法 8コース施行しVGPR。')).toEqual([['PR', 'VGPR', 'VGPR']]);
    expect(responses('2025/7/29 PET-CT：Deauville 2、CMR。')).toEqual([['CR', 'Deauville 2', 'Deauville 2、CMR']]);
    expect(responses('2024/9/2よりCBDCA+ETP+アテゾリズマブ 4コース施行しPR。')).toEqual([['PR', null, 'PR']]);
    expect(responses('経過：2026/5 FP＋ペムブロリズマブ 4コース後PD。')).toEqual([['PD', null, 'PD']]);
    expect(responses('A) 胆嚢癌 術後再発、多発肝メタ・腹膜播種、GEM+CDDP+Durva 後のPD')).toEqual([['PD', null, 'GEM+CDDP+Durva 後のPD']]);
    expect(responses('2025/3 CTで部分奏効（PR）。')).toEqual([['PR', null, 'CTで部分奏効（PR']]);
  });
  it('a cancer diagnosis has the examination that found it as its method: joined to it in its sentence, or naming it, its histology or the note\'s one cancer elsewhere', () => {
    const methods = (text: string) => ofType(run(text, '2025-11-20'), 'diagnosis').map((e) => [e.name, e.method ?? null]);
    expect(methods('H30.12.1 気管支鏡検査(TBB)施行、右上葉肺腺癌と診断。')).toEqual([['上葉肺腺癌', '気管支鏡検査']]);
    expect(methods('3/4 EBUS-TBNAにて小細胞肺癌と診断。')).toEqual([['小細胞肺癌', 'EBUS-TBNA']]);
    expect(methods('同日に胸腔穿刺を施行し、得られた胸水から肺腺癌と診断。')).toEqual([['肺腺癌', '胸腔穿刺']]);
    // (The note's one cancer, found elsewhere: its heading takes the examination.)
    expect(methods('#1 膵頭部癌 ステージ4\nR5.10.12 EUS-FNA施行 → adenocarcinoma、膵癌と確定診断。')).toEqual([['膵頭部癌', 'EUS-FNA']]);
    // (A biopsy told after the examination, before what was found, is the method.)
    expect(methods('S状結腸癌 cT4aN2aM1a\n2021/8/2 CFでS状結腸に全周性2型腫瘍、生検でtub2。')).toEqual([['S状結腸癌', '生検']]);
  });
  it('a diagnosis method is none where the examination found no cancer, is on another line, or the cancer is a recurrence', () => {
    const methods = (text: string) => ofType(run(text, '2025-11-20'), 'diagnosis').map((e) => [e.name, e.method ?? null]);
    expect(methods('膀胱癌 pT2\n2026/6/18 2nd TURBTで残存腫瘍なし（pT0）。')).toEqual([['膀胱癌', null]]);
    expect(methods('入院時診断：左上葉扁平上皮癌\nコメント: 左肺全摘術および大動脈合併切除術を施行\n主訴または入院理由: 左上葉扁平上皮癌')).toEqual([['上葉扁平上皮癌', null]]);
    expect(methods('胃癌術後。2025/3 CTガイド下生検で再発と診断。').filter(([name]) => name === '再発')).toEqual([['再発', null]]);
  });
  it('a cancer diagnosis has its site as written: the first site in the parenthesis after it (胃癌（体中部小彎、3型、por2）, 直腸癌（Rb）), or the site before it on a title line', () => {
    const sites = (text: string) => ofType(run(text, '2025-11-20'), 'diagnosis').map((e) => [e.name, e.site ?? null]);
    expect(sites('＜診断＞胃癌（体中部小彎、3型、por2）cT4aN1M0')).toEqual([['胃癌', '体中部小彎']]);
    expect(sites('#1 直腸癌（Rb） cT3N1M0 cStageIIIb')).toEqual([['直腸癌', 'Rb']]);
    expect(sites('＃肺腺癌（右下葉）cT2bN2M1c')).toEqual([['肺腺癌', '右下葉']]);
    expect(sites('#1 中咽頭癌（左口蓋扁桃、p16陽性） cT2N1M0')).toEqual([['中咽頭癌', '左口蓋扁桃']]);
    expect(sites('Dx: 左大腿 粘液型脂肪肉腫')).toEqual([['粘液型脂肪肉腫', '左大腿']]);
    // (Not a side alone, spread, or the patient's age and sex before the name.)
    expect(sites('#1 乳癌（左、浸潤性小葉癌）')).toEqual([['乳癌', null]]);
    expect(sites('#1 膵癌（多発肝転移） cT3N0M1')).toEqual([['膵癌', null]]);
    expect(sites('症例：68歳男性　S状結腸癌 術後、同時性肝転移（S5, S8）')).toEqual([['S状結腸癌', null]]);
  });
});
