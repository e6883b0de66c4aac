// React components for the Kindred elements. Props set the element's properties (objects and
// functions included, which plain JSX would turn into attributes before React 19), and each
// `kin-*` event is a callback named after it: `kin-reaction-change` → `onKinReactionChange`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { KinProvider as ProviderElement, type KinErrorEvent, type KinSignInRequestEvent } from '@kindred/core';
import { KinCheckInCard as CheckInCardElement, type KinCheckInSubmitEvent, type KinCheckInSubmittedEvent, type KinSupportSentEvent } from '@kindred/check-in-card';
import { KinEmpathyPrompt as EmpathyPromptElement, type KinEmpathyDecisionEvent, type KinEmpathyNudgeEvent } from '@kindred/empathy-prompt';
import { KinKudosReactions as KudosReactionsElement, type KinReactionChangeEvent, type KinReactionToggleEvent } from '@kindred/kudos-reactions';
import {
  KinReportButton as ReportButtonElement,
  KinReportDialog as ReportDialogElement,
  type KinReportSubmitEvent,
  type KinReportSubmittedEvent,
} from '@kindred/report-button';
import '@kindred/core/kin-provider.js';
import '@kindred/check-in-card/kin-check-in-card.js';
import '@kindred/empathy-prompt/kin-empathy-prompt.js';
import '@kindred/kudos-reactions/kin-kudos-reactions.js';
import '@kindred/report-button/kin-report-button.js';
import '@kindred/report-button/kin-report-dialog.js';

const failures = {
  onKinError: 'kin-error' as EventName<KinErrorEvent>,
  onKinSignInRequest: 'kin-sign-in-request' as EventName<KinSignInRequestEvent>,
};

const reports = {
  onKinReportSubmit: 'kin-report-submit' as EventName<KinReportSubmitEvent>,
  onKinReportSubmitted: 'kin-report-submitted' as EventName<KinReportSubmittedEvent>,
  ...failures,
};

export const KinProvider = createComponent({ react: React, tagName: 'kin-provider', elementClass: ProviderElement });

export const KinKudosReactions = createComponent({
  react: React,
  tagName: 'kin-kudos-reactions',
  elementClass: KudosReactionsElement,
  events: {
    onKinReactionToggle: 'kin-reaction-toggle' as EventName<KinReactionToggleEvent>,
    onKinReactionChange: 'kin-reaction-change' as EventName<KinReactionChangeEvent>,
    ...failures,
  },
});

export const KinReportButton = createComponent({ react: React, tagName: 'kin-report-button', elementClass: ReportButtonElement, events: reports });

export const KinReportDialog = createComponent({
  react: React,
  tagName: 'kin-report-dialog',
  elementClass: ReportDialogElement,
  events: { onClose: 'close', ...reports },
});

export const KinCheckInCard = createComponent({
  react: React,
  tagName: 'kin-check-in-card',
  elementClass: CheckInCardElement,
  events: {
    onKinCheckInSubmit: 'kin-check-in-submit' as EventName<KinCheckInSubmitEvent>,
    onKinCheckInSubmitted: 'kin-check-in-submitted' as EventName<KinCheckInSubmittedEvent>,
    onKinSupportSent: 'kin-support-sent' as EventName<KinSupportSentEvent>,
    ...failures,
  },
});

export const KinEmpathyPrompt = createComponent({
  react: React,
  tagName: 'kin-empathy-prompt',
  elementClass: EmpathyPromptElement,
  events: {
    onKinEmpathyNudge: 'kin-empathy-nudge' as EventName<KinEmpathyNudgeEvent>,
    onKinEmpathyDecision: 'kin-empathy-decision' as EventName<KinEmpathyDecisionEvent>,
  },
});
