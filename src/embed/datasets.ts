/**
 * The article's data sets under stable ids, so an embed link can name one (`?id=haizhou-2021/targets`)
 * instead of carrying the rows. Each is derived from src/data/haizhou-2021.ts (the sourced record),
 * never copied, and knows the widget that shows it best and the frame text in both languages.
 * Loaded by the embed page only when a link names an id.
 */
import type { Locale } from '../core/i18n/locale.js';
import { ARTICLE, HAIZHOU_2021_ARTICLE, PROJECTS, TARGETS, type ConstructionProject } from '../data/haizhou-2021.js';

export interface DataSet {
  /** The widget's name without `dj-`, used when the link names none. */
  widget: string;
  /** Rows for `.data` (widgets that read tables) … */
  rows?: () => Array<Record<string, unknown>>;
  /** … or paragraphs (widgets that read text, dj-figures). */
  paragraphs?: () => string[];
  /** Default attributes per language; the link's own attributes win. */
  attributes: Record<Locale, Record<string, string>>;
}

const REPORTED = ARTICLE.date;
const SOURCE = { 'zh-CN': `${ARTICLE.source}，2021年1月15日`, en: 'Lianyungang News, 15 January 2021' };

const LIANYU = PROJECTS.find((p) => p.name.startsWith('江苏联宇'));
/** The company's four headline figures; the phase-two building count describes progress, not the project. */
const lianyuFigures = (): ConstructionProject['figures'] => (LIANYU?.figures ?? []).filter((f) => f.id !== 'phase-2-buildings');

/** One tracker row per project, or per phase where the article names phases ("一期", "二期"). */
function projectRows(): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const p of PROJECTS) {
    const phased = new Map<string, ConstructionProject['stages']>();
    for (const s of p.stages) {
      // A stage without a phase of its own belongs to the first phase (the line already running).
      const phase = /^([一二三四五六七八九]期)/.exec(s.stage)?.[1] ?? (p.stages.some((o) => /^[一二三四五六七八九]期/.test(o.stage)) ? '一期' : '');
      phased.set(phase, [...(phased.get(phase) ?? []), s]);
    }
    // In the article's order: the first phase's stages come first.
    for (const [phase, stages] of phased) {
      const row: Record<string, unknown> = { 项目: p.name };
      if (phase) row['分期'] = phase;
      row['阶段'] = stages.map((s) => s.stage).join('，');
      row['截至'] = REPORTED;
      row['原文'] = stages.map((s) => s.text).join('；');
      if (phase === '一期' || !phase) for (const f of p.figures.filter((x) => x.id !== 'phase-2-buildings')) row[f.label] = f.text;
      rows.push(row);
    }
  }
  return rows;
}

/** The article's paragraphs that hold a sourced figure (the 联宇 project, the targets, the buildings). */
function figureParagraphs(): string[] {
  const sentences = [...TARGETS, ...PROJECTS.flatMap((p) => p.figures)].map((f) => f.sentence);
  return HAIZHOU_2021_ARTICLE.split(/\n+/).filter((para) => sentences.some((s) => para.includes(s)));
}

const DATA_SETS: Readonly<Record<string, DataSet>> = {
  'haizhou-2021/targets': {
    widget: 'targets',
    rows: () => TARGETS.map((t) => ({ category: t.theme, label: t.label, value: t.value, unit: t.unit, comparator: t.comparator, kind: t.kind, quote: t.quote })),
    attributes: {
      'zh-CN': {
        heading: '2021年海州区13项量化目标',
        source: ARTICLE.source,
        date: REPORTED,
        period: '2021',
        group: 'category',
        notes: '均为2021年目标（与2020年相比）；原文只报道目标，未报道完成情况。≥ 表示“以上”“不少于”，> 表示“突破”。',
      },
      en: {
        heading: "Haizhou's 13 quantified targets for 2021",
        source: 'Lianyungang News',
        date: REPORTED,
        period: '2021',
        group: 'category',
        notes: 'All are targets for 2021 (against 2020); the article reports the targets, not results. ≥ means “or more”, > means “over”.',
      },
    },
  },
  'haizhou-2021/projects': {
    widget: 'project-tracker',
    rows: projectRows,
    attributes: {
      'zh-CN': { heading: '海州区重点项目建设进度', source: SOURCE['zh-CN'], notes: '阶段为报道所写；“截至”为报道日期。江苏联宇项目的数据由公司负责人张杰介绍。' },
      en: {
        heading: 'Progress of key projects in Haizhou',
        source: SOURCE.en,
        notes: 'Stages as the report describes them, as of its date. The Jiangsu Lianyu figures were given by the company’s head, Zhang Jie.',
      },
    },
  },
  'haizhou-2021/lianyu': {
    widget: 'big-number',
    rows: () => lianyuFigures().map((f) => ({ label: f.label, value: f.value, unit: f.unit, quote: f.quote })),
    attributes: {
      'zh-CN': { heading: LIANYU?.name ?? '', source: ARTICLE.source, date: REPORTED, notes: '年产能与年产值为投产后的预计值。' },
      en: { heading: 'Jiangsu Lianyu medical device R&D and production project', source: 'Lianyungang News', date: REPORTED, notes: 'Annual capacity and output value are expected once production starts.' },
    },
  },
  'haizhou-2021/new-projects': {
    widget: 'waffle',
    rows: () => TARGETS.filter((t) => t.id === 'projects-over-100m' || t.id === 'projects-over-1bn').map((t) => ({ 项目: t.label, 目标: t.value })),
    attributes: {
      'zh-CN': {
        heading: '2021年新引进项目目标：80个过亿元项目，其中10个过10亿元',
        source: `${SOURCE['zh-CN']}（海州区政府工作报告）`,
        mode: 'part',
        notes: '2021年目标值，不是完成数。每格代表1个项目；过10亿元项目包含在过亿元项目之内。',
      },
      en: {
        heading: 'New projects targeted for 2021: 80 over 100 million yuan, 10 of them over 1 billion',
        source: `${SOURCE.en} (Haizhou government work report)`,
        mode: 'part',
        notes: 'Targets for 2021, not results. One square per project; the projects over 1 billion are among those over 100 million.',
      },
    },
  },
  'haizhou-2021/figures': {
    widget: 'figures',
    paragraphs: figureParagraphs,
    attributes: { 'zh-CN': {}, en: {} },
  },
};

/** Every stored data set's id, for the error that lists them. */
export const DATA_SET_IDS: readonly string[] = Object.keys(DATA_SETS);

export function findDataSet(id: string): DataSet | undefined {
  return Object.hasOwn(DATA_SETS, id) ? DATA_SETS[id] : undefined;
}
