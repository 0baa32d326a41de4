import { css } from 'lit';

export const waffleStyles = css`
  .pat-bg {
    fill: var(--_c);
  }
  .pat-fg {
    fill: var(--_bg);
    stroke: var(--_bg);
    stroke-width: 1.4;
  }
  rect.square {
    stroke: none;
  }
  .unit-text {
    fill: var(--_muted);
  }
  .category:focus {
    outline: none;
  }
  /* The category being read stands out by dimming the others, not by colour alone. */
  .squares.reading rect.square {
    opacity: 0.3;
  }
  .squares.reading rect.square.on {
    opacity: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    rect.square {
      transition: opacity 200ms ease-out;
    }
  }
`;
