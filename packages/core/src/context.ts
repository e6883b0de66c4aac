import { createContext } from '@lit/context';
import type { StringOverrides } from './i18n.js';
import type { KindredClient, SupportResource, Viewer } from './types.js';

/** What a `<kin-provider>` hands to the Kindred elements inside it. */
export interface KindredContext {
  client?: KindredClient;
  /** `null` when signed out; absent when no provider said. */
  viewer?: Viewer | null;
  resources?: SupportResource[];
  strings?: StringOverrides;
}

// A global symbol, so elements from separately bundled copies of core (CDN modules) still meet.
export const kindredContext = createContext<KindredContext>(Symbol.for('kindred.context'));
