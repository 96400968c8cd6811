// Clinical Japanese date expressions → ISO dates (EVENTS.md "Dates").
// The scanner runs on normalised text (ASCII digits, ~ for every wave dash) and
// maps every mention back to original offsets. No npm date library handles
// 和暦 abbreviations, 上旬/中旬/下旬 or year-less ranges across New Year, so
// this is written here, with the false positives of clinical text in mind
// (30Gy/10fr, 80mg/day, 1/2錠, T4N1M1c, C1-7).

import type { DatePart, PartialDate } from '../schema/dates.js';
import { normalize, toOriginalSpan, type NormalizedText } from './normalize.js';

/** A resolved date at the precision the text gives. */
export interface DateValue {
  start: PartialDate;
  end?: PartialDate;
  part?: DatePart;
}

/** A date expression found in text. */
export interface DateMention {
  /** Offsets into the text given to {@link findDates} (the original, not normalised, text). */
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
  value: DateValue;
  /** `closed` for `A～B`, `open` for `A～` with no end. */
  range?: 'closed' | 'open';
  /** The year was not written and was inferred (chain or anchor). */
  yearInferred: boolean;
  /** The form: absolute (a written or era year), month-day, month, year, or relative (同日, 翌日…). */
  kind: 'absolute' | 'month-day' | 'month' | 'year' | 'relative';
}

/** Context for year inference and relative dates. */
export interface FindDatesOptions {
  /** The note's date (YYYY-MM-DD): 本日, and the anchor for a year-less date with nothing before it. */
  anchor?: string;
  /** The last resolved date before this text, to carry the chain across calls. */
  previous?: PartialDate;
  /**
   * Offsets into the normalised text, ascending, where the chain starts again from the
   * anchor: a discharge summary's 入院後経過 follows its 現病歴 but is dated from the stay.
   */
  restarts?: readonly number[];
  /**
   * Spans [start, end) of the normalised text, ascending, each holding exactly the date
   * that names the day of the visit the text after it records (`Date: 2025-06-10` in an
   * export of several visits): a full date there becomes the anchor from then on, so
   * 本日, 昨日 and year-less dates after it count from that visit, not the note's date.
   */
  visitDays?: readonly (readonly [number, number])[];
}

/** A calendar date at some precision; month and day are 1-based. */
interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

const ERA_START: Record<string, number> = {
  令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 令: 2018, 平: 1988, 昭: 1925, R: 2018, H: 1988, S: 1925, T: 1911,
};
// An era as the first kanji of its name (令6.3.12, 平30年4月) only where no kanji stands before it: 水平1.5 is no date.
const ERA_KANJI = '(?<![\\u4e00-\\u9fff])[令平昭]';
const PARTS: Record<string, DatePart> = { 上旬: 'early', 初旬: 'early', 中旬: 'mid', 下旬: 'late', 末: 'late' };

