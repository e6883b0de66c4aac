import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  announce,
  buttonStyles,
  KindredController,
  OutboxController,
  readReportReceipt,
  tokenStyles,
  warnOnce,
  type KindredClient,
  type StringOverrides,
} from '@kindred/core';
import { describeSubject, reportMessages, type ReportMessages } from './messages.js';
import type { KinReportDialog } from './report-dialog.js';
import { styles } from './report-button.styles.js';
import type { CommunityRule } from './report-draft.js';
import { recordDelivery, recordRefusal, savedReports, scope, type SavedReport } from './saved-reports.js';

/**
 * A quiet "Report" button that opens the report flow. Its accessible name says what and whose
 * ("Report comment by Sam"); once reported, it says so, with the report's status when the client
 * can tell, and opens the receipt again.
 *
 * Needs `<kin-report-dialog>` registered too; `@kindred/report-button/kin-report-button.js` does both.
 *
 * @summary Opens the report flow; afterwards shows that, and how far, it was reported.
 * @fires kin-report-submit - From its dialog, before a report is sent. Cancelable.
 * @fires kin-report-submitted - From its dialog, after the client received the report.
 * @fires kin-error - From its dialog, when a call failed.
 * @csspart button - The button.
 * @csspart dialog - The report flow's dialog, forwarded from `<kin-report-dialog>`.
 */
export class KinReportButton extends LitElement {
  static override styles = [tokenStyles, buttonStyles, styles];

  /** Id of what is reported. Required; without it the button is disabled. */
  @property() subject = '';

  /** What kind of thing it is: `comment`, `post`, `reply`, `message`, `profile`, or your own. */
  @property({ attribute: 'subject-type' }) subjectType = 'post';

  /** Id of the author, so the flow can offer blocking and muting them. */
  @property({ attribute: 'author-id' }) authorId = '';

  /** The author's display name, used in the button's accessible name. */
  @property({ attribute: 'author-name' }) authorName = '';

  /** Where the reported thing is, for legal notices. Default: this page's address. */
  @property({ attribute: 'subject-url' }) subjectUrl = '';

  /** The community's rules, offered for "Breaks community rules". */
  @property({ attribute: false }) rules: CommunityRule[] = [];

  /** What happens after a report, in your words. */
  @property({ attribute: 'next-steps' }) nextSteps = '';

  /** A client for this button alone; otherwise the nearest `<kin-provider>`'s. */
  @property({ attribute: false }) client?: KindredClient;

  /** Replacement strings by locale and message id. */
  @property({ attribute: false }) strings?: StringOverrides<ReportMessages>;

  /** The dialog exists from the first press on. */
  @state() private wanted = false;
  @state() private saved?: SavedReport;

  @query('kin-report-dialog') private dialog?: KinReportDialog;

  private readonly kindred = new KindredController<ReportMessages>(this, reportMessages);
  // Delivers reports saved while offline, even where no dialog was ever opened on this page.
  protected readonly outbox = new OutboxController(this, this.kindred, {
    onDelivered: (event) => {
      if (recordDelivery(event) === this.subject) this.refresh();
    },
    onFailed: (event) => {
      if (recordRefusal(event) !== this.subject) return;
      this.refresh();
      announce(this.kindred.t('outbox.failed.report'), { from: this });
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('subject') || !this.hasUpdated) this.refresh();
  }

  protected override updated(): void {
    if (!this.subject) warnOnce('<kin-report-button> stays disabled until it has a `subject`.');
  }

  /** Opens the report flow, as pressing the button does. */
  async open(): Promise<void> {
    this.wanted = true;
    await this.updateComplete;
    await this.dialog?.open();
  }

  private refresh(): void {
    this.saved = this.subject ? savedReports.get(scope(this.kindred.viewer?.id, this.subject)) : undefined;
    void this.checkStatus();
  }

  /** Asks the client where a report has got to, where it can tell. */
  private async checkStatus(): Promise<void> {
    const saved = this.saved;
    const client = this.kindred.client;
    if (!saved || !('receipt' in saved) || !client?.getReportStatus) return;
    try {
      const receipt = readReportReceipt(await client.getReportStatus(saved.receipt.id));
      savedReports.set(scope(this.kindred.viewer?.id, this.subject), { receipt });
      this.saved = { receipt };
    } catch {
      // The status is a nicety; the button still says "Reported".
    }
  }

  override render() {
    const what = describeSubject(this.kindred, this.subjectType, this.authorName);
    const saved = this.saved;
    const label =
      saved && 'receipt' in saved
        ? this.kindred.t('report.reported', { status: this.kindred.t(`report.status.${saved.receipt.status}`) })
        : saved
          ? this.kindred.t('report.saved')
          : this.kindred.t('report.button');
    return html`<button
        part="button"
        aria-label=${saved ? `${label}: ${what}` : this.kindred.t('report.name', { what })}
        aria-haspopup="dialog"
        ?disabled=${!this.subject}
        @click=${this.open}
      >
        ${label}
      </button>
      ${this.wanted
        ? html`<kin-report-dialog
            exportparts="dialog"
            .subject=${this.subject}
            .subjectType=${this.subjectType}
            .authorId=${this.authorId}
            .authorName=${this.authorName}
            .subjectUrl=${this.subjectUrl}
            .rules=${this.rules}
            .nextSteps=${this.nextSteps}
            .client=${this.client}
            .strings=${this.strings}
            @kin-report-submitted=${this.refresh}
            @close=${this.refresh}
          ></kin-report-dialog>`
        : nothing}`;
  }
}
