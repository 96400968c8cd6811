// Anticancer systemic therapy: drug and regimen chains (CBDCA/PTX/Bev/Atezo,
// mFOLFOX6+Pmab, SOX+Nivo（S-1 120mg/day…）), their line, cycles, dose, intent
// and the status the verb after them gives. Plans and back-references are not events.
import type { MedicationEvent } from '../schema/events.js';
import type { DateMention } from '../segment/dates.js';
import { afterEnglishSentenceEnd, clauseAt, endsWithOtherIndication, englishSentenceEndAfter, isDiscussionLine, isProposalLine, lineAt, matchesOf, nextLineAt, PROPOSED, sentenceAt } from './context.js';
import type { DrugEntry } from './dictionaries.js';
import type { LexiconHit } from './lexicon.js';
import { lexicons } from './lexicons.js';
import { mentionDate, otherLineDate, type NoteContext } from './note-context.js';

const drugs = () => lexicons().drugs;

/** The reading of a spelling that fits the note (ambiguous regimens carry a context pattern). */
function pick(entries: DrugEntry[], noteText: string, neighbours: string): DrugEntry {
  if (entries.length === 1) return entries[0]!;
  const byContext = entries.find((e) => e.context && (e.context.test(neighbours) || e.context.test(noteText)));
  return byContext ?? entries.find((e) => !e.context) ?? entries[0]!;
}

