import { expect } from '@open-wc/testing';
import { targetStatus, type StatusInput } from '../../../src/widgets/targets/targets.judge.js';
import { elapsedShare, parseDateEnd, parsePeriod } from '../../../src/widgets/targets/targets.status.js';

const day = (s: string): number => Date.parse(`${s}T00:00:00Z`);
const Y2021 = parsePeriod('2021')!;
const cp = (date: string, value: number) => ({ date: parseDateEnd(date)!, value, label: date });
const base = (over: Partial<StatusInput>): StatusInput => ({
  comparator: 'ge', kind: 'level', unit: '亩', target: 1000, baseline: 0, checkpoints: [], period: Y2021, tolerance: 0.05, ...over,
});

describe('targets.status: dates and periods', () => {
  it('reads periods as editors write them', () => {
    expect(parsePeriod('2021')).to.deep.equal({ start: day('2021-01-01'), end: day('2022-01-01') });
    expect(parsePeriod('2021-2025')).to.deep.equal({ start: day('2021-01-01'), end: day('2026-01-01') });
    expect(parsePeriod('2021年—2025年')).to.deep.equal(parsePeriod('2021/2025'));
    expect(parsePeriod('十四五')).to.deep.equal(parsePeriod('2021-2025'));
    expect(parsePeriod('2021-01-01/2021-06-30')).to.deep.equal({ start: day('2021-01-01'), end: day('2021-07-01') });
    expect(parsePeriod('2025-2021')).to.equal(null);
    expect(parsePeriod('soon')).to.equal(null);
  });

  it('reads a checkpoint date as the end of the span it names', () => {
    expect(parseDateEnd('2021')).to.equal(day('2022-01-01'));
    expect(parseDateEnd('2021-06')).to.equal(day('2021-07-01'));
    expect(parseDateEnd('2021年6月')).to.equal(day('2021-07-01'));
    expect(parseDateEnd('2021-06-30')).to.equal(day('2021-07-01'));
    expect(parseDateEnd('2021H1')).to.equal(day('2021-07-01'));
    expect(parseDateEnd('2021Q3')).to.equal(day('2021-10-01'));
    expect(parseDateEnd('1-6月份', 2021)).to.equal(day('2021-07-01'));
    expect(parseDateEnd('1-6月')).to.equal(null);
    expect(parseDateEnd('2021-02-30')).to.equal(null);
    expect(parseDateEnd('2021-13')).to.equal(null);
  });

  it('measures the share of the period gone by, clamped to 0–1', () => {
    expect(elapsedShare(Y2021, day('2021-01-01'))).to.equal(0);
    expect(elapsedShare(Y2021, parseDateEnd('2021-01-01')!)).to.equal(1 / 365);
    expect(elapsedShare(Y2021, parseDateEnd('2021-12-31')!)).to.equal(1);
    expect(elapsedShare(Y2021, day('2020-06-01'))).to.equal(0);
    expect(elapsedShare(Y2021, day('2023-01-01'))).to.equal(1);
  });
});

