import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  buttonStyles,
  fieldStyles,
  createIdempotencyKey,
  KindredController,
  KinErrorEvent,
  limits,
  liveChecked,
  OutboxController,
  reportReasons,
  toKindredError,
  tokenStyles,
  warnOnce,
  type CoreMessages,
  type KindredClient,
  type ReportReason,
  type ReportReceipt,
  type StringOverrides,
} from '@kindred/core';
import { KinReportSubmitEvent, KinReportSubmittedEvent } from './events.js';
import { describeSubject, reportMessages, type ReportMessages } from './messages.js';
import { styles } from './report-dialog.styles.js';
import {
  emptyDraft,
  hasTyped,
  problems,
  toReportInput,
  type CommunityRule,
  type Field,
  type ReportDraft,
  type Step,
} from './report-draft.js';
import { recordDelivery, reportDrafts, savedReports, scope, type SavedReport } from './saved-reports.js';

type Relation = 'hide' | 'mute' | 'block';
type Key = keyof (ReportMessages & CoreMessages) & string;

/** The focused element, looked for inside shadow roots too: where focus goes back to on close. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

const detailFields: Field[] = ['target', 'details', 'ruleIds', 'law', 'explanation', 'name', 'email', 'goodFaith'];

/**
 * The report flow, in a native modal dialog: reason, details, optional block or mute, review and
 * confirmation, with Back that keeps everything typed. Drafts are saved as the person types and
 * restored when they come back; a report made offline waits in the outbox and is sent once.
 * "I just don't want to see this" is not a report: it offers hiding, muting and blocking.
 *
 * @summary A calm, accessible report flow that never loses what was typed.
 * @fires kin-report-submit - Before the report is sent; `detail` is the report. Cancelable.
 * @fires kin-report-submitted - The client received the report; `detail` is the receipt.
 * @fires kin-error - A call failed; the dialog says so and keeps everything typed.
 * @fires close - The dialog closed.
 * @csspart dialog - The native dialog.
 * @csspart heading - Each step's heading; it takes focus when the step opens.
 * @csspart error - A field's error message.
 * @csspart actions - The row of Back, Cancel and Next buttons.
 * @csspart primary - A step's main button.
 * @csspart resources - Support resources.
 * @cssprop --kin-report-dialog-width - The dialog's widest inline size.
 */
export class KinReportDialog extends LitElement {
  static override styles = [tokenStyles, buttonStyles, fieldStyles, styles];

  /** Id of what is reported. Required. */
  @property() subject = '';

  /** What kind of thing it is (`comment`, `post`, …): sent with the report and named in the flow. */
  @property({ attribute: 'subject-type' }) subjectType = 'post';

  /** Id of the author; with it, the flow can offer blocking and muting them. */
  @property({ attribute: 'author-id' }) authorId = '';

  /** The author's display name, shown as text. */
  @property({ attribute: 'author-name' }) authorName = '';

  /** Where the reported thing is, for the legal notice. Default: this page's address. */
  @property({ attribute: 'subject-url' }) subjectUrl = '';

  /** The community's rules, offered for "Breaks community rules", which appears only when there are some. */
  @property({ attribute: false }) rules: CommunityRule[] = [];

  /** What happens after a report, in your words. Default: a moderator will look at it. */
  @property({ attribute: 'next-steps' }) nextSteps = '';

  /** A client for this dialog alone; otherwise the nearest `<kin-provider>`'s. */
  @property({ attribute: false }) client?: KindredClient;

  /** Replacement strings by locale and message id. */
  @property({ attribute: false }) strings?: StringOverrides<ReportMessages>;

