import type { Certainty } from '../schema/events.js';
import { codeUnitTest, ENGLISH_SENTENCE_END } from '../segment/chars.js';
import { dictionaries } from './dictionaries.js';

// Clause and sentence boundaries and the cue words whose scope they limit. Tested by
// code unit: every extractor asks for clauses around every candidate. One test
// giving a bit per kind of boundary, not a test function per kind, keeps the scan
// loop monomorphic (a function passed in was called, not inlined, per character).
const CLAUSE = 1;
const SENTENCE = 2;
const LINE = 4;
/** The boundaries a code unit is: \n ends all three, 。 a sentence and a clause, 、,;； a clause. */
const breakKinds = (c: number) =>
  c === 0x0a ? CLAUSE | SENTENCE | LINE : c === 0x3002 ? CLAUSE | SENTENCE : c === 0x3001 || c === 0x2c || c === 0x3b || c === 0xff1b ? CLAUSE : 0;

// Scans stop after this many characters: a "clause" or "line" longer than that (a
// note with no punctuation) is cut there, which keeps every extractor linear in the
// note's length instead of quadratic.
const MAX_SCAN = 400;

function scan(text: string, at: number, end: number, kind: number): [number, number] {
  let a = at;
  const aLimit = Math.max(0, at - MAX_SCAN);
  while (a > aLimit && (breakKinds(text.charCodeAt(a - 1)) & kind) === 0) a--;
  let b = end;
  const bLimit = Math.min(text.length, end + MAX_SCAN);
  while (b < bLimit && (breakKinds(text.charCodeAt(b)) & kind) === 0) b++;
  return [a, b];
}

/** [start, end) of the clause around `at` (between 、。,; or line ends). */
export function clauseAt(text: string, at: number, end = at): [number, number] {
  return scan(text, at, end, CLAUSE);
}

/** [start, end) of the sentence around `at` (between 。 and line ends). */
export function sentenceAt(text: string, at: number, end = at): [number, number] {
  return scan(text, at, end, SENTENCE);
}

/** [start, end) of the line around `at`. */
export function lineAt(text: string, at: number): [number, number] {
  return scan(text, at, at, LINE);
}

/** [start, end) of the line after the one holding `at`, if there is one. */
export function nextLineAt(text: string, at: number): [number, number] | undefined {
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? undefined : lineAt(text, lineEnd + 1);
}

// Every English sentence end (segment/chars.ts), for matchesOf.
const ENGLISH_SENTENCE_ENDS = new RegExp(ENGLISH_SENTENCE_END.source, 'g');

/** `a`, or where the last English sentence in [a, b) that ends before `b` ends. */
export function afterEnglishSentenceEnd(t: string, a: number, b: number): number {
  // (One character past b, so that a sentence ending right before b is seen: its capital is at b. CEA 45 (from 120). SD)
  const span = t.slice(a, b + 1);
  if (!/[.!?]\s/.test(span)) return a;
  let end = a;
  for (const m of matchesOf(ENGLISH_SENTENCE_ENDS, span)) end = a + m.index + m[0].length;
  return end;
}

/** `end`, or where the first English sentence in [from, end) ends, at its full stop. */
export function englishSentenceEndAfter(t: string, from: number, end: number): number {
  const span = t.slice(from, end);
  if (!/[.!?]\s/.test(span)) return end;
  const [first] = matchesOf(ENGLISH_SENTENCE_ENDS, span);
  return first ? from + first.index : end;
}

/** A character of a written name or phrase: kanji, katakana, ー, ・, Latin letters, digits, hyphen. */
export const isWordChar = codeUnitTest(/[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・\-]/u);

