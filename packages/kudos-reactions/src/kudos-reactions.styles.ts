import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--_kin-font-family);
    font-size: var(--_kin-font-size-sm);
    line-height: var(--_kin-line-height);
    color: var(--_kin-color-text);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--kin-kudos-gap, var(--_kin-space-2));
  }
  /* Inline content rather than flex inside each reaction: a page may hold a thousand bars, and
     this halves their layout time. */
  [part='reaction'] {
    white-space: nowrap;
  }
  /* Pressed is told by a thicker border and bolder text as well as by colour. */
  [part~='button'][aria-pressed='true'] {
    background: var(--_kin-color-accent-subtle);
    border-color: var(--_kin-color-accent);
    box-shadow: inset 0 0 0 1px var(--_kin-color-accent);
    font-weight: var(--_kin-font-weight-strong);
  }
  /* A reaction with a "who reacted" button is one pill in two halves. */
  [part~='button'][data-joined] {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  [part~='who-button'] {
    padding-inline: var(--_kin-space-2);
    margin-inline-start: -1px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  [part~='emoji'] {
    font-size: 1.15em;
    line-height: 1;
  }
  [part~='count'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='reactors'] {
    margin-block-start: var(--_kin-space-2);
    padding: var(--_kin-space-3);
    border: 1px solid var(--_kin-color-border);
    border-radius: var(--_kin-radius);
    background: var(--_kin-color-surface);
    max-inline-size: 24rem;
  }
  [part~='reactors'] ul {
    margin: 0;
    padding-inline-start: var(--_kin-space-4);
  }
  [part~='reactors'] p,
  [part~='message'] {
    margin: var(--_kin-space-1) 0 0;
  }
  [part~='message'] {
    color: var(--_kin-color-text-muted);
  }
  @media (forced-colors: active) {
    [part~='button'][aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
  }
`;
