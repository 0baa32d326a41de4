/** The events widgets fire; all bubble and cross shadow roots (composed). */

export interface DjSelectDetail {
  /** Index of the datum in the input rows. */
  index: number;
  label: string;
  value: number | null;
  unit: string;
  /** The series, for charts with several. */
  series?: string;
}

export type DjSelectEvent = CustomEvent<DjSelectDetail>;

export function selectEvent(detail: DjSelectDetail): DjSelectEvent {
  return new CustomEvent('dj-select', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dj-select': DjSelectEvent;
  }
}
