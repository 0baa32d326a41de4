/**
 * The state every chart keeps between updates, under the frame (framed.ts) and its attributes
 * (inputs.ts): the data from its four inputs (data/controller.ts), the memoised scene and its
 * status (scene-state.ts), the width (width.ts), the viewport and motion watchers, the text
 * measurement a layout is given, and the row limit. DjWidget (core/widget.ts) adds the update
 * cycle, the frame's render and the static drawing.
 */
import type { PropertyValues } from 'lit';
import { InViewController } from '../controllers/in-view.js';
import { ReducedMotionController } from '../controllers/reduced-motion.js';
import { WidthController } from '../controllers/size.js';
import { DataController } from '../data/controller.js';
import type { DataError, DataInput } from '../data/errors.js';
import { tooManyRows } from '../data/limits.js';
import type { DataTable } from '../data/typed.js';
import type { NumberStyle } from '../format/number.js';
import { LayoutText, type Measure } from '../measure.js';
import type { WidgetScene, WidgetStatus } from '../scene.js';
import { DjWidgetInputs } from './inputs.js';
import { SceneState } from './scene-state.js';
import { chartWidthOf } from './width.js';

export abstract class DjChartState<S extends WidgetScene> extends DjWidgetInputs {
  /**
   * Many embeds: a page may hold dozens of widgets. The scene (cheap: numbers) is laid out at
   * once, so the placeholder has the final height and nothing shifts; the marks (DOM, the
   * expensive part) are rendered once the widget comes within a screen of the viewport, and
   * kept after that.
   */
  protected readonly near = new InViewController(this, { threshold: 0, rootMargin: '100% 0px', once: true });
  /** Entrance motion runs the first time the widget is well inside the viewport. */
  protected readonly entered = new InViewController(this, { threshold: 0, rootMargin: '0px 0px -15% 0px', once: true });
  protected readonly motion = new ReducedMotionController(this);
  protected readonly dataInputs = new DataController(this);
  /**
   * Width: read from the host before the first render (so the first render is at the real
   * width, with no second update), then followed on an empty full-width sizer, not the host:
   * the host's height changes with every render, and observing it would loop.
   */
  protected readonly resize = new WidthController(this);
  protected readonly scenes = new SceneState<S>();
  protected readonly layoutText = new LayoutText();

  /** The last scene drawn; kept on screen when newer input fails. */
  protected get scene(): S | undefined { return this.scenes.scene; }
  protected set scene(v: S | undefined) { this.scenes.scene = v; }
  protected get dataTable(): DataTable | undefined { return this.scenes.dataTable; }
  protected set dataTable(v: DataTable | undefined) { this.scenes.dataTable = v; }
  protected get status(): WidgetStatus { return this.scenes.status; }
  protected set status(v: WidgetStatus) { this.scenes.status = v; }
  protected get error(): DataError | undefined { return this.scenes.error; }
  protected set error(v: DataError | undefined) { this.scenes.error = v; }

  /** The text measurement a layout is given: the page's canvas, or the server's estimate while hydrating. */
  protected get layoutMeasure(): Measure {
    return this.layoutText.measure;
  }
  /** The font a layout measures with: the widget's computed one, or the server's while hydrating. */
  protected layoutFont(): string {
    return this.layoutText.font(this);
  }

  /** The width the chart is laid out at; 0 while hidden (then no work is done). */
  protected get chartWidth(): number {
    return chartWidthOf({ width: this.width, ssrWidth: this.ssrWidth, firstHydration: this.hydrating && !this.hasUpdated, measured: this.resize.value });
  }

  /** The most rows this widget draws; more are refused with a message (README "Row limits"). */
  static maxRows = 1000;

  /** The row-limit error for `rows`, or null (core/data/limits.ts). */
  protected rowLimit(rows: number, input: DataInput): DataError | null {
    return tooManyRows(rows, (this.constructor as typeof DjChartState).maxRows, input);
  }

  /**
   * The widget's number format (`decimals`, `notation`), handed to its layout as an option: per
   * element, never a module global, so widgets laid out together cannot borrow each other's.
   */
  protected get numberStyle(): NumberStyle {
    return { decimals: this.decimals, notation: this.notation };
  }

  /** A failure the widget found itself: shown in place of (or over) the last chart, and reported once. */
  protected fail(error: DataError): void {
    this.scenes.fail(error, (e) => this.report(e));
  }

  /**
   * No rendering while detached: an update queued just before removal would render into a
   * detached tree, and directives there (the sizer's ResizeObserver target) would observe
   * again. Connecting asks for the update that was skipped.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }
}
