/** The article's construction projects as tracker rows, shared by the tracker's tests. */
import { PROJECTS } from '../../../src/data/haizhou-2021.js';

/** The article's projects as an editor would write them: one row per project or phase, stage in the article's words. */
export function articleRows(): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  for (const p of PROJECTS) {
    const phased = p.stages.filter((s) => /^[一二三]期/.test(s.text) || /^[一二三]期/.test(s.stage));
    if (phased.length === 0) {
      rows.push({ 项目: p.name, 阶段: p.stages.map((s) => s.text).join('，'), 截至: '2021-01-15' });
      continue;
    }
    // 联宇: the running line and 一期 in use are phase one; 二期 fits out.
    const first = p.stages.filter((s) => !s.stage.startsWith('二期'));
    const second = p.stages.filter((s) => s.stage.startsWith('二期'));
    rows.push({ 项目: p.name, 分期: '一期', 阶段: first.map((s) => s.text).join('，'), 截至: '2021-01-15', 总投资: p.figures.find((f) => f.id === 'investment')?.text ?? '' });
    rows.push({ 项目: p.name, 分期: '二期', 阶段: second.map((s) => s.text).join('，'), 截至: '2021-01-15', 总投资: '' });
  }
  return rows;
}

