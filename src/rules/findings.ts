// Staging, metastasis, biomarker, response and radiotherapy: findings with a
// written form precise enough for scanners.
import type {
  BiomarkerEvent, ClinicalEvent, MetastasisEvent, MetastasisSite, ProcedureEvent, RadiotherapyEvent, ResponseEvent, StagingEvent,
} from '../schema/events.js';
import { isWhiteSpace } from '../segment/chars.js';
import { afterEnglishSentenceEnd, certaintyAfter, clauseAt, DIAGNOSIS_LABEL_WORD, inPastHistory, isDiscussionLine, isFamilyContext, isOperationPD, isPlanLine, lineAt, matchesAround, matchesOf, matchesWith, nextLineAt, PROPOSED, sentenceAt, wordRunStart } from './context.js';
import type { LexiconHit } from './lexicon.js';
import { lexicons, type BiomarkerName } from './lexicons.js';
import type { EventDate } from '../schema/dates.js';
import { mentionDate, otherLineDate, type NoteContext } from './note-context.js';

const ROMAN: Record<string, string> = { '0': '0', '1': 'I', '2': 'II', '3': 'III', '4': 'IV' };

// A pathology report in the Japanese classifications' notation lists the T's
// invasion, vessel and nerve factors before the N: pT4a(SE), INFb, Ly1a, V1b, BD2, Pn1a, pN1b.
const PATHOLOGY_FACTOR_WORD = String.raw`(?:INF\s?[abc]|[Ll]y\s?[0-3][a-c]?|[Vv]\s?[0-3][a-c]?|BD\s?[1-3]|Pn\s?[0-3][ab]?|ne\s?[0-3]|UL\s?[01]|IM\s?[01]|mpd\s?[01])`;
const PATHOLOGY_FACTORS = String.raw`(?:${PATHOLOGY_FACTOR_WORD}(?:\s*[(（][^()（）]{0,20}[)）])?[\s,、]+)*`;
// …and the gastric and colorectal classifications write the peritoneum, liver and cytology before the M: N2、P0、H0、CY0、M0.
const SPREAD_FACTORS = String.raw`(?:(?:[cpsf]?(?:P|H|CY)\s?[0-3X])[\s,、]+)*`;
const PATHOLOGY_FACTOR = new RegExp(String.raw`[\s,、]${PATHOLOGY_FACTOR_WORD}[\s,、(（]`);
// The UICC site codes, as a note writes them (PUL, OSS, HEP, …): in a TNM string's M1 and as metastasis events.
const UICC_SITE_CODES = 'PUL|OSS|HEP|BRA|LYM|MAR|PLE|PER|ADR|SKI|OTH';
const M1_SITE_CODE = `(?:${UICC_SITE_CODES})`;
// What may stand between a TNM string and its stage: a note in parentheses (HEP), (H2),
// (肝転移), or a pathology report's node counts by station (pN1b (3/21: #201 2/12, …));
// a germ-cell tumour's serum category (pT1 N2 M1a S1, Stage IIIA); the margins (pPM0 (120mm), pDM0, pRM0);
// the sites of M1 as codes (cT4aN2M1 PER, cStage IVB; M1c OSS・HEP).
const BEFORE_STAGE = new RegExp(String.raw`^(?:\s*[(（][^()（）\n。]{1,60}[)）])?(?:\s+${M1_SITE_CODE}(?:\s*[,、・]\s*${M1_SITE_CODE})*(?![A-Za-z]))?(?:\s*S[0-3X](?![A-Za-z0-9]))?(?:[\s,、]*p?(?:PM|DM|RM|HM|VM|EM|PCM|BCM|DPM)\s?[01X](?![A-Za-z0-9])(?:\s*[(（][^()（）\n]{0,20}[)）])?)*[\s,、]*`);
// N and M may carry the prefix again and a note in parentheses may follow each
// category (pT2a（腫瘍径3.5cm）、pN0（0/12）); a prefixed T may stand alone (病理: pT2).
// (The categories may be parted by slashes too: T2a/N2/M1b.)
const TNM = new RegExp(String.raw`(?<![A-Za-z0-9])(yp|yc|p|c|r|s|f)?T(is|X|a|[0-4](?:mi|[a-d][1-3]?)?)(?:(?:\s*[(（][^()（）]{0,30}[)）])?[\s,、/]*${PATHOLOGY_FACTORS}(?:yp|p|c|s|f)?N([0-3X][a-c]?|O)(?:(?:\s*[(（][^()（）]{0,30}[)）])?[\s,、/]*${SPREAD_FACTORS}(?:p|c|s|f)?M([01][a-c]?\d?|X|O(?![A-Za-z0-9])))?|(?![A-Za-z0-9]))`, 'g');
// (A label's colon or the classification in parentheses may stand before the stage: 病期：IV期, 臨床病期（UICC8）：IIIA期.)
// (FIGO 2018 marks how nodes were found after IIIC1/IIIC2: r by imaging, p by pathology.)
const STAGE = /(?<![A-Za-z0-9])(yp|yc|p|c|f)?-?\s*(?:Stage|stage|STAGE|st\.?(?=\s?[IV])|CS(?:\s+|(?=I{1,3}[A-Ba-b]|IV))(?=[IV])|ステージ|臨床病期|病理病期|病期|進行期|FIGO\s*(?:[(（]?\s*(?:19|20)\d{2}\s*年?\s*[)）]?\s*)?(?:分類\s*)?(?:[Ss]tage)?|R-ISS|ISS|Ann\s*Arbor\s*(?:分類\s*)?(?:[Ss]tage)?|Rai\s*(?:[Ss]tage)?|IRS\s*(?:[Gg]roup|グループ)?|PRETEXT\s*(?:分類\s*)?|(?:正岡(?:-Koga)?|Masaoka(?:-Koga)?)\s*(?:分類\s*)?(?:[Ss]tage)?)\s*(?:[(（]\s*(?:UICC|AJCC|TNM|第\s*\d)[^()（）\n]{0,12}[)）]\s*)?(?:[:：]\s*)?(IV|I{1,3}|0|[1-4])([A-Ca-c]\d?)?(?:(?<=[Cc][12])[rp])?(?![A-Za-z0-9])\s*期?/g;
// A stage written as its prefix and numeral alone, right after the TNM string: pT1cN1M0 pIIB, cT2N0M0 cIIA (the groups as {@link STAGE}'s).
const SHORT_STAGE = /^(yp|p|c)(IV|I{1,3}|0)([A-Ca-c]\d?)?(?![A-Za-z0-9])\s*期?/;
// Every TNM match holds one of these, at most 2 after its start (ypT2).
const TNM_T = ['T0', 'T1', 'T2', 'T3', 'T4', 'Tis', 'TX', 'Ta'];
// A form's TNM fields, each category a letter and its value apart (UICC病期分類：T 2　N 1　M 0): the groups as {@link TNM}'s.
const TNM_SPACED = /(?<![A-Za-z0-9])(yp|yc|p|c)?T ?(is|X|[0-4][a-d]?) +(?:yp|p|c)?N ?([0-3X][a-c]?) +(?:p|c)?M ?([01][a-c]?|X)(?![A-Za-z0-9])/g;
const TNM_SPACED_WORDS = ['M 0', 'M 1', 'M X'];
// Every STAGE match holds one of these (Stage/stage → tage, STAGE, ステージ, …病期),
// whose word starts at most 2 before it (臨床病期); before the word come white
// space, a dash and a prefix of at most 2 (yp-): a match starts no earlier.
const STAGE_WORDS = ['tage', 'TAGE', 'stI', 'stV', 'st I', 'st V', 'st.', 'CS', 'ステージ', '病期', '進行期', 'FIGO', 'ISS', 'Arbor', 'Rai', 'IRS', 'PRETEXT', '正岡', 'Masaoka'];
type TnmPrefix = NonNullable<NonNullable<StagingEvent['tnm']>['prefix']>;
/** The stage a {@link STAGE} match writes, as EVENTS.md spells it: ステージ4 → IV, IIIa → IIIA. */
const stageOf = (m: RegExpExecArray) => (ROMAN[m[2]!] ?? m[2]!) + (m[3]?.toUpperCase() ?? '');
/** The event's TNM prefix for one written: the Japanese classifications' surgical and final findings (sT4a, fStage IVC) have none. */
function tnmPrefix(written: string | undefined): TnmPrefix | undefined {
  return written === 's' || written === 'f' ? undefined : (written as TnmPrefix | undefined);
}
function stageEarliest(text: string, p: number): number {
  let w = p - 2;
  while (w > 0 && isWhiteSpace(text.charCodeAt(w - 1))) w--;
  return w - 3;
}
const SYSTEM = /UICC\s*(?:第\s*)?(\d)\s*版|UICC\s*(\d)(?:th)?|AJCC\s*(?:第\s*)?(\d)?|Ann\s*Arbor|Lugano|FIGO/;

// …or written before the stage: Lugano分類 Stage I, UICC第8版 cStage IIB.
const SYSTEM_BEFORE = new RegExp(`(?:${SYSTEM.source})(?:病期)?(?:分類)?\\s*[:：]?\\s*$`);

function stagingSystem(s: string): string | undefined {
  const m = SYSTEM.exec(s);
  if (!m) return undefined;
  if (m[0].startsWith('UICC')) return `UICC${m[1] ?? m[2]}`;
  if (m[0].startsWith('AJCC')) return m[3] ? `AJCC${m[3]}` : 'AJCC';
  return m[0].startsWith('Ann') ? 'Ann Arbor' : m[0] === 'FIGO' ? 'FIGO' : 'Lugano';
}

/** TNM strings and stages; a stage written right after a TNM string joins its event. */
export function extractStaging(ctx: NoteContext): StagingEvent[] {
  const t = ctx.text;
  const events: StagingEvent[] = [];
  const stages = matchesAround(STAGE, t, STAGE_WORDS, stageEarliest);
  const usedStages = new Set<number>();
  const findings = new Set<StagingEvent>();
  const spaced = matchesWith(TNM_SPACED, t, TNM_SPACED_WORDS).filter((m) => /\s/.test(m[0].slice(m[1]?.length ?? 0, (m[1]?.length ?? 0) + 2)));
  const tnms = matchesAround(TNM, t, TNM_T, (_, p) => p - 2);
  for (const m of spaced.length ? [...tnms, ...spaced].sort((x, y) => x.index - y.index) : tnms) {
    // A T alone is a category only with its prefix (pT2), not an MRI weighting (T2).
    if (m[3] === undefined && !m[1]) continue;
    // (A letter O for a zero only in one unbroken string, cT2NOMO; not T2 NO MORE.)
    if ((m[3] === 'O' || m[4] === 'O') && /\s/.test(m[0])) continue;
    let a = m.index;
    let b = a + m[0].length;
    let prefix = m[1];
    let stage: string | undefined;
    // So may a pathology report's node counts by station and its margins (pN1b (3/21: #201 2/12, …), pPM0, pRM0, pStage IIIB).
    const after = BEFORE_STAGE.exec(t.slice(b))![0];
    const st = stages.find((s) => s.index + (s[0].length - s[0].trimStart().length) === b + after.length);
    // …or the stage stands first and the TNM string in its parentheses: stage IB（T2bN0M0B0）.
    const stageBefore = st ? undefined : stages.find((s) => s.index < a && !usedStages.has(s.index) && /^\s*[(（]\s*$/.test(t.slice(s.index + s[0].trimEnd().length, a)));
    // …or in parentheses after it (ypT0N0 (ypStage 0)), or its prefix and numeral alone (pT1cN1M0 pIIB).
    const stageInParentheses = st || stageBefore ? undefined : stages.find((s) => s.index > b && !usedStages.has(s.index) && /^\s*[(（]\s*$/.test(t.slice(b, s.index)) && /^\s*[)）]/.test(t.slice(s.index + s[0].trimEnd().length)));
    const short = st || stageBefore || stageInParentheses ? null : SHORT_STAGE.exec(t.slice(b + after.length));
    // (At most one of them is found; the evidence then stretches over it.)
    const stageMatch = st ?? stageBefore ?? stageInParentheses;
    if (stageMatch) usedStages.add(stageMatch.index);
    const told = stageMatch ?? short;
    if (told) {
      stage = stageOf(told);
      prefix ??= told[1];
    }
    if (st) {
      b = st.index + st[0].trimEnd().length;
    } else if (stageInParentheses) {
      const end = stageInParentheses.index + stageInParentheses[0].trimEnd().length;
      b = end + /^\s*[)）]/.exec(t.slice(end))![0].length;
    } else if (short) {
      b += after.length + short[0].trimEnd().length;
    } else if (stageBefore) {
      a = stageBefore.index + (stageBefore[0].length - stageBefore[0].trimStart().length);
      // (The evidence closes the parenthesis, over what else it holds: the blood category B0 of a lymphoma of the skin.)
      const close = /^[^()（）\n。]{0,12}[)）]/.exec(t.slice(b));
      if (close) b += close[0].length;
    }
    // Built in key order (prefix, t, n, m), field by field: spreads cost more here than the scan.
    const tnm: NonNullable<StagingEvent['tnm']> = {};
    const written = tnmPrefix(prefix);
    if (written) tnm.prefix = written;
    tnm.t = `T${m[2]}`;
    // (A zero mistyped as the letter O, as a case report may have it: cT2NOMO.)
    if (m[3] !== undefined) tnm.n = `N${m[3] === 'O' ? '0' : m[3]}`;
    if (m[4]) tnm.m = `M${m[4] === 'O' ? '0' : m[4]}`;
    const event: StagingEvent = { type: 'staging', tnm, evidence: ctx.evidence(a, b), date: ctx.dateAt(a, { range: false }) };
    if (stage) event.stage = stage;
    const system = stagingSystem(t.slice(b, b + 16));
    if (system) {
      event.system = system;
      const close = /^\s*[(（][^)）]*[)）]/.exec(t.slice(b));
      if (close) event.evidence = ctx.evidence(a, b + close[0].length);
    }
    events.push(event);
    if (PATHOLOGY_FACTOR.test(m[0])) findings.add(event);
  }
  for (const st of stages) {
    if (usedStages.has(st.index)) continue;
    // The stage of another disease (CKD stage 3a, 褥瘡 stage II, NYHA) is not the cancer's.
    if (OTHER_DISEASE_STAGE.test(t.slice(Math.max(0, st.index - 12), st.index))) continue;
    const stage = stageOf(st);
    const a = st.index + (/^\s*/.exec(st[0])?.[0].length ?? 0);
    let b = st.index + st[0].trimEnd().length;
    const prefix = tnmPrefix(st[1]);
    const event: StagingEvent = { type: 'staging', tnm: prefix ? { prefix } : {}, stage, evidence: ctx.evidence(a, b), date: ctx.dateAt(a, { range: false }) };
    // The system named in the stage's own words (FIGO, R-ISS, Ann Arbor, 臨床病期（UICC8）), else right before it, else after it.
    const named = st[0].includes('R-ISS') ? 'R-ISS' : st[0].includes('ISS') ? 'ISS' : /Rai/.test(st[0]) ? 'Rai' : /IRS/.test(st[0]) ? 'IRS' : /PRETEXT/.test(st[0]) ? 'PRETEXT' : stagingSystem(st[0]);
    const systemBefore = named ? null : SYSTEM_BEFORE.exec(t.slice(Math.max(0, a - 20), a));
    const system = named ?? (systemBefore ? stagingSystem(systemBefore[0]) : stagingSystem(t.slice(b, b + 16)));
    if (system) {
      event.system = system;
      const close = systemBefore ? null : /^\s*[(（][^)）]*[)）]/.exec(t.slice(b));
      if (close) b += close[0].length;
      event.evidence = ctx.evidence(systemBefore ? a - systemBefore[0].length : a, b);
    }
    events.push(event);
  }
  // A stage named by its system after it: IIB期 (FIGO2018).
  for (const m of matchesWith(STAGE_THEN_FIGO, t, ['FIGO'])) {
    if (ctx.overlapsEvidence(events, m.index, m.index + m[0].length)) continue;
    events.push({ type: 'staging', tnm: {}, stage: m[1]! + (m[2]?.toUpperCase() ?? ''), system: 'FIGO', evidence: ctx.evidence(m.index, m.index + m[0].length), date: ctx.dateAt(m.index, { range: false }) });
  }
  // A stage written as its numeral and 期 alone (胃癌 IV期, 卵巣癌 IIIC期（…）, cT4aN2M0、III期): right after the cancer's
  // name, or after the TNM string, whose event it completes. (Not 第II期, a trial's phase, nor a stage of another disease.)
  for (const m of matchesWith(STAGE_KI, t, ['期'])) {
    const a = m.index;
    const b = a + m[0].length;
    if (ctx.overlapsEvidence(events, a, b)) continue;
    const stage = m[1]! + (m[2]?.toUpperCase() ?? '');
    const tnmBefore = events.find((e) => e.tnm?.t !== undefined && !e.stage && e.evidence && /^[\s、,]*$/.test(ctx.note.text.slice(e.evidence.end, ctx.original(a))));
    if (tnmBefore) {
      tnmBefore.stage = stage;
      tnmBefore.evidence = ctx.evidence(ctx.normalizedOffset(tnmBefore.evidence!.start), b);
      continue;
    }
    if (!CANCER_BEFORE_STAGE.test(t.slice(Math.max(lineAt(t, a)[0], a - 40), a))) continue;
    events.push({ type: 'staging', tnm: {}, stage, evidence: ctx.evidence(a, b), date: ctx.dateAt(a, { range: false }) });
  }
  // A T category alone, or a report's findings (pT3(SS), INFb, …, pN2(4/32)), restates the
  // full statement the note makes of it (pT3N2M0 pStage IIIA): one event.
  const withT = events.filter((e) => e.tnm?.t !== undefined);
  const known = (e: StagingEvent) => (e.tnm!.n === undefined ? 0 : 1) + (e.tnm!.m === undefined ? 0 : 1) + (e.stage === undefined ? 0 : 1);
  const restated = (e: StagingEvent) => (e.tnm!.n === undefined || findings.has(e)) && e.tnm!.m === undefined && !e.stage
    && withT.some((f) => f !== e && f.tnm!.t === e.tnm!.t && f.tnm!.prefix === e.tnm!.prefix && (e.tnm!.n === undefined || e.tnm!.n === f.tnm!.n) && known(f) > known(e));
  return events.filter((e) => e.tnm?.t === undefined || !restated(e)).sort((x, y) => x.evidence!.start - y.evidence!.start);
}

