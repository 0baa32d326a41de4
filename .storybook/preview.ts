import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from 'virtual:dj-custom-elements';
// Every widget, so docs pages can show any of them.
import '../src/index.js';

type Theme = 'auto' | 'light' | 'dark';
type Locale = 'zh-CN' | 'en';

interface ManifestMember {
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

/**
 * Docs tables render descriptions as Markdown, where a bare `<figure>` or `<caption>` in a
 * JSDoc line is swallowed as HTML; show such tags as code instead.
 */
const codeTagsIn = (text: string): string =>
  text.replace(/(`[^`]*`)|(<\/?[a-z][\w-]*(?:\s[^<>]*)?>)/gi, (m, code?: string) => (code ? m : `\`${m}\``));

function codeTags(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(codeTags);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, (k === 'description' || k === 'summary') && typeof v === 'string' ? codeTagsIn(v) : codeTags(v)]),
  );
}

/**
 * The manifest as readers of the docs need it: Storybook lists every class member, protected
 * and private ones too, and each attribute twice (as `sourceUrl` and `source-url`). Keep the
 * public fields that have no attribute (`data`, `locale`); attributes get their own rows.
 */
function publicApi(cem: unknown): unknown {
  const m = cem as { modules?: { declarations?: { members?: ManifestMember[] }[] }[] };
  return codeTags({
    ...m,
    modules: m.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => ({
        ...d,
        members: d.members?.filter((x) => x.kind === 'field' && !x.privacy && !x.static && !x.attribute),
      })),
    })),
  });
}

/** Rows that document, not configure: no "Set object" button next to a CSS part or an event. */
const DOC_ONLY = new Set(['events', 'slots', 'css custom properties', 'css shadow parts']);
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const docOnlyRows: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, t]) => [name, DOC_ONLY.has(String(t.table?.category)) ? { ...t, control: false as const } : t]),
  );

setCustomElementsManifest(publicApi(manifest));

const asTheme = (v: unknown): Theme => (v === 'light' || v === 'dark' ? v : 'auto');
const asLocale = (v: unknown): Locale => (v === 'en' ? 'en' : 'zh-CN');

/**
 * The Theme and Locale toolbars. Theme sets the `theme` attribute of the story's widgets (a
 * `theme` arg chosen in Controls wins) and paints the preview background to match; Locale sets
 * `lang` on the story root, which the widgets follow as they would an article's `lang`.
 */
const withThemeAndLocale: Decorator = (story, context) => {
  const theme = asTheme(context.globals['theme']);
  const locale = asLocale(context.globals['locale']);
  if (context.viewMode === 'story') document.documentElement.dataset['djTheme'] = theme;
  else delete document.documentElement.dataset['djTheme'];
  const args = context.args['theme'] ? context.args : { ...context.args, theme };
  return html`<div class="dj-story" lang=${locale} data-theme=${theme}>${story({ args })}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  argTypesEnhancers: [docOnlyRows],
  globalTypes: {
    theme: {
      description: 'Widget theme and preview background',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (follow the system)', icon: 'contrast' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Reader language (lang on the story root)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文 (zh-CN)', right: 'zh-CN' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'zh-CN' },
  parameters: {
    layout: 'fullscreen',
    // The Theme toolbar paints the background; Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Axe violations fail the story's test (Storybook's test runner / Vitest addon), not only warn.
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
