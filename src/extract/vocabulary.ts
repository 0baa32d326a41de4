/**
 * The words the extractor recognises. Plain data, so adding a unit or a verb is a one-line change
 * and the rules in the other files stay about structure, not vocabulary.
 */
import {
  BETWEEN_BOUNDS, CHANGE_UNITS, CHANGE_WORDS, PREFIX_BOUNDS, SUFFIX_BOUNDS, type Comparator,
} from '../core/format/vocabulary.js';

const longestFirst = (words: readonly string[]): readonly string[] =>
  [...words].sort((a, b) => b.length - a.length);

/**
 * Units and measure words read after a numeral. Chinese numerals count as figures only before
 * one of these (两会, 四大, 一园一业 are names, not amounts).
 */
export const UNITS = longestFirst([
  '个百分点', '百分点', '个千分点', '千分点', '%', '‰',
  '元', '美元', '欧元', '港元', '日元', '英镑',
  '亩', '平方米', '平米', '平方公里', '平方千米', '公顷', '立方米',
  '千瓦时', '千瓦', '兆瓦', '千伏安', '千米', '公里', '米', '千克', '公斤', '克', '斤', '吨', '标箱',
  '微克/立方米', '微克', '毫克',
  '家', '个', '项', '栋', '幢', '座', '人次', '人', '名', '位', '户', '所', '间', '张', '条',
  '件', '台', '套', '辆', '艘', '架', '部', '份', '款', '处', '批', '次', '场', '床',
  '株', '棵', '头', '只', '箱', '倍', '天', '小时', '个工作日', '工作日',
]);

/** Units whose first character is also a multiplier: "3千瓦" is 3 千瓦, not 3000 瓦. */
export const UNITS_STARTING_WITH_MULTIPLIER = UNITS.filter((u) => /^[千百万亿]/.test(u));

/** Words after a numeral that make it a period or date, not a figure: 2021年, 1-6月份, 3个月. */
export const PERIODS = longestFirst([
  '年', '年度', '年代', '周年', '世纪', '月份', '月', '日', '号', '季度', '个月', '个季度', '期', '届', '时',
  // Ages bound a group of people ("0-17岁、60岁及以上户籍人口"); they are not amounts.
  '岁', '周岁',
]);

/**
 * The bound words, rate units and change words are the library's one vocabulary
 * (core/format/vocabulary.ts); these are the extractor's views of it.
 */
/** Before a numeral, longest first: the word that says how the figure is bounded. */
export const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = PREFIX_BOUNDS.map((w) => [w.word, w.comparator] as const);

/** After the unit: the word that bounds the figure. It beats a prefix word (它离数字更近). */
export const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = SUFFIX_BOUNDS.map((w) => [w.word, w.comparator] as const);

/** Between the numeral and its unit: "1000余人", "300多家" say more than. */
export const APPROXIMATE_MORE: readonly string[] = BETWEEN_BOUNDS.map((w) => w.word);

/** Units a growth rate is written in; an absolute change ("增加2000人") stays a level. */
export const RATE_UNITS = CHANGE_UNITS;

/** Words that make a rate a change, and which way the word points. */
export const GROWTH_WORDS = CHANGE_WORDS;

/** Words that make a percentage a part of a whole. */
export const SHARE_WORDS = ['占比', '比重', '份额', '比例', '占'];

/** Words that name a target: "完成年度目标任务589亿元的37.22%" measures an actual against it. */
export const TARGET_WORDS = ['目标', '任务', '计划'];

/**
 * Verbs and phrases a label never reaches back across: the label is what follows the last of them
 * ("确保新增规上工业企业" → "新增规上工业企业", "盘活低产低效土地" → "低产低效土地").
 */
