import type { Note } from '../schema/note.js';
import { findDatesWithChain, type DateMention, type DateValue } from './dates.js';
import { normalize, toOriginalOffset, type NormalizedText } from './normalize.js';
import { ENGLISH_SENTENCE_END, trimSpan } from './chars.js';
import { lowerBound } from './search.js';

/** What a line is. */
export type LineRole =
  /** Starts with a date that governs it and the lines continuing it (`11/19～2/10: …`, `R3.3.2）…`). */
  | 'date-led'
  /** A problem or section heading (`#1 肺腺癌`, `【経過】`, `＜診断＞…`). */
  | 'heading'
  /** A SOAP part of today's visit (`S)`, `(O)`, `【A】`, `A/P)`). */
  | 'soap'
  /** A bulleted or numbered item (`・`, `1)`, `①`). */
  | 'list-item'
  | 'text'
  | 'blank';

/** Where a segment's governing date comes from. */
export type DateSource =
  /** Written at the start of the line (or, for a sentence, earlier in its paragraph). */
  | 'line'
  /** Inherited from the dated line this one continues. */
  | 'inherited'
  /** Today's visit: the note's date or the date in the visit heading. */
  | 'visit';

/** The date that governs a segment, as resolved by the date stage. */
export interface GoverningDate extends DateValue {
  /** The expression it was read from (for `line`; absent when inherited). */
  text?: string;
  source: DateSource;
}

/** A piece of a note, by offsets into the original `Note.text` (UTF-16 code units). */
export interface Segment {
  kind: 'section' | 'line' | 'sentence';
  start: number;
  end: number;
  /** For lines: what the line is; sentences and sections carry their line's/heading's role. */
  role: LineRole;
  /** SOAP label for `soap` lines and the sections they open: `S`, `O`, `S/O`, `A`, `P`, `A/P`. */
  soap?: string;
  /** 0-based index of the line this segment starts on. */
  line: number;
  /** The governing date, or null where the note gives none (headings, lines before any date). */
  date: GoverningDate | null;
}

/** Everything the segment stage computes for a note, for reuse downstream. */
export interface SegmentedNote {
  note: Note;
  normalized: NormalizedText;
  /** Every date expression in the note, in order, chained for year inference from the note date. */
  dates: DateMention[];
  /** Sections, lines and sentences, sorted by start (a section before its first line, a line before its sentences). */
  segments: Segment[];
}

