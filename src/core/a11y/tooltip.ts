/**
 * The tooltip every widget shows for the point under the pointer or the keyboard focus. It is
 * aria-hidden: the focused mark's own aria-label already says the same to screen readers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';

export interface TooltipContent {
  title: string;
  lines: string[];
  /** Anchor point in the chart's pixels. */
  x: number;
  y: number;
}

/** Keeps the box inside the chart: flips left of the anchor past the middle of the width. */
export function renderTooltip(tip: TooltipContent | null, width: number): TemplateResult | typeof nothing {
  if (!tip) return nothing;
  const flip = tip.x > width / 2;
  const style = {
    top: `${Math.max(0, tip.y)}px`,
    left: flip ? 'auto' : `${tip.x + 8}px`,
    right: flip ? `${Math.max(0, width - tip.x + 8)}px` : 'auto',
    transform: 'translateY(-50%)',
  };
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${styleProps(style)}>
    <strong>${tip.title}</strong>${tip.lines.map((l) => html`<span>${l}</span><br />`)}
  </div>`;
}
