/**
 * Deadlines as plans and project news write them: the instant each falls due, its span, and how
 * it is written back. Forms taken from published texts:
 * - 吴川市重点项目推进会 (2021-05-19, http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html):
 *   "要在6月10日前完成", "要确保在2021年6月底竣工", "计划在6月竣工建成";
 * - 咸阳市2025年政府工作报告 (https://trucostecnicos.com/article/26714.html): "预计到2024年底";
 * - 2025年政府工作报告: 2025 is the year "十四五" ends ("十四五"末);
 * - 上旬/中旬/下旬 (a month's first, middle, last ten days): 新华社 2019-06-22 on 进博会 works, "计划10月中旬
 *   地道部分具备通车条件" (http://ljzjr.cn/china/2019/0622/c_46979.html); 宿松 人民路, "预计…在9月中旬全部完成"
 *   (https://www.ah788.com/archiver/tid-1427593.html); 南通 "自2018年9月下旬开工"
 *   (http://www.jsthjsgc.com/News_Info.aspx?id=756). They were not read ("无法识别时期").
 * - the article's year by name: "确保完成今年投资计划" (滇中, 中国网 2016-05-24,
 *   http://nobaperformance.net/newInfo.aspx?id=241), "明年投资678亿元" (天津, https://ccement.com/news/content/1242961.html);
 *   "年底前实现开工", "年内开工" (上海重大工程, 2015-11-25). 今年年底前, 2025年年底, 2025年以内 and 2030年左右 / 前后
 *   are the same words combined; 2030年左右 names no day (about the year).
 * - the board's month and quarter, and mid-year: 泸州 省重点项目 (川投泸州天然气发电项目, "预计本月底可实现…主厂房封顶",
 *   http://bid.caigoupt.com/info-280697852.html); 月底前, 季末, 本季度末, 年中 and 2025年年中 as the issue (s10) quotes
 *   them from plans — the same month / quarter / half-year ends the corpus above reads when written out.
 */
import { expect } from '@open-wc/testing';
import { deadlineOrder, deadlinePassed, formatDeadline, readDeadline, type DeadlineContext, type DeadlineKind } from '../../../src/core/format/period-deadline.js';
import { readPeriod } from '../../../src/core/format/period.js';

const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString().slice(0, 10));

