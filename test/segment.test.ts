import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteEventsSchema, dateAt, parseMml, segment, segmentNote, type Note, type Segment } from '../src/index.js';
import { DEV_GOLD_FILES, FIXTURES } from './helpers/paths.js';

const gold = DEV_GOLD_FILES.flatMap((f) =>
  readFileSync(f, 'utf8').trim().split('\n').map((l) => NoteEventsSchema.parse(JSON.parse(l))),
);
const noteById = (id: string) => gold.find((g) => g.note.id === id)!.note;
const lineStarting = (segs: Segment[], note: Note, prefix: string) =>
  segs.find((s) => s.kind === 'line' && note.text.slice(s.start, s.end).startsWith(prefix))!;

function expectValidOffsets(note: Note, segs: Segment[]) {
  for (const s of segs) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(note.text.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
  }
  // Lines tile the text: joined with the newlines between them they give it back.
  const lines = segs.filter((s) => s.kind === 'line');
  let at = 0;
  for (const l of lines) {
    expect(l.start).toBe(at);
    at = l.end;
    if (note.text[at] === '\r') at++;
    if (note.text[at] === '\n') at++;
  }
  expect(at).toBe(note.text.length);
}

describe('segment: the Co-Doc note', () => {
  const note = noteById('seed-codoc-1');
  const segs = segment(note);

  it('date-led lines carry their leading date, ranges included', () => {
    expect(lineStarting(segs, note, '1/31～').date).toMatchObject({ start: '2020-01-31', text: '1/31～', source: 'line' });
    expect(lineStarting(segs, note, '11/19～2/10').date).toMatchObject({ start: '2020-11-19', end: '2021-02-10', source: 'line' });
    expect(lineStarting(segs, note, '2021/3/2').date).toMatchObject({ start: '2021-03-02' });
    expect(lineStarting(segs, note, '5/27～').date).toMatchObject({ start: '2021-05-27' });
    expect(lineStarting(segs, note, '11/19～2/10').role).toBe('date-led');
  });

  it('a line opening with an examination and its date is date-led; the next line inherits that date', () => {
    const n: Note = { id: 'exam', date: '2025-05-20', text: '2024/2 multiple lung mets\nCT 2025/5/15: SD\nAE: HFS G1\nMRI画像で変化なし 2025/5/1' };
    const segs = segment(n);
    expect(lineStarting(segs, n, 'CT 2025').role).toBe('date-led');
    expect(lineStarting(segs, n, 'AE:').date).toMatchObject({ start: '2025-05-15', source: 'inherited' });
    // Only an examination's name may stand before the leading date.
    expect(lineStarting(segs, n, 'MRI画像').role).not.toBe('date-led');
  });

  it('SOAP labels spelled out in English (Plan:) open a visit section like P)', () => {
    const n: Note = { id: 'soap', date: '2025-05-20', text: '2024/2 lung mets\nPlan: continue Nivo+Cabo' };
    const plan = lineStarting(segment(n), n, 'Plan:');
    expect([plan.role, plan.soap, plan.date?.start]).toEqual(['soap', 'P', '2025-05-20']);
  });

  it('continuation lines inherit the date of the line they continue', () => {
    const tnm = lineStarting(segs, note, 'T4N1M1c');
    expect(tnm.role).toBe('text');
    expect(tnm.date).toEqual({ start: '2020-01-07', source: 'inherited' });
    expect(lineStarting(segs, note, 'EGFR(L858R+)').date?.start).toBe('2020-01-07');
  });

  it('splits sentences at 。 and gives a sentence opening with a date that date', () => {
    const sentences = segs.filter((s) => s.kind === 'sentence' && s.line === 0).map((s) => note.text.slice(s.start, s.end));
    expect(sentences).toEqual(['2019年12月初旬に胸痛、背部痛を自覚。', '近医を受信し左肺門部腫瘍を指摘され、1月7日に当院を紹介受診。']);
    const second = segs.filter((s) => s.kind === 'sentence' && s.line === 0)[1]!;
    expect(second.date?.start).toBe('2019-12');
  });

  it('dateAt gives the nearest date before a position on its line', () => {
    const s = segmentNote(note);
    const at = note.text.indexOf('胸腔穿刺');
    expect(dateAt(s, at)).toMatchObject({ start: '2020-01-07', text: '同日' });
    expect(dateAt(s, note.text.indexOf('胸痛'))).toMatchObject({ start: '2019-12', part: 'early' });
  });
});