export const LABEL_BOUNDARIES = [
  '完成', '实现', '确保', '力争', '争取', '形成', '盘活', '吸纳', '推动', '打造', '建成',
  '带动', '实施', '达到', '突破', '超过', '相比', '以来', '其中', '累计', '引进', '招引', '开工建设', '新建成',
  // Verbs of plans and announcements: "拟安排地方政府专项债券", "列入省重大项目", "策划储备了".
  '安排', '发行', '确定', '列入', '储备了', '共有', '已有', '还有', '先后有', '签约',
  // "按常住人口计算人均地区生产总值", "最终计算2021年全县生产总值": how it was computed, not what.
  '计算',
];

/** Words trimmed from the end of a label: comparators, change verbs and their frame. */
export const LABEL_TRAILERS = longestFirst([
  ...PREFIX_COMPARATORS.map(([w]) => w),
  ...GROWTH_WORDS.map(([w]) => w),
  '稳定在', '保持在', '维持在', '降至', '降到', '增至', '升至', '提高到', '提高至', '提升到', '提升至',
  '下降到', '下降至', '增长到', '增长至', '比上年同期', '较上年同期', '比去年同期', '较去年同期', '比上年', '较上年', '比去年', '较去年',
  '分别', '平均', '均', '共', '全年', '控制在', '合计', '总计', '保持', '在', '可', '将', '已', '的',
  // The frame of a figure: "赤字率拟按3%安排", "产业项目有77项", "按可比价格计算同比增长".
  '按可比价格计算', '首次跃上', '跃上', '拟按', '按', '有', '加快', '放缓', '减缓', '趋缓', '快', '慢',
  // Adverbs before a verb of level: "粮食产量继续保持500亿斤以上" is about 粮食产量 (the verb goes
  // first, then the adverb is the label's last word).
  '继续', '持续', '进一步', '仍然', '依然', '始终', '仍',
]);

/** Words trimmed from the start of a label: time, scope adverbs and demonstratives. */
export const LABEL_LEADERS = longestFirst([
  '今年', '全年', '明年', '去年', '当年', '年内', '目前', '同时', '预计', '计划', '规划', '还将',
  '将', '已', '该项目', '该企业', '该公司', '该',
  // Scope: the label names the statistic, not the place it covers ("全国夏粮总产量" → 夏粮总产量).
  '全国', '全省', '全市', '全区', '全县', '全州', '全镇', '我国', '我省', '我市', '我区', '我县', '我州', '本市', '本县',
  '其中', '此次', '合计', '拟', '共',
]);

/** Characters a label never contains at its edges. */
export const LABEL_EDGE_PUNCTUATION = /^[\s“”"'‘’《》（）()【】「」『』·\-—]+|[\s“”"'‘’《》（）()【】「」『』·\-—]+$/g;

/** Characters around a Chinese numeral that make it vague, not a figure (几十个, 数十家, 第二个). */
export const VAGUE_BEFORE = new Set(['几', '数', '第', '好', '若']);
export const VAGUE_AFTER = new Set(['几']);

/** Measure words that count things: "2万件医疗器械", "三栋新建建筑" name the thing after the unit. */
export const CLASSIFIERS = new Set([
  '个', '家', '项', '栋', '幢', '座', '名', '位', '户', '所', '间', '张', '条', '件', '台', '套', '辆',
  '艘', '架', '部', '份', '款', '处', '批', '株', '棵', '头', '只', '箱', '床',
]);

/** Where a noun phrase read forward after a classifier stops ("三栋新建建筑|主体基本完工"). */
export const FORWARD_LABEL_STOPS = longestFirst([
  ...GROWTH_WORDS.map(([w]) => w), ...PREFIX_COMPARATORS.map(([w]) => w),
  '的', '和', '与', '及', '等', '、', '在', '主体', '基本', '已经', '已', '正在', '正', '均', '全部', '将',
  '顺利', '陆续', '相继', '全面', '开工', '完工', '建成', '投产', '落地', '签约', '以上', '以下', '并',
  '实质性', '集中', '竣工', '完成', '实际',
]);

/** Before a numeral: a threshold inside a name ("过10亿元项目"), not a bound on the figure. */
export const THRESHOLD_PREFIXES = ['超过', '过', '超', '逾'];
