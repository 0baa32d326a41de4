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
 */
import { toHalfWidth } from './numeral.js';

/** "年", "年份", "统计年度", "Year", "Fiscal year", "report_year", "yr": a header naming a year. */
const YEAR_NAME = /^(?:年|.*年份|.*年度)$|(?:^|[\s_-])(?:year|yr)s?$/i;
/** A unit in brackets at the end of a header: "剂量（毫克）", "Distance (km)", "高度[m]". */
const UNIT_IN_NAME = /[（(［[][^）)］\]]+[）)］\]]\s*$/;

/** The header names a year ("年份", "Year", "时间（年）", "Year (FY)"), whatever its values. */
export function isYearName(name: string): boolean {
  const s = toHalfWidth(name).trim();
  const unit = /^(.*?)\s*[([]\s*([^)\]]*?)\s*[)\]]$/.exec(s);
  // A bracket naming the year as the unit ("时间（年）", "Period (year)") says the same.
  return YEAR_NAME.test(unit ? (unit[1] ?? '') : s) || (unit !== null && YEAR_NAME.test(unit[2] ?? ''));
}

/** The header says what unit its numbers are in: they are a quantity, not years. */
export function namesUnit(name: string): boolean {
  return UNIT_IN_NAME.test(name.trim());
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
  if (values.length === 0 || unit !== '' || namesUnit(name)) return false;
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