/** Where the run of word characters ending at `end` starts, no further back than `floor`; with `withDot` false, a ・ ends it too. */
export function wordRunStart(text: string, end: number, floor: number, withDot = true): number {
  let start = end;
  while (start > floor && isWordChar(text.charCodeAt(start - 1)) && (withDot || text[start - 1] !== '・')) start--;
  return start;
}

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, without the
 * copy of the regex `matchAll` makes on each call (the rules scan each note with
 * some twenty patterns). Not re-entrant for one regex: callers finish with the
 * array before scanning with the same regex again.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = m.index + 1;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * {@link matchesOf}, or none without running the regex when the text holds none
 * of `words`, one of which every match contains. For patterns that start with a
 * lookbehind or an optional part, which the regex engine tries at every position.
 */
export function matchesWith(re: RegExp, text: string, words: readonly string[]): RegExpExecArray[] {
  return words.some((w) => text.includes(w)) ? matchesOf(re, text) : [];
}

/**
 * {@link matchesOf} for a pattern every match of which contains one of
 * `anchors`, tried only at the few places a match could start: for an anchor at
 * `p`, from `earliest(text, p)` up to `p`. `earliest` must be a lower bound on
 * where a match holding that anchor occurrence starts, and must not decrease as
 * `p` grows. For patterns the regex engine would try at every position of the
 * note (a leading lookbehind, an optional prefix, a character class run).
 */
export function matchesAround(re: RegExp, text: string, anchors: readonly string[], earliest: (text: string, p: number) => number): RegExpExecArray[] {
  const sticky = stickyCopy(re);
  const out: RegExpExecArray[] = [];
  // Matches do not overlap: the next one starts at `from` or later; start
  // positions below `tried` have been tried already.
  let from = 0;
  let tried = 0;
  // Each anchor's next occurrence at or after `tried` (-1: none left), looked up
  // again only once `tried` has passed it, so each anchor is searched for once per
  // occurrence instead of once per candidate.
  const next = anchors.map((anchor) => text.indexOf(anchor));
  for (;;) {
    let p = -1;
    for (let k = 0; k < anchors.length; k++) {
      let q = next[k]!;
      if (q >= 0 && q < tried) next[k] = q = text.indexOf(anchors[k]!, tried);
      if (q >= 0 && (p < 0 || q < p)) p = q;
    }
    if (p < 0) break;
    let found: RegExpExecArray | null = null;
    for (let i = Math.max(tried, from, earliest(text, p)); i <= p && !found; i++) {
      sticky.lastIndex = i;
      found = sticky.exec(text);
    }
    if (found) {
      out.push(found);
      from = tried = found.index + Math.max(1, found[0].length);
    } else {
      tried = p + 1;
    }
  }
  return out;
}

const stickies = new WeakMap<RegExp, RegExp>();
function stickyCopy(re: RegExp): RegExp {
  let s = stickies.get(re);
  if (!s) stickies.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
}

/** A word as a regex matching it literally. */
export const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cueRegex = (words: string[]) => new RegExp(words.map(escapeWord).join('|'));
let cues: { negation: RegExp; suspected: RegExp; plan: RegExp; family: RegExp; otherIndication: RegExp } | undefined;
function cueSet() {
  if (!cues) {
    const c = dictionaries().cues;
    // A relative word is a family-history cue when it labels a finding (母 乳癌, 父：胃癌,
    // 母が乳癌), not when it names who was told (本人・夫にIC).
    const relatives = c.family.filter((w) => !/history|家族歴/.test(w)).map(escapeWord);
    const family = new RegExp(`家族歴|family history|(?:${relatives.join('|')})(?:[ :：(（]|が|は)`);
    // A disease other than cancer named as what follows is for (関節リウマチ（, ネフローゼ症候群に対し).
    const otherIndication = new RegExp(`(?:${c['non-oncologic'].map(escapeWord).join('|')})[^、。()（）]{0,8}(?:に対し(?:て)?|への|に|[(（:：])[^、。]{0,8}$`);
    cues = { negation: cueRegex(c.negation), suspected: cueRegex(c.suspected), plan: cueRegex(c.plan), family, otherIndication };
  }
  return cues;
}

