import type { KindredError } from './errors.js';

/** A client call failed. Carries the `KindredError`; the component has already recovered. */
export class KinErrorEvent extends Event {
  constructor(readonly error: KindredError) {
    super('kin-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-error': KinErrorEvent;
  }
}
