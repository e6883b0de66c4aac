// Each tag's element class and the events it fires, for the framework type entries (`./vue`,
// `./svelte`, and `@kindred/react/jsx`) to map from one list.
import type { KinErrorEvent, KinProvider, KinSignInRequestEvent } from '@kindred/core';
import type { KinCheckInCard, KinCheckInSubmitEvent, KinCheckInSubmittedEvent, KinSupportSentEvent } from '@kindred/check-in-card';
import type { KinEmpathyDecisionEvent, KinEmpathyNudgeEvent, KinEmpathyPrompt } from '@kindred/empathy-prompt';
import type { KinKudosReactions, KinReactionChangeEvent, KinReactionToggleEvent } from '@kindred/kudos-reactions';
import type { KinReportButton, KinReportDialog, KinReportSubmitEvent, KinReportSubmittedEvent } from '@kindred/report-button';

interface Failures {
  'kin-error': KinErrorEvent;
  'kin-sign-in-request': KinSignInRequestEvent;
}

interface Reports extends Failures {
  'kin-report-submit': KinReportSubmitEvent;
  'kin-report-submitted': KinReportSubmittedEvent;
}

export interface KindredTags {
  'kin-provider': { element: KinProvider; events: object };
  'kin-kudos-reactions': {
    element: KinKudosReactions;
    events: Failures & { 'kin-reaction-toggle': KinReactionToggleEvent; 'kin-reaction-change': KinReactionChangeEvent };
  };
  'kin-report-button': { element: KinReportButton; events: Reports };
  'kin-report-dialog': { element: KinReportDialog; events: Reports & { close: Event } };
  'kin-check-in-card': {
    element: KinCheckInCard;
    events: Failures & {
      'kin-check-in-submit': KinCheckInSubmitEvent;
      'kin-check-in-submitted': KinCheckInSubmittedEvent;
      'kin-support-sent': KinSupportSentEvent;
    };
  };
  'kin-empathy-prompt': {
    element: KinEmpathyPrompt;
    events: { 'kin-empathy-nudge': KinEmpathyNudgeEvent; 'kin-empathy-decision': KinEmpathyDecisionEvent };
  };
}

/** A tag's own properties, each optional: what a template may set on it. */
export type TagProperties<Tag extends keyof KindredTags> = Partial<Omit<KindredTags[Tag]['element'], keyof HTMLElement>>;

/** A tag's events as listener props named `on` + the event's name: `onkin-reaction-change`. */
export type TagListeners<Tag extends keyof KindredTags> = {
  [Name in keyof KindredTags[Tag]['events'] & string as `on${Name}`]?: (event: KindredTags[Tag]['events'][Name]) => void;
};