// An operation that takes the specimen a pathological stage is read from: a resection, its dissection, ESD, TURBT.
const RESECTION = /切除|摘除|摘出|全摘|郭清|ESD|EMR|TUR/;

/**
 * Dates pathological stages (p, yp) by the operation whose specimen they are read from: a stage with
 * no date on its own line, dated before every resection the note dates, takes the date of the nearest
 * resection in the text (2024/10～ DCF 3コース施行し、2025/1/15 胸腔鏡下食道亜全摘術。\n病理：ypT1bN0
 * → 2025-01-15). A stage can be no older than its specimen. Changes the staging events of `events` in place.
 */
export function datePathologicalStages(ctx: NoteContext, events: readonly ClinicalEvent[]): void {
  const resections = events.filter((p): p is ProcedureEvent => p.type === 'procedure' && !!p.date?.start && RESECTION.test(p.name));
  if (!resections.length) return;
  for (const stage of events) {
    if (stage.type !== 'staging') continue;
    const prefix = stage.tnm?.prefix;
    const own = stage.date?.start;
    // (Not one its own line dates: pTa (2022.4 TURBT) is that operation's, whatever was resected later.)
    if ((prefix !== 'p' && prefix !== 'yp') || !own || stage.date!.text !== undefined) continue;
    // (Nor one dated on or after a resection already: the report of 4/15 on the operation of 4/10.)
    if (!resections.every((p) => p.date!.start > own && !p.date!.start.startsWith(own))) continue;
    const at = stage.evidence!.start;
    const nearest = resections.reduce((x, y) => (Math.abs(y.evidence!.start - at) < Math.abs(x.evidence!.start - at) ? y : x));
    const { text, ...value } = nearest.date!;
    // (Its expression is the date's text only on the stage's own line.)
    const sameLine = text !== undefined && lineAt(ctx.note.text, at)[0] === lineAt(ctx.note.text, nearest.evidence!.start)[0];
    stage.date = sameLine ? { ...value, text } : value;
  }
}

const OTHER_DISEASE_STAGE = /(?:CKD|慢性腎臓病|腎臓病|褥瘡|心不全|NYHA|COPD|GOLD)\s*[:：]?\s*$/i;
// (A FIGO 2018 stage may say how its nodes were found, after C1 or C2: IIIC1r期.)
const STAGE_KI = /(?<![A-Za-z0-9第])(IV|I{1,3})([A-Ca-c]\d?)?(?:(?<=[Cc][12])[rp])?\s*期(?![間待限日目的])/g;
// A cancer's name right before its stage, perhaps with its details in parentheses: 胃癌 IV期, 子宮体癌（類内膜癌） IVB期.
const CANCER_BEFORE_STAGE = /(?:癌|がん|肉腫|腫|白血病|Ca|ca|cancer|carcinoma)\s*(?:[(（][^()（）]{0,30}[)）])?\s*[、,]?\s*$/;
const STAGE_THEN_FIGO = /(?<![A-Za-z0-9])(IV|I{1,3})([A-Ca-c]\d?)?[rp]?\s*期\s*[(（]\s*FIGO[^()（）]{0,10}[)）]/g;
// A pathology report's call after 転移 (転移陰性, 転移は陽性).
const METASTASIS_CALL = /^\s*(?:は)?\s*(陽性|陰性)/;
// (meta and メタ are the ward's shorthand: 肝meta, 多発肺メタ; not メタボ, metabolic.)
const METASTASIS_WORD = /転移|播種|(?<![A-Za-z])meta(?![a-z])|メタ(?![ボノンクル])/g;
const RULE_OUT_BEFORE = /(?<![A-Za-z])(?:r\/o|s\/o)\s*$/i;
const FINDING_NOUN_END = /(?:腫大|腫瘤|結節|病変|増大|浸潤|肥厚|陰影|転移|播種|再発|集積|meta|メタ)$/;
const ENGLISH_METS = /\b(?:mets?|metastas[ie]s)\b/gi;
const METASTATIC_SITES = /\b[Mm]etastatic\s+(?:[\w+/-]+\s+){0,4}?(?:cancer|carcinoma|adenocarcinoma|ca|melanoma|sarcoma|disease)\s*\(/g;
// What asks about a metastasis rather than finds it: 脳転移の有無, 骨転移検索; or names a board or clinic
// for such metastases (骨転移キャンサーボード, 脳転移カンファレンス, 骨転移外来), which finds none.
const ASKED_ABOUT_AFTER = /^\s*の?(?:有無|検索)|^(?:キャンサーボード|カンファ|外来|チーム|診療班|検討会)/;
const SITE_CODE = new RegExp(`(?<![A-Za-z])(${UICC_SITE_CODES})(?![A-Za-z])`, 'g');
// A pathology report's nodes with cancer in them, in English: Sentinel lymph nodes: metastatic carcinoma in 1 of 3 nodes,
// metastatic carcinoma in one sentinel lymph node. (None counted, in 0 of 12, is no finding, as 0/12個転移 is none.)
const ENGLISH_NODE_METASTASIS =
  /\b(?:(?:[A-Z]?[a-z]+\s+){0,2}lymph\s+nodes?(?:\s*\([^()\n]{0,30}\))?\s*:\s*[Mm]etastatic\s+(?:carcinoma|adenocarcinoma|disease|tumou?r|melanoma)(?:\s+in\s+(\d+|one|two|three|four|five)\s*(?:of|\/)\s*\d+(?:\s+(?:lymph\s+)?nodes?)?)?|[Mm]etastatic\s+(?:carcinoma|adenocarcinoma|disease|tumou?r|melanoma)\s+in\s+(\d+|one|two|three|four|five)\s*(?:(?:of|\/)\s*\d+\s+)?(?:[a-z]+\s+){0,2}(?:lymph\s+)?nodes?)/g;

// What says a node site's nodes are swollen, right after it: 肺門リンパ節腫脹, 縦隔リンパ節の腫大, 鎖骨上窩リンパ節も腫大.
const NODES_SWOLLEN_AFTER = /^(?:の|も|は|が)?\s*(?:多数|多発性?に?|著明に)?\s*(?:腫脹|腫大)/;
// A lesion described at an organ (肝S8に12mm大の低吸収域): the organ, then the finding.
// (…also with a lobe or 内 between: 右肺下葉に 4mm の微小結節, 肝内に散在性の低吸収結節; a bone's sclerosis or lysis: 胸椎椎体に…骨硬化像;
// and an organ itself enlarged: 左副腎は腫大しており.)
const LESION_AFTER_SITE = /^(?:S\d+(?:\/\d+)?|[上中下]葉|内)?(?:(?:に|の)[^、。]{0,20}?(?:病変|結節|腫瘤|低吸収域|低濃度域|高信号域?|集積|陰影|腫瘍|SOL|硬化像|骨硬化|溶骨|造骨)|(?:は|が|も)\s*腫大)/;
// Sites listed together before one lesion, a side or a region perhaps before each: 皮下、肝、左副腎に…, 胸壁，肝，左副腎，腹部皮下に….
const SITES_LISTED_BETWEEN = /^\s*[、,，・]\s*\p{Script=Han}{0,3}\s*$/u;
// A word pointing back to a lesion told before: こちらも, いずれも, 同部は, 一元的に.
const POINTING_BACK_WORD = String.raw`(?:(?:こちら|これら|これ|いずれ|同部|同病変)(?:も|は)\s*|一元的に\s*)`;
// What may stand before a bare 転移 in its sentence and point back to the lesion of the sentence before.
const POINTING_BACK = new RegExp(String.raw`^\s*${POINTING_BACK_WORD}*$`);
const POINTING_BACK_AFTER_COMMA = new RegExp(String.raw`[、,，]\s*${POINTING_BACK_WORD}+$`);
// A generic spread listed after a site's metastasis and denied with it: 、遠隔転移所見は認めなかった, 、他臓器転移なし.
const GENERIC_SPREAD_DENIED_AFTER = /^[、,，]\s*(?:遠隔|他臓器|その他の?)転移(?:所見|巣)?(?:は|も)?\s*(?:認め(?:ず|な|ませ|られ(?:ず|な|ませ))|なし|無し|ありません|指摘でき(?:ず|な|ませ))/;
// A side written before a site (右, 左, 両側), and the comma between listed sites.
const SIDE = String.raw`(?:右|左|両側?)`;
const SIDE_BEFORE = new RegExp(`${SIDE}$`);
const SIDE_BEFORE_SITE = new RegExp(`^${SIDE}`);
// What joins sites listed before one 転移: 、 or a word for and (縦隔リンパ節および肝に転移).
const LIST_JOIN = /(?:[、,，]|および|及び)$/;
// A count before the last site listed: 多発肝転移, 散在性の肺転移.
const COUNT_BEFORE_SITE = /(?:多発|多数|散在性?の?)$/;
// A count the only word before 転移: 多発転移, 無数の転移.
const COUNT_ONLY = /^(?:多発|多数|無数|散在性)$/;

// What denies the lesion: 認めません, なし, ありません, 指摘できません.
const LESION_DENIED = /認め(?:ず|ない|ません|られ(?:ず|ない|ません))|なし|無し|ありません|指摘でき/;

// What separates sites listed together (肝・リンパ節, 肺、縦隔リンパ節): a site before it is no station's name.
const SITE_LIST_BREAK = /[・、,，/／\s]|と|や|及び|および/;

/** The sites named in `s`; an organ or a bone naming a lymph-node station (肝門部リンパ節, 骨盤リンパ節, 総腸骨リンパ節) is the node's, no site of its own: the node's hit starts there. */
function sitesIn(s: string): LexiconHit<MetastasisSite>[] {
  const hits = lexicons().sites.find(s);
  if (hits.length < 2) return hits;
  const sites: LexiconHit<MetastasisSite>[] = [];
  let stationStart = -1;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const next = hits[i + 1];
    if (h.value !== 'LYM' && next?.value === 'LYM' && next.spelling.includes('リンパ') && next.start - h.end <= 6 && !SITE_LIST_BREAK.test(s.slice(h.end, next.start))) {
      if (stationStart < 0) stationStart = h.start;
      continue;
    }
    sites.push(stationStart < 0 ? h : { ...h, start: stationStart, spelling: s.slice(stationStart, h.end) });
    stationStart = -1;
  }
  return sites;
}

/**
 * The sites of the run of word characters ending at `end` (at most 40 back, not before `floor`),
 * when a site word ends it: the site before a particle (骨盤リンパ節に転移) or a space (No.16b1リンパ節 転移).
 */
function sitesEndingAt(t: string, end: number, floor: number): { start: number; hits: LexiconHit<MetastasisSite>[] } | undefined {
  const start = wordRunStart(t, end, Math.max(floor, end - 40));
  const hits = start < end ? sitesIn(t.slice(start, end)) : [];
  return hits.length && hits[hits.length - 1]!.end === end - start ? { start, hits } : undefined;
}

/**
 * The sites of the lesion described just before a bare 転移 in its sentence (…の低吸収域、転移を疑う), or in the sentence
 * before when 転移 opens its own, perhaps after a word pointing back (こちらも, いずれも, 一元的に); all the sites listed
 * together before the lesion (皮下、肝、左副腎に多発結節があり、), sorted; empty when there is none.
 */
function lesionSites(ctx: NoteContext, k: number): MetastasisSite[] {
  const t = ctx.text;
  const [ss] = sentenceAt(t, k);
  let before = t.slice(ss, k);
  // 転移 opening its sentence is about the lesion of the sentence before on its line
  // (左肺S3に8mm結節、新出。転移の可能性あり。; 肝内に散在性の低吸収結節を認めます。一元的に転移と考えます。).
  if (POINTING_BACK.test(before) && ss > 0 && /[。．]/.test(t[ss - 1] ?? '')) {
    const [ps] = sentenceAt(t, ss - 1);
    // (Not a lesion the sentence before calls the cancer itself: …腫瘤性病変を認め、肺扁平上皮癌が強く疑われる。転移のない….)
    if (t.lastIndexOf('\n', ss - 1) < ps && !lastCancerWordEnd(t.slice(ps, ss - 1))) before = t.slice(ps, ss - 1) + '、';
  }
  // (…also after あり or を認め with no comma, as a report may run on: 右気管傍リンパ節腫脹あり転移を疑います; and after a word
  // pointing back: 左副腎は腫大しており、こちらも転移の可能性.)
  before = before.replace(POINTING_BACK_AFTER_COMMA, '、');
  if (!/(?:[、,]|あり|を認め)\s*$/.test(before)) return [];
  const hits = sitesIn(before);
  // The lesion's site: the last site a lesion follows (not a site word inside the lesion's own name: 造骨性腫瘤, 骨硬化像).
  // Swollen nodes are the lesion of a node site: 右気管傍リンパ節腫脹あり、 / 右鎖骨上窩に腫大リンパ節を認め、.
  let j = hits.length - 1;
  const lesionAfter = (h: LexiconHit<MetastasisSite>) =>
    LESION_AFTER_SITE.test(before.slice(h.end)) || (h.value === 'LYM' && (NODES_SWOLLEN_AFTER.test(before.slice(h.end)) || /腫大(?:した)?リンパ節$/.test(before.slice(0, h.end))));
  while (j >= 0 && !lesionAfter(hits[j]!)) j--;
  // (Not a lesion found absent: …リンパ節腫大は認めません。播種を疑う結節は認めません.)
  if (j < 0 || LESION_DENIED.test(before.slice(hits[j]!.end))) return [];
  const sites = new Set<MetastasisSite>([hits[j]!.value]);
  for (let i = j - 1; i >= 0 && SITES_LISTED_BETWEEN.test(before.slice(hits[i]!.end, hits[i + 1]!.start)); i--) sites.add(hits[i]!.value);
  return [...sites].sort();
}

/**
 * The sites listed with 、 before a site phrase starting at `start` (肝、脾、左副腎、|左卵巣転移), each item a site
 * alone, perhaps after its side; where the list starts and its codes, or undefined when no such item stands before.
 */
function listedSitesBefore(t: string, start: number, floor: number): { start: number; codes: MetastasisSite[] } | undefined {
  let at = start - (SIDE_BEFORE.exec(t.slice(Math.max(floor, start - 2), start))?.[0].length ?? 0);
  // (…and its count: 右鎖骨上リンパ節、多発肝転移.)
  at -= COUNT_BEFORE_SITE.exec(t.slice(Math.max(floor, at - 4), at))?.[0].length ?? 0;
  const codes: MetastasisSite[] = [];
  for (let join = LIST_JOIN.exec(t.slice(Math.max(floor, at - 3), at)); join && at - join[0].length > floor; join = LIST_JOIN.exec(t.slice(Math.max(floor, at - 3), at))) {
    const itemEnd = at - join[0].length;
    const itemStart = wordRunStart(t, itemEnd, Math.max(floor, itemEnd - 12), false);
    const item = t.slice(itemStart, itemEnd);
    const side = SIDE_BEFORE_SITE.exec(item)?.[0].length ?? 0;
    const found = sitesIn(item.slice(side));
    if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== item.length - side) break;
    codes.push(found[0]!.value);
    at = itemStart;
  }
  return codes.length ? { start: at, codes } : undefined;
}

/** Where the last cancer word (癌, がん, 腫瘍, 肉腫) in `s` ends (肺癌骨 → 2), or 0. */
function lastCancerWordEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === '癌' || (c === 'ん' && s[i - 1] === 'が') || (c === '瘍' && s[i - 1] === '腫') || (c === '腫' && s[i - 1] === '肉')) return i + 1;
  }
  return 0;
}

// What states a metastasis as a finding right after it: …転移再発と診断, …転移と判断, …転移を認め, …転移あり,
// …転移で再発 (also after other sites it is listed with: 肝転移・腹膜播種で再発, 鼠径リンパ節転移と多発骨転移を認めた).
// A line opening with a diagnosis label: 傷病名：, 診断名：, 【病名】, | 診断 |.
const DIAGNOSIS_LABEL_LINE = new RegExp(String.raw`^\s*(?:[<＜【[■]\s*|\|\s*)?${DIAGNOSIS_LABEL_WORD}\s*(?:[>＞】\]:：]|\|)`);
const FINDING_STATED = /^(?:\s*(?:[・、,]|と|や|及び|および)\s*[^\s、。・,]{1,10}(?:転移|播種))*\s*[)）]?\s*(?:(?:再発)?\s*(?:と(?:診断|判断)|を認め|あり|が出現|出現)|(?:で|にて)再発)/;

// What joins a site to 転移 after it: 骨盤リンパ節に転移, 肝臓にも多発転移, 肝臓に2か所転移, 骨への転移, 骨盤腔に腫瘍の播種, 両側肺に微小転移,
// 副腎には転移, 副腎に明らかな転移, 左小脳に8mm大の転移.
const SITE_PARTICLE_BEFORE = /(?:に[もは]?|への?)(?:明らかな|有意な)?(?:(?:腫瘍|癌)の)?(?:多発性?の?|単発性?の?|多数の|微小な?|\d{1,2}\s*(?:か所|カ所|ヶ所|ケ所|箇所|個)の?|\d{1,3}(?:\.\d)?\s*(?:mm|cm|ｍｍ)大?の)?$/;
// An organ's segments written after it (肝S7, 肝S4/S8): Couinaud's for the liver; a lung's lobe or
// segment (左肺下葉, 右肺S6, 右肺上葉S2).
const SEGMENT_AFTER_SITE = /(?<=肝)S\d{1,2}(?:\s*[\/・,、]\s*S?\d{1,2})*$|(?<=肺)(?:[上中下]葉(?:S\d{1,2})?|S\d{1,2}(?:\s*[\/・,、]\s*S?\d{1,2})*)$/;
// A count of positive nodes before 転移 (右2/9個転移, 3/15個に転移), its side kept with it.
const NODE_COUNT_BEFORE = /(?<![\d/.])([右左両]側?)?\s*(\d{1,2})\s*\/\s*\d{1,3}\s*個?\s*(?:に|で)?\s*$/;
// A metastatic tumour named by its organ: 転移性脳腫瘍, 転移性肝腫瘍, 転移性骨腫瘍, 転移性肝癌.
const METASTATIC_TUMOUR = /^転移性(\p{Script=Han}{1,3}?)(?:腫瘍|病変|癌|がん)/u;