  @state() private draft: ReportDraft = emptyDraft();
  /** By field: one of our message ids, or a server's own message. */
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private sending = false;
  @state() private failure = '';
  @state() private saved?: SavedReport | { sent: true };
  @state() private restored = false;
  @state() private applied: Relation[] = [];
  /** The step to go back to from "Stop reporting?". */
  private interrupted: Step = 'reason';
  private opener: HTMLElement | null = null;

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly kindred = new KindredController<ReportMessages>(this, reportMessages);
  private readonly outbox = new OutboxController(this, this.kindred, {
    onDelivered: (event) => {
      if (recordDelivery(event) !== this.subject || event.entry.viewerId !== this.viewerId) return;
      this.saved = { receipt: event.result as ReportReceipt };
      this.dispatchEvent(new KinReportSubmittedEvent(event.result as ReportReceipt));
    },
  });

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the flow: where the person left it, at the receipt if they already reported, or at the start. */
  async open(): Promise<void> {
    if (!this.subject) {
      warnOnce('<kin-report-dialog> needs a `subject` before it can open.');
      return;
    }
    this.opener = deepActiveElement();
    this.saved = savedReports.get(this.key);
    const draft = reportDrafts.get(this.key);
    this.restored = draft !== undefined && hasTyped(draft);
    this.draft = this.saved ? { ...emptyDraft(), step: 'done' } : (draft ?? emptyDraft());
    this.errors = {};
    this.failure = '';
    this.applied = [];
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.focusHeading();
  }

  /** Closes the flow; a draft stays saved. */
  close(): void {
    this.dialog?.close();
  }

  private get viewerId(): string | null {
    return this.kindred.viewer?.id ?? null;
  }

  private get key(): string {
    return scope(this.viewerId, this.subject);
  }

  private get location(): string {
    return this.subjectUrl || (globalThis.location?.href ?? '');
  }

  private get author(): string {
    return this.authorName || this.kindred.t('report.someone');
  }

  private get type(): string {
    const id = `report.type.${this.subjectType}` as Key;
    const type = this.kindred.t(id);
    return type === id ? this.subjectType : type;
  }

  private get reasons(): ReportReason[] {
    return reportReasons.filter((reason) => reason !== 'rules' || this.rules.length > 0);
  }

  private offers(relation: Relation): boolean {
    return typeof this.kindred.client?.[relation] === 'function' && (relation === 'hide' || !!this.authorId);
  }

  private edit(change: Partial<ReportDraft>): void {
    this.draft = { ...this.draft, ...change };
    if (this.draft.step !== 'done') reportDrafts.set(this.key, this.draft);
  }

  private editNotice(change: Partial<ReportDraft['notice']>): void {
    this.edit({ notice: { ...this.draft.notice, ...change } });
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
  }

  private go(step: Step): void {
    this.edit({ step });
    void this.focusHeading();
  }

  /** Shows what needs fixing, on the step it belongs to, and takes focus to the first of it. */
  private async show(found: Partial<Record<Field, string>>): Promise<void> {
    this.errors = found;
    const first = Object.keys(found)[0] as Field;
    this.edit({ step: first === 'reason' ? 'reason' : 'details' });
    announce(this.kindred.t('report.fix'), { from: this.dialog });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
  }

  private next(): void {
    const { step } = this.draft;
    const found = problems(this.draft);
    const here = Object.fromEntries(
      Object.entries(found).filter(([field]) => (step === 'reason' ? field === 'reason' : detailFields.includes(field as Field))),
    );
    if (Object.keys(here).length > 0) {
      void this.show(here);
      return;
    }
    this.errors = {};
    if (step === 'reason') this.go('details');
    else if (step === 'details') this.go(this.offers('block') || this.offers('mute') ? 'actions' : 'review');
    else if (step === 'actions') this.go('review');
    else void this.submit();
  }

  private back(): void {
    const { step } = this.draft;
    this.errors = {};
    if (step === 'confirm-close') this.go(this.interrupted);
    else if (step === 'review') this.go(this.offers('block') || this.offers('mute') ? 'actions' : 'details');
    else if (step === 'actions') this.go('details');
    else this.go('reason');
  }