/** text, kind, due (first day after it; null: no day to compute), zh, en — read with a context year of 2025. */
type Row = [text: string, kind: DeadlineKind, due: string | null, zh: string, en: string];
const CORPUS: Row[] = [
  ['2025年底', 'end', '2026-01-01', '2025年底', 'end of 2025'],
  ['2025年末', 'end', '2026-01-01', '2025年末', 'end of 2025'],
  ['2025年底前', 'end', '2026-01-01', '2025年底前', 'end of 2025'],
  ['到2024年底', 'end', '2025-01-01', '到2024年底', 'end of 2024'],
  ['年底', 'end', '2026-01-01', '年底', 'end of 2025'],
  ['年底前', 'end', '2026-01-01', '年底前', 'end of 2025'],
  ['到年底', 'end', '2026-01-01', '到年底', 'end of 2025'],
  ['２０２５年底', 'end', '2026-01-01', '２０２５年底', 'end of 2025'],
  ['2025 年 底', 'end', '2026-01-01', '2025 年 底', 'end of 2025'],
  ['2025年度末', 'end', '2026-01-01', '2025年度末', 'end of 2025'],
  ['6月底', 'end', '2025-07-01', '6月底', 'end of Jun 2025'],
  ['2021年6月底', 'end', '2021-07-01', '2021年6月底', 'end of Jun 2021'],
  ['6月末', 'end', '2025-07-01', '6月末', 'end of Jun 2025'],
  ['三季度末', 'end', '2025-10-01', '三季度末', 'end of Q3 2025'],
  ['上半年末', 'end', '2025-07-01', '上半年末', 'end of H1 2025'],
  ['“十四五”末', 'end', '2026-01-01', '“十四五”末', 'end of the 14th Five-Year Plan (2021–2025)'],
  ['十四五末', 'end', '2026-01-01', '十四五末', 'end of the 14th Five-Year Plan (2021–2025)'],
  ['2025年前', 'by', '2026-01-01', '2025年前', 'by 2025'],
  ['2025年以前', 'by', '2026-01-01', '2025年以前', 'by 2025'],
  ['到2025年', 'by', '2026-01-01', '到2025年', 'by 2025'],
  ['2023年6月30日前', 'by', '2023-07-01', '2023年6月30日前', 'by Jun 30, 2023'],
  ['6月10日前', 'by', '2025-06-11', '6月10日前', 'by Jun 10, 2025'],
  ['10月中旬', 'by', '2025-10-21', '10月中旬', 'by mid-Oct 2025'],
  ['9月中旬前', 'by', '2025-09-21', '9月中旬前', 'by mid-Sep 2025'],
  ['2018年9月下旬', 'by', '2018-10-01', '2018年9月下旬', 'by late Sep 2018'],
  ['2月下旬', 'by', '2025-03-01', '2月下旬', 'by late Feb 2025'],
  ['到6月上旬', 'by', '2025-06-11', '到6月上旬', 'by early Jun 2025'],
  ['11月20日', 'period', '2025-11-21', '11月20日', 'Nov 20, 2025'],
  ['今年年底前', 'end', '2026-01-01', '今年年底前', 'end of 2025'],
  ['今年底', 'end', '2026-01-01', '今年底', 'end of 2025'],
  ['明年6月', 'period', '2026-07-01', '明年6月', 'Jun 2026'],
  ['明年年内', 'within', '2027-01-01', '明年年内', 'within 2026'],
  ['2025年年底', 'end', '2026-01-01', '2025年年底', 'end of 2025'],
  ['2025年以内', 'within', '2026-01-01', '2025年以内', 'within 2025'],
  ['2030年左右', 'about', null, '2030年左右', 'around 2030'],
  ['2025年前后', 'about', null, '2025年前后', 'around 2025'],
  ['上半年', 'period', '2025-07-01', '上半年', 'H1 2025'],
  ['下半年', 'period', '2026-01-01', '下半年', 'H2 2025'],
  ['2024年9月', 'period', '2024-10-01', '2024年9月', 'Sep 2024'],
  ['2025', 'period', '2026-01-01', '2025', '2025'],
  ['年内', 'within', '2026-01-01', '年内', 'within 2025'],
  ['2026年内', 'within', '2027-01-01', '2026年内', 'within 2026'],
  ['年初', 'early', null, '年初', 'early 2025'],
  ['2026年初', 'early', null, '2026年初', 'early 2026'],
  ['春节前', 'words', null, '春节前', 'before the Spring Festival'],
  ['汛期前', 'words', null, '汛期前', 'before the flood season'],
  ['2026年春节前', 'words', null, '2026年春节前', 'before the Spring Festival 2026'],
  ['开学前', 'words', null, '开学前', '开学前'],
];

