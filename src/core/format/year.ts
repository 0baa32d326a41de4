/**
 * When a number is a year, and how a year is written. A year is a name, not a quantity: it is
 * never grouped ("2,019") nor given decimals ("2019.0"), in any language — statistics bulletins
 * (国民经济和社会发展统计公报), the World Bank's tables and Eurostat all write "2019".
 *
 * The rule, one for every widget:
 * - every number of the column is an integer from 1000 to 2999 (the range the period reader
 *   takes as years: 1, 2, 3 are counts, 12000 is not a year), and
 * - the column's header names no unit in brackets ("剂量（毫克）", "Distance (km)") and its cells
 *   carry none ("1500米"): a quantity that happens to be 1000–2999 says what it counts.
 * A header that names a year (年份, 年度, Year, Fiscal year) is a year column even where the
 * widget was told to read its x as numbers (x-type="number").
 *
 * The header decides before the numbers do (namesQuantity): a header that names a time (年份,
 * 完成时间, 统计年度, 期限, Year, Date, Period) leaves them to the rule above; one that names a unit
 * ("海拔（米）") or any other thing ("海拔", "排量", "功率", "人数", "Altitude") makes them a quantity —
 * 1000, 1500, 2000 metres are not the years 1000, 1500, 2000; a bare or generic header ("", "x",
 * "横轴", "类别", "label") keeps the rule above, as nothing says otherwise.
 */
import { toHalfWidth } from './numeral.js';

/** "年", "年份", "统计年度", "Year", "Fiscal year", "report_year", "yr": a header naming a year. */
const YEAR_NAME = /^(?:年|.*年份|.*年度)$|(?:^|[\s_-])(?:year|yr)s?$/i;
/** A unit in brackets at the end of a header: "剂量（毫克）", "Distance (km)", "高度[m]". */
const UNIT_IN_NAME = /[（(［[][^）)］\]]+[）)］\]]\s*$/;
/**
 * A rate written straight after the header's words, as bulletins' tables print it: "比上年增长%",
 * "增速‰" (蚌埠市2024年统计公报). Not a number's own sign ("增长5%") nor a header that is only "%".
 * Here, where the first paint reads headers (namesUnit); header-unit.ts reads the unit with it.
 */
export const TRAILING_RATE = /[^\d\s.%‰％]\s*([%‰％])$/;

/** The header names a year ("年份", "Year", "时间（年）", "Year (FY)"), whatever its values. */
export function isYearName(name: string): boolean {
  const s = toHalfWidth(name).trim();
  const unit = /^(.*?)\s*[([]\s*([^)\]]*?)\s*[)\]]$/.exec(s);
  // A bracket naming the year as the unit ("时间（年）", "Period (year)") says the same.
  return YEAR_NAME.test(unit ? (unit[1] ?? '') : s) || (unit !== null && YEAR_NAME.test(unit[2] ?? ''));
}

/** Headers that say nothing of what their numbers are. */
const GENERIC_NAME = /^(?:[a-z]?|x轴|y轴|横轴|横坐标|key|label|name|category|group|id|no\.?|index|value|序号|编号|名称|类别|分类|分组|项目|指标|标签|column\s*\d*|列\s*\d*)$/i;
/**
 * A header naming a time: "年份", "完成时间", "统计年度", "期限", "截止日期", "Fiscal year", "Date",
 * "Period"; or an event a date is given for ("计划完成", "竣工", "投产": a deadline column).
 */
const TIME_NAME = /(?:年|年份|年度|时间|日期|时期|期间|期限|时点|届|完成|竣工|建成|投产|投用|开工|到期)$|(?:^|[\s_-])(?:years?|yrs?|dates?|times?|periods?|fy|deadline|due)$/i;

/** The header names a time: "年份", "竣工年份", "完成时间", "期限", "Year", "Date", "Period". */
export function namesTime(name: string): boolean {
  const s = toHalfWidth(name).trim();
  return isYearName(s) || TIME_NAME.test(s);
}

/**
 * The header says its numbers are a quantity, not years: it names a unit ("海拔（米）") or a thing
 * that is not a time ("海拔", "排量", "Power"). A header naming a time, or none, does not.
 */
export function namesQuantity(name: string): boolean {
  const s = toHalfWidth(name).trim();
  if (isYearName(s)) return false;
  if (namesUnit(s)) return true;
  return !GENERIC_NAME.test(s) && !TIME_NAME.test(s);
}

/** The header says what unit its numbers are in: they are a quantity, not years. */
export function namesUnit(name: string): boolean {
  return UNIT_IN_NAME.test(name.trim()) || TRAILING_RATE.test(name.trim());
}

/** An integer from 1000 to 2999: a number the period reader takes as a year. */
export function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1000 && n <= 2999;
}

/**
 * The numbers of a column are years: all of them year numbers, at least one present, and the
 * column neither names a unit nor carries one in its cells (`unit`, the typed column's).
 */
export function areYears(values: ArrayLike<number>, name = '', unit = ''): boolean {
  if (values.length === 0 || unit !== '' || namesQuantity(name)) return false;
  for (let i = 0; i < values.length; i++) if (!isYearNumber(values[i] as number)) return false;
  return true;
}

/**
 * The numbers of a column named `name` are years: a header naming a year takes any whole years
 * (999, 2019); any other, those `areYears` takes.
 */
export function yearColumn(values: ArrayLike<number>, name = '', unit = ''): boolean {
  if (!isYearName(name)) return areYears(values, name, unit);
  if (values.length === 0) return false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v) || v < 1 || v > 9999) return false;
  }
  return true;
}

/** A year as every source writes it: its digits, no grouping, no decimals ("2019"). */
export function formatYear(year: number): string {
  return String(Math.trunc(year));
}
