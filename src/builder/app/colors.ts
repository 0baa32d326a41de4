/**
 * The colour part of step 4: palettes as a radio group of swatches, a custom main colour, and
 * each colour's contrast against the widget background said in words (not only shown).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { checkColors, type ColorCheck, type Describe } from '../index.js';
import { paintFor } from '../../core/static-svg/paint.js';
import { styleProps } from '../../core/style-props.js';
import { pick, strings, type UiLang } from './i18n.js';

type Words = { zh: string; en: string };

/** Every preset keeps 3:1 for marks on both the light and the dark background. */
export const PALETTES: { id: string; name: Words; colors: string[] }[] = [
  { id: 'default', name: { zh: '默认', en: 'Default' }, colors: [] },
  { id: 'red', name: { zh: '新闻红', en: 'News red' }, colors: ['#e03131', '#1971c2', '#868e96'] },
  { id: 'sea', name: { zh: '海蓝', en: 'Sea blue' }, colors: ['#1c7ed6', '#0c8599', '#5c940d', '#e8590c'] },
  { id: 'warm', name: { zh: '暖色', en: 'Warm' }, colors: ['#d9480f', '#d6336c', '#ae3ec9'] },
];

const W = {
  text: { zh: '文字和图形都清晰', en: 'fine for text and marks' },
  marks: { zh: '可用于图形，不宜用于文字', en: 'fine for marks, too faint for text' },
  low: { zh: '对比度太低，图形难以看清', en: 'too faint: marks are hard to see' },
  invalid: { zh: '不是有效的颜色', en: 'not a valid colour' },
  ratio: { zh: '对比度', en: 'contrast' },
  defaults: { zh: '默认配色在浅色和深色背景上都已通过对比度检查。', en: 'The default colours pass the contrast check on light and dark backgrounds.' },
  remove: { zh: '去掉自定义颜色', en: 'Remove custom colours' },
} satisfies Record<string, Words>;

function verdict(c: ColorCheck, ui: UiLang): string {
  if (!c.valid) return pick(ui, W.invalid);
  const r = `${pick(ui, W.ratio)} ${c.ratio.toFixed(1)}:1`;
  const sep = ui === 'en' ? ' — ' : '，';
  return `${r}${sep}${pick(ui, c.text ? W.text : c.marks ? W.marks : W.low)}`;
}

function paletteId(colors: readonly string[]): string {
  return PALETTES.find((p) => p.colors.join() === colors.join())?.id ?? '';
}

export function renderColors(d: Describe, ui: UiLang, set: (colors: string[]) => void): TemplateResult {
  const s = strings(ui);
  const current = paletteId(d.colors);
  const themes: ('light' | 'dark')[] = d.theme === 'auto' ? ['light', 'dark'] : [d.theme];
  const checks = themes.map((t) => ({ theme: t, list: checkColors(d.colors, t) }));
  const main = d.colors[0] ?? paintFor('light').accent;
  return html`<fieldset class="wide">
    <legend>${s.colors}</legend>
    <fieldset>
      <legend>${s.palette}</legend>
      <div class="swatches">
        ${PALETTES.map((p) => {
          const shown = p.colors.length ? p.colors : paintFor('light').palette.slice(0, 4);
          return html`<label class="swatch-set">
            <input type="radio" name="djb-palette" .checked=${current === p.id} @change=${() => set([...p.colors])} />
            <span class="chips" aria-hidden="true">${shown.map((c) => html`<span class="chip" ${styleProps({ background: c })}></span>`)}</span>
            ${pick(ui, p.name)}
          </label>`;
        })}
      </div>
    </fieldset>
    <div class="color-row">
      <label for="djb-color0">${s.customColor}</label>
      <input id="djb-color0" type="color" .value=${/^#[0-9a-f]{6}$/i.test(main) ? main : '#1f6feb'}
        @change=${(e: Event) => set([(e.target as HTMLInputElement).value, ...d.colors.slice(1)])} />
      <code>${main}</code>
      ${d.colors.length ? html`<button type="button" @click=${() => set([])}>${pick(ui, W.remove)}</button>` : nothing}
    </div>
    ${d.colors.length === 0
      ? html`<p class="ok" id="djb-contrast">✓ ${pick(ui, W.defaults)}</p>`
      : html`<ul class="contrast" id="djb-contrast">
          ${d.colors.map((c, i) => html`<li>
            <span class="chip" aria-hidden="true" ${styleProps({ background: c })}></span> ${s.colorN(i)} <code>${c}</code>${s.colon}
            ${checks.map(({ theme, list }) => {
              const check = list[i];
              if (!check) return nothing;
              const good = check.valid && check.marks;
              return html`<span class=${good ? 'ok' : 'bad'}>${good ? '✓' : '⚠'} ${s.contrastOn(theme)} ${verdict(check, ui)}</span> `;
            })}
          </li>`)}
        </ul>`}
  </fieldset>`;
}
