// Types for the tags themselves in React 19 JSX, which sets properties and listens to events on
// custom elements: `<kin-kudos-reactions subject="p1" onkin-reaction-change={…} />`. Import once:
// `import type {} from '@kindred/react/jsx'`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KinErrorEvent, KinProvider, KinSignInRequestEvent } from '@kindred/core';
import type { KinCheckInCard, KinCheckInSubmitEvent, KinCheckInSubmittedEvent, KinSupportSentEvent } from '@kindred/check-in-card';
import type { KinEmpathyDecisionEvent, KinEmpathyNudgeEvent, KinEmpathyPrompt } from '@kindred/empathy-prompt';
import type { KinKudosReactions, KinReactionChangeEvent, KinReactionToggleEvent } from '@kindred/kudos-reactions';
import type { KinReportButton, KinReportDialog, KinReportSubmitEvent, KinReportSubmittedEvent } from '@kindred/report-button';

/** The element's own properties, each optional, and `class` as custom elements take it. */
type Props<E extends HTMLElement, Events> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Omit<E, keyof HTMLElement>> &
  Events & { class?: string };

type Failures = {
  'onkin-error'?: (event: KinErrorEvent) => void;
  'onkin-sign-in-request'?: (event: KinSignInRequestEvent) => void;
};

type Reports = Failures & {
  'onkin-report-submit'?: (event: KinReportSubmitEvent) => void;
  'onkin-report-submitted'?: (event: KinReportSubmittedEvent) => void;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'kin-provider': Props<KinProvider, unknown>;
      'kin-kudos-reactions': Props<
        KinKudosReactions,
        Failures & {
          'onkin-reaction-toggle'?: (event: KinReactionToggleEvent) => void;
          'onkin-reaction-change'?: (event: KinReactionChangeEvent) => void;
        }
      >;
      'kin-report-button': Props<KinReportButton, Reports>;
      'kin-report-dialog': Props<KinReportDialog, Reports>;
      'kin-check-in-card': Props<
        KinCheckInCard,
        Failures & {
          'onkin-check-in-submit'?: (event: KinCheckInSubmitEvent) => void;
          'onkin-check-in-submitted'?: (event: KinCheckInSubmittedEvent) => void;
          'onkin-support-sent'?: (event: KinSupportSentEvent) => void;
        }
      >;
      'kin-empathy-prompt': Props<
        KinEmpathyPrompt,
        {
          'onkin-empathy-nudge'?: (event: KinEmpathyNudgeEvent) => void;
          'onkin-empathy-decision'?: (event: KinEmpathyDecisionEvent) => void;
        }
      >;
    }
  }
}
