import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError, NoteSchema, notesFromMml, parseMml, type Note } from '../src/index.js';
import { mmlV4FreeExpression, xmlEscape } from './helpers/mml.js';
import { DEV_GOLD_FILES, FIXTURES } from './helpers/paths.js';

const pub = (f: string) => readFileSync(join(FIXTURES, 'mml-public', f));
const own = (f: string) => readFileSync(join(FIXTURES, 'mml', f));

function parseError(run: () => unknown): IngestError {
  try {
    run();
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected an IngestError');
}

const seed = JSON.parse(readFileSync(DEV_GOLD_FILES[0]!, 'utf8').split('\n')[0]!) as { note: Note };

describe('the Co-Doc example note round-trips through an MML v4 FreeExpression', () => {
  const original = seed.note.text;

  it('with <xhtml:br/> line breaks and pretty-printing indentation', () => {
    const body = original.split('\n').map((l) => `            ${xmlEscape(l)}<xhtml:br/>`).join('\n');
    const [note] = notesFromMml(mmlV4FreeExpression(body), { file: 'codoc.xml' });
    expect(note!.text).toBe(original);
  });

  it('with literal newlines and no <br/>', () => {
    const body = original.split('\n').map((l) => `            ${xmlEscape(l)}`).join('\n');
    expect(notesFromMml(mmlV4FreeExpression(body))[0]!.text).toBe(original);
  });

  it('as one CDATA section', () => {
    const body = `<![CDATA[${original}]]>`;
    expect(notesFromMml(mmlV4FreeExpression(body))[0]!.text).toBe(original);
  });

  it('and the note carries id, patient, date and source', () => {
    const [note] = notesFromMml(mmlV4FreeExpression(xmlEscape(original), { uid: 'U1', masterId: 'M1' }), { file: 'x.xml' });
    expect(NoteSchema.parse(note)).toEqual(note);
    expect(note).toMatchObject({ id: 'U1', patientId: 'M1', date: '2021-05-27', source: { format: 'mml', file: 'x.xml', docId: 'U1', mmlVersion: '4.1.2' } });
  });
});

describe('public MedXML samples', () => {
  it('MML 4.1.2 progress course: SOAP parts become sections with exact offsets', () => {
    const doc = parseMml(pub('mml4.1.2_progresscourse_full_doc.xml'), { file: 'a.xml' });
    expect(doc.version).toBe('4.1.2');
    expect(doc.masterId).toBe('0000469905');
    expect(doc.notes).toHaveLength(1);
    const note = doc.notes[0]!;
    expect(note.id).toBe('JPN999999900009AC1F1B696FE337200202081013220003');
    expect(note.date).toBe('2015-05-13');
    expect(note.patientId).toBe('0000469905');
    expect(note.author).toBe('医師氏名4');
    expect(note.department).toBe('第一内科');
    expect(note.source?.parentId).toBe('JPN999999900009AC1F1B696FE337200202081013220002');
    expect(note.sections!.map((s) => s.kind)).toEqual(['S', 'O', 'A', 'P']);
    const part = (k: string) => {
      const s = note.sections!.find((x) => x.kind === k)!;
      return note.text.slice(s.start, s.end);
    };
    expect(part('S')).toBe(
      '先月は受診翌日に再発熱。\n病院2でレントゲンを撮り肺炎と診断された。\n同時に貧血ありとされてフェジン注計８回施行予定。\n治癒後の喘息悪化無し。',
    );
    expect(part('O')).toBe('検尿　糖(-)蛋白(1)潜血(2)\n心音呼吸音正常（usually piping rales)\n118/86');
    expect(part('A')).toBe('貧血はHb10程度らしい。鉄剤終了後に再検されるだろう。\n全身的には安定。関節症状も無し。');
    expect(part('P')).toContain('プレドニゾロン錠 5mg 3錠 内服 1回 朝食後');
    expect(part('P')).toContain('ステロイド減量\n15/10ｍｇに挑戦。');
    // <u><b>再診予約オーダ</b>（2015年06月06日）</u>: inline markup gives its text, layout dropped.
    expect(part('P')).toContain('再診予約オーダ（2015年06月06日）');
    expect(note.text).not.toMatch(/ {2,}\n|\n {2,}/);
  });

  it('MML 4.0 with the old base namespace reads the same note', () => {
    const v40 = parseMml(pub('mml4.0_progresscourse_full_doc_old_ns.xml'));
    const v412 = parseMml(pub('mml4.1.2_progresscourse_full_doc.xml'));
    expect(v40.version).toBe('4.0');
    expect(v40.namespace).toBe('http://www.medxml.net/MML/v4');
    expect(v40.notes[0]!.text).toBe(v412.notes[0]!.text);
    expect(v40.notes[0]!.date).toBe('2015-05-13');
  });

  it('a standalone ProgressCourseModule fragment parses; subjectiveItems become time + event lines', () => {
    const doc = parseMml(pub('mmlpc_progresscourse_module_fragment.xml'), { file: 'dir/frag.xml' });
    expect(doc.notes).toHaveLength(1);
    const note = doc.notes[0]!;
    expect(note.id).toBe('frag#0');
    expect(note.patientId).toBeUndefined();
    expect(note.text.startsWith('S) 25-Aug-1999. AM. Palpitation was felt early in the morning.\n25-Aug-1999. PM. No palpitations.\nO) ')).toBe(true);
    expect(note.text).toContain('マーズレンＳ顆粒 0.5g 内服 2回 朝夕食後');
  });

  it('a PatientModule fragment becomes a Patient, not a note', () => {
    const doc = parseMml(pub('mmlpi_patient_module_fragment.xml'));
    expect(doc.notes).toEqual([]);
    expect(doc.patients).toEqual([
      {
        id: '12345',
        otherIds: ['678910'],
        names: [{ repCode: 'A', family: 'Araki', given: 'Kenji' }],
        birthday: '1958-10-21',
        sex: 'male',
        addresses: [{ prefecture: 'Miyazaki', city: 'Miyazaki', town: 'Kiyotake', homeNumber: '5200 Kihara', zip: '889-1692' }],
        phones: ['0985-85-1500 ext. 2067'],
        emails: ['aaaaa@bbb.com'],
      },
    ]);
  });

  it('a RegisteredDiagnosisModule fragment becomes a structured diagnosis event', () => {
    const doc = parseMml(pub('mmlrd_registered_diagnosis_fragment.xml'));
    expect(doc.diagnoses).toEqual([
      {
        event: {
          type: 'diagnosis',
          name: '高尿酸血症',
          source: 'structured',
          code: { system: 'ICD-10', code: 'E790-.003' },
          icd10: 'E79.0',
          date: { start: '2002-01-25' },
        },
      },
    ]);
  });

  it('a report document is skipped with a count, not an error', () => {
    const doc = parseMml(pub('mml4.1.2_report_full_doc.xml'));
    expect(doc.notes).toEqual([]);
    expect(doc.skippedModules).toEqual({ report: 1 });
    expect(doc.warnings).toEqual([]);
  });
});

describe('versions and namespaces', () => {
  it('MML 3.0 inside an HL7 CDA levelone wrapper, mml:-prefixed', () => {
    const doc = parseMml(own('v3_cda_levelone.xml'));
    expect(doc.version).toBe('3.0');
    expect(doc.namespace).toBe('http://www.medxml.net/MML');
    expect(doc.notes).toEqual([
      expect.objectContaining({
        id: 'V3DOC0001',
        patientId: 'P-3001',
        date: '2003-04-01',
        author: '診療 太郎',
        department: '呼吸器内科',
        text: '3/10 気管支鏡にて右上葉肺腺癌と診断。\ncT2aN0M0 StageIB。',
      }),
    ]);
  });

  it('MML 2.3 with no namespace at all', () => {
    const doc = parseMml(own('v23_no_namespace.xml'));
    expect(doc.version).toBe('2.3');
    expect(doc.notes[0]).toMatchObject({ id: 'V23DOC0001', patientId: 'P-2301', date: '2001-11-05', text: '胃体部癌にて幽門側胃切除術施行。\n病理 pT1bN0M0。' });
  });

  it('a module namespace with a wrong version and another prefix is still matched by local name', () => {
    const doc = parseMml(own('free_br_cdata.xml'));
    expect(doc.notes).toHaveLength(1);
  });
});

describe('FreeExpression markup', () => {
  it('br, b, u, font, extRef and CDATA', () => {
    const note = parseMml(own('free_br_cdata.xml')).notes[0]!;
    expect(note.text).toBe('#1 乳癌\nER 90%、PgR 70%、HER2 1+\n画像: マンモグラフィ参照\nS) 痛み<なし>\n  O) 腫瘤 & 皮膚変化なし');
    expect(note.date).toBe('2022-03-01');
  });

  it('takes confirmDate@start when confirmDate has no text', () => {
    const xml = mmlV4FreeExpression('テスト').replace(/<confirmDate>[^<]*<\/confirmDate>/, '<confirmDate start="2020-02-01" end="2020-02-29"/>');
    expect(notesFromMml(xml)[0]!.date).toBe('2020-02-01');
  });
});

describe('documents with several module items', () => {
  const doc = parseMml(own('multi_module.xml'), { file: 'multi.xml' });

  it('reads each progress note with its own id and date, PatientInfo beside them', () => {
    expect(doc.notes.map((n) => [n.id, n.date, n.patientId])).toEqual([
      ['MULTI-PC-1', '2021-04-01', 'P-9001'],
      ['MULTI-PC-2', '2021-04-22', 'P-9001'],
    ]);
    expect(doc.notes[1]!.text).toBe('2コース目施行。\n皮疹なし。');
    expect(doc.notes.map((n) => n.source?.moduleIndex)).toEqual([1, 4]);
  });

  it('keeps patient names and phones out of the notes', () => {
    expect(doc.patients).toHaveLength(1);
    expect(doc.patients[0]).toMatchObject({ id: 'P-9001', birthday: '1950-02-03', sex: 'female', phones: ['03-1234-5678'] });
    expect(doc.patients[0]!.names).toEqual([
      { repCode: 'I', fullname: '山田 花子', family: '山田', given: '花子' },
      { repCode: 'P', family: 'ヤマダ', given: 'ハナコ' },
    ]);
    for (const n of doc.notes) expect(n.text).not.toContain('03-1234');
  });

  it('turns RegisteredDiagnosis into a structured event with ICD-10 and start date', () => {
    expect(doc.diagnoses).toEqual([
      {
        patientId: 'P-9001',
        docId: 'MULTI-RD',
        event: { type: 'diagnosis', name: '右上葉肺腺癌', source: 'structured', code: { system: 'ICD10', code: 'C34.1' }, icd10: 'C34.1', date: { start: '2021-03-15' } },
      },
    ]);
  });

  it('skips the report with a count and warns about the empty progress note', () => {
    expect(doc.skippedModules).toEqual({ report: 1 });
    expect(doc.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'empty-note', file: 'multi.xml', note: 'MULTI-PC-EMPTY' }),
    ]);
  });

  it('gives module-indexed ids when a uid repeats or is missing', () => {
    const xml = own('multi_module.xml').toString('utf8').replace('MULTI-PC-2', 'MULTI-PC-1').replace('<docId><uid>MULTI-PC-EMPTY</uid></docId>', '');
    const ids = parseMml(xml, { file: 'd/m.xml' }).notes.map((n) => n.id);
    expect(ids).toEqual(['MULTI-PC-1', 'MULTI-PC-1#4']);
  });
});

