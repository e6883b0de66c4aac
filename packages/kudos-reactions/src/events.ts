import type { ReactionSummary } from '@kindred/core';

/** The viewer is about to add or remove a reaction. Cancelable: `preventDefault()` stops the call. */
export class KinReactionToggleEvent extends Event {
  constructor(
    readonly subject: string,
    readonly reaction: string,
    readonly on: boolean,
  ) {
    super('kin-reaction-toggle', { bubbles: true, composed: true, cancelable: true });
  }
}

/** The client confirmed a reaction change; `summary` is the subject's state after it. */
export class KinReactionChangeEvent extends Event {
  constructor(
    readonly subject: string,
    readonly reaction: string,
    readonly on: boolean,
    readonly summary: ReactionSummary,
  ) {
    super('kin-reaction-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-reaction-toggle': KinReactionToggleEvent;
    'kin-reaction-change': KinReactionChangeEvent;
  }
}
