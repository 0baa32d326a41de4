/**
 * The article "干出快节奏 跑出“加速度” 海州全力以赴赶考“十四五”" (连网, 2021-01-15) as typed data.
 *
 * Made by running extractFigures over the seed article, then checked by hand against the text:
 * every quote and sentence below is an exact substring of HAIZHOU_2021_ARTICLE and every value is
 * what the extractor reads from its quote (test/data/haizhou-2021.test.ts holds both to that).
 * Offsets (`start`/`end`) index the article in UTF-16 code units, as String.prototype.slice does.
 */
import type { Comparator, FigureKind } from '../extract/index.js';

export { HAIZHOU_2021_ARTICLE, HAIZHOU_2021_ARTICLE_SHA256 } from './haizhou-2021.article.js';

/** A figure of the article with the words it came from. */
export interface SourcedFigure {
  /** Stable key for widgets and links. */
  id: string;
  /** What is counted, the shortest noun phrase of its clause. */
  label: string;
  /** In base units: 4.1亿元 → 410000000. */
  value: number;
  unit: string;
  comparator: Comparator;
  kind: FigureKind;
  /** The figure as written, bound word included: "1000亩以上". */
  text: string;
  /** The clause the figure stands in, verbatim (the extractor's `quote`). */
  quote: string;
  /** Offsets of `quote` in the article. */
  start: number;
  end: number;
  /** The whole sentence around the clause, to 。 or ; (the report lists its goals with ;). */
  sentence: string;
}

/** A 2021 target with a number, grouped by the part of the plan it belongs to. */
export interface Target extends SourcedFigure {
  theme: TargetTheme;
}

export type TargetTheme = '盘活闲置资源' | '企业培育' | '招商引资' | '楼宇经济';

/** A target without a number, kept as the article words it. */
export interface QualitativeTarget {
  theme: '园区布局' | TargetTheme | '流通体系';
  /** Verbatim from the article. */
  text: string;
}

export interface ProjectStage {
  /** The stage in a word or two: "地基浇筑", "封顶". */
  stage: string;
  /** The words of the article that describe it, verbatim. */
  text: string;
}

export interface ConstructionProject {
  name: string;
  stages: ProjectStage[];
  figures: SourcedFigure[];
  /** Who spoke for the project in the article. */
  spokesperson?: { name: string; role: string };
}

export interface LogisticsProject {
  name: string;
  /** What the plan does with it, in the article's verb: 建成运营, 竣工投用 … */
  action: string;
  /** The article's category for it, when it gives one. */
  category?: string;
}

export const ARTICLE = {
  headline: '江苏连云港:干出快节奏 跑出“加速度” 海州全力以赴赶考“十四五”',
  /** The headline without its dateline. */
  title: '干出快节奏 跑出“加速度” 海州全力以赴赶考“十四五”',
  dateline: '江苏连云港',
  source: '连网',
  date: '2021-01-15',
  /** The newspaper column the piece opens. */
  column: '奋进新征程',
  place: '连云港市海州区',
  credits: {
    role: '文图',
    names: ['邵沛源', '王誉霏', '王蓬波', '孙冬妍'],
    /** As printed: the source has a no-break space and a space before the last name. */
    line: '文图/邵沛源 王誉霏 王蓬波\u00a0 孙冬妍',
  },
  /** Placeholders the source left where its three photos were; the photos are not part of the text. */
  imagePlaceholders: ['微信截图_20210115093406', '微信截图_20210115093412', '微信截图_20210115093426'],
} as const;

/** The four goals, "四重奏". */
export const GOALS = ['高质发展引领区', '创新开放先行区', '城市建设标杆区', '美丽幸福首善区'] as const;

/** The four leading industries of "一园一业". */
export const LEADING_INDUSTRIES = ['医药健康', '智能制造', '新材料', '软件信息及大数据'] as const;

/** The strategic emerging industries the plan gathers through the incubation platforms. */
export const EMERGING_INDUSTRIES = ['新一代信息技术', '智能制造'] as const;

/** The industrial parks whose layout is optimised ("海州工业园区" later in the article is the first). */
export const PARKS = ['海州工业园', '新浦工业园', '宋跳工业园'] as const;