// Matched on normalised text (NFKC: full-width brackets and letters are ASCII).
// (Also spelled out in English: Plan:, Assessment:.)
// (An impression is the assessment: Impression:, Imp:; a follow-up's interval history, what the patient
// reports since the last visit, the subjective part: Interval history:.)
// (And a visit template's bracketed parts in Japanese: 【主訴】, 【現症】, 【評価】, 【計画】.)
const SOAP_LETTER: Record<string, string> = { Subjective: 'S', 'Interval history': 'S', 'Interval History': 'S', Objective: 'O', Assessment: 'A', Impression: 'A', Imp: 'A', Plan: 'P', 主訴: 'S', 現症: 'O', 所見: 'O', 評価: 'A', 計画: 'P', 方針: 'P' };
// (A letter alone on its line is one too, as exports write them: S / 昨日から咳嗽あり。)
// (And one closed by >, as ＞ after NFKC: S＞嗄声は変わらず。, not a comparison: A>G.)
// (And one followed by a space and Japanese, as exports write them: A/P 左肺上葉の結節…, O 体温37.2℃.)
const SOAP = /^ *(?:[(【[] *)?(Subjective|Interval [Hh]istory|Objective|Assessment|Impression|Imp|Plan|S\/O|S|O|A\/P|A|P)(?: *[)】\]:]| *(?=[)）])| *>(?![=A-Za-z0-9])| *$| +(?=[^\x00-\x7f]))/;
// A visit template's bracketed parts are its SOAP parts in Japanese (【主訴】, 【現症】, 【評価】, 【計画】),
// as are a Markdown note's headings of them alone on their lines (## 方針, ## 評価).
const SOAP_PART_WORD = '(主訴|現症|所見|評価|計画|方針)';
// (…also with a word saying whose or which: 【症状評価】, 【身体所見】, 【治療方針】, 【今後の方針】.)
const SOAP_PART_QUALIFIER = '(?:症状|身体|治療|今後の|本日の)?';
const SOAP_PART = new RegExp(String.raw`^ *(?:[【[] *${SOAP_PART_QUALIFIER}${SOAP_PART_WORD} *[】\]]|#{1,6} *${SOAP_PART_WORD} *$)`);
// (Angle and tortoise-shell brackets too, which NFKC leaves as they are: 〈経過〉, 《本日》, 〔現症〕;
// and the marks ◎ and ◇ as ■ and ◆ are: ◎経過, ◎本日（09:30採血）; not □, a checkbox as often.)
// (And a line framed by a run of rules, ＝＝＝ 2025/02/18（火）外来 ＝＝＝, with words inside.)
// (Not a checklist's box, [x] or [ ], which opens an item: a criterion and what meets it.)
const HEADING = /^ *(?:#|＃|【[^】]*】|＜[^＞]*＞|<[^>]*>|〈[^〉]*〉|《[^》]*》|〔[^〕]*〕|■|◆|◎|◇|\[(?![ xX✓✔]?\])[^\]]*\]|(?:={3,}|-{3,}|─{3,}|━{3,}|\*{3,})(?=.*[^=\-─━*\s]))/;
// A ticked box opening a line of a form with empty ones (■ 下痢（1日4回）　□ 血便).
const TICKED_BOX = /^ *[■☑☒]/;
// A heading opens today's visit when it says so (今回, 本日), or when it dates an
// outpatient visit (【12/12 外来】); an undated 【外来 …】 is a title.
// (Where today's treatment is given, 【外来化学療法室】, is today's visit too, and so is a
// nursing record, 【看護記録】, a record of what was given, ＜化学療法実施記録＞, or a call, 【電話再診】:
// each records the day it is written; so does a consultation record's 【相談内容】 and 【対応】.)
const VISIT_HEADING = /今回|本日|入院中|化学療法室|外来治療センター|看護記録|(?:実施|投与)記録|電話(?:再診|診療|対応|相談)|オンライン診療|訪問診療|往診|相談内容|面談内容|^\s*[【[]\s*(?:対応|相談)\s*[】\]]\s*$/;
// A note's first line naming a visit, with or without its date, is a visit heading too (訪問診療（9/3）).
const VISIT_TITLE = /^(?:訪問診療|往診|電話再診|オンライン診療)(?:記録)?\s*(?:[(（][^()（）]{0,12}[)）])?$/;
const DATED_VISIT_HEADING = /外来|受診|入院/;
// What names a date as the one an examination is compared with: 比較：2025/6/2, 前回(…), vs.
const COMPARED_WITH = /(?:比較(?:対象)?|前回|compared\s+(?:with|to)|vs\.?)\s*[:：(（]?\s*$/i;
// A # label before a paragraph of prose (# Hospital course: 7/20 …入院。…退院。) is not a heading either.
const HASH_LABELLED_PARAGRAPH = /^ *[#＃][^:：\n]{1,30}[:：][^。\n]*。\s*\S/;
// A label that opens today's visit in running text (今回：AFP低下…, 今回外来：, 今回 PSA 2.1…, 【今回】皮疹あり。継続。): dated like a SOAP label.
// (Also a table row's label cell: | 現在 | day+49。…; 現在 there is the day the note is written.)
// (And English ones: Now: 貧血 → 輸血…, Currently: on day 8.)
// (And 今回、/今回は, 現在、/現在は in prose, also 現在 right before what is now, 現在オシメルチニブ内服中, Currently on …, Now on …,
// and a follow-up's time since the operation: 術後1年。CTで再発所見なし.)
// (And a field of now, 現在の症状：, 現在の治療：, and 現状： heading a summary's last lines; Sx: after Hx: and Tx:, the symptoms now.)
const VISIT_LABEL = /^ *(?:今回(?:外来|受診)?(?:時)?(?: *[:：、]|は|[ \t]+(?=\S))|今回(?:の|ご相談|ご依頼|相談|依頼)|術後 *\d+ *(?:年|か月|ヶ月|カ月|ケ月)(?:目)?(?:経過)? *[。、:：]|(?:Now|Currently|Current status|Present|Sx|現在|現況|現状) *[:：]|現在の[^\s:：、。]{1,8} *[:：]|現在(?: *、|は|[ \t　]+(?=\S)|(?=[\u4e00-\u9fff\u30a1-\u30faA-Za-z])(?!地|値|位置|時点で(?:は|も)?(?:不明|未定)))|Currently(?= +(?:on|taking|receiving|under|in)\b)|Now(?= +(?:on|taking|receiving|under)\b)|[【[<＜〈《〔] *(?:今回|本日|現在)(?:外来|受診)?(?:時)? *[】\]>＞〉》〕]|\| *(?:今回|本日|現在)(?:外来|受診)?(?:時)? *\|)/;
// 【経過】2024年7月2日、…入院。…開始した。: a label before a paragraph of prose is
// not a heading; the paragraph's sentences take their own dates. (So is one sentence of prose opening
// with its date, 【現病歴】2024年10月に健診で…胃癌と診断。; not a short one, 【今回】R5.10.24 外来。, nor
// an undated one, 【症例】64歳男性，…, whose lines a case report leaves undated.)
const LABELLED_PARAGRAPH =
  /^ *(?:【[^】]*】|＜[^＞]*＞|<[^>]*>|\[[^\]]*\])(?:[^。]*。\s*\S|\s*(?=(?:(?:19|20)\d{2}\s*[年/.\-]|(?:令和|平成|昭和|[RHS])\s*\d{1,2}\s*[年.]|\d{1,2}\s*[/月]\s*\d))(?=[^。]*[ぁ-ん][^。]*。)[^。]{16,}。)/;
// What may stand before a line's leading date: nothing, the examination it dates, or the label of
// the act it dates (手術：R7.3.4 肝S4a+S5切除…, whose pathology the next line gives).
const EXAM_OR_NOTHING = /^(?:(?:造影)?(?:CT|MRI)|PET(?:-CT)?|PET\/CT|US|骨シンチ|採血|血液検査|内視鏡|GIF|CF|(?:手術|術式|処置)[:：])?$/;
// A line indented under the one before.
const INDENTED = /^[ \t　]/;
// A line opening with a field's label: 有害事象：, 経過：, 併用：.
const FIELD_LABEL_OPENING = /^[ \t　]*[^\s:：、。]{1,10}[:：]/;
// …but not a speaker's turn in a dialogue written down (医師：…、患者：…、妻：…), which goes on the talk.
// (Not a form's field naming a person, 主治医：, 家族：, nor a relative's history, 父：胃癌.)
const SPEAKER_TURN = /^[ \t　]*(?:医師|患者|本人|妻|夫|長男|長女|次男|次女|息子|娘|看護師|Dr|Pt|Ns)\s*[:：](?!\s*$)/;
const LIST_ITEM = /^ *(?:[・･●○◎◯□■◇◆▶\-*]|\d{1,2}[).]|[(]\d{1,2}[)])/;
// A list number opening a line, in the original text: 2. , 1) , (3), ①.
// The first cell of a table row written with pipes, a label (| 寛解導入 | 2024/8/5～ …): what
// follows it leads the row.
const TABLE_LABEL_CELL = /^[ \t]*\|[^|\n]{0,12}\|/;
const LIST_NUMBER = /^[ \t　]*(?:[0-9０-９]{1,2}[.)．）](?![0-9])|[(（][0-9０-９]{1,2}[)）]|[\u2460-\u2473])/;
const SENTENCE_END = /[。．!?！？]/g;

