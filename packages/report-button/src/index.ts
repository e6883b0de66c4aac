export { KinReportSubmitEvent, KinReportSubmittedEvent } from './events.js';
export { reportMessages, type ReportMessages } from './messages.js';
export { KinReportButton } from './report-button.js';
export { KinReportDialog } from './report-dialog.js';
export type { CommunityRule } from './report-draft.js';
