import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--kin-check-in-max-width, 32rem);
    font-family: var(--_kin-font-family);
    line-height: var(--_kin-line-height);
    color: var(--_kin-color-text);
  }
  [part~='card'] {
    padding: var(--_kin-space-4);
    border: 1px solid var(--_kin-color-border);
    border-radius: var(--_kin-radius);
    background: var(--_kin-color-surface);
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_kin-space-3);
    padding: 0;
    min-inline-size: 0;
  }
  legend,
  label[for],
  h2,
  h3 {
    font-weight: var(--_kin-font-weight-strong);
  }
  legend {
    margin-block-end: var(--_kin-space-2);
    font-size: 1.1em;
  }
  h2,
  h3,
  p {
    margin: 0 0 var(--_kin-space-2);
  }
  h2 {
    font-size: 1.1em;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1em;
  }
  .moods {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kin-space-2);
  }
  .moods legend {
    inline-size: 100%;
  }
  /* Each mood is a tile: the radio stays in place for assistive technology and keyboards. */
  [part~='mood'] {
    position: relative;
    flex: 1 1 4.5rem;
  }
  [part~='mood'] input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
  }
  [part~='mood'] .choice {
    display: block;
    padding: var(--_kin-space-2);
    text-align: center;
    border: 1px solid var(--_kin-color-border);
    border-radius: var(--_kin-radius);
    background: var(--_kin-color-surface-subtle);
    font-size: var(--_kin-font-size-sm);
  }
  [part~='mood'] span[aria-hidden] {
    display: block;
    font-size: 1.6em;
    line-height: 1.2;
  }
  [part~='mood'] input:checked + .choice {
    border: 2px solid var(--_kin-color-accent);
    background: var(--_kin-color-accent-subtle);
    font-weight: var(--_kin-font-weight-strong);
  }
  [part~='mood'] input:focus-visible + .choice {
    outline: var(--_kin-focus-ring-width) solid var(--_kin-color-focus);
    outline-offset: var(--_kin-focus-ring-offset);
  }
  [part~='mood'] input[aria-invalid='true'] + .choice {
    border-color: var(--_kin-color-danger);
  }
  [part~='audience'] label {
    display: inline-flex;
    gap: var(--_kin-space-1);
    margin-inline-end: var(--_kin-space-3);
  }
  [part~='support'] {
    margin-block: var(--_kin-space-3);
    padding: var(--_kin-space-3);
    border-inline-start: 4px solid var(--_kin-color-accent);
    background: var(--_kin-color-accent-subtle);
  }
  [part~='resources'] {
    margin: 0;
    padding-inline-start: var(--_kin-space-4);
  }
  label[for] {
    display: block;
    margin-block-end: var(--_kin-space-1);
  }
  .hint,
  time {
    color: var(--_kin-color-text-muted);
    font-size: var(--_kin-font-size-sm);
    font-weight: normal;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kin-space-2);
    margin-block: var(--_kin-space-2);
  }
  [part~='note'] {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  [part~='message'] {
    margin-block-start: var(--_kin-space-2);
    color: var(--_kin-color-text-muted);
  }
  @media (forced-colors: active) {
    [part~='mood'] input:checked + .choice {
      border-color: Highlight;
    }
  }
`;