/** Splits `text` into lines: [start, end) without the newline. */
function lineSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    spans.push([start, end > start && text[end - 1] === '\r' ? end - 1 : end]);
    if (nl < 0) break;
    start = nl + 1;
  }
  return spans;
}

// Built field by field, in the order a spread would give: spreading the mention's
// value was the hottest line of segmentation and of the rules' date lookups.
function dateOf(m: DateMention, source: DateSource): GoverningDate {
  const v = m.value;
  if (v.end !== undefined) {
    return v.part !== undefined ? { start: v.start, end: v.end, part: v.part, text: m.text, source } : { start: v.start, end: v.end, text: m.text, source };
  }
  return v.part !== undefined ? { start: v.start, part: v.part, text: m.text, source } : { start: v.start, text: m.text, source };
}

// A discharge summary's course of the stay (入院後経過：, 【入院経過】) at a line's start.
const STAY_COURSE = /^[ \t]*[【[<＜(■◆●]?[ \t]*入院(?:後|中)?の?経過[ \t]*(?:[】\]>＞):：]|$)/gm;

// A line naming the day of the visit the lines after it record, in an export of several
// visits (Progress note (2/5) / Date: 2025-06-12 / S …, 記録日時：2025/05/12 10:32 / S：…): its
// label, one date, then at most a weekday, a time or a bracketed remark (Date: 2025-06-12
// [補完情報], 受診日：2025/6/12（木）); a bracketed label needs no colon (【受診日】2026/7/7).
// (Not 記載日：, the day a certificate or summary was written, whose contents are of other days.)
const VISIT_DAY_WORD = String.raw`(?:Date|日付|日時|(?:受診|診察|来院|診療|記録)日時?)`;
const VISIT_DAY_LINE = new RegExp(
  String.raw`^[ \t]*(?:[【[][ \t]*${VISIT_DAY_WORD}[ \t]*[】\]][ \t]*[:：]?|[■●]?[ \t]*${VISIT_DAY_WORD}[ \t]*[:：])[ \t]*(\S(?:[^\n]*?\S)?)[ \t]*(?:[(（][月火水木金土日][)）])?[ \t]*(?:\d{1,2}:\d{2})?[ \t]*(?:\[[^\]\n]{1,12}\])?[ \t]*$`,
  'gim',
);
// (The cheap test first: most notes have no such line.)
const VISIT_DAY_LABEL = new RegExp(String.raw`${VISIT_DAY_WORD}[ \t]*[】\]:：]`, 'i');

/** Spans of the dates on visit-day lines (normalised offsets), for the date chain's anchor. */
function visitDaySpans(normalized: NormalizedText): [number, number][] {
  const text = normalized.text;
  if (!VISIT_DAY_LABEL.test(text)) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(VISIT_DAY_LINE)) {
    // (A date: under a key of its own is that key's: diagnosis: / ␣␣date: 2024-11-20. Indentation
    // is read in the original, where runs of spaces are as written.)
    if (parentKey(normalized.original, toOriginalOffset(normalized, m.index)) !== undefined) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push([start, start + m[1]!.length]);
  }
  return spans;
}

/**
 * The key the line starting at original offset `ls` of `text` (the original: normalising folds runs of
 * spaces) is indented under, in a structured record written YAML-style
 * (diagnosis: / ␣␣name: 横行結腸癌 / ␣␣date: 2024-11-20 → `diagnosis`): the nearest line above with
 * less indentation, when that line is a key alone; undefined otherwise.
 */
export function parentKey(text: string, ls: number): string | undefined {
  const indent = /^[ \t]*/.exec(text.slice(ls, ls + 40))![0].length;
  if (indent === 0) return undefined;
  for (let end = ls - 1; end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && /^[ \t]*/.exec(line)![0].length < indent) return KEY_ONLY_LINE.exec(line)?.[1];
    end = start - 1;
  }
  return undefined;
}
const KEY_ONLY_LINE = /^[ \t]*(?:-[ \t]+)?([^\s:：]{1,30})[ \t]*[:：][ \t]*$/;

/** Where the course of a stay begins: year-less dates there count from the note's date, not from the history above. */
function stayCourseStarts(text: string): number[] {
  if (!text.includes('経過')) return [];
  const starts: number[] = [];
  for (const m of text.matchAll(STAY_COURSE)) starts.push(m.index);
  return starts;
}

