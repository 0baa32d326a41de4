import type { CorpusText } from './types.js';

export default {
  source: "http://ccgzw.changchun.gov.cn/gzjg/201610/t20161027_1164122.html",
  genre: 'project',
  language: 'zh',
  text: "今年是“十三五”开局之年,各出资企业从战略高度认识当前经济形势,面对经济下行压力,进一步优化调整投资结构,采取积极措施,全力推进项目建设,重点工程建设成效明显。前三季度,各出资企业开、复工项目52项,开、复工率79%,完成投资90.5亿元,比上年同期增长16%,完成年度投资计划的69%,重大投资项目总体进展顺利。",
  figures: [
    ['52项', 52, '项', 'eq', 'level', ['开、复工项目', '复工项目']],
    ['79%', 79, '%', 'eq', 'level', ['开、复工率', '复工率']],
    ['90.5亿元', 9050000000, '元', 'eq', 'level', ['完成投资', '投资']],
    ['16%', 16, '%', 'eq', 'growth', ['完成投资', '投资'], { direction: 'up' }],
    ['69%', 69, '%', 'eq', 'share', ['完成投资', '投资']],
  ],
} satisfies CorpusText;
