import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font-family: var(--_kin-font-family);
    font-size: var(--_kin-font-size-sm);
    color: var(--_kin-color-text-muted);
  }
  /* Quiet until needed: a report button should not draw the eye on every post. */
  [part~='button'] {
    background: transparent;
    border-color: transparent;
    color: inherit;
  }
  [part~='button']:hover {
    background: var(--_kin-color-surface-subtle);
    border-color: var(--_kin-color-border);
    color: var(--_kin-color-text);
  }
`;
