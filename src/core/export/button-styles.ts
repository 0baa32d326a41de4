/**
 * The export button's rules, which every chart's footer needs before the menu exists (./button.ts).
 * In a module of their own that imports no more than Lit's `css`: the first paint (core/paint/)
 * adopts this same sheet without the button's Lit templates.
 */
import { css } from 'lit';

/** What the footer needs before the menu exists; the menu's own rules are adopted with it. */
export const exportButtonStyles = css`
  .export {
    position: relative;
    display: inline-block;
  }
  .export-button .chevron {
    display: inline-block;
    margin-inline-start: 4px;
    font-size: 0.8em;
  }
  .export-status {
    flex-basis: 100%;
    margin: 0;
  }
  /* Empty, the live region stays in the tree (so its first message is announced) but takes no room. */
  .export-status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
