/**
 * The chart box of the frame and the status line above it, as pure functions of the widget's
 * state: the placeholder until the widget is near the viewport, the motion classes, the
 * reserved box of a server render still waiting for its data, and loading / empty / error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataError } from '../data/errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import type { WidgetScene, WidgetStatus } from '../scene.js';
import { styleProps } from '../style-props.js';
import { errorTemplate, noticeTemplate } from './frame-template.js';

export interface ChartBox {
  /** On the server and when pre-rendered, the drawing is the final state: no wait, no entrance. */
  still: boolean;
  /** Drawn now even far below the fold (`eager`), or already near the viewport. */
  near: boolean;
  /** Entrance motion is allowed (the reader's setting and `no-motion`). */
  moving: boolean;
  /** Well inside the viewport: the entrance runs. */
  entered: boolean;
  /** No scene, but a server render holding the space for data promised later. */
  reserved: boolean;
}

/**
 * The chart, or until it is near the viewport a placeholder of its height. Motion classes:
 * `motion-pending` holds marks at their start state until the widget is seen, `motion-run`
 * lets them move to the scene; with reduced motion (or `no-motion`) there is neither, and
 * marks stand in their final place from the first frame. Screen readers get the final
 * content in every case: motion is transforms and opacity only.
 */
export function chartBox<S extends WidgetScene>(scene: S | undefined, b: ChartBox, draw: (scene: S) => TemplateResult): TemplateResult | typeof nothing {
  if (!scene) return b.reserved ? html`<div class="chart reserved" part="chart"></div>` : nothing;
  if (!b.still && !b.near) {
    const height = (scene as WidgetScene & { height?: number }).height;
    return html`<div class="chart placeholder" part="chart" ${styleProps({ 'min-height': `${Math.round(height ?? 240)}px` })}></div>`;
  }
  const moving = !b.still && b.moving;
  const cls = moving ? (b.entered ? 'chart motion-run' : 'chart motion-pending') : 'chart';
  return html`<div class=${cls} part="chart">${draw(scene)}</div>`;
}

export interface StatusLine {
  status: WidgetStatus;
  error: DataError | undefined;
  hasScene: boolean;
  reserved: boolean;
  /** Offered with an error that may pass (a network failure loading `src`). */
  retry: (() => void) | undefined;
}

export function statusLine(s: StatusLine, t: Messages, locale: Locale): TemplateResult | typeof nothing {
  if (s.reserved && (s.status === 'loading' || s.status === 'empty')) return nothing;
  if (s.status === 'error' && s.error) return errorTemplate(t, s.error, locale, s.error.details.transient ? s.retry : undefined);
  if (s.status === 'loading' && !s.hasScene) return noticeTemplate(t.loading);
  if (s.status === 'empty') return noticeTemplate(t.empty);
  return nothing;
}
