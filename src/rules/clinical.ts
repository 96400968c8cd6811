// Diagnoses, procedures, symptoms, admissions, discharges and deaths.
import type {
  AdmissionEvent, ClinicalEvent, DeathEvent, DiagnosisEvent, DischargeEvent, ProcedureEvent, SymptomEvent,
} from '../schema/events.js';
import type { EventDate } from '../schema/dates.js';
import type { DateMention } from '../segment/dates.js';
import { codeUnitTest } from '../segment/chars.js';
import { isFieldDay, parentKey } from '../segment/segment.js';
import { lowerBound } from '../segment/search.js';
import { certaintyAfter, clauseAt, DIAGNOSIS_LABEL_WORD, englishSentenceEndAfter, hasPlanCue, inPastHistory, isDiscussionLine, isPlanLine, isFamilyContext, isOperationPD, isWordChar, OPERATION_LABEL, lineAt, matchesAround, matchesOf, matchesWith, nextLineAt, sentenceAt, wordRunStart } from './context.js';
import { dictionaries } from './dictionaries.js';
import { CANCER_SUFFIX_JA, lexicons } from './lexicons.js';
import { mentionDate, otherLineDate, type NoteContext } from './note-context.js';

// A side written before a cancer's name, which moves to its laterality (右乳癌; in English, Left breast cancer).
const LATERALITY: [RegExp, DiagnosisEvent['laterality']][] = [
  [/^両側/, 'bilateral'], [/^右/, 'right'], [/^左/, 'left'],
  [/^bilateral\s+(?=\S)/i, 'bilateral'], [/^right\s+(?=\S)/i, 'right'], [/^left\s+(?=\S)/i, 'left'],
];