// The value of a metastasis field after its label: 転移：肝、傍大動脈リンパ節 (部位, 巣 and 先 may close the label).
// The words a spread may be named by when its sites are listed after it: 多臓器, 遠隔, 多発; or none.
const GENERIC_SPREAD_RUN = /^(?:多発|遠隔|多臓器|他臓器|全身|多発遠隔)?$/;
const SITES_IN_PARENTHESES = /^\s*[(（]([^()（）\n]{1,40})[)）]/;
const SITE_FIELD = /^(?:部位|巣|先)?\s*[:：]\s*([^\n。]*?)\s*$/;

/** The sites a field lists, sorted, when every item of it names one (肝、傍大動脈リンパ節; 肺・骨（多発）); else undefined. */
function siteFieldItems(value: string): MetastasisSite[] | undefined {
  const items = value.replace(/[(（][^()（）]*[)）]/g, '').split(/[、,・/]/).map((s) => s.trim()).filter(Boolean);
  if (!items.length) return undefined;
  const codes = new Set<MetastasisSite>();
  for (const item of items) {
    const hits = sitesIn(item);
    if (!hits.length || /なし|無し|疑い|可能性|否定/.test(item)) return undefined;
    for (const h of hits) codes.add(h.value);
  }
  return [...codes].sort();
}

/** Metastases: explicit 転移/播種 words and written site codes; one event per site at its first confirmed mention. */
export function extractMetastasis(ctx: NoteContext): MetastasisEvent[] {
  const t = ctx.text;
  const found: { a: number; b: number; codes: MetastasisSite[]; detail?: string; certainty: 'confirmed' | 'suspected' | 'negated' }[] = [];
  for (const m of matchesOf(METASTASIS_WORD, t)) {
    const k = m.index;
    const [clauseStart] = clauseAt(t, k);
    // The site phrase: the run of word characters before 転移 (at most 40 back).
    let runStart = wordRunStart(t, k, Math.max(clauseStart, k - 40));
    // (After a cancer word only: 肺癌骨転移 is the lung cancer's bone metastasis.)
    const cancerEnd = lastCancerWordEnd(t.slice(runStart, k));
    if (cancerEnd > 0) runStart += cancerEnd;
    // (…and after what was operated on: 胃GIST術後肝転移 is the liver's, not the stomach's.)
    const operated = t.slice(runStart, k).lastIndexOf('術後');
    if (operated >= 0) runStart += operated + 2;
    let run = t.slice(runStart, k);
    let hits = sitesIn(run);
    // (…also across one space, a site ending right before it: No.16b1リンパ節 転移陰性.)
    const spaced = !run && k > 1 && (t[k - 1] === ' ' || t[k - 1] === '\u3000') ? sitesEndingAt(t, k - 1, clauseStart) : undefined;
    if (spaced) {
      runStart = spaced.start;
      run = t.slice(runStart, k);
      hits = spaced.hits;
    }
    // 転移性脳腫瘍, 転移性肝腫瘍: the site written inside the word.
    const tumour = run === '' ? METASTATIC_TUMOUR.exec(t.slice(k, k + 12)) : null;
    const tumourSites = tumour ? lexicons().sites.find(tumour[1]!).filter((h) => h.start === 0 && h.end === tumour[1]!.length) : [];
    if (tumour && tumourSites.length) {
      const b = k + tumour[0].length;
      const { certainty, cueEnd } = certaintyAfter(t, k, b);
      found.push({ a: k, b: Math.max(b, cueEnd), codes: [tumourSites[0]!.value], certainty, detail: ctx.evidence(k, b).text });
      continue;
    }
    // A generic spread with its sites in parentheses after it (多臓器転移（肝、肺、骨）, 遠隔転移（肝、骨）): one mention of them all.
    if (!hits.length && GENERIC_SPREAD_RUN.test(run)) {
      const listed = SITES_IN_PARENTHESES.exec(t.slice(k + m[0].length, k + m[0].length + 48));
      const items = listed ? siteFieldItems(listed[1]!) : undefined;
      if (listed && items) {
        const b = k + m[0].length + listed[0].length;
        const { certainty, cueEnd } = certaintyAfter(t, k, b);
        found.push({ a: runStart, b: Math.max(b, cueEnd), codes: items, certainty, detail: ctx.evidence(runStart, b).text });
        continue;
      }
    }
    // A field listing the sites (転移：肝、傍大動脈リンパ節, 転移部位：肺・骨): one mention of them all.
    if (!hits.length && /^(?:遠隔)?$/.test(run) && /^\s*(?:[・●■◆]\s*)?(?:遠隔)?$/.test(t.slice(lineAt(t, k)[0], k))) {
      const field = SITE_FIELD.exec(t.slice(k + m[0].length, lineAt(t, k)[1]));
      const items = field ? siteFieldItems(field[1]!) : undefined;
      if (field && items) {
        const b = k + m[0].length + field[0].length;
        found.push({ a: runStart, b, codes: items, certainty: 'confirmed', detail: ctx.evidence(b - field[1]!.length, b).text });
        continue;
      }
    }
    if (!hits.length) {
      // Nodes are what a pathology report counts: 郭清 → 右2/9個転移 is a lymph node metastasis (0/12個転移, none).
      const count = NODE_COUNT_BEFORE.exec(t.slice(Math.max(clauseStart, k - 16), k));
      if (count) {
        const a = k - count[0].length;
        const { certainty, cueEnd } = certaintyAfter(t, a, k + m[0].length);
        const none = Number(count[2]) === 0;
        found.push({ a, b: Math.max(k + m[0].length, cueEnd), codes: ['LYM'], certainty: none ? 'negated' : certainty, detail: ctx.evidence(a, k + m[0].length).text });
        continue;
      }
      // 骨盤リンパ節に転移, 肝臓に多発転移, 骨への転移: the site right before the particle.
      const particle = SITE_PARTICLE_BEFORE.exec(t.slice(Math.max(clauseStart, k - 8), k));
      // (…also with the organ's segment between: 肝S7に単発の転移.)
      const segment = particle ? SEGMENT_AFTER_SITE.exec(t.slice(Math.max(clauseStart, k - particle[0].length - 12), k - particle[0].length)) : null;
      const siteEnd = particle ? k - particle[0].length - (segment?.[0].length ?? 0) : k;
      const named = particle ? sitesEndingAt(t, siteEnd, clauseStart) : undefined;
      if (named) {
        runStart = named.start;
        run = t.slice(named.start, siteEnd);
        hits = named.hits;
      } else {
        // 肝S8に12mm大の低吸収域、転移を疑う: the site is the organ of the lesion described before.
        // (…also 多発転移, its count the only word before it: 皮下、肝、左副腎に多発結節があり、多発転移と考えます.)
        const lesions = run === '' || COUNT_ONLY.test(run) ? lesionSites(ctx, runStart) : [];
        if (lesions.length) {
          const { certainty, cueEnd } = certaintyAfter(t, k, k + m[0].length);
          found.push({ a: runStart, b: Math.max(k + m[0].length, cueEnd), codes: lesions, certainty });
        }
        continue;
      }
    }
    // Sites joined by ・ share the word (肝・骨転移, 肺門・縦隔リンパ節転移), but a joined
    // finding of its own (傍大動脈リンパ節腫大・腹膜播種, リンパ節転移・遠隔転移) is not one
    // of them: the phrase starts after the last element that ends in a finding noun.
    // (sep 0 ends the walk: lastIndexOf from -1 would find the same ・ again, for ever.)
    for (let sep = run.lastIndexOf('・'); sep >= 0; sep = sep > 0 ? run.lastIndexOf('・', sep - 1) : -1) {
      if (!FINDING_NOUN_END.test(run.slice(0, sep))) continue;
      runStart += sep + 1;
      hits = hits.filter((h) => h.start > sep).map((h) => ({ ...h, start: h.start - sep - 1, end: h.end - sep - 1 }));
      run = run.slice(sep + 1);
      break;
    }
    if (!hits.length) continue;
    const siteStart = runStart + hits[0]!.start;
    // The site phrase as written, from the first site word (or a leading level like C1-7).
    const lead = /[A-Za-z0-9\-]+$/.exec(t.slice(runStart, siteStart))?.[0] ?? '';
    // …and the sites listed with 、 before it, each alone (肝、脾、左副腎、左卵巣転移; 肝，副腎には転移を認めません).
    const listed = listedSitesBefore(t, siteStart - lead.length, lineAt(t, k)[0]);
    const codes = [...new Set([...(listed?.codes ?? []), ...hits.map((h) => h.value)])].sort();
    const a = listed?.start ?? siteStart - lead.length;
    const b = k + m[0].length;
    // One asked about is no finding: 特に脳転移の有無, 骨転移検索目的; nor one naming a board (骨転移キャンサーボード).
    if (ASKED_ABOUT_AFTER.test(t.slice(b, b + 8))) continue;
    let { certainty, cueEnd } = certaintyAfter(t, a, b);
    // A pathology call on it: 転移陰性 denies it (転移陽性 states it).
    const call = METASTASIS_CALL.exec(t.slice(b, b + 6));
    if (call && certainty === 'confirmed') {
      if (call[1] === '陰性') certainty = 'negated';
      cueEnd = b + call[0].length;
    }
    // A metastasis that has disappeared (肝転移はほぼ消失) is a response to treatment, no finding.
    if (certainty === 'negated' && /消失/.test(t.slice(b, cueEnd))) continue;
    // r/o 脳転移 (rule out), s/o 腹膜播種 (suggestive of): suspected, the cue written first.
    const cueBefore = RULE_OUT_BEFORE.exec(t.slice(Math.max(0, a - 6), a));
    if (cueBefore && certainty === 'confirmed') certainty = 'suspected';
    const phrase = t.slice(a, b);
    found.push({ a: cueBefore ? a - cueBefore[0].length : a, b: Math.max(b, cueEnd), codes, certainty, ...(phrase.length > hits[0]!.spelling.length + m[0].length ? { detail: ctx.evidence(a, b).text } : {}) });
  }
  // English: new lung mets, liver and bone metastases, Liver/lung mets, no brain mets.
  for (const m of matchesWith(ENGLISH_METS, t, ['met', 'Met', 'MET'])) {
    // (From the sentence, not the clause: the sites are listed with commas, liver, bone mets.)
    const [clauseStart] = sentenceAt(t, m.index);
    const from = Math.max(clauseStart, m.index - 40);
    const hits = lexicons().sites.find(t.slice(from, m.index));
    // The site words right before it, joined by "and", commas or slashes (liver/lung mets).
    const sites: typeof hits = [];
    let end = m.index - from;
    for (let h = hits.length - 1; h >= 0; h--) {
      if (!/^\s*(?:,|and|&|\/)?\s*$/.test(t.slice(from + hits[h]!.end, from + end))) break;
      sites.unshift(hits[h]!);
      end = hits[h]!.start;
    }
    if (!sites.length) continue;
    const a = from + sites[0]!.start;
    const lead = t.slice(clauseStart, a);
    let b = m.index + m[0].length;
    // …and the sites added after it with + and no such word of their own (multiple bone mets + LN).
    const codes = sites.map((h) => h.value);
    for (const h of lexicons().sites.find(t.slice(b, Math.min(t.length, b + 24)))) {
      if (!/^\s*[+＋]\s*$/.test(t.slice(b, m.index + m[0].length + h.start)) || /^\s*(?:mets?|metastas[ie]s)\b/i.test(t.slice(m.index + m[0].length + h.end))) break;
      codes.push(h.value);
      b = m.index + m[0].length + h.end;
    }
    const negated = /\b(?:no|without|negative for)\s+(?:new\s+|evidence of\s+)?$/i.exec(lead);
    const suspected = /\b(?:suspected|possible|probable|r\/o|rule out)\s+(?:new\s+)?$/i.exec(lead);
    const cue = negated ?? suspected;
    found.push({ a: cue ? a - cue[0].length : a, b, codes: [...new Set(codes)].sort(), certainty: negated ? 'negated' : suspected ? 'suspected' : 'confirmed' });
  }
  // English: the sites in parentheses after a metastatic cancer (metastatic … breast cancer (bone, liver)).
  for (const m of matchesWith(METASTATIC_SITES, t, ['etastatic'])) {
    const open = m.index + m[0].length;
    const close = t.indexOf(')', open);
    const hits = lexicons().sites.find(t.slice(open, close));
    // Only site words, joined by commas or "and".
    let rest = t.slice(open, close);
    for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
    if (!hits.length || !/^(?:\s|,|and|&)*$/.test(rest)) continue;
    found.push({ a: open, b: close, codes: [...new Set(hits.map((h) => h.value))].sort(), certainty: 'confirmed' });
  }
  for (const m of matchesWith(ENGLISH_NODE_METASTASIS, t, ['etastatic'])) {
    const count = m[1] ?? m[2];
    if (count === '0') continue;
    found.push({ a: m.index, b: m.index + m[0].length, codes: ['LYM'], certainty: 'confirmed', detail: ctx.evidence(m.index, m.index + m[0].length).text });
  }
  // Phrases that are sites by themselves: 癌性胸水, 癌性腹膜炎, がん性リンパ管症…
  for (const h of ctx.hits.sites) {
    if (!/癌性|がん性|悪性/.test(h.spelling)) continue;
    const { certainty, cueEnd } = certaintyAfter(t, h.start, h.end);
    found.push({ a: h.start, b: Math.max(h.end, cueEnd), codes: [h.value], certainty });
  }
  // Written site codes: BRA, PUL, LYM / (HEP, OSS).
  let group: RegExpMatchArray[] = [];
  // (Not a drug's abbreviation joined to another drug: ADR+IFM is doxorubicin with ifosfamide.)
  const joinedToDrug = (a: number, b: number) =>
    ctx.hits.drugs.some((h) => (h.start >= b && /^\s*[+＋]\s*$/.test(t.slice(b, h.start))) || (h.end <= a && /^\s*[+＋]\s*$/.test(t.slice(h.end, a))));
  const flush = () => {
    if (group.length) {
      const a = group[0]!.index!;
      const last = group[group.length - 1]!;
      if (joinedToDrug(a, last.index! + last[0].length)) {
        group = [];
        return;
      }
      found.push({ a, b: last.index! + last[0].length, codes: [...new Set(group.map((g) => g[1] as MetastasisSite))].sort(), certainty: 'confirmed' });
    }
    group = [];
  };
  for (const m of matchesOf(SITE_CODE, t)) {
    const prev = group[group.length - 1];
    if (prev && /^[\s,、・/]*$/.test(t.slice(prev.index! + prev[0].length, m.index))) group.push(m);
    else {
      flush();
      group.push(m);
    }
  }
  flush();

  found.sort((x, y) => x.a - y.a);
  // A site listed before a negated one shares its cue (肝転移、肺転移は認めませんでした), as symptoms do:
  // only with nothing but the 、 between them. (From the last: a list of three shares it too.)
  for (let i = found.length - 2; i >= 0; i--) {
    const f = found[i]!;
    const next = found[i + 1]!;
    if (f.certainty === 'confirmed' && next.certainty === 'negated' && /^[、,，]$/.test(t.slice(f.b, next.a))) {
      f.certainty = 'negated';
      f.b = next.b;
    }
  }
  // …and so does one listed before a generic spread denied (その他のリンパ節転移、遠隔転移所見は認めなかった).
  for (const f of found) {
    const denied = f.certainty === 'confirmed' ? GENERIC_SPREAD_DENIED_AFTER.exec(t.slice(f.b, f.b + 30)) : null;
    if (denied) {
      f.certainty = 'negated';
      f.b += denied[0].length;
    }
  }
  const known = new Set<MetastasisSite>();
  const events: MetastasisEvent[] = [];
  for (const f of found) {
    // A planned look (…転移の評価予定) is not a finding.
    if (f.certainty === 'confirmed' && /予定|検討/.test(t.slice(f.b, clauseAt(t, f.a, f.b)[1]))) continue;
    let codes = f.codes;
    if (f.certainty === 'confirmed') {
      codes = codes.filter((c) => !known.has(c));
      if (!codes.length) continue;
      for (const c of codes) known.add(c);
    }
    const e: MetastasisEvent = { type: 'metastasis', sites: codes, evidence: ctx.evidence(f.a, f.b), date: ctx.dateAt(f.a, { range: false }) };
    // A heading that restates a finding takes the date the note gives it elsewhere (EVENTS.md
    // "Dates"): #直腸癌術後 肝転移再発 … 2025/7 CTにて…肝転移再発と診断.
    // (So does a diagnosis label's line: 傷病名：甲状腺乳頭癌　多発肺転移 … ２０２２年より肺転移が出現.)
    // (…also where the line has no date of its own but inherits one, a title's: 症状詳記（令和8年10月診療分） / 病名：胃癌、腹膜播種.)
    if (!e.date?.text && f.certainty === 'confirmed' && (ctx.lineAt(f.a)?.role === 'heading' || DIAGNOSIS_LABEL_LINE.test(t.slice(lineAt(t, f.a)[0], f.a)))) {
      // (A statement of the finding, not a change in it or a treatment of it: 骨転移増悪, 脳転移縮小, 右腸骨転移に対し照射;
      // also as the parenthesis of a stage diagnosed: cT4aN2M1（腹膜播種）と診断.)
      const states = (o: (typeof found)[number]) => FINDING_STATED.test(t.slice(o.b, clauseAt(t, o.a, o.b)[1]));
      const restated = found.find((o) => o.a > f.b && o.certainty === 'confirmed' && o.codes.some((c) => codes.includes(c)) && states(o) && ctx.dateAt(o.a, { range: false })?.text);
      if (restated) e.date = ctx.dateAt(restated.a, { range: false });
    }
    if (f.detail) e.detail = f.detail;
    if (f.certainty !== 'confirmed') e.certainty = f.certainty;
    events.push(e);
  }
  return events;
}


// Variants written on their own imply their gene (T790M陽性 → EGFR T790M).
// (Exon may be shortened: EGFR Ex21 L858R, Ex19 del.)
const VARIANT = /(?:exon|[Ee]x)\s?19\s?(?:deletion|del|欠失)|ex19del|(?:exon|[Ee]x)\s?21\s?L858R|(?:exon|[Ee]x)\s?20\s?(?:insertion|ins|挿入)|(?:exon|[Ee]x)\s?14\s?skipping|[A-Z]\d{2,4}[A-Z](?:fs)?|ITD|TKD|exon\s?\d{1,2}(?![0-9])/;
const VARIANT_GENE: Record<string, string> = { T790M: 'EGFR', L858R: 'EGFR', C797S: 'EGFR', exon19del: 'EGFR', exon20ins: 'EGFR', V600E: 'BRAF', G12C: 'KRAS', G12D: 'KRAS', G12V: 'KRAS', G13D: 'KRAS', T315I: 'BCR-ABL1' };

