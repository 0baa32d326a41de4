/**
 * The builder page's styles. The builder's elements render into the light DOM (so in-page
 * links, label/for and aria references work across steps), so one document-level sheet styles
 * them all. Colours use light-dark(): the theme switch only sets color-scheme.
 */
import { css } from 'lit';

export const pageStyles = css`
  :root {
    color-scheme: light dark;
    --b-bg: light-dark(#f5f6f8, #0f1115);
    --b-panel: light-dark(#ffffff, #16181d);
    --b-fg: light-dark(#1b1f24, #e8eaed);
    --b-muted: light-dark(#57606a, #a8b0ba);
    --b-rule: light-dark(#d0d7de, #3a414a);
    --b-accent: light-dark(#0b57d0, #a8c7fa);
    --b-on-accent: light-dark(#ffffff, #0d1117);
    --b-focus: light-dark(#0b57d0, #a8c7fa);
    --b-bad: light-dark(#a40e26, #ffb3b8);
    --b-bad-bg: light-dark(#fff1f0, #3b1618);
    --b-ok: light-dark(#1a7f37, #56d364);
    --b-warn-bg: light-dark(#fff8c5, #3a2f0b);
    --b-code-bg: light-dark(#f6f8fa, #0d1117);
    --b-font: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --dj-bg: var(--b-panel);
  }
  :root[data-theme='light'] { color-scheme: light; }
  :root[data-theme='dark'] { color-scheme: dark; }
  body { margin: 0; background: var(--b-bg); color: var(--b-fg); font: 15px/1.6 var(--b-font); }
  *, *::before, *::after { box-sizing: border-box; }
  a { color: var(--b-accent); }
  :focus-visible { outline: 3px solid var(--b-focus); outline-offset: 2px; }
  .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  .skip { position: absolute; left: 8px; top: -48px; z-index: 10; padding: 8px 12px; background: var(--b-panel); border: 2px solid var(--b-focus); }
  .skip:focus { top: 8px; }

  .top { background: var(--b-panel); border-bottom: 1px solid var(--b-rule); }
  .top-inner, .steps-nav ol, main.djb-main, .foot { max-width: 1200px; margin: 0 auto; padding: 0 20px; }
  .top-inner { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; justify-content: space-between; padding-top: 12px; padding-bottom: 8px; }
  .top h1 { margin: 0; font-size: 20px; }
  .top .lead { margin: 2px 0 0; color: var(--b-muted); font-size: 14px; max-width: 46em; }
  .settings { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; font-size: 14px; }
  .settings fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 4px; align-items: center; }
  .settings legend { float: left; margin-right: 6px; color: var(--b-muted); }
  .steps-nav { border-top: 1px solid var(--b-rule); }
  .steps-nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 8px; padding-top: 6px; padding-bottom: 6px; margin: 0 auto; counter-reset: step; }
  .steps-nav a { display: inline-block; padding: 4px 8px; border-radius: 6px; text-decoration: none; font-size: 14px; }
  .steps-nav a:hover { text-decoration: underline; }
  .steps-nav a[aria-disabled='true'] { color: var(--b-muted); }

  main.djb-main { padding-top: 20px; padding-bottom: 40px; }
  .step { background: var(--b-panel); border: 1px solid var(--b-rule); border-radius: 8px; padding: 16px 20px 20px; margin: 0 0 24px; scroll-margin-top: 12px; }
  .step > h2 { margin: 0 0 4px; font-size: 19px; display: flex; gap: 10px; align-items: baseline; }
  .step > h2 .n { display: inline-grid; place-items: center; min-width: 1.7em; height: 1.7em; border-radius: 50%; background: var(--b-accent); color: var(--b-on-accent); font-size: 15px; }
  .help { margin: 0 0 12px; color: var(--b-muted); font-size: 14px; }
  .blocked { margin: 0; padding: 10px 12px; border: 1px dashed var(--b-rule); border-radius: 6px; color: var(--b-muted); }
  h3 { font-size: 16px; margin: 18px 0 6px; }

  button, select, input, textarea { font: inherit; color: inherit; }
  button { padding: 6px 14px; min-height: 36px; border: 1px solid var(--b-rule); border-radius: 6px; background: var(--b-panel); cursor: pointer; }
  button:hover { border-color: var(--b-accent); }
  button.primary { background: var(--b-accent); border-color: var(--b-accent); color: var(--b-on-accent); font-weight: 600; }
  button[aria-pressed='true'] { background: var(--b-accent); border-color: var(--b-accent); color: var(--b-on-accent); }
  select, input[type='text'], input[type='url'], input[type='number'], textarea { background: var(--b-panel); border: 1px solid var(--b-muted); border-radius: 6px; padding: 6px 8px; min-height: 36px; max-width: 100%; }
  textarea { width: 100%; line-height: 1.5; }
  input[type='checkbox'], input[type='radio'] { width: 18px; height: 18px; accent-color: var(--b-accent); margin: 0; flex: none; }
  label.check { display: inline-flex; gap: 8px; align-items: center; }
  .field { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
  .field > span, .field > label { font-weight: 600; font-size: 14px; }
  .field small { color: var(--b-muted); }
  .row { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: flex-end; margin: 10px 0; }
  fieldset { border: 1px solid var(--b-rule); border-radius: 6px; margin: 12px 0; padding: 8px 14px 12px; min-width: 0; }
  legend { font-weight: 600; padding: 0 4px; }
  .examples { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
  .examples > span { color: var(--b-muted); font-size: 14px; }
  .question { background: var(--b-warn-bg); }
  .question p { margin: 0 0 6px; }
  .choices { display: flex; flex-wrap: wrap; gap: 6px 18px; }
  .bad { color: var(--b-bad); }
  .issues { margin: 8px 0; padding: 8px 12px 8px 30px; background: var(--b-bad-bg); border-radius: 6px; color: var(--b-bad); }
  .ok { color: var(--b-ok); }
  .note { margin: 8px 0; padding: 8px 12px; border-left: 4px solid var(--b-accent); background: var(--b-code-bg); }

  .scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--b-rule); border-radius: 6px; }
  .scroll:focus-visible { outline-offset: 0; }
  table.data { border-collapse: collapse; font-size: 14px; min-width: 100%; }
  table.data caption { text-align: start; font-weight: 600; padding: 8px 10px; }
  table.data th, table.data td { border-top: 1px solid var(--b-rule); padding: 5px 10px; text-align: start; vertical-align: top; }
  table.data thead th { background: var(--b-code-bg); white-space: nowrap; }
  table.data th small { display: block; font-weight: 400; color: var(--b-muted); }
  table.data td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
  table.data td.flag { background: var(--b-bad-bg); color: var(--b-bad); font-weight: 600; }
  table.data .mark { margin-inline-start: 4px; }
  /* Left out of the chart: still shown (the editor may bring it back), struck through and muted. */
  table.data tr.skipped td, table.data td.skipped, table.data th.skipped .col-name { color: var(--b-muted); text-decoration: line-through; }
  table.data tr.skipped { background: var(--b-code-bg); }
  table.data .col-controls { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 4px; font-weight: 400; }
  table.data .col-controls select, table.data .col-controls input.unit { font-size: 13px; padding: 2px 4px; }
  table.data .col-controls input.unit { width: 5em; }
  table.data th[scope="row"] label { display: inline-flex; gap: 4px; align-items: center; white-space: nowrap; }
  .skipped-note { border-inline-start: 4px solid var(--b-accent, currentColor); padding: 4px 10px; margin: 8px 0; }
  .skipped-note p { margin: 0 0 4px; }
  .file-row { align-items: end; margin-top: 8px; }
  table.figs td { vertical-align: middle; }
  table.figs input[type='text'] { width: 100%; min-width: 6em; }
  table.figs td.label-cell input { min-width: 10em; }
  table.figs td.value-cell input { min-width: 8em; text-align: end; }
  table.figs td.unit-cell input { min-width: 4em; width: 5em; }
  table.figs td.quote { color: var(--b-muted); font-size: 13px; min-width: 14em; max-width: 28em; }
  table.figs small { display: block; color: var(--b-muted); }
  tr.excluded td:not(:first-child) { opacity: 0.6; }

  .choices-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 14px; }
  .choice { border: 1px solid var(--b-rule); border-radius: 8px; padding: 10px 12px; display: flex; flex-direction: column; gap: 8px; }
  .choice:has(input:checked) { border: 2px solid var(--b-accent); padding: 9px 11px; }
  .choice label { display: flex; gap: 10px; align-items: flex-start; cursor: pointer; }
  .choice .name { font-weight: 600; }
  .left-out { margin-top: 16px; }
  .left-out h3 { margin: 0 0 6px; font-size: 15px; }
  .left-out ul { margin: 0; padding-inline-start: 20px; }
  .left-out li { margin: 4px 0; overflow-wrap: anywhere; }
  .left-out .name { font-weight: 600; }
  .left-out .reason { color: var(--b-muted); }
  .choice .reason { display: block; color: var(--b-muted); font-size: 14px; }
  .choice .badge { display: inline-block; margin-inline-start: 6px; padding: 0 6px; border-radius: 4px; background: var(--b-accent); color: var(--b-on-accent); font-size: 12px; font-weight: 600; }
  .mini { overflow: hidden; max-height: 260px; border-top: 1px solid var(--b-rule); padding-top: 4px; position: relative; }
  .mini::after { content: ''; position: absolute; inset: auto 0 0; height: 28px; background: linear-gradient(transparent, var(--b-panel)); }

  .describe-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 20px; }
  .live-preview { display: none; }
  @media (min-width: 1100px) {
    .describe-layout { grid-template-columns: minmax(0, 1fr) minmax(320px, 400px); }
    .live-preview { display: block; position: sticky; top: 12px; align-self: start; border: 1px solid var(--b-rule); border-radius: 8px; padding: 0 12px 8px; }
    .live-preview h3 { margin-top: 10px; }
  }
  .describe { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px 20px; }
  @media (min-width: 900px) { .describe { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } .describe .wide { grid-column: 1 / -1; } }
  .describe input[type='text'], .describe input[type='url'], .describe select { width: 100%; }
  .swatches { display: flex; flex-wrap: wrap; gap: 10px 18px; }
  .swatch-set { display: inline-flex; gap: 8px; align-items: center; }
  .chips { display: inline-flex; }
  .chip { display: inline-block; width: 18px; height: 18px; border: 1px solid var(--b-rule); }
  .contrast { margin: 4px 0 0; padding-left: 20px; font-size: 14px; }
  .color-row { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 6px 0; }
  input[type='color'] { width: 44px; height: 36px; padding: 2px; border: 1px solid var(--b-muted); border-radius: 6px; background: var(--b-panel); }

  .frames { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
  .frame { margin: 0; border: 1px solid var(--b-rule); border-radius: 8px; overflow: hidden; max-width: 100%; }
  .frame > figcaption { padding: 4px 10px; font-size: 13px; color: var(--b-muted); border-bottom: 1px solid var(--b-rule); }
  .frame .canvas { padding: 0 10px; overflow-x: auto; }
  .frame.full { flex: 1 1 100%; }
  .frame.light .canvas { background: #ffffff; color-scheme: light; }
  .frame.dark .canvas { background: #16181d; color-scheme: dark; }
  .frame.light > figcaption, .frame.light .canvas { --dj-bg: #ffffff; }
  .frame.dark .canvas { --dj-bg: #16181d; }
  .wechat { width: 375px; max-width: 100%; border: 8px solid light-dark(#1b1f24, #3a414a); border-radius: 20px; background: #ededed; color-scheme: light; }
  .wechat .bar { background: #ededed; color: #1b1f24; font-size: 13px; text-align: center; padding: 6px; }
  .wechat .body { background: #ffffff; color: #1b1f24; padding: 12px 14px; }
  .wechat svg { display: block; width: 100%; height: auto; }
  .wechat .bad { color: #a40e26; }

  .channel { margin: 0 0 16px; }
  .channel textarea { font: 13px/1.5 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; background: var(--b-code-bg); white-space: pre; overflow-wrap: normal; }
  .channel .row { margin: 4px 0; }
  .urls { display: grid; grid-template-columns: minmax(0, 1fr); gap: 8px 20px; }
  @media (min-width: 900px) { .urls { grid-template-columns: 1fr 1fr; } }
  .urls input { width: 100%; }
  /* The file input's own button speaks the browser's language: a label in ours stands in for it. */
  .file-open { position: relative; display: inline-flex; align-items: center; padding: 6px 14px; min-height: 36px; border: 1px solid var(--b-rule); border-radius: 6px; background: var(--b-panel); cursor: pointer; }
  .file-open:hover { border-color: var(--b-accent); }
  .file-open:focus-within { outline: 3px solid var(--b-focus); outline-offset: 2px; }
  .file-open input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .foot { color: var(--b-muted); font-size: 14px; padding-bottom: 32px; }
  .toast { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 20; max-width: min(92vw, 40rem); padding: 10px 16px; border-radius: 8px; background: var(--b-fg); color: var(--b-panel); box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); }
  .toast.empty { padding: 0; background: transparent; box-shadow: none; }
  @media (max-width: 600px) {
    .step { padding: 12px 12px 16px; border-radius: 0; border-left: 0; border-right: 0; }
    main.djb-main, .top-inner, .steps-nav ol, .foot { padding-left: 0; padding-right: 0; }
    .top-inner, .steps-nav ol, .foot { padding-left: 12px; padding-right: 12px; }
    .choices-grid { grid-template-columns: minmax(0, 1fr); }
  }
  @media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;

/** Adds the page sheet once (the elements render into the light DOM). */
export function adoptPageStyles(doc: Document = document): void {
  const sheet = pageStyles.styleSheet;
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
