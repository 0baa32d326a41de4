/**
 * The lines published under a table — "注：绝对额按现价计算，增长速度按不变价计算。", "资料来源：
 * 江苏省统计局" — belong under the chart too: a note qualifies the figures (constant prices, a
 * changed threshold), and a chart without it says more than its source did. Read once, when the
 * table is pasted, into the notes and the source the editor can still change.
 */
const MARK = /(?:[【[（(]\s*)?(注释|附注|备注|注|说明|资料来源|数据来源|来源|notes?|sources?)\s*\d*\s*(?:[】\]）)]\s*[:：]?|[:：])\s*/giu;
const SOURCE = /来源|source/i;

export interface FooterParts {
  /** The notes, each with its mark as written ("注：…"). */
  notes: string;
  /** Who published the figures, its mark dropped ("江苏省统计局"). */
  source: string;
}

/** A table's footer (grid.ts keeps its lines joined by a space) → notes and source. */
export function footerParts(footer: string): FooterParts {
  const text = footer.trim();
  const marks = [...text.matchAll(MARK)].filter((m) => m.index === 0 || /\s/.test(text[m.index - 1] ?? ''));
  if (marks.length === 0) return { notes: text, source: '' };
  const notes: string[] = [];
  const sources: string[] = [];
  marks.forEach((m, i) => {
    const end = marks[i + 1]?.index ?? text.length;
    const body = text.slice(m.index + m[0].length, end).trim();
    if (body === '') return;
    if (SOURCE.test(m[1] ?? '')) sources.push(body.replace(/[。.]$/u, ''));
    else notes.push(text.slice(m.index, end).trim());
  });
  return { notes: notes.join(' '), source: sources.join('；') };
}