describe('segment: SOAP, headings and visits', () => {
  it('SOAP parts of today take the note date; the problem list takes none', () => {
    const note = noteById('dev-011');
    const segs = segment(note);
    const s = lineStarting(segs, note, '(S)');
    expect(s).toMatchObject({ role: 'soap', soap: 'S', date: { start: note.date, source: 'visit' } });
    expect(lineStarting(segs, note, '(P)').soap).toBe('P');
    expect(lineStarting(segs, note, '＜診断＞')).toMatchObject({ role: 'heading', date: null });
    const sections = segs.filter((x) => x.kind === 'section' && x.role === 'soap').map((x) => x.soap);
    expect(sections).toEqual(['S', 'O', 'A', 'P']);
  });

  it('a dated visit heading gives its date to the lines under it', () => {
    const note = noteById('dev-009');
    const segs = segment(note);
    expect(lineStarting(segs, note, '【12/12 外来】').date).toMatchObject({ start: '2023-12-12', source: 'visit' });
    expect(lineStarting(segs, note, '腹部膨満感は軽減').date).toMatchObject({ start: '2023-12-12', source: 'visit' });
    // A heading dated inside (（2023年2月診断）) gives its findings that date; an undated one none.
    expect(lineStarting(segs, note, '#1 上行結腸癌').date).toMatchObject({ start: '2023-02', text: '2023年2月', source: 'line' });
    expect(lineStarting(segs, note, '#3 2型糖尿病').date).toBeNull();
  });

  it('【今回】R5.10.24 dates the SOAP block; full-width S）and A/P) are SOAP labels', () => {
    const dev006 = noteById('dev-006');
    expect(lineStarting(segment(dev006), dev006, 'S)').date?.start).toBe('2023-10-24');
    const dev012 = noteById('dev-012');
    expect(lineStarting(segment(dev012), dev012, 'A/P)').soap).toBe('A/P');
    const dev005 = noteById('dev-005');
    expect(lineStarting(segment(dev005), dev005, 'S）').soap).toBe('S');
  });

  it('a dated visit heading dates the SOAP parts of its visit past the problem list and dated history between them', () => {
    const note: Note = { id: 'vh', date: '2026-11-26', text: '【外来】2026/11/25\n#1 右乳癌 術後再発\n ・2024/11〜 レトロゾール\nS) 手足のしびれあり。\nA) SD。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, 'S)').date).toMatchObject({ start: '2026-11-25', source: 'visit' });
    expect(lineStarting(segs, note, 'A)').date).toMatchObject({ start: '2026-11-25', source: 'visit' });
    // (An undated visit heading leaves them the note's day.)
    const undated: Note = { id: 'vu', date: '2026-11-26', text: '【外来】\n#1 右乳癌\n ・2024/11〜 レトロゾール\nS) 手足のしびれあり。' };
    expect(lineStarting(segment(undated), undated, 'S)').date).toMatchObject({ start: '2026-11-26' });
  });

  it('S/O) is a SOAP label, of what the patient says and what is found: its lines are the visit\'s, and not its assessment', () => {
    const note: Note = { id: 'so', date: '2026-11-26', text: 'S/O) 大腸癌 s/p Lap-LAR、腹痛なし。\nA/P) 継続。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, 'S/O)')).toMatchObject({ role: 'soap', soap: 'S/O', date: { start: '2026-11-26', source: 'visit' } });
    expect(lineStarting(segs, note, 'A/P)').soap).toBe('A/P');
  });

  it('a checklist box opening a line ([x], [ ]) is an item, not a heading as [既往歴] is', () => {
    const note: Note = { id: 'c', date: '2026-10-14', text: '対象疾患：肝内胆管癌\n[x] 2025/12/3 肝腫瘍生検で腺癌と診断\n[ ] 症候性脳転移：なし\n[既往歴]\n高血圧' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '[x]').role).not.toBe('heading');
    expect(lineStarting(segs, note, '[ ]').role).not.toBe('heading');
    expect(lineStarting(segs, note, '[既往歴]').role).toBe('heading');
  });

  it('a SOAP part label with a word saying which (【症状評価】, 【身体所見】, 【今後の方針】) opens that part of today\'s visit, not a line carried from a history above', () => {
    const note: Note = { id: 'q', date: '2026-04-08', text: '介入記録　2026.4.8\n【がん治療の経過】\n・2025.11 CTでPD。\n・現在は積極的治療終了の方向\n【症状評価】右胸痛 NRS 6/10、不眠あり。\n【今後の方針】在宅調整' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '【症状評価】')).toMatchObject({ role: 'soap', soap: 'A', date: { start: '2026-04-08' } });
    expect(lineStarting(segs, note, '【今後の方針】')).toMatchObject({ role: 'soap', soap: 'P' });
    expect(lineStarting(segs, note, '【がん治療の経過】').role).not.toBe('soap');
  });

  it('a follow-up\'s Interval history: is its subjective part, dated by the visit, not by the oncologic history above it', () => {
    const note: Note = { id: 'u', date: '2026-10-22', text: 'Medical Oncology Follow-up - 10/22/2026\nOncologic history:\n4) 10/14/2026 CT: PD.\nInterval history: Grade 1 rash. No fever.' };
    const segs = segment(note);
    expect(lineStarting(segs, note, 'Interval history:')).toMatchObject({ role: 'soap', soap: 'S', date: { start: '2026-10-22' } });
  });

  it('a label before a paragraph (【経過】…。…。) is prose, not a heading: each sentence takes the date before it', () => {
    const note: Note = { id: 'p', date: '2024-07-30', text: '【入院時診断】胃癌\n【経過】2024年7月2日、化学療法導入目的に入院。7月3日よりSOX療法を開始した。7月12日退院。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '【入院時診断】').role).toBe('heading');
    expect(lineStarting(segs, note, '【経過】').role).toBe('text');
    const s = segmentNote(note);
    expect(dateAt(s, note.text.indexOf('SOX'))?.start).toBe('2024-07-03');
    expect(dateAt(s, note.text.indexOf('退院'))?.start).toBe('2024-07-12');
  });

  it('a label before one sentence of prose opening with its date (【現病歴】2024年10月に…と診断。) is prose too, dated by it; not a short one (【今回】R5.10.24 外来。) nor an undated one (【症例】64歳男性，…)', () => {
    const note: Note = { id: 'q', date: '2026-11-20', text: '【現病歴】2024年10月に健診で便潜血陽性を指摘され、内視鏡で直腸癌と診断。\n【今回】R5.10.24 外来。\n【症例】64歳男性，胃癌に対して1年前に幽門側胃切除術が施行された．' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '【現病歴】').role).toBe('text');
    expect(dateAt(segmentNote(note), note.text.indexOf('直腸癌'))?.start).toBe('2024-10');
    expect(lineStarting(segs, note, '【今回】').role).toBe('heading');
    expect(lineStarting(segs, note, '【症例】').role).toBe('heading');
  });

  it('a 今回： label opens today\'s visit: its line and the lines after it take the note date, not the history line above', () => {
    const note: Note = { id: 'v', date: '2024-12-05', text: '#1 肝細胞癌\n  R6.9～ レンバチニブ 8mg/日\n今回：AFP低下。レンバチニブ継続。\n手足症候群G1。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '  R6.9').date?.start).toBe('2024-09');
    expect(lineStarting(segs, note, '今回').date).toMatchObject({ start: '2024-12-05', source: 'visit' });
    expect(lineStarting(segs, note, '手足症候群').date).toMatchObject({ start: '2024-12-05', source: 'visit' });
  });

  it('【今回】 before sentences of text is today\'s visit too, not the history row above it', () => {
    const note: Note = { id: 'v', date: '2025-11-20', text: '2025/7/15-\tPEM+Pembro維持\t継続中\n【今回】皮疹G1あり、浮腫なし。PEM+Pembro 継続。\n倦怠感あり。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '【今回】').date).toMatchObject({ start: '2025-11-20', source: 'visit' });
    expect(lineStarting(segs, note, '倦怠感').date).toMatchObject({ start: '2025-11-20' });
    expect(dateAt(segmentNote(note), note.text.indexOf('PEM+Pembro 継続'))?.start).toBe('2025-11-20');
  });

  it('a date written later on a line with nothing before it dates its own clause, not an earlier clause', () => {
    const prose: Note = { id: 'p', date: '2025-10-02', text: '肝内胆管癌 cT2N1M1（HEP）cStage IVの診断にて、2025年1月から7月までGC療法を8コース施行した。' };
    const s = segmentNote(prose);
    expect(dateAt(s, prose.text.indexOf('肝内胆管癌'))).toBeNull();
    expect(dateAt(s, prose.text.indexOf('cT2'))).toBeNull();
    expect(dateAt(s, prose.text.indexOf('GC'))?.start).toBe('2025-01');
    // In its own clause it still dates what it follows, and a diagnosis's date dates the whole line.
    const title: Note = { id: 't', date: '2025-10-02', text: '肺腺癌 cT1bN0M0（2019/3 診断）\n2019/4 右上葉切除' };
    expect(dateAt(segmentNote(title), 0)?.start).toBe('2019-03');
    const diagnosed: Note = { id: 'd', date: '2025-09-09', text: 'Pr ca (adenocarcinoma, GS 4+5) cT3bN1M1b, 2023.3 診断' };
    expect(dateAt(segmentNote(diagnosed), diagnosed.text.indexOf('cT3b'))?.start).toBe('2023-03');
  });

  it('on a line that would inherit its date, a date in the clause saying when something was done (…を 2025/10/27～2025/11/25 に施行) dates what stands before it', () => {
    const note: Note = { id: 'r', date: '2025-12-12', text: '経過：2025年7月よりビカルタミドを開始。\n陽子線治療：前立腺に 63Gy/21fr を 2025/10/27～2025/11/25 に施行し、完遂した。' };
    const s = segmentNote(note);
    expect(dateAt(s, note.text.indexOf('63Gy'))).toMatchObject({ start: '2025-10-27', end: '2025-11-25', text: '2025/10/27～2025/11/25' });
    // (A date in the clause saying when something else happens, …を照射し 2025/11/25 に効果判定, leaves the line's inherited date.)
    const other: Note = { id: 'o', date: '2025-12-12', text: '経過：2025年7月よりビカルタミドを開始。\n前立腺に 63Gy/21fr を照射し 2025/11/25 に効果判定。' };
    expect(dateAt(segmentNote(other), other.text.indexOf('63Gy'))).toMatchObject({ start: '2025-07' });
  });

  it('a date after a list number leads its line (2. 2024/9/2～, ①2021/4～); Impression: is the assessment of the visit', () => {
    const note: Note = { id: 'l', date: '2025-10-14', text: '1. 左乳癌 cT2N1M0\n2. 2024/9/2～2024/12/16 術前 TCHP 6コース\n4. 2025/2/17～ 術後 T-DM1\nImpression: 末梢神経障害G1。\n ①2021/4～ DRd' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '2. ').role).toBe('date-led');
    expect(lineStarting(segs, note, '4. ').date).toMatchObject({ start: '2025-02-17' });
    expect(lineStarting(segs, note, 'Impression').date).toMatchObject({ start: '2025-10-14', source: 'visit' });
    expect(lineStarting(segs, note, 'Impression').soap).toBe('A');
    expect(lineStarting(segs, note, ' ①').role).toBe('date-led');
  });

  it('a heading\'s comparison date does not date the report under it; a # label before prose is not a heading', () => {
    const report: Note = { id: 'r', date: '2025-09-01', text: '【CT読影レポート】 比較：2025/6/2\n 2) 肝S8転移 15mm（前回24mm）\n総合効果：PR' };
    expect(lineStarting(segment(report), report, '総合効果').date).toBeNull();
    const stay: Note = { id: 's', date: '2025-07-28', text: '# Hospital course: 7/20 腹水増加で入院。利尿剤調整し7/28 退院。' };
    expect(lineStarting(segment(stay), stay, '#').role).toBe('text');
    expect(dateAt(segmentNote(stay), stay.text.indexOf('退院'))?.start).toBe('2025-07-28');
  });

  it('a date a finding is compared with (前回（2025/7/1）より増大) dates its own sentence at most', () => {
    const report: Note = { id: 'r', date: '2025-11-01', text: '放射線科読影レポート 2025/10/03\n所見：右肺S6に径28mmの結節、前回（2025/7/1）より増大。肝S8に新規低吸収域、転移を疑う。' };
    const seg = segmentNote(report);
    expect(dateAt(seg, report.text.indexOf('転移を疑う'))?.start).toBe('2025-10-03');
    expect(dateAt(seg, report.text.indexOf('新規'))?.start).toBe('2025-10-03');
    // (…and a date of the line's own, after it, still governs what follows.)
    const visits: Note = { id: 'v', date: '2025-11-01', text: '経過：前回（2025/7/1）はSD。2025/9/2 CTでPD。肝転移増大。' };
    expect(dateAt(segmentNote(visits), visits.text.indexOf('肝転移'))?.start).toBe('2025-09-02');
  });

  it('a call (【電話再診】) is today\'s visit', () => {
    const note: Note = { id: 't', date: '2025-08-12', text: '2025/7/1 XELOX開始\n【電話再診】\nXELOX 6コース目（カペシタビン内服 day10）。' };
    expect(lineStarting(segment(note), note, 'XELOX 6').date).toMatchObject({ start: '2025-08-12', source: 'visit' });
  });

  it('a first line naming a home visit (訪問診療（9/3）) is a visit heading', () => {
    const note: Note = { id: 'h', date: '2025-09-03', text: '訪問診療（9/3）\n前立腺癌 骨転移、アパルタミド継続中。\n夜間頻尿あり。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '訪問診療').role).toBe('heading');
    expect(lineStarting(segs, note, '夜間頻尿').date).toMatchObject({ start: '2025-09-03', source: 'visit' });
  });

  it('a date closing a line dates the line', () => {
    const note: Note = { id: 'c', date: '2025-03-03', text: 'Dx: Ph+ ALL, 2024/10\n' };
    expect(dateAt(segmentNote(note), note.text.indexOf('ALL'))?.start).toBe('2024-10');
  });

  it('a record of what was given (＜化学療法実施記録＞) is today\'s; so is a line led by 今回 and a space', () => {
    const record: Note = { id: 'r', date: '2025-07-22', text: '＜化学療法実施記録＞\nレジメン：SOX+Nivo（1次治療）\n診断：胃癌 cStage IV（腹膜播種）' };
    expect(lineStarting(segment(record), record, '診断').date).toMatchObject({ start: '2025-07-22', source: 'visit' });
    const visit: Note = { id: 'v', date: '2025-09-09', text: '  2025.4.1～ オラパリブ 600mg/日 内服中\n今回 PSA 2.1と低下傾向。倦怠感 G1。' };
    expect(lineStarting(segment(visit), visit, '今回').date).toMatchObject({ start: '2025-09-09', source: 'visit' });
  });

  it('a nursing record (【看護記録】) is today\'s: its heading and lines take the note date', () => {
    const note: Note = { id: 'n', date: '2025-05-13', text: '2025/4/1 FOLFIRI+Pmab 開始\n【看護記録】化学療法2日目（FOLFIRI+Pmab 5コース目）。\nO：嘔気あり。' };
    const segs = segment(note);
    expect(lineStarting(segs, note, '【看護記録】').date).toMatchObject({ start: '2025-05-13', source: 'visit' });
    expect(lineStarting(segs, note, 'O：').date).toMatchObject({ start: '2025-05-13' });
  });

  it('an undated 【外来 …】 title does not make the history a visit', () => {
    const note = noteById('dev-015');
    expect(lineStarting(segment(note), note, '胸部中部食道').date).toBeNull();
  });

  // An export of several visits in one text, as the synthetic progress notes in
  // ../shared/corpus/external are written: each visit opens with its Date: line.
  const visits: Note = {
    id: 'visits',
    date: '2025-06-20',
    text: [
      'Progress note (1/2)',
      'Date: 2025-06-10 [補完情報]',
      '',
      'S',
      '昨日から咳嗽あり。',
      '',
      'A/P',
      '#肺がん疑い',
      '気管支鏡検査を施行した。',
      '',
      'Progress note (2/2)',
      '受診日：2025/6/12（木）',
      'S',
      '本日より発熱あり。',
    ].join('\n'),
  };

  it('a Date: line opens a visit of that day: its SOAP parts take it, and 昨日 and 本日 count from it', () => {
    const s = segmentNote(visits);
    const segs = s.segments;
    expect(lineStarting(segs, visits, 'Date:').date).toMatchObject({ start: '2025-06-10', source: 'visit' });
    // A letter alone on its line is a SOAP label.
    expect(lineStarting(segs, visits, 'S')).toMatchObject({ role: 'soap', soap: 'S', date: { start: '2025-06-10', source: 'visit' } });
    expect(dateAt(s, visits.text.indexOf('咳嗽'))?.start).toBe('2025-06-09');
    expect(lineStarting(segs, visits, '受診日').date?.start).toBe('2025-06-12');
    expect(dateAt(s, visits.text.indexOf('発熱'))?.start).toBe('2025-06-12');
  });

  it('a # problem under today\'s A/P takes no date itself, but what is written under it is today\'s', () => {
    const s = segmentNote(visits);
    expect(lineStarting(s.segments, visits, '#肺がん疑い')).toMatchObject({ role: 'heading', date: null });
    expect(dateAt(s, visits.text.indexOf('気管支鏡'))).toMatchObject({ start: '2025-06-10', source: 'visit' });
  });

  it('a # heading outside an assessment still ends the visit: the history under it is not today\'s', () => {
    const note: Note = { id: 'h', date: '2025-06-10', text: 'S)\n咳嗽あり。\n#既往歴\n胃潰瘍' };
    expect(dateAt(segmentNote(note), note.text.indexOf('胃潰瘍'))).toBeNull();
  });

  it('a flowsheet whose header row dates its columns dates each cell of an undated row by its column', () => {
    const note: Note = {
      id: 'f',
      date: '2025-12-15',
      text: '【経過表】\n| 日付 | 2025/4/7 | 2025/6/30 | 2025/9/22 |\n|---|---|---|---|\n| 治療 | GnP 1コース目 | GnP 4コース目 | GnP 7コース目 |\n| CT評価 | ― | SD | PD |\n| 2025/12/15 | nal-IRI 1コース目 | | |',
    };
    const s = segmentNote(note);
    const at = (word: string) => dateAt(s, note.text.indexOf(word))?.start;
    expect([at('GnP 1'), at('GnP 4'), at('GnP 7'), at('SD'), at('PD')]).toEqual(['2025-04-07', '2025-06-30', '2025-09-22', '2025-06-30', '2025-09-22']);
    // (A row with a date of its own keeps it; so does a table whose rows each hold one date.)
    expect(at('nal-IRI')).toBe('2025-12-15');
    const history: Note = { id: 'h', date: '2025-12-15', text: '| 2025/4/7 | GnP |\n| 2025/9/22 | nal-IRI |\n| 備考 | PD |' };
    expect(dateAt(segmentNote(history), history.text.indexOf('PD'))?.start).toBe('2025-09-22');
  });

  it('MML structured notes segment into their SOAP sections', () => {
    const [note] = parseMml(readFileSync(join(FIXTURES, 'mml-public', 'mml4.1.2_progresscourse_full_doc.xml'))).notes;
    const segs = segment(note!);
    expect(segs.filter((s) => s.kind === 'section').map((s) => s.soap)).toEqual(['S', 'O', 'A', 'P']);
    expect(lineStarting(segs, note!, 'A)').date).toEqual({ start: '2015-05-13', source: 'visit' });
  });
});