// One alternation of every atom; named groups tell which matched. Order matters:
// longer and more specific forms first.
// (末 is no part of 末梢: 2024/5末梢神経障害.)
const PART = '(?:上旬|初旬|中旬|下旬|末(?!梢))';
// (Only an abbreviation takes a dot: September. ends a sentence.)
const EN_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_PARTS: Record<string, DatePart> = { early: 'early', mid: 'mid', late: 'late' };
// A month named alone is a time only after a word that says so (in May, since July, by Dec.): "May" opens sentences too.
const EN_MONTH_ALONE_BEFORE = /\b(?:in|since|from|until|till|by|during|through|to|of|and|or)[ \t]+$/i;
// English month names, capitalised: March 14, 2025; Mar. 14; March 2025; early March; 14 March 2025
// (a month alone only after a word that makes it a time, checked after matching: in May, since July)
const ENGLISH_ALTERNATIVES = [
  `(?<![A-Za-z])(?:(?<eP>[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?<eM>${EN_MONTH})(?![A-Za-z])(?: (?<eD>\\d{1,2})(?:st|nd|rd|th)?(?![0-9]))?(?:,? (?<eY>(?:19|20)\\d{2})(?![0-9]))?`,
  `(?<![0-9.])(?<edD>\\d{1,2})(?<edSep>[ -])(?<edM>${EN_MONTH})(?![A-Za-z])(?:\\k<edSep>(?<edY>(?:19|20)\\d{2})(?![0-9]))?`,
].join('|');
// Where the English forms stand among the others (before 3月2日, as their order decides between forms).
const ENGLISH_FORMS = '<english>';
// 10/22/2026, 22/10/2026 (an English note's month and day, or day and month, before a four-digit year:
// the order is settled per note, see scanAtoms), 06/2025 (month and year); where they stand, as above.
const YEAR_LAST_ALTERNATIVES = [
  `(?<![0-9A-Za-z./]|[A-Za-z]-)(?<usA>\\d{1,2})/(?<usB>\\d{1,2})/(?<usY>(?:19|20)\\d{2})(?![0-9])`,
  `(?<![0-9A-Za-z./]|[A-Za-z]-)(?<umM>0?[1-9]|1[0-2])/(?<umY>(?:19|20)\\d{2})(?![0-9]|/[0-9])`,
].join('|');
const YEAR_LAST_FORMS = '<year-last>';
const ATOM_FORMS = [
  // 令和3年3月2日, 平成元年, 令和元年5月下旬; the era as its letter or first kanji: R5年6月, H30年, 令6年
  `(?<kEra>令和|平成|昭和|大正|${ERA_KANJI}|(?<![A-Za-z0-9])[RHS]) ?(?<kEy>\\d{1,2}|元) ?年(?: ?(?<kEm>\\d{1,2}) ?月(?: ?(?<kEd>\\d{1,2}) ?日|(?<kEp>${PART}))?)?`,
  // R3.3.2, H31/4/30, H.30.4.1, 令和6.3.12, 令6.3.12
  `(?<lEra>令和|平成|昭和|${ERA_KANJI}|(?<![A-Za-z0-9])[RHST])\\.?(?<lEy>\\d{1,2})(?<lSep>[./])(?<lEm>\\d{1,2})\\k<lSep>(?<lEd>\\d{1,2})(?![0-9])`,
  // R2.5, H30.12 (year-month with an era letter or name; not its first kanji alone, as 平1.5cm would be), R8.5初旬, 令和6.3
  `(?<lmEra>令和|平成|昭和|(?<![A-Za-z0-9])[RHS])\\.?(?<lmEy>\\d{1,2})\\.(?<lmEm>\\d{1,2})(?![0-9]|[./][0-9])(?<lmEp>${PART})?`,
  // '24/11/20, '24/3 (a two-digit year after an apostrophe: 2000s)
  `['’](?<aY>\\d{2})(?<aSep>[/.])(?<aM>\\d{1,2})(?:\\k<aSep>(?<aD>\\d{1,2}))?(?![0-9]|[/.][0-9])`,
  // 2021/3/2, 2021-03-02, 2021.3.2
  `(?<![0-9./]|[A-Za-z]-)(?<wY>(?:19|20)\\d{2})(?<wSep>[/.-])(?<wM>\\d{1,2})\\k<wSep>(?<wD>\\d{1,2})(?![0-9])`,
  YEAR_LAST_FORMS,
  // 24/10/3 (a two-digit year of this century, as some records write dates)
  `(?<![0-9A-Za-z./'’]|[A-Za-z]-)(?<yY>[0-3]\\d)/(?<yM>\\d{1,2})/(?<yD>\\d{1,2})(?![0-9]|/[0-9])`,
  // 24/12 (a two-digit year and a month, as records that write 24/10/3 write months: only where
  // a year is likely, at the start of a line or after a range mark, and with a first number no
  // month has; RT 20/5 or a count 2/15 stays none; see scanAtoms)
  `(?<=(?:^|\\n)[ \\t\\u3000・*●○■-]*|[～〜~]\\s*)(?<yyY>1[3-9]|2\\d)/(?<yyM>0?[1-9]|1[0-2])(?![0-9]|/[0-9])`,
  // 20210302 (as records export them; a valid day is checked after matching)
  `(?<![0-9A-Za-z])(?<cY>(?:19|20)\\d{2})(?<cM>0[1-9]|1[0-2])(?<cD>0[1-9]|[12]\\d|3[01])(?![0-9])`,
  // 2021年3月2日, 2019年12月, 2019年12月初旬, 2019年
  `(?<![0-9])(?<jY>(?:19|20)\\d{2}) ?年(?: ?(?<jM>\\d{1,2}) ?月(?: ?(?<jD>\\d{1,2}) ?日|(?<jP>${PART}))?)?`,
  // 2021/7 (year-month; not followed by another /digits), 2021/7下旬
  `(?<![0-9./]|[A-Za-z]-)(?<ymY>(?:19|20)\\d{2})[/.](?<ymM>\\d{1,2})(?![0-9]|[/.][0-9])(?<ymP>${PART})?`,
  // 2023-6, 2024-12 (a hyphen between year and month, a valid month: not 2019-2021)
  `(?<![0-9./-]|[A-Za-z]-)(?<yhY>(?:19|20)\\d{2})-(?<yhM>0?[1-9]|1[0-2])(?![0-9]|[-/.][0-9])`,
  // 翌年1月, 翌年
  `(?<nextYear>翌年)(?: ?(?<nyM>\\d{1,2}) ?月(?<nyP>${PART})?)?`,
  ENGLISH_FORMS,
  // 3月2日, 12月初旬, 7月
  `(?<![0-9])(?<mdM>\\d{1,2}) ?月(?: ?(?<mdD>\\d{1,2}) ?日|(?<mdP>${PART}))?`,
  // 3/2 (guards against fractions and units are applied after matching)
  `(?<![0-9A-Za-z./]|[A-Za-z]-)(?<sM>\\d{1,2})/(?<sD>\\d{1,2})(?![0-9]|/[0-9])`,
  // 同日, 翌日, 前日, 本日, 今日, 当日, Today, 同年, 同月, 翌月, 昨年 (去年), 一昨年 (おととし), 今年, 本年, 一昨日, 昨日, 昨夜, 昨晩, 先月, 今月, N日後, N日前
  `(?<rel>同日|翌日|前日|本日|今日|当日|[Tt]oday|同年|同月|翌月|一昨年|おととし|昨年|去年|今年|本年|一昨日|昨日|昨夜|昨晩|先月|今月)`,
  // N日前, N日後, 2週間前, 3ヶ月前, 1年前 (not N週間後 and longer: plans, 3ヶ月後にCT予定, which would date what follows)
  `(?<![0-9.])(?<relN>\\d{1,3})(?:日(?<relDir>後|前)| ?(?<relUnit>週間?|[ヶかカケヵ箇]月|年)前)`,
];
// (Most notes name no English month and write no year last: there the scan, which tries every form at every
// position, leaves those forms out.)
const atomScan = (english: boolean, yearLast: boolean) =>
  new RegExp(
    ATOM_FORMS.flatMap((f) => (f === ENGLISH_FORMS ? (english ? [ENGLISH_ALTERNATIVES] : []) : f === YEAR_LAST_FORMS ? (yearLast ? [YEAR_LAST_ALTERNATIVES] : []) : [f])).join('|'),
    'g',
  );