describe('encodings', () => {
  const expected = '令和元年5月7日 胃癌（体部）と診断。\nSOX療法 1コース目開始、嘔気なし。';

  it.each([
    ['sjis_v3.xml', 'shift_jis'],
    ['eucjp.xml', 'euc-jp'],
    ['utf8_bom.xml', 'utf-8'],
  ])('%s decodes as %s', (file, encoding) => {
    const doc = parseMml(own(file));
    expect(doc.encoding).toBe(encoding);
    expect(doc.notes[0]!.text).toBe(expected);
  });

  it('Windows-31J (CP932) extensions decode: ①, 髙', () => {
    const doc = parseMml(own('cp932_windows31j.xml'));
    expect(doc.notes[0]!.text).toBe('①右乳癌 術後、髙橋医師より紹介。\nホルモン療法継続。');
  });

  it('Shift_JIS bytes declared as UTF-8 are an error naming the byte offset, not mojibake', () => {
    const bytes = own('sjis_declared_utf8.xml');
    const err = parseError(() => parseMml(bytes, { file: 'bad.xml' }));
    expect(err.code).toBe('encoding');
    const at = err.location.byteOffset!;
    // The first non-ASCII byte in the file is where decoding must fail.
    expect(at).toBe(bytes.findIndex((b) => b >= 0x80));
    expect(err.message).toMatch(/^bad\.xml \(byte \d+\): text declared as utf-8 has an invalid or incomplete sequence/);
  });

  it('a truncated multi-byte character at the end is an error too', () => {
    const bytes = Buffer.concat([Buffer.from('<Mml>あ</Mml>'), Buffer.from([0xe3, 0x81])]);
    const err = parseError(() => parseMml(bytes));
    expect(err.code).toBe('encoding');
    expect(err.location.byteOffset).toBe(bytes.length - 2);
  });

  it('an unknown declared encoding is a clear error', () => {
    const err = parseError(() => parseMml(Buffer.from('<?xml version="1.0" encoding="klingon-8"?><Mml/>')));
    expect(err.message).toContain('unsupported encoding "klingon-8"');
  });
});