/** The innovation incubation platforms named. */
export const PLATFORMS = ['科创城', '新媒体学院'] as const;

/** The modern-circulation projects of the building-economy paragraph. */
export const LOGISTICS_PROJECTS: readonly LogisticsProject[] = [
  { name: '快递电商产业园', action: '建成运营' },
  { name: '知名电商自营仓项目', action: '落地' },
  { name: '康缘医疗调拨中心', action: '竣工投用', category: '分拨级物流项目' },
  { name: '天马智能配送', action: '竣工投用', category: '分拨级物流项目' },
  { name: '社区快递服务中心', action: '试点建设' },
];

const S_LIANYU_FIGURES = '公司负责人张杰介绍,该项目总投资4.1亿元,规划总建筑面积1.85万平方米,投产后可形成年产2万件医疗器械的生产能力,年产值达1.8亿元';
const S_LIANYU_STAGES = '目前一期已投入使用,二期三栋新建建筑主体基本完工,正进行内外装修';
const S_LAND = '盘活闲置资源,深入推进“砸笼换绿”“腾笼换鸟”“开笼引凤”,盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上,亩均税收增长10%以上,实现高新区全国综合排名争先进位';
const S_FIRMS = '实施新一轮企业培育三年行动计划,培优培强骨干企业,大力支持中小微企业创新产品、提高质量、降低成本、拓展市场,确保新增规上工业企业15家以上,工业投资增长12%,工业应税销售收入突破400亿元';
const S_INVESTMENT = '坚持“一二三产并举、大中小项目齐上、国资外资民资同抓、区镇街园联动”,依托园区“熟地”、闲置厂房、旧改地块、城市楼宇以及生态旅游资源,综合运用资本招商、基金招商、兼并重组、增资扩股以及以商引商等方式,新引进过亿元项目80个,过10亿元项目10个,实际利用外资8000万美元以上,确保项目招得来、建得快、育得大、留得住';
const S_BUILDINGS = '为集聚新兴业态,培育更有效率的增长,今年,海州还将打造一批以科技研发、数字经济、第三方服务为核心的新兴楼宇,发展一批龙头企业集聚的总部楼宇,汇聚一批区域总部运营中心,实现税收过千万元楼宇20栋以上,引进总部经济不少于10家,新增入驻楼宇企业不少于500家,吸纳技术型人才1000人以上';

/**
 * The four construction projects of the opening scene, with their stage as the article describes
 * it. "二期三栋新建建筑" is kept as a figure (3 栋): it is a count of buildings the extractor reads,
 * it describes the project's progress, not a 2021 target, so it lives here and not in TARGETS.
 */
export const PROJECTS: readonly ConstructionProject[] = [
  {
    name: '爱维康医疗器械生产项目',
    stages: [{ stage: '地基浇筑', text: '几十个工人冒着寒风进行浇筑地基作业' }],
    figures: [],
  },
  {
    name: '力磁医疗科技产业园项目',
    stages: [{ stage: '外墙脚手架', text: '厂房外墙正搭建脚手架' }],
    figures: [],
  },
  {
    name: '科技创新企业总部项目',
    stages: [
      { stage: '封顶', text: '一幢崭新的大楼已封顶' },
      { stage: '内部施工', text: '工人们正进行内部施工' },
    ],
    figures: [],
  },
  {
    name: '江苏联宇医疗器械研发生产项目',
    spokesperson: { name: '张杰', role: '公司负责人' },
    stages: [
      { stage: '投入运行', text: '崭新的生产线已经投入运行' },
      { stage: '一期投用', text: '目前一期已投入使用' },
      { stage: '二期装修', text: '二期三栋新建建筑主体基本完工,正进行内外装修' },
    ],
    figures: [
      {
        id: 'investment',
        label: '总投资',
        value: 410000000,
        unit: '元',
        comparator: 'eq',
        kind: 'level',
        text: '4.1亿元',
        quote: '该项目总投资4.1亿元',
        start: 790,
        end: 801,
        sentence: S_LIANYU_FIGURES,
      },
      {
        id: 'floor-area',
        label: '总建筑面积',
        value: 18500,
        unit: '平方米',
        comparator: 'eq',
        kind: 'level',
        text: '1.85万平方米',
        quote: '规划总建筑面积1.85万平方米',
        start: 802,
        end: 817,
        sentence: S_LIANYU_FIGURES,
      },
      {
        id: 'annual-output',
        label: '年产医疗器械',
        value: 20000,
        unit: '件',
        comparator: 'eq',
        kind: 'level',
        text: '2万件',
        quote: '投产后可形成年产2万件医疗器械的生产能力',
        start: 818,
        end: 838,
        sentence: S_LIANYU_FIGURES,
      },
      {
        id: 'annual-output-value',
        label: '年产值',
        value: 180000000,
        unit: '元',
        comparator: 'eq',
        kind: 'level',
        text: '1.8亿元',
        quote: '年产值达1.8亿元',
        start: 839,
        end: 848,
        sentence: S_LIANYU_FIGURES,
      },
      {
        id: 'phase-2-buildings',
        label: '二期新建建筑',
        value: 3,
        unit: '栋',
        comparator: 'eq',
        kind: 'level',
        text: '三栋',
        quote: '二期三栋新建建筑主体基本完工',
        start: 859,
        end: 873,
        sentence: S_LIANYU_STAGES,
      },
    ],
  },
];

