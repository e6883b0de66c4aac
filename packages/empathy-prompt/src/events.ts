import type { Category, Span } from './analyzer/index.js';

/** Where a nudge was shown: the hint while typing, or the prompt before posting. */
export type EmpathyNudgeKind = 'hint' | 'prompt';

export interface EmpathyNudge {
  kind: EmpathyNudgeKind;
  score: number;
  categories: Category[];
  /** Where the triggering words are in the draft; with `include-text`, also what they say. */
  spans: (Omit<Span, 'text'> & { text?: string })[];
  /** The draft itself, only with `include-text`. */
  text?: string;
}

/** What the person did about a nudge. */
export type EmpathyDecision = 'edited' | 'posted-anyway' | 'dismissed' | 'feedback-not-harsh';

export interface EmpathyDecisionDetail {
  decision: EmpathyDecision;
  score: number;
  categories: Category[];
  /** The draft, only with `include-text`. */
  text?: string;
}

/** A hint or the pre-submit prompt was shown. */
export class KinEmpathyNudgeEvent extends Event {
  constructor(readonly detail: EmpathyNudge) {
    super('kin-empathy-nudge', { bubbles: true, composed: true });
  }
}

/** The person answered a nudge: edited, posted anyway, dismissed it, or said it wasn't harsh. */
export class KinEmpathyDecisionEvent extends Event {
  constructor(readonly detail: EmpathyDecisionDetail) {
    super('kin-empathy-decision', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-empathy-nudge': KinEmpathyNudgeEvent;
    'kin-empathy-decision': KinEmpathyDecisionEvent;
  }
}
