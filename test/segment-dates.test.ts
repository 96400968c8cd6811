import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoteEventsSchema, findDates, findDatesWithChain, type DateMention } from '../src/index.js';
import { DEV_GOLD_FILES } from './helpers/paths.js';

const ANCHOR = '2021-05-27';
type Expected = { text: string; start: string; end?: string; part?: 'early' | 'mid' | 'late'; range?: 'open' };
type Row = [input: string, expected: Expected[], options?: { anchor?: string; previous?: string }];

const d = (text: string, start: string, extra: Partial<Expected> = {}): Expected => ({ text, start, ...extra });

// Each row: the text, every date expected in it (in order), and the context.
const TABLE: Row[] = [
  // 西暦, full dates
  ['2021/3/2', [d('2021/3/2', '2021-03-02')]],
  ['2021-03-02', [d('2021-03-02', '2021-03-02')]],
  ['2021.3.2', [d('2021.3.2', '2021-03-02')]],
  ['2021年3月2日', [d('2021年3月2日', '2021-03-02')]],
  ['2021年 3月 2日', [d('2021年 3月 2日', '2021-03-02')]],
  ['２０２１／３／２', [d('２０２１／３／２', '2021-03-02')]],
  ['２０２１年３月２日に入院', [d('２０２１年３月２日', '2021-03-02')]],
  ['1999/12/31', [d('1999/12/31', '1999-12-31')]],
  ['2020/2/29', [d('2020/2/29', '2020-02-29')]],
  ['2000-01-01', [d('2000-01-01', '2000-01-01')]],
  ['2019年6月18日に手術', [d('2019年6月18日', '2019-06-18')]],
  ['2021/10/27 GIF', [d('2021/10/27', '2021-10-27')]],
  ['(2022/3/15)', [d('2022/3/15', '2022-03-15')]],
  ['2024.1.16 CT', [d('2024.1.16', '2024-01-16')]],
  // 西暦, partial
  ['2019年12月', [d('2019年12月', '2019-12')]],
  ['2019年12月初旬', [d('2019年12月初旬', '2019-12', { part: 'early' })]],
  ['2019年12月上旬', [d('2019年12月上旬', '2019-12', { part: 'early' })]],
  ['2019年12月中旬', [d('2019年12月中旬', '2019-12', { part: 'mid' })]],
  ['2019年12月下旬', [d('2019年12月下旬', '2019-12', { part: 'late' })]],
  ['2019年12月末', [d('2019年12月末', '2019-12', { part: 'late' })]],
  ['2021/7 定期CT', [d('2021/7', '2021-07')]],
  ['2019年', [d('2019年', '2019')]],
  ['2019年に発症', [d('2019年', '2019')]],
  ['2023年2月診断', [d('2023年2月', '2023-02')]],
  // 和暦
  ['令和3年3月2日', [d('令和3年3月2日', '2021-03-02')]],
  ['令和元年5月1日', [d('令和元年5月1日', '2019-05-01')]],
  ['平成31年4月30日', [d('平成31年4月30日', '2019-04-30')]],
  ['平成元年', [d('平成元年', '1989')]],
  ['平成元年1月8日', [d('平成元年1月8日', '1989-01-08')]],
  ['昭和64年1月7日', [d('昭和64年1月7日', '1989-01-07')]],
  ['昭和50年', [d('昭和50年', '1975')]],
  ['昭和50年3月', [d('昭和50年3月', '1975-03')]],
  ['大正15年', [d('大正15年', '1926')]],
  ['令和5年8月下旬', [d('令和5年8月下旬', '2023-08', { part: 'late' })]],
  ['令和 3年 3月 2日', [d('令和 3年 3月 2日', '2021-03-02')]],
  // …and in kanji numerals, as certificates and formal letters write them
  ['令和六年十一月十五日当院で診断', [d('令和六年十一月十五日', '2024-11-15')]],
  ['平成三十一年四月三十日', [d('平成三十一年四月三十日', '2019-04-30')]],
  ['二〇二五年三月上旬より', [d('二〇二五年三月上旬', '2025-03', { part: 'early' })]],
  ['令和七年一月十四日から令和七年一月二十七日まで照射', [d('令和七年一月十四日から令和七年一月二十七日まで', '2025-01-14', { end: '2025-01-27' })]],
  ['三月十日に手術', [d('三月十日', '2021-03-10')]],
  ['十二指腸に一年前より', []],
  ['R3.3.2', [d('R3.3.2', '2021-03-02')]],
  ['R1.9.10', [d('R1.9.10', '2019-09-10')]],
  ['R5.10.12 EUS-FNA', [d('R5.10.12', '2023-10-12')]],
  ['R6.1.16 CT', [d('R6.1.16', '2024-01-16')]],
  ['H31.4.30', [d('H31.4.30', '2019-04-30')]],
  ['H30.11.20', [d('H30.11.20', '2018-11-20')]],
  ['H30.12.1', [d('H30.12.1', '2018-12-01')]],
  ['H31.3.8 CTにてPR', [d('H31.3.8', '2019-03-08')]],
  ['S64.1.7', [d('S64.1.7', '1989-01-07')]],
  ['H1.1.8', [d('H1.1.8', '1989-01-08')]],
  ['R3/3/2', [d('R3/3/2', '2021-03-02')]],
  ['R3.3.2）胸水穿刺', [d('R3.3.2', '2021-03-02')]],
  ['R2.5 診断', [d('R2.5', '2020-05')]],
  ['H30.12 手術', [d('H30.12', '2018-12')]],
  // …and the era's name or its first kanji before the dotted form
  ['令和6.3.12よりレポトレクチニブ', [d('令和6.3.12', '2024-03-12')]],
  ['令和6/3/12 CT', [d('令和6/3/12', '2024-03-12')]],
  ['令6.3.12 CT', [d('令6.3.12', '2024-03-12')]],
  ['平30.4.2 肺腺癌と診断', [d('平30.4.2', '2018-04-02')]],
  ['（昭63.5.1 虫垂切除）', [d('昭63.5.1', '1988-05-01')]],
  ['令和6.3 診断', [d('令和6.3', '2024-03')]],
  ['令6年4月', [d('令6年4月', '2024-04')]],
  ['水平1.5.2', []], // (a kanji before the first kanji of an era: no era)
  ['扁平6年前', [d('6年前', '2015')]], // (6年前 counts back; 平 is no era)
  ['平1.5cm', []], // (year-month takes the era's name, not its first kanji)
  // …and a part of the month written against it, as after 年…月; 末 of 末梢 is none
  ['R8.5初旬より霧視', [d('R8.5初旬', '2026-05', { part: 'early' })]],
  ['2021/7下旬 入院', [d('2021/7下旬', '2021-07', { part: 'late' })]],
  ['2020/5末梢神経障害 G2', [d('2020/5', '2020-05')]],
  ['Ｒ３．３．２', [d('Ｒ３．３．２', '2021-03-02')]],
  // the era as its letter before 年
  ['R5年6月のEOB-MRI', [d('R5年6月', '2023-06')]],
  ['H30年12月1日', [d('H30年12月1日', '2018-12-01')]],
  ['R元年5月下旬', [d('R元年5月下旬', '2019-05', { part: 'late' })]],
  ['S63年 胃癌術後', [d('S63年', '1988')]],
  // consecutive days across the era boundary
  ['平成31年4月30日、令和元年5月1日', [d('平成31年4月30日', '2019-04-30'), d('令和元年5月1日', '2019-05-01')]],
  // month-day with the note date as anchor (latest date not after it)
  ['3/2', [d('3/2', '2021-03-02')]],
  ['5/27', [d('5/27', '2021-05-27')]],
  ['5/28', [d('5/28', '2020-05-28')]],
  ['12/20', [d('12/20', '2020-12-20')]],
  ['1/1', [d('1/1', '2021-01-01')]],
  ['3月2日', [d('3月2日', '2021-03-02')]],
  ['１２／３', [d('１２／３', '2020-12-03')]],
  ['12月初旬', [d('12月初旬', '2020-12', { part: 'early' })]],
  ['1月中旬', [d('1月中旬', '2021-01', { part: 'mid' })]],
  ['7月', [d('7月', '2020-07')]],
  ['5月', [d('5月', '2021-05')]],
  ['2/29', [d('2/29', '2020-02-29')], { anchor: '2021-05-27', previous: '2020-01-10' }],
  ['3/16', [d('3/16', '2021-03-16')], { previous: '2021-03-02' }],
  ['11/4', [d('11/4', '2020-11-04')], { previous: '2020-02-06' }],
  ['3/1', [d('3/1', '2021-03-01')], { previous: '2021-03-20' }],
  ['1/5', [d('1/5', '2022-01-05')], { previous: '2021-12-28' }],
  // Looking back from the note's date: not the next November, eleven months ahead.
  ['前回CT(11/20)', [d('11/20', '2024-11-20')], { anchor: '2024-12-03', previous: '2024-12-03' }],
  // Nor, from the note's month, a month more than half a year on: December told in January is the one before.
  ['咳嗽は12月中旬から', [d('12月中旬', '2025-12', { part: 'mid' })], { anchor: '2026-01-20', previous: '2026-01-20' }],
  // …nor from any date of the chain: a summary written in November, 退院日：1/8, then 経過：12/22より, looks back to the stay.
  ['退院日：1/8\n経過：12/22より', [d('1/8', '2025-01-08'), d('12/22', '2024-12-22')], { anchor: '2025-11-01', previous: '2024-12-20' }],
  // (…while eleven months on from the chain, not past the note's date, is ahead: 1/8 退院。12/22 CTで再発 written the next January.)
  ['1/8 退院。12/22 CTで再発', [d('1/8', '2025-01-08'), d('12/22', '2025-12-22')], { anchor: '2026-01-10', previous: '2024-12-20' }],
  // (Half a year on or less is still ahead: 次回 7/10 in January.)
  ['次回 7/10', [d('7/10', '2026-07-10')], { anchor: '2026-01-20', previous: '2026-01-20' }],
  // A plan a month ahead still crosses New Year.
  ['次回 1/15', [d('1/15', '2025-01-15')], { anchor: '2024-12-20', previous: '2024-12-20' }],
  // Nor, after a plan a week ahead, a date that would be eleven months ahead: it is this year's.
  ['開始予定：11/10。アナストロゾールは10/8より内服中。', [d('11/10', '2026-11-10'), d('10/8', '2026-10-08')], { anchor: '2026-11-04', previous: '2026-11-04' }],
  // (A plan over New Year after one a week ahead still crosses it.)
  ['開始予定：12/28。再評価：1/20。', [d('12/28', '2026-12-28'), d('1/20', '2027-01-20')], { anchor: '2026-12-20', previous: '2026-12-20' }],
  ['12/28', [d('12/28', '2021-12-28')], { previous: '2021-12' }],
  // chains within one text
  ['2020/11/1 手術。12/1 CT。1/15 化学療法開始。', [d('2020/11/1', '2020-11-01'), d('12/1', '2020-12-01'), d('1/15', '2021-01-15')]],
  ['2019年5月 発症、6/3 手術、6/20 退院', [d('2019年5月', '2019-05'), d('6/3', '2019-06-03'), d('6/20', '2019-06-20')]],
  ['R1.6.12 手術 7/22 照射', [d('R1.6.12', '2019-06-12'), d('7/22', '2019-07-22')]],
  ['2022年12月上旬より痛み。12/19 CT。12/27 生検。2023/1/10 開始。3/21 中止。', [
    d('2022年12月上旬', '2022-12', { part: 'early' }), d('12/19', '2022-12-19'), d('12/27', '2022-12-27'), d('2023/1/10', '2023-01-10'), d('3/21', '2023-03-21'),
  ]],
  ['4/2 入院。4/3 ステント。4/9 退院。', [d('4/2', '2021-04-02'), d('4/3', '2021-04-03'), d('4/9', '2021-04-09')]],
  // ranges
  ['11/19～2/10', [d('11/19～2/10', '2020-11-19', { end: '2021-02-10' })]],
  ['11/19〜2/10', [d('11/19〜2/10', '2020-11-19', { end: '2021-02-10' })]],
  ['11/19~2/10', [d('11/19~2/10', '2020-11-19', { end: '2021-02-10' })]],
  ['11/19-2/10', [d('11/19-2/10', '2020-11-19', { end: '2021-02-10' })]],
  ['11/19から2/10まで', [d('11/19から2/10まで', '2020-11-19', { end: '2021-02-10' })]],
  ['3/16～4/13', [d('3/16～4/13', '2021-03-16', { end: '2021-04-13' })]],
  ['5/9～7/11', [d('5/9～7/11', '2019-05-09', { end: '2019-07-11' })], { previous: '2019-05-07' }],
  ['2019/11/20～2020/7/21', [d('2019/11/20～2020/7/21', '2019-11-20', { end: '2020-07-21' })]],
  ['2020/1/14～2/24', [d('2020/1/14～2/24', '2020-01-14', { end: '2020-02-24' })]],
  ['R1.7.22～R1.8.27', [d('R1.7.22～R1.8.27', '2019-07-22', { end: '2019-08-27' })]],
  ['１２／５～２／２０', [d('１２／５～２／２０', '2023-12-05', { end: '2024-02-20' })], { anchor: '2024-08-27', previous: '2023-12-03' }],
  ['7月～翌年1月', [d('7月～翌年1月', '2019-07', { end: '2020-01' })], { previous: '2019-06-18' }],
  // …and closed by 同年 or 今年 with its month, as 同年5月1日 alone is read
  ['2020年3月12日～同年5月1日 CDDP+RT', [d('2020年3月12日～同年5月1日', '2020-03-12', { end: '2020-05-01' })]],
  ['2020年3月～同年8月 S-1内服', [d('2020年3月～同年8月', '2020-03', { end: '2020-08' })]],
  ['2020年11月～今年2月 S-1', [d('2020年11月～今年2月', '2020-11', { end: '2021-02' })]],
  ['2020年3月～同年8月 S-1、9/1 CT', [d('2020年3月～同年8月', '2020-03', { end: '2020-08' }), d('9/1', '2020-09-01')]],
  ['2020年9月～同年3月 S-1', [d('2020年9月～', '2020-09', { range: 'open' }), d('同年3月', '2020-03')]], // (an end before the start closes nothing)
  ['2019年7月～2020年1月', [d('2019年7月～2020年1月', '2019-07', { end: '2020-01' })]],
  ['12月～2月', [d('12月～2月', '2019-12', { end: '2020-02' })], { previous: '2019-11-01' }],
  ['2021/12/28-2022/1/4', [d('2021/12/28-2022/1/4', '2021-12-28', { end: '2022-01-04' })]],
  ['4/12～9/27 1st line CAPOX+Bev', [d('4/12～9/27', '2023-04-12', { end: '2023-09-27' })], { anchor: '2023-12-12', previous: '2023-03-08' }],
  // a two-digit year after an apostrophe
  ["'24/11/20 EUS-FNA", [d("'24/11/20", '2024-11-20')]],
  ["'24/12/2～ mFFX", [d("'24/12/2～", '2024-12-02', { range: 'open' })]],
  ['’25/2 CT', [d('’25/2', '2025-02')]],
  // a two-digit year and month, in a note that writes two-digit years in full dates too
  ['24/10/3～24/11/20 RT完遂\n24/12 PET-CT: CR', [d('24/10/3～24/11/20', '2024-10-03', { end: '2024-11-20' }), d('24/12', '2024-12')]],
  ['24/10/3 開始\n・23/4～24/12 S-1', [d('24/10/3', '2024-10-03'), d('23/4～24/12', '2023-04', { end: '2024-12' })]],
  // …and not elsewhere, nor mid-line
  ['24/12 PET-CT: CR', []],
  ['24/10/3 開始 RT 20/5', [d('24/10/3', '2024-10-03')]],
  // year-month ranges with a hyphen (Pembro (2023/8-2024/6, PR→PD))
  ['Pembro (2023/8-2024/6, PR→PD)', [d('2023/8-2024/6', '2023-08', { end: '2024-06' })]],
  // a month range with the second month alone
  ['・2024/4～8 TC+Bev 6コース', [d('2024/4～8', '2024-04', { end: '2024-08' })]],
  ['R6.4～8 TC', [d('R6.4～8', '2024-04', { end: '2024-08' })]],
  ['2024/10～3 ADT', [d('2024/10～3', '2024-10', { end: '2025-03' })], { anchor: '2025-06-01' }],
  // (…also zero-padded, as an ISO-style history writes it: VRd 4コース（2021-04〜07）)
  ['VRd 4コース（2021-04〜07）', [d('2021-04〜07', '2021-04', { end: '2021-07' })]],
  ['2021/04～07 TC', [d('2021/04～07', '2021-04', { end: '2021-07' })]],
  // …but not a count, a dose or a day after the connector
  ['2024/4～8コース', [d('2024/4～', '2024-04', { range: 'open' })]],
  ['2024/4～ 8コース', [d('2024/4～', '2024-04', { range: 'open' })]],
  ['2024/4～8mg', [d('2024/4～', '2024-04', { range: 'open' })]],
  // …nor an ordinal: the line a therapy is given as (2023年5月から2次治療として, 2024/5～2nd line)
  ['2023年5月から2次治療として内服中', [d('2023年5月', '2023-05')]],
  ['2024/5～2nd line', [d('2024/5～', '2024-05', { range: 'open' })]],
  // open ranges
  ['DTX+RAM (2025/1-)', [d('2025/1-', '2025-01', { range: 'open' })]],
  ['2025/1-\nAE: G1', [d('2025/1-', '2025-01', { range: 'open' })]],
  // …a dash against the date before a space or tab; with spaces around it, a separator
  ['2020/11- エリブリン 1.4mg/m2', [d('2020/11-', '2020-11', { range: 'open' })]],
  ['2020/7/15-\tPEM+Pembro維持', [d('2020/7/15-', '2020-07-15', { range: 'open' })]],
  ['2019/3 - 右乳癌手術', [d('2019/3', '2019-03')]],
  // the day before the note's date
  ['昨日から下痢', [d('昨日', '2021-05-26')]],
  ['一昨日より発熱', [d('一昨日', '2021-05-25')]],
  ['先月のCTで肝メタ増大', [d('先月', '2021-04')]],
  ['今月より休薬', [d('今月', '2021-05')]],
  // …and in plain words, as patients write them: 去年 is 昨年, おととし and 一昨年 the year before; の may join the month
  ['去年の秋に転移', [d('去年', '2020')]],
  ['おととしの春', [d('おととし', '2019')]],
  ['一昨年12月に手術', [d('一昨年12月', '2019-12')]],
  ['今年の3月のCT', [d('今年の3月', '2021-03')]],
  // as records export them, and an era letter with a dot
  ['20200315 胃癌と診断', [d('20200315', '2020-03-15')]],
  ['20/10/3 CDDP+RT開始', [d('20/10/3', '2020-10-03')]],
  ['20/13/3 は日付でない', []],
  ['ID 20201399 TC', []],
  ['H.30.4.1 手術', [d('H.30.4.1', '2018-04-01')]],
  ['H.30.12 手術', [d('H.30.12', '2018-12')]],
  // a score out of its maximum
  ['NRS 6/10（安静時3）', []],
  ['VAS:3/10', []],
  ['pT3 pN1a (2/15) ly1', []],
  // (…nor the nodes of one station: #201 2/12 in a colorectal report, #4R 1/3 in a lung one)
  ['pN1b (3/21: #201 2/12, #202 1/6, #203 0/3)', []],
  ['#4R 1/3, #7 0/5', []],
  ['No.12b 1/8', []],
  // (…nor the nodes involved of those taken, after a call on a metastasis or inside the parenthesis with it)
  ['腋窩リンパ節転移陽性（2/15）', []],
  ['センチネルリンパ節生検（陽性1/2）', []],
  ['EGFR陰性 5/12 CBDCA+PEM開始', [d('5/12', '2021-05-12')]],
  ['①2020/4～ DRd', [d('2020/4～', '2020-04', { range: 'open' })]],
  ['1/31～', [d('1/31～', '2021-01-31', { range: 'open' })]],
  ['1/31～: C1-7頸椎転移に対し照射', [d('1/31～', '2021-01-31', { range: 'open' })]],
  ['5/27～ 4th line', [d('5/27～', '2021-05-27', { range: 'open' })]],
  ['2021/8/24～ 1st line mFOLFOX6', [d('2021/8/24～', '2021-08-24', { range: 'open' })]],
  ['R5.9.26～ 1st line', [d('R5.9.26～', '2023-09-26', { range: 'open' })]],
  ['令和5年8月下旬～ 腰痛', [d('令和5年8月下旬～', '2023-08', { part: 'late', range: 'open' })]],
  ['2/6～: 1stline', [d('2/6～', '2020-02-06', { range: 'open' })], { previous: '2020-01-31' }],
  ['１０／１～', [d('１０／１～', '2020-10-01', { range: 'open' })]],
  // range end then the chain continues from the end
  ['11/19～2/10 CBDCA。3/2 CT', [d('11/19～2/10', '2020-11-19', { end: '2021-02-10' }), d('3/2', '2021-03-02')]],
  // relative
  ['1月7日に受診。同日に胸腔穿刺', [d('1月7日', '2021-01-07'), d('同日', '2021-01-07')]],
  ['7/4 入院。翌日退院', [d('7/4', '2020-07-04'), d('翌日', '2020-07-05')]],
  ['12/31 入院、翌日退院', [d('12/31', '2020-12-31'), d('翌日', '2021-01-01')]],
  ['3/1 手術。前日入院', [d('3/1', '2021-03-01'), d('前日', '2021-02-28')]],
  ['2020/2/28 手術、翌日CT', [d('2020/2/28', '2020-02-28'), d('翌日', '2020-02-29')]],
  ['5/10 手術。7日後に退院', [d('5/10', '2021-05-10'), d('7日後', '2021-05-17')]],
  // year and month with a hyphen, the month not zero-padded
  ['- 2023-6 広範切除術', [d('2023-6', '2023-06')]],
  ['- 2024-12〜2025-5 AI療法', [d('2024-12〜2025-5', '2024-12', { end: '2025-05' })]],
  ['- 2025-6〜 トラベクテジン', [d('2025-6〜', '2025-06', { range: 'open' })]],
  ['ID 2023-13', []],
  // weeks, months and years before, to the precision the words give
  ['2週間前から咳嗽', [d('2週間前', '2021-05-13')]],
  ['3ヶ月前より腰痛', [d('3ヶ月前', '2021-02')]],
  ['約9か月前に根治的腎摘除術を施行', [d('9か月前', '2020-08')]],
  ['2年前に肺扁平上皮癌と診断', [d('2年前', '2019')]],
  // (…from the note's date, as 先月 is, even after another date; with none, from the last date)
  ['2020/12/20 手術。3ヵ月前より腰痛', [d('2020/12/20', '2020-12-20'), d('3ヵ月前', '2021-02')]],
  ['2020/12/20 手術。1年前に診断', [d('2020/12/20', '2020-12-20'), d('1年前', '2019')], { anchor: undefined }],
  // …but not a plan's weeks or months ahead, nor a duration
  ['3ヶ月後にCT予定', []],
  ['1年間内服', []],
  ['5/10 手術。3日前に入院', [d('5/10', '2021-05-10'), d('3日前', '2021-05-07')]],
  ['本日外来', [d('本日', '2021-05-27')]],
  ['今日のCT', [d('今日', '2021-05-27')]],
  ['Today PD', [d('Today', '2021-05-27')]],
  ['本日（8/27）投与', [d('本日（8/27）', '2024-08-27')], { anchor: '2024-08-27' }],
  ['昨年の手術', [d('昨年', '2020')]],
  ['今年に入り', [d('今年', '2021')]],
  // …and with the month after it, one expression: the month of that year
  ['昨年12月上旬より咳', [d('昨年12月上旬', '2020-12', { part: 'early' })]],
  ['本年3月より開始', [d('本年3月', '2021-03')]],
  ['2019/3/2 手術。同年6月10日退院', [d('2019/3/2', '2019-03-02'), d('同年6月10日', '2019-06-10')]],
  ['2019/3/2 手術。同年秋より', [d('2019/3/2', '2019-03-02'), d('同年', '2019')]],
  ['2019/3/2 手術。同月末', [d('2019/3/2', '2019-03-02'), d('同月', '2019-03')]],
  ['2019/3/2 手術。翌月CT', [d('2019/3/2', '2019-03-02'), d('翌月', '2019-04')]],
  ['2019/12/2 手術。翌月CT', [d('2019/12/2', '2019-12-02'), d('翌月', '2020-01')]],
  ['2019/3/2 手術。翌年再発', [d('2019/3/2', '2019-03-02'), d('翌年', '2020')]],
  ['2019/3/2 手術。翌年4月再発', [d('2019/3/2', '2019-03-02'), d('翌年4月', '2020-04')]],
  ['同日入院', [], {}], // no base date: nothing to resolve
  ['7日後に退院', []],
  // dates inside prose
  ['2021年8月3日のCTで両肺多発結節、8月17日にCTガイド下肺生検', [d('2021年8月3日', '2021-08-03'), d('8月17日', '2021-08-17')]],
  ['2021年12月のCTでPR、2022年9月のCTでCR', [d('2021年12月', '2021-12'), d('2022年9月', '2022-09')]],
  ['【12/12 外来】', [d('12/12', '2023-12-12')], { anchor: '2023-12-12' }],
  ['【今回】R5.10.24', [d('R5.10.24', '2023-10-24')]],
  ['5/24 入院し、5/25 CVポート留置、5/26 よりR-CHOP', [d('5/24', '2021-05-24'), d('5/25', '2021-05-25'), d('5/26', '2021-05-26')]],
  ['6/27 本人にIC', [d('6/27', '2020-06-27')]],
  ['12/26 CTにてPD', [d('12/26', '2020-12-26')]],
  ['9月下旬に退院', [d('9月下旬', '2020-09', { part: 'late' })]],
  // impossible dates are not dates
  ['2/30', []],
  ['2021/2/29', []],
  ['13/1', []],
  ['4/31', []],
  ['2021年13月', []],
  // negatives: things that only look like dates
  ['30Gy/10fr', []],
  ['80mg/day', []],
  ['1/2錠', []],
  ['1/2T 分2', []],
  ['T4N1M1c', []],
  ['cT2aN2M0 StageⅣA', []],
  ['CPS 5', []],
  ['PD-L1 TPS 50%', []],
  ['約1/3に縮小', []],
  ['1/3程度', []],
  ['1/2周性', []],
  ['2/56個陽性', []],
  ['metastatic carcinoma in 2/15 lymph nodes', []],
  ['in 1/3 nodes', []],
  ['Progress note (2/5)', []],
  ['page 1/3', []],
  ['TMZ維持 5/28 schedule 3コース目', []],
  // an open range's end said in English
  ['- 2025/02-present: lorlatinib', [d('2025/02-', '2025-02', { range: 'open' })]],
  ['2024/6 - now: osimertinib', [d('2024/6 -', '2024-06', { range: 'open' })]],
  ['2024/6-nowhere', [d('2024/6', '2024-06')]],
  // a year alone, after an English word that makes it a time; not elsewhere, nor a dose
  ['breast cancer dx 2019, on letrozole since 2020.', [d('2019', '2019'), d('2020', '2020')]],
  ['CT in 2024 showed', [d('2024', '2024')]],
  ['Relapsed 2025; started R2', [d('2025', '2025')]],
  ['Prior: docetaxel 6 cycles 2022.', [d('2022', '2022')]],
  ['FOLFOX 12 courses 2019, then', [d('2019', '2019')]],
  ['Prior: docetaxel x6 (2024).', [d('2024', '2024')]],
  ['FOLFOX ×12 (2023)', [d('2023', '2023')]],
  ['s/p Bt+SN (2019)', []],
  ['box6 (2024)', []],
  ['6 cycles 2000 mg', []],
  ['treated 2000 patients', []],
  ['carboplatin 2000 mg', []],
  ['cohort 2019', []],
  // a range of years after a Latin word, perhaps in parentheses; years in order and a course's few apart
  ['abiraterone 2022-2023 (PD)', [d('2022-2023', '2022', { end: '2023' })]],
  ['abiraterone (2022-2023, PD)', [d('2022-2023', '2022', { end: '2023' })]],
  ['Hx: abiraterone 2022-2024.', [d('2022-2024', '2022', { end: '2024' })]],
  ['FOLFOX 2019-2020.5', [d('2020.5', '2020-05')]],
  ['FOLFOX 2019-2015', []],
  ['ISBN 1990-2024', []],
  // a year a case report hides: no date, nor for year-less months after it, until a year is written
  ['２０ＸＸ－１年６月より肺転移', []],
  ['２０１Ｘ＋１年１月２２日の採血', []],
  ['X年3月 肺癌と診断', []],
  ['２０ＸＸ年２月下旬より開始，３月中旬まで投与', []],
  ['20XX年1月 診断。2024年3月 手術、4月 退院', [d('2024年3月', '2024-03'), d('4月', '2024-04')]],
  ['テモゾロミド 5/28スケジュール', []],
  ['mg/m2', []],
  ['3回/日', []],
  ['BP 132/80', []],
  ['BP 118/86', []],
  ['Hb 11.2', []],
  ['Plt 18.6万', []],
  ['T-Bil 0.8', []],
  ['ver 2.1.3', []],
  ['C1-7頸椎転移', []],
  ['L2・L4に集積', []],
  ['day1,8,15 q4w', []],
  ['BRCA2年齢別リスク', []],
  ['EGFR5年生存率', []],
  ['42.56Gy/16fr', []],
  ['5.4mg/kg', []],
  ['2400mg/m2/46h', []],
  ['BRA, PUL, LYM', []],
  ['12mm結節', []],
  ['3か月後', []],
  ['週3日', []],
  ['S6・S8', []],
  ['NRS 6→2', []],
  ['1/2量', []],
  ['3/4周', []],
  ['10:30 来院', []],
  ['2023年度', [d('2023年', '2023')]], // the year is still a year
  // English month names, capitalised (ANCHOR is 2021-05-27).
  ['March 14, 2020', [d('March 14, 2020', '2020-03-14')]],
  ['on March 14', [d('March 14', '2021-03-14')]],
  ['Mar. 14', [d('Mar. 14', '2021-03-14')]],
  ['10 Nov 2020', [d('10 Nov 2020', '2020-11-10')]],
  ['12-Mar-2024: started', [d('12-Mar-2024', '2024-03-12')]],
  ['12-Mar CT', [d('12-Mar', '2021-03-12')]],
  ['from April 2020 for six cycles', [d('April 2020', '2020-04')]],
  ['early March 2021', [d('early March 2021', '2021-03', { part: 'early' })]],
  ['PD in July', [d('July', '2020-07')]],
  ['maintenance from September.', [d('September', '2020-09')]],
  ['May need RT', []], // a month alone, with no word making it a time
  ['Maybe later', []],
  // A birth date dates no event (nor the year of the dates after it).
  ['生年月日：昭和23年8月3日', []],
  ['生年月日 S23.8.3', []],
  ['男　昭和23年8月3日生', []],
  ['1948年8月3日生まれ', []],
  ['DOB: 1948/8/3', []],
  ['2021/3/2生検', [d('2021/3/2', '2021-03-02')]], // (生検 after a date is no birth)
  // English ranges: to, through, until between two dates.
  ['BEP x 3 cycles, 2024-09-02 to 2024-11-04', [d('2024-09-02 to 2024-11-04', '2024-09-02', { end: '2024-11-04' })]],
  ['from March 2020 through June 2020', [d('March 2020 through June 2020', '2020-03', { end: '2020-06' })]],
  ['CT 2021/5/1 to be repeated', [d('2021/5/1', '2021-05-01')]],
  // Numeric English dates with the year last: month first, as American notes write them, unless the
  // note writes a day no month can be; month and year alone.
  ['Follow-up - 10/22/2026', [d('10/22/2026', '2026-10-22')]],
  ['biopsy 06/18/2025, CT 03/04/2026', [d('06/18/2025', '2025-06-18'), d('03/04/2026', '2026-03-04')]],
  ['seen 22/10/2026, CT 03/04/2026', [d('22/10/2026', '2026-10-22'), d('03/04/2026', '2026-04-03')]],
  ['1) 11/2021: choroidal melanoma', [d('11/2021', '2021-11')]],
  ['08/2025 - 10/2026', [d('08/2025 - 10/2026', '2025-08', { end: '2026-10' })]],
  ['希釈 1/2000倍', []],
];