describe('targets.status: status at the boundaries', () => {
  it('is not yet reported without actuals (missing is never zero)', () => {
    const r = targetStatus(base({}));
    expect(r).to.deep.equal({ status: 'not-reported', mode: 'reach', measure: 'amount', elapsed: 0, expected: null, met: false, final: false, detail: { kind: 'none' } });
  });

  it('on the first day, any start is on pace; nothing is behind yet', () => {
    const r = targetStatus(base({ checkpoints: [cp('2021-01-01', 3)] }));
    expect(r.status).to.equal('on-track');
    expect(r.elapsed).to.equal(1 / 365);
    expect(r.expected).to.be.closeTo(1000 / 365, 1e-9);
    expect(targetStatus(base({ checkpoints: [cp('2021-01-01', 2)] })).status).to.equal('behind');
  });

  it('on the last day, short of the target is missed and reaching it achieved (final)', () => {
    const short = targetStatus(base({ checkpoints: [cp('2021-12-31', 999)] }));
    expect(short).to.deep.equal({ status: 'missed', mode: 'reach', measure: 'amount', elapsed: 1, expected: 1000, met: false, final: true, detail: { kind: 'progress', share: 0.999 } });
    const reached = targetStatus(base({ checkpoints: [cp('2021-12-31', 1000)] }));
    expect(reached.status).to.equal('achieved');
    expect(reached.final).to.equal(true);
  });

  it('paces from the baseline: halfway through the year, 620 of 1000 is on track and 400 behind', () => {
    const h1 = parseDateEnd('2021-06-30')!;
    const share = (h1 - Y2021.start) / (Y2021.end - Y2021.start);
    expect(targetStatus(base({ checkpoints: [cp('2021-06-30', 620)] })).status).to.equal('on-track');
    expect(targetStatus(base({ checkpoints: [cp('2021-06-30', 400)] })).status).to.equal('behind');
    const withBase = targetStatus(base({ baseline: 200, checkpoints: [cp('2021-06-30', 500)] }));
    expect(withBase.expected).to.be.closeTo(200 + 800 * share, 1e-9);
    expect(withBase.status).to.equal('behind');
  });

  it('a target met early is achieved at once', () => {
    const r = targetStatus(base({ checkpoints: [cp('2021-03', 400), cp('2021-06', 1050)] }));
    expect(r.status).to.equal('achieved');
    expect(r.final).to.equal(false);
    expect(targetStatus(base({ checkpoints: [cp('2021-06', 1050)] })).detail).to.deep.equal({ kind: 'progress', share: 1.05 });
  });

  it('> needs more than the target: exactly 400亿 at the end is missed', () => {
    const gt = base({ comparator: 'gt', target: 4e10, unit: '元' });
    expect(targetStatus({ ...gt, checkpoints: [cp('2021', 4e10)] }).status).to.equal('missed');
    expect(targetStatus({ ...gt, checkpoints: [cp('2021', 4.0001e10)] }).status).to.equal('achieved');
  });

  it('a ≤ cap exceeded by an amount is missed at once; a rate over its cap is only behind until the end', () => {
    const cap = base({ comparator: 'le', target: 100, unit: '万吨' });
    expect(targetStatus({ ...cap, checkpoints: [cp('2021-06', 104)] }).status).to.equal('missed');
    expect(targetStatus({ ...cap, checkpoints: [cp('2021-06', 40)] }).status).to.equal('on-track');
    // A cap is within or over, never paced: 60 of a 100 cap by June is within it, 40 to spare.
    expect(targetStatus({ ...cap, checkpoints: [cp('2021-06', 60)] })).to.deep.include({ status: 'on-track', detail: { kind: 'headroom', by: 40, bound: 'upper' } });
    expect(targetStatus({ ...cap, checkpoints: [cp('2021', 100)] }).status).to.equal('achieved');
    const rate = base({ comparator: 'le', target: 3, unit: '%', kind: 'level' });
    expect(targetStatus({ ...rate, checkpoints: [cp('2021-06', 3.4)] }).status).to.equal('behind');
    expect(targetStatus({ ...rate, checkpoints: [cp('2021', 3.4)] }).status).to.equal('missed');
    expect(targetStatus({ ...rate, checkpoints: [cp('2021', 2.9)] }).status).to.equal('achieved');
  });

  it('growth is judged as it stands, never pro-rated: +8.5% mid-year against +12% is behind', () => {
    const g = base({ comparator: 'eq', kind: 'growth', unit: '%', target: 12 });
    expect(targetStatus({ ...g, checkpoints: [cp('2021-06', 8.5)] }).status).to.equal('behind');
    expect(targetStatus({ ...g, checkpoints: [cp('2021-06', 12.5)] }).status).to.equal('on-track');
    expect(targetStatus({ ...g, checkpoints: [cp('2021', 12.5)] }).status).to.equal('achieved');
    // A rate is compared as it stands, in points: no "完成目标的 N%".
    expect(targetStatus({ ...g, checkpoints: [cp('2021-06', 9)] }).detail).to.deep.equal({ kind: 'distance', by: -3 });
  });

  it('≈ counts within the tolerance either side', () => {
    const a = base({ comparator: 'approx', kind: 'growth', unit: '%', target: 5.5, tolerance: 0.05 });
    expect(targetStatus({ ...a, checkpoints: [cp('2021', 5.3)] }).status).to.equal('achieved');
    expect(targetStatus({ ...a, checkpoints: [cp('2021', 5.2)] }).status).to.equal('missed');
    // Past the band on the side the target points to is more than promised, never short.
    expect(targetStatus({ ...a, checkpoints: [cp('2021', 5.8)] }).status).to.equal('achieved');
    const amount = base({ comparator: 'approx', target: 100, unit: '亿元' });
    expect(targetStatus({ ...amount, checkpoints: [cp('2021-06', 106)] }).status).to.equal('achieved');
    expect(targetStatus({ ...amount, checkpoints: [cp('2021-06', 50)] }).status).to.equal('on-track');
  });

  it('the latest checkpoint decides, whatever order the data came in once sorted', () => {
    const r = targetStatus(base({ checkpoints: [cp('2021-03', 100), cp('2021-09', 900)] }));
    expect(r.status).to.equal('on-track');
  });
});
