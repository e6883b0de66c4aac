import type { ReportInput, ReportReceipt } from '@kindred/core';

/** A report is about to be sent; `detail` is the report. Cancelable: `preventDefault()` stops it. */
export class KinReportSubmitEvent extends Event {
  constructor(readonly detail: ReportInput) {
    super('kin-report-submit', { bubbles: true, composed: true, cancelable: true });
  }
}

/** The client received the report; `detail` is its receipt, with the reference to show. */
export class KinReportSubmittedEvent extends Event {
  constructor(readonly detail: ReportReceipt) {
    super('kin-report-submitted', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kin-report-submit': KinReportSubmitEvent;
    'kin-report-submitted': KinReportSubmittedEvent;
  }
}
