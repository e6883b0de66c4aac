import { css } from 'lit';

/**
 * The look every Kindred button shares: the host's font, a pill shape from the tokens, a focus
 * ring that stays visible in forced colours, and transitions that reduced motion turns off.
 * Include after `tokenStyles`.
 */
export const buttonStyles = css`
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2rem;
    padding-block: var(--_kin-space-1);
    padding-inline: var(--_kin-space-3);
    background: var(--_kin-color-surface-subtle);
    border: 1px solid var(--_kin-color-border);
    border-radius: var(--_kin-radius-pill);
    cursor: pointer;
    transition-property: background-color, border-color;
    transition-duration: var(--_kin-motion-duration);
    transition-timing-function: var(--_kin-motion-easing);
  }
  button:focus-visible {
    outline: var(--_kin-focus-ring-width) solid var(--_kin-color-focus);
    outline-offset: var(--_kin-focus-ring-offset);
  }
  button.primary {
    background: var(--_kin-color-accent);
    border-color: var(--_kin-color-accent);
    color: var(--_kin-color-on-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Text fields as every Kindred form draws them: the page's font, a visible border, the focus ring,
 * and a thicker danger border while invalid (colour is never the only sign: an error message says it).
 */
export const fieldStyles = css`
  input:not([type='radio'], [type='checkbox']),
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_kin-color-surface);
    border: 1px solid var(--_kin-color-border);
    border-radius: calc(var(--_kin-radius) / 2);
    padding: var(--_kin-space-2);
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--_kin-focus-ring-width) solid var(--_kin-color-focus);
    outline-offset: 1px;
  }
  input:not([type='radio'], [type='checkbox'])[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_kin-color-danger);
  }
`;