  /** Escape and Cancel: close at once unless something typed would be set aside; then ask first. */
  private requestClose(event?: Event): void {
    event?.preventDefault();
    if (this.draft.step === 'confirm-close') {
      this.back();
    } else if (hasTyped(this.draft) && this.draft.step !== 'done') {
      this.interrupted = this.draft.step;
      this.go('confirm-close');
    } else {
      this.close();
    }
  }

  private discard(): void {
    reportDrafts.delete(this.key);
    this.draft = emptyDraft();
    this.close();
  }

  private onClosed(): void {
    this.opener?.focus();
    this.opener = null;
    // The native dialog's event stays in this shadow root; hosts get one of their own.
    this.dispatchEvent(new Event('close'));
  }

  private async submit(): Promise<void> {
    if (this.sending) return;
    const input = toReportInput(this.draft, {
      subject: this.subject,
      subjectType: this.subjectType,
      authorId: this.authorId,
      location: this.location,
    });
    if (!this.dispatchEvent(new KinReportSubmitEvent(input))) return;
    this.failure = '';
    if (!this.kindred.client) {
      this.finish({ sent: true });
      return;
    }
    this.sending = true;
    const key = this.draft.key ?? createIdempotencyKey();
    this.edit({ key });
    try {
      const result = await this.outbox.send('report', input, key);
      if (result.status === 'sent') {
        this.finish({ receipt: result.result });
        this.dispatchEvent(new KinReportSubmittedEvent(result.result));
      } else {
        this.finish({ queued: true });
        announce(this.kindred.t('outbox.queued.report'), { from: this.dialog });
      }
      for (const relation of ['block', 'mute'] as const) if (this.draft[relation]) void this.apply(relation);
    } catch (thrown) {
      const error = toKindredError(thrown);
      this.dispatchEvent(new KinErrorEvent(error));
      const fields = Object.keys(error.fields ?? {}).filter((field): field is Field => field === 'reason' || detailFields.includes(field as Field));
      if (error.code === 'invalid_input' && fields.length > 0) {
        void this.show(Object.fromEntries(fields.map((field) => [field, error.fields![field]!])));
      } else {
        this.failure = `${this.kindred.t('report.failed')} ${this.kindred.t(`error.${error.code}`)}`;
        announce(this.failure, { politeness: 'assertive', from: this.dialog });
      }
    } finally {
      this.sending = false;
    }
  }

  private finish(saved: SavedReport | { sent: true }): void {
    reportDrafts.delete(this.key);
    if (!('sent' in saved)) savedReports.set(this.key, saved);
    this.saved = saved;
    this.restored = false;
    this.draft = { ...this.draft, step: 'done' };
    void this.focusHeading();
  }

  /** Hides the post, or mutes or blocks its author, for this viewer. */
  private async apply(relation: Relation): Promise<void> {
    const target = relation === 'hide' ? this.subject : this.authorId;
    try {
      await this.kindred.client![relation]!(target, { idempotencyKey: createIdempotencyKey() });
      this.applied = [...this.applied, relation];
      announce(this.kindred.t('report.applied'), { from: this.dialog });
    } catch (thrown) {
      const error = toKindredError(thrown);
      this.dispatchEvent(new KinErrorEvent(error));
      this.failure = this.kindred.t(`error.${error.code}`);
    }
  }

  private error(field: Field): TemplateResult | typeof nothing {
    const problem = this.errors[field];
    if (!problem) return nothing;
    // Server messages arrive as text; ours are message ids.
    const text = problem.startsWith('report.') ? this.kindred.t(problem as Key) : problem;
    return html`<p part="error" id="${field}-error">${text}</p>`;
  }

