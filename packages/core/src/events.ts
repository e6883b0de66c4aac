import type { KindredError } from './errors.js';

/** A client call failed. Carries the `KindredError`; the component has already recovered. */
export class KinErrorEvent extends Event {
  constructor(readonly error: KindredError) {
    super('kin-error', { bubbles: true, composed: true });
  }
}

/** Someone signed out tried to do something that needs an account. The host may offer to sign in. */
export class KinSignInRequestEvent extends Event {
  constructor() {
    super('kin-sign-in-request', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-error': KinErrorEvent;
    'kin-sign-in-request': KinSignInRequestEvent;
  }
}