/**
 * Splits a note into sections, lines and sentences and gives each the date that
 * governs it (EVENTS.md "Dates"): a date-led line's leading date governs it and
 * the lines that continue it; SOAP lines of today's visit take the visit date
 * (the date in a visit heading such as `【12/12 外来】`, else the note's date);
 * headings take none; a sentence in prose takes the last date before it in its
 * paragraph. Pure and synchronous; offsets are into the original text.
 */
export function segmentNote(note: Note): SegmentedNote {
  const normalized = normalize(note.text);
  const { mentions: dates, visitDayMentions } = findDatesWithChain(normalized, { anchor: note.date, restarts: stayCourseStarts(normalized.text), visitDays: visitDaySpans(normalized) });
  const compared = comparedWith(note.text, dates);
  // The visit days the date chain took as its anchor, which open visits here too.
  const visitDays = new Set(visitDayMentions);
  const segments: Segment[] = [];
  const norm = normalized.text;
  const noteDate: GoverningDate | null = note.date ? { start: note.date, source: 'visit' } : null;

  // Lines are the same in both texts (newlines are never folded), so the
  // normalised line spans map 1:1 onto original ones.
  const normLines = lineSpans(norm);
  const origLines = lineSpans(note.text);
  let mentionIndex = 0;
  let carried: GoverningDate | null = null; // the date continuation lines inherit
  // The last date written inside the line before (not at its start), which a plain line continuing
  // it inherits instead (…後、2025/5/20 CT再評価でSD。 / 　嚥下困難感は軽度改善。), as the sentences of a
  // prose paragraph do; a labelled line (有害事象：…) or a list item opens something new.
  let lastInside: GoverningDate | null = null;
  // …and whether that line was a block's label ending in a colon (結果（…、2026/7/28報告）：), whose indented
  // lines go on with it though they open with labels of their own ( MSI：MSS).
  let lastInsideOpensBlock = false;
  let visitDate: GoverningDate | null = null; // set while inside a visit (SOAP) block
  let visitDay: string | undefined; // the day of the last visit heading, which 本日 under it means
  let dayOfVisit: GoverningDate | null = null; // the date of the last visit-day line (Date: 2025-06-12)
  let visitHeadingDate: GoverningDate | null = null; // the date of the last dated visit heading (【外来】2026/11/25)
  let inAssessment = false; // under a visit's A, P or A/P label
  let openSection: Segment | undefined;
  let seenContent = false; // past the note's first line
  // A form with empty tick boxes (□ 発熱　■ だるさ) uses ■ as a ticked box, not as a heading's mark.
  const tickForm = /[□☐]/.test(norm);

  const closeSection = (end: number) => {
    if (openSection) {
      openSection.end = Math.max(openSection.start, end);
      openSection = undefined;
    }
  };

  for (let li = 0; li < normLines.length; li++) {
    const [ns, ne] = normLines[li]!;
    const [os, oe] = origLines[li]!;
    const lineText = norm.slice(ns, ne);
    // Mentions on this line (original offsets).
    while (mentionIndex < dates.length && dates[mentionIndex]!.start < os) mentionIndex++;
    const lineDates: DateMention[] = [];
    for (let k = mentionIndex; k < dates.length && dates[k]!.start < oe; k++) lineDates.push(dates[k]!);
    // A date of the line's own, not one an examination is compared with (比較：2025/6/2).
    const ownDate = (m: DateMention) => !compared.has(m);

    let role: LineRole;
    let date: GoverningDate | null;
    let continues = false; // inherits the last date written inside the line before
    let soap: string | undefined;
    const trimmed = lineText.trim();
    // (An examination may be named before it: CT 2025/5/15: SD, MRI（R7.5.2）.)
    // (…or a list mark: 2. 2024/9/2～, ①2021/4～, ▶令和5年10月.)
    const leadingDate = lineDates[0] && EXAM_OR_NOTHING.test(note.text.slice(os, lineDates[0].start).replace(LIST_NUMBER, '').replace(TABLE_LABEL_CELL, '').replace(/[\s　・●○■▶#＃【[(（<＜|=＝─━]/g, '')) ? lineDates[0] : undefined;
    const soapMatch = SOAP.exec(lineText) ?? SOAP_PART.exec(lineText);
    const visitDayDate = visitDays.size ? lineDates.find((m) => visitDays.has(m)) : undefined;

    if (trimmed === '') {
      role = 'blank';
      date = null;
    } else if (visitDayDate) {
      // Date: 2025-06-12: a new visit, which its SOAP parts and what they say today take.
      role = 'text';
      closeSection(os);
      date = visitDate = dayOfVisit = dateOf(visitDayDate, 'visit');
      inAssessment = false;
      visitDay = date.start;
      carried = date;
    } else if (soapMatch) {
      role = 'soap';
      const part = soapMatch[1] ?? soapMatch[2]!;
      soap = SOAP_LETTER[part] ?? part;
      inAssessment = soap !== 'S' && soap !== 'O' && soap !== 'S/O';
      // (Past the problem list or history under a dated visit heading, its SOAP parts are still that visit's:
      // 【外来】2026/11/25 / #1 右乳癌 … / ・2024/11〜 … / S) ….)
      visitDate ??= dayOfVisit ?? visitHeadingDate ?? noteDate;
      date = visitDate;
      carried = date;
      closeSection(os);
      openSection = { kind: 'section', start: os, end: oe, role, soap, line: li, date };
      segments.push(openSection);
    } else if ((HEADING.test(lineText) && !(tickForm && TICKED_BOX.test(lineText)) && !LABELLED_PARAGRAPH.test(lineText) && !HASH_LABELLED_PARAGRAPH.test(lineText)) || (!seenContent && VISIT_TITLE.test(trimmed))) {
      role = 'heading';
      closeSection(os);
      const isVisit = VISIT_HEADING.test(trimmed) || (lineDates.length > 0 && DATED_VISIT_HEADING.test(trimmed));
      if (isVisit && !/次回|予定/.test(trimmed)) {
        // 【今回】R5.10.24 / 【12/12 外来】 / 本日外来: a visit; its date, else the note's.
        visitDate = leadingDate || lineDates[0] ? dateOf((leadingDate ?? lineDates[0])!, 'visit') : (dayOfVisit ?? noteDate);
        visitHeadingDate = leadingDate || lineDates[0] ? visitDate : null;
        date = visitDate;
        // (Only a heading that opens with its date names the visit's day: not 【入院3日目】…3/10入院.)
        visitDay = leadingDate ? visitDate?.start : undefined;
        inAssessment = false;
      } else {
        // #1 上行結腸癌（2023年2月診断）…: a heading dated inside gives that date to its findings.
        // (Not the date of an earlier examination it is compared with: 【CT読影レポート】 比較：2025/6/2.)
        const own = leadingDate ?? lineDates.find(ownDate);
        date = own ? dateOf(own, 'line') : null;
        // A problem under today's assessment (A/P / #肺腺癌 Stage IIIA / 化学放射線療法の方針):
        // what is written under it is today's, though the problem's name restates a finding.
        if (!(inAssessment && visitDate && /^ *[#＃]/.test(lineText))) {
          visitDate = null;
          inAssessment = false;
        }
      }
      carried = visitDate && inAssessment ? visitDate : date;
      openSection = { kind: 'section', start: os, end: oe, role, line: li, date };
      segments.push(openSection);
    } else if (!leadingDate && VISIT_LABEL.test(lineText)) {
      role = 'text';
      visitDate ??= dayOfVisit ?? noteDate;
      date = visitDate;
      carried = date;
    } else if (leadingDate) {
      role = 'date-led';
      date = dateOf(leadingDate, 'line');
      // A dated history line inside a visit block ends the visit block.
      if (!TODAY_WORD.test(leadingDate.text)) {
        visitDate = null;
        inAssessment = false;
      }
      carried = date;
    } else {
      role = LIST_ITEM.test(lineText) ? 'list-item' : 'text';
      // A date in a field of its own (主病名：膵癌　開始日：2024/06/03) is the line's, wherever it stands;
      // so is the day of a diagnosis said in English (Diagnosis: …, diagnosed 2024-08-05.).
      const fielded = lineDates.find(
        (m, k) =>
          isFieldDay(note.text, os, m.start) ||
          (k === 0 && (DAY_FIELD_OPENING.test(note.text.slice(os, m.start)) || (RESULT_LABEL_BEFORE_DAY.test(note.text.slice(os, m.start)) && RESULT_LABEL_AFTER_DAY.test(note.text.slice(m.end, m.end + 8))))),
      );
      if (fielded) {
        date = dateOf(fielded, 'line');
        carried = date;
      } else {
        continues = !!lastInside && role === 'text' && (!FIELD_LABEL_OPENING.test(lineText) || SPEAKER_TURN.test(lineText) || (lastInsideOpensBlock && INDENTED.test(lineText)));
        const from = continues ? lastInside : carried;
        date = from ? { ...from, source: from.source === 'visit' ? 'visit' : 'inherited' } : null;
        if (date && date.source === 'inherited') delete date.text;
      }
      // With nothing to inherit, a line dated somewhere inside (…（2021年8月診断）) has that date.
      const inside = date ? undefined : lineDates.find(ownDate);
      if (inside) {
        date = dateOf(inside, 'line');
        carried = date;
      }
    }
    // (A line that neither continues it nor is dated inside ends the run: 主訴：… between them.)
    const last = (role === 'text' || role === 'list-item') && date?.source !== 'visit' ? lineDates.findLast(ownDate) : undefined;
    if (last) {
      lastInside = dateOf(last, 'line');
      lastInsideOpensBlock = /[:：]$/.test(trimmed);
    } else if (!continues) lastInside = null;

    // In an export of several visits, 本日 in an earlier visit's block is that visit's day, not
    // the note's (＝＝＝ 2025/02/18（火）外来 ＝＝＝ … 本日より…開始).
    if (visitDay && note.date && visitDay !== note.date) {
      for (const m of lineDates) if (m.kind === 'relative' && TODAY_WORD.test(m.text) && m.value.start === note.date) m.value = { ...m.value, start: visitDay };
    }
    if (role !== 'blank') seenContent = true;
    const line: Segment = { kind: 'line', start: os, end: oe, role, line: li, date };
    if (soap) line.soap = soap;
    segments.push(line);

    if (role === 'blank') continue;
    // Sentences: split at sentence-final punctuation; a sentence takes the last
    // date written before it in the line (a prose paragraph), else the line's.
    let sStart = ns;
    SENTENCE_END.lastIndex = 0;
    const ends: number[] = [];
    for (let m = SENTENCE_END.exec(lineText); m; m = SENTENCE_END.exec(lineText)) ends.push(ns + m.index + 1);
    if (ends.length === 0 || ends[ends.length - 1]! < ne) ends.push(ne);
    for (const sEnd of ends) {
      const [a, b] = trimSpan(norm, sStart, sEnd);
      sStart = sEnd;
      if (a >= b) continue;
      const oa = normalized.starts[a]!;
      const ob = normalized.ends[b - 1]!;
      let sDate = date;
      // (Not a date an examination is compared with: 前回（2025/7/1）より増大。…肝S8に新規低吸収域 is the report's.)
      const before = lineDates.filter((m) => m.start < oa && ownDate(m));
      if (before.length && role !== 'soap' && role !== 'heading') sDate = dateOf(before[before.length - 1]!, 'line');
      // A sentence that opens with a date (令和3年11月2日に…) is governed by it.
      const opening = lineDates.find((m) => m.start >= oa && m.start < ob && /^[\s(（【[<＜]*$/.test(note.text.slice(oa, m.start)));
      if (opening && role !== 'heading') sDate = dateOf(opening, 'line');
      const sentence: Segment = { kind: 'sentence', start: oa, end: ob, role, line: li, date: sDate };
      if (soap) sentence.soap = soap;
      segments.push(sentence);
    }
  }
  closeSection(note.text.length);
  const segmented: SegmentedNote = { note, normalized, dates, segments };
  comparedCache.set(segmented, compared);
  return segmented;
}

const TODAY_WORD = /本日|今日|[Tt]oday/;
const CLAUSE_BREAK = /[、。,;，；．]/;
// A date given as the diagnosis's: (2019年診断), 2019年に確定診断.
const DIAGNOSED_THEN = /^\s*(?:に|頃)?\s*(?:確定)?診断/;
/** English for "diagnosed" right before a date: dx 2024/6, diagnosed in 2023/3. */
export const DX_BEFORE = /\b(?:[Dd]x|DX|diagnosed(?:\s+(?:in|on))?)\s*:?\s*$/;
// What may close a line after the day it was diagnosed: a bracket or a full stop, or how (…, diagnosed 2025-06-10 by EBUS-TBNA.).
const DX_DATE_CLOSING = /^\s*(?:(?:by|via|on|with)\s+[A-Za-z0-9-]+(?:\s+[A-Za-z0-9-]+)?\s*)?[.)）]?\s*$/;
/** The label of a date field on a line, before its date: 開始日：, 診断日：, 発症日：, and 診断： as a field after others (原疾患：…　診断：2023年4月). */
export const DATE_FIELD = /(?:開始日|診断日|発症日|確定日|診断年月日|(?:^|[\s、,(（])診断\s*[:：])\s*[:：]?\s*$/;

/**
 * True when the date starting at `start` in `text` is a field's (開始日：2024/06/03, 診断：2023年4月) or the day
 * a diagnosis is said in English (diagnosed 2024-08-05, dx 2024/6), looking back no further than `floor`.
 */
export function isFieldDay(text: string, floor: number, start: number): boolean {
  return DATE_FIELD.test(text.slice(Math.max(floor, start - 8), start)) || DX_BEFORE.test(text.slice(Math.max(floor, start - 14), start));
}
// A field opening its line with the day something was done or the period it lasted, its date
// first in it (手術日：令和7年1月15日, 入院期間：…～…, 発現日：2025/2/10): the line's date, which the
// lines after it continue from; the act may be qualified (精密検査日：, 内視鏡検査日：), but not as
// another visit's (前回検査日：, 次回検査日：). (Not a record's own dates, 記載日：, 報告日：, 退院日：,
// which date the writing, nor a birth date.) (A structured export's period: is such a field too.)
const DAY_FIELD_OPENING = /^[ \t　]*[【[■●・]?[ \t　]*(?:(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?<!前回|次回|予定))?(?:手術|施行|実施|検査|採取|生検|発現|投与|照射|入院)日|(?:入院|投与|治療|照射)期間|[Pp]eriod)[ \t　]*[】\]]?[ \t　]*[:：][ \t　]*$/u;
// A result's label with its day in parentheses, opening its line (病理診断（2026/5/21）：, 術後病理（6/26追記）：):
// the line's date, which the lines after it continue from, as a day field's is.
const RESULT_LABEL_BEFORE_DAY = /^[ \t　]*[【[■●・]?[ \t　]*[\p{Script=Han}\p{Script=Katakana}ー]{0,6}(?:病理|診断|結果|細胞診|生検|所見)[ \t　]*[(（][ \t　]*$/u;
const RESULT_LABEL_AFTER_DAY = /^[ \t　]*(?:追記|報告|判明|結果|確定)?[ \t　]*[)）][ \t　]*[:：]/;
// What follows a date that dates its whole line: when the diagnosis was made (2023.3 診断,
// 2019年3月に確定診断, 2024/8/2 骨髄穿刺にて診断), or nothing, the date closing the line (Dx: Ph+
// ALL, 2024/10), or its table row (… 2024/10 |, or a row laid out with spaces, 直腸癌（主）   2023/04/12   継続), or when all that was named on it started
// (CCRT：CDDP 100mg/m2 3週毎 + RT 70Gy/35fr、7/1より開始).
const LINE_DATE_AFTER = /^\s*[)）]?\s*(?:(?:に|頃)?\s*(?:[^\s、。,]{1,10}(?:にて|で)\s*)?(?:確定)?診断|(?:より|から)\s*(?:開始|導入)\s*[。.]?\s*$|\|?\s*$|(?:[ \t]{2,}|\t)[^\s、。,]{1,6}[ \t]*$)/;
// English words only, and what closes a clause after a date that ends it.
const ENGLISH_CLAUSE = /^[\x20-\x7e]+$/;
const CLOSES_CLAUSE = /^(?:[;,.)](?:\s|$)|\s*$)/;
// A date saying when something was done, right before the verb: …を 2025/10/27～11/25 に施行, …を3月に実施,
// 子宮体癌（…、pMMR）で2025年2月に手術.
const DONE_THEN = /^\s*(?:に|にて)\s*(?:施行|実施|照射|完遂|完了|終了|手術|切除)/;

/**
 * The date governing a position in the note: the nearest date expression before
 * it on the same line (a prose paragraph is one line), else its sentence's
 * governing date. This is what an extractor gives an event found at `offset`.
 */
export function dateAt(segmented: SegmentedNote, offset: number): GoverningDate | null {
  const { lines, sentences } = segmentIndex(segmented);
  const line = containing(lines, offset);
  const sentence = containing(sentences, offset);
  const scope = line ?? sentence;
  if (scope && scope.role !== 'heading') {
    // The last date mention starting in [scope.start, offset).
    const lo = lowerBound(segmented.dates, offset, (m) => m.start);
    // Inside a parenthesis that a date closes (CRT（CDDP 3コース＋RT 70Gy/35fr、2025/3/10～4/25）完遂):
    // that date is when what the parenthesis lists was given, whatever the line's date.
    const closing = closingDateOfParenthesis(segmented, offset, lo, scope.end);
    if (closing) return dateOf(closing, 'line');
    // (A date an examination is compared with, 前回（2025/7/1）より増大, dates its own sentence at most.)
    let k = lo;
    const compared = comparedDates(segmented);
    while (k > 0 && compared.has(segmented.dates[k - 1]!) && segmented.dates[k - 1]!.start >= scope.start && /[。．]/.test(segmented.note.text.slice(segmented.dates[k - 1]!.end, offset))) k--;
    const nearest = k > 0 ? segmented.dates[k - 1] : undefined;
    if (nearest && nearest.start >= scope.start) return dateOf(nearest, 'line');
    // (A flowsheet's row with no date of its own: its column's date, when the table heads its columns with dates.)
    if (line && CELL_SEPARATOR.test(segmented.note.text[line.start] ?? '') && !(segmented.dates[lo] && segmented.dates[lo]!.start < line.end)) {
      const column = columnDate(segmented, line, offset);
      if (column) return dateOf(column, 'inherited');
    }
    // Nothing written before it on its line, yet a date of the line's own: one written
    // later on it. That dates what stands in its clause (肺腺癌（2019/3 診断）), or the whole
    // line when it is the diagnosis's or closes the line (Pr ca …, cT3bN1M1b, 2023.3 診断), but not what an
    // earlier clause says (肝内胆管癌…の診断にて、2025年1月から…施行し).
    const governing = (sentence ?? line)?.date;
    const next = segmented.dates[lo];
    const text = segmented.note.text;
    // (Only a visit's, a line's own or an inherited date can give way: the tests are skipped otherwise.)
    const mayGiveWay = governing?.source === 'visit' || governing?.source === 'line' || governing?.source === 'inherited';
    if (next && next.start < scope.end && mayGiveWay) {
      // What stands between it and the date: in its clause, or opening a parenthesis (ガンマナイフ(2024/10/8)).
      const between = text.slice(offset, next.start);
      // (An English sentence's end breaks it too: She was diagnosed with breast cancer. In 2024 she had surgery.)
      const ownClause = !CLAUSE_BREAK.test(between) && !ENGLISH_SENTENCE_END.test(between);
      const ownParenthesis = ownClause && /[(（]\s*$/.test(between);
      // A visit's line (A) 濾胞性リンパ腫、Ann Arbor III期（2019年診断）) keeps the visit's date, except
      // for what stands in the clause of a date it gives as the diagnosis's.
      // (…or one opening a parenthesis after it that says when it was done: pT3bN0 (2023/8 膀胱全摘).)
      if (governing.source === 'visit') return ownClause && (DIAGNOSED_THEN.test(text.slice(next.end, Math.min(scope.end, next.end + 12))) || ownParenthesis) ? dateOf(next, 'line') : governing;
      const wholeLine =
        !ownClause || governing.source === 'inherited'
          ? LINE_DATE_AFTER.test(text.slice(next.end, Math.min(scope.end, next.end + 12))) || (DX_BEFORE.test(text.slice(Math.max(scope.start, next.start - 14), next.start)) && DX_DATE_CLOSING.test(text.slice(next.end, scope.end)))
          : false;
      if (governing.source === 'line' && !ownClause && !wholeLine) return null;
      // A line that inherits a date still has its own when one closes it (EC 4コース→wPTX 12回
      // （2025/1～2025/6） under 入院日：2025/7/8) or says the diagnosis was made then.
      // (Within its sentence: …を主訴に来院。…既往に肺サルコイドーシス（1977年診断） dates only the sarcoidosis.)
      // (…or opens a parenthesis right after what stands there, which says when it was done: ガンマナイフ(2024/10/8)施行済み.)
      // (…or says in its clause when what stands before it was done: …に 63Gy/21fr を 2025/10/27～11/25 に施行.)
      // (…or, in English, closes the clause it ends: SRS 24 Gy/3 fx to the brain met 2025-06-25; entrectinib ….)
      if (governing.source === 'inherited' && (wholeLine || ownParenthesis || (ownClause && (DONE_THEN.test(text.slice(next.end, next.end + 8)) || (ENGLISH_CLAUSE.test(between) && CLOSES_CLAUSE.test(text.slice(next.end, next.end + 2)))))) && !/[。．]/.test(between)) return dateOf(next, 'line');
    }
  }
  return (sentence ?? line)?.date ?? null;
}

/** The dates an examination is compared with (比較：2025/6/2, 前回（2025/7/1）), not their lines' own. */
function comparedWith(text: string, dates: readonly DateMention[]): Set<DateMention> {
  const compared = new Set<DateMention>();
  for (const m of dates) if (COMPARED_WITH.test(text.slice(Math.max(text.lastIndexOf('\n', m.start - 1) + 1, m.start - 12), m.start))) compared.add(m);
  return compared;
}

const CELL_SEPARATOR = /[|｜│┃║]/;
const CELL_SEPARATORS = new RegExp(CELL_SEPARATOR.source, 'g');

/**
 * In a flowsheet whose header row dates its columns (| 日付 | 2025/4/7 | 2025/6/30 |), the date
 * heading the column that holds `offset`: the nearest row above in the same table with at least
 * two cells that are each a date and nothing else.
 */
function columnDate(segmented: SegmentedNote, line: Segment, offset: number): DateMention | undefined {
  const text = segmented.note.text;
  const column = (text.slice(line.start, offset).match(CELL_SEPARATORS) ?? []).length;
  const { lines } = segmentIndex(segmented);
  for (let i = lowerBound(lines, line.start, (x) => x.start) - 1, rows = 0; i >= 0 && rows < 30; i--, rows++) {
    const row = lines[i]!;
    if (!CELL_SEPARATOR.test(text[row.start] ?? '')) return undefined;
    // The row's cells and the dates that fill one whole.
    const bounds = [...text.slice(row.start, row.end).matchAll(CELL_SEPARATORS)].map((m) => row.start + m.index);
    const cellDates = new Map<number, DateMention>();
    for (let d = lowerBound(segmented.dates, row.start, (m) => m.start); d < segmented.dates.length && segmented.dates[d]!.start < row.end; d++) {
      const m = segmented.dates[d]!;
      const cell = bounds.findIndex((b, k) => b < m.start && (bounds[k + 1] ?? row.end) >= m.end);
      if (cell >= 0 && text.slice(bounds[cell]! + 1, m.start).trim() === '' && text.slice(m.end, bounds[cell + 1] ?? row.end).trim() === '') cellDates.set(cell + 1, m);
    }
    if (cellDates.size >= 2) return cellDates.get(column);
  }
  return undefined;
}

// After a date closing a parenthesis: at most the word saying it was done, then the bracket.
const CLOSES_PARENTHESIS = /^\s*(?:完遂|施行|終了|実施|完了)?\s*[)）]/;

/** The date that closes the parenthesis holding `offset` (the next date, `dates[next]`), if one does. */
function closingDateOfParenthesis(segmented: SegmentedNote, offset: number, next: number, scopeEnd: number): DateMention | undefined {
  const m = segmented.dates[next];
  if (!m || m.start >= scopeEnd) return undefined;
  const text = segmented.note.text;
  // (The cheap test first: few dates close a parenthesis.) No bracket between the offset and
  // the date, one opened before the offset on its line and not closed.
  if (!CLOSES_PARENTHESIS.test(text.slice(m.end, m.end + 8)) || /[()（）\n]/.test(text.slice(offset, m.start))) return undefined;
  for (let i = offset - 1; i >= 0 && offset - i <= 80; i--) {
    const c = text[i];
    if (c === '(' || c === '（') return m;
    if (c === ')' || c === '）' || c === '\n') return undefined;
  }
  return undefined;
}

/** The segmented note's dates an examination is compared with: found once, by segmentNote (or here for a note it did not make). */
const comparedCache = new WeakMap<SegmentedNote, Set<DateMention>>();
function comparedDates(s: SegmentedNote): Set<DateMention> {
  let compared = comparedCache.get(s);
  if (!compared) comparedCache.set(s, (compared = comparedWith(s.note.text, s.dates)));
  return compared;
}

/** Lines and sentences by start, for binary search (computed once per segmented note). */
const indexCache = new WeakMap<SegmentedNote, { lines: Segment[]; sentences: Segment[]; sections: Segment[] }>();
function segmentIndex(s: SegmentedNote) {
  let index = indexCache.get(s);
  if (!index) {
    index = { lines: s.segments.filter((x) => x.kind === 'line'), sentences: s.segments.filter((x) => x.kind === 'sentence'), sections: s.segments.filter((x) => x.kind === 'section') };
    indexCache.set(s, index);
  }
  return index;
}

/** The segment (sorted, non-overlapping) containing `offset`, by binary search. */
function containing(sorted: Segment[], offset: number): Segment | undefined {
  // The last segment starting at or before `offset`.
  const lo = lowerBound(sorted, offset + 1, (x) => x.start);
  const s = lo > 0 ? sorted[lo - 1] : undefined;
  return s && (offset < s.end || (offset === s.end && s.start === s.end)) ? s : undefined;
}

/** The line segment containing an original offset (binary search). */
export function lineSegmentAt(segmented: SegmentedNote, offset: number): Segment | undefined {
  return containing(segmentIndex(segmented).lines, offset);
}

/** The section (under a SOAP label or a heading) containing an original offset (binary search). */
export function sectionSegmentAt(segmented: SegmentedNote, offset: number): Segment | undefined {
  return containing(segmentIndex(segmented).sections, offset);
}

/** The note's segments: sections, lines and sentences with governing dates (see {@link segmentNote}). */
export function segment(note: Note): Segment[] {
  return segmentNote(note).segments;
}