function canonicalVariant(v: string): string {
  const s = v.replace(/\s+/g, '');
  if (/ex(?:on)?19/i.test(s)) return 'exon19del';
  if (/ex(?:on)?20/i.test(s)) return 'exon20ins';
  if (/ex(?:on)?14/i.test(s)) return 'exon14skipping';
  if (/ex(?:on)?21L858R/i.test(s)) return 'L858R';
  return s;
}

// The test named between a gene and its call, perhaps the kind of variant it looks for first
// (EGFR遺伝子検査：陰性, BRCA1/2 germline: 陰性, BRCA遺伝学的検査で陰性, EGFR遺伝子変異検査(cobas)：陰性).
const TEST_NAMED = String.raw`(?:\s*(?:germline|somatic|生殖細胞系列|体細胞))?(?:(?:遺伝学的|遺伝子)?(?:検査|検索|解析)(?:結果)?(?:\s*[(（][^()（）]{1,20}[)）])?\s*(?:は|で|にて)?)?`;
// A gene's call after it (ALK融合遺伝子陰性, KRAS G12C陽性), and a variant called without its gene (T790M陽性).
// The test's method may stand between a gene and its call: ALK-IHC陰性, ALK(FISH)陰性, ROS1 (RT-PCR) 陰性.
const METHOD = String.raw`(?:[-\s]?(?:IHC|FISH|NGS|RT-PCR|PCR|CISH|ISH)(?![A-Za-z])|\s*[(（]\s*(?:IHC|FISH|NGS|RT-PCR|PCR|CISH|ISH|cobas|Oncomine|オンコマイン)[^()（）]{0,20}[)）])?`;
const VARIANT_PAREN = new RegExp(`^\\s*[(（]\\s*(${VARIANT.source})\\s*(?:変異|陽性)?\\s*[)）]`);
// A variant in HGVS notation: c.188T>A, c.5266dupC, c.68_69delAG, p.Gly12Cys, p.(Arg1443*).
const HGVS = /(?<![A-Za-z])(?:c\.[-*]?\d+(?:[+-]\d+)?(?:_[-*]?\d+(?:[+-]\d+)?)?(?:[ACGT]>[ACGT]|del[ACGT]*|dup[ACGT]*|ins[ACGT]+|delins[ACGT]+)|p\.\(?[A-Z][a-z]{2}\d+(?:[A-Z][a-z]{2}|\*|Ter|fs(?:\*|Ter)?\d*)\)?)/;
// A protein change in one-letter codes, as a panel report writes an in-frame deletion: E746_A750del, L747_P753delinsS.
const PROTEIN_CHANGE = /[A-Z]\d{1,4}_[A-Z]\d{1,4}(?:delins[A-Z]+|del|ins[A-Z]+|dup)/;
// (In English a colon may stand before the variant or the call: EGFR mutation: exon 21 L858R detected, ALK: negative;
// shorthand too: RAS wt, KRAS mut.)
// (A variant in HGVS may stand before the call, also in parentheses: BRCA2 c.5946delT 陽性, BRCA2 病的バリアント（c.5946delT）陽性;
// so may a variant by name or a protein change: KRAS変異（G12C）陽性, EGFR：exon19 deletion（E746_A750del） 検出.)
// (…and は or が before the call: KRAS G12Cは陰性.)
const GENE_CALL = new RegExp(`^\\s*${METHOD}\\s*(?:遺伝子)?(?:変異|mutation)?${TEST_NAMED}\\s*[:：]?[-\\s]*(${VARIANT.source}|${HGVS.source})?\\s*(?:変異|遺伝子変異|病的バリアント|病的変異|生殖細胞系列変異|バリアント|融合遺伝子|融合|fusion|遺伝子増幅|増幅|ホモ欠失|欠失|遺伝子|mutation)?\\s*(?:[(（]\\s*(${HGVS.source}|${PROTEIN_CHANGE.source}|${VARIANT.source})\\s*(?:変異)?\\s*[)）])?\\s*(?:[:：]|は|が)?\\s*(陽性|高発現|陰性|野生型|wild[\\s-]?type|wt(?![A-Za-z])|mut(?:ant|ated)?(?![A-Za-z])|positive|negative|not\\s+detected|detected|検出(?:せず|されず|されなかった|されませんでした|なし)?|未検出|\\(\\+\\)|\\(-\\)|なし|あり|有り)`);
// A copy-number change a genomic panel lists after its gene (CDKN2A 欠失, CCNE1 増幅), or a rearrangement (ALK rearranged,
// MYC転座, ALK遺伝子再構成): found, so positive.
// (Not asked about or denied: MET増幅の有無, CDKN2A欠失なし, which GENE_CALL reads.)
const ALTERATION_FOUND = /^\s*(?:遺伝子)?(?:ホモ接合性欠失|ホモ欠失|欠失|遺伝子増幅|増幅|遺伝子転座|転座|遺伝子再構成|再構成|amplification|amplified|homozygous\s+deletion|deletion|loss|rearranged|rearrangement|translocation|translocated)(?![A-Za-z])(?!\s*(?:の有無|検査|検索|[?？]|なし|無し|陰性|は?(?:認め|検出)|(?:was\s+|is\s+)?(?:not\b|negative|absent|neg\b)|[:：]?\s*(?:negative|neg\b|\(-\)|-(?![A-Za-z0-9]))))/;
const MISMATCH_REPAIR_GENES = new Set(['MLH1', 'MSH2', 'MSH6', 'PMS2', 'EPCAM']);
const VARIANT_WORD_AFTER = /^\s*(?:遺伝子)?(?:生殖細胞系列)?(?:病的バリアント|病的変異|バリアント|変異|(?:pathogenic\s+|germline\s+)*(?:variant|mutation))/i;
// A fusion's partner written against the gene (CD74-ROS1, KIF5B-RET, EML4-ALK), the fusion named after them:
// the pair is the variant, and a fusion so named in a list of what was found was found (CD74-ROS1 fusion　VAF 3.2%).
const FUSION_PARTNER_BEFORE = /(?<![A-Za-z0-9-])([A-Z][A-Z0-9]{1,9})[-‐]$/;
const FUSION_AFTER = /^\s*(?:融合遺伝子|融合|fusion)(?![A-Za-z])/i;
const FUSION_FOUND = new RegExp(String.raw`${FUSION_AFTER.source}(?!\s*(?:の有無|検査|検索|[?？]|なし|無し|陰性|negative|not\s+detected|は?(?:認め|検出)))`, 'i');
// …or the pair written after the positive call, in parentheses or after a colon (FGFR2融合遺伝子陽性：FGFR2-BICC1,
// ALK融合遺伝子陽性（EML4-ALK）).
const FUSION_SPELLING = /(?:融合遺伝子|融合)$/;
const FUSION_PAIR_AFTER = /^\s*[:：(（]?\s*([A-Z][A-Z0-9]{1,9})[-‐]([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9-])\s*[)）]?/;
const BARE_VARIANT = new RegExp(`^\\s*(${VARIANT.source})(?![A-Za-z0-9])(?!\\s*(?:検査|の有無|検索|[?？]))`);
// Every VARIANT_CALL match holds one of these.
const CALL_WORDS = ['陽性', '陰性', '(+)', '(-)'];
// (…also after は, が or a colon: T790Mは陰性, T790M：陽性.)
const VARIANT_CALL = new RegExp(`(?<![A-Za-z0-9])(${VARIANT.source})\\s*(?:変異)?\\s*(?:は|が|[:：])?\\s*(陽性|陰性|\\(\\+\\)|\\(-\\))`, 'g');

// The words that call a protein's or an ISH's result, in Japanese or English (陽性, negative, (+)).
const RESULT_CALL = String.raw`陽性|陰性|positive|negative|\(\+\)|\(-\)`;
// An in-situ hybridisation result after a HER2 IHC score: HER2(2+) FISH陰性, HER2 (2+), DISH陽性,
// HER2 2+（ISH法で増幅なし）, HER2 2+ by IHC, ISH not amplified; also past the score's call and an arrow or a slash:
// HER2: 2+ (equivocal) → FISH: 増幅なし, HER2 IHC 2+ / ISH陽性.
const ISH_CALL = new RegExp(String.raw`^\s*(?:by\s+IHC\s*)?[)）]?\s*(?:[(（]\s*(?:equivocal|borderline|境界域?|判定保留)\s*[)）]\s*)?(?:→|->|⇒|[/／])?\s*[,、(（]?\s*(?:FISH|DISH|SISH|ISH)\s*(?:法)?\s*(?:で|にて)?\s*[:：]?\s*(${RESULT_CALL}|not\s+amplified|non-?amplified|amplified|増幅(?:なし|を?認めず|あり))`, 'i');
// (Amplification is the positive call: not amplified, 増幅なし are negative.)
const ISH_NEGATIVE = /陰性|negative|\(-\)|not|non|なし|認めず/i;
// HER2 called after its name, a colon perhaps first: HER2陽性, HER2: negative, HER2(-), HER2 -.
// HER2-low and the IHC score in parentheses after it: HER2低発現（IHC 1+）, HER2 low (IHC 2+, ISH陰性).
const HER2_LOW = /^\s*[-:：]?\s*(?:低発現|low(?![A-Za-z]))(?:\s*[(（]\s*(?:IHC\s*)?(?:score\s*)?[:：]?\s*([12])\s*\+(?:[^()（）]{0,20}[)）])?)?/i;
const HER2_CALL = new RegExp(String.raw`^\s*(?:[:：]\s*)?(${RESULT_CALL}|[+-](?![0-9]))`, 'i');
// A receptor's call, after a colon perhaps, with its share perhaps after it: ER陽性（95%）, ER: positive (95%), ER：陽性 95%.
const RECEPTOR_CALL = new RegExp(String.raw`^\s*(?:[:：]\s*)?(${RESULT_CALL}|[+-](?![0-9A-Za-z]))(?:\s*[(（]\s*([<>]?\s*\d+(?:\.\d+)?)\s*%\s*[)）]|\s+([<>]?\s*\d+(?:\.\d+)?)\s*%)?`, 'i');
// A percentage, also in parentheses after the call: ER 90%, ER(95%), ER(+, 95%), PgR(-, 0%).
const ALLRED = /^\s*(?:[:：]\s*)?[(（]?\s*Allred\s*(?:score|スコア)?\s*[:：]?\s*([0-8])(?![0-9])/i;
// (The share may be named first: Ki-67指数, Ki-67 labeling index, ER陽性率, MIB-1 LI.)
const RECEPTOR_PERCENT = /^\s*(?:(?:指数|陽性率|標識率|陽性細胞率|(?:[Ll]abell?ing\s+)?[Ii]ndex|LI)(?![A-Za-z])\s*)?(?:[:：=]\s*)?(?:[(（]\s*(?:(?:[+-]|陽性|陰性)\s*[,、:：]\s*)?([<>]?\s*\d+(?:\.\d+)?)\s*%\s*[)）]|([<>]?\s*\d+(?:\.\d+)?)\s*%)/;
// A parenthetical right after a result: the test's method, specimen or date.
const PARENTHESIS_AFTER = /^\s*[(（][^()（）\n]{1,24}[)）]/;
const TEST_DETAILS = /^\s*[(（][^()（）]*[)）]/;
const TRIPLE_NEGATIVE = /トリプルネガティブ|[Tt]riple[- ]negative|TNBC/g;
// A disease named by its mutation: NPM1変異を伴う…, AML with NPM1変異 (not a test asked for, …変異検索).
const MUTATION_NAMES_DISEASE = /^\s*(?:遺伝子)?(?:変異|mutation)\s*を伴う/;
const WITH_BEFORE = /\bwith\s+$/i;
// A mutation the patient carries (BRCA2 mutation carrier, BRCA2病的バリアント保持者), or a germline one named
// as an item of a list, ending it (Dx: …, BRCA1 germline mutation): found. (Not a test: …germline mutation testing.)
const MUTATION_CARRIED =
  /^\s*(?:(?:germline\s+|pathogenic\s+)*(?:mutation|variant)\s+carrier\b|(?:遺伝子)?(?:生殖細胞系列)?(?:病的バリアント|病的変異|バリアント|変異)の?(?:保持者|保因者|キャリア)|germline\s+(?:pathogenic\s+)?(?:mutation|variant)(?=\s*(?:[,;)）]|\.(?:\s|$)|$)))/i;
const MUTATION_AFTER_WITH = /^\s*(?:遺伝子)?(?:変異|mutation)(?![A-Za-z]|\s*(?:検索|検査|解析|の有無|[をの]?(?:調べ|確認|評価|提出)))/;
// (検出せず, 検出されず: not found, though they begin as 検出 does.)
const POSITIVE = /^(?:変異)?(?:陽性|高発現|\+|positive|mut|detected|検出(?!せず|されず|されな|されませ|なし)|あり|有り|\(\+\))/;
// The words that say a test found nothing, shared by the calls below and MSI's denial.
const NOT_DETECTED = String.raw`not\s+detected|未検出|検出(?:せず|されず|されなかった|されませんでした|なし)`;
const NEGATIVE = new RegExp(String.raw`^(?:変異)?(?:陰性|-|negative|${NOT_DETECTED}|なし|無し|野生型|wild[\s-]?type|wt|\(-\))`);
// MSI named by its positive result and then denied: MSI-H判定陰性, MSI-High：検出されず.
const MSI_DENIED = new RegExp(String.raw`^\s*(?:判定|検査)?\s*[:：]?\s*(?:陰性|\(-\)|negative|${NOT_DETECTED})`, 'i');

// PD-L1's expression told in words, a denial captured: 発現が確認, 発現を認め, 低発現; 発現なし, 発現を認めず.
const PDL1_EXPRESSION = /^\s*(?:の)?\s*(?:低発現|発現\s*(?:が|を|は)?\s*(?:(なし|無し|認めず|認めな|陰性)|確認|認め|あり|有り|陽性))/;

/** The call `s` opens with, and its word (陽性, 高発現, (+)). */
function callAt(s: string): { result: 'positive' | 'negative'; word: string } | undefined {
  const positive = POSITIVE.exec(s);
  if (positive) return { result: 'positive', word: positive[0] };
  const negative = NEGATIVE.exec(s);
  return negative ? { result: 'negative', word: negative[0] } : undefined;
}

function callResult(s: string): 'positive' | 'negative' | undefined {
  return callAt(s)?.result;
}

const SHARED_CALL = /^\s*(?:遺伝子)?(?:変異|融合遺伝子|融合|(?:mutations?|fusions?|rearrangements?)\s+)?\s*(?:は|が)?\s*(陽性|陰性|野生型|\(\+\)|\(-\)|(?:positive|negative|wild[\s-]?type|not\s+detected)(?![A-Za-z]))/i;

/**
 * The call after a run of gene names joined by / ・ 、 starting at hit `j`
 * (EGFR/ALK/ROS1 陰性): its result and where it ends, or undefined when the run
 * ends without a plain call (a variant or a value belongs to the last gene only).
 */
function sharedGeneCall(t: string, hits: LexiconHit<BiomarkerName>[], j: number): { result: 'positive' | 'negative'; end: number; last: number } | undefined {
  let k = j;
  while (k + 1 < hits.length && hits[k + 1]!.value.kind === 'gene' && /^\s*[/・、,]\s*$/.test(t.slice(hits[k]!.end, hits[k + 1]!.start))) k++;
  // (…also in English: EGFR/ALK negative, KRAS/NRAS/BRAF wild-type, EGFR/ALK mutation not detected.)
  const call = SHARED_CALL.exec(t.slice(hits[k]!.end, hits[k]!.end + 28));
  if (!call) return undefined;
  return { result: callResult(call[1]!.toLowerCase())!, end: hits[k]!.end + call[0].length, last: k };
}

// A call written before the genes it covers, listed in parentheses: driver mutation negative
// (EGFR/ALK/ROS1/BRAF), ドライバー遺伝子変異陰性（EGFR、ALK、ROS1）.
const CALL_BEFORE_LIST = /(陽性|陰性|野生型|positive|negative|wild[\s-]?type)\s*[(（]\s*$/i;

/**
 * The genes listed in parentheses after a call, from the hit `j` that opens the list
 * (driver mutation negative (EGFR/ALK/ROS1/BRAF)): the call's result, where it starts and the
 * last hit of the list, or undefined when the parenthesis holds anything but gene names.
 */
function listAfterCall(t: string, hits: LexiconHit<BiomarkerName>[], j: number): { result: 'positive' | 'negative'; callStart: number; last: number } | undefined {
  const from = Math.max(0, hits[j]!.start - 24);
  const call = CALL_BEFORE_LIST.exec(t.slice(from, hits[j]!.start));
  if (!call) return undefined;
  let k = j;
  while (k + 1 < hits.length && hits[k + 1]!.value.kind === 'gene' && /^\s*[/・、,]\s*$/.test(t.slice(hits[k]!.end, hits[k + 1]!.start))) k++;
  if (!/^\s*[)）]/.test(t.slice(hits[k]!.end))) return undefined;
  // (The call read as any other is, its case folded: Negative (EGFR, ALK).)
  return { result: callResult(call[1]!.toLowerCase())!, callStart: from + call.index, last: k };
}

// A line labelled as the population a regimen or a trial is for: 対象患者：, 適格基準：.
const POPULATION_LABEL = /^\s*[【[]?\s*(?:対象(?:患者|症例|集団)|適格基準|選択基準|除外基準)\s*[】\]]?\s*[:：]/;
// What a trial or a drug is for, written after a marker: …を対象とした(第III相)試験, …を対象とする, …が対象の.
const TRIAL_POPULATION = /^[^、。\n]{0,30}?(?:を|が)?対象(?:と(?:した|する|し)|の)/;

// A topic particle before a call, a score or a percentage: は陰性, が野生型, はCPS 8, は90%.
const TOPIC_BEFORE_CALL = /^(?:は|が)\s*(?=陽性|陰性|野生型|変異|(?:TPS|CPS|IHC|スコア)|[<>≦≧]?\d+(?:\.\d+)?\s*[%+])/;

