/**
 * A column of positions, not amounts: 排名, 名次, 全省位次, 序号, 编号, No., #, rank. Its numbers say
 * where a row stands (1st … 5th), so a chart that drew them as lengths would give the 5th the
 * longest bar and call it the largest. Widgets and the builder leave such a column out of what is
 * drawn unless it is named (`value="排名"`); it stays in the data table.
 */
export const RANK_HEADER = /(?:排名|名次|位次|排序|序号|编号)$|^(?:序|no\.?|#|rank|ranking|order)$/i;

/** Whether a column's header names a rank or a row number. */
export const isRankColumn = (name: string): boolean => RANK_HEADER.test(name.trim());