/**
 * Every 2021 target with a number: the targets paragraph ("与2020年相比…") and the building-economy
 * paragraph ("为集聚新兴业态…") hold thirteen. "过亿元", "过10亿元" and "过千万元" are thresholds
 * inside the name of what is counted, so they stay in the label.
 */
export const TARGETS: readonly Target[] = [
  {
    id: 'idle-land',
    theme: '盘活闲置资源',
    label: '低产低效土地',
    value: 1000,
    unit: '亩',
    comparator: 'ge',
    kind: 'level',
    text: '1000亩以上',
    quote: '盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上',
    start: 1317,
    end: 1347,
    sentence: S_LAND,
  },
  {
    id: 'idle-factories',
    theme: '盘活闲置资源',
    label: '闲置老旧厂房',
    value: 100000,
    unit: '平方米',
    comparator: 'ge',
    kind: 'level',
    text: '10万平方米以上',
    quote: '盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上',
    start: 1317,
    end: 1347,
    sentence: S_LAND,
  },
  {
    id: 'tax-per-mu',
    theme: '盘活闲置资源',
    label: '亩均税收',
    value: 10,
    unit: '%',
    comparator: 'ge',
    kind: 'growth',
    text: '10%以上',
    quote: '亩均税收增长10%以上',
    start: 1348,
    end: 1359,
    sentence: S_LAND,
  },
  {
    id: 'new-industrial-firms',
    theme: '企业培育',
    label: '新增规上工业企业',
    value: 15,
    unit: '家',
    comparator: 'ge',
    kind: 'level',
    text: '15家以上',
    quote: '确保新增规上工业企业15家以上',
    start: 1430,
    end: 1445,
    sentence: S_FIRMS,
  },
  {
    id: 'industrial-investment',
    theme: '企业培育',
    label: '工业投资',
    value: 12,
    unit: '%',
    comparator: 'eq',
    kind: 'growth',
    text: '12%',
    quote: '工业投资增长12%',
    start: 1446,
    end: 1455,
    sentence: S_FIRMS,
  },
  {
    id: 'industrial-sales',
    theme: '企业培育',
    label: '工业应税销售收入',
    value: 40000000000,
    unit: '元',
    comparator: 'gt',
    kind: 'level',
    text: '400亿元',
    quote: '工业应税销售收入突破400亿元',
    start: 1456,
    end: 1471,
    sentence: S_FIRMS,
  },
  {
    id: 'projects-over-100m',
    theme: '招商引资',
    label: '新引进过亿元项目',
    value: 80,
    unit: '个',
    comparator: 'eq',
    kind: 'level',
    text: '80个',
    quote: '新引进过亿元项目80个',
    start: 1572,
    end: 1583,
    sentence: S_INVESTMENT,
  },
  {
    id: 'projects-over-1bn',
    theme: '招商引资',
    label: '过10亿元项目',
    value: 10,
    unit: '个',
    comparator: 'eq',
    kind: 'level',
    text: '10个',
    quote: '过10亿元项目10个',
    start: 1584,
    end: 1594,
    sentence: S_INVESTMENT,
  },
  {
    id: 'foreign-investment',
    theme: '招商引资',
    label: '实际利用外资',
    value: 80000000,
    unit: '美元',
    comparator: 'ge',
    kind: 'level',
    text: '8000万美元以上',
    quote: '实际利用外资8000万美元以上',
    start: 1595,
    end: 1610,
    sentence: S_INVESTMENT,
  },
  {
    id: 'tax-10m-buildings',
    theme: '楼宇经济',
    label: '税收过千万元楼宇',
    value: 20,
    unit: '栋',
    comparator: 'ge',
    kind: 'level',
    text: '20栋以上',
    quote: '实现税收过千万元楼宇20栋以上',
    start: 1737,
    end: 1752,
    sentence: S_BUILDINGS,
  },
  {
    id: 'headquarters',
    theme: '楼宇经济',
    label: '总部经济',
    value: 10,
    unit: '家',
    comparator: 'ge',
    kind: 'level',
    text: '10家',
    quote: '引进总部经济不少于10家',
    start: 1753,
    end: 1765,
    sentence: S_BUILDINGS,
  },
  {
    id: 'building-tenants',
    theme: '楼宇经济',
    label: '新增入驻楼宇企业',
    value: 500,
    unit: '家',
    comparator: 'ge',
    kind: 'level',
    text: '500家',
    quote: '新增入驻楼宇企业不少于500家',
    start: 1766,
    end: 1781,
    sentence: S_BUILDINGS,
  },
  {
    id: 'technical-talent',
    theme: '楼宇经济',
    label: '技术型人才',
    value: 1000,
    unit: '人',
    comparator: 'ge',
    kind: 'level',
    text: '1000人以上',
    quote: '吸纳技术型人才1000人以上',
    start: 1782,
    end: 1796,
    sentence: S_BUILDINGS,
  },
];