describe('segment: a discharge summary', () => {
  it('dates in the course of the stay (入院後経過：, 【入院経過】) count from the note date, not from the history above them', () => {
    const text = '入院日：2025年2月17日\n現病歴：2023年11月に診断。2024年1月よりmFOLFOX6開始。\n入院後経過：2月18日に肝部分切除術。3/1 ドレーン抜去。';
    const dates = (t: string, date?: string) => segmentNote({ id: 's', ...(date ? { date } : {}), text: t }).dates.map((d) => [d.text, d.value.start]);
    expect(dates(text, '2025-03-05')).toEqual([
      ['2025年2月17日', '2025-02-17'],
      ['2023年11月', '2023-11'],
      ['2024年1月', '2024-01'],
      ['2月18日', '2025-02-18'],
      ['3/1', '2025-03-01'],
    ]);
    expect(dates(text.replace('入院後経過：', '【入院経過】\n'), '2025-03-05').slice(3)).toEqual([
      ['2月18日', '2025-02-18'],
      ['3/1', '2025-03-01'],
    ]);
    // Without a note date nothing anchors a restart: the chain goes on.
    expect(dates(text).slice(3)).toEqual([
      ['2月18日', '2024-02-18'],
      ['3/1', '2024-03-01'],
    ]);
    // Not a label: a sentence about the course.
    expect(dates('2024年1月より治療。入院経過中に2月18日発熱。', '2025-03-05')[1]).toEqual(['2月18日', '2024-02-18']);
  });
});

