import type { CorpusText } from './types.js';

export default {
  source: "http://loriforfreedom.com/docDetail.jsp?channel=2808&id=100613230",
  genre: 'report',
  note: 'Published in traditional characters (香港新聞網); converted to simplified characters here, nothing else changed.',
  language: 'zh',
  text: "政府工作报告指出,积极的财政政策要适度加力、提质增效。赤字率拟按3%安排,赤字规模4.06万亿元,比上年年初预算增加1800亿元。预计今年财政收入继续恢复增长,加上调入资金等,一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元。",
  figures: [
    ['3%', 3, '%', 'eq', 'level', '赤字率'],
    ['4.06万亿元', 4060000000000, '元', 'eq', 'level', '赤字规模'],
    ['1800亿元', 180000000000, '元', 'eq', 'growth', '赤字规模', { direction: 'up' }],
    ['28.5万亿元', 28500000000000, '元', 'eq', 'level', '一般公共预算支出规模'],
    ['1.1万亿元', 1100000000000, '元', 'eq', 'growth', '一般公共预算支出规模', { direction: 'up' }],
    ['3.9万亿元', 3900000000000, '元', 'eq', 'level', '地方政府专项债券'],
    ['1000亿元', 100000000000, '元', 'eq', 'growth', '地方政府专项债券', { direction: 'up' }],
  ],
} satisfies CorpusText;
