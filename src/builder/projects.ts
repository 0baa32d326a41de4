/**
 * Paragraph mode for the project tracker: the projects a text reports on and the stage each has
 * reached ("联宇项目主体结构已封顶，预计年底投产" → 联宇项目 at 封顶). What a project is expected to
 * do (预计年底投产) is its plan, not its stage: future clauses are kept in the quote but never
 * place the project. Reporters lead in with where they stand ("在联宇项目现场"): 在 is not part of
 * the name.
 */
import { DEFAULT_STAGES, matchStage, stageHits } from '../widgets/project-tracker/project-tracker.stages.data.js';

export interface TextProject {
  项目: string;
  /** The clauses that say where it is now (what the tracker matches its stage in). */
  阶段: string;
  /** The sentence, verbatim. */
  原文: string;
}

/** Words of a plan or forecast: the clause they open says what has not happened yet. */
// An aim for projects in general ("推动项目快开工、快投产") is no project's stage either, nor what
// follows once it is done ("建成后将…", "通车后，珠海到江门…"): a condition, not a report.
const FUTURE = /预计|计划|将|力争|有望|争取|拟|目标|预期|年底前|(?<!去年?)年底|年内|明年|下个?月|下半年|届时|后续|奠定|推动|促进|确保|加快|力促|抓紧|努力|着力|(?:建成|竣工|完工|通车|投产|投用|开通|运营)后/;

/**
 * A project's name as reporters write it: "联宇项目", "海州湾大桥工程", "江苏联宇年产…项目", and the
 * works of transport, which reporters name without 项目: "沪渝蓉宝山站", "地铁5号线", "花果山机场",
 * "连盐铁路连云港站". A line is a named line ("5号线", "机场联络线", "轨道交通崇明线"), never 生产线,
 * 生命线 or 一线; a station is not a 加油站, 充电站 or 服务站. A work of transport is often a part of
 * a longer name ("S32申嘉湖高速公路浦星公路出入口", "东方枢纽上海东站站场区"), so its name ends only
 * where the name does: at a mark, a verb or a stage word — else it runs on to the longer
 * name ("浦东机场四期扩建工程") or is no project. Places (港区, 航道) are not in the list.
 */
const TRANSPORT = String.raw`大桥|机场|枢纽|隧道|码头|泊位|航站楼|铁路|高铁|高速公路|(?:跨海|跨江|过江|越江)通道|(?<!加油|加气|充电|换电|服务|工作|网|基|驿|火车|汽车|客运|公交|收费|中转)站|(?:[\dA-Za-z一二三四五六七八九十]号|[\dA-Za-z]|联络|快|支|环|延伸|城际|(?:地铁|轨道交通|轨交)(?![沿全一])\p{Script=Han}{1,4}?)线`;
const NAME_ENDS = String.raw`(?=$|[^\p{Script=Han}A-Za-z0-9]|已|正|于|在|将|的|是|为|和|与|及|等|目前|现|近日|日前|顺利|正式|全|主体|建|开|动|竣|完|通|投|运|交|试)`;
// Brackets inside a name are whole ("联宇（一期）项目"): a name never ends inside one.
const NAME = new RegExp(String.raw`((?:[\p{Script=Han}A-Za-z0-9·“”"]|[（(][^（）()]{1,12}[）)]){2,30}?(?:项目|工程|大厦|中心|园区|基地|厂区|医院|学校|场馆|综合体|(?:${TRANSPORT})${NAME_ENDS}))`, 'u');

/** A title after a name: the name is a person's office ("海州工业园区主任李强"). */
const TITLE = /^(?:副?主任|负责人|党工委|党委|书记|副?总?经理|董事长|副?局长|副?区长|副?市长|管委会)/u;

/**
 * Not one project but a class or a batch of them: a name counted right after it ("重点建设项目444项",
 * "本年度计划开工项目255项"), a batch ("汇聚一批区域总部运营中心"), or a plan's verb inside it
 * ("海州将优化园区"). A tracker would show such a class as one project at a stage.
 */
const COUNTED_AFTER = /^[（(]?\s*(?:共|约|近|超)?\s*\d[\d,.]*\s*(?:项|个|家|批|条|座|处)/u;
const NOT_ONE = /一批|一系列|若干|多个|各类|将|(?:重点|重大)(?:建设|推进|工业|交通)?(?:项目|工程)$/u;
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
/**
 * A sentence that opens with a subject of its own before its stage word ("沪渝蓉宝山站开工建设",
 * "S4公路入城段、…出入口建成通车") reports on that subject, even when it is not a name the tracker
 * knows: it never moves the project named in an earlier sentence.
 */
function ownSubject(sentence: string): boolean {
  const first = (sentence.split(/[，,；;。]/u)[0] ?? '').replace(/\s+/gu, '');
  const at = stageHits(first, DEFAULT_STAGES)[0]?.from;
  if (at === undefined) return false;
  const subject = first.slice(0, at);
  return /[\p{Script=Han}A-Za-z\d]{3}/u.test(subject) && !CONTINUES.test(subject);
}

/**
 * The name a sentence reports on: the first, or the one a class names after a dash ("粤港澳大湾区
 * 重点工程——黄茅海跨海通道通过交工验收").
 */
function nameIn(sentence: string): RegExpExecArray | null {
  const m = NAME.exec(sentence);
  if (!m) return m;
  const end = m.index + (m[1] ?? '').length;
  const dash = /^[—–]+/u.exec(sentence.slice(end))?.[0].length ?? 0;
  if (!dash || !NOT_ONE.test(m[1] ?? '')) return m;
  const next = NAME.exec(sentence.slice(end + dash));
  if (next?.index !== 0) return m;
  next.index = end + dash;
  return next;
}

/** Sentence by sentence: each that places a named project at a stage of the default pipeline. */
export function projectsFromText(text: string): TextProject[] {
  if (typeof text !== 'string') return [];
  const out: TextProject[] = [];
  let last = '';
  for (const sentence of text.split(/(?<=[。！？；;\n])/u).map((s) => s.trim()).filter(Boolean)) {
    const m = nameIn(sentence);
    // "由…承建的铜陵吾悦华府项目", "时速350公里的连徐高铁": what comes before 的 describes the name.
    const full = m ? (m[1] ?? '').replace(/^.*的(?=.{3})/u, '') : '';
    const after = m ? sentence.slice(m.index + (m[1] ?? '').length) : '';
    // "园区主任李强表示…" names a person's office, not a project the sentence reports on.
    const office = m ? TITLE.test(after) : false;
    const many = m ? COUNTED_AFTER.test(after) || NOT_ONE.test(full) : false;
    const named = office || many || !m ? undefined : full.replace(/^(?:其中|目前|截至目前|截至|今年|去年|该|这个|此|在(?!建)|走进|来到|位于|作为|续建|新建)/u, '');
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
    // Read without the project's own name (matchStage's `name`), as the tracker reads it: "…运营中心项目开工" has started.
    const stage = last ? matchStage(now, DEFAULT_STAGES, last) : -1;
    if (stage < 0) continue;
    const same = out.find((p) => p.项目 === last);
    // A later sentence about the same project moves it on, never back.
    if (same) {
      if (stage > matchStage(same.阶段, DEFAULT_STAGES, last)) Object.assign(same, { 阶段: now, 原文: sentence });
      continue;
    }
    out.push({ 项目: last, 阶段: now, 原文: sentence });
  }
  return out;
}