/** Tissue and genomic biomarkers (never serum tumour markers). */
export function extractBiomarkers(ctx: NoteContext): BiomarkerEvent[] {
  const t = ctx.text;
  const events: BiomarkerEvent[] = [];
  const seen = new Set<string>();
  const hits = ctx.hits.biomarkers;
  const consumed: [number, number][] = [];
  const push = (e: Omit<BiomarkerEvent, 'type' | 'evidence' | 'date'>, a: number, b: number) => {
    consumed.push([a, b]);
    const [ls, le] = lineAt(t, a);
    const retest = /再生検|再検/.test(t.slice(ls, le));
    // The test's details in parentheses after the result may date it (…陽性 (FoundationOne Liquid CDx, 2025.3)).
    const details = TEST_DETAILS.exec(t.slice(b, b + 60));
    const tested = details ? ctx.datesIn(b, b + details[0].length)[0] : undefined;
    // …or name the variant found, in HGVS (陽性（c.188T>A）).
    const hgvs = details && !e.variant ? HGVS.exec(details[0]) : null;
    // One spelling may name several genes (BRCA1/2 → BRCA1, BRCA2): one event each.
    for (const name of e.name.split(',')) {
      const key = `${name}|${e.variant ?? ''}|${e.result}`;
      if (seen.has(key) && !retest) continue;
      // (A call restated without the variant told before, RET M918T陽性 … RET陽性なので, is that result.)
      if (!e.variant && !hgvs && !retest && events.some((x) => x.name === name && x.result === e.result && x.variant)) continue;
      seen.add(key);
      const ev: BiomarkerEvent = { type: 'biomarker', name, result: e.result, evidence: ctx.evidence(a, hgvs ? b + details![0].length : b), date: tested ? mentionDate(tested) : ctx.dateAt(a, { range: false }) };
      if (e.variant) ev.variant = e.variant;
      else if (hgvs) ev.variant = hgvs[0];
      if (e.value) ev.value = e.value;
      events.push(ev);
    }
  };

  for (let i = 0; i < hits.length; i++) {
    let h = hits[i]!;
    const { name } = h.value;
    if (consumed.some(([x, y]) => h.start >= x && h.start < y)) continue;
    // The marker spelled the other way in parentheses after it (ER（エストロゲン受容体）陽性, エストロゲン受容体（ER）陽性):
    // its call follows them.
    const spelledAgain = PARENTHESIS_AFTER.exec(t.slice(h.end, h.end + 32));
    if (spelledAgain && hits.some((x) => x !== h && x.value.name === name && x.start > h.end && x.end <= h.end + spelledAgain[0].length)) h = { ...h, end: h.end + spelledAgain[0].length };
    // …or itself in parentheses after the words it stands for, the call after them (ホルモン受容体（ER）陽性):
    // those words open its evidence.
    else if (/[(（]$/.test(t.slice(Math.max(0, h.start - 1), h.start)) && /^[)）]\s*(?:陽性|陰性)/.test(t.slice(h.end, h.end + 4))) {
      const words = wordRunStart(t, h.start - 1, Math.max(0, h.start - 13));
      if (words < h.start - 1) h = { ...h, start: words, end: h.end + 1 };
    }
    // A call in plain words after a topic particle (HER2は陰性, PD-L1はCPS 8でした, KRASが野生型): the particle is passed.
    const topic = /^(?:は|が)/.test(t.slice(h.end, h.end + 1)) ? TOPIC_BEFORE_CALL.exec(t.slice(h.end, h.end + 12)) : null;
    if (topic) h = { ...h, end: h.end + topic[0].length };
    // A relative's result (姉 乳癌（BRCA1病的バリアントあり）) is not the patient's.
    if (isFamilyContext(t, h.start)) continue;
    const [, clauseEnd] = clauseAt(t, h.start, h.end);
    // …nor is a trial's population (KRAS G12C変異陽性NSCLCを対象とした第III相試験).
    // (The pattern stops at a sentence's or clause's end; 対象 is looked for first, as it is rare.)
    const population = t.indexOf('対象', h.end);
    if (population >= 0 && population - h.end <= 32 && TRIAL_POPULATION.test(t.slice(h.end, population + 5))) continue;
    // (…nor one a line labelled as a population lists: 対象患者：CLDN18.2陽性、HER2陰性の…胃癌患者, 適格基準：….)
    if (POPULATION_LABEL.test(t.slice(lineAt(t, h.start)[0], h.start))) continue;
    // The next marker bounds this one's result (PD-L1 (22C3) is one marker, not two).
    const nextOther = hits.slice(i + 1).find((x) => x.value.name !== name);
    const limit = Math.min(clauseEnd, nextOther?.start ?? clauseEnd, h.end + 40);
    const tail = t.slice(h.end, limit);
    const a = h.start;
    // MSI / TMB / MMR: the spelling carries the call.
    if (name === 'MSI' || name === 'TMB') {
      // MSI-Highではなかった（MSS）: the denial is no call; the MSS after it is.
      if (/^\s*(?:で|では|とは)?(?:なかった|なく|ない|認めず)/.test(tail)) continue;
      // MSI-H判定陰性, MSI-High：検出されず: the test named by its positive result, then the call.
      const denied = MSI_DENIED.exec(tail);
      if (denied) {
        push({ name, result: 'negative' }, a, h.end + denied[0].length);
        continue;
      }
      if (/-H(igh)?$|^dMMR$/i.test(h.spelling)) push({ name, result: 'positive' }, a, h.end);
      else if (/^MSS$|^pMMR$|-L(ow)?$/i.test(h.spelling)) push({ name, result: 'negative' }, a, h.end);
      else {
        const r = /^\s*[-‐]?\s*(High|H|Low|L)\b/i.exec(tail);
        // MSI検査 陰性, MSI: 陰性: the word for the test may stand before the call.
        const test = /^\s*(?:検査(?:結果)?|status)?\s*[:：]?\s*/.exec(tail)![0].length;
        const call = r ? (/^h/i.test(r[1]!) ? 'positive' : 'negative') : callResult(tail.slice(test));
        if (call) push({ name, result: call }, a, h.end + (r ? r[0].length : test + (/^\S+?(陽性|陰性)/.exec(tail.slice(test))?.[0].length ?? 2)));
      }
      continue;
    }
    // MGMT: promoter methylation is the call.
    if (name === 'MGMT') {
      const m = /^\s*(?:プロモーター|promoter)?\s*(?:領域)?の?\s*(非メチル化|unmethylated|メチル化\s*(?:あり|陽性|\(\+\)|なし|陰性|\(-\))|methylated)/i.exec(tail);
      if (m) push({ name, result: /非|なし|陰性|\(-\)|unmethylated/i.test(m[1]!) ? 'negative' : 'positive' }, a, h.end + m[0].length);
      continue;
    }
    // PD-L1: TPS/CPS value; ≥ 1 is positive.
    if (name === 'PD-L1') {
      // CPS<1 written alone names PD-L1 by its score.
      const scoreWord = /^(?:CPS|TPS)$/.test(h.spelling) ? h.spelling : '';
      // (…also after the word for its expression: PD-L1発現は5%, PD-L1の発現率 30%.)
      const m = /^\s*(?:\(\s*(?:22C3|28-8|SP263|SP142)\s*\)\s*)?(?:[:：]\s*)?(?:の?発現率?(?:は)?\s*)?(?:(TPS|CPS)\s*)?(?:[:：=]\s*)?([<>≦≧]?)\s*(\d+(?:\.\d+)?)\s*(%?)/.exec(scoreWord + tail);
      if (m) {
        const num = Number(m[3]);
        const value = m[1] === 'CPS' ? `CPS ${m[2]}${m[3]}` : `${m[2]}${m[3]}${m[4] || (m[1] === 'TPS' || !m[1] ? '%' : '')}`;
        const result = m[2] === '<' ? (num <= 1 ? 'negative' : 'positive') : num >= 1 ? 'positive' : 'negative';
        push({ name, result, value }, a, h.end + m[0].length - scoreWord.length);
        continue;
      }
      // (The evidence ends with the call word, however long: 陽性, 高発現, (+).)
      const call = scoreWord ? undefined : callAt(tail.trimStart());
      if (call) push({ name, result: call.result }, a, h.end + (tail.length - tail.trimStart().length) + call.word.length);
      else {
        // Its expression told in words: 発現が確認された, 発現を認めた, 低発現 (1–49 %, still positive); 発現なし.
        const expression = scoreWord ? null : PDL1_EXPRESSION.exec(tail);
        if (expression) push({ name, result: expression[1] ? 'negative' : 'positive' }, a, h.end + expression[0].length);
      }
      continue;
    }
    // HER2: IHC score 0-3+ (3+ positive, 2+ equivocal, 0/1+ negative), or a call.
    if (name === 'HER2') {
      // (A colon may come first: HER2: IHC 1+.)
      const ihc = /^\s*(?:[:：]\s*)?(?:[(（]?\s*(?:IHC\s*)?)?(?:score\s*|スコア\s*)?[:：]?\s*([0-3])\s*(\+?)(?![0-9%])/i.exec(tail);
      const call = HER2_CALL.exec(tail);
      // HER2-low (低発現, IHC 1+ or 2+ without amplification) is HER2-negative by ASCO/CAP; its score may follow.
      const low = HER2_LOW.exec(tail);
      if (low) {
        push({ name, result: 'negative', ...(low[1] ? { value: `${low[1]}+` } : {}) }, a, h.end + low[0].length);
      } else if (call) {
        const res = callResult(call[1]!.toLowerCase())!;
        const score = /^\s*(?:陽性|陰性)?\s*[(（]\s*IHC\s*([0-3])\s*(\+?)\s*[)）]/.exec(tail);
        const end = h.end + (score ? score[0].length : call[0].length);
        push({ name, result: res, ...(score ? { value: score[1] === '0' ? '0' : `${score[1]}+` } : {}) }, a, end);
      } else if (ihc) {
        const n = Number(ihc[1]);
        const value = n === 0 ? '0' : `${n}+`;
        // An in-situ hybridisation after the score gives the final result: HER2(2+) FISH陰性.
        const ishAt = h.end + ihc[0].length;
        const ish = ISH_CALL.exec(t.slice(ishAt, Math.min(lineAt(t, h.end)[1], ishAt + 32)));
        const result = ish ? (ISH_NEGATIVE.test(ish[1]!) ? 'negative' : 'positive') : n === 3 ? 'positive' : n === 2 ? 'equivocal' : 'negative';
        // (The evidence closes a parenthesis the result opened: HER2 2+（ISH法で増幅なし）.)
        const closes = ish && /[(（][^)）]*$/.test(ish[0]) && /^[)）]/.test(t.slice(ishAt + ish[0].length)) ? 1 : 0;
        push({ name, result, value }, a, ishAt + (ish ? ish[0].length + closes : 0));
      }
      continue;
    }
    // ER, PgR, Ki-67: a percentage (Ki-67 has no call), or a call.
    if (name === 'ER' || name === 'PgR' || name === 'Ki-67') {
      // (Past the clause: the comma in ER(+, 95%) is no clause break.)
      const pct = RECEPTOR_PERCENT.exec(t.slice(h.end, Math.min(lineAt(t, h.end)[1], h.end + 24)));
      if (pct) {
        const written = (pct[1] ?? pct[2])!;
        const value = `${written.replace(/\s+/g, '')}%`;
        const num = Number(written.replace(/[<>\s]/g, ''));
        const result = name === 'Ki-67' ? 'unknown' : written.includes('<') ? 'negative' : num >= 1 ? 'positive' : 'negative';
        push({ name, result, value }, a, h.end + pct[0].length);
        continue;
      }
      // An Allred score (0–8): positive from 3 (ER Allred 8, PgR Allred score 3).
      const allred = name === 'Ki-67' ? null : ALLRED.exec(t.slice(h.end, Math.min(lineAt(t, h.end)[1], h.end + 24)));
      if (allred) {
        push({ name, result: Number(allred[1]) >= 3 ? 'positive' : 'negative', value: `Allred ${allred[1]}` }, a, h.end + allred[0].length);
        continue;
      }
      const call = name === 'Ki-67' ? null : RECEPTOR_CALL.exec(tail);
      if (call) {
        const share = call[2] ?? call[3];
        push({ name, result: callResult(call[1]!.toLowerCase())!, ...(share ? { value: `${share.replace(/\s+/g, '')}%` } : {}) }, a, h.end + call[0].length);
      }
      continue;
    }
    // The mismatch-repair genes are events only as variants found (MLH1 病的バリアント陽性): MLH1(+), PMS2 消失
    // are their proteins stained (also named together: MLH1/PMS2陰性), which dMMR/pMMR sums up.
    if (MISMATCH_REPAIR_GENES.has(name) && !VARIANT_WORD_AFTER.test(tail)) continue;
    // …or the call before them all, the genes in parentheses after it.
    if (h.value.kind === 'gene') {
      const listed = listAfterCall(t, hits, i);
      if (listed) {
        // (Each gene's evidence runs from the call to its name.)
        for (let g = i; g <= listed.last; g++) push({ name: hits[g]!.value.name, result: listed.result }, listed.callStart, hits[g]!.end);
        continue;
      }
    }
    // Genes named together share the call after the last (EGFR/ALK/ROS1 陰性, EGFR・ALK陰性).
    if (/^\s*[/・、,]\s*$/.test(t.slice(h.end, nextOther?.start ?? h.end)) && nextOther && nextOther.value.kind === 'gene') {
      const shared = sharedGeneCall(t, hits, i + 1);
      if (shared) {
        // Each gene's evidence runs from its name to the shared call.
        for (let g = i; g <= shared.last; g++) push({ name: hits[g]!.value.name, result: shared.result }, hits[g]!.start, shared.end);
        continue;
      }
    }
    // Genes: EGFR(L858R+), BRAF(V600E)-, KRAS-, ALK融合遺伝子陰性, KRAS G12C陽性, EGFR exon19 deletion陽性.
    const paren = /^\s*\(\s*([^()]+?)\s*([+-])?\s*\)\s*([+-](?![A-Za-z0-9]))?/.exec(tail);
    if (paren && VARIANT.test(paren[1]!)) {
      const sign = paren[2] ?? paren[3];
      if (sign) {
        push({ name, variant: canonicalVariant(VARIANT.exec(paren[1]!)![0]), result: sign === '+' ? 'positive' : 'negative' }, a, h.end + paren[0].length);
        continue;
      }
    }
    const sign = /^([+-])(?![A-Za-z0-9])/.exec(tail);
    if (sign) {
      push({ name, result: sign[1] === '+' ? 'positive' : 'negative' }, a, h.end + 1);
      continue;
    }
    // (The partner written against the gene, or in the gene's own spelling: EML4-ALK.)
    const fusionNamed = FUSION_AFTER.test(tail);
    const partnerBefore = fusionNamed ? FUSION_PARTNER_BEFORE.exec(t.slice(Math.max(0, a - 11), a)) : null;
    const fusion = partnerBefore ? `${partnerBefore[1]}-${h.spelling}` : fusionNamed && /^[A-Z][A-Z0-9]{1,9}-[A-Z][A-Z0-9]{1,9}$/.test(h.spelling) ? h.spelling : undefined;
    const from = partnerBefore ? a - partnerBefore[0].length : a;
    const m = GENE_CALL.exec(tail);
    if (m) {
      const result = callResult(m[3]!)!;
      // …and the variant in parentheses after a positive call: EGFR陽性（exon19欠失）.
      const after = !m[1] && !m[2] && result === 'positive' ? VARIANT_PAREN.exec(tail.slice(m[0].length)) : null;
      const variant = m[1] ?? m[2] ?? after?.[1];
      // (The pair must hold the gene: ALK融合遺伝子陽性（EML4-ALK）, not another finding's pair.)
      // (The fusion may be named in the spelling: FGFR2融合遺伝子.)
      const pair = (fusionNamed || FUSION_SPELLING.test(h.spelling)) && !fusion && !variant && result === 'positive' ? FUSION_PAIR_AFTER.exec(tail.slice(m[0].length)) : null;
      const pairFusion = pair && (pair[1] === name || pair[2] === name) ? `${pair[1]}-${pair[2]}` : undefined;
      const named = variant ? canonicalVariant(variant) : result === 'positive' ? (fusion ?? pairFusion) : undefined;
      push({ name, ...(named ? { variant: named } : {}), result }, named !== undefined && named === fusion ? from : a, h.end + m[0].length + (after ? after[0].length : pairFusion ? pair![0].length : 0));
      continue;
    }
    const fusionFound = fusion ? FUSION_FOUND.exec(tail) : null;
    if (fusionFound) {
      push({ name, variant: fusion, result: 'positive' }, from, h.end + fusionFound[0].length);
      continue;
    }
    // A disease named by its mutation, as the WHO classification names it (AML with NPM1変異,
    // NPM1変異を伴う急性骨髄性白血病): positive. (Not a test asked for: EGFR変異検索.)
    const naming = MUTATION_NAMES_DISEASE.exec(tail) ?? (WITH_BEFORE.test(t.slice(Math.max(0, a - 6), a)) ? MUTATION_AFTER_WITH.exec(tail) : null) ?? MUTATION_CARRIED.exec(tail);
    if (naming) {
      push({ name, result: 'positive' }, a, h.end + naming[0].length);
      continue;
    }
    const alteration = ALTERATION_FOUND.exec(tail);
    if (alteration) {
      push({ name, result: 'positive' }, a, h.end + alteration[0].length);
      continue;
    }
    // A variant named after its gene with no call (EGFR L858R) was found: positive.
    const bare = BARE_VARIANT.exec(tail);
    if (bare) push({ name, variant: canonicalVariant(bare[1]!), result: 'positive' }, a, h.end + bare[0].length);
  }
  // トリプルネガティブ states three results: ER, PgR and HER2 negative.
  for (const m of matchesWith(TRIPLE_NEGATIVE, t, ['トリプルネガティブ', 'riple', 'TNBC'])) {
    if (consumed.some(([x, y]) => m.index < y && m.index + m[0].length > x)) continue;
    for (const name of ['ER', 'PgR', 'HER2']) push({ name, result: 'negative' }, m.index, m.index + m[0].length);
  }
  // Variants written without their gene: T790M陽性.
  for (const m of matchesWith(VARIANT_CALL, t, CALL_WORDS)) {
    const v = canonicalVariant(m[1]!);
    const gene = VARIANT_GENE[v];
    if (!gene || consumed.some(([x, y]) => m.index < y && m.index + m[0].length > x)) continue;
    push({ name: gene, variant: v, result: callResult(m[2]!)! }, m.index, m.index + m[0].length);
  }
  return events.sort((x, y) => x.evidence!.start - y.evidence!.start);
}