function shape(m: DateMention): Expected {
  const e: Expected = { text: m.text, start: m.value.start };
  if (m.value.end) e.end = m.value.end;
  if (m.value.part) e.part = m.value.part;
  if (m.range === 'open') e.range = 'open';
  return e;
}

describe('findDates: table of expressions', () => {
  it('has at least 150 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
  });

  it.each(TABLE.map(([input, expected, options]) => [input, expected, options ?? {}] as const))('%s', (input, expected, options) => {
    const mentions = findDates(input, { anchor: ANCHOR, ...options });
    expect(mentions.map(shape)).toEqual(expected);
    for (const m of mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findDates: chain across calls', () => {
  it('carries the last date (a range end) into the next call', () => {
    const first = findDatesWithChain('11/19～2/10 CBDCA', { anchor: ANCHOR, previous: '2020-11-04' });
    expect(first.last).toBe('2021-02-10');
    const second = findDates('3/2 CT', { anchor: ANCHOR, previous: first.last });
    expect(second[0]!.value.start).toBe('2021-03-02');
  });

  it('a birth date in a header does not give its year to the dates after it', () => {
    const [day] = findDates('氏名（略）　生年月日：昭和23年8月3日\n11/4 CT', { anchor: ANCHOR });
    expect(day!.value.start).toBe('2020-11-04');
  });

  it('marks inferred years', () => {
    const [a, b] = findDates('2021/3/2 CT 3/16 開始', { anchor: ANCHOR });
    expect(a!.yearInferred).toBe(false);
    expect(b!.yearInferred).toBe(true);
  });

  it('a visit day moves the anchor: 昨日 after it is the day before that visit; a partial date there does not', () => {
    const text = 'Date: 2025-06-10\n昨日より咳嗽。\nDate: 2025-06\n本日CT。';
    const span = (s: string, from: number): [number, number] => [text.indexOf(s, from), text.indexOf(s, from) + s.length];
    const visitDays = [span('2025-06-10', 0), span('2025-06', text.indexOf('昨日'))];
    const dates = findDates(text, { anchor: '2025-07-01', visitDays });
    expect(dates.map((m) => [m.text, m.value.start])).toEqual([
      ['2025-06-10', '2025-06-10'],
      ['昨日', '2025-06-09'],
      ['2025-06', '2025-06'],
      ['本日', '2025-06-10'],
    ]);
    // The chain names the visit days it anchored on: the full date, not the month.
    expect(findDatesWithChain(text, { anchor: '2025-07-01', visitDays }).visitDayMentions?.map((m) => m.text)).toEqual(['2025-06-10']);
    // With no visit days, both count from the note's date.
    expect(findDates(text, { anchor: '2025-07-01' }).map((m) => m.value.start)).toEqual(['2025-06-10', '2025-06-30', '2025-06', '2025-07-01']);
  });

  it('without anchor or previous, year-less dates are left unresolved', () => {
    expect(findDates('3/2 CT')).toEqual([]);
    expect(findDates('2021/3/2 CT、3/16 開始').map((m) => m.value.start)).toEqual(['2021-03-02', '2021-03-16']);
  });
});

describe('findDates: days counted from Day 0', () => {
  const found = (text: string) => findDates(text, { anchor: '2026-04-18' }).map((m) => [m.text, m.value.start]);
  it('counts Day N from the day the note calls Day 0, or from a transplant’s or an infusion’s day', () => {
    expect(found('4月11日（Day 0）に輸注した。\nDay 6より発熱、Day 7に血圧低下。')).toEqual([
      ['4月11日', '2026-04-11'],
      ['Day 0', '2026-04-11'],
      ['Day 6', '2026-04-17'],
      ['Day 7', '2026-04-18'],
    ]);
    expect(found('2025/6/24 非血縁者間末梢血幹細胞移植（MAC: BU/CY）\n Day+28 生着確認、Day+30 骨髄検査でCR')).toEqual([
      ['2025/6/24', '2025-06-24'],
      ['Day+28', '2025-07-22'],
      ['Day+30', '2025-07-24'],
    ]);
  });
  it('reads no Day N where the note gives no Day 0, and no dosing day', () => {
    expect(found('Day 5 発熱あり。')).toEqual([]);
    expect(found('2026/4/1 移植予定。Day 5 発熱あり。')).toEqual([['2026/4/1', '2026-04-01']]);
    expect(found('4/11（Day 0）輸注。AMR 40mg/m2 day1-3、Pembro day1,8 q3w')).toEqual([
      ['4/11', '2026-04-11'],
      ['Day 0', '2026-04-11'],
    ]);
  });
});

describe('findDates: every gold date written on its evidence line', () => {
  const cases = DEV_GOLD_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => NoteEventsSchema.parse(JSON.parse(l)))
      .flatMap(({ note, events }) => {
        const mentions = findDates(note.text, { anchor: note.date });
        return events
          .filter((e) => e.date?.text)
          .map((e) => {
            const ev = e.evidence!;
            const ls = note.text.lastIndexOf('\n', ev.start - 1) + 1;
            const nl = note.text.indexOf('\n', ev.end);
            const le = nl < 0 ? note.text.length : nl;
            return { id: note.id, event: e, line: [ls, le] as const, onLine: note.text.slice(ls, le).includes(e.date!.text!), mentions };
          });
      }),
  );

  it('finds enough gold dates to mean something', () => {
    expect(cases.filter((c) => c.onLine).length).toBeGreaterThan(200);
  });

  it.each(cases.filter((c) => c.onLine).map((c) => [`${c.id} ${c.event.type} ${c.event.date!.text}`, c] as const))('%s', (_n, c) => {
    const { event, line, mentions } = c;
    const found = mentions.filter((m) => m.start >= line[0] && m.end <= line[1] && m.text === event.date!.text);
    expect(found.length).toBeGreaterThan(0);
    const want = { start: event.date!.start, end: event.date!.end ?? undefined, part: event.date!.part ?? undefined };
    expect(found.map((m) => ({ start: m.value.start, end: m.value.end, part: m.value.part }))).toContainEqual(want);
  });
});
