import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: min(var(--kin-report-dialog-width, 34rem), 100% - 1rem);
    max-block-size: calc(100dvh - 1rem);
    overflow: auto;
    padding: var(--_kin-space-5);
    border: 1px solid var(--_kin-color-border);
    border-radius: var(--_kin-radius);
    background: var(--_kin-color-surface);
    color: var(--_kin-color-text);
    font-family: var(--_kin-font-family);
    font-size: var(--_kin-font-size-md);
    line-height: var(--_kin-line-height);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  [part~='heading'] {
    margin: 0 0 var(--_kin-space-3);
    font-size: 1.25em;
  }
  /* The heading takes focus only to be read out; it is not a control. */
  [part~='heading']:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--_kin-space-3);
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_kin-space-3);
    padding: 0;
  }
  legend,
  label,
  dt {
    font-weight: var(--_kin-font-weight-strong);
  }
  legend {
    margin-block-end: var(--_kin-space-2);
  }
  label {
    display: block;
    margin-block: var(--_kin-space-3) var(--_kin-space-1);
  }
  .choice {
    margin-block: var(--_kin-space-2);
  }
  .choice > label {
    display: inline;
    font-weight: normal;
  }
  .hint {
    margin: 0;
    color: var(--_kin-color-text-muted);
    font-size: var(--_kin-font-size-sm);
    font-weight: normal;
  }
  .choice > .hint {
    padding-inline-start: 1.75rem;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin-inline-end: var(--_kin-space-2);
    vertical-align: -0.15em;
    accent-color: var(--_kin-color-accent);
  }
  [part~='error'] {
    margin: var(--_kin-space-1) 0 0;
    color: var(--_kin-color-danger);
    font-weight: var(--_kin-font-weight-strong);
  }
  .avoid {
    margin-block-start: var(--_kin-space-4);
    padding-block-start: var(--_kin-space-3);
    border-block-start: 1px solid var(--_kin-color-border);
  }
  dd {
    margin: 0 0 var(--_kin-space-2);
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  [part~='resources'] {
    padding-inline-start: var(--_kin-space-4);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_kin-space-2);
    margin-block-start: var(--_kin-space-4);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