const RESPONSE_WORDS: [RegExp, ResponseEvent['code']][] = [
  [/完全奏効|完全寛解|著効/g, 'CR'],
  [/部分奏効|部分寛解/g, 'PR'],
  [/病勢安定|安定(?=と判断|と判定|を維持)/g, 'SD'],
  // (…also told with は or が, and worse again: 中止後に腫瘍は再増悪した, 転移巣の増悪を認め, 卵巣癌増悪に伴う…; not what may come,
  // 腫瘍が増悪する可能性, 胃癌増悪時.)
  [/病勢増悪|病勢進行|(?:原疾患|原病|原発巣|腫瘍|病状|転移巣)(?:の|は|が)再?増悪(?!傾向|なし|なく|せず|は|する|の(?:可能性|おそれ|恐れ))|(?:癌|がん)の?増悪(?!傾向|なし|なく|せず|は|する|時|の(?:可能性|おそれ|恐れ|際))|増悪(?=と判断|と判定)|進行(?=と判断|と判定)/g, 'PD'],
  // An examination that found the disease worse, with nothing named between: CTで増悪し中止, 画像上増悪.
  // (The word first, then what stands before it: a pattern opening with a lookbehind is tried at every position.)
  [/増悪(?<=(?:CT|MRI|PET|画像|内視鏡)(?:検査)?(?:上|で|にて)\s*増悪)(?!傾向|なし|なく|せず|は(?:なし|な[くい]|認め))/g, 'PD'],
];
// English, as the categories are spelled out (not after no/without: no progressive disease; nor a time to come,
// at or until disease progression; progression of disease too);
// each looked for only where its last word is written.
const ENGLISH_RESPONSE_WORDS: [RegExp, ResponseEvent['code'], string[]][] = [
  [/\b(?<![Nn]o |[Ww]ithout )[Cc]omplete (?:metabolic )?(?:response|remission)\b/g, 'CR', ['response', 'remission']],
  [/\b(?<![Nn]o |[Ww]ithout )(?:[Vv]ery good )?[Pp]artial (?:metabolic )?(?:response|remission)\b/g, 'PR', ['response', 'remission']],
  [/\b(?<![Nn]o |[Ww]ithout )[Ss]table disease\b/g, 'SD', ['disease']],
  [/\b(?<![Nn]o |[Ww]ithout |[Aa]t |[Uu]ntil |[Uu]pon |[Tt]ill )(?:[Pp]rogressive disease|[Dd]isease progression|[Pp]rogression of (?:the )?disease)\b/g, 'PD', ['disease', 'progression']],
  // (Progression alone when said where or when it was seen: progression on 2026-04-28 CT, in the liver;
  // not one to come, at next progression, until progression, nor progression-free survival.)
  [/\b(?<![Nn]o |[Ww]ithout |[Nn]ext |[Uu]ntil |[Oo]f |[Tt]o |[Dd]isease )(?:(?:[Rr]adiographic|[Rr]adiological|[Cc]linical) )?[Pp]rogression(?=\s+(?:on|in|at)\s+(?:\d|CT|MRI|PET|imaging|scan|the\b))/g, 'PD', ['rogression']],
];
// An English category's examination and date written after it: a partial response on CT in July.
const ENGLISH_EXAM_DATE_AFTER = /^\s+(?:on\s+((?:contrast-enhanced\s+)?CT|MRI|PET-CT|PET\/CT|PET)\s+(?:(?:in|on)\s+)?|(?:in|on)\s+)$/;
// (A leukaemia's remission is numbered: CR1, CR2 are first and second complete remissions.)
const RESPONSE_CODE = /(?<![A-Za-z0-9-])(pCR|cCR|sCR|CRi|CRh|CR|VGPR|PR|SD|PD|CMR|PMR|NE)(?:(?<=CR)[1-3])?(?![A-Za-z0-9-])/g;
const CODE_MAP: Record<string, ResponseEvent['code']> = { pCR: 'CR', cCR: 'CR', sCR: 'CR', CRi: 'CR', CRh: 'CR', CR: 'CR', CMR: 'CR', VGPR: 'PR', PMR: 'PR', PR: 'PR', SD: 'SD', PD: 'PD', NE: 'NE' };
const BASIS = /PET-CT|PET\/CT|PET|造影CT|CT|MRI|内視鏡|病理|骨シンチ|超音波|エコー|US(?![A-Za-z])|腫瘍マーカー/g;

