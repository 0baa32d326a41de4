/**
 * Paragraph mode for the project tracker: the projects a text reports on and the stage each has
 * reached ("联宇项目主体结构已封顶，预计年底投产" → 联宇项目 at 封顶). What a project is expected to
 * do (预计年底投产) is its plan, not its stage: future clauses are kept in the quote but never
 * place the project. Reporters lead in with where they stand ("在联宇项目现场"): 在 is not part of
 * the name.
 */
import { DEFAULT_STAGES, matchStage, stageWords } from '../widgets/project-tracker/project-tracker.data.js';

export interface TextProject {
  项目: string;
  /** The clauses that say where it is now (what the tracker matches its stage in). */
  阶段: string;
  /** The sentence, verbatim. */
  原文: string;
}

/** Words of a plan or forecast: the clause they open says what has not happened yet. */
// An aim for projects in general ("推动项目快开工、快投产") is no project's stage either.
const FUTURE = /预计|计划|将于|将在|即将|力争|有望|争取|拟|目标|预期|年底前|年内将|推动|促进|确保|加快|力促|抓紧|努力|着力/;

/** A project's name as reporters write it: "联宇项目", "海州湾大桥工程", "江苏联宇年产…项目". */
const NAME = /([\p{Script=Han}A-Za-z0-9（）()·“”"]{2,30}?(?:项目|工程|大桥|大厦|中心|园区|基地|厂区|医院|学校|场馆|综合体))/u;

/** A title after a name: the name is a person's office ("海州工业园区主任李强"). */
const TITLE = /^(?:副?主任|负责人|党工委|党委|书记|副?总?经理|董事长|副?局长|副?区长|副?市长|管委会)/u;

/**
 * Not one project but a class or a batch of them: a name counted right after it ("重点建设项目444项",
 * "本年度计划开工项目255项"), a batch ("汇聚一批区域总部运营中心"), or a plan's verb inside it
 * ("海州将优化园区"). A tracker would show such a class as one project at a stage.
 */
const COUNTED_AFTER = /^[（(]?\s*(?:共|约|近|超)?\s*\d[\d,.]*\s*(?:项|个|家|批)/u;
const NOT_ONE = /一批|一系列|若干|多个|各类|将/u;
/**
 * A clause that counts projects or gives a rate ("目前实际已开工206项", "开工率达47%") is a
 * tally of many, not the stage of the project named before it.
 */
const TALLY = /\d[\d,.]*\s*(?:项|个(?!月)|家)|率/u;

/**
 * How a sentence about the project named before it opens: a time, an adverb, a pointer back or a
 * part of the project ("目前一期已投入使用", "二期主体基本完工", "该项目已开工").
 */
const CONTINUES = /^(?:目前|现已|现在|现|已|正|并|且|其|该|同时|随后|此外|另外|截至|[一二三四五六七八九\d]+期|主体|厂房|车间|生产线|设备|大楼|内部|外墙|地基|基础|项目|工程|建设|施工|预计|计划)/u;
const STAGE_WORDS = DEFAULT_STAGES.flatMap(stageWords);

/**
 * A sentence that opens with a subject of its own before its stage word ("沪渝蓉宝山站开工建设",
 * "S4公路入城段、…出入口建成通车") reports on that subject, even when it is not a name the tracker
 * knows: it never moves the project named in an earlier sentence.
 */
function ownSubject(sentence: string): boolean {
  const first = sentence.split(/[，,；;。]/u)[0] ?? '';
  const at = Math.min(...STAGE_WORDS.map((w) => first.indexOf(w)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  const subject = first.slice(0, at);
  return /[\p{Script=Han}A-Za-z\d]{3}/u.test(subject) && !CONTINUES.test(subject);
}

/** Sentence by sentence: each that places a named project at a stage of the default pipeline. */
export function projectsFromText(text: string): TextProject[] {
  if (typeof text !== 'string') return [];
  const out: TextProject[] = [];
  let last = '';
  for (const sentence of text.split(/(?<=[。！？；;\n])/u).map((s) => s.trim()).filter(Boolean)) {
    const m = NAME.exec(sentence);
    // "园区主任李强表示…" names a person's office, not a project the sentence reports on.
    const office = m ? TITLE.test(sentence.slice(m.index + m[0].length)) : false;
    const many = m ? COUNTED_AFTER.test(sentence.slice(m.index + m[0].length)) || NOT_ONE.test(m[1] ?? '') : false;
    const named = office || many ? undefined : m?.[1]?.replace(/^(?:其中|目前|截至目前|截至|今年|去年|该|这个|此|在(?!建)|走进|来到|位于)/u, '');
    if (named) last = named;
    else if (office || many || ownSubject(sentence)) last = '';
    // Clauses, with their 、 lists whole: "推动项目快开工、快投产" is one aim, not a stage in 快投产.
    // A report names the project, then its stage ("总部项目已开工"); a plan lists tasks verb first
    // ("落地…仓项目，竣工投用康缘医疗调拨中心"): only what follows the name is its stage, and a clause
    // naming another project or facility is that one's.
    const at = m && named ? m.index : -1;
    let end = 0;
    const now = sentence.split(/[，,；;。]/u).filter((c) => {
      const [from, to] = [end, (end += c.length + 1)];
      const own = at >= from && at < to;
      if (at >= 0 && to <= at) return false;
      return c.trim() !== '' && !FUTURE.test(c) && !TALLY.test(c) && (own || at < 0 || !NAME.test(c));
    }).join('，');
    if (!last || matchStage(now, DEFAULT_STAGES) < 0) continue;
    const same = out.find((p) => p.项目 === last);
    // A later sentence about the same project moves it on, never back.
    if (same) {
      if (matchStage(now, DEFAULT_STAGES) > matchStage(same.阶段, DEFAULT_STAGES)) Object.assign(same, { 阶段: now, 原文: sentence });
      continue;
    }
    out.push({ 项目: last, 阶段: now, 原文: sentence });
  }
  return out;
}
