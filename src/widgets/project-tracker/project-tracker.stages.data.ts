/**
 * The pipeline a tracker places projects on, and how a description is read against it. Pure. The
 * default stages with the words reporters use for each (签约 … 竣工 … 投产/投用), a page's own
 * `stages` list, and the reading: the longest stage word at each place, none inside the project's
 * own name. The builder's paragraph reader and its checks read stages with these too (a `.data` module:
 * builder logic may import it, docs/ARCHITECTURE.md).
 */
export interface StageDef {
  /** As shown in the header: "投产/投用". */
  name: string;
  /** English header for the default pipeline. */
  en?: string;
  /** Words that place a project at this stage ("浇筑地基" → 基础施工). The name and its "/" parts always do. */
  aliases: readonly string[];
}

export const DEFAULT_STAGES: readonly StageDef[] = [
  { name: '签约', en: 'Signed', aliases: ['签约', '签订', '落户'] },
  { name: '开工', en: 'Started', aliases: ['开工', '动工', '开建'] },
  { name: '基础施工', en: 'Foundations', aliases: ['地基', '基础', '桩基', '浇筑'] },
  { name: '主体施工', en: 'Structure', aliases: ['主体施工', '主体建设', '脚手架', '外墙', '钢结构'] },
  // The structure is done, not the project: "主体结构完工", "主体工程已全部完工" stay here ("…" below).
  { name: '封顶', en: 'Topped out', aliases: ['封顶', '主体完工', '主体基本完工', '主体竣工', '主体…完工', '主体…竣工', '主体…建成', '主体…交工'] },
  { name: '装修', en: 'Fit-out', aliases: ['装修', '内部施工', '装饰', '设备安装'] },
  // Built but not yet said to be in use ("建成", "通过竣工验收"); ready for traffic is not traffic.
  {
    name: '竣工',
    en: 'Completed',
    aliases: ['建成', '完工', '交工', '具备通车条件', '具备开通条件', '具备开通运营条件', '具备通航条件', '具备投用条件', '具备投产条件', '具备运营条件'],
  },
  // In use: a road open to traffic, a line in service, a plant producing. "开通" alone also opens a
  // hotline or a green channel for firms, so only its construction phrases count; "通水"/"通电"
  // alone is also a site's utilities before work starts ("三通一平"), so it is not a stage.
  {
    name: '投产/投用',
    en: 'In operation',
    aliases: ['投产', '投用', '投入使用', '投入运行', '运营', '投运', '通车', '通航', '交付使用', '开通运营', '开通使用', '正式开通', '全线开通', '建成开通', '全线通水', '正式通水', '建成通水', '并网发电'],
  },
];

/**
 * Words that hold a stage's word and name no stage: an area ("建成区"), a length ("通车里程"),
 * infrastructure ("基础设施", not foundations), a readiness that comes before the stage
 * ("具备开工条件"), a railway's formal name ("新建成都至达州至万州高速铁路": 新建 + 成都, not
 * 新建成). Read as the longest word at their place, they hide the word inside them.
 */
const NOT_STAGES: readonly string[] = ['基础设施', '建成区', '通车里程', '运营里程', '具备开工条件', '具备动工条件', '新建成都'];

/** The library's words for a stage: its name, the parts of a name like "投产/投用", and its aliases. */
export function stageWords(s: StageDef): string[] {
  return [s.name, ...s.name.split('/'), ...s.aliases].filter(Boolean);
}

/**
 * A cell that only names the stage in one of the library's words ("开工", "投产", "动工"): it says
 * nothing the stage's own label does not, so an English page writes the label ("Started") and not
 * the Chinese word again; a description ("已签约，已开工", "主体封顶") is the data's, shown as published.
 */
export function namesStage(text: string, s: StageDef): boolean {
  const t = text.replace(/\s+/g, '');
  return t !== '' && stageWords(s).includes(t);
}

/**
 * "签约,开工,…" (either comma) → stages matched by name and by its "/" parts. A name the default
 * pipeline knows by another of its words ("投产", "动工") keeps its Chinese as written and takes that
 * stage's English, unless two names would then read alike in English.
 */
export function parseStages(list: string | null | undefined): readonly StageDef[] {
  const names = (list ?? '').split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return DEFAULT_STAGES;
  const known = names.map((name) => DEFAULT_STAGES.find((d) => d.name === name) ?? DEFAULT_STAGES.find((d) => namesStage(name, d)));
  return names.map((name, i) => {
    const d = known[i];
    if (d?.name === name) return d;
    const alone = d && known.filter((k) => k === d).length === 1;
    return alone && d.en ? { name, en: d.en, aliases: [] } : { name, aliases: [] };
  });
}

/** Where a word occurs in a text: "主体…完工" is 主体, then 完工 within the same clause. */
function occurrences(text: string, word: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (word.includes('…')) {
    // A stage named in the page's stages attribute is the author's text: never a pattern.
    const [head = '', tail = ''] = word.split('…').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const re = new RegExp(`${head}[^，,；;。、]{0,6}?${tail}`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push([i, i + word.length]);
  return out;
}

export interface StageHit {
  /** The stage's index in the pipeline. */
  stage: number;
  from: number;
  to: number;
}

/**
 * The stage words a text says, in order, each the longest word at its place: a word inside a
 * longer word of another stage does not count ("主体基本完工" is 封顶, not 竣工; "具备通车条件" is
 * 竣工, not in use), nor one inside a word that names no stage ("建成区").
 */
export function stageHits(text: string, stages: readonly StageDef[]): StageHit[] {
  const t = text.replace(/\s+/g, '');
  const found = stages.flatMap((s, stage) => stageWords(s).flatMap((w) => occurrences(t, w).map(([from, to]) => ({ stage, from, to }))));
  const masks = NOT_STAGES.flatMap((w) => occurrences(t, w).map(([from, to]) => ({ stage: -1, from, to })));
  const inside = (h: StageHit, g: StageHit): boolean => g.from <= h.from && g.to >= h.to && g.to - g.from > h.to - h.from;
  const covers = [...found, ...masks];
  const kept = found.filter((h) => !covers.some((g) => inside(h, g)));
  // One hit a place: a stage's two words for the same span ("主体基本完工", "主体…完工") are one.
  return kept.filter((h, i) => kept.findIndex((g) => g.stage === h.stage && g.from === h.from && g.to === h.to) === i).sort((a, b) => a.from - b.from);
}

/**
 * The stage a description places a project at: the furthest stage any of whose words it says
 * ("封顶、内部施工" → 装修: topped out, now fitting out), or -1. `name`, the project's own name:
 * a stage word inside it says nothing of the stage — "区域总部运营中心项目开工建设" has just started,
 * it is not in operation (运营) — so where the description repeats the name, the name's words
 * are not read.
 */
export function matchStage(text: string, stages: readonly StageDef[], name = ''): number {
  const t = text.replace(/\s+/g, '');
  const exact = stages.findIndex((s) => s.name === t);
  if (exact >= 0) return exact;
  const own = name.replace(/\s+/g, '');
  const named = own.length >= 2 ? occurrences(t, own) : [];
  const hits = stageHits(t, stages).filter((h) => !named.some(([from, to]) => h.from >= from && h.to <= to));
  return Math.max(-1, ...hits.map((h) => h.stage));
}
