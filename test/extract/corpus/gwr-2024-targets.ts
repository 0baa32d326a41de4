import type { CorpusText } from './types.js';

export default {
  source: "https://cn.nhandan.vn/中国2024年经济增长预期目标设定为5左右-post121681.html",
  genre: 'report',
  language: 'zh',
  text: "今年发展主要预期目标:国内生产总值增长5%左右;新增就业目标1200万;城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;国际收支保持基本平衡;粮食产量1.3万亿斤以上;单位国内生产总值能耗降低2.5%左右;生态环境质量持续改善。",
  figures: [
    ['5%左右', 5, '%', 'approx', 'growth', '国内生产总值', { direction: 'up' }],
    ['1200万', 12000000, '', 'eq', 'level', ['新增就业', '新增就业目标']],
    ['5.5%左右', 5.5, '%', 'approx', 'level', '城镇调查失业率'],
    ['3%左右', 3, '%', 'approx', 'growth', '居民消费价格', { direction: 'up' }],
    ['1.3万亿斤以上', 1300000000000, '斤', 'ge', 'level', '粮食产量'],
    ['2.5%左右', 2.5, '%', 'approx', 'growth', '单位国内生产总值能耗', { direction: 'down' }],
  ],
} satisfies CorpusText;