describe('errors', () => {
  it('malformed XML names file, line and column', () => {
    const err = parseError(() => parseMml(own('malformed.xml'), { file: 'malformed.xml' }));
    expect(err.code).toBe('malformed-xml');
    expect(err.location).toMatchObject({ file: 'malformed.xml', line: 5 });
    expect(err.location.column).toBeGreaterThan(0);
    expect(err.message).toMatch(/^malformed\.xml:5:\d+: malformed XML: Unexpected close tag/);
  });

  it('well-formed XML that is not MML says so', () => {
    const err = parseError(() => parseMml(own('not_mml.xml'), { file: 'p.xml' }));
    expect(err.code).toBe('not-mml');
    expect(err.message).toBe('p.xml: not an MML document (root element <Patient> in http://hl7.org/fhir)');
  });

  it('empty input is malformed, not a crash', () => {
    expect(parseError(() => parseMml('')).code).toBe('malformed-xml');
  });
});

describe('the byte offset of a bad UTF-8 sequence is where the sequence starts', () => {
  it.each([
    [[0x41, 0xe3, 0x41], 1], // lead byte followed by ASCII
    [[0x41, 0x42, 0xff], 2], // a byte that is never valid
    [[0xe3, 0x81, 0x82, 0x80], 3], // a stray continuation byte after a valid character
  ])('%j → %i', (bytes, offset) => {
    const xml = Buffer.concat([Buffer.from('<Mml>'), Buffer.from(bytes), Buffer.from('</Mml>')]);
    expect(parseError(() => parseMml(xml)).location.byteOffset).toBe(offset + 5);
  });
});
