/**
 * dj-widgets inside a Vue 3 app (vue from npm). Render functions: Vue sets non-string values on a
 * custom element as properties, `^name` forces an attribute, `onDj-select` listens to dj-select.
 * Templates: `compilerOptions.isCustomElement`, `:data.prop`, `@dj-select`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, h, nextTick, ref, type App } from 'vue';
import { BARS, MORE_BARS, TARGETS, marks, pick, root, texts, type Detail } from './fixtures.js';

describe('in a Vue 3 app', () => {
  let host: HTMLDivElement;
  let app: App | undefined;

  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '600px';
    host.lang = 'zh-CN';
    document.body.append(host);
  });

  afterEach(() => {
    app?.unmount();
    host.remove();
  });

  it('<dj-bar-chart> with h(): data as a property, an attribute, and dj-select reach Vue', async () => {
    const rows = ref<object[]>(BARS);
    const heading = ref('招商引资目标');
    const sourceUrl = ref<string | undefined>(undefined);
    const picked: Detail[] = [];
    app = createApp({
      setup: () => () =>
        h('dj-bar-chart', {
          data: rows.value,
          heading: heading.value,
          eager: true,
          source: '连网',
          '^source-url': sourceUrl.value,
          'onDj-select': (e: CustomEvent<Detail>) => picked.push(e.detail),
        }),
    });
    app.mount(host);
    const el = host.querySelector('dj-bar-chart')!;
    await marks(el, 'g.bar', 2);
    expect((el as unknown as { data: unknown }).data).to.deep.equal(BARS);
    expect(el.hasAttribute('data'), 'data went to an attribute').to.equal(false);
    expect(texts(el, 'text.value')).to.deep.equal(['80个', '10个']);

    sourceUrl.value = 'https://example.com/report';
    await nextTick();
    expect(el.getAttribute('source-url')).to.equal('https://example.com/report');
    await waitUntil(() => root(el).querySelector('.source a')?.getAttribute('href') === 'https://example.com/report', 'source-url did not re-render');

    rows.value = MORE_BARS;
    heading.value = '新目标';
    await nextTick();
    await marks(el, 'g.bar', 3);
    expect(texts(el, 'text.value')).to.deep.equal(['80个', '10个', '20栋']);
    expect(texts(el, '.title')).to.deep.equal(['新目标']);

    await pick(el, 'ArrowDown');
    await waitUntil(() => picked.length === 1, 'dj-select never reached the Vue handler');
    expect(picked[0]).to.deep.include({ index: 1, label: '新引进过10亿元项目', value: 10, unit: '个' });
  });

  it('<dj-targets> in a template: :data.prop, lang, and @dj-select reach Vue', async () => {
    const picked: Detail[] = [];
    const rows = ref<object[]>(TARGETS);
    const lang = ref('zh-CN');
    app = createApp({
      setup: () => ({ rows, lang, onSelect: (e: CustomEvent<Detail>) => picked.push(e.detail) }),
      template: `<dj-targets :data.prop="rows" :lang="lang" period="2021" eager @dj-select="onSelect"></dj-targets>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('dj-');
    app.mount(host);
    const el = host.querySelector('dj-targets')!;
    await marks(el, '[role="option"]', 3);
    expect(el.hasAttribute('data')).to.equal(false);
    // A static attribute on a custom element also lands on the property of that name.
    expect((el as unknown as { period: string }).period).to.equal('2021');
    expect(texts(el, '#summary')).to.deep.equal(['3 项目标，均尚未公布完成情况。']);

    lang.value = 'en';
    await nextTick();
    expect(el.getAttribute('lang')).to.equal('en');
    await waitUntil(() => texts(el, '#summary')[0] === '3 targets, none reported yet.', 'lang did not re-render');

    rows.value = TARGETS.slice(0, 2);
    await nextTick();
    await marks(el, '[role="option"]', 2);
    expect(texts(el, '#summary')).to.deep.equal(['2 targets, none reported yet.']);

    await pick(el, 'ArrowDown');
    await waitUntil(() => picked.length === 1, 'dj-select never reached the Vue handler');
    expect(picked[0]).to.deep.include({ index: 1, label: '工业投资', value: 12, unit: '%' });
  });
});