const cancers = () => lexicons().cancers;
let kanaNames: string[] | undefined;
/** The cancer dictionary's names with a character no word run takes (肺がん, びまん性…リンパ腫), longest first. */
const kanaCancerNames = () => (kanaNames ??= dictionaries().cancers.map((c) => c.word).filter((w) => [...w].some((ch) => !isWordChar(ch.charCodeAt(0)))).sort((x, y) => y.length - x.length));
// (The ward's shorthand after an organ counts too: 胃ca, 肺腺Ca, 胃K; not 血清Ca or K, which are salts.)
// (…after an English organ too, Eso Ca, Rectal Ca, where the dictionary knows the organ: not serum Ca.)
// (白血病リンパ腫 is one word: 成人T細胞白血病リンパ腫.)
// (Nor the first part of a longer word in katakana: がんゲノムプロファイリング; but 肺癌ステージ4,
// a stage or TNM written against the word (卵巣癌IIIC期, 胃癌StageIV, 肺癌cT2aN0M0), and 肺癌術後フォロー,
// 肺癌術後経過観察, the care after its operation.)
// (The organ is checked by a lookbehind after the shorthand, not before it: a leading
// lookbehind is tried at every position of the note, and cost four times the rest.)
const GENERIC_CANCER = new RegExp(String.raw`(?:${CANCER_SUFFIX_JA}|adenocarcinoma|carcinoma|cancer|\bca(?![A-Za-z0-9.])|(?:Ca|CA|K)(?<=(?:肺|胃|乳|肝|膵|腎|食道|大腸|結腸|直腸|膀胱|前立腺|子宮|卵巣|甲状腺|胆管|胆嚢|腺)(?:Ca|CA|K))(?![A-Za-z0-9.])|(?:Ca|CA)(?<=[A-Za-z]{2}\s(?:Ca|CA))(?![A-Za-z0-9.])|SCC(?<=[a-z]{3}\sSCC)(?![A-Za-z0-9])|lymphoma|sarcoma|leukemia|myeloma|melanoma)(?!(?!疑|診断(?:にて|で|時|後)|末期|術後(?:状態)?(?:[、。,\s(（]|$)|術後(?:再発|フォロー|経過観察|経過|定期)|(?!術)[\p{Script=Han}]{1,3}転移|ステージ|[Ss]tage|STAGE|(?:yp|[cpyr])?T(?:[0-4]|is|[Xx])|[IVⅠⅡⅢⅣ]{1,4}[A-Ca-c]?[12]?期)[\p{Script=Han}\p{Script=Katakana}A-Za-z])`, 'gu');
const CANCER_WORD = new RegExp(GENERIC_CANCER.source, 'u');
const isNameChar = codeUnitTest(/[\p{Script=Han}\p{Script=Katakana}ー]/u);
const isHan = codeUnitTest(/\p{Script=Han}/u);
// (In English, recurrence and relapse: their cues are Japanese, so alone they count only as a dated history entry.)
// (Denied together with metastasis, the cue is the recurrence's too: 再発・転移の所見なし.)
// (…and its signs denied: 再発徴候なし, 再発の兆候は認めず.)
// (A reader's conclusion is a cue, as for a cancer: 再発と考えられた, 局所再発と考えます; not 再発と考えられず.)
// (A form's or a data export's field is a cue too, in either language: 再発：あり, 再発の有無：無, recurrence=あり, Recurrence: none;
// and a finding's sign after it: 再発(-), 局所再発（＋）.)
const RECURRENCE = /(?:再発|(?<![A-Za-z-])(?:[Rr]ecurrence|[Rr]elapse)(?![A-Za-z-]))(\s*(?:の有無)?\s*[:：=]\s*(?:あり|有り?|なし|無し?|yes|no|none)(?![A-Za-z])|\s*[(（]\s*[-−－+＋]\s*[)）]|と(?:判断|診断|確定(?:診断)?|考え(?:ます|る|られ(?!ず|な|ませ)|まし|た))|(?:を|と)?確認|(?:を|は)?認め(?:ず|ない|ません|ておりません|られず|られない|られません)|を認め(?:た|ました|て(?!おりません)|(?=[、。,]|$))|所見なし|なし|なく|の所見なし|(?:の)?(?:徴候|兆候)(?:は|も)?(?:なし|無し|認め(?:ず|ない|ません))|(?:の)?(?:疑い|可能性)|を(?:強く)?疑(?:い|う|っ|われ)(?![^。、\n]{0,12}(?:なし|無し|なく|認め(?:ず|な|られ)|ありませ))|を疑う(?:所見|病変)(?:は|も)?(?:なし|認め(?:ず|ない|ません|られ(?:ず|なかった|ません)))|[・や](?:遠隔)?転移(?:の所見なし|所見なし|なし|(?:を|は)?認め(?:ず|ない|ません|ておりません|られず|られない|られません)))?/g;
// What may recur that is no cancer, written before 再発: an infection, an inflammation, a complication, a symptom.
const NOT_CANCER_BEFORE_RECURRENCE = /(?:[膿気血]胸|炎|感染症?|瘻|ヘルニア|潰瘍|出血|梗塞|結石|せん妄|症状|疼痛|発作)(?:の|が)?$/;
// (…を指摘 only right after the cancer: 肝細胞癌を指摘, not 肝細胞癌を疑う病変を指摘; so …が見つかり, as a patient writes it,
// not what might be: 胃がんが見つかったら.)
// (…also as the patient received it: 膵がんステージ４診断受ける, …と診断を受けた.)
// (A pathologist's 'consistent with' is the diagnosis: 胃癌として矛盾しません, 肺腺癌に矛盾しない所見, ご指摘の肺癌で矛盾しません;
// so is a reader's impression right after the name: 肺癌と考えます, not 肺癌とは考えにくい; and a diagnosis acted on,
// 上行結腸癌診断にて結腸右半切除術, or judged, 異時性大腸癌と判断し; and one said terminal, 肺がん末期.)
// (So is a date with 診断 closing the clause, 肺扁平上皮癌 cT3N2M1b、2026年2月診断。, also after a field label, D：…,
// or the stage: '23/4 右乳癌 cT2N0M0 StageIIA 診断（ER+, …）; not 診断時, 診断日.)
const DIAGNOSIS_CUE = /^(?:[^。\n]{0,40}?(?:と(?:確定)?診断|と確定(?=[。、,]|し|$)|と判明|と(?:わか|分か)(?:り|っ)|の診断|診断(?:され|となっ|に至っ|を?受け(?:る|た|ま|て))|(?<dated>(?:\d|[年月日旬]|[IVⅠⅡⅢⅣ][A-Ca-c]?)\s*(?:に\s*)?診断(?=[。、,，\s)）(（]|$)))|(?:の?疑い)?(?:を|が)指摘|が見つか(?:り|っ(?!た(?:ら|場合)))|(?:として|に|で)矛盾し(?:ない|ません)|診断(?:にて|で)(?![はもきな])|と判断(?!でき|が|は|に)|末期(?![^。\n]{0,6}(?:なら|の(?:場合|方|患者(?:さん)?で(?:は|も))))|と考え(?:ます|る|られ(?!ず|な|ませ)|まし|た))/;
// A cancer said found, right after it or its details: …直腸癌（Ra, 2型）を認めた, 胃癌が認められた.
// (Not one supposed: 乳癌を認めた場合.)
const FOUND_AFTER = /^\s*(?:を|が)認め(?:られ)?(?:た(?!ら|場合|際|時|とき)|ました|(?=[、,]))/;
// What calls the cancer after it known: 既知の肺癌, 既知肺癌.
const KNOWN_BEFORE = /既知の?$/;
// Every parenthesis of a text, closed, with what it holds.
const PARENTHESES = /[(（][^()（）]*[)）]/g;
// A parenthesis right after a cancer's name, which details it.
const LEADING_PARENTHESIS = /^\s*[(（][^()（）\n]*[)）]/;
// A letter's patient is the diagnosis's (ご紹介いただきました膵頭部癌（BR-A）の患者様; 患者様は空腸癌（…）、
// 多発肝転移・腹膜播種の方で; a nurse's 左卵巣癌、化学療法後の患者): no cue the evidence holds.
const LETTER_PATIENT = /^(?:\s*[(（][^()（）]{0,20}[)）])?(?:\s*[、,・]\s*[^、。()（）\n]{0,12}(?:転移|播種))*(?:\s*[、,]\s*[^、。()（）\n]{1,10}(?:後|中))?\s*の(?:患者(?:様|さん)?(?:[をにはにつ]|で(?:す|あ|ご)|$)|方(?:で|であ))/;
// …as is one the patient is under care for (濾胞性リンパ腫で当院血液内科に通院中, 肺癌にて加療中).
const UNDER_CARE = /^(?:\s*[(（][^()（）]{0,20}[)）])?\s*(?:で|にて)\s*(?:当院|当科|他院)?\s*(?:[^、。()（）\n\d]{1,6}科)?\s*(?:に|へ|で|にて)?\s*(?:通院|加療|治療|フォロー|経過観察)中/;
// A suspicion said in the passive after the cancer's name: …が(強く)疑われる, …が示唆される.
const SUSPECTED_PASSIVE = String.raw`が(?:強く)?(?:疑われ|示唆され)`;
// The verb of suspecting, in its forms: 疑い, 疑う, 疑って, 疑われる, 疑わ.
const SUSPECT_VERB = String.raw`疑(?:い|う|っ|われ?)`;
// A suspicion of the cancer and another finding listed with it: …および縦隔リンパ節腫大が疑われます, …や結核を疑う.
const SUSPECTED_WITH_ANOTHER = String.raw`(?:および|及び|や|と)[^。、\n]{1,15}?(?:${SUSPECTED_PASSIVE}|を(?:強く)?疑[いうっ])`;
// A cancer suspected in running text, said as a finding (子宮体癌の可能性があり, 肺癌が(強く)疑われる, …が示唆される,
// 肺癌の可能性も否定できない, 膵癌の可能性もあります, a radiologist's 原発性肺癌を疑います, 肺癌を否定できません, one to tell from another, 肺癌の鑑別が必要,
// 原発性甲状腺癌が鑑別に挙がります, one listed with another finding suspected, 肺癌および縦隔リンパ節腫大が疑われます, also past a parenthesis, 肺腺癌（T1b）を疑う所見です, and one acted on,
// 横行結腸癌の疑いにて結腸部分切除を施行); not a risk explained (…の可能性について説明),
// one set aside (可能性は低い) nor what a finding would suggest, found absent (肺癌を疑う所見なし).
const SUSPECTED_IN_PROSE = new RegExp(String.raw`^(?:の)?(?:疑い|可能性)(?:が(?:あ|高|否定でき|疑われ)|あり|を(?:考え|否定でき)|も(?:あ|否定でき|考え)|にて|で(?![はも]))|^${SUSPECTED_PASSIVE}|^${SUSPECTED_WITH_ANOTHER}|^(?:の|との|も|が)鑑別(?:が|を|に|です)|^(?:を|は|も)否定でき(?:ない|ません|ず)|^を(?:強く)?${SUSPECT_VERB}(?![^。、\n]{0,8}(?:なし|無し|なく|認め(?:ず|な|ませ)|ありませ|ない))`);
// The suspicion a cancer's name carries right after it, on a heading or in prose: 肺癌疑い, 子宮体癌の可能性, 肺癌が疑われる.
// (…also right after a parenthesis detailing it: 早期胃癌（胃角部小彎、0-IIc）疑い, 肺腺癌（T1b）を疑う; not 腎細胞癌（…）肺転移疑い;
// and one not excluded: 肺癌を否定できません.)
const SUSPECTED_AFTER = new RegExp(String.raw`^[^。、
]{0,6}?(?:の)?(?:${SUSPECT_VERB}|可能性|鑑別)|^\s*[(（][^()（）\n]{1,30}[)）]\s*(?:の|を)?(?:${SUSPECT_VERB}|可能性)|^${SUSPECTED_PASSIVE}|^\s*(?:を|は|も)否定でき(?:ない|ません|ず)|^${SUSPECTED_WITH_ANOTHER}`);
// What may stand before the cancer word on a title line (膵体部癌 cT4N1M1 StageIV):
// nothing, a SOAP label (A), 【A】), a problem number (#1) or a list mark (・, 1.).
// (A circled number is (1) once normalised.)
const LINE_LABEL = /^\s*(?:(?:[(【[]\s*)?(?:A|A\/P|#\s*\d{0,2})\s*[)】\]:]?|\d{1,2}\s*[.)]|\(\d{1,2}\)|[・●○■◆▶*★☆※-])?\s*$/;
// (English words may stand before the name, a marker among them: Dx: metastatic RCC, Dx: Ph+ ALL.)
// (So may a site written apart from it: Dx: 左大腿 粘液型脂肪肉腫.)
// (A table row's label cell is a label too: | 診断 | AML（…） 2024/8/2 骨髄穿刺にて診断 |.)
// (A bullet may open the label's line: ・原発：S状結腸癌.)
// (A form's label may say more in parentheses: 病理診断（組織型）：尿路上皮癌, 傷病名（主）：….)
// (A death certificate's cause fields are labels too, written with spaces: （イ）（ア）の原因　膵体部癌.)
// (An English name may follow the stage: Diagnosis: Stage IIIB squamous cell carcinoma of the right lung.)
// (…or the patient's age and sex: 患者：70代女性　卵巣癌, 患者背景：65歳男性、肺腺癌.)
const DIAGNOSIS_LABEL = new RegExp(String.raw`^\s*(?:[・･●○■◆▶*★☆※-]\s*)?(?:[<＜【[]|\|\s*)?(?:${DIAGNOSIS_LABEL_WORD}(?:\s*[(（][^()（）\n]{1,10}[)）])?|(?:[(（][アイウエ][)）])?\s*(?:直接死因|死因|[(（][アイウエ][)）]\s*の原因))(?:\s*[>＞】\]:：]|\s*\||(?<=Dx|Diagnosis|diagnosis|病名|診断名|死因|の原因)(?=\s)|(?<=Dx|Diagnosis|diagnosis|病名|診断名)=)\s*(?:\d{1,3}\s*(?:代|歳|才)\s*(?:男性|女性|男|女)?[\s、,]*)?(?:#?\d{1,2}[.)]?\s*|\(\d{1,2}\)\s*|(?:19|20)\d{2}[/.-]\d{1,2}(?:[/.-]\d{1,2})?\s+)?(?:(?:[Ss]tage|STAGE)\s*[0IV]{1,4}[A-Da-d]?[1-3]?\s+)?(?:[A-Za-z][a-z-]*\s+|[A-Za-z][A-Za-z0-9]*[+-]\s+){0,3}(?:[\u4e00-\u9fff]{1,8}[ \t\u3000]+)?(?:[0-9][0-9A-Za-z.+-]*[ \t\u3000]+){0,3}$`);
// A field label after other fields on its line, apart by a space: 患者：68歳男性　診断：肺腺癌.
const LATER_FIELD_LABEL = /\s([^\s:：]{1,10}[:：]\s*)$/;

/** True when `before` (the line up to a cancer word) ends with a diagnosis label that follows another field on the line. */
function laterDiagnosisField(before: string): boolean {
  const later = LATER_FIELD_LABEL.exec(before);
  return !!later && /[:：]/.test(before.slice(0, later.index)) && DIAGNOSIS_LABEL.test(later[1]!);
}
// A short field label (対象：, 原疾患：) before a title line's cancer.
const DIAGNOSIS_LIST = new RegExp(String.raw`^\s*[<＜【[]?${DIAGNOSIS_LABEL_WORD}\s*[>＞】\]:：]`);
const NUMBERED_ITEM_END = /(?:^|[\s、,])(?:\(\d{1,2}\)|#\s*\d{1,2}|\d{1,2}[.)])\s*$/;
const LABEL_BEFORE_DATE = new RegExp(String.raw`^\s*[<＜【[]?${DIAGNOSIS_LABEL_WORD}\s*[>＞】\]:：]?\s*$`);
// A short field label before a title line's cancer: 対象：, 原疾患：, 【紹介理由】.
const FIELD_LABEL = /^\s*(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}\s*[:：]|[【[<＜]\s*[\p{Script=Han}\p{Script=Katakana}ー]{1,6}\s*[】\]>＞])\s*$/u;
const CELL_END = /^(?:[(（][^()（）]*[)）])?(?:\s{1,}|\t|$)/;
// A case summary's opening before the cancer: 症例：68歳男性　食道癌…, 74歳女性、膵癌…; an age is what
// makes it one (患者：胃癌… with none is a label, a heading's kind).
// (In English: 70M. ccRCC…, 65 y/o F, NSCLC.)
// (A marker may qualify the cancer: 68M, HER2+ gastric ca; 55F, HR+/HER2- breast cancer.)
// (Also as a counselling record opens: クライエント：本人（45歳女性）、乳癌術後…, 患者（72歳男性）は濾胞性リンパ腫で…, a trial's screening record: 被験者：64歳女性、肺腺癌…, and a conference's minutes: 対象：70代男性、膵体部癌…; and in English: HPI: 58F with metastatic HR+/HER2- breast cancer.)
// (A child and a decade of age as well: 患児：8歳男児　…; 患者：70代男性　…; and a gene call qualifying the cancer: …MET exon14スキッピング変異陽性の肺腺癌.)
// (…and on a conference slide, after its number: スライド1　症例：62歳男性　胸腺腫….)
// (…and in a handover's patient summary: P (Patient summary): 58歳女性、AML…, as I-PASS labels it.)
// (…and numbered, with a smoking history before the cancer: Case 2: 47F, never-smoker, lung adenocarcinoma…; 症例1：….)
// (…and after an English history or identification label: Hx: 58M, HCC (BCLC C…); ID: 72F, EGFR+ NSCLC.)
const CASE_INTRO = /^\s*(?:(?:スライド|[Ss]lide)\s*\d{1,2}\s*[:：.]?\s*)?(?:(?:症例|患者(?:情報)?|対象(?:者)?|患児|クライエント|相談者|被験者|HPI|Hx|ID|Pt|Patient(?:\s+summary)?|P\s*[(（]\s*Patient\s+summary\s*[)）]|Case)(?:\s*\d{1,2})?\s*(?:[:：]|は|(?=[(（]))\s*)?(?:(?:本人\s*)?[(（]?\s*\d{1,3}\s*(?:歳代?|代)\s*(?:の)?\s*(?:男性|女性|男児|女児|男|女)?\s*[)）]?\s*(?:[、,。\s]|は|(?<=[性児])の)\s*(?:[A-Za-z][^、。\n]{0,30}?(?:陽性|陰性)の\s*)?|\d{1,3}\s*(?:y\/?o|yo)?\s*[MF]\s*(?:[.,]|\s+with)\s*(?:(?:never|non|current|former|ex|heavy)[- ]?smoker\s*[,，]\s*)?(?:(?:metastatic|recurrent|advanced|locally advanced)\s+)?(?:[A-Za-z][A-Za-z0-9-]*[+-](?:\/[A-Za-z][A-Za-z0-9-]*[+-])*\s+)?)$/;
const AGE_SEX_PAREN = /\d{1,3}\s*歳\s*(?:の)?\s*(?:男性|女性|男児|女児)\s*[(（]\s*$/;
// A 68-year-old man with (stage IV) …
// (…also in shorthand, 72F with, 68 yo M w/, after a label or Pt is a, and with the cancer's qualifiers and markers before
// it: a 72-year-old woman with metastatic gastric cancer, Assessment: 72F with HER2+ …, Pt is a 55F w/ HR+/HER2- breast cancer.)
const CASE_INTRO_EN = /^\s*(?:[A-Za-z][A-Za-z /&]{0,24}:\s*)?(?:(?:Pt|Patient|She|He|This)\s+is\s+)?(?:an?\s+)?(?:\d{1,3}[- ]year[- ]old\s+(?:man|woman|male|female|patient|gentleman|lady)|\d{1,3}\s?(?:yo|y\/o|y\.o\.)?\s?[MF])\s+(?:with|w\/)\s+(?:(?:a\s+)?(?:history\s+of\s+)?)?(?:(?:stage|Stage)\s+[0IV]+[A-C]?\d?\s+)?(?:(?:[A-Za-z0-9]+[+-](?:\/[A-Za-z0-9]+[+-])*|[A-Z0-9]+-(?:mutant|mutated|positive|negative)|metastatic|advanced|recurrent|locally\s+advanced|newly\s+diagnosed|de\s+novo|unresectable|relapsed|refractory),?\s+)*$/i;
const CASE_INTRO_EN_WORD = /year-old|\d\s?(?:yo|y\/o|y\.o\.)?\s?[MF]\s+(?:with|w\/)/i;
// Up to three English words before a generic cancer word, not a function word, a stage or a numeral.
const ENGLISH_NAME_WORDS = /(?:(?<![A-Za-z0-9-])(?!(?:with|of|and|or|the|a|an|in|on|for|to|has|had|was|is|as|stage|known|metastatic|h\/o|s\/p|[IVX]+[A-C]?|confirmed|revealed|showed|shows|demonstrated|diagnosed|suspected|suspicious|possible|probable|presumed|likely|rule|out|query|questionable)\s)[A-Za-z][A-Za-z-]*\s){1,3}$/i;
// (A letter-led qualifier joined to an abbreviation by + or -: Ph+, B-.)
const ABBREVIATION_QUALIFIER = /(?<![A-Za-z0-9+-])[A-Za-z][A-Za-z0-9]{0,3}[+-]$/;
// What English writes before a cancer it states: diagnosed with …, biopsy confirmed …, pathology revealed an ….
const ENGLISH_DIAGNOSIS_CUE_BEFORE = /\b(?:diagnosed\s+(?:with|as)|(?:biopsy|pathology|histology|cytology)\s+(?:confirmed|revealed|showed|demonstrated)(?:\s+an?)?)\s+(?:[A-Za-z0-9-]+\s+){0,3}$/i;
// The words English says a doubt with: anywhere on a line before a cancer (rule out breast cancer dx), and right
// before it (probable pancreatic cancer).
const ENGLISH_DOUBT_WORDS = String.raw`suspect(?:ed)?|suspicious for|possible|probable|presumed|likely|rule out|r\/o|query|questionable|concern(?:ing)? for|differential`;
const ENGLISH_DOUBT_BEFORE = new RegExp(String.raw`\b(?:${ENGLISH_DOUBT_WORDS})\b`, 'i');
const ENGLISH_DOUBT_WORD_BEFORE = new RegExp(String.raw`\b(?:${ENGLISH_DOUBT_WORDS})\s+$`, 'i');
// The word English writes a time after: in 2020, on 3/5/2024.
const ENGLISH_DATE_WORD_BEFORE = /\b(?:in|on)\s+$/;
const ENGLISH_DIAGNOSIS_CUE_AFTER = /^\s*,?\s*(?:dx|diagnosed)\b(?!\s+(?:with|as)\b)/i;
// A stage written before a cancer's name, at the end of what precedes it: Ann Arbor IIIB期 , Stage IV , cT2N0M0 .
const STAGE_BEFORE_NAME = /(?:(?:Ann Arbor|FIGO|UICC|臨床病期|病理病期|病期)\s*)?(?:[cpy]?(?:Stage|stage|STAGE|ステージ)\s*[0-4IVⅠⅡⅢⅣ]+[A-Ca-c]?\d?期?|[IVⅠⅡⅢⅣ]+[A-Ca-c]?\d?期|(?:yp|[cpyr])?T[0-4Xxis]+[a-d]?\s*N[0-3Xx][a-c]?\s*M[01Xx][a-c]?)\s+$/;
// (An impression is the assessment: Impression:, Imp:; so is English's Assessment: or Assessment and Plan:, a qualifier
// perhaps after it: metastatic pancreatic adenocarcinoma.)
const ASSESSMENT_LABEL = /^\s*(?:[(【[]\s*)?(?:A|A\/P|Impression|Imp|Assessment(?:\s*(?:and|&)\s*[Pp]lan)?)\s*[)】\]:]\s*(?:(?:[Mm]etastatic|[Aa]dvanced|[Rr]ecurrent|[Ll]ocally\s+advanced|[Kk]nown)\s+)*$/;
// An SBAR handover's background (B：小細胞肺癌 ED…) states the diagnosis as a label does; only in a note
// that is one, with its S and R parts, as B： alone could label anything.
const SBAR_BACKGROUND = /^\s*(?:[(【[]\s*)?B\s*[)】\]:：]\s*$/;
const SBAR_PART = (letter: string) => new RegExp(String.raw`(?:^|\n)\s*(?:[(【[]\s*)?${letter}\s*[)】\]:：]`);
const SBAR_S = SBAR_PART('S');
const SBAR_R = SBAR_PART('R');
const isLabel = (s: string) => s.trim() !== '' && LINE_LABEL.test(s);
// A metastasis named as a cancer of the organ it grows in: 転移性肝癌, 転移性肺癌.
const METASTASIS_AS_CANCER = /^転移性(?:肝|肺|脳|骨|副腎|脊椎|皮膚|卵巣|腹膜)(?:癌|がん)$/;
// (Nor is the generic word alone, which names no organ or type: がん・生殖医療外来, がん相談.)
const NOT_A_CANCER_NAME = /^(腫瘍|腫瘤|悪性腫瘍|原発巣|病変|\d*型腫瘍|[A-Za-z]*腫瘍|がん|癌|ガン)$/;

let subsiteList: string[] | undefined;
/** Every subsite word of the cancer dictionary (上葉, 下葉, 体部…), longest first. */
function subsiteWords(): string[] {
  // (Not a one-character organ, 肺 or 膵 of a neuroendocrine tumour's subsites: 肺上葉腺癌 keeps its 肺.)
  subsiteList ??= [...new Set(dictionaries().cancers.flatMap((c) => c.subsites.map(([w]) => w)))].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  return subsiteList;
}

/**
 * True when `word`, a subsite, is written in `nearby` as where the cancer is, not as the side of an
 * operation named after it (胃癌にて幽門側胃切除術, 噴門側胃切除: the side removed, not the subsite).
 */
function subsiteNearby(nearby: string, word: string): boolean {
  for (let at = nearby.indexOf(word); at >= 0; at = nearby.indexOf(word, at + 1)) if (nearby[at + word.length] !== '側') return true;
  return false;
}

/**
 * Where subsite words for the cancer name ending at `k` are read: 30 characters after it in its sentence, counted
 * past a parenthesis right after the name, which they may also be in (膠芽腫(IDH野生型, …) 右前頭葉, 中咽頭癌（左口蓋扁桃）).
 */
function subsiteWindow(t: string, k: number, le: number): string {
  const paren = PARENTHESIS_AFTER_NAME.exec(t.slice(k, Math.min(le, k + 64)));
  const window = t.slice(k, Math.min(le, k + (paren?.[0].length ?? 0) + 30));
  // (Not past the sentence: 胃癌（…）。2024/3 肝転移に対し体部へ照射.)
  const stop = window.indexOf('。', paren?.[0].length ?? 0);
  return stop < 0 ? window : window.slice(0, stop);
}
const PARENTHESIS_AFTER_NAME = /^\s*[(（][^()（）\n]*[)）]/;
/** The side a site's word opens with: 左大腿, 右足底, 両側. */
function sideOfSite(site: string | undefined): DiagnosisEvent['laterality'] {
  return site ? LATERALITY.slice(0, 3).find(([re]) => re.test(site))?.[1] : undefined;
}

/**
 * The side named in the parenthesis right after a cancer's name, opening a site (中咽頭癌（左口蓋扁桃）,
 * 外陰癌（扁平上皮癌、左大陰唇）) or alone in English (ccRCC (lt)); not a spread's side (肺腺癌（左副腎転移）).
 */
function sideInParenthesis(after: string): DiagnosisEvent['laterality'] {
  const paren = PARENTHESIS_AFTER_NAME.exec(after)?.[0];
  if (!paren) return undefined;
  const english = ENGLISH_SIDE_PARENTHESIS.exec(paren);
  if (english) return /^(?:l|left)/i.test(english[1]!) ? 'left' : 'right';
  const site = SIDE_OPENING_SITE.exec(paren);
  return site && !/(?:転移|播種|再発)$/.test(site[1]!) ? sideOfSite(site[1]) : undefined;
}
const ENGLISH_SIDE_PARENTHESIS = /^\s*[(（]\s*(lt|rt|left|right)\.?\s*[)）]$/i;
const SIDE_OPENING_SITE = /(?:[(（、,]\s*)((?:右|左|両側)[\p{Script=Han}\p{Script=Katakana}ー]+)(?=\s*[、,)）])/u;
// The word run written right before a cancer's name, apart by a space: 左大腿 粘液型脂肪肉腫.
const SITE_BEFORE_NAME = /([\p{Script=Han}\p{Script=Katakana}ー]{1,8})[ \t\u3000]+$/u;

/** ICD-10 of a cancer name: the longest dictionary word it ends with, refined by subsite words nearby. */
function icd10For(name: string, nearby: string): string | undefined {
  const endingWord = (n: string) => cancers().find(n).filter((h) => h.end === n.length).sort((a, b) => b.spelling.length - a.spelling.length)[0];
  // A subsite written inside the name (肺下葉腺癌, 胃体部癌) hides the cancer word; the subsite still refines the code.
  // がん and ガン are 癌 written in kana (大腸がん is 大腸癌).
  // (So is ca, the ward's shorthand, after a kanji organ: 胃ca.)
  const kanji = name.replace(/(?:がん|ガン|(?<=\p{Script=Han})(?:ca|Ca|CA|K))$/u, '癌');
  // (One subsite word out at a time: 胃体部癌 holds GIST's 胃体 and 胃癌's 体部, and only 体部 leaves a cancer word.)
  const withoutSubsite = () => {
    for (const w of subsiteWords()) {
      const at = kanji.indexOf(w);
      const hit = at >= 0 ? endingWord(kanji.slice(0, at) + kanji.slice(at + w.length)) : undefined;
      if (hit) return hit;
    }
    return undefined;
  };
  // (English words in any case: Rectal Ca is rectal ca.)
  const lowerName = name.toLowerCase();
  const last = endingWord(kanji) ?? (kanji !== name ? endingWord(name) : undefined) ?? withoutSubsite() ?? (lowerName !== name ? endingWord(lowerName) : undefined);
  if (!last) return undefined;
  const valid = (c: string | undefined) => (c && /^[A-Z]\d{2}(\.\d{1,2})?$/.test(c) ? c : undefined);
  for (const [word, code] of last.value.subsites) if (name.includes(word) || lowerName.includes(word) || subsiteNearby(nearby, word)) return valid(code);
  return valid(last.value.icd10);
}

/**
 * Cancer diagnoses: at most one per cancer per note, at its first mention as the
 * patient's diagnosis: a problem heading, a diagnosis label (診断名：, 入院時診断：,
 * Dx:), a SOAP assessment (A) …), the note's first line, a title line with TNM or
 * stage (after nothing, a label or its date), or …と診断. A bare histology folds
 * into the one organ diagnosis. Recurrence statements are diagnoses named as
 * written; 再発を認めず is a negated 再発.
 */
export function extractDiagnoses(ctx: NoteContext): DiagnosisEvent[] {
  const t = ctx.text;
  const events: DiagnosisEvent[] = [];
  const seenCategories = new Set<string>();
  const seenNames: string[] = [];
  // Where 再発 follows a title's cancer (…癌術後再発): stated with the cancer, no event of its own.
  const titleRecurrences = new Set<number>();
  const seenSuspected: string[] = [];
  const procedureResults: { event: DiagnosisEvent; category: string | undefined; names: string[] }[] = [];
  // A cancer is known by its ICD-10 category, or by a name that holds or is held by one seen.
  const known = (name: string, category: string | undefined, names: string[]) => (!!category && seenCategories.has(category)) || names.some((n) => n.includes(name) || name.includes(n));
  const remember = (name: string, category: string | undefined, names: string[]) => {
    if (category) seenCategories.add(category);
    names.push(name);
  };
  const lineRole = (n: number) => ctx.lineAt(n)?.role;

  // (Under a title line, the line after it: 訪問診療（9/3）\n前立腺癌 骨転移、….)
  const firstLineStart = firstContentLine(ctx);
  // Cancer words end in a cancer suffix (…癌, …リンパ腫, …carcinoma) or are abbreviations (DLBCL).
  const words = matchesOf(GENERIC_CANCER, t).map((m) => ({ index: m.index, end: m.index + m[0].length }));
  if (ctx.hits.unsuffixedCancers.length) {
    words.push(...ctx.hits.unsuffixedCancers.map((h) => ({ index: h.start, end: h.end })));
    words.sort((x, y) => x.index - y.index);
  }
  for (const m of words) {
    const k = m.end;
    const [cs] = clauseAt(t, m.index);
    // The run of word characters before the suffix, then the suffix (がん is not a word character).
    // A dictionary name with kana inside (びまん性大細胞型B細胞リンパ腫) is taken whole.
    const kanaName = kanaCancerNames().find((w) => t.endsWith(w, k) && k - w.length >= cs);
    // (…with the words written before it: 右眼ぶどう膜悪性黒色腫.)
    const jaRun = kanaName ? t.slice(Math.max(cs, runStart(t, k - kanaName.length)), k) : t.slice(Math.max(cs, runStart(t, m.index)), k);
    // An English name runs over the words before its generic word (Early gastric cancer,
    // stage IV pancreatic adenocarcinoma → pancreatic adenocarcinoma).
    // (…also before a dictionary name of several English words: testicular non-seminomatous germ cell tumor.)
    const english = (!kanaName || /^[A-Za-z ]+$/.test(kanaName)) && /^[A-Za-z][A-Za-z ]*$/.test(jaRun) ? ENGLISH_NAME_WORDS.exec(t.slice(Math.max(cs, k - jaRun.length - 48), k - jaRun.length)) : null;
    // A qualifier written onto an abbreviation (Ph+ALL, B-ALL) is part of its name.
    const qualifier = !english && /^[A-Z]+$/.test(jaRun) ? ABBREVIATION_QUALIFIER.exec(t.slice(Math.max(cs, k - jaRun.length - 6), k - jaRun.length)) : null;
    const run = english ? english[0] + jaRun : qualifier ? qualifier[0] + jaRun : jaRun;
    let a = k - run.length;
    // (Not a list number before it: 1大腸癌.)
    // (Nor a long-vowel mark a filler before it leaves: えー膵頭部癌.)
    // (Nor 既知, which says the cancer is known: 既知肺癌が示唆されます; nor 結果 of what found it: 検査した結果肺がん.)
    let name = run.replace(/^[・\-ー]+/, '').replace(/^\d{1,2}(?=\p{Script=Han})/u, '').replace(/^(?:既知|結果)/, '');
    a = k - name.length;
    // Family history and serum-marker words are not the patient's cancer.
    // (Nor a metastasis named as a cancer of the organ it grows in: 転移性肝癌; 転移性小細胞癌 names the cancer's type.)
    if (!name || NOT_A_CANCER_NAME.test(name) || METASTASIS_AS_CANCER.test(name) || isFamilyContext(t, a)) continue;
    // 腫瘍 names a cancer only in the dictionary (精巣腫瘍, 神経内分泌腫瘍) or as 悪性…腫瘍.
    if (/腫瘍$/.test(name) && !cancers().find(name).some((h) => h.end === name.length) && !/^悪性/.test(name)) continue;
    // A histology in parentheses after the cancer (浸潤性膵管癌（腺癌）) is not a second diagnosis.
    // (Nor a qualifier or the name spelled out after an abbreviation: AML（MDS関連変化を伴う）,
    // AITL (angioimmunoblastic T-cell lymphoma).)
    if (/[(（]$/.test(t.slice(Math.max(0, a - 1), a)) && (CANCER_WORD.test(t.slice(Math.max(0, a - 12), a - 1)) || ctx.hits.unsuffixedCancers.some((h) => h.end < a && a - h.end <= 3 && /^\s*[(（]$/.test(t.slice(h.end, a))))) continue;
    // …nor one that qualifies another (AML with MDS-related changes, MDS関連変化を伴うAML).
    if (/^\s*(?:-\s*|\s)related\b|^関連/i.test(t.slice(k, k + 9))) continue;
    // …also after other notes in those parentheses (乳癌（左、浸潤性小葉癌）, 精巣腫瘍（非セミノーマ：胎児性癌…）).
    if (/(?:癌|がん|腫|瘍)\s*[(（][^()（）]{1,12}[、,:：]\s*$/.test(t.slice(Math.max(0, a - 20), a))) continue;
    // (…nor a drug class or a negation: 抗癌剤, 制癌, 非癌部; but 非小細胞肺癌, 非浸潤性乳管癌, 非ホジキンリンパ腫 and 非セミノーマ are cancers.)
    if (/^(?:抗|制|非(?!浸潤|小細胞|ホジキン|セミノーマ))/.test(name) || /腫瘍マーカー/.test(t.slice(a, k + 4))) continue;
    // A laterality or count prefix alone before the suffix is not a cancer name (両癌).
    if (/^[両右左重多][癌がん]$/.test(name)) continue;
    const wordStart = a; // before a laterality prefix: what stands before the word on its line
    let laterality: DiagnosisEvent['laterality'];
    for (const [re, side] of LATERALITY) {
      const written = re.exec(name);
      if (written && name.length > 2) {
        laterality = side;
        name = name.slice(written[0].length);
        a += written[0].length;
      }
    }
    const [ls, le] = lineAt(t, a);
    const role = lineRole(a);
    const after = t.slice(k, le);
    if (DENIED_AFTER_NAME.test(after)) continue;
    // A title line may open with the date of the diagnosis (2022/6 直腸癌(Rb) cT3N1M0…), which then dates it.
    const before = t.slice(ls, wordStart);
    // The note's first line opening with a cancer (CML慢性期。, 膠芽腫(IDH野生型) 右前頭葉) names what it is about.
    // (…also after a mark: ★メルケル細胞癌（左頬部）術後再発.)
    // (…also in the parenthesis closing it: 泌尿器科 治療経過（膀胱癌）.)
    // (…also after its stage, written first: Ann Arbor IIIB期 ホジキンリンパ腫（結節硬化型）, A) Stage IV 肺腺癌.)
    const stageFirst = STAGE_BEFORE_NAME.exec(before);
    const unstaged = stageFirst ? before.slice(0, stageFirst.index) : before;
    const firstLine = ls === firstLineStart && (/^\s*[・●○■◆▶*★☆※]?\s*$/.test(unstaged) || (/[(（]$/.test(before) && /^\s*[)）]\s*$/.test(t.slice(k, le))));
    // (The cheap tests first: most cancer words stand in running text.)
    const titleLike = /T[0-4is]|Stage|stage|STAGE|ステージ|病期|診断|Ann Arbor|FIGO|R-ISS|BCLC/.test(after);
    // A SOAP assessment's label before it (A), A：), read once for the tests below.
    // (…also the bare letter a dictated note writes, A 膵頭部癌 術後…, where the segmenter read the line as the A part.)
    const assessment = ASSESSMENT_LABEL.test(unstaged) || (/^\s*A\s+$/.test(unstaged) && ctx.lineAt(a)?.soap === 'A');
    // (A SOAP assessment is no such label: A：悪性胸膜中皮腫 cT2N0M0 is today's, as A) 肺腺癌 is.)
    const labelled = titleLike && (LINE_LABEL.test(before) || FIELD_LABEL.test(before)) && !assessment;
    // …or a history table's row: its date, the cancer as a cell of its own, then what was done
    // (２０２３年４月　胃GIST（胃体上部）　腹腔鏡下胃局所切除術), its category cell perhaps between (2025/04/10,診断,右乳癌…).
    const cell = !titleLike && CELL_END.test(after);
    // (Not in a past history: 既往歴：… and its indented next lines name past illnesses by what was done.)
    const dated = (titleLike || cell) && !labelled && (onlyDatesBefore(ctx, ls, wordStart) || ctx.opensDatedLine(wordStart, DIAGNOSIS_CATEGORY_CELL)) && !inPastHistory(t, ls);
    // …or the first line under a heading naming no cancer (【皮膚科】 / 右足底 悪性黒色腫…, pT3bN1aM0…).
    // (…also a problem line naming its spread there: 子宮体癌（類内膜癌 G3）術後再発、多発リンパ節転移・腹膜播種.)
    const underHeading = (titleLike || SPREAD_AFTER.test(after)) && !firstLine && ls > 0 && /^[\p{Script=Han}ー]{0,6}\s*$/u.test(before) && plainHeadingAbove(ctx, ls);
    // …or a row of a disease-name list, the cancer its first cell (直腸癌（主）   2023/04/12   継続), dated by the row.
    const listRow = !titleLike && !firstLine && LIST_ROW_START.test(before) && LIST_CELL_END.test(after) && inDiseaseList(t, ls);
    const isTitle = firstLine || labelled || dated || underHeading || listRow;
    // A problem heading, a diagnosis label (診断名：, Dx:) or a SOAP assessment (A) 小細胞肺癌 ED).
    // (# marks a problem also after other words on its line: 70M, #LK (Sq) lt S1+2.)
    // A case summary's opening is dated like a heading, but falls back to its visit's date.
    // (…also an age and sex with the cancer in parentheses, wherever the line puts them: 当科通院中の72歳男性（胃癌 cT4aN2M1）.)
    const caseIntro = (/[歳:：MF]/.test(before) && (CASE_INTRO.test(before) || AGE_SEX_PAREN.test(before))) || (CASE_INTRO_EN_WORD.test(before) && CASE_INTRO_EN.test(before));
    const isHeading =
      role === 'heading' ||
      DIAGNOSIS_LABEL.test(before) ||
      laterDiagnosisField(before) ||
      // (…and each numbered item of that label's list: 傷病名：①大腸癌術後 ②肝細胞癌.)
      (NUMBERED_ITEM_END.test(before) && DIAGNOSIS_LIST.test(before)) ||
      assessment ||
      /(?:^|[\s,、:：])#\s*\d{0,2}\s*$/.test(before) ||
      caseIntro ||
      (SBAR_BACKGROUND.test(before) && SBAR_R.test(t) && SBAR_S.test(t)) ||
      (before.trim() === '' && afterSpecimenLine(t, ls)) ||
      // (…and a structured record's name key under a diagnosis key: diagnosis: / ␣␣name: 横行結腸癌.)
      (NAME_KEY.test(before) && underDiagnosisKey(ctx.note.text, ctx.original(ls)));
    // The cue must belong to this cancer word: no other cancer word between them
    // (生検で中分化管状腺癌であり、直腸癌と診断 diagnoses the 直腸癌).
    const sentenceAfter = t.slice(k, sentenceAt(t, k)[1]);
    // (Its histology told next is no other cancer: 胃癌で、組織型は低分化腺癌と診断 diagnoses the 胃癌.)
    const typed = HISTOLOGY_CLAUSE.exec(sentenceAfter);
    // (…and past the parenthesis detailing it, however long: 左乳癌（浸潤性乳管癌、ER 90%、…）cT2N1M0 Stage IIBと診断.)
    const rawCue = DIAGNOSIS_CUE.exec(typed ? sentenceAfter.slice(typed[0].length) : sentenceAfter);
    const details = !rawCue && !typed ? LEADING_PARENTHESIS.exec(sentenceAfter) : null;
    const pastDetails = details ? sentenceAfter.slice(details[0].length) : sentenceAfter;
    // (…and past the spread listed after it with its own details: 進行胃癌、多発肝転移（L, Type 4, …）と診断され.)
    const spreadWithDetails = !rawCue && !typed && !details && /[(（]/.test(sentenceAfter) ? DIAGNOSIS_CUE.exec(sentenceAfter.replace(PARENTHESES, '')) : null;
    const cueMatch = rawCue ?? (details ? DIAGNOSIS_CUE.exec(pastDetails) : spreadWithDetails);
    // A suspicion in prose only of a cancer of an organ: not 進行癌が疑われる of one known, nor a histology, 腺癌が疑われる.
    const proseSuspicion = !cueMatch && !isTitle && SUSPECTED_IN_PROSE.test(pastDetails) && !HISTOLOGY_ONLY.test(name) && !!icd10For(name, subsiteWindow(t, k, le));
    // A cancer called known (既知の肺癌の所見と考えます, 既知肺癌が示唆されます) is the patient's: what a reader hedges is the lesion.
    const calledKnown = KNOWN_BEFORE.test(t.slice(Math.max(ls, wordStart - 3), wordStart));
    // (A histology the cue diagnoses, and no other cancer word there, is this cancer's type: 膵頭部癌の方で2025年11月に
    // EUS-FNAで腺癌と診断されて; not 胆道癌：…生検で腺癌（肝内胆管癌）と診断.)
    const englishCueBefore = !!english && ENGLISH_DIAGNOSIS_CUE_BEFORE.test(t.slice(Math.max(ls, a - 60), a));
    // (Nor a cue that names this cancer again, the later mention's own: 膠芽腫疑い → …、病理で膠芽腫と診断.)
    const diagnosed =
      (!!cueMatch && !cueMatch[0].includes(name) && (!CANCER_IN_CUE.test(cueMatch[0].replace(/[(（][^)）]*[)）]/g, '')) || !CANCER_IN_CUE.test(cueMatch[0].replace(HISTOLOGY_IN_CUE, '')))) ||
      (!cueMatch && (LETTER_PATIENT.test(sentenceAfter) || UNDER_CARE.test(sentenceAfter))) ||
      // (…or found, as an examination tells it of a cancer of an organ: 下部内視鏡で直腸癌（Ra, 2型）を認めた.)
      (!cueMatch && FOUND_AFTER.test(pastDetails) && !HISTOLOGY_ONLY.test(name)) ||
      proseSuspicion ||
      calledKnown ||
      // English puts the cue first: diagnosed with stage IV pancreatic adenocarcinoma; biopsy confirmed gastric adenocarcinoma.
      englishCueBefore ||
      // (…or after, as shorthand writes it: breast cancer dx 2019, pancreatic adenocarcinoma diagnosed in 3/2024.)
      // (Not one to rule out: rule out breast cancer dx.)
      (!!english && ENGLISH_DIAGNOSIS_CUE_AFTER.test(t.slice(k, Math.min(le, k + 16))) && !ENGLISH_DOUBT_BEFORE.test(t.slice(ls, k)));
    // A pathology report naming the cancer (病理は淡明細胞型腎細胞癌) states the diagnosis too.
    // (Only when it names the organ: a bare histology there is a histology.)
    // (…also after the label and a space: 開頭腫瘍摘出術、病理 glioblastoma.)
    const byPathology = !HISTOLOGY_ONLY.test(name) && /病理(?:結果|診断|組織診断)?(?:は|で|にて|[:：]|(?=[ \t\u3000]))\s*$/.test(t.slice(Math.max(ls, wordStart - 12), wordStart));
    // A procedure's result after an arrow (23/08/21 腹腔鏡下左腎摘除術 → 淡明細胞型腎細胞癌) is the
    // diagnosis only where the note states it nowhere else (針生検 → 浸潤性乳管癌 … 右乳癌と診断: a histology).
    // (…or after a comma, where its pathological TNM follows: 左腎摘除術施行、淡明細胞型腎細胞癌 pT3aN0M0.)
    const procedureResult = !isTitle && !isHeading && !diagnosed && !byPathology && !HISTOLOGY_ONLY.test(name) && (PROCEDURE_RESULT.test(t.slice(Math.max(ls, wordStart - 40), wordStart)) || (PATHOLOGICAL_TNM_AFTER.test(after) && PROCEDURE_DONE_COMMA.test(t.slice(Math.max(ls, wordStart - 40), wordStart))));
    // (A doubt after its recurrence is the recurrence's, told of the cancer known: 膵癌 術後再発疑い.)
    const suspected = calledKnown || RECURRENCE_AFTER_CANCER.test(after) ? null : SUSPECTED_AFTER.exec(after);
    // (English says the doubt before the name: probable pancreatic cancer, suspected breast cancer.)
    const doubtedBefore = !!english && ENGLISH_DOUBT_WORD_BEFORE.test(t.slice(Math.max(ls, a - 24), a));
    if (!isTitle && !isHeading && !diagnosed && !byPathology && !procedureResult) continue;
    // X癌術後再発 states a recurrence (乳癌術後再発と診断), except as a title or heading, where it
    // names the cancer the note is about, one statement with its recurrence (S状結腸癌術後再発（肝・肺）).
    const recurrenceAfter = t.startsWith('術後再発', k);
    // (A SOAP assessment, A) 左乳癌術後再発, states the recurrence.)
    if (recurrenceAfter && !isTitle && !(isHeading && !assessment)) continue;
    if (/再発$/.test(name) === false && /転移$/.test(name)) continue;
    let histology = histologyInParentheses(after);
    // (On a title or problem line, the site may be written before the name: Dx: 左大腿 粘液型脂肪肉腫, #右頬部 皮膚有棘細胞癌.)
    const siteBefore = isTitle || isHeading ? SITE_BEFORE_NAME.exec(before)?.[1] : undefined;
    const named = icd10For(name, siteBefore ? `${siteBefore} ${subsiteWindow(t, k, le)}` : subsiteWindow(t, k, le));
    // …and so may the side of that site, or of one in the parenthesis after the name: #左大腿 脂肪肉腫, 中咽頭癌（左口蓋扁桃）.
    if (!laterality && (isTitle || isHeading)) laterality = sideOfSite(siteBefore) ?? sideInParenthesis(t.slice(k, le));
    // Ca after an English word is the cancer only where the dictionary knows that word for an organ (Eso Ca; not serum Ca);
    // so is SCC (hypopharyngeal SCC; not the serum marker).
    if (!named && /\s(?:Ca|CA|SCC)$/.test(name)) continue;
    const histologyCode = histology && named ? icd10For(histology, '') : undefined;
    // (Not an abbreviation's name spelled out: MCL（マントル細胞リンパ腫）.)
    if (histologyCode && named && /^[\x00-\x7f]+$/.test(name) && histologyCode.slice(0, 3) === named.slice(0, 3)) histology = undefined;
    // An unspecified lymphoma or leukaemia takes the type its parenthesis names: 悪性リンパ腫（DLBCL） is C83.3.
    const icd10 = named && histologyCode && UNSPECIFIED_TYPE[named]?.test(histologyCode) ? histologyCode : named;
    // A suspicion does not make the cancer known: the later confirmed diagnosis is an event too
    // (#肺がん疑い … 肺腺癌と診断), as metastases are.
    const category = icd10 && (suspected || doubtedBefore ? '?' : '') + icd10.slice(0, 3);
    const names = suspected || doubtedBefore ? seenSuspected : seenNames;
    if (known(name, category, names)) continue;
    // (…nor is one suspected in prose after it is known: #肺がん … 画像上、肺がんが強く疑われる.)
    if (proseSuspicion && !isHeading && known(name, category?.slice(1), seenNames)) continue;
    if (!procedureResult) remember(name, category, names);
    // The evidence holds the cue: …と診断, …疑い.
    // (Not a cue holding a date: 胃癌（2023年2月診断） keeps the name.)
    const end = diagnosed && cueMatch && !typed && !details && !spreadWithDetails && cueMatch[0].length <= 12 && !cueMatch.groups?.['dated'] ? k + cueMatch[0].length : suspected ? k + suspected[0].length : k;
    const e: DiagnosisEvent = { type: 'diagnosis', name, evidence: ctx.evidence(a, end), date: diagnosisDate(ctx, a, k, (isHeading && !assessment) || (isTitle && !dated && !listRow && !diagnosed && !(underHeading && headingDated(ctx, ls))), (caseIntro || (firstLine && ctx.lineAt(a)?.date?.source === 'visit')) && !diagnosed, assessment, icd10 !== named ? icd10 : undefined) };
    // A date the diagnosing cue holds is the diagnosis's, where none stands before the name on its line
    // (膵頭部癌の方で2025年11月にEUS-FNAで腺癌と診断, under a visit dated 2026年9月15日).
    const cueDate = diagnosed && rawCue && !typed ? ctx.datesIn(k, k + rawCue[0].length)[0] : undefined;
    if (cueDate && !ctx.datesIn(ls, a).length) e.date = mentionDate(cueDate);
    // (English tells the time after the name, in its sentence: Diagnosed with follicular lymphoma, stage IIIA in 2020.)
    if (englishCueBefore && !ctx.datesIn(ls, a).length) {
      const said = ctx.dateReachedAfter(k, englishSentenceEndAfter(t, k, sentenceAt(t, k)[1]), ENGLISH_DATE_WORD_BEFORE);
      if (said) e.date = mentionDate(said);
    }
    if (icd10) e.icd10 = icd10;
    if (laterality) e.laterality = laterality;
    if (histology) e.histology = histology;
    // Its site: in the parenthesis after the name, or before it on a title or problem line (Dx: 左大腿 粘液型脂肪肉腫;
    // not a patient's age and sex there, 68歳男性 胃癌), as written, side and all (胞巣型横紋筋肉腫（左前腕）).
    const site = siteInParentheses(after) ?? (siteBefore ? SITE_ITEM.exec(siteBefore)?.[1] : undefined);
    if (site) e.site = site;
    if (suspected || doubtedBefore) e.certainty = 'suspected';
    if (procedureResult) procedureResults.push({ event: e, category, names });
    else events.push(e);
    if (recurrenceAfter && !SUSPECTED_AFTER.test(after)) titleRecurrences.add(k + 2);
  }
  // (A suspected one is checked against suspicions, as in the main pass: a suspicion does not make the cancer known.)
  for (const { event, category, names } of procedureResults) {
    if (known(event.name, category, names)) continue;
    remember(event.name, category, names);
    events.push(event);
  }

  // Recurrence: …再発と判断/と診断, 局所再発; 再発を認めず → negated 再発.
  for (const m of matchesOf(RECURRENCE, t)) {
    if (titleRecurrences.has(m.index)) continue;
    // The recurrence's name: the word before 再発 (局所再発, 乳癌術後再発), at most 20 back.
    let a = m.index;
    while (a > Math.max(0, m.index - 20) && isNameChar(t.charCodeAt(a - 1))) a--;
    // (Not the view it was seen in: CT上局所再発, 画像上再発.)
    a += a > 0 && t[a] === '上' && /[A-Za-z]/.test(t[a - 1]!) ? 1 : (SEEN_ON_BEFORE_NAME.exec(t.slice(a, m.index))?.[0].length ?? 0);
    // (Not into a date written against it: 2024年8月再発 is 再発.)
    const dateAgainst = ctx.datesIn(Math.max(0, a - 12), m.index).pop();
    const dateEnd = dateAgainst ? ctx.normalizedOffset(dateAgainst.end) : -1;
    if (dateEnd > a) a = dateEnd;
    const cue = m[1];
    const wordEnd = m.index + m[0].length - (cue?.length ?? 0);
    const name0 = t.slice(a, wordEnd);
    // 再発 or recurrence with no words of its own before it.
    const bare = a === m.index;
    const full = t.slice(a, m.index + m[0].length);
    if (isFamilyContext(t, a) || /(?:転移|播種)再発$/.test(name0)) continue;
    // (Nor what recurs that is no cancer: 膿胸の再発徴候なし, 気胸再発, 肺炎の再発.)
    if (NOT_CANCER_BEFORE_RECURRENCE.test(t.slice(Math.max(0, m.index - 8), m.index))) continue;
    const [ss, se] = sentenceAt(t, a);
    // 再発疑い, 再発の可能性: suspected; …疑いなし negates it, and a risk explained (再発の可能性について説明) or a suspicion
    // supposed (CEA上昇を認めれば再発を疑う) is none.
    const suspected = !!cue && /疑|可能性/.test(cue);
    const afterCue = suspected ? t.slice(a + full.length, se) : '';
    if (suspected && (/^\s*(?:について|に関して|が(?:ある|あり(?:ます)?)(?:ため|ので|こと))/.test(afterCue) || /説明|IC[:：]|リスク|場合|[れけ]ば|たら/.test(t.slice(ss, se)))) continue;
    const suspicionDenied = suspected ? /^\s*(?:は)?(?:なし|無し|否定(?:的)?)/.exec(afterCue) : null;
    const negated = !!cue && (/認め(?:ず|な|ません|ておりません|られ)|なし|なく|[:：=]\s*(?:無|no)|[(（]\s*[-−－]/.test(cue) || !!suspicionDenied);
    const confirmedCue = !!cue && !negated && !suspected;
    // A named recurrence (局所再発, 術後再発) stated as a finding: …の局所再発、 / …再発（HEP, OSS）と診断.
    // (…also as what brought what follows: 右腋窩リンパ節再発で2nd line…, 局所再発で再入院; not 肝再発でなければ.)
    // …or as a problem: A) 左乳癌術後再発（多発肝転移）, #2 局所再発.
    // 胆嚢癌 術後再発: the recurrence of the cancer just named, one statement with it (but 膵癌 術後再発疑い doubts it alone).
    if (!suspected && /(?:癌|がん|腫|(?<=\p{Script=Han})(?:ca|Ca|CA|K))(?:\s+|\s*[(（][^()（）]{0,20}[)）]\s*)$/u.test(t.slice(Math.max(0, a - 26), a))) continue;
    const local =
      !bare &&
      (/^(?:\s*[(（][^)）]*[)）])?\s*(?:[、。,]|と(?:判断|診断)|あり|を認め|(?:で|にて)(?!な|は|も|あれ))/.test(t.slice(a + name0.length, se) || '。') || isLabel(t.slice(lineAt(t, a)[0], a)));
    // …転移にて再発。, 骨髄穿刺で再発 (blast 35%): the recurrence stated by what it was found as or by,
    // or after the verb that found it, in its continuative (…リンパ節転移を認め再発。, 骨転移が出現し再発).
    const foundAs = bare && !cue && FOUND_BY_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index)) && FOUND_AS_END.test(t.slice(wordEnd, wordEnd + 6));
    // R2.11 S4/S8再発→TACE, 2024/11 再発（…）: the recurrence a dated history line opens with,
    // or chains on after an arrow with its own date (2023/4 RFA → 2024/2 再発 (S8)).
    // (…or one with its date written against it, ending its clause: 2023年CR、2024年8月再発。, …術後 2024年3月 骨盤内再発 CCRT施行.)
    const historyEntry =
      !cue && HISTORY_ENTRY_END.test(t.slice(wordEnd, wordEnd + 8)) && (ctx.opensDatedLine(a, RECURRENCE_ENTRY_OPENING) || opensDatedArrowEntry(ctx, a) || (dateEnd >= 0 && /^\s*$/.test(t.slice(dateEnd, a))));
    // …or what the findings before an arrow add up to, closing the line or its sentence: PET-CT: multiple lung mets → recurrence;
    // …-> recurrence. Plan: ….
    const concluded = !cue && /(?:→|⇒|->)\s*$/.test(t.slice(Math.max(0, a - 4), a)) && /^\s*(?:。|\.(?=\s|$)|$)/.test(t.slice(wordEnd, lineAt(t, wordEnd)[1]));
    // …or told as what happened (2023年に再発し、…; 再発したため), not as what might (再発した場合, 再発したら).
    const told = !cue && RECURRENCE_TOLD.test(t.slice(wordEnd, wordEnd + 8));
    if (!negated && !suspected && !confirmedCue && !local && !foundAs && !historyEntry && !concluded && !told) continue;
    const name = negated ? t.slice(m.index, wordEnd) : name0;
    if (!negated && !suspected && events.some((e) => e.name === name && !e.certainty)) continue;
    if (suspected && !negated && events.some((e) => e.name === name && e.certainty === 'suspected')) continue;
    const end = a + full.length + (suspicionDenied?.[0].length ?? 0);
    const e: DiagnosisEvent = { type: 'diagnosis', name, evidence: ctx.evidence(negated ? m.index : a, end), date: ctx.dateAt(a, { range: false }) };
    if (negated) e.certainty = 'negated';
    else if (suspected) e.certainty = 'suspected';
    // Undated as a label's item, it takes the date the note gives where it states it again
    // (傷病名：…、膀胱内再発 … 令和7年2月の膀胱鏡で膀胱内再発を認め).
    if (!e.date && !negated && !bare) {
      const later = t.indexOf(name, lineAt(t, a)[1]);
      if (later >= 0 && certaintyAfter(t, later, later + name.length).certainty === 'confirmed') e.date = ctx.dateAt(later, { range: false });
    }
    events.push(e);
  }
  return withHistologyMerged(events, t).sort((x, y) => x.evidence!.start - y.evidence!.start);
}

// A score after a symptom's word (抑うつ 13点), in a sentence naming the psychological scale it is an item of.
const SCORE_AFTER = /^\s*[:：]?\s*\d{1,2}\s*点/;
const PSYCHOLOGICAL_SCALE = /HADS|PHQ|GAD-?7|BDI|SDS|STAI|K6|CES-D/;
// Oedema around a lesion imaging shows, the lesion named before it (病変の周囲に浮腫) or in the sentence before
// (…腫瘤を認める。周囲に浮腫あり), with nothing else before 周囲 in its clause.
const AROUND_LESION = /(?:病変|病巣|腫瘍|腫瘤|結節|転移巣?)の?周[囲辺][にのはで]?\s*$/;
const AROUND = /^\s*周[囲辺][にのはで]?\s*$/;
// A condition supposed after a symptom: …が出たら, …があれば, …が出現した場合.
const SUPPOSED_AFTER = /^\s*(?:が|は)?\s*(?:(?:出|出現し|生じ|起き|強くなっ|悪化し)(?:たら|た場合|る場合|れば)|(?:出現|悪化)する場合|あれば|あったら|ある場合)/;
// A care plan's words for what it watches for (…のリスク, …の有無), and its plans' labels (O-P：, T-P：, E-P：).
const WATCHED_FOR_AFTER = /^(?:\s*[・、/／]\s*[^\s、。・/／]{1,8})*\s*の?(?:有無|リスク|予防|出現に注意)/;
const CARE_PLAN_LABEL = /^[\s\u3000]*[OTE]-?P\s*[:：]/;
// What the patient came to hospital with: 腹部腫瘤で受診, 頸部腫瘤にて当科紹介. (…を主訴に来院 needs no pattern here:
// the clause's 主訴 already says so.)
const CAME_WITH_AFTER = /^\s*(?:で|にて|のため)\s*(?:当科|当院)?\s*(?:へ|に|を)?\s*(?:受診|来院|紹介)/;
// A question sheet's mark after the item (発熱 ×　悪心 ×　食欲不振 ○, 皮疹（×）): × is none; not a count (下痢×3回).
const CROSS_MARK_AFTER = /^[ \t\u3000]*[(（]?[×✕✖][)）]?(?=[\s、,。/／]|$)/;
// An empty tick box's earlier items before a symptom it also lists (□ 息切れ・咳, □ 口渇/多飲): the box
// is unticked for each of them; a box's items end at a space, where the next box begins.
const EMPTY_BOX_ITEMS_BEFORE = /[☐□]\s*(?:[^\s☐□■☑☒・/／]{1,12}[・/／])+$/;
// Endoscopies by name, in Japanese, abbreviated and in English; the procedures rule and the symptoms rule share them.
const ENGLISH_ENDOSCOPY = String.raw`(?:[Uu]pper|[Ll]ower)\s+(?:GI\s+)?endoscopy|[Cc]olonoscopy|[Bb]ronchoscopy|[Gg]astroscopy|[Cc]ystoscopy|EGD`;
const ENDOSCOPY_NAME = String.raw`GIF|CF|ERCP|EUS|気管支鏡(?:検査)?|(?:上部消化管|下部消化管|上部|下部|大腸|胃|超音波)?内視鏡(?:検査)?|膀胱鏡(?:検査)?|大腸カメラ|胃カメラ|${ENGLISH_ENDOSCOPY}`;
// A mucosa or the throat named before redness (咽頭軽度発赤, 咽頭粘膜に軽度の発赤), and a sentence an endoscopy's findings open.
const MUCOSA_BEFORE = /(?:咽頭|扁桃|口蓋|粘膜)/;
const ENDOSCOPY_SENTENCE = new RegExp(String.raw`^\s*(?:${ENDOSCOPY_NAME})`);
// A wound's sign that is no symptom, denied after a sign listed before it (発赤、排膿なし).
const WOUND_SIGN_DENIED = /^[、,，]\s*(?:排膿|滲出液?|浸出液?|硬結)(?:は|も)?\s*(?:なし|無し|なく|を?認めず|は?認めない)/;
// A swelling in sight: of the gums, or joined to redness, warmth or pain (発赤・腫脹, 腫脹と疼痛).
const SWELLING_IN_SIGHT = /歯肉腫脹|(?:発赤|熱感)[・、と]腫脹|腫脹[・、と](?:発赤|熱感|疼痛|痛み)/;
// The view a finding was seen in, opening the words before 再発: 画像上, 臨床上 (and CT上, its 上 alone a word character).
const SEEN_ON_BEFORE_NAME = /^(?:画像|臨床|病理|組織学?|検査|エコー|内視鏡)上/;

// 術後再発 right after a cancer's name: 乳癌術後再発, 膵癌 術後再発疑い.
const RECURRENCE_AFTER_CANCER = /^[ \t　]*術後再発/;

// 再発 as the verb of its clause, in the past or as a state: 再発し、, 再発した。, 再発しました, 再発しており, 再発を来した.
const RECURRENCE_TOLD = /^(?:を来)?し(?:[、,]|た(?!ら|か|場合|際に?は|時[はに]|とき)|ました|て(?:おり|いる|います|いた))/;

// A note's title: a short first line naming no cancer and saying nothing (訪問診療（9/3）, 死亡退院時要約).
const TITLE_LINE = /^[^。.:：、,]{1,24}$/;

// What a dated title line says besides its date: nothing, or the visit (外来, 入院, 再診), perhaps after the weekday (11月5日（水）外来).
const DATE_TITLE_REST = /^[\s:：)）]*(?:[(（][月火水木金土日](?:曜日?)?[)）])?[\s:：]*(?:(?:外来|入院|再診|初診|受診|診察|往診)(?:日|時)?)?[\s。.]*$/;

/** Where the line before the one starting at `ls` starts. */
const lineAboveStart = (t: string, ls: number) => t.lastIndexOf('\n', ls - 2) + 1;

/** True when the heading line above the line at `ls` holds a date (【病理診断報告】検体：直腸（…）2025/6/24): the report's day, which what it heads takes. */
function headingDated(ctx: NoteContext, ls: number): boolean {
  // (Not a visit's heading, 【2025/9/9 外来】: the cancer its summary names is no finding of the day.)
  if (ctx.lineAt(ls)?.date?.source === 'visit') return false;
  return ctx.datesIn(lineAboveStart(ctx.text, ls), ls).length > 0;
}

/** True when the line before the one starting at `ls` is a heading that names no cancer (【皮膚科】). */
function plainHeadingAbove(ctx: NoteContext, ls: number): boolean {
  const t = ctx.text;
  const ps = lineAboveStart(t, ls);
  return ctx.lineAt(ps)?.role === 'heading' && !CANCER_WORD.test(t.slice(ps, ls)) && !ctx.hits.unsuffixedCancers.some((h) => h.start >= ps && h.start < ls);
}

/** Where the note's first line of content starts: its first line, or the one after a title line. */
function firstContentLine(ctx: NoteContext): number {
  const t = ctx.text;
  const first = /^\s*/.exec(t)![0].length;
  const end = t.indexOf('\n', first);
  if (end < 0) return first;
  const line = t.slice(first, end).trim();
  // (A bracketed heading, 【外来化学療法室】, is not the note's title: what follows it is under it.)
  // (A dated line is the note's title only when it says no more than the day and the visit: 2025/3/22 入院, 2025年5月13日.)
  const dateLed = ctx.lineAt(first)?.role === 'date-led';
  const titled = dateLed ? DATE_TITLE_REST.test(ctx.textWithoutDates(first, end) ?? '') : TITLE_LINE.test(line);
  if (/^[【[<＜■◆#＃]/.test(line) || !titled || CANCER_WORD.test(line) || ctx.hits.unsuffixedCancers.some((h) => h.start < end)) return first;
  return end + 1 + /^\s*/.exec(t.slice(end + 1))![0].length;
}

// A histological type alone (腺癌, 扁平上皮癌, adenocarcinoma): no organ named.
// The spread listed after a cancer on a problem line: （…）術後再発、多発リンパ節転移, 　多発肝転移.
// A denial of the cancer named, right after it or after what it is listed with (肺癌は認めません,
// 肺癌と縦隔リンパ節腫大は認めません, A) 肺癌なし): not when a verb or clause stands between
// (肺癌と診断されたが転移は認めず), nor when 、 opens the next finding (肺癌術後、再発なし).
const DENIED_AFTER_NAME = /^(?:(?:と|や|および|及び|・)(?:(?!診断|判明|確定|され|した|して|が|で|て)[^、。\n]){0,20}?)?(?:の所見)?\s*(?:は|も|を)?\s*(?:認め(?:ません|ず|ない|られ(?:ません|ない|ず))|指摘(?:でき|され)(?:ません|ない|ず)|なし|無し|ありません|否定的)/;
const SPREAD_AFTER = /^(?:\s*[(（][^()（）]{0,30}[)）])?\s*(?:術後再発|再発)?\s*[、,\s]\s*[^\s、。]{0,12}(?:転移|播種)/;
// What a procedure found, written after it with an arrow: 腎摘除術 → 淡明細胞型腎細胞癌, 肺生検（CTガイド下）→ 肺腺癌.
const PROCEDURE_RESULT = /(?:術|生検|切除|摘除|摘出|核出|ESD|EMR|TUR-?BT|FNA|TBNA|TBB)(?:\s*[(（][^()（）\n]{0,20}[)）])?\s*(?:→|⇒)\s*$/;
// …or after a comma, the pathological TNM after the cancer showing it is the resection's result: 左腎摘除術施行、淡明細胞型腎細胞癌 pT3aN0M0.
const PROCEDURE_DONE_COMMA = /(?:術|切除|摘除|摘出|核出|ESD|EMR|TUR-?BT)(?:を?施行|を?実施|し)?\s*[、,，]\s*$/;
const PATHOLOGICAL_TNM_AFTER = /^\s*[(（]?\s*y?pT[0-4is]/;
const HISTOLOGY_JA = String.raw`(?:(?:高|中|低|中等度)分化型?)?(?:管状|乳頭|印環細胞|粘液|充実型?)?(?:腺癌|扁平上皮癌|腺扁平上皮癌|小細胞癌|大細胞癌|未分化癌|神経内分泌癌|尿路上皮癌)`;
// A histology told as the type of the cancer just named: （胃癌）で、組織型は低分化腺癌.
const HISTOLOGY_CLAUSE = new RegExp(String.raw`^\s*(?:で|であり)?[、,]?\s*(?:病理)?組織(?:型|学的に)?(?:は|が)\s*${HISTOLOGY_JA}`, 'u');
// A cancer word in a diagnosis cue, which makes the cue that cancer's.
const CANCER_IN_CUE = /癌|がん|肉腫|リンパ腫|白血病|骨髄腫|carcinoma|cancer|lymphoma|SCC/;
// (…but a histology the cue names is the type of the cancer before it: …で腺癌と診断; not a part of an organ's
// cancer word, 膵腺癌.)
const HISTOLOGY_IN_CUE = new RegExp(String.raw`(?<![\p{Script=Han}\p{Script=Katakana}ー])${HISTOLOGY_JA}(?=と(?:確定)?診断)`, 'gu');
const HISTOLOGY_ONLY = new RegExp(String.raw`^${HISTOLOGY_JA}$|^(?:(?:invasive|infiltrating) )?(?:ductal |lobular )?(?:adeno|squamous cell |small cell |large cell )?carcinoma$`, 'i');
// A pathology result stating the histology in a sentence (病理は尿路上皮癌、pT3N0M0でした; 病理結果：腺癌):
// no diagnosis candidate, but the organ diagnosis's histology (not when only suspected: 病理は扁平上皮癌が疑われる).
const PATHOLOGY_STATES = new RegExp(String.raw`病理(?:組織)?(?:診断|結果|所見)?(?:では|は|で|にて|\s*[:：])\s*(${HISTOLOGY_JA})(?![\p{Script=Han}])(?![^、。\n]{0,8}(?:疑|可能性))`, 'gu');
// The organ a pathology specimen came from, written before it: 喉頭生検病理, 胃切除標本病理.
const SPECIMEN_ORGAN_BEFORE = /(\p{Script=Han}{1,4}?)(?:生検|切除標本|切除|標本)?$/u;

// A histology or subtype as written in parentheses after a cancer: 腺癌, 浸潤性小葉癌, 淡明細胞型,
// B前駆細胞型, 類内膜癌 G3, 非セミノーマ：胎児性癌＋奇形腫, tub2>por, DLBCL, NET G2, adenocarcinoma.
// (Not a site, a stage, a marker or a type of another kind: 右, Mt, U領域, 3型, 進展型, IgA-λ型, Luminal B-like.)
const HISTOLOGY_ITEM = new RegExp(
  String.raw`^(?!(?:限局|進展|広範|進行)型$)(?:[A-Z]?[\p{Script=Han}\p{Script=Katakana}ー][\p{Script=Han}\p{Script=Katakana}ー：:＋+・]*(?:癌|腫|型)(?:\s*G[1-4])?|(?:tub[12]|por[12]?|sig|muc|pap)(?:\s*[>＞]\s*(?:tub[12]|por[12]?|sig|muc|pap))*|UC|Sq|SCC|ALM|DLBCL|NEC|NET\s*G[1-3]|(?:[A-Za-z]+\s)*carcinoma)$`,
  'u',
);

/** The items listed, trimmed, in a parenthesis opening `after` (what follows a cancer's name): 胃癌（体中部小彎、3型、por2） → 体中部小彎, 3型, por2. */
function parenthesisItems(after: string): string[] {
  const paren = /^\s*[(（]([^()（）\n]{1,40})[)）]/.exec(after);
  return paren ? paren[1]!.split(/\s*[、,，;；]\s*/).map((item) => item.trim()) : [];
}

/** The first histology listed in a parenthesis opening `after`: 乳癌（左、浸潤性小葉癌） → 浸潤性小葉癌. */
function histologyInParentheses(after: string): string | undefined {
  return parenthesisItems(after).find((item) => HISTOLOGY_ITEM.test(item));
}

// A cancer's site as written in parentheses after it: 右下葉, 体中部小彎, 胃体上部, 右口蓋扁桃, 左前腕, 梨状陥凹, S6/S7,
// the segments of the rectum and oesophagus (Ra, Rb, Mt), a breast's area (C領域, U領域); 原発 after it is left out.
// (Not a side alone, nor spread or nodes: 左, 多発肝転移, 縦隔リンパ節.)
const SITE_ITEM = new RegExp(
  String.raw`^(?!.*(?:転移|播種|再発|リンパ節|癌|腫))((?:右|左|両側)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{0,8}(?:葉|部|腕|領域|彎|弯|壁|底|門|洞|窩|扁桃|野|大腿|下腿|胆管|膜|腸骨|陥凹|頬)|S\d{1,2}(?:\s*[/・]\s*S?\d{1,2})*)|Ra|Rb|Rs|RS|Ce|Ae|Ut|Mt|Lt|Ph|[A-E]'?領域)(?:原発)?$`,
  'u',
);

/** The first site listed in a parenthesis opening `after`: 胃癌（体中部小彎、3型、por2） → 体中部小彎. */
function siteInParentheses(after: string): string | undefined {
  for (const item of parenthesisItems(after)) {
    const site = SITE_ITEM.exec(item);
    if (site) return site[1];
  }
  return undefined;
}

// The codes of a lymphoma or leukaemia of no stated type, and the types that specify them.
const UNSPECIFIED_TYPE: Record<string, RegExp> = { 'C85.9': /^C8[1-8]/, 'C95.9': /^C9[1-5]/ };
// A histology's code that names only its system, and the organ codes of that system.
const HISTOLOGY_SYSTEM: Record<string, RegExp> = { 'C68.9': /^C6[4-8]/ };

/**
 * A bare histology result is not a diagnosis of its own when the note names the
 * organ's cancer (ANNOTATION-NOTES: it fills `histology`): 膵体部癌 … EUS-FNAにて腺癌の診断
 * gives one event. With one organ diagnosis, that event takes the histology.
 */
function withHistologyMerged(events: DiagnosisEvent[], text: string): DiagnosisEvent[] {
  const organs = events.filter((e) => e.icd10 && !e.certainty && !HISTOLOGY_ONLY.test(e.name));
  if (!organs.length) return events;
  // (A histology coded only to its system, 尿路上皮癌 C68.9, is the histology of that system's organ cancer: 膀胱癌 … TURBT：尿路上皮癌.)
  const histologies = events.filter((e) => HISTOLOGY_ONLY.test(e.name) && (!e.icd10 || organs.some((o) => HISTOLOGY_SYSTEM[e.icd10!]?.test(o.icd10!))));
  if (organs.length === 1 && !organs[0]!.histology) {
    // (One histology, whether an event candidate or only a pathology sentence's result.)
    // (Not a specimen from another organ's cancer: 喉頭生検病理：扁平上皮癌 in a lung cancer note.)
    const category = organs[0]!.icd10!.slice(0, 3);
    const sameOrgan = (at: number) => {
      const organ = SPECIMEN_ORGAN_BEFORE.exec(text.slice(Math.max(0, at - 10), at))?.[1];
      const code = organ && icd10For(organ + '癌', '');
      return !code || code.slice(0, 3) === category;
    };
    const fromPathology = (text.includes('病理') ? [...text.matchAll(PATHOLOGY_STATES)] : []).filter((m) => sameOrgan(m.index)).map((m) => m[1]!);
    const stated = new Set([...histologies.map((e) => e.name), ...fromPathology]);
    if (stated.size === 1) organs[0]!.histology = [...stated][0]!;
  }
  return events.filter((e) => !histologies.includes(e));
}

// A pathology report's specimen line, which the diagnosis follows on the next line:
// Lung, right lower lobe, lobectomy: / 胃（内視鏡的粘膜下層剥離術）：.
const SPECIMEN_LINE = /(?:ectomy|biopsy|resection|excision|specimen|検体|切除|生検|剥離術)[^:：\n]{0,20}[:：]\s*$/i;

/** True when the line before the one starting at `ls` (blank lines skipped) is a specimen line ending in a colon. */
function afterSpecimenLine(t: string, ls: number): boolean {
  let end = ls - 1;
  while (end > 0 && /\s/.test(t[end - 1]!)) end--;
  if (end <= 0) return false;
  return SPECIMEN_LINE.test(t.slice(lineAt(t, end - 1)[0], end));
}

/** True when `a` opens an entry a history line chains on after an arrow, with its own date: 2023/4 RFA → 2024/2 再発. */
function opensDatedArrowEntry(ctx: NoteContext, a: number): boolean {
  const t = ctx.text;
  const arrow = t.lastIndexOf('→', a - 1);
  if (arrow < lineAt(t, a)[0]) return false;
  return /^\s*$/.test(ctx.textWithoutDates(arrow + 1, a) ?? 'no date');
}

// Before an entry of a dated history line: a list mark or a short label (経過：, Hx:), then a side.
// (Also a row's cell after its date, and a liver segment before the act: 2019/05;S6 RFA; and a
// circled item number, normalised to (2): ②2023/6 傍大動脈リンパ節再発.)
const DATED_ENTRY_OPENING = /^[\s・●○■◆*★☆※\-:：;]*(?:\(\d{1,2}\)\s*)?(?:(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}|[A-Za-z][A-Za-z/]{0,9})\s*[:：])?\s*(?:(?:右|左|両側)?[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:癌|がん|腫)[\s　]+)?(?:S[1-8](?:\/S?[1-8])*\s+)?(?:右|左|両側)?$/u;

/** True when `a` opens its line after a list mark or a short label, its date, the cancer's name and a side (・2024/4/16 左Bt+Ax, 2024/8 PDS（…）、R0, 原発：2019年 左Bt+SN, H31.4 右乳癌 Bt+Ax). */
function datedEntry(ctx: NoteContext, a: number): boolean {
  return ctx.opensDatedLine(a, DATED_ENTRY_OPENING);
}

// What ends a recurrence stated by what it was found as: the clause's end, or its detail in
// parentheses (not a call: 再発(-)).
const FOUND_AS_END = /^(?:[。、,]|\s*[(（](?![-−+]\s*[)）])|\s*$)/;
// What a recurrence is said found by, or after, just before it: 転移にて再発, 骨髄穿刺で再発, 転移を認め再発, 転移が出現し再発,
// 悪性胸水あり再発.
const FOUND_BY_BEFORE = /(?:にて|で|を認め|が出現し|あり)$/;

// What may follow a recurrence that opens a dated history line: an arrow, its detail, another
// finding joined to it (局所再発＋多発肺転移), the clause's end, or a space before what was done
// about it (2024年3月 骨盤内再発 CCRT施行); not before a doubt, a denial or a work-up (局所再発 疑い, 局所再発 精査目的).
const HISTORY_ENTRY_END = /^(?:\s?→|\s?[(（]|[、。,+＋・]|$|[ \t\u3000]+(?=[A-Za-z\p{Script=Han}\p{Script=Katakana}])(?!疑|否定|無|有無|可能性|精査|評価|検索|除外|確認|リスク|[Rr]\/[Oo]))/u;

// Before a recurrence a dated history line opens with: at most a segment code or a list of them
// (R2.11 S4/S8再発, 2023/2 S4・S6に再発, 2024/11 再発, #2024/1 局所再発, a numbered problem's #2 2026/6 縦隔リンパ節再発), the site it came back at (令7.11.17 左鼡径部に再発),
// or the exam that found it (2023.10 TURBT②：膀胱内再発).
const RECURRENCE_ENTRY_OPENING = /^[\s・●○■◆*\-:：#＃;]*(?:(?<=[#＃])\d{1,2}\s*)?(?:\(\d{1,2}\)\s*)?(?:[A-Za-z]\d+(?:\s*[\/・,、]\s*[A-Za-z]?\d+)*\s*(?:に\s*)?|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}に\s*|[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9()\-]{1,12}\s*[:：]\s*)?$/u;

// A count of sessions after a procedure's abbreviation, or its ordinal: TACE x2, RFA×3, TACE 3回, TACE 2回目
// (not a frequency, 2回/日).
const SESSION_COUNT_AFTER = /^\s*(?:[x×]\s?\d{1,2}(?![0-9])|\d{1,2}\s*回(?:目|(?![/／])))/;

// What a dated history line does to what it names: HCCに対しRFA, 再発→TACE.
const ACT_ON = /(?:に対し(?:て)?|→)\s*$/;
const CLAUSE_END = /^\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:[、。,;→]|$)/;

/**
 * True when [a, b) is what a dated history line says was done to what it names
 * (H30.6 S6 HCCに対しRFA, R2.11 S4/S8再発→TACE): after に対し or an arrow (and its own date), ending
 * its clause, on a line with a date of its own before it.
 */
function historyAct(ctx: NoteContext, a: number, b: number): boolean {
  const t = ctx.text;
  const [ls, le] = lineAt(t, a);
  if (!CLAUSE_END.test(t.slice(b, le)) || ctx.datesIn(ls, a).length === 0) return false;
  // (Its own date may stand after the arrow: 2024/3 S4再発 → 2024/4/2 TACE（…）.)
  return ACT_ON.test(t.slice(Math.max(ls, a - 4), a)) || ACT_ON.test(ctx.textWithoutDates(Math.max(ls, a - 24), a) ?? '');
}

// A disease-name list's column heads (病名　開始日　転帰), as a claims system prints them; its rows follow to a blank line.
const DISEASE_LIST_HEAD = /病名[^\n]{0,40}?(?:開始日|発症日|診断日|診療開始日)/;
// What may open a row before its first cell: nothing, or the row's number (1, No.1, 1.).
const LIST_ROW_START = /^\s*(?:(?:No\.?\s*)?\d{1,3}[.)]?\s+)?$/;
// …and what may close its first cell: a note in parentheses (（主）) or a suspicion (の疑い), then the gap to the next
// (one space once normalised).
const LIST_CELL_END = /^(?:[(（][^()（）]*[)）])?(?:の?疑い)?(?:\s|$)/;

/** True when the line starting at `ls` is a row under a disease-name list's column heads, within 30 lines and no blank line. */
function inDiseaseList(t: string, ls: number): boolean {
  for (let start = ls, k = 0; start > 0 && k < 30; k++) {
    const [ps, pe] = lineAt(t, start - 1);
    const line = t.slice(ps, pe);
    if (!line.trim()) return false;
    if (DISEASE_LIST_HEAD.test(line)) return true;
    start = ps;
  }
  return false;
}

/** True when the normalised text [from, to) holds date expressions and nothing else but separators. */
function onlyDatesBefore(ctx: NoteContext, from: number, to: number): boolean {
  const rest = ctx.textWithoutDates(from, to);
  // (A list mark may open the line: ●2023年4月 左乳癌 Bp+SN.)
  return rest !== undefined && /^[\s:：~\-、,・●○■◆▶*★☆※]*$/.test(rest);
}

// A row's category cell between its date and its content (2025/04/10,診断,右乳癌…; | 2025/4/10 | 診断 | …; tabs).
const DIAGNOSIS_CATEGORY_CELL = new RegExp(String.raw`^[\s|,]*${DIAGNOSIS_LABEL_WORD}\s*[|,\t ]\s*$`);

const JUDGED_CANCER = new RegExp(`(?:${GENERIC_CANCER.source})[^、。]{0,4}と判断`, 'u');

// A condition other than cancer named as what was diagnosed: by its ending (胆管炎, 肺炎, 心不全, 敗血症, 脳梗塞,
// 間質性肺疾患), its abbreviation (薬剤性ILD, DVT) or a name in katakana (サルコイドーシス); a cancer named in
// the sentence still counts (メラノーマと診断).
const OTHER_CONDITION_DIAGNOSED = /(?:炎|症|不全|感染|梗塞|出血|血栓|塞栓|骨折|疾患|障害|(?<![A-Za-z])(?:ILD|IP|DVT|PE|VTE|PCP)|[ァ-ヶ]{2}[ァ-ヶー]+)(?:と|の)?(?:確定)?診断/;

// A biopsy's result written after a colon or an arrow (excisional biopsy: MCC, 針生検 → 浸潤性乳管癌).
const BIOPSY_RESULT = /(?:biopsy|\bBx|生検|FNA|TBLB|TBB|EBUS-TBNA|EUS-FNA|CNB|TUR-?B[Tt]|細胞診)\s*(?:[:：]|→|⇒)\s*/i;

// A structured record's keys (YAML-style) for a diagnosis's name and day, under a diagnosis key:
// diagnosis: / ␣␣name: 横行結腸癌 / ␣␣date: 2024-11-20.
const NAME_KEY = /^\s*(?:-\s+)?(?:name|名称|病名)\s*[:：=]\s*$/i;
const DATE_KEY = /^\s*(?:-\s+)?(?:date|日付)\s*[:：=]/i;
const DIAGNOSIS_KEY = new RegExp(String.raw`^(?:${DIAGNOSIS_LABEL_WORD})$`);
/** True when the line starting at original offset `ls` is indented under a diagnosis key. */
function underDiagnosisKey(original: string, ls: number): boolean {
  const key = parentKey(original, ls);
  return key !== undefined && DIAGNOSIS_KEY.test(key);
}
const ENGLISH_DIAGNOSIS_DAY_FIELD = /\b(?:diagnosis|dx)[_ ]?date\s*[=:：]|\bdate of diagnosis\s*[=:：]/i;
// A timeline's entry: a mark, then its date (◆2025.4.8　TURBT：…, ■2024/3 …).
const MARKED_DATED_ENTRY = /^\s*[◆■◎◇]\s*(?:(?:19|20)\d{2}|'\d{2})[./年-]\d/;
// A field giving the day of the diagnosis, in brackets: 【診断日】, 【確定診断日】, ［診断年月日］.
const DIAGNOSIS_DAY_FIELD = /^\s*[【[<＜■]\s*(?:確定)?診断(?:年月)?日\s*[】\]>＞]/;
const diagnosisLinesOf = new WeakMap<NoteContext, { start: number; heading: boolean; date: EventDate; text: string }[]>();
// 診断, but not as the name of a work-up (病期診断, 鑑別診断, 画像診断), which states no diagnosis.
const WORK_UP_OR_DIAGNOSIS = /(?<!病期|鑑別|画像)診断/;

/**
 * The note's dated lines that say 診断 or judge a cancer (not a recurrence), in
 * order, each with the date it gives the diagnosis: the last date written before
 * 診断 on it, else the line's own. Found once per note, for every heading.
 */
function diagnosisLines(ctx: NoteContext): { start: number; heading: boolean; date: EventDate; text: string }[] {
  let lines = diagnosisLinesOf.get(ctx);
  if (lines) return lines;
  lines = [];
  for (const line of ctx.seg.segments) {
    if (line.kind !== 'line' || !line.date) continue;
    const text = ctx.note.text.slice(line.start, line.end);
    // …と判断 dates the diagnosis only when what is judged is a cancer (切除可能膵癌と判断),
    // not a finding or a treatment's failure (TACE不応と判断, 肺転移と判断).
    // (Nor a metastasis diagnosed: FNAでSCCのリンパ節転移と診断 does not date the primary.)
    // (What the sentence saying it is about decides, not the rest of a prose paragraph:
    // 令和5年4月、…左腎盂癌と診断され、…。令和7年2月の膀胱鏡で膀胱内再発を認め….)
    // (Nor a work-up that names no finding: 病期診断のうえ手術予定, 鑑別診断として.)
    let idx = text.search(WORK_UP_OR_DIAGNOSIS);
    if (idx < 0) idx = text.search(/と判断/);
    // (…or a field of the diagnosis day in English or a data export, diagnosis_date=2024-03-05, Date of diagnosis:,
    // whose day is written after its label: the line's last date is the one.)
    // (…or a structured record's date key under a diagnosis key: diagnosis: / ␣␣date: 2024-11-20.)
    const dayField = idx < 0 && (ENGLISH_DIAGNOSIS_DAY_FIELD.test(text) || (DATE_KEY.test(text) && underDiagnosisKey(ctx.note.text, line.start)));
    if (dayField) idx = text.length;
    // (…or a biopsy's result naming the cancer: 2024/3 … excisional biopsy: MCC, 針生検 → 浸潤性乳管癌,
    // also a resection's or a cytology's that is the first tissue: 2023/06/12 TURBT：尿路上皮癌.)
    let biopsyFound = false;
    if (idx < 0) {
      const found = BIOPSY_RESULT.exec(text);
      // (The result is the words up to the next comma or stop: excisional biopsy: MCC, CK20+.)
      const result = found ? /^[^、。,;]*/.exec(text.slice(found.index + found[0].length))![0] : '';
      biopsyFound = !!found && (CANCER_WORD.test(result) || cancers().find(result).some((h) => h.start === 0));
      if (biopsyFound) idx = found!.index;
    }
    // (…or a history's item naming the cancer first after its date: 1) 11/2021: right choroidal melanoma, 13 mm; …)
    let itemFound = false;
    if (idx < 0) {
      const opening = ITEM_MARK.exec(text)![0].length;
      const itemDate = ctx.seg.dates[lowerBound(ctx.seg.dates, line.start + opening, (m) => m.start)];
      if (itemDate?.start !== line.start + opening) continue;
      const dateEnd = itemDate.end - line.start;
      const named = dateEnd + ITEM_CANCER_GAP.exec(text.slice(dateEnd))![0].length;
      // (Not the castration-resistant state, which comes years after the diagnosis: R7.2 CRPC。)
      itemFound = cancers().find(text.slice(named, named + 40)).some((h) => h.start === 0 && !CASTRATION_RESISTANT.test(h.spelling));
      if (itemFound) idx = dateEnd;
    }
    if (idx < 0) continue;
    const sentence = text.slice(text.lastIndexOf('。', idx) + 1, text.includes('。', idx) ? text.indexOf('。', idx) + 1 : text.length);
    // (Nor another condition diagnosed, with no cancer named: 胆管炎の診断で緊急入院.)
    if (OTHER_CONDITION_DIAGNOSED.test(sentence) && !CANCER_WORD.test(sentence) && cancers().find(sentence).length === 0) continue;
    if ((/診断/.test(sentence) || JUDGED_CANCER.test(sentence) || biopsyFound || dayField || itemFound) && !/再発/.test(sentence) && !(METASTASIS_DIAGNOSED.test(sentence) && !CANCER_THEN_SPREAD_DIAGNOSED.test(sentence))) {
      const mention = ctx.seg.dates.filter((m) => m.start >= line.start && m.start < line.start + idx).pop();
      // (Another diagnosis label with no date of its own, 術後診断：S状結腸癌… under 手術日：…, restates; it does not date.)
      // (…nor does a label of another kind, 病理解剖診断：, whose 診断 is its label's word.)
      if (!mention && (DIAGNOSIS_LIST.test(text) || /^診断名?\s*(?:[(（][^()（）]{0,10}[)）])?\s*[:：]/.test(text.slice(idx)))) continue;
      const date: EventDate = mention
        ? mentionDate(mention)
        : { start: line.date.start, ...(line.date.part ? { part: line.date.part } : {}) };
      // (A diagnosis-day field in brackets, 【診断日】2024/11/5, is read as a heading but heads no problem;
      // nor does a timeline's entry opened by a mark and its date, ◆2025.4.8 TURBT：尿路上皮癌.)
      lines.push({ start: line.start, heading: line.role === 'heading' && !DIAGNOSIS_DAY_FIELD.test(text) && !MARKED_DATED_ENTRY.test(text), date, text: sentence.normalize('NFKC') });
    }
  }
  diagnosisLinesOf.set(ctx, lines);
  return lines;
}

// A prostate cancer's castration-resistant state (CRPC, mCRPC, 去勢抵抗性前立腺癌): a turn in its course, not its diagnosis.
const CASTRATION_RESISTANT = /CRPC|去勢抵抗/;
// A list item's mark (1), ・, -), and what may stand between its date and the cancer it names first (: right).
const ITEM_MARK = /^\s*(?:[・\-*●○■]|\d{1,2}[).）]|[(（]\d{1,2}[)）])?\s*/;
const ITEM_CANCER_GAP = /^\s*[:：\-–—]?\s*(?:(?:right|left|bilateral|rt\.?|lt\.?)\s+|[右左両](?:側)?)?/i;

// A metastasis diagnosed (FNAでSCCのリンパ節転移と診断), which dates no primary; unless listed after
// the cancer as diagnosed with it (2022年5月に右肺腺癌、多発骨転移と診断され).
const METASTASIS_DIAGNOSED = /(?:転移|播種)(?:と|の)?(?:確定)?診断/;
const CANCER_THEN_SPREAD_DIAGNOSED = /(?:癌|がん|腫)[、,・][^、。]{0,12}(?:転移|播種)(?:と|の)?(?:確定)?診断/;

/** A diagnosis's date: its own; for a heading or title line, the date the note gives for the diagnosis elsewhere (else none, or its own with `ownIfNone`). */
function diagnosisDate(ctx: NoteContext, a: number, k: number, headingLike: boolean, ownIfNone = false, assessment = false, typeCode?: string) {
  const t = ctx.text;
  const own = ctx.dateAt(a, { range: false });
  // (A SOAP assessment's cancer is today's unless its line says when it was diagnosed:
  // A) 濾胞性リンパ腫 grade 2、Ann Arbor III期（2019年診断）.)
  if (!headingLike && !assessment && own) return own;
  const [ls, le] = lineAt(t, a);
  // （2021年8月診断）, R2.5 診断 on the same line.
  // (…（2025年3月 CTガイド下生検で診断）: the means may stand between; or 確定 said for 診断: …、2025/12/10 子宮内膜全面掻爬術で確定.)
  // (…or what the means found, named after it: （2025/2 生検で扁平上皮癌）, （2025年9月 EUS-FNAで腺癌と診断）.)
  const sameLine = ctx.datesIn(k, le).find((m) => /^\s*[)）]?\s*(?:(?:[^、。()（）]{0,20}?(?:で|にて))?(?:[^、。()（）\s]{1,12}と)?(?:に)?(?:診断|確定)|[^、。()（）]{0,20}?(?:生検|細胞診|術|切除)(?:で|にて)\s*[^、。()（）\s]{0,12}(?:癌|腫|carcinoma)\s*[)）])/.test(ctx.note.text.slice(m.end, m.end + 40)));
  if (sameLine) return mentionDate(sameLine);
  // …or a date right after the name that closes its line (Dx: Ph+ ALL, 2024/10), also after the
  // word for what it turned into (→ AML移行（2024年10月）).
  const closing = ctx.datesIn(k, le)[0];
  if (closing && /^(?:への)?(?:移行|転化)?[\s,、]*[(（]?\s*$/.test(ctx.note.text.slice(ctx.original(k), closing.start)) && /^\s*[)）]?\s*$/.test(ctx.note.text.slice(closing.end, ctx.original(le)))) return mentionDate(closing);
  // …or a date field of its line (主病名：膵癌（膵体部）　開始日：2024/06/03), in English too (ES-SCLC (…), dx 2024/6).
  const fielded = ctx.datesIn(k, le).find((m) => isFieldDay(ctx.note.text, 0, m.start));
  if (fielded) return mentionDate(fielded);
  // …or a date between the diagnosis label and the name (Dx 2022/9 sigmoid colon ca, 診断：2024/5 胃癌).
  const labelDate = ctx.datesIn(ls, a).pop();
  if (labelDate && /^\s*$/.test(ctx.note.text.slice(labelDate.end, ctx.original(a))) && LABEL_BEFORE_DATE.test(ctx.note.text.slice(ctx.original(ls), labelDate.start))) return mentionDate(labelDate);
  if (assessment && !headingLike) return own;
  // Elsewhere: the first dated line that says 診断, other than the heading's own and other
  // problems' headings (#2 右肺腺癌 …（2025年3月 …で診断） does not date #1 胃癌).
  // (…and not one about another cancer only: 2025年6月…肝細胞癌と診断 does not date ①大腸癌術後.)
  // (Its own codes are the subsite's and its words' own: 外陰部乳房外パジェット病 is C51, and a later
  // 乳房外パジェット病と診断, C44 without the subsite, is about it.)
  const category = icd10For(t.slice(a, k), '')?.slice(0, 3);
  // (…and the type's its parenthesis names: 悪性リンパ腫（DLBCL）, then dated by 生検 → DLBCL.)
  const ownCodes = category ? [category, ...cancers().find(t.slice(a, k)).map((h) => h.value.icd10.slice(0, 3)), ...(typeCode ? [typeCode.slice(0, 3)] : [])] : [];
  const aboutAnother = (text: string) => {
    if (!category) return false;
    // (A histology names no organ: TURBT：尿路上皮癌 is about the bladder cancer it was found as.)
    const codes = cancers()
      .find(text)
      .filter((h) => !HISTOLOGY_ONLY.test(h.spelling))
      .map((h) => h.value.icd10.slice(0, 3))
      .filter(Boolean);
    return codes.length > 0 && !codes.some((c) => ownCodes.includes(c));
  };
  const line = diagnosisLines(ctx).find((l) => l.start !== ctx.original(ls) && !l.heading && !aboutAnother(l.text));
  if (line) return { ...line.date };
  // (Its own only when inherited from a visit or an earlier line: a date written after it on its
  // line, 70M. ccRCC, s/p nephrectomy 2021/5, dates something else.)
  if (headingLike && ownIfNone) return own && !own.text ? own : null;
  return headingLike ? null : own;
}

const procedures = () => lexicons().procedures;
// Procedures are found from their last word (…術, …生検, …留置) back to the start of
// the word run, so the scan is linear in the note's length.
// 移植 only ends a word (移植片, 移植部, 皮弁移植閉鎖術 are not transplants).
// (切除 without 術 ends a name only where the name ends: オペ（腹腔鏡下S状結腸切除）, …切除施行,
// a pathology report's …切除検体.)
// (…or what it found named after it: （2025/2 生検で扁平上皮癌）.)
const BIOPSY_FOUND = /^\s*(?:で|にて)(?:[^、。]{0,20}?(?:確認|診断|判明|確定|検出|認め)|\s*[^、。()（）\s]{0,12}(?:癌|腫|carcinoma)\s*(?:[)）。、]|$))/;
// (…クリニカルパス, …パス, but not a word that starts with パス: パスポート.)
const PATHWAY_AFTER = /^\s*(?:[(（][^()（）\n]{0,20}[)）]\s*)?(?:クリニカル)?パス(?![\p{Script=Katakana}ー])/u;
// (前 apart from the name, which the name's own pattern does not see: 前評価, 前検査, 前の….)
const BEFORE_IT_AFTER = /^\s+前(?:評価|検査|処置|説明|準備|カンファ|の)/;
const EXPLAINED = /^\s*(?:[(（][^()（）]*[)）])?\s*(?:について|に関して|の(?:説明|適応|提案|情報提供)|を(?:提案|提示|推奨|説明))/;
// …also as the first of options listed before it (肝切除、化学療法の選択肢を説明).
const OPTIONS_EXPLAINED = /^\s*[、,・]\s*[^。\n]{0,20}?(?:選択肢|を(?:提案|提示|推奨|説明))/;
// (…or found not needed: PEG造設は不要であった.)
const NOT_DONE = /見送|見合わせ|施行せず|行わず|実施せず|施行しない|行わない|希望(?:なく|なし|されず)|拒否|中止とな|は不要/;
// (…術 with 後 after it when that ends the words: 右上葉切除術後、 says it was done; 術後補助 does not end there.)
// (…nor what it costs or insures: 手術給付金, 手術費, 手術料; nor a gene's insertion: EGFR exon20挿入変異.)
// (…and 全摘 without 術, listed or done: 胸腔鏡下食道亜全摘、３領域郭清, 甲状腺乳頭癌　全摘後、.)
// (移植 ends the name before a mark or kana, or 施行 written against it: 自家末梢血幹細胞移植施行; not 移植片, 移植後.)
const PROCEDURE_SUFFIX = /(?:術|郭清|生検|穿刺|ドレナージ|留置|挿入|再建|交換|造設)(?![後前中式者野的期部給費料代]|チューブ|カテーテル|バッグ|ボトル|変異)|術(?=後(?:[、。,\s(（)）]|$))|移植(?=施行|実施|[^\u4e00-\u9fff]|$)|切除(?=\s*(?:[)）+・、,，。]|\.(?!\d)|を?施行|を?行っ|検体|標本|\n|$|[(（][^()（）\n]{1,20}[)）]\s*(?:を?施行|[、。\n]|$)))|全摘(?=\s*(?:[)）+・、,，]|を?施行|を?行っ|後(?:[、。,\s(（]|$)|\n|$))/g;
// (What may stand before 切除 is checked after the match: lookbehinds here would slow the scan.)
const RESECTION_RESULT = /(?:治癒|完全|一括|根治|分割)$/;
// An organ named by one kanji, resected: 肝切除, 肺切除, 胃切除.
const ORGAN_RESECTED = /^[肝肺胃腎脾膵舌]$/;
// When it was done, in parentheses after it: 左Bt+Ax (2019/5), PEG（2025/3/5 造設）.
const DATE_IN_PARENTHESES_AFTER = /^\s*[(（]\s*(?:19|20)\d{2}(?:[/.-]\d{1,2}){0,2}\s*(?:造設|施行|実施|留置|挿入)?\s*[)）]/;
const STAGING_IN_PARENTHESES = /^\s*(?:(?:y?[cp]|yp)?T(?:[0-4]|is|X)[a-c]?\s*(?:[cp]?N[0-3X])|(?:[cp]?Stage|ステージ)\s*[0-4IV])/;
const PLACE_AFTER_PROCEDURE = /[窩部痕創跡]/;
// When it was done, after a comma, the day closing its item as English lists acts: RPLND, 2025-01-14: residual teratoma.
const COMMA_BEFORE_DATE = /^\s*,\s*(?:on\s+)?/;
const DAY_CLOSES_ITEM = /^\s*(?:[:：.;)]|$)/;
/** The day written after a comma right after normalised offset `b`, closing its list item, if any. */
function dayAfterComma(ctx: NoteContext, b: number): DateMention | undefined {
  const comma = COMMA_BEFORE_DATE.exec(ctx.text.slice(b, b + 8));
  if (!comma) return undefined;
  const day = ctx.datesIn(b, b + 40).find((m) => m.start === ctx.original(b + comma[0].length));
  return day && DAY_CLOSES_ITEM.test(ctx.note.text.slice(day.end, day.end + 2)) ? day : undefined;
}
const DEVICE_EXCHANGED = /(?:ステント|ドレーン|チューブ|カテーテル|ポート|胃瘻|腎瘻|PEG|PTBD|PTGBD|EBS|ENBD|EMS)$/;
// A device placed, with its detail or を between: 胆管ステント（EBS 7Fr）留置, 胆管ステントを留置した.
// (With を, only a placement the dictionary names, 胆管ステント留置, CVポート留置: a procedure's record
// tells how its own tube went in, 8.5Fr ドレナージチューブを留置した.)
const DEVICE_PLACED = /(ステント|ポート|ドレーン|チューブ|カテーテル)\s*(?:[(（]([^()（）]{1,20})[)）]\s*(を\s*)?|(を)\s*)(留置|挿入)/g;

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Start of the run of word characters that ends at `end` (names are short: at most 60 back). */
function runStart(t: string, end: number, withDot = true): number {
  let a = wordRunStart(t, end, Math.max(0, end - 60), withDot);
  // (…nor is the day of a date the run stopped inside, at its slash or dot: 2025/8/3生検, 8/3肺生検.)
  if (a > 1 && (t[a - 1] === '/' || t[a - 1] === '.') && isAsciiDigit(t.charCodeAt(a - 2))) while (a < end && isAsciiDigit(t.charCodeAt(a))) a++;
  // A date or a day's word written against the name (6月2日胸腔鏡下胸膜生検, 2023年広範切除術, 本日タルク胸膜癒着術) is not part of it.
  DATE_BEFORE_NAME.lastIndex = a;
  const date = DATE_BEFORE_NAME.exec(t);
  return date && date.index + date[0].length < end ? date.index + date[0].length : a;
}
const DATE_BEFORE_NAME = /(?:(?:(?:19|20)?\d{2}|(?:令和|平成|昭和)(?:\d{1,2}|元))年)?\d{1,2}月(?:\d{1,2}日|上旬|中旬|下旬|初旬|末)?|(?:(?:19|20)\d{2}|(?:令和|平成|昭和)(?:\d{1,2}|元))年(?:度)?|(?:(?:19|20)\d{2}[/.])?\d{1,2}[/.]\d{1,2}(?![0-9])|(?:本日|同日|当日|翌日|前日|昨日|今日|今回|後日|即日)/y;
// The laterality before an English procedure is its site (rt nephrectomy).
const ENGLISH_PROCEDURE = new RegExp(String.raw`\b(?:(rt|lt|right|left|bilateral)\.?\s+)?((?:(?:partial|radical|total|subtotal|distal|laparoscopic|robotic|robot-assisted|open|VATS|core needle|needle|liver|lung|bone marrow|excisional)\s+)?[A-Za-z]*(?:ectomy|otomy|ostomy)|(?:(?:core needle|needle|liver|lung|bone marrow|excisional|CT-guided|(?:sentinel\s+)?(?:lymph\s+)?node)\s+)?[Bb]iopsy|(?:(?:LN|node|liver|lung|skin|BM)\s*)?Bx|(?:wide local|wide|local|surgical|complete|en bloc)\s+(?:excision|resection)|${ENGLISH_ENDOSCOPY})\b`, 'g');
// An organ named before a specimen's procedure in a pathology report: Stomach, biopsy:; 病理診断：Stomach, biopsy:.
const SPECIMEN_BEFORE = /(?:^|[\s:：])[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s*$/;
// A parenthesis (no date, no staging) between two parts of one session, then ＋ or ・.
const JOINED_AFTER_PARENTHESIS = /^\s*[(（](?![^()（）]*(?:(?:19|20)\d{2}|\d{1,2}\/\d{1,2}|[pc]?T[0-4is]))([^()（）\n]{1,30})[)）]\s*(?=[+・]\s*$)/;
// The end of an operation's or a biopsy's name, and the verb a pair of them joined by と shares.
const OPERATION_PART_END = /(?:術|生検|郭清)$/;
const ONE_VERB_AFTER = /^\s*を?(?:施行|実施|行い|行った|受け)/;
// The verb saying a procedure was done, after its name or after the day written between (腹水穿刺を11/24に施行).
const DONE_VERB = String.raw`(?:施行|実施|行った|行い)`;
// (…also after how often it is done: CARTを月2回施行中.)
const SESSION_FREQUENCY = String.raw`(?:(?:月|週|年|日)\s*\d+\s*回|毎週|隔週)\s*`;
const DONE_VERB_AFTER = new RegExp(String.raw`^\s*(?:を)?\s*(?:${SESSION_FREQUENCY})?${DONE_VERB}`);
// (…or, with no particle, a device's placement: CVポート 4/3 留置済み.)
const DONE_VERB_AFTER_DAY = new RegExp(String.raw`^\s*(?:に\s*${DONE_VERB}|に?\s*(?:留置|挿入|造設)(?:済み?|した|しました|施行)?)`);
// The last session of one done repeatedly, in parentheses after its verb: 施行中（最終 10/28）.
const LAST_SESSION_AFTER = /^中?\s*[(（]\s*(?:最終|前回|直近)\s*[:：]?\s*[^()（）]{1,12}[)）]/;
const ENGLISH_DATE_AFTER = /^\s+(?:on|in)\s+/;
// (…or, after a name in English words, with only spaces between: US-guided liver biopsy 06/18/2025 confirmed…;
// not after an abbreviation, which a Japanese history's row may follow with the next row's date: 左Bp+Ax 2024/7～.)
const ENGLISH_WORDS_DATE_AFTER = /^[ \t]+/;
// What says an abbreviation was done, after it and its parenthesis: …施行, …にて, …留置, 腹水に対しCARTを月2回施行中.
const ABBREVIATION_DONE_AFTER = new RegExp(String.raw`^\s*(?:[(（][^)）]*[)）])?\s*(?:を)?\s*(?:${SESSION_FREQUENCY})?(?:施行|実施|留置|挿入|交換|にて|で|により|[:：])`);
// What says a procedure named was done before, not now: TACE後, TACE不応, 肺切除術（左下葉切除）後, …による, …を用いた.
const BACK_REFERENCE_AFTER = /^\s*(?:[(（][^()（）0-9]{0,30}[)）]\s*)?(?=後|不応|歴|時|以降|による(?!\s*(?:[)）]|(?:確定)?診断))|を用いた|を用いて)/;
const PD_WORD = /(?<![A-Za-z0-9-])PD(?![A-Za-z0-9-])/g;
const ENDOSCOPY = new RegExp(String.raw`^(?:${ENDOSCOPY_NAME})$`);

// English for a diagnosis made by an act named next: diagnosed 2025-06-10 by EBUS-TBNA, confirmed via EUS-FNA.
const DIAGNOSED_BY_BEFORE = /\b(?:diagnosed|confirmed|proven)\b[^.;\n]{0,30}\b(?:by|via|on)\s+$/i;

// A port's name alone, and what names it as a drug's way in rather than a procedure: より, から, 経由, its 刺入部.
const PORT_NAME = /(?:ポート|PICC|CVC)$/;
const ROUTE_AFTER_PORT = /^\s*(?:より|から|経由|を(?:使用|用い)|の?刺入部)/;

/** Invasive diagnostic and therapeutic acts; parts of one session joined by ＋ or ・ are one event. */
export function extractProcedures(ctx: NoteContext): ProcedureEvent[] {
  const t = ctx.text;
  const spans: { a: number; b: number; name: string; detail?: string }[] = [];
  const devices: { a: number; b: number; name: string; detail?: string }[] = [];
  for (const m of matchesOf(DEVICE_PLACED, t)) {
    const a = runStart(t, m.index, false);
    const name = t.slice(a, m.index) + m[1]! + m[5]!;
    if ((m[3] || m[4]) && !procedures().find(name).some((h) => h.end === name.length)) continue;
    devices.push({ a, b: m.index + m[0].length, name, ...(m[2] ? { detail: m[2] } : {}) });
  }
  const inDevice = (a: number, b: number) => devices.some((d) => a < d.b && b > d.a);
  // (Not the place a procedure left, 抜歯窩, 穿刺部, 生検痕: the word goes on to name it.)
  // (Nor a port named as the way a drug goes in, CVポートより投与, CVポートからFOLFOX: it was placed before.)
  for (const h of ctx.hits.procedures) if (!inDevice(h.start, h.end) && !PLACE_AFTER_PROCEDURE.test(t[h.end] ?? '') && !(PORT_NAME.test(h.spelling) && ROUTE_AFTER_PORT.test(t.slice(h.end, h.end + 6)))) spans.push({ a: h.start, b: h.end, name: h.spelling });
  for (const m of matchesOf(PROCEDURE_SUFFIX, t)) {
    // (交換 is a procedure only as a device's: 胆管ステント交換, 腎瘻カテーテル交換; not ガーゼ交換.)
    if (m[0] === '交換' && !DEVICE_EXCHANGED.test(t.slice(Math.max(0, m.index - 5), m.index))) continue;
    // (切除 after two kanji at least, 肝部分切除, or an organ alone, 肝切除, 肺切除; not を切除 nor 完全切除.)
    if (m[0] === '切除' && (m.index < 1 || !isHan(t.charCodeAt(m.index - 1)) || (!isHan(t.charCodeAt(m.index - 2)) && !ORGAN_RESECTED.test(t[m.index - 1]!)) || RESECTION_RESULT.test(t.slice(m.index - 2, m.index)))) continue;
    const b = m.index + m[0].length;
    const run = runStart(t, m.index);
    // (Not a count of passes before it, 22G針で3回穿刺: the name starts after it.)
    const lead = /^(?:\d+回|[・\-]*)/.exec(t.slice(run, m.index))![0].length;
    const a = run + lead;
    const word = t.slice(a, b);
    if (inDevice(a, b)) continue;
    if (spans.some((s) => a < s.b && b > s.a)) {
      // Keep the longer of overlapping candidates.
      const overlapping = spans.filter((s) => a < s.b && b > s.a);
      if (overlapping.every((s) => s.b - s.a < b - a)) {
        for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
      } else continue;
    }
    spans.push({ a, b, name: word });
  }
  spans.push(...devices);
  // PD written as the operation (Op: PD（亜全胃温存）, PD施行), unless a longer name holds it (膵頭十二指腸切除術（PD）).
  for (const m of matchesWith(PD_WORD, t, ['PD'])) {
    const a = m.index;
    if (isOperationPD(t, a) && !spans.some((s) => a < s.b && a + 2 > s.a) && !/[(（]\s*$/.test(t.slice(Math.max(0, a - 2), a))) spans.push({ a, b: a + 2, name: 'PD' });
  }
  // English: S/P rt nephrectomy, partial mastectomy, liver biopsy, wide local excision, and Bx as biopsy is written short (LN Bx).
  for (const m of matchesWith(ENGLISH_PROCEDURE, t, ['ectomy', 'otomy', 'ostomy', 'biopsy', 'Biopsy', 'Bx', 'excision', 'resection', 'scopy', 'EGD'])) {
    const a = m.index + m[0].length - m[2]!.length;
    const b = m.index + m[0].length;
    if (!spans.some((s) => a < s.b && b > s.a)) spans.push({ a: m.index, b, name: m[0] });
  }
  spans.sort((x, y) => x.a - y.a);
  // Join parts of one session: 乳房全切除術＋腋窩リンパ節郭清, 食道亜全摘術・3領域郭清・胃管再建.
  const joined: typeof spans = [];
  for (const s of spans) {
    const prev = joined[joined.length - 1];
    // (An operation record's 術式： lists one operation's parts with 、 too.)
    const between = t.slice(prev?.b ?? 0, s.a);
    const onOperationLabel = () => followsOperationLabel(ctx, prev!.a);
    // (On a 術式： line, a part inside the parenthesis right after another is its detail: 腹腔鏡下S状結腸切除術（D3郭清）.)
    if (prev && /^\s*[(（][^()（）\n]*$/.test(between) && /^[^()（）\n]*[)）]/.test(t.slice(s.b)) && onOperationLabel()) continue;
    // (A part's parenthesis before the next part is its detail: PD（亜全胃温存）＋D2郭清.)
    // (…and on a 術式： line, with 、 after a part's parenthesis: 腹腔鏡下S状結腸切除術（D3郭清）、腹膜結節切除.)
    const listed = /^\s*(?:[(（]([^()（）\n]{1,30})[)）])?\s*[、,]\s*$/.exec(between);
    const labelled = !!prev && !!listed && onOperationLabel();
    const paren = JOINED_AFTER_PARENTHESIS.exec(between);
    // (Two operations joined by と under one verb are one session too: 乳房部分切除術とセンチネルリンパ節生検を受けました.)
    const pairedByTo = !!prev && between === 'と' && OPERATION_PART_END.test(prev.name) && OPERATION_PART_END.test(s.name) && ONE_VERB_AFTER.test(t.slice(s.b, s.b + 8));
    // (…and in English by with or and: total mastectomy with sentinel lymph node biopsy.)
    const englishPair = !!prev && /^\s+(?:with|and|&)\s+(?:[a-z-]+\s+){0,2}$/.test(between) && /^[\x00-\x7f]+$/.test(prev.name) && /^[\x00-\x7f]+$/.test(s.name);
    if (prev && (/^\s*[+・]\s*$/.test(between) || paren || labelled || pairedByTo || englishPair)) {
      if (paren || listed?.[1]) prev.detail ??= (paren ?? listed)![1]!;
      prev.name = paren ? prev.name + t.slice(prev.b + paren[0].length, s.b).trim() : listed?.[1] ? `${prev.name}、${s.name}` : t.slice(prev.a, s.b);
      prev.b = s.b;
    } else joined.push({ ...s });
  }
  const events: ProcedureEvent[] = [];
  const seen = new Set<string>();
  const consumed: [number, number][] = [];
  for (const s of joined) {
    let { a, name } = s;
    if (consumed.some(([x, y]) => a >= x && a < y)) continue;
    // A back-reference (TACE後, TACE不応) is not a new procedure, nor is the means of
    // another one (腹直筋皮弁移植による…閉鎖術).
    // (Also past its parenthesis, 肺切除術（左下葉切除）後, unless that dates it: 右上葉切除術（2025-06-13施行）後.)
    // (…but what a diagnosis was made by was done: 診断確定日：…（針生検による）.)
    const backReference = BACK_REFERENCE_AFTER.exec(t.slice(s.b));
    // (An operation first named as what the patient is after, 右上葉切除術後、, was done: it is no back-reference.)
    // (Not a cancer's: 胃癌術後 is after the operation for it, which it does not name.)
    // (…also a drainage, an incision, a stoma made or a device placed: 胸腔ドレナージ後、, ＃気管切開後, 胆管ステント留置後、, 甲状腺全摘後、.)
    const firstAfter = !!backReference && backReference[0] === '' && /(?:術|切開|ドレナージ|造設|留置|挿入|全摘)$/.test(name) && !/(?:癌|がん|ガン|腫瘍|腫|ca|Ca|CA|K)術$/.test(name) && name.length > 2 && /^後(?:[、。,\s(（)）]|$)/.test(t.slice(s.b, s.b + 2)) && !joined.some((o) => o.a < a && o.name === name);
    if (backReference && !firstAfter) {
      consumed.push([a, s.b + backReference[0].length]);
      continue;
    }
    // A parenthesis right after it saying when it was done (左Bt+Ax (2019/5), PEG（2025/3/5 造設）): read once, for the tests below.
    const doneThen = DATE_IN_PARENTHESES_AFTER.test(t.slice(s.b, s.b + 24));
    // An abbreviation alone (EBS閉塞あり) names a device or a past act; it is a procedure
    // when the text says it was done: …施行, …にて, …留置, 2回目TACE.
    // …or the first thing on a dated history line (・2024/4/16 左Bt+Ax, 2024/8 PDS（…）), or the
    // operation a …術後 names in parentheses (乳癌術後(R4.6 左Bp+SN)); or a count of sessions
    // follows it (TACE x2, RFA×3, TACE 3回), or its ordinal (TACE 2回目, a second session); or a report's exam field names it (検査名：EUS-FNA),
    // or an operation's label does (術式：PPPD, surgery=SSPPD); or, as English lists acts, its day after a comma (RPLND, 2025-01-14);
    // or English says a diagnosis was made by it (…, diagnosed 2025-06-10 by EBUS-TBNA).
    const ascii = /^[\x00-\x7f]+$/.test(name);
    const dayAfter = ascii ? dayAfterComma(ctx, s.b) : undefined;
    if (ascii && !/(?:ectomy|otomy|ostomy|biopsy|scopy|Bx)$/i.test(name) && !ABBREVIATION_DONE_AFTER.test(t.slice(s.b)) && !/回目\s*$/.test(t.slice(Math.max(0, a - 4), a)) && !SESSION_COUNT_AFTER.test(t.slice(s.b, s.b + 8)) && !datedEntry(ctx, a) && !historyAct(ctx, a, s.b) && !/(?:術後\s*[(（][^()（）]*|\bs\/p\s*(?:[右左両]|(?:rt|lt)\.?\s)?)$/i.test(t.slice(Math.max(0, a - 20), a)) && !doneThen && !EXAM_FIELD.test(t.slice(lineAt(t, a)[0], a)) && !followsOperationLabel(ctx, a) && !dayAfter && !DIAGNOSED_BY_BEFORE.test(t.slice(Math.max(0, a - 48), a))) continue;
    // (A bare 生検 is one when it is how something was found: 生検で再発確認, 生検にてMCLと診断.)
    if ((/^(手術|術|生検|穿刺|留置|挿入|再建|郭清|移植)$/.test(name) && !(name === '生検' && BIOPSY_FOUND.test(t.slice(s.b, s.b + 30)))) || /適応|予定/.test(name)) continue;
    if (/(^|[^\p{Script=Han}])手術$/u.test(name) && name.length <= 3) continue;
    const [, ce] = clauseAt(t, a, s.b);
    const [ss, se] = sentenceAt(t, a, s.b);
    // (A transplant whose donor is being sought is to come: 同種造血幹細胞移植はドナー検索中.)
    // (Not one whose parenthesis says when it was done: PEG（2025/3/5 造設）は抜去を検討 plans the removal.)
    // (…nor one said in the plain non-past, what is to be done: 当初の計画通り…切除術を施行する; but 施行するも, though done.)
    // (…nor one needed or asked for: 抜歯が必要な歯の評価, 胸腔穿刺をお願いします; but 手術が必要となり施行.)
    if (!doneThen && /予定|検討|方針|予約|目的|計画|必要(?!とな)|お願い|依頼|(?:施行|実施)する(?!も)|行う(?!も)|ドナー(?:検索|探索|コーディネート)|\b(?:planned|scheduled)\b/.test(t.slice(s.b, ce))) continue;
    if (/次回|方針として|\b(?:plan|will)\b/i.test(t.slice(ss, a))) continue;
    // …nor an option a discussion names (討議：手術（胸腔鏡下食道亜全摘術）か根治的CRTか), nor what a plan's line lists
    // (【方針】6か月毎のCTと年1回の上部消化管内視鏡を継続).
    if (isDiscussionLine(t, a) || isPlanLine(t, a)) continue;
    // …nor is one put off or declined (腹水穿刺は本人希望なく見送り, 生検は施行せず).
    if (NOT_DONE.test(t.slice(s.b, ce))) continue;
    // …nor one only explained or proposed (リスク低減卵管卵巣摘出術（RRSO）について情報提供).
    if (EXPLAINED.test(t.slice(s.b, ce)) || OPTIONS_EXPLAINED.test(t.slice(s.b, se))) continue;
    // …nor the name of a clinical pathway (パス名：腹腔鏡下幽門側胃切除術（LDG）パス), which plans the stay for it,
    // nor what comes before it (同種造血幹細胞移植 前評価表, 右上葉切除術 前検査).
    if (PATHWAY_AFTER.test(t.slice(s.b, s.b + 30)) || BEFORE_IT_AFTER.test(t.slice(s.b, s.b + 12))) continue;
    if (isFamilyContext(t, a)) continue;
    // An endoscopy that only carries a therapeutic act (ERCPにて胆管ステント留置) is named for the act.
    // (Not one the act follows on another day: 2月の膀胱鏡で再発を認め、3月にTURBTを施行.)
    // (Nor one reporting after an act done before: 気管支鏡：Nd-YAGレーザー照射後、狭窄は改善.)
    if (ENDOSCOPY.test(name) && /^\s*(?:にて|で|[:：、])/.test(t.slice(s.b)) && joined.some((o) => o !== s && o.a > s.b && o.a < se && !ENDOSCOPY.test(o.name) && !/生検/.test(o.name) && ctx.datesIn(s.b, o.a).length === 0 && !BACK_REFERENCE_AFTER.test(t.slice(o.b)))) continue;
    // 生検 taken during an endoscopy in the same sentence is part of it.
    if (/^生検$|^.{0,2}生検$|^[Bb]iopsy$/.test(name) && joined.some((o) => o !== s && o.a >= ss && o.a < a && ENDOSCOPY.test(o.name))) continue;
    // A pathology result's specimen header (Stomach, biopsy:) names a biopsy the note has told on a line above.
    if (/^[Bb]iopsy$/.test(name) && SPECIMEN_BEFORE.test(t.slice(lineAt(t, a)[0], a)) && /^\s*[:：]/.test(t.slice(s.b)) && /生検|biopsy|FNA|TBB|TBLB/i.test(t.slice(0, lineAt(t, a)[0]))) continue;
    let site: string | undefined;
    const lat = /^(?:右頸部|左頸部|右|左|両側|(?:rt|lt|right|left|bilateral)\.?\s+)/.exec(name);
    let sideStart = -1; // where a side written before the name starts (its evidence holds it)
    if (lat && name.length > lat[0].length + 1) {
      site = lat[0].trim();
      name = name.slice(lat[0].length);
      sideStart = a;
      a += lat[0].length;
    } else {
      // A side written against a dictionary abbreviation, which the dictionary does not hold: 左Bt+Ax.
      const side = /^[\x00-\x7f]+$/.test(name) ? /(?:^|[^\p{Script=Han}\p{Script=Katakana}])(右|左|両側)$/u.exec(t.slice(Math.max(0, a - 3), a)) : null;
      if (side) {
        site = side[1]!;
        sideStart = a - side[1]!.length;
      }
    }
    // (The same act with or without its 術: 左肺上葉切除標本 and 左肺上葉切除術を施行 on one day.)
    const key = `${name.replace(/術$/, '')}|${ctx.dateAt(a)?.start ?? ''}`;
    if (seen.has(key)) {
      // A repeated mention still holds its parenthesis (肺切除術（左下葉切除）): no procedure of its own.
      consumed.push([a, s.b + (/^\s*[(（][^()（）]{1,30}[)）]/.exec(t.slice(s.b))?.[0].length ?? 0)]);
      continue;
    }
    seen.add(key);
    let b = s.b;
    let detail = 'detail' in s && s.detail ? null : /^\s*[(（]([^()（）]{1,30})[)）]/.exec(t.slice(b));
    // (A staging written after it, （pT4aN2aM0 pStage IIIC）, is the staging's, not a detail.)
    // (Nor a remark that the details are unknown: 幽門側胃切除術（詳細不明）.)
    if (detail && (STAGING_IN_PARENTHESES.test(detail[1]!) || /^(?:詳細)?不明$/.test(detail[1]!.trim()))) detail = null;
    // A date in parentheses after the name (腫瘍切除術（2022/9）, PEG（2025/3/5 造設）) is when it was done, not its detail.
    let doneOn: EventDate | undefined;
    const dateInside = detail ? ctx.datesIn(b, b + detail[0].length)[0] : undefined;
    if (detail && dateInside && (onlyDatesBefore(ctx, b + detail[0].indexOf(detail[1]!), b + detail[0].length - 1) || doneThen)) {
      doneOn = mentionDate(dateInside);
      detail = null;
    } else if (detail && /^(?:19|20)\d{2}$/.test(detail[1]!.trim())) {
      // (…also a year alone, s/p Bt+SN (2019), which the segmenter leaves undated lest it date the line's other findings.)
      const year = detail[1]!.trim();
      doneOn = { start: year, text: year };
      detail = null;
    }
    if (detail) b += detail[0].length;
    let detailText = 'detail' in s && s.detail ? s.detail : detail?.[1];
    // 再生検(CTガイド下肺生検): the procedure in parentheses is the name, the outer word its detail.
    if (detail && /[^\x00-\x7f]/.test(detail[1]!) && (procedures().find(detail[1]!).some((h) => h.spelling.length === detail[1]!.length) || /(?:術|生検|穿刺)$/.test(detail[1]!))) {
      detailText = name;
      name = detail[1]!;
    }
    consumed.push([a, b]);
    // The day written between the name and its verb (腹水穿刺を11/24に施行, CVポート 4/3 留置済み) is when it was done.
    if (!doneOn && (t.startsWith('を', b) || /^\s*\d/.test(t.slice(b, b + 3)))) {
      const done = ctx.dayBeforeVerb(b, DONE_VERB_AFTER_DAY);
      if (done) {
        doneOn = mentionDate(done.day);
        b = done.verbEnd;
      }
    }
    const verb = DONE_VERB_AFTER.exec(t.slice(b));
    if (verb) {
      b += verb[0].length;
      // (One repeated is dated by its last session, written after: CARTを月2回施行中（最終 10/28）.)
      const last = doneOn ? null : LAST_SESSION_AFTER.exec(t.slice(b, b + 20));
      const lastDay = last ? ctx.datesIn(b, b + last[0].length)[0] : undefined;
      if (lastDay) doneOn = mentionDate(lastDay);
    }
    // English writes when after the name: Upper endoscopy on March 14, a lobectomy in May 2024.
    // (…or after a comma, the day closing its item: RPLND, 2025-01-14: residual teratoma; or right after it: liver biopsy 06/18/2025.)
    // (Read on the name as it now stands: a side may have been taken off it, or the procedure named in its parenthesis taken for it.)
    const englishName = /^[\x00-\x7f]+$/.test(name);
    const englishOn = englishName ? (ENGLISH_DATE_AFTER.exec(t.slice(s.b, s.b + 8)) ?? (/[a-z]{3}/.test(name) ? ENGLISH_WORDS_DATE_AFTER.exec(t.slice(s.b, s.b + 8)) : null)) : null;
    const englishDate = (englishOn ? ctx.datesIn(s.b, s.b + 40).find((m) => m.start === ctx.original(s.b + englishOn[0].length)) : undefined) ?? (englishName ? dayAfter : undefined);
    const e: ProcedureEvent = { type: 'procedure', name, evidence: ctx.evidence(sideStart >= 0 ? sideStart : a, b), date: doneOn ?? (englishDate && mentionDate(englishDate)) ?? operationDayAfter(ctx, sideStart >= 0 ? sideStart : a) ?? ctx.dateAt(a, { range: false }) };
    if (site) e.site = site;
    if (detailText) e.detail = detailText;
    events.push(e);
  }
  // A record's title naming the procedure it records (上部消化管内視鏡（ESD）記録) is that session,
  // which the record states again (手技：ESD施行): one event, the record's.
  const titleEnd = t.indexOf('\n');
  if (titleEnd > 0 && RECORD_TITLE.test(t.slice(0, titleEnd))) {
    const end = ctx.original(titleEnd);
    // (…also when the report's exam field names what was done: 超音波内視鏡検査報告書 … 検査名：EUS-FNA;
    // or the record names the act by the title's words without 術 or 検査: CVポート留置術　記録 … CVポートを留置した,
    // 骨髄検査報告書 … 骨髄穿刺・骨髄生検.)
    const stated = (e: ProcedureEvent) => {
      const stem = e.name.replace(TITLE_ACT_SUFFIX, '');
      return events.some((o) => o.evidence!.start >= end && (o.name === e.name || o.name === e.detail || (stem.length >= 2 && o.name.includes(stem)) || EXAM_FIELD.test(ctx.note.text.slice(lineAt(ctx.note.text, o.evidence!.start)[0], o.evidence!.start))));
    };
    return events.filter((e) => e.evidence!.start >= end || !stated(e));
  }
  return events;
}
// A report's field naming the exam or act it reports (検査名：EUS-FNA, 手技：ERCP).
const EXAM_FIELD = /(?:検査名|手技名?|処置名)\s*[:：]\s*$/;
/** True when all that stands before normalised offset `a` on its line, dates taken out, is an operation's label (術式：, Op: 2022/6/14). */
function followsOperationLabel(ctx: NoteContext, a: number): boolean {
  const ls = lineAt(ctx.text, a)[0];
  return OPERATION_LABEL.test(ctx.textWithoutDates(ls, a) ?? ctx.text.slice(ls, a));
}
// A note's first line naming the kind of record it is: …記録, …報告書, …レポート.
const RECORD_TITLE = /(?:記録|報告書?|レポート)\s*$/;
// What a title adds to the name of the act it records: 留置術, 骨髄検査.
const TITLE_ACT_SUFFIX = /(?:検査|術)$/;

// The day field of an operation record (手術日：, 施行日：), or of an examination's report (検査日：), before its date.
const OPERATION_DAY_FIELD = /^\s*[【[]?\s*(?:手術日|施行日|実施日|検査日)\s*[】\]]?\s*[:：]\s*$/;

// A pathology report's specimen field, which names the operation it came from (材料：結腸右半切除術検体).
const SPECIMEN_LABEL = /^\s*[【[]?\s*(?:提出材料|摘出材料|材料|検体|標本)\s*[】\]]?\s*[:：]\s*$/;

/**
 * The date of an operation named in an undated name field (手術名：…, 術式：…, 材料：…検体), or in an undated
 * report's title, when the line after it is the operation's day field (手術日：令和7年1月15日, 検査日：…), as
 * certificates and records write them; the lines before (入院期間：…) do not date it.
 */
function operationDayAfter(ctx: NoteContext, a: number): EventDate | undefined {
  const t = ctx.text;
  const [ls, le] = lineAt(t, a);
  const next = nextLineAt(t, a);
  // (…or the report's title naming it, its day on the line below: 上部消化管内視鏡検査報告書 / 検査日：2026/02/18.)
  const title = ls === 0 && RECORD_TITLE.test(t.slice(ls, le));
  if (!next || !(OPERATION_LABEL.test(t.slice(ls, a)) || SPECIMEN_LABEL.test(t.slice(ls, a)) || title) || ctx.datesIn(ls, le).length) return undefined;
  const day = ctx.datesIn(...next)[0];
  return day && OPERATION_DAY_FIELD.test(ctx.note.text.slice(ctx.original(next[0]), day.start)) ? otherLineDate(day) : undefined;
}

// A CTCAE grade in a sentence (下痢G1, Grade 2): what it grades was seen.
const GRADED = /(?:G|Grade\s*)[0-5](?![0-9])/;
const PAIN = /[\p{Script=Han}]{1,4}痛(?![み薬剤])/gu;
const PAIN_OF = /(?:背中|お腹|おなか|腰|胸|頭|喉|のど|肩|首|膝|足|脚|腕|手|関節|骨|傷|みぞおち|脇腹|わき腹|腹|胃|お尻|歯|口|目)の痛み/g;

// What opens a problem or diagnosis line: #2, ＃, 副病名：, 傷病名：, an autopsy's 副病変：.
const PROBLEM_LINE_OPENING = /^\s*(?:[#＃]\s*\d{0,2}|[^\s:：]{0,4}病[名変]\s*[:：])/;

/** Symptoms the patient reports and visible adverse effects; なし makes one negated. */
export function extractSymptoms(ctx: NoteContext): SymptomEvent[] {
  const t = ctx.text;
  // (`symptom`: what the spelling names, so that HFS after hand-foot syndrome is no second event.)
  const spans: { a: number; b: number; name: string; symptom?: string }[] = ctx.hits.symptoms.map((h) => ({ a: h.start, b: h.end, name: h.spelling, symptom: h.value }));
  for (const m of matchesAround(PAIN, t, ['痛'], (_, p) => p - 4)) {
    const a = m.index;
    const b = a + m[0].length;
    let name = m[0].replace(/^.*?(?=[右左両]|[^右左両]{1,3}痛$)/u, '');
    // (Cancer pain keeps the word for its cause: がん性疼痛, 癌性疼痛.)
    const cause = name.startsWith('性') ? /(?:がん|癌)$/.exec(t.slice(Math.max(0, b - name.length - 2), b - name.length)) : null;
    if (cause) name = cause[0] + name;
    if (spans.some((s) => a < s.b && b > s.a)) {
      const overlapping = spans.filter((s) => a < s.b && b > s.a);
      if (overlapping.every((s) => s.b - s.a < b - a)) for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
      else continue;
    }
    // Examination findings (圧痛, 叩打痛) are not symptoms; a pain felt unprovoked (自発痛) is.
    if (/^(疼痛|鎮痛|無痛|頭痛薬)$/.test(name) || /(圧痛|叩打痛)$/.test(name)) continue;
    spans.push({ a: b - name.length, b, name });
  }
  // A pain named by where it is, in words (背中の痛み, お腹の痛み, 腰の痛み).
  for (const m of matchesWith(PAIN_OF, t, ['の痛み'])) {
    const a = m.index;
    const b = a + m[0].length;
    if (!spans.some((s) => a < s.b && b > s.a)) spans.push({ a, b, name: m[0] });
  }
  spans.sort((x, y) => x.a - y.a);
  const events: SymptomEvent[] = [];
  const seen = new Set<string>();
  // Names of symptoms told as present, for a shorter name restating one (水様下痢 … 下痢の可能性).
  const presentNames: string[] = [];
  let namedPainSeen = false;
  // A bare symptom listed before a negated one shares its cue (嘔気、心窩部痛なし; 嘔気、嘔吐、下痢なし): only a
  // bare word, nothing of its own between it and the 、 (皮疹G1、浮腫なし and 頻尿あり、発熱なし keep theirs).
  const sharedNegation = (k: number): ReturnType<typeof certaintyAfter> | undefined => {
    // (…also before a wound's sign that is no symptom: 創部：発赤、排膿なく.)
    const wound = WOUND_SIGN_DENIED.exec(t.slice(spans[k]!.b, spans[k]!.b + 16));
    if (wound) return { certainty: 'negated', cueEnd: spans[k]!.b + wound[0].length };
    const next = spans[k + 1];
    if (!next || !/^[、,，]$/.test(t.slice(spans[k]!.b, next.a))) return undefined;
    const cue = sharedNegation(k + 1) ?? certaintyAfter(t, next.a, next.b);
    return cue.certainty === 'negated' ? cue : undefined;
  };
  for (const [k, s] of spans.entries()) {
    const [ss, se] = sentenceAt(t, s.a, s.b);
    const [cs, ce] = clauseAt(t, s.a, s.b);
    const sentence = t.slice(ss, se);
    // Explanations, instructions and conditionals are not findings, nor what may happen (…などが起こり得ます).
    // (A CTCAE grade says it was seen: 有害事象：頻尿G1、下痢G1.)
    // (時は after a verb, した時は; not a state the sentence names, 安静時は問題ない; and a symptom's turn for the
    // worse supposed, …嘔気の増悪時は連絡.)
    if (/説明|IC[:：]|指導|(?:出現|増悪|悪化|増強)時|場合|(?<=[たるの])時は|有害事象|に注意|(?:起こ|おこ)り[得う]|(?:生じ|出現し)(?:得|うる)/.test(sentence) && !/あり|認め/.test(t.slice(s.b, ce)) && !GRADED.test(sentence)) continue;
    if (isFamilyContext(t, s.a)) continue;
    const ls = lineAt(t, s.a)[0];
    // What a care plan watches for or guards against is no finding: …悪心・嘔吐のリスク, 悪心・嘔吐の有無, and the
    // items of its observation, care and teaching plans (O-P：…、呼吸困難感).
    if (WATCHED_FOR_AFTER.test(t.slice(s.b, s.b + 24)) || CARE_PLAN_LABEL.test(t.slice(ls, s.a))) continue;
    // The tail of a longer name on a problem or diagnosis line (副病名：閉塞性黄疸, #2 術後反回神経麻痺)
    // names a complication, no symptom.
    // (A side is no longer name: #左片麻痺 is the symptom.)
    if (s.a > 0 && isHan(t.charCodeAt(s.a - 1)) && !/[右左両]/.test(t[s.a - 1]!) && PROBLEM_LINE_OPENING.test(t.slice(ls, s.a))) continue;
    // (Nor is a row of a disease-name list, which names conditions as claimed: がん性疼痛　2025/05/20　継続.)
    if (LIST_ROW_START.test(t.slice(ls, s.a).replace(/(?:がん|癌)性$/, '')) && inDiseaseList(t, ls)) continue;
    // A lump or a swelling is a symptom only when the patient noticed it: so the text says, or the patient's own
    // account, S), reports it (S) 頸部のしこりが再び大きくなってきた), or the patient came with it (腹部腫瘤で受診し).
    if (/^(腫瘤|しこり|頸部腫瘤|乳房腫瘤|腹部腫瘤)$/.test(s.name) && !/自覚|触知|主訴|気づ/.test(t.slice(cs, ce + 6)) && !CAME_WITH_AFTER.test(t.slice(s.b, s.b + 8)) && !ctx.soapAt(s.a)?.startsWith('S')) continue;
    // (A swelling felt by the examiner, …リンパ節腫脹を触知, is a finding: only the patient's own counts,
    // or one in sight, of a part seen (歯肉腫脹) or with the redness or pain of the same place (刺入部の発赤・腫脹と疼痛).)
    if (/腫脹$/.test(s.name) && !/自覚|主訴|気づ/.test(t.slice(cs, ce + 6)) && !ctx.soapAt(s.a)?.startsWith('S') && !SWELLING_IN_SIGHT.test(t.slice(Math.max(0, s.a - 4), s.b + 4))) continue;
    if (s.name === '出血' && !/あり|認め|自覚/.test(t.slice(s.b, ce))) continue;
    // Redness of a mucosa, seen in the throat or through an endoscope (咽頭発赤, CF: 全周性の発赤・びらん), is a finding.
    if (s.name === '発赤' && (MUCOSA_BEFORE.test(t.slice(cs, s.a)) || t.startsWith('粘膜', s.b) || ENDOSCOPY_SENTENCE.test(ctx.textWithoutDates(ss, s.a) ?? t.slice(ss, s.a)))) continue;
    // A psychological scale's subscore (HADS 不安 11点、抑うつ 13点) is a score, no symptom told.
    if (SCORE_AFTER.test(t.slice(s.b, s.b + 8)) && PSYCHOLOGICAL_SCALE.test(sentence)) continue;
    // Oedema of an organ that imaging shows (脳浮腫に対しデキサメタゾン), or around a lesion (病変の周囲に浮腫あり,
    // …腫瘤を認める。周囲に浮腫あり), is a finding, not a sign; around a part of the body (眼周囲の浮腫) it is one.
    if (s.name === '浮腫' && (/(?:脳|肺|黄斑|乳頭)$/.test(t.slice(Math.max(0, s.a - 2), s.a)) || AROUND_LESION.test(t.slice(Math.max(cs, s.a - 10), s.a)) || AROUND.test(t.slice(cs, s.a)))) continue;
    // A pain said better in general words (疼痛はNRS 2まで改善) after a pain the note named is that
    // episode's course (ANNOTATION-NOTES: a later mention of the same episode is no new event);
    // so is one treated (嚥下時痛… 疼痛に対しアセトアミノフェン定時内服).
    if ((s.name === '疼痛' || s.name === '痛み') && namedPainSeen && (/改善|軽減|軽快|緩和|消失/.test(t.slice(s.b, ce)) || /^\s*に対し/.test(t.slice(s.b, s.b + 6)))) continue;
    // The condition of an as-needed order is none (疼痛時アセトアミノフェン頓用, 発熱時…), nor is one
    // supposed (しびれが出たら仕事が心配, 発熱があれば連絡).
    if ((t.startsWith('時', s.b) && !t.startsWith('時間', s.b)) || SUPPOSED_AFTER.test(t.slice(s.b, s.b + 12))) continue;
    // Pain control (疼痛コントロール) and pain medication are not the symptom.
    if (/^\s*(?:コントロール|管理|緩和|対策)/.test(t.slice(s.b))) continue;
    let { certainty, cueEnd } = certaintyAfter(t, s.a, s.b);
    if (certainty === 'confirmed') ({ certainty, cueEnd } = sharedNegation(k) ?? { certainty, cueEnd });
    const crossed = certainty === 'confirmed' ? CROSS_MARK_AFTER.exec(t.slice(s.b, s.b + 6)) : null;
    if (crossed) {
      certainty = 'negated';
      cueEnd = s.b + crossed[0].length;
    }
    // English puts the cue first: no cough, denies dyspnea, without fever.
    // (So does an empty checkbox: ☐嘔吐 ☑倦怠感; and it holds each item it lists, □ 息切れ・咳.)
    const english = /(?:\bno|\bdenies|\bwithout|\bnegative for)\s+$|[☐□]\s*$/i.exec(t.slice(cs, s.a));
    let start = s.a;
    if (english) {
      certainty = 'negated';
      start = s.a - english[0].length;
      cueEnd = s.b;
    } else if (EMPTY_BOX_ITEMS_BEFORE.test(t.slice(Math.max(cs, s.a - 30), s.a))) {
      certainty = 'negated';
      cueEnd = s.b;
    }
    // Its resolution (嚥下時痛は消失) ends an episode the note told before, and gives nothing new; told
    // first as resolved, the symptom was there (ANNOTATION-NOTES: first mentioned even as improving).
    if (certainty === 'negated' && /消失|改善/.test(t.slice(s.b, cueEnd))) {
      if (seen.has(`${s.symptom ?? s.name}|confirmed`)) continue;
      certainty = 'confirmed';
    }
    const key = `${s.symptom ?? s.name}|${certainty}`;
    // (A side written on a pain named before without one is the same pain: 胸痛の緩和 … 右胸痛 NRS 6/10.)
    if (seen.has(key) || (/^[右左両]./.test(s.name) && seen.has(`${s.name.slice(1)}|${certainty}`))) continue;
    // (Nor is the head word of one told before, ざ瘡様皮疹 … 皮疹は…によるもの; nor one told before and then supposed,
    // whose supposition is of its cause: 水様下痢 … ボスチニブによる下痢の可能性.)
    const restated = certainty !== 'negated' && s.name.length >= 2 && presentNames.some((n) => n.endsWith(s.name) && (n.length > s.name.length || certainty === 'suspected'));
    seen.add(key);
    if (restated) continue;
    if (certainty === 'confirmed') presentNames.push(s.name);
    if (certainty === 'confirmed' && s.name.endsWith('痛') && s.name !== '疼痛') namedPainSeen = true;
    const e: SymptomEvent = { type: 'symptom', name: s.name, evidence: ctx.evidence(start, certainty === 'confirmed' ? s.b : Math.max(cueEnd, s.b)), date: ctx.dateAt(s.a, { range: false }) };
    // An onset told after the symptom dates it, as one told before does (不正出血は1月上旬より少量持続).
    const onset = /^\s*[はがも]/.test(t.slice(s.b, s.b + 2)) ? onsetAfter(ctx, s.b) : undefined;
    if (onset) e.date = mentionDate(onset);
    if (certainty !== 'confirmed') e.certainty = certainty;
    events.push(e);
  }
  return events;
}

/** The date right after a symptom's は/が/も that says when it began (…は12月中旬から), if any. */
function onsetAfter(ctx: NoteContext, b: number): DateMention | undefined {
  const m = ctx.datesIn(b, Math.min(lineAt(ctx.text, b)[1], b + 16))[0];
  if (!m || !/^\s*[はがも]\s*$/.test(ctx.note.text.slice(ctx.original(b), m.start))) return undefined;
  return /^\s*(?:頃|ごろ)?\s*(?:より|から)/.test(ctx.note.text.slice(m.end, m.end + 6)) ? m : undefined;
}

// 入院加療 is an admission (…にて入院加療), unless it goes on or is only needed (入院加療中, 入院加療を要する).
// (Nor is a word for what a stay costs or is insured for: 入院・手術給付金, 入院費, 入院証明書.)
// (Nor one asked for or waited for: 緩和ケア病棟　入院相談票, 入院申込書, 入院を希望, 入院待ち.)
// (Nor a day of a stay, counted, nor the kind of record: （入院3日目）, 入院第5病日, 入院診療録, 入院サマリー, 入院記録, 入院診療計画書.)
// (Nor a stay's purpose, a field of the record: 入院目的：CBDCA+ETP+デュルバルマブ 1コース目.)
const ADMISSION = /(緊急入院|入院)(?!中|予定|時|歴|後|前|期間|日数|理由|目的|まで|(?:を|の)?(?:希望|相談|申込|申し込み|依頼|待ち|調整)|(?:・[^\s、。・]{1,4})?(?:給付|費|保険|証明)|の?経過|加療(?:中|(?:を|が)?(?:継続|検討|予定|必要|要する|要す))|継続|生活|患者|日|第?\s*\d{1,3}\s*(?:日目|病日)|診療録|サマリ|要約|記録|診療計画)/g;
const DISCHARGE = /退院(?!予定|後|時|前|調整|支援|指導|許可|日|処方|サマリー|要約)/g;
// (The colon may be left out after a mark: ■入院日 2025/5/7.)
// (In English with a colon: Admit: 2025/10/02  D/C: 2025/10/09, Admission date:, Discharged:.)
// (In a heading's brackets, closed as they open: 【入院日】2025/9/8, 【入院期間】A～B.)
const STAY_LABEL = /(?:(?:(?<=[【[＜<■◆]\s*)(入|退)院(?:日|年月日)\s*[】\]＞>]|(?<![【[＜<]\s*)(入|退)院(?:日|年月日)(?:\s*[:：]|[ \t]))\s*|(?<![A-Za-z])(?:(Admi)(?:t|tted|ssion)|D\/C|Discharged?)(?:\s+date)?\s*[:：]\s*)/g;
// …and in English prose, with what the verb takes after it: Admitted on 10/3/2026 for CCRT, was admitted to our
// hospital on October 3, discharged home on 11/16; not a stay to come (will be admitted, plan to be discharged).
const ENGLISH_STAY = /(?<![A-Za-z])(?<!(?:will|to|should|may|can|could|would)\s+(?:be\s+)?|be\s+)([Aa]dmitted|[Hh]ospitali[sz]ed|[Dd]ischarged)(?=\s+(?:home|to|on|for|at|in|from|via|with)\b|\s+\d{1,4}[/.-]\d)/g;
// The day written after the verb and what it takes: on 10/3/2026, to our hospital on October 3, home on 11/16;
// or right after the verb, as a summary writes it: Admitted 10/28/2026 with …, Discharged 11/4/2026.
const ENGLISH_STAY_DAY_GAP = /^\s+(?:(?:(?:home|to\s+[^.,;:\n]{1,40}?)\s+)?(?:on|in)\s+)?$/;
const STAY_PERIOD_LABEL = /(?:(?<=[【[＜<]\s*)入院期間\s*[】\]＞>]|(?<![【[＜<]\s*)入院期間\s*[:：])\s*/g;
// A summary's field for why the patient was admitted: 入院目的：, 入院理由：.
// (Opening its line: 主訴または入院理由： holds a complaint as often as a reason.)
const STAY_REASON_LABEL = /(?<![^\n])[ \t　]*入院(?:目的|理由)[ \t　]*[:：][ \t　]*/g;
// What says a sentence is about the stay the summary is for: 今回、, 今回は, この度.
const THIS_TIME = /^\s*(?:今回|この度|このたび)/;
// The heading under which a summary tells the stay's course: 【入院後経過】, 入院経過：.
const STAY_COURSE_HEADING = /^\s*[【[<＜■◆]?\s*入院(?:後)?(?:の)?経過/;
// (Not a title's word: 死亡退院時要約, 死亡時サマリー; nor a death certificate's other fields:
// 死亡の原因, 発病から死亡までの期間, 死亡したところの種別.)
// (…and the ward's German, ステルベン, ステった: sterben.)
const DEATH = /永眠|死亡(?!率|例|診断書|退院時|時(?:要約|サマリー)|の原因|までの|したところ)|逝去|ステルベン|ステ(?:った|りました)/g;
// A field that gives the day of death after it (死亡したとき　令和8年1月14日, 死亡日時：…).
const DEATH_DAY_FIELD = /^(?:したとき|した日時|日時|年月日|日)?[ \t　]*[:：]?[ \t　]*$/;
// A field that names the cause, apart from the word of death (死因：膵体部癌。, （ア）直接死因　癌性腹膜炎);
// not 死因の種類 or 死因に関係しない, which have no separator.
const DEATH_CAUSE_FIELD = /死因(?:[ \t　]*[:：][ \t　]*|[ \t　]+)([^\s　。、,，]{2,40})/;

/** Where a label starting at `at` starts with the bracket it may be written in (【入院期間】: at 【). */
function bracketStart(t: string, at: number): number {
  const open = /[【[＜<]\s*$/.exec(t.slice(Math.max(0, at - 3), at));
  return open ? at - open[0].length : at;
}

/** Where the bracketed label of the heading line holding `at` ends (【看護記録】, ■); for other headings (#2 …), the line's end. */
function headingLabelEnd(t: string, at: number): number {
  const [ls, le] = lineAt(t, at);
  const label = /^\s*(?:【[^】]*】|＜[^＞]*＞|<[^>]*>|\[[^\]]*\]|■|◆)/.exec(t.slice(ls, le));
  return label ? ls + label[0].length : le;
}

// A reason is the words before 目的/のため…, up to a space, a clause mark or a label's colon
// (A/P：…); a parenthesis goes whole, spaces and all (緩和照射（L3-5 20Gy/5fr）目的に入院).
const REASON_WORDS = String.raw`((?:[^\s、。,:：(（]|[(（][^()（）、。\n]*[)）])+?)`;
// (…の診断で入院: the reason is what was diagnosed.)
const ADMISSION_REASON = new RegExp(REASON_WORDS + '(?:の診断)?(?:目的(?:に|で)?|のため(?:に)?|にて|で)$');
// What may follow the day a reason's clause opens with: 令和3年11月24日に…目的で入院, 8/10より…のため入院.
const DAY_PARTICLE = /^\s*(?:に|より|から)?\s*/;
const SAME_DAY_OPENING = /^(?:同日|当日)(?:に|より|から)?\s*(?=\S)/;
const DEATH_CAUSE = new RegExp(REASON_WORDS + '(?:のため|により|にて|で)$');
const DEATH_PLACE = /^(?:ご?自宅|当院|病院|施設|病棟|病室|ホスピス|緩和ケア病棟|救急外来|集中治療室|ICU|在宅)$/;

/** Admissions (入院, 緊急入院 with their reason), discharges (退院) and deaths (永眠, 死亡). */
export function extractEncounters(ctx: NoteContext): (AdmissionEvent | DischargeEvent | DeathEvent)[] {
  const t = ctx.text;
  const events: (AdmissionEvent | DischargeEvent | DeathEvent)[] = [];
  const roleAt = (n: number) => ctx.lineAt(n)?.role;
  // A summary's header fields: 入院日：2025年2月17日　退院日：2025年3月5日.
  // (Each with its event: the stay's type and day are the event's.)
  const fields: { at: number; event: AdmissionEvent | DischargeEvent }[] = [];
  const field = (at: number, event: AdmissionEvent | DischargeEvent) => {
    events.push(event);
    fields.push({ at, event });
  };
  // The date written right after a label, on its line.
  const dateAfterLabel = (labelEnd: number) => ctx.datesIn(labelEnd, Math.min(lineAt(t, labelEnd)[1], labelEnd + 16))[0];
  for (const m of matchesWith(STAY_LABEL, t, ['院日', '院年月日', 'Admi', 'D/C', 'Discharge'])) {
    const type = (m[1] ?? m[2]) === '入' || m[3] ? 'admission' : 'discharge';
    const labelEnd = m.index + m[0].length;
    const mention = dateAfterLabel(labelEnd);
    if (!mention || mention.value.end) continue;
    const written = mention.text.normalize('NFKC');
    const end = t.indexOf(written, labelEnd) + written.length;
    const date = mentionDate(mention);
    field(m.index, { type, evidence: ctx.evidence(bracketStart(t, m.index), end), date });
  }
  // …or the stay as one period field (入院期間：令和7年1月14日～令和7年1月22日（9日間）): admitted on its
  // first day, discharged on its last when it is closed.
  for (const m of matchesWith(STAY_PERIOD_LABEL, t, ['入院期間'])) {
    const labelEnd = m.index + m[0].length;
    const mention = dateAfterLabel(labelEnd);
    if (!mention?.range || ctx.original(labelEnd) !== mention.start) continue;
    const evidence = ctx.evidence(bracketStart(t, m.index), ctx.normalizedOffset(mention.end));
    const { start, end } = mention.value;
    field(m.index, { type: 'admission', evidence, date: { start, text: mention.text } });
    if (mention.range === 'closed' && end) field(m.index, { type: 'discharge', evidence: { ...evidence }, date: { start: end, text: mention.text } });
  }
  // After such a field, an admission or discharge told with no date in its own sentence
  // and not before the stay began (経過：…9/11より発熱あり…。全身状態良好にて退院とした) is
  // that stay's, not one on the last date written before it. (A stay in the history,
  // 2024年3月…入院。退院後…, began before it and is kept.)
  // (So is the admission the history closes with, right before the stay's course is told:
  // …導入目的に入院となった。\n【入院後経過】.)
  const sameStay = (type: 'admission' | 'discharge', a: number) => {
    const before = fields.filter((f) => f.at < a);
    const [ss] = sentenceAt(t, a);
    if (!before.some((f) => f.event.type === type) || ctx.datesIn(ss, a).length > 0) return false;
    const stayStart = before.filter((f) => f.event.type === 'admission').pop()?.event.date?.start;
    const inherited = ctx.dateAt(a, { range: false });
    return (
      !inherited ||
      (stayStart !== undefined && inherited.start >= stayStart) ||
      // (今回、…目的に入院 says it is this stay, whatever date the prose before it had reached.)
      (type === 'admission' && (STAY_COURSE_HEADING.test(t.slice(lineAt(t, a)[1] + 1)) || THIS_TIME.test(t.slice(ss, a))))
    );
  };
  // The stay's reason, from a field of its own (入院目的：CAR-T細胞療法) or the history's closing admission.
  const reasonOf = (at: number, reason: string) => {
    const stay = fields.find((f) => f.event.type === 'admission' && f.at < at)?.event as AdmissionEvent | undefined;
    if (stay && !stay.reason) stay.reason = reason;
  };
  for (const m of matchesWith(STAY_REASON_LABEL, t, ['入院目的', '入院理由'])) {
    // (Without a trailing 目的 or an editor's note: 精査・治療目的 [補完情報].)
    const reason = /^[^\n。、]{1,30}/.exec(t.slice(m.index + m[0].length))?.[0].replace(/\s*\[[^\]]*\]\s*$/, '').replace(/目的$/, '').trim();
    if (reason) reasonOf(m.index, reason);
  }
  for (const m of matchesOf(ADMISSION, t)) {
    const a = m.index;
    const [cs, ce] = clauseAt(t, a);
    const before = t.slice(cs, a).replace(/\s+$/, '');
    const reason = ADMISSION_REASON.exec(before);
    // (Not the day the clause opens with: 令和3年11月24日に根治的化学放射線療法目的で入院.)
    const reasonEnd = cs + before.length - (reason ? reason[0].length - reason[1]!.length : 0);
    // (…nor 同日 or 当日 with no day before them, which the date stage leaves unresolved.)
    let reasonStart = reason ? ctx.pastOpeningDates(reasonEnd - reason[1]!.length, reasonEnd, DAY_PARTICLE) : a;
    if (reason) reasonStart += SAME_DAY_OPENING.exec(t.slice(reasonStart, reasonEnd))?.[0].length ?? 0;
    const reasonText = reason ? t.slice(reasonStart, reasonEnd) : undefined;
    const told = reasonText && !/^(当院|当科|同日|本日)$|予定$/.test(reasonText) ? reasonText : undefined;
    if (sameStay('admission', a)) {
      if (told) reasonOf(a, told);
      continue;
    }
    // (…予定で入院 is an admission for something planned: the admission happened.)
    // (A heading's own label is no admission, 【入院時記録】; what is written after it can be: 【看護記録】12/1 …入院。)
    if ((roleAt(a) === 'heading' && a < headingLabelEnd(t, a)) || hasPlanCue(t.slice(a, ce).replace(/目的/, '')) || /予定|検討/.test(t.slice(cs, ce).replace(/予定(?:で|のため|にて)\s*(?:緊急)?入院/, ''))) continue;
    // (A clause that held only its day, 2025/3/1にて入院, has no reason to show.)
    const start = reasonStart < reasonEnd ? reasonStart : a;
    const e: AdmissionEvent = { type: 'admission', evidence: ctx.evidence(start, a + m[0].length), date: ctx.dateAt(a, { range: false }) };
    if (told) e.reason = told;
    events.push(e);
  }
  for (const m of matchesWith(ENGLISH_STAY, t, ['itted', 'ospitali', 'ischarged'])) {
    const [, ce] = clauseAt(t, m.index);
    const type = /^[Dd]/.test(m[1]!) ? 'discharge' : 'admission';
    if (sameStay(type, m.index)) continue;
    const b = m.index + m[0].length;
    const day = ctx.dateReachedAfter(b, Math.min(ce, b + 60), ENGLISH_STAY_DAY_GAP);
    const end = day ? ctx.normalizedOffset(day.end) : b;
    events.push({ type, evidence: ctx.evidence(m.index, end), date: day ? mentionDate(day) : ctx.dateAt(m.index, { range: false }) });
  }
  for (const m of matchesOf(DISCHARGE, t)) {
    const [, ce] = clauseAt(t, m.index);
    if (/予定|検討|方針/.test(t.slice(m.index, ce)) || sameStay('discharge', m.index)) continue;
    events.push({ type: 'discharge', evidence: ctx.evidence(m.index, m.index + 2), date: ctx.dateAt(m.index, { range: false }) });
  }
  const deaths: DeathEvent[] = [];
  for (const m of matchesOf(DEATH, t)) {
    if (isFamilyContext(t, m.index)) continue;
    const [cs] = clauseAt(t, m.index);
    const cause = DEATH_CAUSE.exec(t.slice(cs, m.index));
    const e: DeathEvent = { type: 'death', evidence: ctx.evidence(cause ? m.index - cause[0].length : m.index, m.index + m[0].length), date: ctx.dateAt(m.index, { range: false }) };
    const [, le] = lineAt(t, m.index);
    const dayAfter = ctx.datesIn(m.index + m[0].length, le)[0];
    // (Date mentions are in the note's own offsets, as evidence is; `t` is normalised.)
    if (dayAfter && DEATH_DAY_FIELD.test(ctx.note.text.slice(ctx.original(m.index + m[0].length), dayAfter.start))) e.date = mentionDate(dayAfter);
    // (Not where it happened: 自宅にて死亡, 当院で永眠.)
    if (cause && !DEATH_PLACE.test(cause[1]!)) e.cause = cause[1]!;
    deaths.push(e);
  }
  // A cause written as a field of its own (…永眠された。死因：膵体部癌。) is the cause of the death nearest before it.
  const causeField = DEATH_CAUSE_FIELD.exec(t);
  if (causeField) {
    const death = deaths.filter((d) => d.evidence!.start < ctx.original(causeField.index)).pop() ?? deaths[0];
    if (death && !death.cause) death.cause = causeField[1]!;
  }
  // A patient dies once: the mentions (永眠された。…死亡時刻 4:32, 死亡確認) are one death, dated by the first that
  // says its day, with the first cause told.
  const death = deaths.find((d) => d.date?.text && d.cause) ?? deaths.find((d) => d.date?.text) ?? deaths.find((d) => d.cause) ?? deaths[0];
  if (death) {
    const cause = death.cause ?? deaths.find((d) => d.cause)?.cause;
    if (cause) death.cause = cause;
    events.push(death);
  }
  // One stay has one admission and one discharge a day: 退院日：3/5 and 本日退院 (on 3/5) are the same.
  const seen = new Set<string>();
  return events
    .sort((x, y) => x.evidence!.start - y.evidence!.start)
    .filter((e) => {
      if (e.type === 'death' || !e.date) return true;
      const key = `${e.type} ${e.date.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// What joins an examination to what it found: 気管支鏡検査(TBB)施行、…, EBUS-TBNAにて…, 胸腔穿刺を施行し、得られた胸水から…,
// 針生検（CNB）施行 → 浸潤性乳管癌, TURBT：尿路上皮癌, biopsy confirmed … (on its line: …切除術施行⏎主訴: is none).
const MEANS_AFTER = /^[ \t\u3000]*(?:[(（][^()（）\n]{0,24}[)）])?[ \t\u3000]*(?:を)?(?:施行|実施)?(?:し(?:た)?|いたしました|しました)?(?:結果)?[ \t\u3000]*(?:[、,][ \t\u3000]*)?(?:にて|で(?!は|す|あ)|により|によって|から|の結果|結果|(?:→|⇒)(?![ \t\u3000]*\d)|[:：]|confirmed|revealed|showed|demonstrated)?/i;
// …which says the examination was done or found it (not a list: 気管支鏡、CT).
const MEANS_SAID = /施行|実施|にて|で|により|によって|から|結果|→|⇒|[:：]|confirmed|revealed|showed|demonstrated/i;
// What an examination found that is a cancer diagnosed: a histology, a cytology class, or the diagnosis said
// (針生検（CNB）施行 → 浸潤性乳管癌, 胸水細胞診classV（腺癌）, 前立腺針生検（12本中9本陽性）にて診断).
// (Not a tumour found absent: 2nd TURBTで残存腫瘍なし.)
const FOUND_CANCER = /癌|がん|肉腫|リンパ腫|白血病|骨髄腫|中皮腫|芽腫|carcinoma|lymphoma|sarcoma|leuk(?:a)?emia|myeloma|診断|Group\s*[45]|class\s*(?:V|IV|Ⅴ|Ⅳ)|\b(?:tub[12]|por[12]?|SCC)\b/i;
const FOUND_ABSENT = /(?:癌|腫瘍)[^、。]{0,4}(?:なし|認めず|認めない|消失)/;
// A biopsy told after the examination, before what was found: its finding is the biopsy's (CFでS状結腸に…腫瘍、生検でtub2).
const BIOPSY_IN_FOUND = /(?:生検|細胞診|biopsy|穿刺|FNA|TBB)\s*(?:を?施行|で|にて|[:：])/i;
// A biopsy or cytology named with no procedure event of its own (生検で中分化管状腺癌…, 細胞診にて…, biopsy confirmed …).
const BIOPSY_WORDS = ['生検', '細胞診', 'biopsy', 'Biopsy', 'BIOPSY'];
// A recurrence, whose method is that of the cancer before it.
const RECURRENCE_NAME = /再発|再燃|recurren|relapse/i;
// A character of the words a biopsy is written onto: kanji, katakana, ー, Latin letters and -.
const BIOPSY_WORD_PART = codeUnitTest(/[\p{Script=Han}\p{Script=Katakana}ーA-Za-z-]/u);
// How far after the examination the diagnosis it found is looked for, within its sentence.
const MEANS_REACH = 80;

/**
 * Fills `method` of the confirmed cancer diagnoses in `events` (in place) with the examination that
 * found each: one joined to the diagnosis in its sentence (EBUS-TBNAにて小細胞肺癌と診断), or one
 * whose sentence elsewhere names the diagnosis or its histology (膵頭部癌 … EUS-FNAにて腺癌の診断).
 * The first such examination in the note is the method.
 */
export function diagnosisMethods(ctx: NoteContext, events: readonly ClinicalEvent[]): void {
  const diagnoses = events.filter((e): e is DiagnosisEvent => e.type === 'diagnosis' && !e.certainty && !e.method && !RECURRENCE_NAME.test(e.name));
  if (!diagnoses.length) return;
  // (On the normalised text, as the extractors read it.)
  const t = ctx.text;
  const means: { name: string; start: number; end: number }[] = [];
  for (const e of events)
    if (e.type === 'procedure' && !e.certainty) means.push({ name: e.name, start: ctx.normalizedOffset(e.evidence!.start), end: ctx.normalizedOffset(e.evidence!.end) });
  for (const word of BIOPSY_WORDS)
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + word.length)) {
      const end = at + word.length;
      // (With the words it is written onto, up to ten: 経気管支肺生検, 胸水細胞診.)
      let start = at;
      while (start > 0 && at - start < 10 && BIOPSY_WORD_PART(t.charCodeAt(start - 1))) start--;
      if (!means.some((x) => x.start < end && x.end > start)) means.push({ name: t.slice(start, end), start, end });
    }
  means.sort((a, b) => a.end - b.end);
  // (A cancer found with no name of its own is the note's one cancer: EUS-FNA施行 → adenocarcinoma.)
  const theOne = diagnoses.length === 1;
  for (const m of means) {
    const joint = MEANS_AFTER.exec(t.slice(m.end, m.end + 40))!;
    if (!MEANS_SAID.test(t.slice(Math.max(0, m.end - 3), m.end) + joint[0])) continue;
    const from = m.end + joint[0].length;
    const [, sentenceEnd] = sentenceAt(t, from);
    const to = Math.min(sentenceEnd, from + MEANS_REACH);
    const found = t.slice(from, to);
    const cancerAt = found.search(FOUND_CANCER);
    if (cancerAt < 0 || FOUND_ABSENT.test(found) || BIOPSY_IN_FOUND.test(found.slice(0, cancerAt))) continue;
    const [oFrom, oTo] = [ctx.original(from), ctx.original(to)];
    for (const d of diagnoses) {
      if (d.method) continue;
      const at = d.evidence!.start;
      const inSentence = at >= oFrom && at < oTo;
      if (inSentence || theOne || found.includes(d.name) || (!!d.histology && found.includes(d.histology))) d.method = m.name;
    }
  }
}
