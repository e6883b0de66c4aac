import type { CheckIn, CheckInInput, SupportReply } from '@kindred/core';

/** A check-in is about to be shared; `detail` is what will be sent. Cancelable. */
export class KinCheckInSubmitEvent extends Event {
  constructor(readonly detail: CheckInInput) {
    super('kin-check-in-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** The client received the check-in; `detail` is it as others will see it. */
export class KinCheckInSubmittedEvent extends Event {
  constructor(readonly detail: CheckIn) {
    super('kin-check-in-submitted', { bubbles: true, composed: true });
  }
}

/** A supportive reply reached the client; `detail` is the reply. */
export class KinSupportSentEvent extends Event {
  constructor(readonly detail: SupportReply) {
    super('kin-support-sent', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-check-in-submit': KinCheckInSubmitEvent;
    'kin-check-in-submitted': KinCheckInSubmittedEvent;
    'kin-support-sent': KinSupportSentEvent;
  }
}