// What stands between two responses of a course: an arrow, perhaps after the first's detail and before the next's date.
const RESPONSE_SEQUENCE_GAP = /^\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:→|->|⇒)\s*(?:(?:(?:19|20)\d{2}|\d{2})[/.年]\d{1,2}(?:[/.月]\d{1,2}日?|月)?\s*)?$/;
/** Response categories written in the text (RECIST and the nearest of other systems); one per clause. */
export function extractResponses(ctx: NoteContext): ResponseEvent[] {
  const t = ctx.text;
  const hits: { a: number; b: number; code: ResponseEvent['code']; basis?: string }[] = [];
  // A numbered remission names one remission: CR2 written again (【現在の病期】CR2) restates it.
  const remissions = new Set<string>();
  for (const m of matchesOf(RESPONSE_CODE, t)) {
    const a = m.index;
    const b = a + m[0].length;
    if (/\d$/.test(m[0])) {
      if (remissions.has(m[0])) continue;
      remissions.add(m[0]);
    }
    if (/non-$|non$/i.test(t.slice(Math.max(0, a - 4), a))) continue;
    // PR after ER (ER/PR 90%) or before a percentage is the progesterone receptor.
    if (m[1] === 'PR' && (/ER\s*[/,、]?\s*$/.test(t.slice(Math.max(0, a - 6), a)) || /^\s*[:：]?\s*\d+\s*%/.test(t.slice(b, b + 8)))) continue;
    // (PD施行, Op: PD: the operation.)
    if (m[1] === 'PD' && isOperationPD(t, a)) continue;
    hits.push({ a, b, code: CODE_MAP[m[1]!]!, ...(m[1] === 'pCR' ? { basis: '病理' } : {}) });
  }
  for (const [re, code] of RESPONSE_WORDS) {
    for (const m of matchesOf(re, t)) hits.push({ a: m.index, b: m.index + m[0].length, code });
  }
  for (const [re, code, words] of ENGLISH_RESPONSE_WORDS) {
    for (const m of matchesWith(re, t, words)) hits.push({ a: m.index, b: m.index + m[0].length, code });
  }
  hits.sort((x, y) => x.a - y.a);
  const events: ResponseEvent[] = [];
  let lastClause = -1;
  let last: { event: ResponseEvent; a: number; end: number } | undefined;
  // Each event's evidence start and its category as written (the last of a clause's: 原疾患の増悪を認めPDと判断 is PD's).
  const categories = new Map<ResponseEvent, { from: number; a: number; b: number }>();
  for (const h of hits) {
    const [cs, ce] = clauseAt(t, h.a, h.b);
    // A course of responses (PR→PD, SD→PD) is one event per category.
    // (…also past the first's detail in parentheses and a date opening the next: SD（縮小率 15%）→ 2026/5 PD.)
    const sequence = last !== undefined && RESPONSE_SEQUENCE_GAP.test(t.slice(last.end, h.a));
    // (The date opening the next is not the first's, which then takes the line's before it: SD（…）→ 2026/5 PD.)
    const nextDate = sequence && last ? ctx.datesIn(last.end, h.a)[0] : undefined;
    if (nextDate && last && last.event.date?.text === nextDate.text) {
      const [ls] = lineAt(t, last.a);
      if (ctx.datesIn(ls, last.a).length === 0) last.event.date = ls > 0 ? ctx.dateAt(ls - 1, { range: false }) : null;
    }
    // (A table row's cells are clauses of their own: | CT評価 | SD | PD | is two.)
    if (cs === lastClause && last && !sequence && !t.slice(last.end, h.a).includes('|')) {
      // Same clause (原疾患の増悪を認めPDと判断): one response, evidence holding both words.
      last.event.evidence = ctx.evidence(last.a, Math.max(h.b, last.a));
      last.end = h.b;
      // (…not one restating it in parentheses: 部分奏効（PR） is 部分奏効's.)
      const previous = categories.get(last.event);
      if (h.b > last.a && !(previous && /^\s*[(（]\s*$/.test(t.slice(previous.b, h.a)))) categories.set(last.event, { from: last.a, a: h.a, b: h.b });
      continue;
    }
    // The same category restated in parentheses after it (CR（血球回復不十分、CRi）) is that response.
    if (last && last.event.code === h.code && /^\s*[(（][^()（）]*$/.test(t.slice(last.end, h.a))) continue;
    const [ss] = sentenceAt(t, h.a);
    if (/予定|目標|目指/.test(t.slice(h.b, ce))) continue;
    const before = t.slice(ss, h.a);
    const bases = matchesOf(BASIS, before);
    let basis = h.basis ?? bases[bases.length - 1]?.[0];
    // Evidence: the finding and the category (from the clause start, past a leading CT：/→ or a bullet).
    // (A category opening a parenthesis after a course, XELOX+Bev 8コース(PR), FOLFOX 2024/3～2025/1 (PD), is the evidence
    // alone; after the finding it names, 肝転移増大(PD), the finding is in it.)
    const opensParenthesis = /[(（]\s*$/.test(t.slice(Math.max(cs, h.a - 3), h.a)) && !FINDING_BEFORE_PARENTHESIS.test(t.slice(Math.max(cs, h.a - 8), h.a));
    let a = sequence || opensParenthesis ? h.a : Math.max(cs, ss);
    // (English sentences end at '. ', which no clause scan stops at: liver). Palbociclib … (PD.)
    a = afterEnglishSentenceEnd(t, a, h.a);
    // (A table row's cells are its clauses: | 2025/10/6～2026/1/5 | CBDCA+ETP+Atezo 4コース | PR |. Looked for
    // back to the clause's start only: a search back through the whole note for each response would cost.)
    for (let q = h.a - 1; q >= a; q--) {
      if (t.charCodeAt(q) === 0x7c) {
        a = q + 1;
        break;
      }
    }
    // (A therapy before an arrow is what the category answers, not its finding: SOX 8kur → PD, DRd開始 → 2025/2 PD;
    // a finding there is kept: 腹水出現 → PD, Mタンパク 0.8 g/dL（前回 1.6）→ PR.)
    // (In a course of steps, back past the findings to the therapy: 肺転移出現 → GC 4コース → アベルマブ維持（…）→ PD is PD,
    // GC 4コース → 肺転移増大 → PD is 肺転移増大 → PD.)
    for (let arrow = lastArrowBefore(t, h.a); arrow > a; ) {
      const stepStart = Math.max(a, lastArrowBefore(t, arrow) + 1);
      const step = t.slice(stepStart, arrow);
      if (FINDING_BEFORE_ARROW.test(step)) {
        arrow = stepStart - 1;
        continue;
      }
      if (THERAPY_BEFORE_ARROW.test(step) || ctx.hits.drugs.some((d) => d.start >= stepStart && d.end <= arrow)) a = arrow + 1;
      break;
    }
    // (Nor is the course the clause gives before it: CBDCA+ETP+Atezo 4コース施行しPR, 8コース後PD are the category alone.)
    if (THERAPY_BEFORE_CATEGORY.test(t.slice(a, h.a)) && !FINDING_BEFORE_ARROW.test(t.slice(a, h.a))) a = h.a;
    a += /^[\s:：→・>]*/.exec(t.slice(a, h.a))![0].length;
    // (…and past the label of the assessment opening its line: A）, 【評価】, 効果判定：.)
    if (/^\s*$/.test(t.slice(lineAt(t, a)[0], a))) a += ASSESSMENT_LABEL_OPENING.exec(t.slice(a, h.a))?.[0].length ?? 0;
    // (…and past the dates that open it: 2025.5.20 CT：肺転移縮小しPR, 今年8月のCTで…PD; evidence leaves dates out.)
    a = ctx.pastOpeningDates(a, h.a, /^[\s:：→の]*/);
    // A date in parentheses right after the category is when it was found: PD (2024/7),
    // also as the first of the parenthesis's items: PD (2025/3, new lung mets), or before the
    // examination that found it: PD (2025/5 CT: 骨転移増悪), which is then its basis.
    const after = ctx.dateInParenthesesAfter(h.b, 16);
    const afterText = after ? ctx.note.text.slice(after.end, after.end + 16) : '';
    const examAfter = after ? EXAM_AFTER_DATE.exec(afterText) : null;
    // (…or right after it, apart by spaces, closing its clause, as English writes it: …; PD 2025-09 (new lung mets).)
    const closing = after ? undefined : ctx.dateAfter(h.b, 2, SPACES_ONLY);
    const datedAfter =
      after && (/^\s*[)）、,]/.test(afterText) || examAfter) ? mentionDate(after) : closing && CLOSES_AFTER_DATE.test(ctx.note.text.slice(closing.end, closing.end + 3)) ? mentionDate(closing) : undefined;
    basis ??= examAfter?.[1];
    // (English writes the time after: …with a partial response on CT in July.)
    const englishAfter = datedAfter ? undefined : ctx.datesIn(h.b, Math.min(ce, h.b + 24))[0];
    const englishExam = englishAfter ? ENGLISH_EXAM_DATE_AFTER.exec(ctx.note.text.slice(ctx.original(h.b), englishAfter.start)) : null;
    if (englishExam) basis ??= englishExam[1];
    // The finding may be told in the clauses before the category's, in its sentence (肝転移増大、新規肺転移あり、PD):
    // the evidence holds them.
    if (!sequence && !opensParenthesis && /^\s*$/.test(t.slice(cs, a))) a = findingClausesBefore(ctx, Math.max(ss, a - MAX_FINDING_BACK), cs, a, h.a);
    const e: ResponseEvent = { type: 'response', code: h.code, evidence: ctx.evidence(a, h.b), date: datedAfter ?? (englishExam ? mentionDate(englishAfter!) : ctx.dateAt(h.a, { range: false })) };
    if (basis) e.basis = basis.replace('PET/CT', 'PET-CT').replace('造影CT', 'CT');
    // The same category on the same day again (a flowsheet's …（PDのため終了） above its | CT評価 | … | PD |, or an
    // assessment repeating the findings' 部分奏効) restates it. (A day: two in one month may be two, …→ PD, 2nd: … → PD.)
    if (e.date?.start.length === 10 && events.some((x) => x.code === e.code && x.date?.start === e.date!.start && x.date.end === e.date!.end)) {
      lastClause = cs;
      last = undefined;
      continue;
    }
    events.push(e);
    lastClause = cs;
    last = { event: e, a, end: h.b };
    categories.set(e, { from: a, a: h.a, b: h.b });
  }
  for (const e of events) {
    const finding = responseFinding(ctx, categories.get(e)!);
    if (finding) e.finding = finding;
  }
  return events;
}

/** Whether [a, b) tells a finding, and no therapy or operation. */
function tellsFinding(ctx: NoteContext, a: number, b: number): boolean {
  const s = ctx.text.slice(a, b);
  const within = (h: { start: number; end: number }) => h.start < b && h.end > a;
  return FINDING_LIKE.test(s) && !THERAPY_WORDS.test(s) && !ctx.hits.drugs.some(within) && !ctx.hits.procedures.some(within);
}

/**
 * Where a response's finding starts, going back from its clause (opening at `cs`, its evidence at `a`) over the
 * clauses before it, back to `from`, while each is joined by 、 and tells a finding; `a` if none does.
 */
function findingClausesBefore(ctx: NoteContext, from: number, cs: number, a: number, category: number): number {
  const t = ctx.text;
  // (Not when its own clause says something, the finding or another: 肺転移は消失、原発巣は縮小しPR is 原発巣は縮小;
  // …、多発肝メタ・腹膜播種、GEM+CDDP+Durva 後のPD has none.)
  const own = t.slice(a, category);
  if (own.slice(FINDING_EXAM_OPENING.exec(own)?.[0].length ?? 0).replace(FINDING_JOINT_CLOSING, '')) return a;
  let start = a;
  for (let clauseStart = cs, n = 0; n < 3 && clauseStart > from; n++) {
    const separator = clauseStart - 1;
    const c = t.charCodeAt(separator);
    if (c !== 0x3001 && c !== 0x2c) break;
    const [ps] = clauseAt(t, separator - 1);
    // (A clause opening with a label, a table cell's rule or the examination starts after it: 治療後評価MRI：腫瘍消失、CR,
    // | PSA再上昇、PD |, 寛解導入後の骨髄検査で MRD陰性、CR.)
    // (Looked for in the clause only: a search back through the note for each would cost.)
    const lo = Math.max(ps, from);
    const clause = t.slice(lo, separator);
    let previous = lo + Math.max(clause.lastIndexOf(':'), clause.lastIndexOf('|')) + 1;
    previous += FINDING_EXAM_OPENING.exec(t.slice(previous, separator))?.[0].length ?? 0;
    if (/[→⇒]/.test(t.slice(previous, separator)) || !tellsFinding(ctx, previous, separator)) break;
    start = clauseStart = previous;
  }
  if (start === a) return a;
  // (Past the dates and the label opening it, which the evidence leaves out: R1.9.10 CTで原発巣再増大、PD.)
  start += /^\s*/.exec(t.slice(start, a))![0].length;
  return ctx.pastOpeningDates(start, a, /^[\s:：→の]*/);
}

/**
 * The finding a response category was written with, as written (肝転移増大、PD → 肝転移増大;
 * PD（腹膜播種増悪） → 腹膜播種増悪; VGPR → VGPR), or undefined. `from` is where its evidence starts.
 */
function responseFinding(ctx: NoteContext, category: { from: number; a: number; b: number }): string | undefined {
  const t = ctx.text;
  // Before the category: past a label (総合効果：, CT C/A/P:, best_response=), the dates opening it and the examination.
  let fa = category.from;
  const evidenced = t.slice(fa, category.a);
  fa += Math.max(evidenced.lastIndexOf(':'), evidenced.lastIndexOf('=')) + 1;
  fa = ctx.pastOpeningDates(fa, category.a, /^[\s:：→の、]*/);
  fa += FINDING_EXAM_OPENING.exec(t.slice(fa, category.a))?.[0].length ?? 0;
  // (…and a list mark: - Mタンパク 0.8 g/dL（前回 1.6）→ PR.)
  fa += /^[\s\-・*●○■]*/.exec(t.slice(fa, category.a))![0].length;
  const fb = fa + t.slice(fa, category.a).replace(FINDING_JOINT_CLOSING, '').length;
  if (fb > fa && tellsFinding(ctx, fa, fb)) return ctx.note.text.slice(ctx.original(fa), ctx.original(fb));
  // …or after it: in the parenthesis it opens (PD（M蛋白増加）, PD (2025/5 CT: 骨転移増悪)), after a colon (PD: 脳転移増大),
  // or in the clause after it that closes its parenthesis ((PD, new liver lesions); not a sentence's next clause, CR、以後再発なし).
  const after = FINDING_AFTER_CATEGORY.exec(t.slice(category.b, category.b + 48));
  const said = after?.[1] ?? after?.[2] ?? after?.[3];
  if (said) {
    const saidEnd = category.b + after![0].lastIndexOf(said) + said.length;
    let saidAt = saidEnd - said.length;
    saidAt += t.slice(saidAt, saidEnd).lastIndexOf(':') + 1;
    saidAt = ctx.pastOpeningDates(saidAt + (/^\s*/.exec(t.slice(saidAt, saidEnd))![0].length), saidEnd, /^[\s,、]*/);
    saidAt += FINDING_EXAM_OPENING.exec(t.slice(saidAt, saidEnd))?.[0].length ?? 0;
    if (!DATE_OR_MEASURE_ONLY.test(t.slice(saidAt, saidEnd)) && tellsFinding(ctx, saidAt, saidEnd)) return ctx.note.text.slice(ctx.original(saidAt), ctx.original(saidEnd)).trim();
  }
  const written = ctx.note.text.slice(ctx.original(category.a), ctx.original(category.b));
  return OTHER_SYSTEM_CATEGORY.test(written) ? written : undefined;
}

/** Where the last arrow (→, ⇒, ->) before `end` starts in `t`, or -1. */
function lastArrowBefore(t: string, end: number): number {
  if (end <= 0) return -1;
  return Math.max(t.lastIndexOf('→', end - 1), t.lastIndexOf('⇒', end - 1), end >= 2 ? t.lastIndexOf('->', end - 2) : -1);
}

// The label of an assessment at a line's start, which is no part of the finding: A）, (A), A/P:, 【評価】, 効果判定：.
const ASSESSMENT_LABEL_OPENING = /^(?:[(（【[]?\s*(?:A\/P|A|Assessment|Imp)\s*[)）】\]:：>]|【[^】\n]{1,10}】|(?:総合|効果)?(?:評価|判定)\s*[:：])\s*/;
// The words a finding that a response category sums up is told in: 肝転移増大, 腹水出現, 著明に縮小.
const FINDING_WORDS = '増大|縮小|残存|上昇|低下|消失|増悪|出現|進行|増加|減少|不変|安定|再燃|再発|拡大|転移|播種';
// What a response's finding says happened, before an arrow to the category (腹水出現 → PD, 骨髄MRD陰性 → CR), and
// what a therapy it answers ends with (SOX 8kur → PD, DRd開始 → PD): see the arrow in extractResponses.
const FINDING_BEFORE_ARROW = new RegExp(String.raw`${FINDING_WORDS}|陰性|陽性|Deauville|MRD|decreas|shrink|increas|enlarg|progress|\bnew\b`, 'i');
const THERAPY_BEFORE_ARROW = /(?:施行|開始|導入|地固め|輸注|投与|完遂|終了|移植|療法|コース|回|cycles?|cyc|kur|[x×]\s*\d+)\s*(?:[(（][^()（）]*[)）])?\s*$/i;
// A course given, right before the category it answers (4コース施行しPR, 3コース後SD, 投与後PD).
const THERAPY_BEFORE_CATEGORY = /(?:施行|投与|完遂|終了|コース|クール|cycles?|kur)(?:目)?\s*(?:後|し|して|で|にて)?\s*[、,]?\s*$/i;
// A change found, right before the parenthesis a response category opens: 肝転移増大(PD), 著明に縮小（PR）.
const FINDING_BEFORE_PARENTHESIS = new RegExp(String.raw`(?:${FINDING_WORDS})\s*[(（]\s*$`);
// How far back a response's finding is looked for: a few clauses.
const MAX_FINDING_BACK = 120;
// What a finding is told with: a change (FINDING_WORDS, 陰性) or what changed (病変, 集積, PSA, MRD, lesion …).
const FINDING_LIKE = new RegExp(String.raw`${FINDING_WORDS}|陰性|病変|腫瘍|腫瘤|結節|集積|原発巣|リンパ節|胸水|腹水|PSA|M蛋白|Mタンパク|IgG|芽球|MRD|Deauville|lesion|\bmets?\b|metasta|nodul|liver|lung|bone|brain|nodes?\b|peritone|pleura|shr[iu]nk|enlarg|decreas|increas|\bnew\b`, 'i');
// …and not a therapy given (SOX 8kur, …を2コース施行したが, R-CHOP（…）を6回受けて).
const THERAPY_WORDS = /コース|クール|kur|cycles?|施行|投与|開始|導入|療法|治療|受け|切除|摘出|郭清|手術|[x×]\s*\d/i;
// Before a finding, what is no part of it: the examination or assessment that found it (CTで, 4コース後のMRIでは, 効果判定にて).
const FINDING_EXAM_OPENING = /^[^、,。]*?(?:PET-CT|PET\/CT|PET|CT|MRI|内視鏡|骨シンチ|超音波|エコー|画像|骨髄(?:検査)?|効果判定|評価|判定)(?:\s*[(（][^()（）]*[)）])?\s*(?:上|で(?:は)?|にて(?:は)?|の結果)\s*[、,]?\s*/;
// After it, the words joining it to the category (…を認め, …あり、, …し, → , c/w).
// (…and the system or the kind of response it names: mRECISTでSD, 病理学的CR, 血液学的CR.)
const FINDING_JOINT_CLOSING = /(?:[、,，。\s→⇒(（]|->|を認め(?:た|て)?|認め|あり|がみられ|が見られ|となり|し(?:て)?(?:おり)?|で|にて|と|が|c\/w|consistent with|i?m?RECIST|IMWG(?:基準)?|iwCLL|Lugano|最良効果|best|病理学的|血液学的|細胞遺伝学的|分子遺伝学的|臨床的|画像上)+$/;
// What may follow a category and tell its finding: a parenthesis, a colon's words, the rest of a parenthesis it is in.
const FINDING_AFTER_CATEGORY = /^\s*(?:[(（]([^()（）\n]{2,40})[)）]|[:：]\s*([^、。,()（）\n]{2,40})|[,、]\s*([^、。,()（）\n]{2,40})[)）])/;
// A parenthesis after a category that says when, by what system or how sure, not what was found.
const DATE_OR_MEASURE_ONLY = /^\s*(?:\d{2,4}[/.年-]\d|\d{1,2}\/\d{1,2}|i?m?RECIST|Lugano|IMWG|iwCLL|Deauville|PET|CT|MRI|評価|判定|確定|未確定|疑い|confirmed|unconfirmed)/i;
// A category of a system other than RECIST (IMWG VGPR, Lugano CMR, sCR, CRi) is itself what was found.
const OTHER_SYSTEM_CATEGORY = /^(?:VGPR|CMR|PMR|sCR|cCR|CRi|CRh)$/;

// An examination named after a date, as what found a response: (2025/5 CT: …), (2024/7 PET-CTで…).
// (…or closing the parenthesis: PD（2026.3.30 CT）.)
const EXAM_AFTER_DATE = /^\s*((?:造影)?CT|MRI|PET-CT|PET\/CT|PET)\s*(?:[:：]|で|にて|(?=[)）]))/;

// (51.6Gy(RBE)/12fr, 60GyE/20fr and 35Gy/5分割 too.)
// (…and in English words: 50 Gy in 5 fractions.)
const RT_DOSE = /(\d+(?:\.\d+)?)\s*Gy(?:E|\s*[(（]RBE[)）])?(?:\s*\/\s*|\s+in\s+)(\d+)\s*(?:fractions?|fr|Fr|fx|回|分割)/g;
const RT_DOSE_ONE = new RegExp(RT_DOSE.source);
// The dose given so far of a course, said after it: 36Gy/18fr 照射済, 36Gy/18fr（Fx 18/35）.
const DOSE_SO_FAR = /^\s*(?:まで)?\s*(?:照射済|照射中|照射時点|時点|終了時点|経過中)|^\s*[(（]\s*(?:Fx|fx|fr)\s*\d+\s*\/\s*\d+/;
// A parenthesis opened (not closed) since a course's dose: what follows is said of that course.
const OPEN_PARENTHESIS_SINCE = /^\s*[(（][^()（）]*$/;
// Radiotherapy named without a dose, an event only when said done (ガンマナイフ施行, 全脳照射を実施),
// internal radiotherapy too (放射性ヨウ素内用療法（100mCi）を施行), which its activity alone
// says given (2023/8 アブレーション 131I 3.7GBq, 放射性ヨウ素内用療法（3.7GBq）, 131I 5.55GBq 再投与, RAI 3.7GBq 2回;
// RAI不応 is no course).
// (…終了時 names a time, not a course: ＜放射線治療終了時サマリー＞, 照射終了時のCT.)
// (In a past history, …後 says it was given: 既往歴：…前立腺癌（密封小線源療法後）.)
// (腔内照射 and 組織内照射 are found as 照射: spelling them out slows the scan of every note.)
// (放射線化学療法 names radiotherapy given with drugs, as 化学放射線療法 does through its 放射線療法, and CRT or CCRT abbreviates.)
// (English names a course done by its dose after it, as a history lists it: I-125 plaque brachytherapy 85 Gy,
// SRS 20 Gy to the brain met; the clause's plan words still make it none.)
const RT_NAMED = /(?:放射線化学療法|放射性ヨ(?:ウ素|ード)(?:内用)?(?:療法|治療)|(?:RI|アイソトープ|I-?131|131I)\s*(?:内用療法|アブレーション)|(?:I-?131|131I|RAI)(?=\s*\d)|RAI(?:内用)?(?:療法|治療)|(?:アブレーション|ablation)\s*(?:131I|I-?131)|ガンマナイフ|[γΓ]ナイフ|サイバーナイフ|定位放射線(?:治療|照射)?|定位照射|SRS|SBRT|SRT|WBRT|IMRT|(?<![A-Za-z])C?CRT(?![A-Za-z])|(?:plaque\s+)?brachytherapy|radiotherapy|重粒子線治療|陽子線治療|小線源(?:療法|治療)|放射線治療|放射線療法|照射)(?:\s*[(（][^()（）]{0,20}[)）])?(?:\s*(\d+(?:\.\d+)?)\s*Gy(?![A-Za-z]*\s*\/))?(?:\s*(?:を)?(?:施行|実施|開始|終了|完遂|完了|行った|行い)(?!時)|(後)|\s*\d+(?:\.\d+)?\s*(?:GBq|MBq|mCi)(?![A-Za-z])|(?<=\d\s*(?:GBq|MBq|mCi)\s*[)）])|(?<=[A-Za-z]\s{1,3}\d+(?:\.\d+)?\s*Gy))/g;
// An intent written against a site, which the site leaves out: 緩和的, 根治的, 予防的 (予防的全脳照射).
const SITE_INTENT = String.raw`緩和的?|根治的?|予防的?`;
const SITE_INTENT_BEFORE = new RegExp(`(?:${SITE_INTENT})$`);
const SITE_INTENT_OPENING = new RegExp(`^(?:${SITE_INTENT})`);
// The site a radiotherapy's name is written onto, past what is told between (への, に対し), the intent, salvage and a boost.
// (An abbreviation begins a word: the front of CCRT, SBRT or IMRT is no site.)
// (A boost is no part of its site: 後頭蓋窩追加照射 is given to 後頭蓋窩; nor is 放射線 of 放射線照射: 残存乳房への放射線照射.)
const RT_SITE = new RegExp(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9\-]+?)(?:への|へ|に対し(?:て)?|に対する|に)?(?:術[前後])?(?:${SITE_INTENT}|救済|サルベージ)?(?:追加|ブースト)?(?:放射線治療|放射線療法|(?:放射線)?照射|定位照射|定位放射線|(?<![A-Za-z])(?:SRT|SBRT|SRS|WBRT|RT)|ガンマナイフ|[γΓ]ナイフ|サイバーナイフ)`,
  'u',
);

// The front of the word a radiotherapy's name ends (化学|放射線療法, 高線量率腔内|照射), or its isotope (I-125 plaque brachytherapy).
const RT_NAME_WORD_BEFORE = /(?:[\p{Script=Han}\p{Script=Katakana}ー]+|\b(?:I|Ir|Co|Cs|Sr|Ra)-?\d{2,3}\s+)$/u;

// The end of a parenthesis opened before a clause, and what joins it to the clause: 36）と, …）、.
const PARENTHESIS_END_OPENING = /^[^()（）\n]*[)）]\s*(?:と|、|,)?\s*/;

// What parts a date opening a clause from what it dates: spaces, a colon, より, から, まで, に.
const DATE_PARTICLE_GAP = /^(?:[\s:：]|より|から|まで|に)*/;

// What may follow a date closing a clause: its end, a parenthesis of details, or the line's end.
const CLOSES_AFTER_DATE = /^[ \t]*(?:[(（;,.、。\n]|$)/;
// Spaces on a line, and nothing else: what may part a dose from its range.
const SPACES_ONLY = /^[ \t\u3000]+$/;
// What may close a dose's step before the date in parentheses that dates it: + Cape (, ＋カペシタビン）（, ）(.
const STEP_TAIL_BEFORE_DATE = /^\s*(?:[+＋]\s*[^()（）→、。,;\n]{1,24}?)?\s*[)）]?\s*[(（]\s*$/;
// The verb after the day a course was given on: に終了, 施行.
const RT_VERB_AFTER_DAY = /^\s*に?\s*(?:施行|実施|終了|完遂|完了|開始)/;
// A single dose in parentheses after the verb: 施行（辺縁線量 20Gy）.
// A radiotherapy said done in English, the verb before it: treated with SRS, s/p WBRT, received palliative radiotherapy.
const ENGLISH_RT_DONE = /\b(?:treated with|received|underwent|s\/p|status post|completed)\s+(?:(palliative|definitive|adjuvant|stereotactic|whole[- ]brain)\s+)?(SRS|SBRT|SRT|WBRT|IMRT|PCI|radiotherapy|radiation(?: therapy)?|brachytherapy|[Gg]amma [Kk]nife|proton(?: beam)? therapy)\b/g;
const ENGLISH_RT_INTENT: Record<string, RadiotherapyEvent['intent']> = { palliative: 'palliative', definitive: 'curative', adjuvant: 'adjuvant' };
const ENGLISH_RT_SITE_AFTER = /^\s+to\s+(?:the\s+)?([A-Za-z][A-Za-z0-9 -]{0,24}?)(?=\s+(?:on|in)\b|[.,;(]|$)/;
const ENGLISH_RT_DAY_GAP = /^\s*(?:to\s+[^.,;:\n]{1,30}?\s+)?(?:(?:in|on)\s+)?[(（]?\s*$/;
const DOSE_AFTER_VERB = /^\s*[(（][^()（）\d]{0,8}(\d+(?:\.\d+)?)\s*Gy(?!\s*\/)[^()（）]{0,8}[)）]/;

// A radiotherapy's word after 術前 or 術後, as given before or after an operation: 術後照射, 術後補助放射線, 術前RT, 術後CCRT.
const PERIOPERATIVE_RT = String.raw`(?:補助)?(?:の)?(?:照射|放射線|C{0,2}RT(?![A-Za-z]))`;
// (…and in a sentence, also given with chemotherapy: 術前化学放射線療法, 術後補助化学放射線療法.)
const ADJUVANT_RT = new RegExp(`術後(?:(?:補助)?(?:の)?化学放射線|${PERIOPERATIVE_RT})`);
const NEOADJUVANT_RT = new RegExp(`術前(?:(?:補助)?(?:の)?化学放射線|${PERIOPERATIVE_RT})`);

function rtIntent(sentence: string): RadiotherapyEvent['intent'] {
  if (/緩和/.test(sentence)) return 'palliative';
  if (/根治/.test(sentence)) return 'curative';
  // (…also given with chemotherapy: 術後CRT（CDDP＋66Gy/33fr）, 術後CCRT：weekly CDDP…＋RT, 術前化学放射線療法; or abbreviated, 術後RT.)
  if (ADJUVANT_RT.test(sentence)) return 'adjuvant';
  if (NEOADJUVANT_RT.test(sentence)) return 'neoadjuvant';
  return undefined;
}

// What joins the steps of a treatment before a dose: → always; + or ＋ after a step naming a drug, a dose, a count
// or an operation (CDDP＋RT 70Gy/35fr, …×3コース＋RT, CBDCA+PTX weekly + 60Gy/30Fr, 広範切除術 + 術前RT), not sites joined (胸壁＋鎖骨上).
const STEP_JOIN = /(?:→|⇒|->)|(?<=[A-Za-z0-9回目スルト注術][^+＋→⇒()（）]{0,3})[+＋]/g;
// …and the word that joins the drugs given with the radiation to it: CBDCA＋PTX（weekly）併用胸部放射線治療, …に同時併用で胸部放射線.
const GIVEN_WITH = /(?:同時)?併用(?:で|の)?/g;
// …and the drugs before it, written onto the name of the radiation: 5-FU＋MMC併用化学放射線療法, …併用同時胸部放射線療法.
const GIVEN_WITH_BEFORE = /^.*(?:併用|同時)/;
// A word for the intent written before the parenthesis a dose is in: 術後照射（温存乳房 50Gy/25回）, 根治的化学放射線療法開始（….
const RT_INTENT_WORD = new RegExp(`緩和|根治|術[前後]${PERIOPERATIVE_RT}`);
// The name a parenthesis holding a dose follows: CRT（50.4Gy/28fr）, 化学放射線療法（54Gy/30fr）.
const RT_NAME_BEFORE_PARENTHESIS = /(?:[\p{Script=Han}\p{Script=Katakana}ー]+|[A-Za-z]+)\s*$/u;

/**
 * Where a dosed course's evidence opens in `before`, its clause up to the dose: after the last step joined
 * (CDDP＋RT 70Gy/35fr, …→ 8/28 右腸骨転移に対し緩和照射 8Gy/1fr) or the drugs given with it
 * (…併用胸部放射線治療 60Gy/30fr); else, in a parenthesis holding the dose, at an intent word before it
 * (術後照射（温存乳房 50Gy/25回）), at what the parenthesis names (（IMRT 70Gy/35Fr）) or at the name it
 * follows (CRT（50.4Gy/28fr）); else where the clause opens.
 */
function doseStepStart(before: string): number {
  const opened: number[] = [];
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '(' || c === '（') opened.push(i);
    else if ((c === ')' || c === '）') && opened.length) opened.pop();
  }
  const open = opened.at(-1) ?? -1;
  // (Joins inside a parenthesis closed before the dose are another step's: （シスプラチン＋エトポシド）と胸部放射線療法.)
  let step = -1;
  for (const pattern of [STEP_JOIN, GIVEN_WITH])
    for (const m of before.slice(open + 1).matchAll(pattern)) {
      const at = open + 1 + m.index;
      if (at + m[0].length > step && !/[(（][^()（）]*$/.test(before.slice(open + 1, at))) step = at + m[0].length;
    }
  if (step >= 0) return step + /^\s*/.exec(before.slice(step))![0].length;
  if (open < 0) return 0;
  const intent = RT_INTENT_WORD.exec(before.slice(0, open));
  if (intent) return intent.index;
  const inside = /^\s*/.exec(before.slice(open + 1))![0].length;
  if (open + 1 + inside < before.length) return open + 1 + inside;
  const name = RT_NAME_BEFORE_PARENTHESIS.exec(before.slice(0, open))?.[0] ?? '';
  // (Not the drugs it was given with: 5-FU＋MMC併用化学放射線療法.)
  return open - name.replace(GIVEN_WITH_BEFORE, '').length;
}

/**
 * Where `site` was last written before `at`, with the intent written against it that the site leaves out
 * (予防的全脳照射（PCI 25Gy/10Fr）): where a course's evidence opens at its site. -1 when there is none.
 */
function siteStartBefore(t: string, site: string | undefined, at: number): number {
  const start = site === undefined ? -1 : t.lastIndexOf(site, at);
  return start < 0 ? start : start - (SITE_INTENT_BEFORE.exec(t.slice(Math.max(0, start - 4), start))?.[0].length ?? 0);
}

function rtSite(clause: string): string | undefined {
  const site = RT_SITE.exec(clause);
  // 化学放射線療法 names the treatment, not a site.
  // …併用同時胸部放射線療法: the site is what follows 併用/同時.
  const word = site?.[1]?.replace(GIVEN_WITH_BEFORE, '');
  // (…腔内照射, 組織内照射 name the technique: intracavitary, interstitial; 追加照射 a boost, given to no site it names.)
  // (An intent alone, 根治的放射線治療, leaves no site.)
  // (…nor the schedule: 短期照射 25Gy/5fr, 寡分割照射, 加速過分割照射.)
  // (…nor salvage or prophylaxis: 救済RT, サルベージ照射; 予防的全脳照射 is to the whole brain.)
  if (word && !/^(緩和|根治|術[前後]|胸部放射線|放射線|追加|ブースト|短期|長期|寡分割|通常分割|(?:加速)?過分割|救済|サルベージ|予防的?)$|化学$|(?:腔内|組織内)$/.test(word)) return word.replace(SITE_INTENT_OPENING, '') || undefined;
  return undefined;
}

// A site in parentheses after the dose: 48Gy/4fr（右S2）, 30Gy/10fr（全脳）; not a technique, an intent or a count.
const SITE_AFTER_DOSE = /^\s*[(（]([\p{Script=Han}A-Za-z0-9・\-]{1,12})[)）]/u;
function siteAfterDose(after: string): string | undefined {
  const word = SITE_AFTER_DOSE.exec(after)?.[1];
  if (!word || !/\p{Script=Han}|^[右左]?S\d/u.test(word) || /緩和|根治|術|計|予定|照射|治療|療法|併用|日|週|回|分割|済|中/.test(word)) return undefined;
  return word;
}

// The site written right before the dose, apart from it by a space or told with に/へ (残存乳房 42.56Gy/16fr, 右腸骨 8Gy/1fr, 骨盤に8Gy/1fr, 腰椎に対して30Gy/10fr,
// IMRT　原発巣＋両側頸部リンパ節領域　70Gy/35fr); not a technique, an act, what goes with it (Cmab併用RT), an interval or a date.
// (…also opening the parenthesis the dose is in: 術後照射（温存乳房 50Gy/25回）.)
const SITE_BEFORE_DOSE = /(?:^|[\s:：(（])([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9・＋+\-]{1,24})(?:[ \t\u3000]+|(に(?:対して?)?|へ)[ \t\u3000]*)$/u;
function siteBeforeDose(clause: string): string | undefined {
  const before = SITE_BEFORE_DOSE.exec(clause);
  // (A site written onto 放射線 is that word's front, past what it goes with: 同時胸部放射線 45Gy/30fr is 胸部.)
  const word = before?.[1]?.replace(/(?<=\p{Script=Han})放射線$/u, '').replace(GIVEN_WITH_BEFORE, '');
  // (Told with に or へ, not a time: 同日に, 翌週へ.)
  if (before?.[2] && /[日月年週後前時回目度]$/.test(word!)) return undefined;
  if (!word || !/\p{Script=Han}|^[右左]?S\d/u.test(word) || /^放射線$|照射|治療|療法|線量|処方|緩和|根治|術|施行|予定|併用|毎|\d+\s*[/年月日週]|(?<![A-Za-z])(?:RT|IMRT|VMAT|SBRT|SRT|SRS|WBRT|PCI)$/.test(word)) return undefined;
  return word;
}

// What is shone when 照射 follows a light (レーザ光照射, 紫外線照射): no radiation. (光子線照射 ends in 線.)
const LIGHT_BEFORE = /(?:レーザー?|光|紫外線|UV[AB]?)$/;

// A course laid out as fields: the period on a field line of its own next to the dose's
// (照射期間：2026年6月2日～7月21日), and the intent on the record's aim field (治療方針：根治的化学放射線療法).
const RT_PERIOD_FIELD = /^\s*[【[■・]?\s*(?:(?:照射|治療)?期間|照射日)\s*[】\]]?\s*[:：\s]/;
const RT_AIM_FIELD = /^\s*[【[■・]?\s*(?:治療|照射)?(?:方針|目的|意図)\s*[】\]]?\s*[:：]/;

/** The period field on the line after or before the dose's, when the dose's line has no date of its own. */
function periodFieldNear(ctx: NoteContext, at: number): EventDate | undefined {
  const t = ctx.text;
  const [ls, le] = lineAt(t, at);
  if (ctx.datesIn(ls, le).length) return undefined;
  for (const field of [nextLineAt(t, at), ls > 0 ? lineAt(t, ls - 1) : undefined]) {
    if (!field || !RT_PERIOD_FIELD.test(t.slice(...field))) continue;
    const period = ctx.datesIn(...field)[0];
    if (period) return otherLineDate(period, true);
  }
  return undefined;
}

/**
 * The date in parentheses closing the step a dose is written in, past the drug given with it
 * (CAPOX 4コース (2026/1〜4) → CRT 50.4Gy/28fr + Cape (2026/5〜6), CRT（50.4Gy/28fr + Cape）(2026/5〜6)):
 * the course's, over a date of an earlier step on its line.
 */
function stepDateAfter(ctx: NoteContext, b: number): EventDate | undefined {
  const t = ctx.text;
  const m = ctx.datesIn(b, Math.min(lineAt(t, b)[1], b + 40))[0];
  return m && STEP_TAIL_BEFORE_DATE.test(ctx.note.text.slice(ctx.original(b), m.start)) ? mentionDate(m, true) : undefined;
}

/** The day the next clause says the course began (60Gy/30fr（CDDP＋5-FU併用）、2026/10/22開始), as an event's date. */
function startedOn(ctx: NoteContext, b: number): EventDate | undefined {
  const m = ctx.startDateAfter(b);
  return m && mentionDate(m, true);
}

/** The day or range written between a dose and its verb (50Gy/25fr を2025年3月に終了, 63Gy/21fr を 2025/10/27～2025/11/25 に施行): the course's, over an earlier day in its paragraph. */
function givenOnDay(ctx: NoteContext, b: number): EventDate | undefined {
  const done = ctx.dayBeforeVerb(b, RT_VERB_AFTER_DAY);
  return done && mentionDate(done.day, true);
}

/** The intent an aim field above the dose's line states (治療方針：根治的…), within the few lines of its record. */
function intentFromAimField(t: string, at: number): RadiotherapyEvent['intent'] {
  let [ls] = lineAt(t, at);
  for (let k = 0; k < 6 && ls > 0; k++) {
    const line = lineAt(t, ls - 1);
    ls = line[0];
    const text = t.slice(...line);
    if (!text.trim()) return undefined;
    if (RT_AIM_FIELD.test(text)) return rtIntent(text);
  }
  return undefined;
}

/** Radiotherapy courses written with a dose (`30Gy/10fr`), or named and said done (ガンマナイフ施行). */
export function extractRadiotherapy(ctx: NoteContext): RadiotherapyEvent[] {
  const t = ctx.text;
  const events: RadiotherapyEvent[] = [];
  let lastDose: { end: number; fractions: number } | undefined;
  for (const m of matchesWith(RT_DOSE, t, ['Gy'])) {
    const b = m.index + m[0].length;
    const [ss, se] = sentenceAt(t, m.index, b);
    // (A dose after another in its clause, joined by +, starts after it: 全骨盤照射50.4Gy/28fr + 腔内照射24Gy/4fr
    // is two courses, the second none of the first's site.)
    const [clauseStart] = clauseAt(t, m.index);
    const cs = lastDose && lastDose.end > clauseStart && lastDose.end <= m.index ? lastDose.end + /^[\s+＋・]*/.exec(t.slice(lastDose.end, m.index))![0].length : clauseStart;
    // A plan (…開始予定, a line labelled 計画：), a proposal (TNT（CAPOX → 短期照射 25Gy/5Fr）をご提案し) or a purpose
    // (…照射目的に入院) unless something is said done too.
    if ((/予定|検討|方針|目的(?:に|で|の)?\s*(?:入院|転院|紹介|来院|受診)/.test(t.slice(b, se)) || PROPOSED.test(t.slice(b, se)) || isPlanLine(t, m.index) || isDiscussionLine(t, m.index)) && !/(?:施行|開始|終了|完遂)(?!予定|する予定|の予定)/.test(t.slice(b, se))) continue;
    // The dose given so far of a course (本日 36Gy/18fr 照射済（Fx 18/35）) is no course of its own.
    if (DOSE_SO_FAR.test(t.slice(b, b + 16)) && events.some((x) => (x.fractions ?? 0) > Number(m[2]))) continue;
    // The dose to another volume of the same course, in parentheses after its dose with the same fractions,
    // is part of that course (70Gy/35fr（予防域 56Gy/35fr、SIB）: a simultaneous boost, one course).
    if (lastDose && lastDose.fractions === Number(m[2]) && OPEN_PARENTHESIS_SINCE.test(t.slice(lastDose.end, m.index))) continue;
    const sentence = t.slice(ss, se);
    const clause = t.slice(cs, b);
    // A range in parentheses right after the dose is the course's: 55.8Gy/31fr（4/7～5/23）.
    // (…or written right after it on its line, apart by spaces only: 78Gy/39fr　2026/7/21～2026/9/29.)
    const range = ctx.dateInParenthesesAfter(b, 8) ?? ctx.dateAfter(b, 4, SPACES_ONLY);
    const ownRange = range?.range ? mentionDate(range, true) : undefined;
    // (Evidence leaves out the dates its clause opens with: 2025/6/1～ 放射線治療 60Gy/30fr, 6/1より…, 同年6月に….)
    const site = rtSite(clause) ?? siteBeforeDose(t.slice(cs, m.index)) ?? siteAfterDose(t.slice(b, b + 20));
    // (…and what its clause says before the step the dose is written in: TNT（CAPOX 6コース→CRT 50.4Gy/28fr）.)
    const from = ctx.pastOpeningDates(cs, m.index, DATE_PARTICLE_GAP);
    const step = ctx.pastOpeningDates(from + doseStepStart(t.slice(from, m.index)), m.index, DATE_PARTICLE_GAP);
    const siteAt = siteStartBefore(t, site, m.index);
    let evidenceStart = siteAt >= from && siteAt < step ? siteAt : step;
    // (Not the end of a parenthesis a comma in it cut the clause at: CDDP+DOC（…、day1,8,29,36）と胸部放射線治療60Gy/30fr.)
    evidenceStart += PARENTHESIS_END_OPENING.exec(t.slice(evidenceStart, m.index))?.[0].length ?? 0;
    const e: RadiotherapyEvent = { type: 'radiotherapy', doseGy: Number(m[1]), fractions: Number(m[2]), evidence: ctx.evidence(evidenceStart, b), date: ownRange ?? stepDateAfter(ctx, b) ?? periodFieldNear(ctx, m.index) ?? startedOn(ctx, b) ?? givenOnDay(ctx, b) ?? ctx.dateAt(m.index) };
    const intent = rtIntent(sentence) ?? intentFromAimField(t, m.index);
    if (intent) e.intent = intent;
    if (site) e.site = site;
    events.push(e);
    lastDose = { end: b, fractions: e.fractions! };
  }
  for (const m of matchesWith(RT_NAMED, t, ['施行', '実施', '開始', '終了', '完遂', '完了', '行', 'Bq', 'mCi', '療法後', '治療後', '照射後', 'Gy'])) {
    if (m[2] && !inPastHistory(t, lineAt(t, m.index)[0])) continue;
    const b = m.index + m[0].length - (m[2]?.length ?? 0);
    const [ss, se] = sentenceAt(t, m.index, b);
    // A course with its dose and fractions in the sentence is the event already (found above); a plan is none.
    if (RT_DOSE_ONE.test(t.slice(ss, se))) continue;
    const [cs, ce] = clauseAt(t, m.index, b);
    if (/予定|検討|方針|目的|\b(?:planned|scheduled|will|consider(?:ed)?|recommend(?:ed)?|proposed)\b/i.test(t.slice(cs, ce)) || isFamilyContext(t, m.index)) continue;
    // A light's illumination (レーザ光照射, 近赤外光照射, 紫外線照射) is a procedure, not radiation.
    if (LIGHT_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    // One fraction (10回目照射終了) is not a course.
    if (/回目\s*$/.test(t.slice(Math.max(0, m.index - 4), m.index))) continue;
    const site = rtSite(t.slice(cs, b));
    // An activity given (131I内用療法 5.55GBq) is one administration: each is an event.
    const activity = /(?:Bq|mCi)\s*[)）]?$/.test(m[0]);
    // (…or in parentheses after the verb: ガンマナイフ施行（辺縁線量 20Gy）.)
    const doseAfter = DOSE_AFTER_VERB.exec(t.slice(b, b + 24));
    // A single dose written without fractions (SRS 22Gy施行, 放射線治療（線量30 Gy）を施行).
    const dose = m[1] ?? /(\d+(?:\.\d+)?)\s*Gy/.exec(m[0])?.[1] ?? doseAfter?.[1];
    // Started, given, finished: one course, one event, at its first mention (and none
    // beside a course of the same site written with its dose); not courses of other doses.
    // (A mention naming no site restates the course named before: …に対する放射線治療（50.4 Gy）終了 … 放射線治療終了後.)
    if (!activity && events.some((x) => (site === undefined || x.site === site) && (dose === undefined || x.doseGy === undefined || x.doseGy === Number(dose)))) continue;
    // (English puts the day in parentheses closing the clause: …brachytherapy 85 Gy to apex (11/15/2021).)
    const dayInParentheses = /[A-Za-z]/.test(m[0]) ? ctx.datesIn(b, ce).find((d) => /[(（]\s*$/.test(ctx.note.text.slice(Math.max(0, d.start - 2), d.start))) : undefined;
    // (Evidence opens at the site the clause names, or at the word the name ends (化学放射線療法, 高線量率腔内照射,
    // I-125 plaque brachytherapy): not at what the clause says before, 2024年3月 骨盤内再発 CCRT施行.)
    const siteAt = siteStartBefore(t, site, m.index);
    const opening =
      activity || m[2]
        ? m.index - (t.endsWith('密封', m.index) ? 2 : 0)
        : siteAt >= cs
          ? siteAt
          : m.index - (RT_NAME_WORD_BEFORE.exec(t.slice(cs, m.index))?.[0].length ?? 0);
    const e: RadiotherapyEvent = { type: 'radiotherapy', evidence: ctx.evidence(opening, doseAfter ? b + doseAfter[0].length : b), date: dayInParentheses ? mentionDate(dayInParentheses) : ctx.dateAt(m.index) };
    if (dose) e.doseGy = Number(dose);
    const intent = rtIntent(t.slice(ss, se));
    if (intent) e.intent = intent;
    if (site) e.site = site;
    events.push(e);
  }
  // English puts the verb first: treated with SRS 2/2024, s/p WBRT, received palliative radiotherapy (one course
  // each, dated by the date after it; none beside a course already read there).
  for (const m of matchesWith(ENGLISH_RT_DONE, t, ['treated', 'received', 'underwent', 's/p', 'status post', 'completed'])) {
    const a = m.index + m[0].length - m[2]!.length;
    const b = m.index + m[0].length;
    if (ctx.overlapsEvidence(events, a, b)) continue;
    const [, ce] = clauseAt(t, a, b);
    // (…to the site, then the day: received palliative radiotherapy to T-spine on 5/1/2024.)
    const site = ENGLISH_RT_SITE_AFTER.exec(t.slice(b, Math.min(ce, b + 40)));
    const day = ctx.dateReachedAfter(b, Math.min(ce, b + 64), ENGLISH_RT_DAY_GAP);
    const e: RadiotherapyEvent = { type: 'radiotherapy', evidence: ctx.evidence(a, b), date: day ? mentionDate(day) : ctx.dateAt(a, { range: false }) };
    const intent = m[1] ? ENGLISH_RT_INTENT[m[1].toLowerCase()] : undefined;
    if (intent) e.intent = intent;
    if (site) e.site = site[1]!;
    events.push(e);
  }
  return events.sort((x, y) => x.evidence!.start - y.evidence!.start);
}

