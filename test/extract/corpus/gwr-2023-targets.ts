import type { CorpusText } from './types.js';

export default {
  source: "https://scholarmate.com/S/qBW3H0",
  genre: 'report',
  language: 'zh',
  text: "2023年,是全面贯彻党的二十大精神的开局之年。政府工作报告明确提出今年发展的主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;粮食产量保持在1.3万亿斤以上……一组组振奋人心的数字,勾勒出中国经济航船乘风破浪、稳步向前的发展态势。",
  figures: [
    ['5%左右', 5, '%', 'approx', 'growth', '国内生产总值', { direction: 'up' }],
    ['1200万人左右', 12000000, '人', 'approx', 'level', '城镇新增就业'],
    ['5.5%左右', 5.5, '%', 'approx', 'level', '城镇调查失业率'],
    ['3%左右', 3, '%', 'approx', 'growth', '居民消费价格', { direction: 'up' }],
    ['1.3万亿斤以上', 1300000000000, '斤', 'ge', 'level', '粮食产量'],
  ],
} satisfies CorpusText;