describe('deadlines as plans write them', () => {
  for (const [text, kind, due, zh, en] of CORPUS) {
    it(`"${text}" falls due ${due ?? 'at no computable day'}`, () => {
      const d = readDeadline(text, { year: 2025 });
      expect(d, text).to.not.equal(null);
      expect([d?.kind, iso(d?.end ?? null)], text).to.deep.equal([kind, due]);
      expect(formatDeadline(d!, 'zh-CN'), text).to.equal(zh);
      expect(formatDeadline(d!, 'en'), text).to.equal(en);
    });
  }

  it('2025年底 is the end of 2025, not the day "Dec 31" a stock figure means', () => {
    const d = readDeadline('2025年底')!;
    expect(iso(d.span!.start)).to.equal('2025-01-01');
    expect(formatDeadline(d, 'en')).to.not.match(/Dec/);
    // The period reader keeps the stock meaning (年末总人口 as at 31 December) for charts.
    expect(iso(readPeriod('2025年底')!.start)).to.equal('2025-12-31');
  });

  it('is not past before its end: 2025年底 on 2025-06-01 and on 2025-12-31; past on 2026-01-01', () => {
    const d = readDeadline('2025年底')!;
    expect(deadlinePassed(d, Date.UTC(2025, 5, 1))).to.equal(false);
    expect(deadlinePassed(d, Date.UTC(2025, 11, 31, 23))).to.equal(false);
    expect(deadlinePassed(d, Date.UTC(2026, 0, 1))).to.equal(true);
    // "by 30 June" is still kept on 30 June.
    expect(deadlinePassed(readDeadline('2023年6月30日前')!, Date.UTC(2023, 5, 30, 12))).to.equal(false);
  });

  it('words that name no date give no answer, never a guessed one', () => {
    for (const text of ['春节前', '汛期前', '年初', '2026年初']) {
      expect(deadlinePassed(readDeadline(text, { year: 2025 })!, Date.UTC(2030, 0, 1)), text).to.equal(null);
    }
  });

  it('a year the words do not write and nothing gives is not invented', () => {
    expect(readDeadline('年底')).to.equal(null);
    expect(readDeadline('6月底')).to.equal(null);
    expect(readDeadline('年内')!.end).to.equal(null);
    expect(formatDeadline(readDeadline('年内')!, 'en')).to.equal('within the year');
  });

  it('sorts by when each falls due; those with no day last', () => {
    const texts = ['春节前', '2025年底', '6月底', '2024年9月', '三季度末'];
    const sorted = [...texts].sort((a, b) => deadlineOrder(readDeadline(a, { year: 2025 })!) - deadlineOrder(readDeadline(b, { year: 2025 })!));
    expect(sorted).to.deep.equal(['2024年9月', '6月底', '三季度末', '2025年底', '春节前']);
  });

  it('is not a deadline: a sentence, words with no 前, an empty cell', () => {
    for (const text of ['近期', '', '尽快完成主体施工并投入使用', '年前', '目前', '此前', '提前', '日前', '当前'] as const) expect(readDeadline(text, { year: 2025 }), text).to.equal(null);
  });

  // Read against a board dated March 2025: 本月底 is the end of March, 季末 of Q1, 年中 30 June.
  it('年中, 本月底 / 月底前, 季末 / 本季度末 are the board\'s mid-year, month end and quarter end', () => {
    const rows: Array<[string, string, string]> = [
      ['年中', '2025-07-01', 'mid-2025'],
      ['年中前', '2025-07-01', 'mid-2025'],
      ['2026年年中', '2026-07-01', 'mid-2026'],
      ['2026年中', '2026-07-01', 'mid-2026'],
      ['今年年中', '2025-07-01', 'mid-2025'],
      ['本月底', '2025-04-01', 'end of Mar 2025'],
      ['月底前', '2025-04-01', 'end of Mar 2025'],
      ['本月末', '2025-04-01', 'end of Mar 2025'],
      ['季末', '2025-04-01', 'end of Q1 2025'],
      ['本季度末', '2025-04-01', 'end of Q1 2025'],
      ['年内', '2026-01-01', 'within 2025'],
    ];
    for (const [text, due, en] of rows) {
      const d = readDeadline(text, { year: 2025, month: 3 });
      expect(iso(d?.end ?? null), text).to.equal(due);
      expect(formatDeadline(d!, 'zh-CN'), text).to.equal(text);
      expect(formatDeadline(d!, 'en'), text).to.equal(en);
    }
    // A board dated in November: its quarter is the fourth.
    expect(iso(readDeadline('本季度末', { year: 2025, month: 11 })!.end)).to.equal('2026-01-01');
    expect(iso(readDeadline('本月底', { year: 2024, month: 2 })!.end)).to.equal('2024-03-01');
  });

  it('with no date on the board, 年中 / 本月底 / 季末 say less: kept as written, no day, no status', () => {
    const rows: Array<[string, DeadlineContext, string]> = [
      ['年中', {}, 'mid-year'],
      ['本月底', { year: 2025 }, 'end of the month'],
      ['月底前', {}, 'end of the month'],
      ['季末', { year: 2025 }, 'end of the quarter'],
      ['本季度末', {}, 'end of the quarter'],
    ];
    for (const [text, context, en] of rows) {
      const d = readDeadline(text, context)!;
      expect(d, text).to.not.equal(null);
      expect([d.end, d.span], text).to.deep.equal([null, null]);
      expect(deadlinePassed(d, Date.UTC(2030, 0, 1)), text).to.equal(null);
      expect(formatDeadline(d, 'zh-CN')).to.equal(text);
      expect(formatDeadline(d, 'en'), text).to.equal(en);
    }
    // 中 alone, 年中期 or 季度 are no deadline.
    for (const text of ['中', '年中期', '季度', '月份']) expect(readDeadline(text, { year: 2025, month: 3 }), text).to.equal(null);
  });
});