describe('segment: a list of diagnoses with date fields', () => {
  it('a date in a field of its own (開始日：) is its line\'s date, wherever on the line it stands', () => {
    const note: Note = { id: 'claims', date: '2025-03-10', text: '【病名一覧】\n主病名：膵癌（膵体部）　開始日：2024/06/03　転帰：継続\n副病名：2型糖尿病　開始日：2019/02/11　転帰：継続\n副病名：癌性腹膜炎　開始日：2025/02/20　転帰：継続\n（以上）' };
    const lines = segmentNote(note).segments.filter((x) => x.kind === 'line');
    expect(lines.map((l) => l.date && [l.date.start, l.date.source])).toEqual([null, ['2024-06-03', 'line'], ['2019-02-11', 'line'], ['2025-02-20', 'line'], ['2025-02-20', 'inherited']]);
  });
});

describe('segment: governing dates against the gold files', () => {
  it('dateAt gives the gold date for at least 90% of gold events (the rest need event-level rules)', () => {
    let agree = 0;
    let total = 0;
    for (const { note, events } of gold) {
      const s = segmentNote(note);
      for (const e of events) {
        total++;
        if ((dateAt(s, e.evidence!.start)?.start ?? null) === (e.date?.start ?? null)) agree++;
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(agree / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe('segment: bad input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['white space only', ' \n\u3000\t\n\n'],
    ['lone surrogates', 'a\ud800b\n\udc00 3/2 CT'],
    ['control characters', '\u0000\u0001 11/19～2/10: CBDCA\u001f\n\u0007'],
    ['CRLF', '2021/3/2 CT\r\n3/16 開始\r\n'],
  ];
  it.each(cases)('%s: no crash, valid offsets', (_name, text) => {
    const note: Note = { id: 'x', date: '2021-05-27', text };
    const segs = segment(note);
    expectValidOffsets(note, segs);
  });

  it('a 1 MB note segments with valid offsets', () => {
    const base = noteById('seed-codoc-1').text + '\n';
    const text = base.repeat(Math.ceil(1_000_000 / base.length));
    const note: Note = { id: 'big', date: '2021-05-27', text };
    const segs = segment(note);
    expectValidOffsets(note, segs);
    expect(segs.filter((s) => s.kind === 'line').length).toBe(text.split('\n').length);
  });

  it('CRLF lines do not include the carriage return', () => {
    const note: Note = { id: 'x', date: '2021-05-27', text: '2021/3/2 CT\r\n3/16 開始' };
    const lines = segment(note).filter((s) => s.kind === 'line');
    expect(lines.map((l) => note.text.slice(l.start, l.end))).toEqual(['2021/3/2 CT', '3/16 開始']);
    expect(lines[1]!.date?.start).toBe('2021-03-16');
  });
});
