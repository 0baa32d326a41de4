/**
 * <dj-project-tracker>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [
    { 项目: '联宇新材料', 阶段: '已签约，已开工', 截至: '2021-01-15' },
    { 项目: '海州湾广场', 阶段: '主体封顶', 截至: '2021-01-15' },
  ],
  marks: 'g.row',
  count: 2,
  textColumns: ['项目'],
  edges: { 'one row': 1 },
  frame: true,
};