/** The 2021 targets without a number, verbatim. */
export const QUALITATIVE_TARGETS: readonly QualitativeTarget[] = [
  { theme: '园区布局', text: '优化园区总体布局' },
  { theme: '园区布局', text: '推动海州工业园、新浦工业园、宋跳工业园等实现互动共生、协同发展' },
  { theme: '园区布局', text: '“一园一业”打造医药健康、智能制造、新材料、软件信息及大数据四大主导产业基地' },
  { theme: '园区布局', text: '推动高端制造业强链补链延链' },
  { theme: '园区布局', text: '汇聚新一代信息技术、智能制造等战略新兴产业' },
  { theme: '园区布局', text: '提升产业基础高级化、产业链现代化水平' },
  { theme: '盘活闲置资源', text: '深入推进“砸笼换绿”“腾笼换鸟”“开笼引凤”' },
  { theme: '盘活闲置资源', text: '实现高新区全国综合排名争先进位' },
  { theme: '企业培育', text: '实施新一轮企业培育三年行动计划' },
  { theme: '企业培育', text: '培优培强骨干企业' },
  { theme: '企业培育', text: '大力支持中小微企业创新产品、提高质量、降低成本、拓展市场' },
  { theme: '招商引资', text: '确保项目招得来、建得快、育得大、留得住' },
  { theme: '楼宇经济', text: '打造一批以科技研发、数字经济、第三方服务为核心的新兴楼宇' },
  { theme: '楼宇经济', text: '发展一批龙头企业集聚的总部楼宇' },
  { theme: '楼宇经济', text: '汇聚一批区域总部运营中心' },
  { theme: '流通体系', text: '完善现代流通体系' },
  { theme: '流通体系', text: '出台支持电子商务、跨境电商发展政策' },
  { theme: '流通体系', text: '建成运营快递电商产业园' },
  { theme: '流通体系', text: '落地知名电商自营仓项目' },
  { theme: '流通体系', text: '竣工投用康缘医疗调拨中心、天马智能配送等分拨级物流项目' },
  { theme: '流通体系', text: '试点建设社区快递服务中心' },
  { theme: '流通体系', text: '加快打造以现代物流业为基础的区域枢纽经济' },
];