  /**
   * One labelled control, its hint and its field's error wired to it for assistive technology.
   * `first` marks the control that takes focus when its field needs fixing.
   */
  private control(
    kind: 'text' | 'email' | 'textarea' | 'checkbox' | 'radio',
    id: string,
    label: string,
    value: string | boolean,
    change: (value: string | boolean) => void,
    { field, first = true, hint, name, readonly = false }: { field?: Field; first?: boolean; hint?: string; name?: string; readonly?: boolean } = {},
  ): TemplateResult {
    const invalid = field && this.errors[field] ? 'true' : 'false';
    const describedBy = [hint && `${id}-hint`, invalid === 'true' && `${field}-error`].filter(Boolean).join(' ');
    const focus = field && first ? field : undefined;
    const hintText = hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing;
    const labelText = html`<label for=${id}>${label}</label>`;
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement;
      change(kind === 'checkbox' || kind === 'radio' ? target.checked : target.value);
    };
    if (kind === 'checkbox' || kind === 'radio') {
      return html`<div class="choice">
        <input
          type=${kind}
          id=${id}
          name=${ifDefined(name)}
          data-field=${ifDefined(focus)}
          ?checked=${value as boolean}
          ${liveChecked(value as boolean)}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @change=${onInput}
        />${labelText}${hintText}
      </div>`;
    }
    const input =
      kind === 'textarea'
        ? html`<textarea
            id=${id}
            rows="4"
            data-field=${ifDefined(focus)}
            .value=${value as string}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${onInput}
          ></textarea>`
        : html`<input
            type=${kind}
            id=${id}
            ?readonly=${readonly}
            data-field=${ifDefined(focus)}
            .value=${value as string}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${onInput}
          />`;
    return html`${labelText}${input}${hintText}`;
  }

  private renderReason(): TemplateResult {
    return html`<fieldset aria-labelledby="heading">
        ${this.reasons.map((reason, index) =>
          this.control('radio', `reason-${reason}`, this.kindred.t(`report.reason.${reason}`), this.draft.reason === reason, () => this.edit({ reason }), {
            field: 'reason',
            first: index === 0,
            name: 'reason',
            hint: this.kindred.t(`report.reason.${reason}.hint`),
          }),
        )}
        ${this.error('reason')}
      </fieldset>
      <div class="choice avoid">
        <button type="button" aria-describedby="avoid-hint" @click=${() => this.go('avoid')}>${this.kindred.t('report.avoid')}</button>
        <p class="hint" id="avoid-hint">${this.kindred.t('report.avoid.hint')}</p>
      </div>`;
  }

  private renderDetails(): TemplateResult {
    const { reason, details, notice } = this.draft;
    const t = this.kindred.t.bind(this.kindred);
    const text = (field: 'law' | 'explanation' | 'name' | 'email', label: Key, kind: 'text' | 'email' | 'textarea' = 'text') =>
      html`${this.control(kind, field, t(label), notice[field], (value) => this.editNotice({ [field]: value }), { field })}${this.error(field)}`;
    return html`
      ${reason === 'worried'
        ? html`<p>${t('report.worried.intro', { author: this.author })}</p>
            <p>${t('report.worried.support')}</p>
            ${this.kindred.renderResources()}`
        : nothing}
      ${reason === 'bullying'
        ? html`<fieldset>
            <legend>${t('report.field.target')}</legend>
            ${(['me', 'someone-else'] as const).map((target, index) =>
              this.control('radio', `target-${target}`, t(`report.target.${target}`), this.draft.target === target, () => this.edit({ target }), {
                field: 'target',
                first: index === 0,
                name: 'target',
              }),
            )}
            ${this.error('target')}
          </fieldset>`
        : nothing}
      ${reason === 'rules'
        ? html`<fieldset>
            <legend>${t('report.field.rules')}</legend>
            ${this.rules.map((rule, index) =>
              this.control(
                'checkbox',
                `rule-${index}`,
                rule.title,
                this.draft.ruleIds.includes(rule.id),
                (on) => this.edit({ ruleIds: on ? [...this.draft.ruleIds, rule.id] : this.draft.ruleIds.filter((id) => id !== rule.id) }),
                { field: 'ruleIds', first: index === 0, hint: rule.description },
              ),
            )}
            ${this.error('ruleIds')}
          </fieldset>`
        : nothing}
      ${reason === 'illegal'
        ? html`${text('law', 'report.field.law')}${text('explanation', 'report.field.explanation', 'textarea')}
            ${this.control('text', 'location', t('report.field.location'), this.location, () => {}, { readonly: true })}
            ${this.control('checkbox', 'childAbuse', t('report.field.childAbuse'), notice.childAbuse, (childAbuse) => this.editNotice({ childAbuse: childAbuse as boolean }), {
              hint: t('report.field.childAbuse.hint'),
            })}
            ${notice.childAbuse ? nothing : html`${text('name', 'report.field.name')}${text('email', 'report.field.email', 'email')}`}
            ${this.control('checkbox', 'goodFaith', t('report.field.goodFaith'), notice.goodFaith, (goodFaith) => this.editNotice({ goodFaith: goodFaith as boolean }), {
              field: 'goodFaith',
            })}${this.error('goodFaith')}`
        : nothing}
      ${this.control(
        'textarea',
        'details',
        `${t('report.field.details')}${reason === 'other' ? '' : ` (${t('report.optional')})`}`,
        details,
        (value) => this.edit({ details: value as string }),
        { field: 'details', hint: t('report.count', { count: details.length, limit: limits.reportDetails }) },
      )}
      ${this.error('details')}
    `;
  }

  private renderActions(): TemplateResult {
    return html`${(['block', 'mute'] as const).map((relation) =>
      this.offers(relation)
        ? this.control('checkbox', relation, this.kindred.t(`report.${relation}`, { author: this.author }), this.draft[relation], (on) => this.edit({ [relation]: on }), {
            hint: this.kindred.t(`report.${relation}.hint`, { author: this.author }),
          })
        : nothing,
    )}`;
  }

  private renderReview(): TemplateResult {
    const { reason, target, details, ruleIds, notice } = this.draft;
    const rules = this.rules.filter((rule) => ruleIds.includes(rule.id)).map((rule) => rule.title);
    const also = (['block', 'mute'] as const).filter((relation) => this.draft[relation]);
    const row = (term: Key, value: string) => html`<dt>${this.kindred.t(term)}</dt><dd>${value}</dd>`;
    return html`<dl>
        ${row('report.summary.reason', this.kindred.t(`report.reason.${reason!}`))}
        ${reason === 'bullying' && target ? row('report.field.target', this.kindred.t(`report.target.${target}`)) : nothing}
        ${reason === 'rules' ? row('report.field.rules', this.kindred.format.list(rules)) : nothing}
        ${reason === 'illegal'
          ? html`${row('report.field.law', notice.law)}${row('report.field.explanation', notice.explanation)}
            ${row('report.field.location', this.location)}
            ${notice.childAbuse
              ? row('report.field.childAbuse', '✓')
              : html`${row('report.field.name', notice.name)}${row('report.field.email', notice.email)}`}`
          : nothing}
        ${row('report.summary.details', details.trim() || this.kindred.t('report.summary.none'))}
        ${also.length
          ? row('report.summary.also', this.kindred.format.list(also.map((r) => this.kindred.t(`report.${r}`, { author: this.author }))))
          : nothing}
      </dl>
      ${this.failure ? html`<p part="error" role="alert">${this.failure}</p>` : nothing}`;
  }

  private renderDone(): TemplateResult {
    const saved = this.saved;
    const receipt = saved && 'receipt' in saved ? saved.receipt : undefined;
    return html`
      ${saved && 'queued' in saved ? html`<p>${this.kindred.t('outbox.queued.report')}</p>` : nothing}
      ${receipt ? html`<p>${this.kindred.t('report.reference', { id: receipt.id })}</p>` : nothing}
      <p>${this.nextSteps || this.kindred.t('report.next-steps')}</p>
      <p>${this.kindred.t('report.anonymous', { author: this.author })}</p>
      ${this.failure ? html`<p part="error">${this.failure}</p>` : nothing}
      <p>${this.kindred.t('report.care')}</p>
      ${this.kindred.renderResources()}
    `;
  }

  private renderAvoid(): TemplateResult {
    const offered = (['hide', 'mute', 'block'] as const).filter((relation) => this.offers(relation));
    if (offered.length === 0) return html`<p>${this.kindred.t('report.avoid.none')}</p>`;
    return html`<p>${this.kindred.t('report.avoid.intro')}</p>
      ${offered.map((relation) => {
        const done = this.applied.includes(relation);
        return html`<div class="choice">
          <button type="button" aria-describedby="${relation}-hint" ?disabled=${done} @click=${() => this.apply(relation)}>
            ${relation === 'hide' ? this.kindred.t('report.hide', { type: this.type }) : this.kindred.t(`report.${relation}`, { author: this.author })}${done
              ? ' ✓'
              : ''}
          </button>
          <p class="hint" id="${relation}-hint">${this.kindred.t(`report.${relation}.hint`, { author: this.author })}</p>
        </div>`;
      })}
      ${this.failure ? html`<p part="error" role="alert">${this.failure}</p>` : nothing}`;
  }

  private heading(): string {
    const { step, reason } = this.draft;
    if (step === 'details' && (reason === 'worried' || reason === 'illegal')) return this.kindred.t(`report.heading.${reason}`);
    if (step === 'done' && this.saved && 'queued' in this.saved) return this.kindred.t('report.heading.queued');
    return this.kindred.t(`report.heading.${step}`);
  }

  override render() {
    const { step } = this.draft;
    const t = (key: Key) => this.kindred.t(key);
    const body = {
      reason: () => this.renderReason(),
      details: () => this.renderDetails(),
      actions: () => this.renderActions(),
      review: () => this.renderReview(),
      done: () => this.renderDone(),
      avoid: () => this.renderAvoid(),
      'confirm-close': () => html`<p>${t('report.confirm-close')}</p>`,
    }[step]();
    const button = (label: Key, onClick: () => void, primary = false) =>
      html`<button type=${primary ? 'submit' : 'button'} part=${primary ? 'primary' : 'action'} class=${primary ? 'primary' : ''} @click=${primary ? nothing : onClick}>
        ${t(label)}
      </button>`;
    let actions: TemplateResult;
    if (step === 'done') actions = button('common.close', () => this.close(), true);
    else if (step === 'avoid') actions = html`${button('report.instead', () => this.go('reason'))}${button('common.close', () => this.close(), true)}`;
    else if (step === 'confirm-close')
      actions = html`${button('report.discard', () => this.discard())}${button('common.close', () => this.close())}${button('report.keep', () => this.back(), true)}`;
    else
      actions = html`${step === 'reason' ? nothing : button('common.back', () => this.back())}
        ${button('common.cancel', () => this.requestClose())}
        <button type="submit" part="primary" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
          ${t(step === 'review' ? (this.sending ? 'report.sending' : 'report.send') : 'common.next')}
        </button>`;

    return html`<dialog
      part="dialog"
      aria-label=${this.kindred.t('report.name', { what: describeSubject(this.kindred, this.subjectType, this.authorName) })}
      @cancel=${this.requestClose}
      @close=${this.onClosed}
    >
      <form
        novalidate
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          if (step === 'done' || step === 'avoid') this.close();
          else if (step === 'confirm-close') this.back();
          else this.next();
        }}
      >
        <h2 part="heading" id="heading" tabindex="-1">${this.heading()}</h2>
        ${this.restored && step !== 'done' ? html`<p class="hint">${t('report.restored')}</p>` : nothing}
        ${body}
        <div part="actions">${actions}</div>
      </form>
    </dialog>`;
  }
}