// What a finding causes follows these; a cue after them is about that (骨転移による脊髄圧迫の疑い).
const CAUSE = /による|に伴う|に起因する|が原因の/;
// A verb's て-form going on to a new subject or object, a pause (…) in reported speech, or
// what the patient minds (むくみはほとんど気にならない: there, not bothersome), or the finding said
// present before a but (息切れは軽度あるが安静時は問題ない).
const OTHER_PREDICATE = /(?:^|[ぁ-ん])て[^、。]*?[がを]|…|\.{3}|気に|あ(?:る|った|ります|りました)(?:が|けれど|けど|ものの)/;
// A marker's name right before a cue (HER2陰性, ER (-), CLDN18.2陰性): the cue is the marker's result.
// (Not an examination's, which tells of the finding: 脳転移 MRI (-).)
const MARKER_BEFORE_CUE = /(?<![A-Za-z])(?:ER|PgR|PR|EGFR|ALK|ROS1|KRAS|NRAS|RAS|BRAF|PD-L1|MSI|MMR|TTF-1|BRCA|[A-Z][A-Za-z]*\d[A-Za-z0-9.-]*)\s*$/;

// What follows a suspicion cue when the cue describes a finding (疑う所見, 示唆する集積, 疑いのある病変, 疑う明らかな病変を).
const SUGGESTING_FINDING = /^(?:う|わせる|する|される)?(?:の(?:ある)?)?[^、。]{0,8}?(?:所見|病変|像|結節|陰影|集積|腫瘤)(?:は|も|を|が)?\s*$/;

// A pathologist's or reader's 'consistent with' (…として矛盾しない) states what it names.
const CONSISTENT_WITH = /^\s*(?:として|に|で)矛盾し(?:ない|ません)/;

/**
 * Certainty of a finding at [start, end): a cue after it in its clause (なし,
 * 認めず; 疑い, 可能性) decides; the scope ends at the clause, so
 * `脳転移なし、肝転移あり` negates only the brain.
 * Returns the certainty and where the cue ends (for the evidence span).
 */
export function certaintyAfter(text: string, start: number, end: number, limit?: number): { certainty: Certainty; cueEnd: number } {
  const [, clauseEnd] = clauseAt(text, start, end);
  const stop = Math.min(clauseEnd, limit ?? clauseEnd);
  let tail = text.slice(end, stop);
  const cause = CAUSE.exec(tail);
  if (cause) tail = tail.slice(0, cause.index);
  // 'Consistent with' states it: 肝転移として矛盾しない, 胃癌として矛盾しません.
  const consistent = CONSISTENT_WITH.exec(tail);
  if (consistent) return { certainty: 'confirmed', cueEnd: end + consistent[0].length };
  const { negation, suspected } = cueSet();
  const s = suspected.exec(tail);
  // …以外に特になし, …の他に自覚症状はなく negate the others, not this finding.
  let n = /^[^、。]{0,3}(?:以外|の他|のほか)/.test(tail) ? null : negation.exec(tail);
  if (n) {
    const beforeCue = tail.slice(0, n.index);
    // A cue after another predicate with its own argument, after a pause in speech or about
    // minding it is not the finding's: しびれて冷たい物が触れない, しびれ…動けない, 気にならない.
    if (OTHER_PREDICATE.test(beforeCue)) n = null;
    // Nor one a marker's name takes (右乳癌 術後再発（骨・肝転移）ER陽性 HER2陰性, 骨転移 HER2陰性: the marker
    // is negative, the spread is known). (A parenthesis closed before the cue is not enough: ILD症状（咳・息切れ）なし.)
    else if (MARKER_BEFORE_CUE.test(beforeCue)) n = null;
    // 増大なし, 変化なし, 著変なく negate a change of it; so do 変わらない and 変わりない (手足のしびれは変わらない: still there).
    else if (/(?:増大|増悪|拡大|進行|変化|著変|増加|新出)(?:は|が)?\s*$|変わら$|変わり$/.test(beforeCue)) return s ? { certainty: 'suspected', cueEnd: end + s.index + s[0].length } : { certainty: 'confirmed', cueEnd: end };
    // A finding that would suggest it, found absent, negates it: 肝転移を疑う所見なし, …を示唆する集積は認めない.
    else if (s && s.index < n.index && SUGGESTING_FINDING.test(tail.slice(s.index + s[0].length, n.index))) return { certainty: 'negated', cueEnd: end + n.index + n[0].length };
  }
  // The nearer cue wins (…の可能性なし is rare; 疑いなし means negated).
  if (n && (!s || n.index <= s.index || /疑い(は)?(なし|無し)/.test(tail))) return { certainty: 'negated', cueEnd: end + n.index + n[0].length };
  if (s) return { certainty: 'suspected', cueEnd: end + s.index + s[0].length };
  return { certainty: 'confirmed', cueEnd: end };
}