const ATOM_SCANS = [atomScan(false, false), atomScan(true, false), atomScan(false, true), atomScan(true, true)] as const;
// Some year written last after a slash: 10/22/2026, 06/2025.
const YEAR_LAST = /\d\/(?:19|20)\d{2}(?![0-9])/;
// Every English form holds one of these, capitalised as its month is.
const ENGLISH_MONTH_START = new RegExp(EN_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|'));

// A year alone is a date only after an English word that makes it a time (dx 2019, since 2020, in 2024, from 2019 to
// 2021, relapsed 2025, resected 2021), or after the courses given that year (docetaxel 6 cycles 2022, docetaxel x6 (2024));
// elsewhere four digits may be anything.
const LATIN_WORD_THEN_YEAR = /[A-Za-z] (?:19|20)\d{2}|\d \((?:19|20)\d{2}\)/;
const ENGLISH_YEAR = /(?<=(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Dd]x|[Ff]rom|[Uu]ntil|[Tt]o|[Dd]uring|[Bb]y|[Ss]ince early|[Ss]ince late|[A-Za-z]{2,}ed|\d cycles|\d courses) |(?<![A-Za-z0-9])[x×]\d{1,2} \((?=\d{4}\)))(?:19|20)\d{2}(?![0-9/:年-]|[.,][0-9]|\s*(?:mg|ml|mL|Gy|cGy|IU|U)\b|\s+(?:patients?|cases?|people|subjects|cells|units|copies|times)\b)/g;
// …and a range of years after a Latin word, perhaps in parentheses: abiraterone 2022-2023, abiraterone (2022-2023, PD).
// (Not a year alone in parentheses: s/p Bt+SN (2019) would date a heading's other findings.)
const LATIN_WORD_THEN_YEAR_RANGE = /[A-Za-z] \(?(?:19|20)\d{2}-/;
// (A full stop may end the sentence after it: abiraterone 2022-2024.; not 2022-2024.5.)
const ENGLISH_YEAR_RANGE = /(?<=[A-Za-z] \(?)((?:19|20)\d{2})-((?:19|20)\d{2})(?![0-9/:年-]|\.\d)/g;
// An open range's end said in English: 2025/02-present, 2024/6 - now.
const OPEN_END_WORD = /^ ?- ?(?:present|now|current|date)(?![A-Za-z])/i;
// A month after a year a case report hides (20XX-1年6月, 201X+1年1月22日, X年3月) has no year to be read in:
// it is no date, rather than one of the note's year, and the months written after it without a year
// (…が開始され，３月中旬まで) have none either, until a year is written again.
const ANONYMISED_YEAR_BEFORE = /(?<![A-Za-z])(?:\d{1,3}X{1,2}|X{1,2})\s*(?:[+-]\s*\d{1,2}\s*)?年\s*$/;
// Not a date when the number pair is followed by a unit or count (1/2錠, 2/56個, 1/3程度, 2/15 lymph nodes)
// or names a schedule (temozolomide's days given of every so many: TMZ 5/28 schedule, 5/28スケジュール)
// or preceded by 約 (約1/3).
const SLASH_NOT_DATE_AFTER = /^(?: ?(?:錠|包|本(?![人日])|個|周|回|枚|倍|量|程度|以下|以上|未満|カプセル|mg|ml|mL|cm|mm|%|×|スケジュール|[Ss]chedule\b)|(?:[TCAVg]|x)(?![A-Za-z])| (?:lymph )?nodes?\b)/;
// (A score out of its maximum is no date either: NRS 6/10, VAS 3/10, （NRS）4/10, MMT 4/5, MMT 下肢 4/4; nor are the nodes
// involved of those taken: pN1a (2/15), nor of one lymph-node station, written as no problem number is: #201 2/12,
// #4R 1/3, No.12b 1/8, nor after a call on them in a parenthesis: 転移陽性（2/15）, （陽性1/2）; nor a part of a document:
// Progress note (2/5), page 1/3.)
const SLASH_NOT_DATE_BEFORE = /(?:約|およそ|計|(?:陽性|陰性) ?[(（] ?|[(（] ?(?:陽性|陰性) ?|(?:NRS|VAS|NPRS|STAS|MMT)[)）]?[ :：]?(?:[\u4e00-\u9fffぁ-んァ-ヶ]{1,4}[ :：]?)?|N[0-3][a-c]? ?[(（]|(?:#\d{3}|#\d{1,2}[RL]|No\.\d{1,2}[a-z]{1,2}) ?|\b(?:[Nn]otes?|[Pp]ages?|[Pp]art|[Ss]heet) ?[(（]?)$/;
// (In English too: 2024-09-02 to 2024-11-04, March 2024 through June 2024.)
const RANGE_CONNECTOR = /^ ?(?:~|から|-|(?:to|through|until) ) ?/;
// A birth date (生年月日：昭和23年8月3日, 昭和23年8月3日生, DOB 1948/8/3) dates no event, and as the
// last date before a year-less one it would put that one in the birth year.
const BIRTH_DATE_BEFORE = /(?:生年月日|誕生日|\bDOB|\b[Dd]ate of [Bb]irth)[ \t)）]*[:：]?[ \t]*$/;
const BIRTH_DATE_AFTER = /^[ \t]*(?:生(?:まれ)?(?![検存活化理食涯])|[(（]?[ \t]*生[)）])/;
const TODAY = new Set(['本日', '今日', 'Today', 'today']);
// Words naming a year that a month may follow as one expression (昨年3月, 今年の6月).
const YEAR_WORDS = new Set(['昨年', '去年', '一昨年', 'おととし', '今年', '本年', '同年']);
const YEAR_WORD_MONTH_GAP = /^ ?の? ?$/;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(d: Ymd): boolean {
  if (d.m === undefined) return d.y >= 1868 && d.y <= 2200;
  if (d.m < 1 || d.m > 12) return false;
  return d.d === undefined || (d.d >= 1 && d.d <= daysIn(d.y, d.m));
}

function iso(d: Ymd): PartialDate {
  const p2 = (n: number) => String(n).padStart(2, '0');
  return d.m === undefined ? String(d.y) : d.d === undefined ? `${d.y}-${p2(d.m)}` : `${d.y}-${p2(d.m)}-${p2(d.d)}`;
}

function parseIso(s: string | undefined): Ymd | undefined {
  const m = s && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return undefined;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : undefined, d: m[3] ? Number(m[3]) : undefined };
}

function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.y, (d.m ?? 1) - 1, d.d ?? 1) + n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Compares at the coarser of the two precisions: -1, 0, 1. */
function compare(a: Ymd, b: Ymd): number {
  if (a.y !== b.y) return a.y < b.y ? -1 : 1;
  if (a.m === undefined || b.m === undefined) return 0;
  if (a.m !== b.m) return a.m < b.m ? -1 : 1;
  if (a.d === undefined || b.d === undefined) return 0;
  return a.d === b.d ? 0 : a.d < b.d ? -1 : 1;
}

/** An atom before range assembly: what was written, and how to resolve it. */
interface Atom {
  start: number; // normalised offsets
  end: number;
  kind: DateMention['kind'];
  /** Year written (possibly via an era): resolve directly. */
  date?: Ymd;
  /** Month (and day) without a year: resolve by chain/anchor. */
  md?: { m: number; d?: number };
  part?: DatePart;
  /** Relative expressions: resolve against the chain or anchor. */
  rel?: string;
  /** How many of the unit `rel` names (N日 days, N週 weeks, Nか月 months, N年 years): negative before. */
  relCount?: number;
  nextYearMonth?: number | null; // 翌年 (null) or 翌年N月
  /** A month after a year the text hides (20XX年1月): no date, and none for year-less ones after it. */
  hidden?: true;
}

function readAtom(g: Record<string, string | undefined>, start: number, end: number): Atom | undefined {
  const num = (s: string | undefined) => (s === undefined ? undefined : s === '元' ? 1 : Number(s));
  if (g['kEra']) {
    const date: Ymd = { y: ERA_START[g['kEra']]! + num(g['kEy'])!, m: num(g['kEm']), d: num(g['kEd']) };
    return { start, end, kind: 'absolute', date, part: g['kEp'] ? PARTS[g['kEp']] : undefined };
  }
  if (g['lEra']) {
    return { start, end, kind: 'absolute', date: { y: ERA_START[g['lEra']]! + num(g['lEy'])!, m: num(g['lEm']), d: num(g['lEd']) } };
  }
  if (g['lmEra']) return { start, end, kind: 'absolute', date: { y: ERA_START[g['lmEra']]! + num(g['lmEy'])!, m: num(g['lmEm']) }, part: g['lmEp'] ? PARTS[g['lmEp']] : undefined };
  if (g['aY']) return { start, end, kind: 'absolute', date: { y: 2000 + num(g['aY'])!, m: num(g['aM']), d: num(g['aD']) } };
  if (g['yyY']) return { start, end, kind: 'absolute', date: { y: 2000 + num(g['yyY'])!, m: num(g['yyM']) } };
  if (g['yY']) return { start, end, kind: 'absolute', date: { y: 2000 + num(g['yY'])!, m: num(g['yM']), d: num(g['yD']) } };
  // (Month first unless the first number is no month: 22/10/2026; scanAtoms turns a note's ambiguous ones.)
  if (g['usY']) {
    const [a, b] = [num(g['usA'])!, num(g['usB'])!];
    return { start, end, kind: 'absolute', date: a > 12 ? { y: num(g['usY'])!, m: b, d: a } : { y: num(g['usY'])!, m: a, d: b } };
  }
  if (g['umY']) return { start, end, kind: 'absolute', date: { y: num(g['umY'])!, m: num(g['umM']) } };
  if (g['cY']) return { start, end, kind: 'absolute', date: { y: num(g['cY'])!, m: num(g['cM']), d: num(g['cD']) } };
  if (g['wY']) return { start, end, kind: 'absolute', date: { y: num(g['wY'])!, m: num(g['wM']), d: num(g['wD']) } };
  if (g['jY']) {
    const date: Ymd = { y: num(g['jY'])!, m: num(g['jM']), d: num(g['jD']) };
    return { start, end, kind: date.m === undefined ? 'year' : 'absolute', date, part: g['jP'] ? PARTS[g['jP']] : undefined };
  }
  if (g['ymY']) return { start, end, kind: 'absolute', date: { y: num(g['ymY'])!, m: num(g['ymM']) }, part: g['ymP'] ? PARTS[g['ymP']] : undefined };
  if (g['yhY']) return { start, end, kind: 'absolute', date: { y: num(g['yhY'])!, m: num(g['yhM']) } };
  if (g['nextYear']) {
    return { start, end, kind: 'relative', rel: '翌年', nextYearMonth: num(g['nyM']) ?? null, part: g['nyP'] ? PARTS[g['nyP']] : undefined };
  }
  if (g['eM'] || g['edM']) {
    const m = EN_MONTHS.indexOf((g['eM'] ?? g['edM'])!.slice(0, 3).toLowerCase()) + 1;
    const y = num(g['eY'] ?? g['edY']);
    const d = num(g['eD'] ?? g['edD']);
    const part = g['eP'] ? EN_PARTS[g['eP'].toLowerCase()] : undefined;
    if (y !== undefined) return { start, end, kind: 'absolute', date: { y, m, d }, part };
    return { start, end, kind: d === undefined ? 'month' : 'month-day', md: { m, d }, part };
  }
  if (g['mdM']) {
    const m = num(g['mdM'])!;
    const d = num(g['mdD']);
    return { start, end, kind: d === undefined ? 'month' : 'month-day', md: { m, d }, part: g['mdP'] ? PARTS[g['mdP']] : undefined };
  }
  if (g['sM']) return { start, end, kind: 'month-day', md: { m: num(g['sM'])!, d: num(g['sD']) } };
  if (g['rel']) return { start, end, kind: 'relative', rel: g['rel'] };
  if (g['relN']) {
    const n = num(g['relN'])! * (g['relDir'] === '後' ? 1 : -1);
    const unit = g['relUnit'] ?? '日';
    const rel = unit === '日' ? 'N日' : unit === '年' ? 'N年' : unit.endsWith('月') ? 'Nか月' : 'N週';
    return { start, end, kind: 'relative', rel, relCount: n };
  }
  return undefined;
}

// Day 6, Day+30, day -7: a day counted from a transplant's or a cell infusion's day (Day 0), read only
// where the note gives that day (see findDatesWithChain); not a dosing day (day1,8, day1-3).
const DAY_COUNT = /(?<![A-Za-z])[Dd]ay ?([+-])? ?(\d{1,3})(?![0-9]|[,、・~～] ?\d|-\d)/g;
// What makes a date Day 0: written so (4月11日（Day 0）, Day 0（4/11）), or the day of a transplant or an infusion on its line.
const DAY_ZERO_AFTER = /^ ?[(（] ?[Dd]ay ?0 ?[)）]|^[^\n。]{0,40}?(?:移植|輸注)(?!予定|後)/;
const DAY_ZERO_BEFORE = /[Dd]ay ?0 ?[(（:：=] ?$/;

/** Scans normalised text for date atoms, with the guards for things that only look like dates. */
function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  // A two-digit year and month (24/12) is read only in a note that writes two-digit years in
  // full dates too (24/10/3, '24/11/20): elsewhere 13/1 is an impossible day, not January 2013.
  let shortYearMonths: Atom[] | undefined;
  let shortYears = false;
  // Day and month before a four-digit year (03/04/2026) are read month first, as American notes write
  // them, unless the note writes a day first where no month can stand (22/10/2026) and never the reverse.
  let dayFirst = false;
  let monthFirst = false;
  let ambiguousNumeric: Atom[] | undefined;
  const scan = ATOM_SCANS[(ENGLISH_MONTH_START.test(text) ? 1 : 0) + (YEAR_LAST.test(text) ? 2 : 0)]!;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups ?? {};
    if (g['sM'] !== undefined || g['umM'] !== undefined) {
      if (SLASH_NOT_DATE_AFTER.test(text.slice(end, end + 13)) || SLASH_NOT_DATE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    }
    if (g['eM'] !== undefined && g['eD'] === undefined && g['eY'] === undefined && !g['eP'] && !EN_MONTH_ALONE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (BIRTH_DATE_AFTER.test(text.slice(end, end + 6)) || BIRTH_DATE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    const atom = readAtom(g, start, end);
    if (!atom) continue;
    if (g['mdM'] !== undefined && ANONYMISED_YEAR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) atom.hidden = true;
    const probe: Ymd | undefined = atom.date ?? (atom.md ? { y: 2000, m: atom.md.m, d: atom.md.d } : undefined);
    if (probe && !valid(probe)) continue;
    if (g['usY'] !== undefined) {
      const [a, b] = [Number(g['usA']), Number(g['usB'])];
      if (a > 12) dayFirst = true;
      else if (b > 12) monthFirst = true;
      else (ambiguousNumeric ??= []).push(atom);
    }
    if (g['yyY'] !== undefined) (shortYearMonths ??= []).push(atom);
    else if (g['yY'] !== undefined || g['aY'] !== undefined) shortYears = true;
    atoms.push(atom);
  }
  if (ambiguousNumeric && dayFirst && !monthFirst) for (const a of ambiguousNumeric) a.date = { y: a.date!.y, m: a.date!.d, d: a.date!.m };
  const all = shortYearMonths && !shortYears ? atoms.filter((a) => !shortYearMonths!.includes(a)) : atoms;
  // Forms read by a pass of their own, where the scan above left the place free; merged in once.
  const extra: Atom[] = [];
  const free = (start: number, end: number) => !all.some((a) => a.start < end && a.end > start) && !extra.some((a) => a.start < end && a.end > start);
  // (A year alone, after an English word that makes it a time: dx 2019, since 2020, in 2024. Looked for only
  // where a Latin word stands before a year.)
  if (LATIN_WORD_THEN_YEAR.test(text)) {
    for (const m of text.matchAll(ENGLISH_YEAR)) {
      const start = m.index;
      const end = start + m[0].length;
      if (free(start, end)) extra.push({ start, end, kind: 'year', date: { y: Number(m[0]) } });
    }
  }
  if (LATIN_WORD_THEN_YEAR_RANGE.test(text)) {
    for (const m of text.matchAll(ENGLISH_YEAR_RANGE)) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      const second = m.index + m[1]!.length + 1;
      // (Years in order, a course's few apart: not 2019-2015, not 1990-2024.)
      if (to < from || to - from > 20 || !free(m.index, second + 4)) continue;
      extra.push({ start: m.index, end: m.index + 4, kind: 'year', date: { y: from } }, { start: second, end: second + 4, kind: 'year', date: { y: to } });
    }
  }
  // (Most notes count no days: the scan for them runs only where the word is.)
  if (text.includes('ay')) {
    for (const m of text.matchAll(DAY_COUNT)) {
      const start = m.index;
      const end = start + m[0].length;
      if (free(start, end)) extra.push({ start, end, kind: 'relative', rel: 'Day', relCount: (m[1] === '-' ? -1 : 1) * Number(m[2]) });
    }
  }
  return extra.length ? [...all, ...extra].sort((x, y) => x.start - y.start) : all;
}

/** Resolves atoms in order, carrying the chain (last date) forward. */
class Resolver {
  last: Ymd | undefined;
  /** Since a date whose year the text hides: year-less dates have no year to take. */
  yearHidden = false;
  /** The day Day N counts from, once the note gives it. */
  dayZero: Ymd | undefined;
  constructor(
    public anchor: Ymd | undefined,
    previous: Ymd | undefined,
  ) {
    this.last = previous;
  }

  /** A month(-day) without a year, from the chain, else the anchor; never after the anchor. */
  private yearFor(md: { m: number; d?: number }): number | undefined {
    if (this.yearHidden) return undefined;
    let y: number;
    if (this.last) {
      y = this.last.y;
      if (this.last.m !== undefined && md.m < this.last.m) {
        y++;
        // 12/3 … 前回CT(11/20) looks back: from a chain not past the note's date, a next
        // year more than half a year past it, where this year is not, is not what was meant.
        // (Nor from a chain just past it, at a plan a few weeks on: 開始予定：11/10。… 10/8より内服中.)
        const a = this.anchor;
        if (a && (this.last.y - a.y) * 12 + (this.last.m - a.m!) <= 1 && (y - a.y) * 12 + (md.m - a.m!) > 6 && compare({ y: y - 1, m: md.m, d: md.d }, a) <= 0) y--;
      } else if (this.last.m !== undefined && this.anchor && md.m - this.last.m > 6 && compare({ y, m: md.m, d: md.d }, this.anchor) > 0) {
        // (Nor is a month more than half a year on from the chain, past the note's date: 本日受診。咳嗽は12月中旬から
        // in a January note began the December before, and 退院日：1/8 … 経過：12/22より in a summary written
        // in November looks back to the stay.)
        y--;
      }
    } else if (this.anchor) {
      y = this.anchor.y;
      if (compare({ y, m: md.m, d: md.d }, this.anchor) > 0) y--;
    } else {
      return undefined;
    }
    return y;
  }

  resolve(a: Atom): { value: Ymd; part?: DatePart; inferred: boolean } | undefined {
    if (a.date) return { value: a.date, part: a.part, inferred: false };
    if (a.md) {
      const y = this.yearFor(a.md);
      if (y === undefined) return undefined;
      const value = { y, m: a.md.m, d: a.md.d };
      return valid(value) ? { value, part: a.part, inferred: true } : undefined;
    }
    const base = this.last;
    switch (a.rel) {
      case '本日':
      case '今日':
      case 'Today':
      case 'today':
        return this.anchor ? { value: this.anchor, inferred: true } : undefined;
      case '同日':
      case '当日':
        return base?.d !== undefined ? { value: base, inferred: true } : undefined;
      case '翌日':
        return base?.d !== undefined ? { value: addDays(base, 1), inferred: true } : undefined;
      case '前日':
        return base?.d !== undefined ? { value: addDays(base, -1), inferred: true } : undefined;
      // (N日前/後 count from the last date; weeks, months and years before, like 昨日 and
      // 先月, from the note's date, else the last date: to the precision the words give.)
      case 'N日':
        return base?.d !== undefined ? { value: addDays(base, a.relCount!), inferred: true } : undefined;
      case 'N週': {
        const from = this.anchor ?? base;
        return from?.d !== undefined ? { value: addDays(from, 7 * a.relCount!), inferred: true } : undefined;
      }
      case 'Nか月': {
        const from = this.anchor ?? base;
        if (from?.m === undefined) return undefined;
        const months = from.y * 12 + from.m - 1 + a.relCount!;
        return { value: { y: Math.floor(months / 12), m: (months % 12) + 1 }, inferred: true };
      }
      case 'N年': {
        const from = this.anchor ?? base;
        return from ? { value: { y: from.y + a.relCount! }, inferred: true } : undefined;
      }
      case 'Day':
        return this.dayZero ? { value: addDays(this.dayZero, a.relCount!), inferred: true } : undefined;
      case '同年':
        return base ? { value: { y: base.y }, inferred: true } : undefined;
      case '同月':
        return base?.m !== undefined ? { value: { y: base.y, m: base.m }, inferred: true } : undefined;
      case '翌月':
        if (base?.m === undefined) return undefined;
        return { value: base.m === 12 ? { y: base.y + 1, m: 1 } : { y: base.y, m: base.m + 1 }, inferred: true };
      // (The day before the note's date, as 本日 is the note's date.)
      case '昨日':
      case '昨夜':
      case '昨晩':
        return this.anchor?.d !== undefined ? { value: addDays(this.anchor, -1), inferred: true } : undefined;
      case '一昨日':
        return this.anchor?.d !== undefined ? { value: addDays(this.anchor, -2), inferred: true } : undefined;
      // (The month before the note's, and the note's month.)
      case '先月':
        if (this.anchor?.m === undefined) return undefined;
        return { value: this.anchor.m === 1 ? { y: this.anchor.y - 1, m: 12 } : { y: this.anchor.y, m: this.anchor.m - 1 }, inferred: true };
      case '今月':
        return this.anchor?.m !== undefined ? { value: { y: this.anchor.y, m: this.anchor.m }, inferred: true } : undefined;
      case '昨年':
      case '去年':
        return this.anchor ? { value: { y: this.anchor.y - 1 }, inferred: true } : undefined;
      case '一昨年':
      case 'おととし':
        return this.anchor ? { value: { y: this.anchor.y - 2 }, inferred: true } : undefined;
      case '今年':
      case '本年':
        return this.anchor ? { value: { y: this.anchor.y }, inferred: true } : undefined;
      case '翌年': {
        if (!base) return undefined;
        const value: Ymd = a.nextYearMonth ? { y: base.y + 1, m: a.nextYearMonth } : { y: base.y + 1 };
        return { value, part: a.part, inferred: true };
      }
      default:
        return undefined;
    }
  }
}

/**
 * Finds date expressions in `text` and resolves them to ISO dates (EVENTS.md
 * "Dates"): 西暦 and 和暦 forms, year-month, month-day, English month names, 上旬/中旬/下旬, relative
 * words, closed and open ranges (across New Year too). A year-less date takes its
 * year from the last date before it, moving to the next year when the month goes
 * back; with nothing before it, the anchor (note date) gives the latest such date
 * not after it. A birth date (生年月日：…, …生) is not read. Offsets are into `text` as given.
 */
export function findDates(text: string | NormalizedText, options: FindDatesOptions = {}): DateMention[] {
  return findDatesWithChain(text, options).mentions;
}

// The month alone closing a month range (2024/4～8 TC, 2021-04〜07), not a day, a count, an ordinal or a dose (～8日, ～8mg,
// ～8/12, 2023年5月から2次治療, 5月から2nd line).
const BARE_MONTH_END = /^(1[0-2]|0?[1-9])(?![0-9./／月日年回週個か箇%ヶカコクサ例人次度期型群相剤歳才錠分時行本名点線倍段]|\s?(?:mg|Gy|kg|cm|mm|ml|mL|h|y|L)\b|st|nd|rd|th)/;

/**
 * {@link findDates}, also returning the last resolved date (to chain into a later call) and
 * the mentions on the `visitDays` spans that became the anchor (a visit's day, for segmentation).
 */
export function findDatesWithChain(
  text: string | NormalizedText,
  options: FindDatesOptions = {},
): { mentions: DateMention[]; last?: PartialDate; visitDayMentions?: DateMention[] } {
  const norm = typeof text === 'string' ? normalize(text) : text;
  const atoms = scanAtoms(norm.text);
  const resolver = new Resolver(parseIso(options.anchor), parseIso(options.previous));
  const mentions: DateMention[] = [];
  const restarts = resolver.anchor ? (options.restarts ?? []) : [];
  let nextRestart = 0;
  const visitDays = options.visitDays ?? [];
  let nextVisitDay = 0;
  const visitDayMentions: DateMention[] = [];
  // (Day 0 matters only to a note that counts days: elsewhere no date is tested for being it.)
  const countsDays = atoms.some((a) => a.rel === 'Day');
  // One expression of a word and the date that gives its value (本日（8/27）, 昨年3月), read as one atom.
  const pushJoined = (startNorm: number, endNorm: number, value: Ymd, part: DatePart | undefined, yearInferred: boolean, kind: DateMention['kind']) => {
    resolver.last = value;
    const [start, end] = toOriginalSpan(norm, startNorm, endNorm);
    const dateValue: DateValue = { start: iso(value) };
    if (part) dateValue.part = part;
    mentions.push({ start, end, text: norm.original.slice(start, end), value: dateValue, yearInferred, kind });
  };
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (nextRestart < restarts.length && a.start >= restarts[nextRestart]!) {
      while (nextRestart < restarts.length && a.start >= restarts[nextRestart]!) nextRestart++;
      resolver.last = undefined;
    }
    while (nextVisitDay < visitDays.length && visitDays[nextVisitDay]![1] <= a.start) nextVisitDay++;
    const visitDay = visitDays[nextVisitDay];
    const isVisitDay = !!visitDay && a.start === visitDay[0] && a.end === visitDay[1] && a.date?.d !== undefined;
    if (isVisitDay) resolver.anchor = a.date;
    if (a.hidden) {
      resolver.last = undefined;
      resolver.yearHidden = true;
      continue;
    }
    if (a.date) resolver.yearHidden = false;
    const first = resolver.resolve(a);
    if (!first) continue;
    resolver.last = first.value;
    if (countsDays && a.rel !== 'Day' && first.value.d !== undefined && (DAY_ZERO_AFTER.test(norm.text.slice(a.end, a.end + 48)) || DAY_ZERO_BEFORE.test(norm.text.slice(Math.max(0, a.start - 10), a.start)))) resolver.dayZero = first.value;
    let endNorm = a.end;
    let range: DateMention['range'];
    let endValue: Ymd | undefined;
    let inferred = first.inferred;
    const next0 = atoms[i + 1];
    if (a.rel && TODAY.has(a.rel) && next0 && next0.kind !== 'relative') {
      // 本日（8/27）: one expression; the written date gives the value.
      const paren = /^ ?[(（] ?$/.exec(norm.text.slice(a.end, next0.start));
      const close = /^ ?[)）]/.exec(norm.text.slice(next0.end));
      if (paren && close) {
        const inner = resolver.resolve(next0);
        if (inner) {
          pushJoined(a.start, next0.end + close[0].length, inner.value, undefined, inner.inferred, next0.kind);
          i++;
          continue;
        }
      }
    }
    if (a.rel && YEAR_WORDS.has(a.rel) && next0 && (next0.kind === 'month' || next0.kind === 'month-day') && YEAR_WORD_MONTH_GAP.test(norm.text.slice(a.end, next0.start))) {
      // 昨年3月, 今年8月, 今年の6月: one expression; the month is of the year the word names.
      const inner = resolver.resolve(next0);
      const close = RANGE_CONNECTOR.exec(norm.text.slice(next0.end, next0.end + 4));
      if (inner && !close) {
        pushJoined(a.start, next0.end, inner.value, inner.part, true, next0.kind);
        i++;
        continue;
      }
    }
    const after = norm.text.slice(a.end, a.end + 10);
    const conn = RANGE_CONNECTOR.exec(after);
    let bareMonth: RegExpExecArray | null = null;
    const next = atoms[i + 1];
    // A ～ 同年5月1日 (or 今年2月): the end is the year word's month, as 同年5月1日 alone is.
    const yearWordMonth = conn && next?.rel && YEAR_WORDS.has(next.rel) && next.start === a.end + conn[0].length ? atoms[i + 2] : undefined;
    let yearWordEnd: Ymd | undefined;
    if (yearWordMonth && (yearWordMonth.kind === 'month' || yearWordMonth.kind === 'month-day') && YEAR_WORD_MONTH_GAP.test(norm.text.slice(next!.end, yearWordMonth.start))) {
      const year = resolver.resolve(next!);
      if (year) resolver.last = year.value;
      const second = year && resolver.resolve(yearWordMonth);
      if (second && compare(second.value, first.value) >= 0) yearWordEnd = second.value;
      resolver.last = first.value;
    }
    if (yearWordEnd) {
      endValue = yearWordEnd;
      resolver.last = yearWordEnd;
      endNorm = yearWordMonth!.end;
      range = 'closed';
      inferred = true;
      i += 2;
    } else if (conn && next && next.start === a.end + conn[0].length && next.kind !== 'relative' || (conn && next?.rel === '翌年' && next.start === a.end + conn[0].length)) {
      // A ～ B: B's year follows A's (11/19～2/10 crosses New Year).
      const second = resolver.resolve(next!);
      if (second && compare(second.value, first.value) >= 0) {
        endValue = second.value;
        resolver.last = second.value;
        endNorm = next!.end;
        const mada = /^ ?まで/.exec(norm.text.slice(endNorm));
        if (mada) endNorm += mada[0].length;
        range = 'closed';
        inferred ||= second.inferred;
        i++;
      }
    } else if (conn && !/\s$/.test(conn[0]) && first.value.m !== undefined && first.value.d === undefined && (bareMonth = BARE_MONTH_END.exec(norm.text.slice(a.end + conn[0].length, a.end + conn[0].length + 4)))) {
      // 2024/4～8: a month range written with the second month alone (2024/10～3 crosses New Year).
      const m = Number(bareMonth[1]);
      endValue = { y: first.value.y + (m < first.value.m ? 1 : 0), m };
      resolver.last = endValue;
      endNorm = a.end + conn[0].length + bareMonth[1]!.length;
      range = 'closed';
    } else if (conn && (conn[0].includes('~') || /^ ?- ?(?:[)）]|\n|$)|^-[ \t]/.test(norm.text.slice(a.end, a.end + 4)) || OPEN_END_WORD.test(norm.text.slice(a.end, a.end + 12)))) {
      // A～, and A- closing a parenthesis or a line ((2025/1-)) or written against the date
      // before a space (2024/11- エリブリン; 2019/3 - 手術 is a separator): an open range.
      // (…also A-present, as English writes it: 2025/02-present: lorlatinib.)
      range = 'open';
      endNorm = a.end + conn[0].trimEnd().length;
    }
    const [start, end] = toOriginalSpan(norm, a.start, endNorm);
    const value: DateValue = { start: iso(first.value) };
    if (endValue) value.end = iso(endValue);
    if (first.part) value.part = first.part;
    mentions.push({
      start,
      end,
      text: norm.original.slice(start, end),
      value,
      ...(range ? { range } : {}),
      yearInferred: inferred,
      kind: a.kind,
    });
    if (isVisitDay) visitDayMentions.push(mentions[mentions.length - 1]!);
  }
  const last = resolver.last;
  return { mentions, ...(last ? { last: iso(last) } : {}), ...(visitDayMentions.length ? { visitDayMentions } : {}) };
}
