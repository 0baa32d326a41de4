import type { CorpusText } from './types.js';

// A city development-and-reform commission's key-project bulletin, January–March 2021.
export default {
  source: "https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html",
  date: '2021-04',
  genre: 'project',
  language: 'zh',
  heldOut: true,
  fresh: true,
  note: 'The page is in traditional characters; converted to simplified by hand, character for character.',
  text: "2021年安排全市重点建设项目710项,项目总投资6960亿元,年度投资计划1015亿元。全市重点建设项目1-3月项目累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长95.66%,为年度投资计划的30.90%,超过时间进度5.90个百分点。本年度计划新开工项目270项,实际已开工129项,开工率达47%。",
  figures: [
    ['710项', 710, '项', 'eq', 'level', '重点建设项目'],
    ['6960亿元', 696000000000, '元', 'eq', 'level', ['项目总投资', '总投资']],
    ['1015亿元', 101500000000, '元', 'eq', 'level', '年度投资计划'],
    ['313.64亿元', 31364000000, '元', 'eq', 'progress', ['完成投资', '累计完成投资', '投资'], { target: 101500000000 }],
    ['153.34亿元', 15334000000, '元', 'eq', 'growth', ['完成投资', '累计完成投资', '投资'], { direction: 'up' }],
    ['95.66%', 95.66, '%', 'eq', 'growth', ['完成投资', '累计完成投资', '投资'], { direction: 'up' }],
    ['30.90%', 30.9, '%', 'eq', 'share', ['完成投资', '累计完成投资', '投资']],
    ['5.90个百分点', 5.9, '个百分点', 'eq', 'growth', ['完成投资', '累计完成投资', '投资', '时间进度'], { direction: 'up' }],
    ['270项', 270, '项', 'eq', 'level', ['新开工项目', '计划新开工项目']],
    ['129项', 129, '项', 'eq', 'progress', ['实际已开工', '已开工', '开工'], { target: 270 }],
    ['47%', 47, '%', 'eq', 'level', '开工率'],
  ],
} satisfies CorpusText;
