/**
 * The figures of the article the library was built for (连网, 2021-01-15: the 2021 government work
 * report of 海州区) that several stories draw, written once: the bar chart and the waffle show the
 * same project targets, and each used to copy the rows, the note and the source line. Values as
 * the report writes them (units in the cells); src/data/haizhou-2021.ts holds every figure with
 * its quote and offsets, for tests.
 */

/** The source line of every story drawn from the work report. */
export const REPORT_SOURCE = '海州区2021年政府工作报告（据连网报道《干出快节奏 跑出“加速度” 海州全力以赴赶考“十四五”》）';

type Row = Record<string, string>;

/** A story's args drawn from the report: its note, the report as source, the rows. */
const fromReport = <R extends Row>(notes: string, data: R[]): { notes: string; source: string; data: R[] } => ({ notes, source: REPORT_SOURCE, data });

/** "新引进过亿元项目80个，过10亿元项目10个": the second is part of the first, and both are targets. */
export const PROJECT_TARGETS = fromReport('目标值，非实际完成数。原文：“新引进过亿元项目80个，过10亿元项目10个”。', [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '过10亿元项目', 目标: '10个' },
]);

/** The building-economy targets: each a floor ("以上", "不少于"), each in its own unit. */
export const BUILDING_TARGETS = fromReport('均为下限目标（“以上”“不少于”），单位各不相同。', [
  { 指标: '税收过千万元楼宇', 目标: '20栋' },
  { 指标: '引进总部经济', 目标: '10家' },
  { 指标: '新增入驻楼宇企业', 目标: '500家' },
  { 指标: '吸纳技术型人才', 目标: '1000人' },
]);
