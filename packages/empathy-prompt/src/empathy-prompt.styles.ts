import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_kin-font-family);
    line-height: var(--_kin-line-height);
    color: var(--_kin-color-text);
    --_accent: var(--kin-empathy-accent, var(--_kin-color-accent));
  }
  p,
  h2 {
    margin: 0 0 var(--_kin-space-2);
  }
  h2 {
    font-size: 1em;
    font-weight: var(--_kin-font-weight-strong);
  }
  ul {
    margin: 0 0 var(--_kin-space-2);
    padding-inline-start: var(--_kin-space-4);
  }
  /* Empty while the draft is fine, so the status region is in place before it has news. */
  [part~='hint'].shown,
  [part~='prompt'],
  [part~='support'] {
    margin-block-start: var(--_kin-space-2);
    padding: var(--_kin-space-3);
    border: 1px solid var(--_kin-color-border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_kin-radius);
    background: var(--_kin-color-surface-subtle);
  }
  [part~='prompt'] {
    background: var(--_kin-color-surface);
  }
  [part~='prompt']:focus-visible {
    outline: var(--_kin-focus-ring-width) solid var(--_kin-color-focus);
    outline-offset: var(--_kin-focus-ring-offset);
  }
  [part~='suggestions'] p {
    margin-block-end: var(--_kin-space-1);
  }
  [part~='machine'] {
    color: var(--_kin-color-text-muted);
    font-size: 0.875em;
  }
  [part~='why'] {
    margin-block-end: var(--_kin-space-2);
  }
  summary {
    cursor: pointer;
    color: var(--_kin-color-accent);
    inline-size: fit-content;
  }
  summary:focus-visible {
    outline: var(--_kin-focus-ring-width) solid var(--_kin-color-focus);
    outline-offset: var(--_kin-focus-ring-offset);
  }
  [part~='why'] p {
    margin-block-start: var(--_kin-space-1);
    color: var(--_kin-color-text-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kin-space-2);
  }
  a {
    color: var(--_kin-color-accent);
  }
  @media (forced-colors: active) {
    [part~='hint'].shown,
    [part~='prompt'],
    [part~='support'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