const CONNECTOR = /^\s*(?:[+/＋・,、&]|\b(?:and|plus|(?:in combination |combined )?with)\b|併用|及び|および|と)\s*/;
// (Not across a line's end: the next line may open with a list number, (3).)
const PAREN = /^[ \t]*[(（][^()（）]*[)）]/;
const PAREN_OPENS = /^[ \t]*[(（]/;
// A clause after a stop that plans what replaces it: 、パゾパニブへ変更の方針.
const PLANNED_SWITCH = /^\s*し?\s*[、,]\s*[^。]*?(?:へ|に)\s*(?:変更|切り替え|切替|移行)\s*(?:の|する)?\s*(?:方針|予定)/;
// A class of therapy whose drugs its parenthesis names: ADT (デガレリクス), LH-RH agonist（リュープリン）, 寛解導入療法（IDR+AraC）,
// CDK4/6阻害薬（アベマシクリブ）.
const CLASS_BEFORE_PAREN = /(?:ADT|[\p{Script=Han}\p{Script=Katakana}ー]*療法|[A-Za-z0-9/\-\p{Script=Han}\p{Script=Katakana}ー]*阻害(?:薬|剤)|(?:LH-?RH|GnRH)\s*-?\s*(?:agonist|antagonist|アゴニスト|アンタゴニスト))\s*[(（]\s*$/iu;
// (…past a schedule the parenthesis ends with: 寛解導入療法（IDR+AraC 3+7）＋ミドスタウリン.)
const CLOSE_THEN_CONNECTOR = /^\s*(?:\d\s*\+\s*\d\s*)?[)）]\s*[+＋]\s*$/;
// The unit a course count is written in: 4コース, 6 cycles, 4kur, and shortened, 6cy, 6cyc.
const COURSE_UNIT = '(?:コース|クール|サイクル|cycles?|courses?|kur|cyc?(?![A-Za-z]))';
// A parenthesis opening with a course: （1コース目 Day1）, (C1D1), （第3サイクル）.
const COURSE_IN_PARENTHESES = new RegExp(String.raw`^\s*[(（]\s*(?:第\s*)?(?:\d+\s*${COURSE_UNIT}|C\d{1,2}\s*D\d)`, 'i');
// What spells out a chain's drugs after it, also after 療法: DCF療法（DTX 70mg/m2, CDDP…）.
const CHAIN_PAREN = /^[ \t]*(?:療法)?[ \t]*[(（][^()（）]*[)）]/;
// The verbs that stop or end a therapy, in Japanese.
const ENDING_VERB = '中止|中断|終了|完遂|完了';
// A parenthesis after a drug that tells its status: （心房細動のため2025/12中止）, （PDにて終了）.
const STATUS_IN_PARENTHESES = new RegExp(ENDING_VERB);
// A list item's number in parentheses, as a circled number is normalised: (2).
const ITEM_NUMBER_PAREN = /^\s*\(\d{1,2}\)$/;
// A prescription's details up to a parenthesis opening on its line, with no verb of its own between:
// 錠300mg 1回5錠 1日2回（朝夕食後）14日分、7日休薬（.
const PRESCRIPTION_THEN_CHAIN = /^(?:(?!開始|導入|中止|終了|変更|継続|再開|施行|投与)[^。\n]){0,60}[(（]\s*$/;
// A drug said not tolerated, after its name: CDDP not tolerated, CDDP不耐.
const NOT_TOLERATED_AFTER = /^\s*(?:(?:は|が)?\s*不耐|(?:was\s+|is\s+)?(?:not\s+tolerated|intoleran(?:t|ce)))/;
// A protocol's code opening a parenthesis the chain fills (DD-4A（VCR/ActD/DOX）, EE-4A(VCR/ActD)): letters, a digit.
const PROTOCOL_CODE_BEFORE = /(?<![A-Za-z0-9-])[A-Z]{1,6}-?\d{1,2}[A-Z]?\s*[(（]$/;
const CLOSE_AFTER_CHAIN = /^\s*[)）]/;
// How a drug is given, in plain words, when another drug follows it: オキサリプラチンの点滴とTS-1.
const ROUTE_BEFORE_NEXT = /^の(?:点滴|注射|飲み薬|内服薬?)(?=\s*(?:[+/＋・,、&]|と(?![はもがの])|および|及び))/;
// A parenthesis holding when a drug was given (クリゾチニブ（2023/9～2025/2、PR→PD）、エントレクチニブ…):
// the drug's own course, told row by row, so the chain ends with it.
const COURSE_DATES_IN_PARENTHESES = /^[ \t]*[(（][^()（）]*?(?:(?:19|20)\d{2}\s*[/.年-]\s*\d|(?<![A-Za-z0-9])[RHS]\d{1,2}[./]\d|\d{1,2}\/\d{1,2}\s*[~～〜-])/;
const DOSE_AFTER = /^\s*((?:AUC\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:mg|g|μg|mcg|mL|ml|単位|U)(?:\/(?:m2|kg|body|day|日|回))*(?:\s*(?:[Dd]ay|d)\s*\d+(?:[-,]\d+)*)?))/;
// A plan after a status verb, past a verb ending: 導入する方針, 開始の予定, 開始とする計画.
const PLAN_AFTER_VERB = /^\s*(?:する|します|して(?:いく|ゆく)|とする|の)?\s*(?:予定|方針|計画)/;
const PLANNED_VERB = new RegExp(`(?:${ENDING_VERB}|開始|導入|施行|実施|投与)(?=\\s*(?:の)?予定)`, 'g');
// The plain non-past after giving (CBDCA+PEMを施行する, ペムブロリズマブ投与を行う) tells what is to be done;
// 施行するも (it was given, but…) is past, and so is what was done with another act in a past sentence
// (S-1を2コース施行するとともに放射線照射を施行した).
const TO_BE_GIVEN = /^\s*(?:を)?\s*(?:する|します|いたします|致します|行う|行います)(?!\s*(?:も|が|とともに|と共に|と同時に))/;
// (…and 行い said so: 療法を行います, not 行いました.)
const TO_BE_GIVEN_POLITE = /^ます(?!\s*(?:も|が))/;
// A plan or a time to come, in English: will, plan to, to start, tomorrow, next week, candidate for.
const ENGLISH_PLAN = /\b(?:will|shall|going\s+to|plan(?:s|ned)?\s+(?:to|for)|to\s+(?:start|begin|initiate|commence|receive|resume)|tomorrow|next\s+(?:week|month|visit|cycle|time)|in\s+\d+\s+(?:days?|weeks?)|scheduled|pending|consider(?:ing|ed)?|recommend(?:ed|s)?|propos(?:ed|e)|candidate\s+for|eligible\s+for)\b/i;
// A time to come before the chain in its clause (明日から, 来週より, 2週後に): its start or course is a plan.
const TIME_TO_COME = /明日|明後日|来週|来月|翌週|後日|今後|(?:\d+|数)\s*(?:日|週|週間|か月|ヶ月|カ月)後(?:に|から|より)/;
// …as is its start said of the day it is written (本日より開始する).
const TODAY = /本日|今日|今回/;
// A course's length: opening what follows the chain (術後Tmab 1年, タモキシフェン5年), or told just
// before a verb of taking, in weeks too (を1年間内服した).
const DURATION_UNIT = '(?:年|か月|ヶ月|カ月|ケ月)';
// (Not a year: GC+Durva 2025年2月～ is its start.)
const DURATION = new RegExp(`^\\s*(?:計)?\\d{1,3}\\s*${DURATION_UNIT}(?:間)?(?![目後前]|\\d{1,2}月)`);
const DURATION_BEFORE = new RegExp(`(?<!\\d)\\d{1,3}\\s*(?:${DURATION_UNIT}|週)間?\\s*$`);
const PLUS_PAREN = new RegExp(String.raw`^\s*(?:療法)?\s*(?:\d+\s*${COURSE_UNIT})?\s*[(（]\s*[+＋]\s*([^()（）]+)[)）]`, 'i');
const CHANGED_PRESCRIPTION_LABEL = /(?:変更|減量|増量)後(?:の)?(?:処方|用量|投与量)?(?:内容)?\s*[:：]\s*$/;
const DOSE_CHANGE = /減量|増量|休薬|延期|再開|(?:投与量|用量)を?変更|\b(?:held|hold|restart(?:ed)?|resumed?|reduced|dose[- ]reduc\w*|delayed|postponed)\b/i;
const ORDINAL_BEFORE = /(?<![A-Za-z0-9])(\d)(?:st|nd|rd|th)\s+$/i;
// …and the short form at the start of a line or field (1L FOLFOX+Pmab, 3L TAS-102+Bev); not a volume (胸水1L).
const LINE_SHORT_BEFORE = /(?<=^|[\s(（:：,、])([1-9])L\s+$/;
// …and N次 so written, in a history of lines (1次 CBDCA+PEM+Pembro → 2次 DTX+RAM).
const LINE_JI_BEFORE = /(?<=^|[\s(（:：,、→])([1-9一二三四五六七八九])次\s*[:：]?\s*$/;
// …and a table row's first cell, the line its row's regimen is (| 1次 | 2025/10/6～ | CBDCA+ETP+Atezo |, | 2L | …, | 二次治療 | …).
const LINE_CELL = /^\s*\|\s*(?:([1-9一二三四五六七八九])\s*次(?:治療)?|(\d)\s*(?:st|nd|rd|th)(?:[- ]?line)?|(\d)L)\s*\|/i;
// A record's field for the day a course was given: 投与日：, 実施日：, 施行日：.
const GIVEN_ON_FIELD = /^\s*[【[■・]?\s*(?:投与|実施|施行)日\s*[】\]]?\s*[:：]/;
// The course given now, opening the clause after a verb of going on: 継続中、現在25回目, 継続、本日8コース目.
const NTH_COURSE_NEXT_CLAUSE = /^\s*中?\s*[、,]\s*(?:現在|本日|今回)\s*(?:第\s*)?(\d+)\s*(?:コース|クール|サイクル|回)目/;
// A regimen and its course as a record's labelled fields (レジメン：…, コース：12コース目).
// (Also the current one, 現レジメン：, and today's course said so: 本日 2コース目 day1; or as trials write it: Cycle 7 Day 1: 2026/11/10,
// also after 本日: 本日 C7D1 投与.)
const REGIMEN_LABEL = /^\s*(?:-\s+)?[【[]?\s*(?:現|今回の?)?(?:レジメン|Regimen)\s*[】\]]?\s*[:：]\s*$/i;
const COURSE_LABEL_LINE = /^\s*[【[]?\s*(?:(?:コース|クール|サイクル|Cycle|Course)\s*[】\]]?\s*[:：]\s*(?:第\s*)?(\d+)\s*(?:コース|クール|サイクル)?\s*目?|(?:本日|今回)\s*[:：]?\s*(?:第\s*)?(\d+)\s*(?:コース|クール|サイクル)目|(?:(?:本日|今回)\s*[:：]?\s*)?(?:Cycle|Course|C)\s*(\d+)\s*(?:Day|D)\s*\d+)/i;
// An adverse-event report's drug fields (被疑薬：, 原因薬剤：, 薬剤名：) and the period field after them (投与期間：).
const DRUG_FIELD_LABEL = /^\s*[【[]?\s*(?:被疑薬(?:剤)?|原因薬(?:剤)?|疑い薬剤|薬剤名|投与薬剤)\s*[】\]]?\s*[:：]\s*$/;
const PERIOD_FIELD = /^\s*[【[]?\s*(?:投与期間|使用期間|投与日)\s*[】\]]?\s*[:：]/;
// The keys of a structured record (YAML-style) that tell a regimen's course: its period, status, cycles and line.
const PERIOD_KEY = /^(?:period|(?:投与|治療)?期間)$/i;
const STATUS_KEY = /^(?:status|状態|状況)$/i;
const CYCLES_KEY = /^(?:cycles|courses|コース数|サイクル数)$/i;
const LINE_KEY = /^(?:line|ライン|治療ライン)$/i;
const RECORD_KEY = /^\s*(?:-\s+)?([^\s:：=]{1,20})\s*[:：=]\s*/;

/**
 * The other keys of the structured record (a YAML-style item) whose line starts at normalised `ls`:
 * the lines beside it whose keys stand in its column, up to and with the line opening its item
 * (- line: 1), each key with the normalised span of its value. Columns are read in the original text.
 */
function recordFields(ctx: NoteContext, ls: number): Map<string, [number, number]> {
  const t = ctx.text;
  const original = ctx.note.text;
  // (A key's column: past the indentation and an item's dash, so - regimen: and its siblings below line up.)
  const columnAt = (n: number) => /^[ \t]*(?:-[ \t]+)?/.exec(original.slice(ctx.original(n), ctx.original(n) + 40))![0].length;
  const fields = new Map<string, [number, number]>();
  const column = columnAt(ls);
  if (column === 0) return fields;
  const add = (a: number, b: number) => {
    const m = RECORD_KEY.exec(t.slice(a, b));
    if (m && !fields.has(m[1]!)) fields.set(m[1]!, [a + m[0].length, b]);
    return !!m;
  };
  const opensItem = (a: number, b: number) => /^\s*-\s/.test(t.slice(a, b));
  for (let next = nextLineAt(t, ls); next && columnAt(next[0]) === column && !opensItem(next[0], next[1]); next = nextLineAt(t, next[0])) if (!add(next[0], next[1])) break;
  // (Upwards only from a line inside its item, to the line opening the item.)
  if (opensItem(ls, lineAt(t, ls)[1])) return fields;
  for (let start = ls; start > 0; ) {
    const [a, b] = lineAt(t, start - 1);
    if (columnAt(a) !== column || !add(a, b) || opensItem(a, b)) break;
    start = a;
  }
  return fields;
}
// A date the course was given from, on or started: 9/1より, 3月から, 5/2に, 2024/5/1開始.
const GIVEN_FROM = /^\s*(?:より|から|に|開始)/;
// A verb of giving that a later date follows: …を行ったが, …を施行し.
const GIVEN_THEN = /(?:行っ(?:た|て)|施行し(?:た|て)?|投与し(?:た|て)?|開始し(?:た|て)?|導入し(?:た|て)?)(?:が|ものの|後)?\s*$/;
// …and a response told after the courses, its date after it: 4コース後PD（2026/5） dates the PD, not the course
// (a range there is still the course's: GnP 6コース PR（2025/3～2025/9）).
const RESPONSE_THEN = /(?:PD|PR|SD|CR|増悪|病勢進行)\s*(?:と(?:なり|判断|判定))?\s*[(（]?\s*$/;
// …or the course given on it: 本日8コース目, 7/1に3回目.
const NTH_COURSE_AFTER = /^\s*(?:は|に)?\s*\d{1,2}\s*(?:コース|クール|サイクル|回)目/;
// A date written as the end alone: （～2025/8）, (~2024/9).
const UNTIL = /[(（]\s*[～〜~]\s*$/;
// A response written after the chain across an arrow, in its clause: (3+7) → CR, x4 → 2025/5 PD.
// A therapy's phase named before its drugs: 寛解導入療法（IDR+Ara-C 3+7）, 地固め療法として.
const TREATMENT_PHASE = /(?:寛解導入|地固め|強化|導入)(?:療法|化学療法)?\s*[(（]?\s*$/;
// A response told after a course, with 後 (GC+デュルバルマブ（1次）後PD, …（IDR+Ara-C 3+7）後、day28の骨髄でCR; Pembro後のPD too,
// which the extractor takes for given only with a line or phase told).
const RESPONSE_AFTER_GIVEN = /^\s*(?:[(（][^()（）]{0,20}[)）]|[^()（）\n]{0,12}[)）])?\s*(?:療法|治療)?\s*後\s*(?:[、,のに]\s*)?(?:[^、。→\n]{0,16}?(?:で|にて)\s*)?(?:CR|PR|SD|PD|CMR|PMR|VGPR|sCR|pCR|完全奏効|部分奏効|完全寛解|部分寛解|病勢進行|病勢増悪)(?![A-Za-z])/;
const RESPONSE_AFTER = /^[^、。,→]*(?:→|->|[;|\t])\s*(?:(?:19|20)\d{2}\/\d{1,2}(?:\/\d{1,2})?\s*)?(?:CR|PR|SD|PD|CMR|PMR|VGPR|sCR|pCR)(?![A-Za-z])/;
// A prescription after the drug's name: its form, its strength, and how much a time before how often (配合錠T20　1回3錠　1日2回,
// 錠80mg 1錠 分1 朝食後); the amount is group 1.
const PRESCRIPTION_AFTER = /^(?:配合)?(?:OD)?(?:錠|カプセル|顆粒|細粒|散|内用液|ドライシロップ)\s*(?:T?\d+(?:\.\d+)?\s*(?:mg|μg|g)?)?\s*(1回\s*\d+(?:\.\d+)?\s*(?:錠|カプセル|包|mg|g|mL)|\d+(?:\.\d+)?\s*(?:錠|カプセル|包)(?=\s*分\s*\d))(?=\s*(?:1日\s*\d+\s*回|分\s*\d|(?:朝|昼|夕|朝夕|毎)?食[前後]|就寝前|$))/;
const SCHEDULE_AFTER = /^\s*(?:q\d+w|\d+\s*週(?:間)?投与\s*\d+\s*週(?:間)?休薬|\d+\s*週(?:毎|ごと|間隔)|1日\s*\d+\s*回|分\d|毎週|隔週|weekly|biweekly|連日|隔日|毎日|(?:朝|夕|朝夕)?食[前後]|空腹時|就寝前|眠前)/;
// (1st:, 2nd: labelling a list of lines count as well, and so do 1次：, 2次：, and 2L= as a data export writes it;
// N次 alone in parentheses, GC+デュルバルマブ（1次）, is the line too, and so is NL: EV+Pembro 開始 (1L).)
const ENGLISH_ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };
// The English ordinals a line is written with (second-line), as one alternation.
const ENGLISH_ORDINAL_WORD = Object.keys(ENGLISH_ORDINAL).join('|');
const LINE = new RegExp(String.raw`(?:(?<![A-Za-z0-9])(\d+)\s*(?:st|nd|rd|th)\s*(?:-?\s*(?:line|ライン)|(?=\s*[:：])|(?=\s*(?:で|として|に|まで)))|([一二三四五六七八九1-9])\s*次(?:治療|(?=\s*[:：])|(?<=[(（]\s*[1-9一二三四五六七八九]\s*次)(?=\s*[)）]))|(ファースト|セカンド|サード)ライン|(?<![A-Za-z0-9])(\d)L(?=\s*[:：]|=|(?<=[(（]\s*\dL)\s*[)）])|(?<![A-Za-z])(${ENGLISH_ORDINAL_WORD})[- ]line\b)`, 'gi');
// A line said as what a therapy is given as: 2次治療として, 3rd lineとして.
const LINE_AS = new RegExp(String.raw`(?:${LINE.source})\s*として`, 'i');
const KANJI_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, ファースト: 1, セカンド: 2, サード: 3 };
/** The line number a {@link LINE} (or {@link LINE_AFTER}) match writes: 2nd line, 二次治療, セカンドライン, second-line → 2. */
const lineNumber = (m: RegExpExecArray) => (m[1] ? Number(m[1]) : m[4] ? Number(m[4]) : m[5] ? ENGLISH_ORDINAL[m[5].toLowerCase()]! : KANJI_NUM[m[2] ?? m[3] ?? ''] ?? Number(m[2]));
// A word every LINE match holds.
const LINE_WORD = /line|次治療|次\s*[:：)）]|ライン|\d(?:st|nd|rd|th|L)\s*[:：]|\dL=|[(（]\s*\dL\s*[)）]|\d(?:st|nd|rd|th)\s*(?:で|として|に|まで)/i;
/** The line markers written in `s` ({@link LINE} matches); the literal test first is cheap, LINE is tried at every position. */
const lineMarksIn = (s: string) => (LINE_WORD.test(s) ? matchesOf(LINE, s) : []);
/** The line the first marker in `s` writes, if any. */
const firstLineIn = (s: string): number | undefined => {
  const [m] = lineMarksIn(s);
  return m && lineNumber(m);
};
// N回 alone is a frequency or a fraction count (60Gy/30回); only N回目 counts courses.
// (…or cycle and day as trials write them: C4D1 is the fourth course, given.)
const CYCLE_DAY_AFTER = /^\s*[(（]\s*C(\d{1,2})\s*D\d{1,2}\s*[)）]/;
// (…and in English, the course counted before its number: now on Lu-177 PSMA cycle 3, Cycle 6 given today.)
const CYCLES = new RegExp(String.raw`(\d+)\s*(?:${COURSE_UNIT}(目)?|回(目))|(?<![A-Za-z0-9])C(\d{1,2})\s*D\d{1,2}(?![A-Za-z0-9])|\bcycle\s*#?\s*(\d{1,2})(?![0-9])(?!\s*(?:of|days?)\b)`, 'i');
// …and counted in English words: for six cycles.
const ENGLISH_COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const ENGLISH_COUNT_WORD = Object.keys(ENGLISH_COUNT).join('|');
/** A count as written, in digits or in an English word: 6, six. */
const countOf = (written: string) => ENGLISH_COUNT[written.toLowerCase()] ?? Number(written);
const ENGLISH_CYCLES = new RegExp(String.raw`\b(${ENGLISH_COUNT_WORD})\s+(?:cycles?|courses?)\b`, 'i');
// English puts the verb first, and may write the line between: continue osimertinib, received first-line ….
const ENGLISH_VERB_BEFORE = new RegExp(String.raw`(continue[ds]?|start(?:ed)?|resumed?|(?:switched|changed)\s+to|began|received|completed|underwent|s\/p|status\s+post)\s*(?:(?:${ENGLISH_ORDINAL_WORD}|\d+(?:st|nd|rd|th))[- ]line\s+)?(?:(?:adjuvant|neoadjuvant|palliative)\s+)?(?:(\d{1,2}|${ENGLISH_COUNT_WORD})\s+(?:cycles?|courses?)\s+of\s+)?(?:(?:weekly|bi-?weekly|tri-?weekly|dose-dense|oral|intravenous|IV|maintenance)\s+)?$`, 'i');
// Nivo+Ipi x4, ×4: courses counted in English shorthand; × also against the word before it (CDDP weekly×5), x not (box5).
const TIMES = /(?:(?:^|\s)[x×]|(?<=[A-Za-z)）])×)\s?(\d{1,2})(?![0-9A-Za-z%/]|\.[0-9])/;
// …but N回 right after the drug is its count (wPTX 12回, Pembro 3回投与, R-CHOPを6回受けて), unless a dose or
// fraction follows (60Gy/30回 is not after a drug; 2回/日 is a frequency).
// (What after 回 makes it no count: the Nth, a frequency, a share.)
const TIMES_NOT_COUNT = String.raw`[目/／]|\s*[/／]|毎|ずつ`;
const TIMES_AFTER_DRUG = new RegExp(String.raw`^\s*(?:を\s*)?(\d{1,2})\s*回(?!${TIMES_NOT_COUNT})`);
// …and a total of doses, wherever the window says it (…、以後250mg/m2 毎週、計8回投与）): given, and over.
// (Not a bound or a guess: 計10回以上.)
const TOTAL_TIMES = new RegExp(String.raw`計\s*(\d{1,2})\s*回(?!${TIMES_NOT_COUNT}|\s*(?:以上|以下|未満|程度|前後))`);
// What stands between a chain and a range written right after it (ドセタキセル 2023/3～, Pembro単剤 (2023/8-2024/6, PD)), the line it is taken out.
const RANGE_AFTER_CHAIN_GAP = /^(?:単剤|療法|単独|維持(?:療法)?)?[\s:：]*[(（]?\s*$/;
// A line written after the chain: アムルビシン単剤 2nd line 開始, GnP療法（1次治療）を行い,
// PEM＋Pembro維持療法（1次治療）, エンハーツによる3次治療中, オニバイドと5-FUとレボホリナートの2次治療に変えて.
const LINE_AFTER = new RegExp(`^\\s*(?:単剤|療法|単独|維持(?:療法)?)?\\s*(?:を|で|による|での|の|[(（])?\\s*(?:${LINE.source})`, 'i');
// Whether a therapy may be given, asked (導入の可否) or allowed (投与で差し支えない), in its sentence after it.
const ASKED_OR_ALLOWED = /^[^。]{0,40}?(?:(?:導入|投与|開始|継続|使用|併用)の?可否|差し支え(?:ない|ありません|なし))/;
// A count planned and then not what was given, right after the drugs: 4コース予定のところ、3コースで; 8コース予定であったが、;
// 8コース予定も4コースで; を8コース予定していたが; 4コース予定 → 3コースで.
const PLANNED_BUT_GIVEN = /^\s*(?:を\s*)?\d+\s*(?:コース|クール|サイクル|回)\s*(?:の)?予定(?:(?:のところ|であったが|だったが|でしたが|していたが|も)\s*[、,]?|\s*(?:→|->|⇒))(?=\s*\d+\s*(?:コース|クール|サイクル|回))/;
// The units a planned length or count is told in (12か月予定で開始, 1年予定, 6コース予定).
const PLANNED_LENGTH_UNIT = '(?:か月|ヶ月|カ月|ケ月|年|週|コース|クール|サイクル|回)';
// A length planned, right after the chain and closing its clause: アテゾリズマブ 維持 1年予定, CDDP+VNR 4コース予定.
const LENGTH_PLANNED_AFTER = new RegExp(String.raw`^\s*(?:維持(?:療法)?|療法|単剤)?\s*\d+\s*${PLANNED_LENGTH_UNIT}間?(?:の)?予定(?=\s*(?:[。、,]|$))`);
// A count planned: 9サイクル予定, 計12回の予定.
const PLANNED_COUNT = /\d+\s*(?:回|コース|サイクル|クール|cycles?|courses?)\s*(?:の)?予定/g;
// A total planned, in parentheses: （2か月毎、計12回予定）, （6コース予定）.
const PLANNED_TOTAL = /[(（][^()（）]*\d+\s*(?:回|コース|サイクル|クール|cycles?|courses?)\s*予定[^()（）]*[)）]/g;
// …or a planned time or count the therapy is begun for: 12か月予定で開始, 1年間の予定で内服開始, 6コース予定で導入.
// (…also before the day it began: 9サイクル予定、2025/5/19 より開始.)
const PLANNED_DURATION = new RegExp(String.raw`\d+\s*${PLANNED_LENGTH_UNIT}間?の?予定(?:で|\s*[、,])(?=\s*(?:[0-9/.年月日]+\s*(?:より|から)\s*)?(?:内服)?(?:開始|導入|施行|投与))`, 'g');
// …or in parentheses after the verb (T-DXd 開始（3rd line）).
// (Also in code-switched English after a monotherapy word: pembro monoでstart (1st line).)
const LINE_AFTER_VERB = new RegExp(`^\\s*(?:mono(?:therapy)?\\s*)?(?:を|で)?\\s*(?:開始|導入|再開|継続|施行|投与|start(?:ed)?)中?\\s*[(（]\\s*(?:${LINE.source})\\s*[)）]`, 'i');
// …or after a comma, spelled out as a line (T-DXd 6.4mg/kg, 3rd line); not a label of the next chain (…, 2nd: RAM).
const LINE_AFTER_COMMA = /^\s*[,、]\s*(\d+)\s*(?:st|nd|rd|th)\s*-?\s*(?:line\b|ライン)/i;

interface Chain {
  a: number;
  /** Where the last drug name ends, before any dose or parenthetical attached to it. */
  namesEnd: number;
  b: number;
  drugs: string[];
  regimen: string;
  dose?: string;
  regimenOnlyAlone: boolean;
  /** Every drug of it is only ever instilled into the bladder (BCG: drugs.tsv class `intravesical`). */
  intravesicalOnly: boolean;
}

/** True when two hits name the same drugs in their first reading (トレチノイン and ATRA). */
const sameDrugs = (x: LexiconHit<DrugEntry[]>, y: LexiconHit<DrugEntry[]>) => x.value[0]!.drugs.join() === y.value[0]!.drugs.join();

// What a therapy is given as, told after it: 術後補助療法として, 術前化学療法として (the first group: before the operation).
const INTENT_AS = /(?:(術前)(?:補助)?|術後補助|補助)(?:化学|内分泌|薬物)?療法\s*として/;
// A parenthesis holding drug names only, once they are blanked: （オニバイド）, （Cape+L-OHP）.
const DRUGS_ONLY_PAREN = /^[ \t]*(?:療法)?[ \t]*[(（][\s+＋・/、,]*[)）]$/;
// A dose in a parenthesis: an amount with its unit or an AUC.
const DOSE_IN_PARENTHESIS = /\d\s*(?:mg|μg|mcg|g(?![A-Za-z])|mL|ml|単位|U(?![A-Za-z])|%)|AUC\s*\d/i;
/** Chains of drug/regimen names joined by + / ・ and their inline doses. */
function findChains(t: string, noteText: string, hits: LexiconHit<DrugEntry[]>[]): Chain[] {
  const chains: Chain[] = [];
  let i = 0;
  while (i < hits.length) {
    const parts: LexiconHit<DrugEntry[]>[] = [hits[i]!];
    let end = hits[i]!.end;
    let doses: string[] = [];
    let closedByCourseDates = false;
    const takeAttachments = () => {
      // An inline dose (80mg/day, AUC5) or a parenthetical (AUC5)(weekly) stays with its drug.
      // (Not one opening with the course given, （1コース目 Day1、…）: that is the chain's status, read after it.)
      for (;;) {
        const p = PAREN.exec(t.slice(end));
        // (Nor an item number, a circled one normalised: …（2023.4～2023.10, 6コース）②DTX+RAM.)
        // (Nor one that tells the drug's status, （心房細動のため中止）: read after the chain as the status is.)
        if (p && !drugs().find(p[0]).length && !COURSE_IN_PARENTHESES.test(p[0]) && !ITEM_NUMBER_PAREN.test(p[0]) && !STATUS_IN_PARENTHESES.test(p[0])) {
          closedByCourseDates ||= COURSE_DATES_IN_PARENTHESES.test(p[0]);
          end += p[0].length;
          continue;
        }
        const d = DOSE_AFTER.exec(t.slice(end));
        if (d) {
          doses.push(d[1]!);
          end += d[0].length;
          continue;
        }
        // …and how it is given, in plain words, before the next drug (オキサリプラチンの点滴とTS-1、オプジーボ).
        const route = t.charCodeAt(end) === 0x306e ? ROUTE_BEFORE_NEXT.exec(t.slice(end, end + 12)) : null;
        if (route) {
          end += route[0].length;
          continue;
        }
        // …and its schedule (75mg/m2 3週毎 + …, 600mg 1日2回 併用).
        const schedule = doses.length ? SCHEDULE_AFTER.exec(t.slice(end)) : null;
        if (schedule) {
          end += schedule[0].length;
          continue;
        }
        break;
      }
    };
    takeAttachments();
    // A drug naming a class of therapy in parentheses, joined to more after the parenthesis
    // (ADT (デガレリクス) + エンザルタミド): one chain from the class word.
    // (The class pattern only where a parenthesis opens right before the drug: it backtracks over every start.)
    const before16 = t.slice(Math.max(0, hits[i]!.start - 16), hits[i]!.start);
    const classWord = /[(（]\s*$/.test(before16) ? CLASS_BEFORE_PAREN.exec(before16) : null;
    let classClosed = false;
    let j = i + 1;
    while (j < hits.length && !closedByCourseDates) {
      const gap = t.slice(end, hits[j]!.start);
      // The drug's own name again in parentheses, then the next drug (トレチノイン（ATRA）＋亜ヒ酸（ATO）):
      // the chain goes on past it. (Only where the gap opens a parenthesis: this runs at every join.)
      const again = PAREN_OPENS.test(gap) && j + 1 < hits.length && sameDrugs(hits[j]!, parts[parts.length - 1]!) ? PAREN.exec(t.slice(end)) : null;
      if (again && hits[j]!.end <= end + again[0].length) {
        const after = t.slice(end + again[0].length, hits[j + 1]!.start);
        if (CONNECTOR.test(after) && CONNECTOR.exec(after)![0].length === after.length) {
          end += again[0].length;
          j++;
          continue;
        }
      }
      if (classWord && !classClosed && CLOSE_THEN_CONNECTOR.test(gap)) classClosed = true;
      else if (!CONNECTOR.test(gap) || CONNECTOR.exec(gap)![0].length !== gap.length) break;
      parts.push(hits[j]!);
      end = hits[j]!.end;
      takeAttachments();
      j++;
    }
    // A drug added in parentheses after the chain and its courses (TC療法 6サイクル（+Bev）)
    // joins it; the courses stay outside the chain for its status.
    let addedParts: LexiconHit<DrugEntry[]>[] = [];
    const added = PLUS_PAREN.exec(t.slice(end));
    if (added) {
      const from = end + added[0].length - added[1]!.length - 1;
      const to = end + added[0].length;
      let q = j;
      while (q < hits.length && hits[q]!.start < from) q++;
      const inside: LexiconHit<DrugEntry[]>[] = [];
      while (q < hits.length && hits[q]!.end <= to) inside.push(hits[q++]!);
      if (inside.length) {
        addedParts = inside;
        j = q;
      }
    }
    // A parenthetical right after the chain that only spells out its drugs or doses
    // (XELOX（Cape+L-OHP）, SOX+Nivo（S-1 120mg/day、…）) belongs to it.
    // (Not one opening with the course given: （1コース目 Day1、アミバンタマブは分割投与）.)
    const p = CHAIN_PAREN.exec(t.slice(end));
    const parenNamesDrugs = !!p && !COURSE_IN_PARENTHESES.test(p[0]) && drugs().find(p[0]).length > 0;
    let k = j;
    let parenEnd = end;
    if (p) {
      if (parenNamesDrugs) {
        end += p[0].length;
        parenEnd = end;
        while (k < hits.length && hits[k]!.start < end) k++;
        // (A dose, not a digit a spelling holds: S-1（TS-1）100mg/日 has its dose after the parenthesis.)
        if (DOSE_IN_PARENTHESIS.test(p[0])) doses = [p[0].replace(/^\s*(?:療法)?\s*[(（]|[)）]$/g, '').replace(/[、,]?\s*q\d+w|[、,]?\s*\d+週毎/g, '').trim()];
        // A dose after the brand in parentheses: オシメルチニブ（タグリッソ）80mg.
        else {
          const d = DOSE_AFTER.exec(t.slice(end));
          if (d) {
            doses.push(d[1]!);
            end += d[0].length;
            // …and its schedule, as for a dose without the brand (SG（…）10mg/kg day1,8 q3w 2025/2/3～).
            const schedule = SCHEDULE_AFTER.exec(t.slice(end));
            if (schedule) end += schedule[0].length;
          }
        }
      }
    }
    let a = classClosed ? hits[i]!.start - classWord![0].length : parts[0]!.start;
    // A protocol's code with the chain its parenthesis spells out (DD-4A（VCR/ActD/DOX）) is the regimen's name.
    const code = !classClosed && !p ? PROTOCOL_CODE_BEFORE.exec(t.slice(Math.max(0, a - 16), a)) : null;
    const codeClose = code ? CLOSE_AFTER_CHAIN.exec(t.slice(end)) : null;
    if (code && codeClose) {
      a -= code[0].length;
      end += codeClose[0].length;
      parenEnd = end;
    }
    const neighbours = t.slice(Math.max(0, a - 40), end + 40);
    const entries = parts.map((h) => pick(h.value, noteText, neighbours));
    const names = new Set<string>();
    for (const e of entries) for (const d of e.drugs) names.add(d);
    for (const h of addedParts) for (const d of pick(h.value, noteText, neighbours).drugs) names.add(d);
    // (A parenthesis naming nothing but drugs, one not the chain's own spelled again, adds it: 5FU/LV（オニバイド）
    // is nal-IRI with 5-FU and LV; XELOX（Cape+L-OHP） and S-1（TS-1） only spell the chain's out.)
    if (p && parenNamesDrugs && k > j) {
      const parenHits = hits.slice(j, k);
      const parenStart = parenEnd - p[0].length;
      let rest = t.slice(parenStart, parenEnd);
      for (const h of parenHits) rest = rest.slice(0, h.start - parenStart) + ' '.repeat(h.end - h.start) + rest.slice(h.end - parenStart);
      if (DRUGS_ONLY_PAREN.test(rest)) for (const h of parenHits) for (const d of pick(h.value, noteText, neighbours).drugs) names.add(d);
    }
    let regimenEnd = parts[parts.length - 1]!.end;
    if ((p && parenNamesDrugs && !/\d/.test(p[0]) && !/^\s*療法/.test(p[0])) || codeClose) regimenEnd = parenEnd;
    let regimen = t.slice(a, regimenEnd).replace(/(療法|単剤|単独)$/, '');
    // (…once: a parenthesis right after the chain is in the regimen as written already, CBDCA+PEM（+Pembro）.)
    for (const h of addedParts) if (h.end > regimenEnd) regimen += `+${h.spelling}`;
    chains.push({
      a,
      namesEnd: parts[parts.length - 1]!.end,
      b: end,
      drugs: [...names].sort(),
      regimen,
      ...(doses.length === 1 && parts.length === 1 ? { dose: doses[0] } : doses.length && p ? { dose: doses[0] } : {}),
      regimenOnlyAlone: entries.every((e) => e.drugClass === 'regimen-only'),
      intravesicalOnly: entries.every((e) => e.drugClass === 'intravesical'),
    });
    i = Math.max(k, j);
  }
  return chains;
}

// A lung or liver segment written S1: with another segment (S1+2, S1/S2, S1・S3), an act on
// it (S1区域切除), or an organ or lobe before it (肝S1, 右上葉S1).
const SEGMENT_AFTER = /^\s*(?:[+/・,、]\s*S?\d|区域|亜区域|切除|領域)/;
const SEGMENT_BEFORE = /(?:肺|肝|葉|右|左)\s*$/;
function isSegment(t: string, a: number, b: number): boolean {
  return SEGMENT_AFTER.test(t.slice(b, b + 6)) || SEGMENT_BEFORE.test(t.slice(Math.max(0, a - 3), a));
}

// A therapy word, its status verb, then an open parenthesis listing its parts: 療法開始（放射線 70Gy/35fr＋.
const THERAPY_VERB_THEN_PARTS = /(?:療法|治療)\s*を?\s*((?:開始|導入|施行|実施|継続|完遂|終了|中止)(?:した?)?)\s*[(（][^()（）]*$/;

type Status = NonNullable<MedicationEvent['status']>;

// A therapy continued (not inside discontinue).
// (…also in other words: 続行, and 続けてきた, 続けている, 続けた.)
const CONTINUED = /継続|続行|続け(?:てき|てい|てお|た)|(?<![A-Za-z])continued?|ongoing/i;

// Maintenance named alone after a chain, its details in parentheses: → レナリドミド維持, PEM＋Pembro維持療法（1次治療）.
const MAINTENANCE_ALONE = /^\s*(?:療法)?\s*維持(?:療法)?\s*(?:[(（][^()（）]*[)）])?\s*[。、,]?\s*$/;

// Given with another therapy, right after the chain (…）併用, 4コースに同時併用, 併用の化学放射線療法): no status of its own,
// the clause's verb or the range gives it. (Not 併用療法, the name of the combination, which a verb follows.)
const COMBINED_AFTER = /^\s*(?:[(（][^()（）]*[)）])?\s*(?:\d+\s*(?:コース|クール|サイクル)\s*)?(?:に|を|と)?\s*(?:同時)?併用(?!療法)/;

const VERBS: [RegExp, Status][] = [
  [/中止|中断(?!後)|discontinue[ds]?|stopped/i, 'stopped'],
  [/終了|完遂|完了|completed|finished/i, 'completed'],
  // (…and a first dose given: デガレリクス初回投与; and a drug added to what is given: エンザルタミド追加, Bevを追加.)
  [/開始|導入|初回投与|(?<![\p{Script=Han}])追加(?!照射|切除|手術|治療)|始め(?:る|た|て|ます|まし)|(?<!re)started|(?<!re)start(?!ed)/iu, 'started'],
  // A switch to the chain (エンザルタミドへ変更, ニボルマブ単剤に切り替え) starts it; only
  // right after the chain, so that a dose change (…の投与量を変更) is not one.
  // (…also to the line it makes, and as said aloud: オニバイドと5-FUとレボホリナートの2次治療に変えて;
  // and to it alone as maintenance, 単剤 written either side of 維持: デュルバルマブ単剤維持へ移行.)
  [/^\s*(?:単剤|単独)?(?:維持)?(?:療法|単剤|単独)?\s*(?:(?:の|による)\s*[1-9１-９一二三四五]次治療\s*)?(?:(?:に|へ)(?:治療)?(?:変更|切り替え|切り替|切替|移行|変え(?:て|た|まし))|へ\s*$)/, 'started'],
  // (…投与済み: given already.)
  // (…and plain 行った, 行い: GnP療法を行い、…; not 行う, said of what is to come.)
  // (The polite non-past, 療法を行います, is what is to be done: see isToBeGiven.)
  // (…施行中 and 実施中 say under way: see below.)
  // (…and received or treated, as told in plain words: R-CHOPを6回受けて, …の治療を受けた, …と治療され、.)
  // (…and taken by mouth, told in the past: 飲みました, のんだ, 飲んでいました.)
  [/施行(?!中)|実施(?!中)|やってき|やった|行ってき|行っ(?:た|て)|行い|投与済み?|飲み(?:ました|終え)|(?:飲|の)ん(?:だ(?!ら|場合)|でいました)|を\s*(?:\d+\s*(?:回|コース|クール|サイクル)\s*)?受け(?:た|て(?![いお])|まし)|(?:と|で|にて)\s*(?:治療|加療)され(?!て[いお])/, 'completed'],
  [CONTINUED, 'ongoing'],
  [/施行中|実施中|を\s*受けて(?:いる|います|おり)|(?:と|で|にて)\s*(?:治療|加療)されて(?:いる|います|おり)/, 'ongoing'],
  // (…and taken by mouth in other words: 服用中, 毎日1錠のんでいます; not a history of it, 服用歴.)
  [/投与(?!量)|皮下注|点滴|内服中|内服|服用中|服用(?!歴)|(?:飲|の)んで(?:い(?:ます|る)?(?!まし)|おり(?:ます)?)/, 'ongoing'],
  [/\bmaint(?:enance|\.)/i, 'started'],
  // A cell therapy given once (ide-cel輸注, axi-cel infused); maintenance named alone after a chain (→ レナリドミド維持).
  [/^\s*(?:\([^()]*\)|（[^（）]*）)?\s*(?:を)?輸注|^\s*(?:was\s+)?infused\b/, 'completed'],
  [MAINTENANCE_ALONE, 'started'],
  // Treated with it (オシメルチニブ 80mgで治療, …にて加療中).
  [/^\s*(?:単剤|単独)?\s*(?:で|にて)(?:維持)?(?:治療|加療|療法)中/, 'ongoing'],
  // Under it now, as maintenance or as a numbered line (ニボルマブ単剤で維持中, GnP療法 2次治療中).
  [/^\s*(?:療法|単剤|単独)?\s*(?:(?:で|にて)\s*)?(?:維持(?:療法)?|[1-9１-９一二三四五]次治療)中/, 'ongoing'],
  [/^\s*(?:で|にて)(?:治療|加療)(?!予定|方針|を検討)/, 'started'],
];

// What may open a history row before its regimen, dates aside: a mark, a short label, the therapy it is part of,
// perhaps after what it answered (2024年8月 縦隔リンパ節再発 → 化学放射線療法（CBDCA+PTX, 60Gy/30fr）).
const HISTORY_ROW_OPENING = /^[\s・●○■◆*★☆※\-]*(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}\s*[:：])?\s*(?:(?:[^→\n。、]{1,16}?\s*(?:→|->)\s*)?(?:CRT|化学放射線療法|化学療法)\s*[(（])?\s*$/u;
// What may follow an open range to say the therapy goes on: 2026/6～継続中, 2024/3～、投与中.
const STILL_GIVEN_AFTER = /^[\s、,]*(?:継続中?|投与中|内服中|治療中|加療中|ongoing)/i;
// What the chain before took with it in parentheses: 療法（1次治療）.
const ATTACHED_PARENTHESIS = /^(?:療法|単剤)?\s*[(（][^()（）]*[)）]/;
// An item of a dated list, up to the next item's date: 療法（1次治療）、[date]より.
const LISTED_ITEM_END = /^(?:療法|単剤)?\s*(?:[(（][^()（）]*[)）])?\s*[、,]\s*(?:より|から)\s*$/;

/** True when the text from a chain's end `b` to the next chain `nextA` is only the separator and the date the next item is given from. */
function listedBefore(ctx: NoteContext, b: number, nextA: number): boolean {
  const rest = ctx.datesIn(b, nextA).length === 1 ? ctx.textWithoutDates(b, nextA) : undefined;
  return rest !== undefined && LISTED_ITEM_END.test(rest);
}

// A stop told with no drug named: 投与を中止, 投与中止された, 内服を中止 (not 投与中止後, a time counted from one).
// (…also told by the therapy's class: TKI中止, ICI中止, 化学療法を中止.)
const ANAPHORIC_STOP = /(?:(?:TKI|ICI|免疫チェックポイント阻害薬|化学療法|抗(?:癌|がん)剤)\s*(?:の)?\s*(?:投与|内服|服用)?|投与|内服|服用)\s*(?:を|は|が)?\s*中止(?!後)/g;
// What makes the stop one to come, one supposed or one said needless: 中止する, 中止予定, 中止を検討, 中止は不要.
const STOP_NOT_DONE = /^\s*(?:する|します|予定|を検討|も(?:考慮|検討)|の(?:方針|可能性|必要)|すべき|が望ましい|基準|(?:は|も)?\s*不要|は(?:必要|行わ|せず|しない))/;
// What ends the text a stop may look back over for its therapy: a blank line or a bracketed heading.
const PARAGRAPH_BREAK = /\n\s*\n|【/;

/**
 * Stops told with no drug named (４コース投与後に…を認め，投与中止されたが; スニチニブによる骨髄抑制を疑い，投与を中止し):
 * the therapy the last drug named before, in the paragraph and within 300 characters, belongs to, stopped then,
 * its line carried. Not a stop a drug's own event already reads, nor one whose 投与 is of something the dictionary
 * does not hold (PSL投与を中止, 抗菌薬投与中止).
 */
function anaphoricStops(ctx: NoteContext, chains: Chain[], events: MedicationEvent[]): MedicationEvent[] {
  const t = ctx.text;
  const stops: MedicationEvent[] = [];
  for (const m of matchesOf(ANAPHORIC_STOP, t)) {
    const at = m.index;
    if (/[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]/u.test(t[at - 1] ?? '') || STOP_NOT_DONE.test(t.slice(at + m[0].length, at + m[0].length + 6))) continue;
    const original = ctx.original(at);
    if (events.some((e) => e.evidence && e.evidence.start <= original && original < e.evidence.end)) continue;
    const chain = chains.findLast((c) => c.b <= at && at - c.b <= 300);
    if (!chain || PARAGRAPH_BREAK.test(t.slice(chain.b, at)) || /予定|方針|検討/.test(t.slice(sentenceAt(t, at)[0], at))) continue;
    const told = events.findLast((e) => e.drugs.join() === chain.drugs.join() && e.evidence && e.evidence.start < original);
    if (!told || told.status === 'stopped' || told.status === 'completed') continue;
    const stop: MedicationEvent = { type: 'medication', drugs: told.drugs, regimen: told.regimen, status: 'stopped', evidence: ctx.evidence(at, at + m[0].length), date: ctx.dateAt(at) };
    if (told.line !== undefined) stop.line = told.line;
    stops.push(stop);
  }
  return stops;
}

/** Whether the status verb read from `window` is of giving, in the non-past (…を施行する, 投与を行う, 療法を行います). */
function isToBeGiven(st: ReturnType<typeof statusIn>, window: string): boolean {
  if (!st.verb) return false;
  const after = window.slice(st.end);
  return st.verb === '行い' ? TO_BE_GIVEN_POLITE.test(after) : /^(?:施行|実施|投与)$/.test(st.verb) && TO_BE_GIVEN.test(after);
}

// What a later clause names before its verb as that verb's object: a word in katakana (セベラマー, フロセミド), a
// medicine's kind (制吐剤, 降圧薬) or an abbreviation the dictionary does not hold, given (MINO投与を開始).
// (…or an operation: GnP 2コース後、2026/6/10 亜全胃温存膵頭十二指腸切除術（SSPPD）施行.)
// (Not a count of courses: 4コース終了.)
const OTHER_OBJECT_BEFORE_VERB = /(?:術|切除|摘除|摘出|郭清)(?:\s*[(（][^()（）]*[)）])?\s*(?:を|の)?\s*$|(?<![\d\p{Script=Katakana}ー]\s*)(?!(?:コース|クール|サイクル)(?![\p{Script=Katakana}ー]))[\p{Script=Katakana}ー]{3,}\s*(?:を|の)?\s*$|[\p{Script=Han}]{1,4}[薬剤]\s*(?:を|の)?\s*$|(?<![A-Za-z0-9])[A-Z][A-Z0-9-]{1,9}\s*(?:投与|内服)\s*(?:を|の)?\s*$/u;

// English for taken from a day on, right after the drug and its dose; not from one day to another.
// (…or since it: osimertinib 80 mg daily since 2024/3, taken still.)
const FROM_DAY = /^[^,;.。、]{0,24}?(?<![A-Za-z])(from|since)(?=\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s))(?!\s+\S+(?:\s+\d{4})?\s+(?:to|through|until|-|~)\s)/i;

/**
 * The status a window of text after a chain gives: the strongest verb (中止 over
 * 終了 over 開始 over 施行 over 継続 over 投与: 継続し、計1年で終了 is completed),
 * and a cycle count written before it (not in a later plan such as 計9サイクル予定).
 */
function statusIn(window: string): { status?: Status; end: number; cycles?: number; nth?: boolean; final?: boolean; verb?: string } {
  // A verb that is itself planned (開始、本日4コース目終了予定) is not the status; offsets are kept.
  if (window.includes('予定')) window = window.replace(PLANNED_VERB, (v) => '\u3000'.repeat(v.length));
  let best: { status: Status; start: number; end: number; rank: number; verb: string } | undefined;
  // VERBS is in rank order: the first that matches is the strongest.
  for (let rank = 0; rank < VERBS.length && !best; rank++) {
    const [re, status] = VERBS[rank]!;
    const m = re.exec(window);
    if (m) best = { status, start: m.index, end: m.index + m[0].length, rank, verb: m[0] };
  }
  const out: { status?: Status; end: number; cycles?: number; nth?: boolean; final?: boolean; verb?: string } = { end: 0 };
  // (A count planned, 9サイクル予定、…より開始, is not the courses given.)
  let upTo = best ? window.slice(0, best.end) : window;
  if (upTo.includes('予定')) upTo = upTo.replace(PLANNED_COUNT, (v) => '\u3000'.repeat(v.length));
  // (A total is read only where no other count is: it is the last resort, and rarely written.)
  let total: RegExpExecArray | null = null;
  const cycles = CYCLES.exec(upTo) ?? TIMES.exec(upTo) ?? TIMES_AFTER_DRUG.exec(upTo) ?? ENGLISH_CYCLES.exec(upTo) ?? (total = TOTAL_TIMES.exec(upTo));
  if (cycles) {
    out.cycles = countOf((cycles[1] ?? cycles[4] ?? cycles[5])!);
    out.nth = !!(cycles[2] ?? cycles[3] ?? cycles[4] ?? cycles[5]);
    out.end = cycles.index + cycles[0].length;
  }
  // A cycle and day in parentheses after the verb count too (1mg 投与（C1D1）).
  const cycleAfter = best && !cycles ? CYCLE_DAY_AFTER.exec(window.slice(best.end)) : null;
  if (cycleAfter) {
    out.cycles = Number(cycleAfter[1]);
    out.nth = true;
  }
  // No verb, no cycles, a duration (術後Tmab 1年, タモキシフェン5年): a course given for that long.
  // (Its end is the status's: what follows it may make it a plan, CAPOX 3か月を予定.)
  const duration = !best && !cycles ? DURATION.exec(window) : null;
  if (duration) {
    out.status = 'completed';
    out.end = duration[0].length;
  }
  // No verb, no cycles, no duration, a day it was taken from (entrectinib 600 mg daily from 2025-07-01): started then,
  // or ongoing since then.
  const fromDay = !best && !cycles && !duration ? FROM_DAY.exec(window) : null;
  if (fromDay) {
    out.status = fromDay[1]!.toLowerCase() === 'since' ? 'ongoing' : 'started';
    out.end = fromDay.index + fromDay[0].length;
  }
  if (best) {
    out.status = best.status;
    // (Begun since a day is under way: Olaparib maintenance since 2024/12.)
    if (best.status === 'started' && FROM_DAY.exec(window.slice(best.end))?.[1]!.toLowerCase() === 'since') out.status = 'ongoing';
    // Taken for a time, told in the past (S-1を1年間内服した, 6か月間投与した): a course given and over.
    if (best.status === 'ongoing' && /^(?:投与|内服|服用)$/.test(best.verb) && DURATION_BEFORE.test(window.slice(0, best.start)) && /^\s*し(?:た|ました)/.test(window.slice(best.end))) out.status = 'completed';
    // (…and given a total of times: 計8回投与.)
    if (best.status === 'ongoing' && best.verb === '投与' && total && total.index + total[0].length <= best.start) out.status = 'completed';
    out.verb = best.verb;
    // 6コース目で終了 ends the therapy at that course, as does one ended for a reason (7コース目（PDのため終了）);
    // 1サイクル目終了 ends a course of it.
    out.final = best.rank <= 1 && !!cycles && /^\s*(?:で|にて|[(（、,]?\s*[^()（）。、\n]{1,12}(?:のため|により|につき))\s*$/.test(window.slice(out.end, best.start));
    out.end = Math.max(out.end, best.end);
  }
  return out;
}

/**
 * Medication events: a chain with a status verb (開始, 継続, 施行, 終了, 中止…) or a
 * cycle count in its own clause. `予定`, `検討`, `目的` make it a plan; a chain with
 * neither verb nor cycles (Pembro後のPD) is a back-reference. Line and intent
 * written for a regimen carry to its later status events in the note.
 */
export function extractMedications(ctx: NoteContext): MedicationEvent[] {
  const t = ctx.text;
  // A name whose only reading needs a context the note lacks is not a drug here (MAP outside
  // an osteosarcoma note is a blood pressure).
  // (Nor is S1 a drug where it is a lung or liver segment: S1+2+S3切除, 肝S1, S1区域.)
  const hits = ctx.hits.drugs.filter((h) => (h.value.length > 1 || !h.value[0]!.context || h.value[0]!.context.test(t)) && !(h.spelling === 'S1' && isSegment(t, h.start, h.end)));
  const chains = findChains(t, t, hits);
  const events: MedicationEvent[] = [];
  const history: { drugs: string[]; line?: number; intent?: MedicationEvent['intent']; over?: boolean }[] = [];

  chains.forEach((c, idx) => {
    const [ss, se] = sentenceAt(t, c.a, c.b);
    const next = chains[idx + 1];
    // (English sentences end at '. ', which the sentence scan does not see: …on letrozole since 2020. Recurrence … started.)
    const windowEnd = englishSentenceEndAfter(t, c.b, Math.min(se, next && next.a > c.b ? next.a : se));
    // (A planned count not reached, CAPOX 4コース予定のところ、3コースで…終了, is read as the count given; offsets are kept.)
    const window = t.slice(c.b, windowEnd).replace(PLANNED_BUT_GIVEN, (v) => '\u3000'.repeat(v.length));
    // Line and intent written before the chain in its sentence (after any earlier chain).
    let prevEnd = Math.max(ss, chains[idx - 1] && chains[idx - 1]!.b > ss ? chains[idx - 1]!.b : ss);
    // (Not what the chain before took with it: GnP療法（1次治療）、同年10月より… is no first line of what follows;
    // nor the line written after it, …の2次治療に変えて、今日でオニバイド7コース目.)
    if (prevEnd > ss) {
      const between = t.slice(prevEnd, c.a);
      prevEnd += (ATTACHED_PARENTHESIS.exec(between) ?? LINE_AFTER.exec(between))?.[0].length ?? 0;
    }
    const before = t.slice(prevEnd, c.a);
    const lineStart0 = t.lastIndexOf('\n', c.a - 1) + 1;
    let line: number | undefined;
    const lineMarks = lineMarksIn(before);
    for (const m of lineMarks) line = lineNumber(m);
    // An ordinal right before the chain is its line (2nd AMR, 3rd T-DXd, 2次 DTX+RAM).
    const ordinal = line === undefined ? (ORDINAL_BEFORE.exec(before) ?? LINE_SHORT_BEFORE.exec(before) ?? LINE_JI_BEFORE.exec(before)) : null;
    if (ordinal) line = KANJI_NUM[ordinal[1]!] ?? Number(ordinal[1]);
    const rowLine = line === undefined ? LINE_CELL.exec(t.slice(lineStart0, c.a)) : null;
    if (rowLine) line = rowLine[1] ? (KANJI_NUM[rowLine[1]] ?? Number(rowLine[1])) : Number(rowLine[2] ?? rowLine[3]);
    const lineAfter = line === undefined ? (LINE_AFTER.exec(window) ?? LINE_AFTER_COMMA.exec(window) ?? LINE_AFTER_VERB.exec(window)) : null;
    if (lineAfter) line = lineNumber(lineAfter);
    // …or in a parenthetical the chain took with it (SOX+Nivo（1次治療）).
    const attached = t.slice(c.namesEnd, c.b);
    line ??= firstLineIn(attached);
    let intent: MedicationEvent['intent'];
    if (/術前|neoadjuvant/i.test(before)) intent = 'neoadjuvant';
    // (Not a recurrence after surgery: 肺腺Ca術後再発、タグリッソ継続.)
    // (Nor one given for spread found after it: 結腸癌術後、肝転移に対し….)
    else if (/術後(?!再発)(?![^。]*(?:転移|再発|播種)に対し)|adjuvant|\badj\./i.test(before)) intent = 'adjuvant';
    else if (/根治/.test(before)) intent = 'curative';
    // A line marker before a parenthesised drug (二次治療（T-DXd）) sets the line even if no event.
    const lineStart = lineMarks.length ? lineMarks[0]!.index : -1;
    const paren = /[(（]\s*$/.test(before);
    if (line !== undefined) history.push({ drugs: c.drugs, line, ...(intent ? { intent } : {}) });
    if (c.regimenOnlyAlone) return;
    // A drug of the chain before, spelled out in parentheses after its course (XELOX 6コース目（カペシタビン内服 day10）,
    // MAP 2コース（HD-MTX、CDDP＋DOX）), is that chain's; so is one in the parenthesis opened right after
    // the chain, a detail of its course (アミバンタマブ＋CBDCA＋PEM（1コース目 Day1、アミバンタマブは分割投与）).
    const prev = chains[idx - 1];
    if (prev && c.drugs.every((d) => prev.drugs.includes(d)) && /^[^、。()（）\n]{0,16}[(（]\s*(?:HD-|high-dose\s+|大量)?$|^\s*[(（][^()（）\n]{0,30}$/i.test(t.slice(prev.b, c.a))) return;
    // …and a drug prescribed on a line whose parenthesis then names the chain it is given in
    // (カペシタビン錠300mg 1回5錠 1日2回（朝夕食後）14日分、7日休薬（CAPOX療法 3コース目)): that chain's course.
    const nextChain = chains[idx + 1];
    if (nextChain && c.drugs.every((d) => nextChain.drugs.includes(d)) && nextChain.drugs.length > c.drugs.length && PRESCRIPTION_THEN_CHAIN.test(t.slice(c.b, nextChain.a))) return;
    // The clauses the chain opens and closes in.
    const [clauseStart] = clauseAt(t, c.a);
    const [, clauseEnd] = clauseAt(t, c.b);
    // A drug given into an artery (TACE（エピルビシン）, 肝動注 CDDP) or the peritoneal cavity during an
    // operation (HIPEC: マイトマイシンC) is local therapy, part of the procedure.
    if (/(?:TACE|TAE|TAI|HAIC|HIPEC|PIPAC|動注|動注化学療法)\s*[(（:]?\s*$/.test(t.slice(Math.max(0, c.a - 12), c.a))) return;
    // (…also with the route after it: 超選択的CDDP動注.)
    if (/^\s*(?:の)?(?:動注|動脈内投与|動脈内注入)/.test(window)) return;
    // …nor one given for another disease (関節リウマチ（MTX…）, ネフローゼ症候群に対しリツキシマブ,
    // 加齢黄斑変性に対し硝子体内ベバシズマブ).
    if (endsWithOtherIndication(t.slice(Math.max(clauseStart, c.a - 30), c.a))) return;
    // …nor is one instilled into the bladder (BCG膀胱内注入療法), as a drug the dictionary knows only
    // that way always is (P）BCG継続, after the instillations named above).
    if (/膀胱内/.test(c.regimen) || /^\s*(?:療法)?\s*膀胱内/.test(window) || c.intravesicalOnly) return;
    // A plan (【次回】…, 次回…, 退院時方針: …) is not an event, nor a purpose (入院目的：タルラタマブ導入);
    // read in the chain's sentence, as a plan said earlier on the line (CT予定。本日より…開始) is another matter.
    if (/次回|予定|方針|目的\s*[:：]/.test(t.slice(ss, c.a))) return;
    // …nor an option a discussion names (討議：ニボルマブ継続か変更か).
    if (isDiscussionLine(t, c.a)) return;

    // A drug named as the cause of an adverse event (ドセタキセルによる浮腫あり、フロセミド開始) is no status.
    if (/^\s*(?:による|に伴う|の副作用|関連の?)(?![^、。]*(?:療法|治療|投与))/.test(window)) return;
    // …併用なし, …は使用せず: not given.
    if (/^\s*(?:は|の)?\s*(?:併用|投与|使用)?\s*(?:なし|無し|せず|しない|は行わず|は行わない)/.test(window)) return;
    // …nor a stop said needless (R-CHOPは中断不要です), nor a time counted from its last dose (リツキシマブ最終投与後12か月まで).
    if (/^\s*(?:は|の)?\s*(?:中断|中止|休薬)(?:は)?(?:不要|の必要(?:は)?(?:なし|ない|ありません))|^\s*(?:の)?最終投与(?:日)?(?:後|から|より)/.test(window)) return;
    // …nor one said not tolerated (CDDP not tolerated after cycle 3, CDDP不耐のため): a remark on the patient, the course told elsewhere.
    if (NOT_TOLERATED_AFTER.test(window)) return;
    // …nor a drug whose label, effects or rules the clause is about (PEMの添付文書上、CCr 45未満は投与を推奨しない).
    if (/^\s*の\s*(?:添付文書|副作用|有害事象|適応|適正使用|用法|用量|投与基準|減量基準|休薬基準|承認|保険適用)/.test(window)) return;
    // …nor one a board proposes (Plan discussed: TNT with mFOLFOX6 x8 then CRT …).
    if (isProposalLine(t, c.a)) return;
    let st = statusIn(window);
    // Dated items listed before one verb of giving share it: 2025年2月よりGnP療法（1次治療）、同年10月より
    // オニバイド＋5-FU/l-LV（2次治療）を行ったが.
    if (!st.status && st.cycles === undefined && next && listedBefore(ctx, c.b, next.a)) {
      const shared = statusIn(t.slice(next.b, Math.min(se, chains[idx + 2]?.a ?? se)));
      if (shared.status === 'completed') st = { status: 'completed', end: 0 };
    }
    // What is to be given in a later clause is that clause's own object (エトポシド投与を継続し、…尿検査を実施する):
    // the chain's status is read from its own clause.
    if (isToBeGiven(st, window) && c.b + st.end > clauseEnd) st = statusIn(window.slice(0, clauseEnd - c.b));
    // …and so is a verb in a later clause whose object is written there, a drug the dictionary does not hold
    // (フチバチニブ継続、セベラマー開始): the chain's status is its own clause's, where that has one.
    else if (st.verb && c.b + st.end > clauseEnd) {
      const verbAt = c.b + st.end - st.verb.length;
      const ownClause = statusIn(window.slice(0, clauseEnd - c.b));
      // (…or its count alone, which says it given: GnP 2コース後、…切除術施行.)
      if ((ownClause.status || ownClause.cycles !== undefined) && OTHER_OBJECT_BEFORE_VERB.test(t.slice(clauseAt(t, verbAt)[0], verbAt))) st = ownClause;
    }
    // (…and the course given now, told in the clause after a verb of going on: …単独療法を継続中、現在25回目.)
    if (st.cycles === undefined && st.status === 'ongoing') {
      const nth = NTH_COURSE_NEXT_CLAUSE.exec(window.slice(st.end, st.end + 24));
      if (nth) {
        st.cycles = Number(nth[1]);
        st.nth = true;
        st.end += nth[0].length;
      }
    }
    // A record in label lines, レジメン：SOX+Nivo（1次治療） then コース：12コース目 Day1: the Nth
    // course of the regimen, given today.
    // (Maintenance is what the label's regimen is, no start: レジメン：PEM＋Pembro維持療法（1次治療）.)
    const regimenLabel = REGIMEN_LABEL.test(t.slice(lineStart0, c.a));
    if (regimenLabel && st.status === 'started' && MAINTENANCE_ALONE.test(window)) st = { end: 0 };
    let courseDay: DateMention | undefined;
    // (A record's day-of-giving field in the lines after the regimen's dates it: レジメン：PLD＋CBDCA　3コース目 / 投与日：2026/11/18.)
    if (regimenLabel) {
      let field = nextLineAt(t, c.b);
      for (let k = 0; k < 2 && field && !courseDay; k++, field = nextLineAt(t, field[1])) {
        if (GIVEN_ON_FIELD.test(t.slice(...field))) courseDay = ctx.datesIn(...field)[0];
      }
    }
    if (!st.status && st.cycles === undefined && regimenLabel) {
      const lineEnd = t.indexOf('\n', c.b);
      const course = lineEnd < 0 ? null : COURSE_LABEL_LINE.exec(t.slice(lineEnd + 1, lineEnd + 40));
      if (course) {
        st.cycles = Number(course[1] ?? course[2] ?? course[3]);
        st.nth = true;
        // (The day written on the course's line is the course's: コース：7コース目 Day1（2026/11/10）.)
        courseDay = ctx.datesIn(lineEnd + 1, lineAt(t, lineEnd + 1)[1])[0] ?? courseDay;
      }
    }
    // An adverse-event report's suspect drug and its period in two fields (被疑薬：T-DXd 5.4mg/kg, then
    // 投与期間：2024/9/3～2025/1/28（三次治療として8コース）): the period dates the therapy, closed given, open started.
    let periodField: DateMention | undefined;
    if (!st.status && st.cycles === undefined && DRUG_FIELD_LABEL.test(t.slice(lineStart0, c.a))) {
      const [nextStart, nextEnd] = nextLineAt(t, c.b) ?? [t.length, t.length];
      const rest = t.slice(nextStart, nextEnd);
      periodField = PERIOD_FIELD.test(rest) ? ctx.datesIn(nextStart, nextEnd).find((m) => m.range) : undefined;
      if (periodField) {
        st.status = periodField.range === 'open' ? 'started' : 'completed';
        const cycles = /(\d+)\s*(?:コース|クール|サイクル|cycles?|courses?)/i.exec(rest);
        if (cycles) st.cycles = Number(cycles[1]);
        line ??= firstLineIn(rest);
      }
    }
    // A regimen key in a structured record written YAML-style, its course in the record's other keys
    // (- line: 1 / ␣␣regimen: FOLFOXIRI+Bev / ␣␣period: 2024-12-10 ～ 2025-06-24 / ␣␣cycles: 12 / ␣␣status: 継続中):
    // the period dates it, closed given, open started; a status key says what it is now.
    if (!st.status && st.cycles === undefined && regimenLabel) {
      for (const [key, [vs, ve]] of recordFields(ctx, lineStart0)) {
        const value = t.slice(vs, ve);
        if (PERIOD_KEY.test(key)) {
          periodField = ctx.datesIn(vs, ve).find((m) => m.range);
          if (periodField) st.status ??= periodField.range === 'open' ? 'started' : 'completed';
        } else if (STATUS_KEY.test(key)) {
          const said = statusIn(value).status;
          if (said) st.status = said;
        } else if (CYCLES_KEY.test(key) && /^\d{1,2}$/.test(value.trim())) st.cycles = Number(value.trim());
        else if (LINE_KEY.test(key) && /^\d$/.test(value.trim())) line ??= Number(value.trim());
      }
    }
    // English puts the verb first: continue osimertinib (also past how it is given: Started weekly paclitaxel + bevacizumab).
    // (Switched to capecitabine: a switch starts it.)
    // (Received, in a history told in the past: given.)
    // (…before a verb in the parenthesis after it, a detail of the course: started tebentafusp weekly (dose escalation completed in C1).)
    const verbBefore = ENGLISH_VERB_BEFORE.exec(before);
    // (Where the parenthesis holding the status verb opens, if it does.)
    const statusParenthesis = st.status ? window.slice(0, st.end).search(/\s*[(（][^()（）]*$/) : -1;
    if ((!st.status || statusParenthesis >= 0) && verbBefore) {
      st.status = /^cont/i.test(verbBefore[1]!) ? 'ongoing' : /^(?:rec|comp|under|s\/p|status)/i.test(verbBefore[1]!) ? 'completed' : 'started';
      // (…and the count said before the drugs: received 4 cycles of FOLFOX, s/p six cycles of R-CHOP.)
      const count = verbBefore[2];
      if (count && st.cycles === undefined) st.cycles = countOf(count);
      // (The evidence then ends before that parenthesis.)
      if (statusParenthesis >= 0) st.end = statusParenthesis;
    }
    // A therapy's parts spelled out in parentheses after its verb (化学放射線療法開始（RT 70Gy/35fr＋CDDP 100mg/m2）)
    // take that verb, and the evidence opens at it.
    let verbBeforeAt: number | undefined;
    if (!st.status && st.cycles === undefined) {
      const partOf = THERAPY_VERB_THEN_PARTS.exec(before);
      if (partOf) {
        st = { ...statusIn(partOf[1]!), end: 0 };
        verbBeforeAt = prevEnd + partOf.index + partOf[0].indexOf(partOf[1]!);
      }
    }
    // A transplant's conditioning is named as given (移植… 前処置 Flu/Bu4), also by its intensity
    // in parentheses after the transplant (…移植（MAC: BU/CY）, （RIC：Flu/Mel）).
    // (…or alone in the parenthesis: 自家末梢血幹細胞移植（MEL200）.)
    if (!st.status && st.cycles === undefined && /(?:前処置\s*(?:[:：は]|として)?|[(（]\s*(?:MAC|RIC|RTC|NMA|骨髄破壊的前処置|強度減弱前処置)\s*[:：]?|移植\s*[(（]\s*)\s*$/.test(before)) st.status = 'completed';
    // A prescription's line, the drug's form and strength then how much a time (ロンサーフ配合錠T20　1回3錠　1日2回,
    // タグリッソ錠80mg 1錠 分1): prescribed, so under way, the amount a time its dose; not one changed (1回2錠に減量),
    // nor the new amount a changed prescription's label gives (変更後処方：カペシタビン錠300mg 1回4錠).
    const prescribed = !st.status && st.cycles === undefined ? PRESCRIPTION_AFTER.exec(window) : null;
    if (prescribed && !DOSE_CHANGE.test(window.slice(0, clauseEnd - c.b)) && !CHANGED_PRESCRIPTION_LABEL.test(t.slice(Math.max(0, c.a - 12), c.a))) st = { status: 'ongoing', end: prescribed[0].length };
    // …on 2nd-line nal-IRI + 5-FU/LV, now taking enzalutamide, receiving pembrolizumab: being given.
    // (PD on GnP is what happened on it, a back-reference; so is what was taken before another: after receiving FOLFOX.)
    if (!st.status && /\b(?:on|(?<!\bafter\s)(?:taking|receiving))\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third)[- ]line\s+)?$/i.test(before) && !/\b(?:PD|progress\w*|failure|refractory)\s+on\s+$/i.test(before)) st.status = 'ongoing';
    // Plans and purposes are not events: …予定, …検討, 導入目的に入院, 二次治療（T-DXd）導入目的.
    // (A planned total in parentheses is a detail of a therapy under way: リツキシマブ維持療法（…計12回予定）; so is a
    // planned time it is begun for: 12か月予定で開始.)
    let upToVerb = (st.status ? window.slice(0, st.end + 3) : window).replace(PLANNED_TOTAL, '').replace(PLANNED_DURATION, '');
    // (…and so is the length planned for one a start already past opens: 2025.6～ アテゾリズマブ 維持 1年予定.)
    if (!st.status && LENGTH_PLANNED_AFTER.test(upToVerb)) {
      const opening = ctx.datesIn(ss, c.a).pop();
      if (opening?.range === 'open' && !/[、。,;；]/.test(ctx.note.text.slice(opening.end, ctx.original(c.a))) && opening.value.start <= (ctx.note.date ?? '')) upToVerb = upToVerb.replace(LENGTH_PLANNED_AFTER, '');
    }
    if (/予定(?!通り|どおり)|検討|方針|予約|したい|を考慮|目的/.test(upToVerb)) return;
    // (…and a verb the plan follows: ニボルマブを導入する方針, 開始の予定.)
    if (st.status && PLAN_AFTER_VERB.test(window.slice(st.end))) return;
    // (…and what is to be given, unless it is given today: 本日CBDCA+PEMを施行する.)
    const clauseBefore = t.slice(clauseStart, c.a);
    if (isToBeGiven(st, window) && !TODAY.test(clauseBefore + window.slice(0, st.end))) return;
    // (…and what starts or is given at a time to come, though one continued then is under way now: 今後もTS-1を継続.)
    if (st.status && !CONTINUED.test(st.verb ?? '') && TIME_TO_COME.test(clauseBefore) && !/^\s*(?:し)?(?:た|ました|済)/.test(window.slice(st.end))) return;
    // (…and in English, a plan or a time to come in the chain's sentence: will start pembrolizumab, plan to start FOLFOX,
    // switch to nal-IRI starting next week; not one continued: Plan: continue T-DXd.)
    if (st.status !== 'ongoing' && /[A-Za-z]{3}/.test(t.slice(ss, c.a) + window.slice(0, 24))) {
      const es = afterEnglishSentenceEnd(t, ss, c.a);
      if (ENGLISH_PLAN.test(t.slice(es, englishSentenceEndAfter(t, c.b, se)))) return;
    }
    // …and so are options explained (ナリル＋5FU/LVの選択肢を説明、本人はケモ継続を希望).
    if (/^[^。]{0,12}?(?:の選択肢|を選択肢|について説明|の説明|を説明)/.test(window)) return;
    // …and so is the stop of a planned switch (トラベクテジン中止、パゾパニブへ変更の方針).
    if (st.status === 'stopped' && PLANNED_SWITCH.test(t.slice(c.b + st.end, se))) return;
    // …as is a therapy proposed or offered (…での導入化学療法を提案いたします, …を提示).
    if (PROPOSED.test(t.slice(c.b, clauseEnd))) return;
    // …and one asked about or allowed, not said given (…（EV+P）導入の可否, EVは…透析日以外の投与で差し支えありません).
    if (ASKED_OR_ALLOWED.test(t.slice(c.b, se))) return;
    // 併用 only says with what: S-1併用の内分泌療法予定 is still a plan.
    if (st.verb === '併用' && /予定|検討|方針/.test(t.slice(c.b, se))) return;
    // (In parentheses, a plan or a purpose the parenthesis is named for: 二次治療（T-DXd）目的,
    // 術後補助化学療法（S-1 1年間またはSOX）の予定について説明.)
    if (paren && /目的|^[^()（）]*[)）]\s*(?:の|を)?\s*(?:予定|検討|方針)/.test(t.slice(c.b, se))) return;
    // Dose changes, holds and delays are not events (休薬継続 is a hold, not ongoing therapy).
    // (One told in parentheses is a detail of the course: Lenvatinib 2025/2～2025/6 (PD, 手足症候群で減量).)
    // (…but a therapy the note said completed or stopped, 再開 again, starts a new course:
    // …イマチニブ 完遂 … 再発にてイマチニブ再開.)
    const told = (st.status ? window.slice(0, st.end) : window).replace(/[(（][^()（）]*[)）]/g, '');
    const restart = /^\s*(?:を)?\s*再開/.exec(window);
    const restarted = !!restart && events.some((e) => (e.status === 'completed' || e.status === 'stopped') && c.drugs.every((d) => e.drugs.includes(d)));
    if (restarted) {
      st.status = 'started';
      st.end = restart[0].length;
    }
    else if (DOSE_CHANGE.test(told) && st.status !== 'stopped') return;
    // Dates written in the chain's own clause after it.
    // (From the last name: a parenthetical after it may hold them, CBDCA+nab-PTX (2024/7-2024/12, 4kur).)
    // (Not past an arrow: → 自家移植（2021/3） dates what follows it.)
    // (Nor past an English sentence's end or arrow: BR x6 -> CR. Relapsed 2025; … dates no BR.)
    let ownEnd = englishSentenceEndAfter(t, c.b, clauseEnd);
    for (let q = c.b; q < ownEnd; q++) if (t.charCodeAt(q) === 0x2192 || (t.charCodeAt(q) === 0x2d && t.charCodeAt(q + 1) === 0x3e)) ownEnd = q; // →, ->
    // (Not one after a verb of giving, which dates what came of it: mFOLFIRINOXを行ったが2026年1月にPDとなり中止.)
    let own = ctx.datesIn(c.namesEnd, ownEnd).filter((m) => {
      const between = ctx.note.text.slice(ctx.original(c.b), m.start);
      return !GIVEN_THEN.test(between) && !(!m.range && RESPONSE_THEN.test(between));
    });
    // (…or, when its own clause says nothing of it, opening the next clause, which gives its status and when:
    // アムルビシン 40mg/m2 day1-3、9/1より2コース目投与; not a later clause's after a verb of its own: …を開始し、6/18に…終了.)
    // (…also after a state its own clause tells, when the next gives the course given that day: …による3次治療中で、本日8コース目を投与.)
    if (!own.length && ownEnd === clauseEnd) {
      // (The next clause of its sentence, not the next line's: 2025/8/5～ エンハーツ / 本日 3コース目.)
      const opening = t.charCodeAt(clauseEnd) === 0x0a ? undefined : ctx.datesIn(clauseEnd, clauseEnd + 4)[0];
      const after = opening ? ctx.note.text.slice(opening.end, opening.end + 10) : '';
      const course = opening !== undefined && NTH_COURSE_AFTER.test(after);
      if (opening && (course || (c.b + (st.end || 0) > clauseEnd && GIVEN_FROM.test(after)))) {
        const ownStatus = statusIn(t.slice(c.b, clauseEnd));
        if ((!ownStatus.status || (course && ownStatus.status === 'ongoing')) && ownStatus.cycles === undefined) own = [opening];
      }
      // (…and a start its own clause tells, the next clause saying when: （CDDP＋5-FU併用）、2026/10/22開始.)
      if (!own.length && st.status === 'started' && st.end) {
        const started = ctx.startDateAfter(c.b + st.end);
        if (started) own = [started];
      }
    }
    // The range of the sequence the chain opens, when that is what dates it.
    let sequenceRange: DateMention | undefined;
    if (!st.status && st.cycles === undefined) {
      // No verb and no cycles: a history line with an open range (R1.9.20～ レトロゾール) is a start.
      // …or a range written right after the chain in its clause (1st line: SOX+Nivo 2022/6～2023/2).
      // (Also in parentheses: Pembro単剤 (2023/8-2024/6, PR→PD), デュルバルマブ維持（2024/9～2025/4）.)
      // (…also after the line it is: カボザンチニブ 2次治療（2025/11〜）.)
      let rangeAfter = own.find((m) => m.range && [c.namesEnd, c.b].some((from) => RANGE_AFTER_CHAIN_GAP.test(ctx.note.text.slice(ctx.original(from), m.start).replace(LINE_AFTER, ''))));
      // (…or the range of the sequence it opens: 1L: CBDCA+PEM+Pembro → PEM+Pembro maint. (2023/3-2024/2).)
      // (From the next chain's last name: a parenthesis after it may be the chain's own, adj. EC→DTX (2019/6-2019/12).)
      if (!rangeAfter && next && /^\s*(?:→|->)\s*$/.test(window)) rangeAfter = sequenceRange = ctx.datesIn(next.namesEnd, clauseAt(t, next.b)[1]).find((m) => m.range === 'closed' && /^[\s.]*(?:maint\.?|維持(?:療法)?)?[\s.]*[(（]\s*$/i.test(ctx.note.text.slice(ctx.original(next.namesEnd), m.start)));
      const d = rangeAfter ? { start: rangeAfter.value.start, ...(rangeAfter.value.end ? { end: rangeAfter.value.end } : {}) } : ctx.dateAt(c.a);
      const mention = rangeAfter ?? ctx.datesIn(sentenceAt(t, c.a)[0], c.a).pop();
      // (A day it was given from, written against it, opens it as well: 2025/11よりGnP 1次治療、…; not an item
      // listed before a verb it shares: 2023年4月よりGnP、2024年1月よりFOLFIRINOXを開始予定.)
      const givenFrom = !!mention && !mention.range && /^\s*(?:より|から)\s*$/.test(ctx.note.text.slice(mention.end, ctx.original(c.a))) && !(next && listedBefore(ctx, c.b, next.a));
      const opened = !!(mention && ((mention.range === 'open' && d && !d.end) || givenFrom));
      // …and a closed one (2021.12.15～2022.3.30 術前内分泌療法（レトロゾール）) a course given.
      const closed = !!(mention && mention.range === 'closed' && d?.end);
      // …and so is one a dated history line gives a response to (2024/6 寛解導入療法 IDR+AraC (3+7) → CR),
      // also in the next cell of a row (2022/07;ソラフェニブ 800mg;PD).
      const responded = !opened && !closed && RESPONSE_AFTER.test(window) && !!ctx.dateAt(c.a);
      // …and so is one named on a history row after its date alone, with no verb and nothing else but a label
      // or the therapy it is part of (前治療：2023年 CRT（CDDP＋RT 70Gy/35fr）, ・2024/8 GnP), a day before the note's.
      const historyRow = !opened && !closed && !responded && !!mention && !mention.range && ctx.opensDatedLine(c.a, HISTORY_ROW_OPENING) && (ctx.dateAt(c.a)?.start ?? '9') < (ctx.note.date ?? '');
      // …and so is one the response after it is told of, where the note names it nowhere before (GC+デュルバルマブ（1次）後PD,
      // 寛解導入療法（IDR+Ara-C 3+7）後、day28の骨髄でCR); named before, it is a back-reference to that course.
      // (With its line or its phase told: GEM+CDDP+Durva 後のPD alone is said of a course, not that it was given.)
      const respondedAfter =
        !opened && !closed && !responded && !historyRow && (line !== undefined || TREATMENT_PHASE.test(before)) && RESPONSE_AFTER_GIVEN.test(window) && !events.some((o) => o.drugs.join() === c.drugs.join());
      // …and so is the first step of a sequence whose next step's verb says the whole was given (術後 EC→DTX 施行, AC→wPTX 完遂).
      const givenInSequence =
        !opened && !closed && !responded && !historyRow && !respondedAfter && !!next && /^\s*(?:→|->)\s*$/.test(window) && statusIn(t.slice(next.b, clauseAt(t, next.b)[1])).status === 'completed';
      // …and one given with another therapy, which tells it was given but not whether it goes on (CRT（50.4Gy/28fr、
      // カペシタビン併用）): no status, unless a range dates it (2025/2/3～3/14 CRT（…、カペシタビン併用）, completed).
      const combined = COMBINED_AFTER.exec(window);
      if (combined) st.end = combined[0].length;
      const given = opened || closed || responded || historyRow || respondedAfter || givenInSequence;
      if (!given && !combined) return;
      // (An open range said to go on, （2026/6～継続中）, is under way: no start told.)
      if (given) st.status = opened ? (STILL_GIVEN_AFTER.test(ctx.note.text.slice(mention!.end, mention!.end + 8)) ? 'ongoing' : 'started') : 'completed';
    }
    let status = st.status;
    if (st.cycles !== undefined && !status) status = st.nth ? (st.cycles === 1 ? 'started' : 'ongoing') : 'completed';
    if (st.nth && status === 'ongoing' && st.cycles === 1) status = 'started';
    if (st.nth && status === 'completed' && st.cycles !== undefined && !st.final) status = st.cycles === 1 ? 'started' : 'ongoing';

    // A line or an intent told further on in its clause, before the verb, as what the therapy is given as
    // (タグリッソは2023年5月から2次治療として内服中, タモキシフェンを術後補助療法として開始).
    if (st.status && (line === undefined || intent === undefined)) {
      const beforeVerb = window.slice(0, Math.min(st.end, clauseEnd - c.b));
      const lineTold = line === undefined ? LINE_AS.exec(beforeVerb) : null;
      if (lineTold) line = lineNumber(lineTold);
      const intentTold = intent === undefined ? INTENT_AS.exec(beforeVerb) : null;
      if (intentTold) intent = intentTold[1] ? 'neoadjuvant' : 'adjuvant';
    }
    // Carry line and intent from the latest earlier event of the same regimen.
    // (Not to a start of the same drugs after that regimen was over: begun again, after a recurrence or as a
    // rechallenge (術後補助ニボルマブ1年完遂 … 再発。ニボルマブ開始; GnP終了 … GnP再導入), it is a course of its own;
    // a maintenance of some of them continues the line.)
    if (line === undefined || intent === undefined) {
      for (let h = history.length - 1; h >= 0; h--) {
        const prev = history[h]!;
        if (c.drugs.every((d) => prev.drugs.includes(d))) {
          if (prev.over && status === 'started' && prev.drugs.length === c.drugs.length && !/維持|maint/i.test(st.verb ?? '')) break;
          line ??= prev.line;
          intent ??= prev.intent;
          break;
        }
      }
    }
    const evidenceStart = Math.min(lineStart >= 0 && line !== undefined ? prevEnd + lineStart : ordinal ? prevEnd + ordinal.index : c.a, verbBeforeAt ?? Infinity);
    let evidenceEnd = Math.max(c.b + (st.end || 0), lineAfter ? c.b + lineAfter[0].length : 0);
    // (A parenthesis the line opened closes in the evidence: GnP療法（1次治療）.)
    if ((t[evidenceEnd] === ')' || t[evidenceEnd] === '）') && /[(（][^()（）]*$/.test(t.slice(evidenceStart, evidenceEnd))) evidenceEnd++;
    const e: MedicationEvent = { type: 'medication', drugs: c.drugs, regimen: c.regimen, evidence: ctx.evidence(evidenceStart, evidenceEnd), date: ctx.dateAt(c.a) };
    // A date written inside the event's own clause after the drugs (8コース（7月～翌年1月）) governs it.
    // (Not a single day after a range written on the line before the chain: in
    // 2023/2～2024/11 クリゾチニブ（2024/11 PD…） the range is the therapy's, the day the PD's.)
    // (The range must be in the chain's sentence, English ones ending at ". ": one a sentence
    // before dates another therapy.)
    const rangeBefore =
      !!e.date?.end && !!e.date.text && ctx.datesIn(sentenceAt(t, c.a)[0], c.a).some((m) => m.range === 'closed' && !/[.!?]\s+[A-Z]/.test(ctx.note.text.slice(m.end, ctx.original(c.a))) && !/[、,]/.test(ctx.note.text.slice(m.end, ctx.original(c.a))));
    if (own.length && !(rangeBefore && !own[0]!.range)) {
      const m = own[0]!;
      // (An end alone, （～2025/8） or 2025年12月まで, closes the range the line's date opened: 2025/2 … アムルビシン
      // 6コース（～2025/8）, 2023年 … オラパリブ維持療法を2025年12月まで施行.)
      const opened = !m.range && (UNTIL.test(ctx.note.text.slice(Math.max(0, m.start - 3), m.start)) || /^\s*まで/.test(ctx.note.text.slice(m.end, m.end + 3))) ? e.date : null;
      e.date = opened && opened.start < m.value.start ? { start: opened.start, end: m.value.start, text: m.text } : mentionDate(m, true);
    }
    if (sequenceRange && !own.length) e.date = mentionDate(sequenceRange, true);
    if (periodField) e.date = otherLineDate(periodField, true);
    // (Not over a day written on the regimen's own line.)
    else if (courseDay && !courseDay.range && !e.date?.text) e.date = otherLineDate(courseDay);
    if (line !== undefined) e.line = line;
    if (c.dose) e.dose = c.dose;
    if (prescribed && st.status) {
      // (One the note has said under way that day, 継続 above its Rp line, is that statement's prescription.)
      if (events.some((o) => (o.status === 'ongoing' || o.status === 'started') && o.date?.start === e.date?.start && o.drugs.join() === c.drugs.join())) return;
      e.dose = prescribed[1]!;
    }
    if (st.cycles !== undefined) e.cycles = st.cycles;
    // (…or the count in the parenthesis the chain took with it, beside its period: SOX+Tmab（2024/4-12, 8コース）;
    // the period, not the count, says whether it is over.)
    else {
      const counted = CYCLES.exec(attached);
      if (counted?.[1] && !counted[2] && !counted[3]) e.cycles = Number(counted[1]);
    }
    // Maintenance named with a closed range (レナリドミド維持（～2024.8、PD）) was given and is over.
    if (status === 'started' && e.date?.end && /維持|maint/i.test(st.verb ?? '')) status = 'completed';
    if (status) e.status = status;
    if (intent) e.intent = intent;
    events.push(e);
    history.push({ drugs: c.drugs, ...(line !== undefined ? { line } : {}), ...(intent ? { intent } : {}), ...(status === 'completed' || status === 'stopped' ? { over: true } : {}) });
  });
  if (t.includes('中止')) events.push(...anaphoricStops(ctx, chains, events));
  // A history written newest first (2025/09/16 EV+Pembro 8コース目 above 2025/03/04 EV+Pembro 1次治療 開始):
  // the line and intent written further down for the same regimen begun earlier carry up to its later courses.
  events.forEach((e, i) => {
    if ((e.line !== undefined && e.intent !== undefined) || !e.date) return;
    const begun = events.slice(i + 1).find((o) => o.date && o.date.start < e.date!.start && (o.line !== undefined || o.intent !== undefined) && e.drugs.every((d) => o.drugs.includes(d)));
    if (begun?.line !== undefined) e.line ??= begun.line;
    if (begun?.intent !== undefined) e.intent ??= begun.intent;
  });
  return events;
}