/** The words that label a diagnosis (診断名：, 入院時診断：, 病名：, Dx, a registry's 組織型：, a trial record's 対象：, an endoscopy record's 対象病変：, a team round's 患者背景：, a record's 患者： or 患者情報：, a report's Impression:, an English history's Hx: or Onc Hx:), as a regex source. */
export const DIAGNOSIS_LABEL_WORD = String.raw`(?:(?:入院時|退院時|最終|臨床|病理|術前|術後)?診断名?|組織型|組織診断|(?:主たる|主)?傷?病名|原疾患|疾患名?|原発(?:巣|部位)?|対象疾患|臨床情報|対象病変|対象|患者(?:背景|情報)?|背景|(?:総合)?判定|(?:(?:[Cc]linical|[Pp]athologic(?:al)?|[Ff]inal|[Pp]re-?operative|[Pp]ost-?operative|[Aa]dmission|[Dd]ischarge|[Pp]rincipal)\s+)?(?:Dx|Diagnosis|diagnosis)|[Cc]linical\s+(?:[Hh]istory|[Ii]nformation)|Onc(?:ology|ologic(?:al)?)?\s+(?:Hx|[Hh]istory)|Hx|History|[Ii]mpression|IMPRESSION)`;

/**
 * An operation record's label, with nothing after it but the dates taken out: 術式：, 手術：,
 * Op:, Operation:, a data export's surgery=, ■手術 (a mark for the label, no colon, the date after it).
 */
export const OPERATION_LABEL = /^\s*(?:[【[]?(?:術式|施行術式|手術名|手術|Operation|Procedure|Surgery|Op|Ope|オペ)\s*[】\]:：=]|[■◆●]\s*(?:術式|手術名?)(?=\s))\s*$/i;

// PD is also a pancreatoduodenectomy: after an operation label (Op: 2022/6/14 PD, 術式：PD), in
// parentheses after the operation's name (膵頭十二指腸切除術（PD）), or with the act or what was
// kept (PD施行, PD術後, PD（亜全胃温存）).
const DATE_AT_END = /(?:19|20)\d{2}[/.-]\d{1,2}(?:[/.-]\d{1,2})?\s*$/;
const OPERATION_NAME_BEFORE = /(?:切除|摘出)術?\s*[(（]\s*$/;
const OPERATION_AFTER = /^\s*(?:を|が)?\s*(?:施行|実施|術)|^\s*[(（][^()（）]*温存/;

/** True when the `PD` written at `at` names the operation (pancreatoduodenectomy), not progressive disease. */
export function isOperationPD(text: string, at: number): boolean {
  const end = at + 2;
  return OPERATION_AFTER.test(text.slice(end, end + 24)) || OPERATION_NAME_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || OPERATION_LABEL.test(text.slice(lineAt(text, at)[0], at).replace(DATE_AT_END, ''));
}

// A past-history label opening a line: 既往歴：, 既往症), 【既往】, PMH:.
const PAST_HISTORY_LABEL = /^\s*[【[(（]?\s*(?:既往(?:歴|症)?|PMH|PHx|past (?:medical )?history)\s*[】\])）:：]/i;

/** True when the line starting at `ls` is a past-history field's, or one of the lines indented under it. */
export function inPastHistory(t: string, ls: number): boolean {
  for (let start = ls; ; ) {
    const line = t.slice(start, lineAt(t, start)[1]);
    if (PAST_HISTORY_LABEL.test(line)) return true;
    if (start === 0 || !/^\s/.test(line)) return false;
    start = lineAt(t, start - 1)[0];
  }
}

/** True when the clause before `at` speaks of a relative (家族歴, 父, 母…). */
export function isFamilyContext(text: string, at: number): boolean {
  const [a] = clauseAt(text, at);
  const [s] = sentenceAt(text, at);
  const before = text.slice(Math.min(a, s), at);
  return cueSet().family.test(before);
}

// A line that lists what is discussed (討議：手術か根治的CRTか, 論点：…) names options, not acts; so does
// one stating a board's decision or recommendation, for later (Decision: cetuximab-RT, to start 6/22; 結論：…).
const DISCUSSION_LABEL = /^\s*[【[<＜]?\s*(?:討議|論点|検討事項|相談事項|選択肢|結論|推奨|Discussion|Options?|Decision|Recommendations?)\s*[】\]>＞]?\s*[:：]/;

/** True when the line holding `at` opens with a discussion or decision label (討議：, 論点：, Decision:): what it names are options or plans. */
export function isDiscussionLine(text: string, at: number): boolean {
  return DISCUSSION_LABEL.test(text.slice(lineAt(text, at)[0], at));
}

// A board's proposal: Plan discussed:, Plan recommended:, and Recommendation:, Proposed plan:.
const PLAN_PROPOSED = String.raw`Plan\s+(?:discussed|recommended|proposed)`;
const RECOMMENDATION = String.raw`Recommendations?|Proposed plan`;
// A line that opens with a plan's label (【方針】, 今後の方針：, Plan:, a board's Plan discussed: or Recommendation:) lists what is to come; so does one
// naming what is planned (予定術式：, 予定手術：, 手術予定：, 【前処置予定】, 移植予定日：) or its schedule (手術内容及び日程：,
// 検査日程：, as a care-plan form writes them).
const PLAN_LABEL = new RegExp(String.raw`^\s*[【[<＜■]?\s*(?:(?:今後の|治療|診療)?(?:方針|計画|${PLAN_PROPOSED}|Plan)|${RECOMMENDATION}|予定(?:術式|手術|治療|処置)|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}予定日?|[^:：\n【】[\]]{0,10}日程)\s*(?:[】\]>＞]\s*[:：]?|[:：])`, 'iu');

// A proposal's label, as a tumour board writes it (Plan discussed:, Recommendation:): what follows is proposed,
// unlike a visit's Plan:, which says what goes on (Plan: continue T-DXd).
const PROPOSAL_LABEL = new RegExp(String.raw`^\s*(?:${PLAN_PROPOSED}|${RECOMMENDATION})\s*[:：]`, 'i');

/** True when the line holding `at` opens with a proposal's label (Plan discussed:, Recommendation:): nothing on it is given yet. */
export function isProposalLine(text: string, at: number): boolean {
  return PROPOSAL_LABEL.test(text.slice(lineAt(text, at)[0], at));
}

/** True when the line holding `at` opens with a plan's label (【方針】…, 方針：…, 治療計画：…, 予定術式：…): what it names is to come. */
export function isPlanLine(text: string, at: number): boolean {
  return PLAN_LABEL.test(text.slice(lineAt(text, at)[0], at));
}

/** Words proposing or offering a therapy (…を提案いたします, …を提示, 推奨): what they name is not given yet. */
export const PROPOSED = /提案|提示|推奨|お勧め|おすすめ/;

/** True when the text names a plan or proposal rather than something done. */
export function hasPlanCue(s: string): boolean {
  return cueSet().plan.test(s);
}

/** True when the text ends naming a disease other than cancer, or fertility care, as what comes next is for (data/cues.tsv `non-oncologic`). */
export function endsWithOtherIndication(before: string): boolean {
  return cueSet().otherIndication.test(before);
}
