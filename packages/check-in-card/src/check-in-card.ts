import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  audiences,
  buttonStyles,
  fieldStyles,
  createIdempotencyKey,
  DraftStore,
  isMood,
  KindredController,
  KinErrorEvent,
  KinSignInRequestEvent,
  limits,
  liveChecked,
  OutboxController,
  readCheckIn,
  readSupportReply,
  supportKinds,
  toKindredError,
  tokenStyles,
  warnOnce,
  type Audience,
  type CheckIn,
  type CheckInInput,
  type CoreMessages,
  type KindredClient,
  type Mood,
  type StringOverrides,
  type SupportKind,
} from '@kindred/core';
import { styles } from './check-in-card.styles.js';
import { KinCheckInSubmitEvent, KinCheckInSubmittedEvent, KinSupportSentEvent } from './events.js';
import { checkInMessages, type CheckInMessages } from './messages.js';

const moods: readonly Mood[] = [1, 2, 3, 4, 5];
const moodEmoji = ['', '😔', '🙁', '😐', '🙂', '😄'];
type Key = keyof (CheckInMessages & CoreMessages) & string;

interface Draft {
  mood?: Mood;
  note: string;
  audience: Audience;
  /** Made at the first attempt and kept, so retries are the same check-in. */
  key?: string;
}

function parseDraft(value: unknown): Draft | undefined {
  const draft = value as Partial<Draft> | undefined;
  if (typeof draft?.note !== 'string' || !audiences.includes(draft.audience!) || (draft.mood !== undefined && !isMood(draft.mood))) {
    return undefined;
  }
  return draft as Draft;
}

const drafts = new DraftStore<Draft>('check-in', parseDraft);
const low = (mood: unknown) => mood === 1 || mood === 2;

/**
 * "How are you doing?" in five seconds: a mood from five labelled choices, an optional note, and
 * an audience that defaults to just you, shown before anything is shared. A low mood puts support
 * within reach, inline and never in the way. Given a `checkIn`, it shows someone's check-in instead,
 * with structured ways to respond.
 *
 * Nothing is inferred from the note, and nothing leaves the device before the person presses the
 * button; until then, the draft stays on this device so a reload loses nothing.
 *
 * @summary A private-by-default mood check-in, and a way to answer one with care.
 * @fires kin-check-in-submit - Before a check-in is shared; `detail` is the check-in. Cancelable.
 * @fires kin-check-in-submitted - The client received it; `detail` is the check-in.
 * @fires kin-support-sent - A supportive reply reached the client; `detail` is the reply.
 * @fires kin-error - A call failed; the card said so and kept everything.
 * @fires kin-sign-in-request - Someone signed out tried to check in or reply.
 * @slot prompt - Your own question, in place of "How are you doing today?".
 * @csspart card - The card.
 * @csspart prompt - The question.
 * @csspart mood - Each mood choice.
 * @csspart support - The support panel shown for a low mood.
 * @csspart resources - The support resources in it.
 * @csspart note - The note field, or a shared check-in's note.
 * @csspart audience - The audience choice.
 * @csspart submit - The button that shares.
 * @csspart replies - The supportive replies to someone's check-in.
 * @csspart message - An error or hint.
 * @cssprop --kin-check-in-max-width - The card's widest inline size.
 */
export class KinCheckInCard extends LitElement {
  static override styles = [tokenStyles, buttonStyles, fieldStyles, styles];

  /** Your own question; the `prompt` slot takes markup. */
  @property() prompt = '';

  /** A check-in to show, with ways to respond; without one, the card asks. */
  @property({ attribute: false }) checkIn?: CheckIn;

  /** Minutes after sharing during which the person may edit it; 0 (the default) allows no editing. */
  @property({ type: Number, attribute: 'edit-minutes' }) editMinutes = 0;

  /** A client for this card alone; otherwise the nearest `<kin-provider>`'s. */
  @property({ attribute: false }) client?: KindredClient;

  /** Replacement strings by locale and message id. */
  @property({ attribute: false }) strings?: StringOverrides<CheckInMessages>;

  @state() private draft: Draft = { note: '', audience: 'self' };
  @state() private shared?: CheckIn | CheckInInput;
  @state() private queued = false;
  @state() private editing?: CheckIn;
  @state() private sending = false;
  @state() private message = '';
  @state() private invalid?: 'mood' | 'note';
  @state() private sent: SupportKind[] = [];
  @state() private reply = '';
  private replyKeys = new Map<SupportKind, string>();
  private editTimer?: ReturnType<typeof setTimeout>;

  private readonly kindred = new KindredController<CheckInMessages>(this, checkInMessages);
  private readonly outbox = new OutboxController(this, this.kindred, {
    onDelivered: ({ entry, result }) => {
      if (entry.kind === 'check-in' && this.queued && entry.idempotencyKey === this.draft.key) this.done(result as CheckIn);
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.draft = drafts.get(this.draftKey) ?? this.draft;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.editTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('checkIn') && this.checkIn) {
      this.sent = [];
      this.replyKeys.clear();
      if (!isMood(this.checkIn.mood)) warnOnce(`<kin-check-in-card> was given a check-in with mood ${String(this.checkIn.mood)}; it shows no mood.`);
    }
  }

  private get draftKey(): string {
    return this.kindred.viewer?.id ?? '-';
  }

  private edit(change: Partial<Draft>): void {
    const wasLow = low(this.draft.mood);
    this.draft = { ...this.draft, ...change };
    this.invalid = undefined;
    drafts.set(this.draftKey, this.draft);
    if (!wasLow && low(this.draft.mood)) announce(this.kindred.t('checkin.support.title'), { from: this });
  }

  private say(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    this.message = message;
    announce(message, { politeness, from: this });
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    const { mood, note, audience } = this.draft;
    if (this.kindred.viewer === null) {
      this.dispatchEvent(new KinSignInRequestEvent());
      this.say(this.kindred.t('checkin.signIn'));
      return;
    }
    this.invalid = !mood ? 'mood' : note.length > limits.checkInNote ? 'note' : undefined;
    if (this.invalid) {
      this.say(this.kindred.t(this.invalid === 'mood' ? 'checkin.chooseMood' : 'checkin.tooLong'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.invalid === 'mood' ? 'input[name="mood"]' : '#note')?.focus();
      return;
    }
    const input: CheckInInput = { mood: mood!, audience, ...(note.trim() && { note: note.trim() }) };
    if (!this.dispatchEvent(new KinCheckInSubmitEvent(input))) return;
    const client = this.kindred.client;
    if (!client) {
      this.done(input);
      return;
    }
    this.sending = true;
    this.message = '';
    const key = this.draft.key ?? createIdempotencyKey();
    this.edit({ key });
    try {
      if (this.editing) {
        this.done(readCheckIn(await client.updateCheckIn!(this.editing.id, input, { idempotencyKey: key })));
        return;
      }
      const result = await this.outbox.send('check-in', input, key);
      if (result.status === 'sent') {
        this.done(result.result);
      } else {
        this.queued = true;
        this.shared = input;
        this.say(this.kindred.t('outbox.queued.check-in'));
        await this.focusTitle();
      }
    } catch (thrown) {
      const error = toKindredError(thrown);
      this.dispatchEvent(new KinErrorEvent(error));
      this.say(`${this.kindred.t('checkin.failed')} ${this.kindred.t(`error.${error.code}`)}`, 'assertive');
    } finally {
      this.sending = false;
    }
  }

  private done(shared: CheckIn | CheckInInput): void {
    drafts.delete(this.draftKey);
    this.queued = false;
    this.editing = undefined;
    this.shared = shared;
    this.draft = { note: '', audience: 'self' };
    if ('id' in shared) {
      this.dispatchEvent(new KinCheckInSubmittedEvent(shared));
      const left = this.editMinutes * 60_000 - (Date.now() - Date.parse(shared.createdAt));
      clearTimeout(this.editTimer);
      // The Edit button goes when the window closes.
      if (left > 0) this.editTimer = setTimeout(() => this.requestUpdate(), left);
    }
    void this.focusTitle();
  }

  private async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private startEditing(checkIn: CheckIn): void {
    this.editing = checkIn;
    this.shared = undefined;
    this.draft = { mood: checkIn.mood, note: checkIn.note ?? '', audience: checkIn.audience };
  }

  private canEdit(shared: CheckIn | CheckInInput): shared is CheckIn {
    return (
      'id' in shared &&
      typeof this.kindred.client?.updateCheckIn === 'function' &&
      Date.now() - Date.parse(shared.createdAt) < this.editMinutes * 60_000
    );
  }

  private async respond(kind: SupportKind, checkIn: CheckIn): Promise<void> {
    const client = this.kindred.client;
    if (this.kindred.viewer === null) {
      this.dispatchEvent(new KinSignInRequestEvent());
      this.say(this.kindred.t('checkin.signIn'));
      return;
    }
    if (!client?.sendSupport || this.sent.includes(kind)) return;
    if (this.reply.length > limits.supportNote) {
      this.say(this.kindred.t('checkin.tooLong'));
      return;
    }
    // One key per reply, kept until it lands: pressing again or retrying is the same reply.
    const key = this.replyKeys.get(kind) ?? createIdempotencyKey();
    this.replyKeys.set(kind, key);
    try {
      const reply = readSupportReply(
        await client.sendSupport(checkIn.id, { kind, ...(this.reply.trim() && { note: this.reply.trim() }) }, { idempotencyKey: key }),
      );
      this.sent = [...this.sent, kind];
      this.reply = '';
      this.say(this.kindred.t('checkin.sent', { name: this.nameOf(checkIn) }));
      this.dispatchEvent(new KinSupportSentEvent(reply));
    } catch (thrown) {
      const error = toKindredError(thrown);
      this.dispatchEvent(new KinErrorEvent(error));
      this.say(this.kindred.t(`error.${error.code}`), 'assertive');
    }
  }

  private nameOf(checkIn: CheckIn): string {
    return typeof checkIn.author?.name === 'string' && checkIn.author.name.trim() ? checkIn.author.name : this.kindred.t('checkin.someone');
  }

  private moodText(mood: unknown): TemplateResult {
    return isMood(mood)
      ? html`<span aria-hidden="true">${moodEmoji[mood]}</span> ${this.kindred.t(`checkin.mood.${mood}` as Key & `checkin.mood.${number}`)}`
      : html`${this.kindred.t('checkin.mood.unknown')}`;
  }

  private supportPanel(): TemplateResult {
    return html`<div part="support" role="region" aria-labelledby="support-title">
      <h3 id="support-title">${this.kindred.t('checkin.support.title')}</h3>
      <p>${this.kindred.t('checkin.support.body')}</p>
      ${this.kindred.renderResources()}
    </div>`;
  }

  private radio(name: string, value: string, checked: boolean, label: TemplateResult | string, onChange: () => void, describedBy = '') {
    return html`<label part=${ifDefined(name === 'mood' ? 'mood' : undefined)}>
      <input
        type="radio"
        name=${name}
        value=${value}
        ?checked=${checked}
        ${liveChecked(checked)}
        aria-invalid=${name === 'mood' && this.invalid === 'mood' ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${onChange}
      />
      <span class="choice">${label}</span>
    </label>`;
  }

  private renderCompose(): TemplateResult {
    const { mood, note, audience } = this.draft;
    const describeMood = this.invalid === 'mood' ? 'message' : '';
    return html`<form part="card" aria-labelledby="prompt" novalidate @submit=${this.submit}>
      <fieldset class="moods">
        <legend part="prompt" id="prompt"><slot name="prompt">${this.prompt || this.kindred.t('checkin.prompt')}</slot></legend>
        ${moods.map((value) =>
          this.radio('mood', String(value), mood === value, this.moodText(value), () => this.edit({ mood: value }), describeMood),
        )}
      </fieldset>
      ${low(mood) ? this.supportPanel() : nothing}
      <label for="note">${this.kindred.t('checkin.note')} <span class="hint">(${this.kindred.t('checkin.optional')})</span></label>
      <textarea
        id="note"
        part="note"
        rows="3"
        .value=${note}
        aria-invalid=${this.invalid === 'note' ? 'true' : 'false'}
        aria-describedby="note-count ${this.invalid === 'note' ? 'message' : ''}"
        @input=${(event: InputEvent) => this.edit({ note: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p class="hint" id="note-count">${this.kindred.t('checkin.count', { count: note.length, limit: limits.checkInNote })}</p>
      <fieldset part="audience">
        <legend>${this.kindred.t('checkin.audience')}</legend>
        ${audiences.map((value) => this.radio('audience', value, audience === value, this.kindred.t(`checkin.audience.${value}`), () => this.edit({ audience: value })))}
      </fieldset>
      <button type="submit" part="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
        ${this.kindred.t(this.sending ? 'checkin.sending' : this.editing ? 'checkin.update' : (`checkin.send.${audience}` as const))}
      </button>
      <p part="message" id="message" ?hidden=${!this.message}>${this.message}</p>
    </form>`;
  }

  private renderShared(shared: CheckIn | CheckInInput): TemplateResult {
    return html`<section part="card" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${this.kindred.t('checkin.done')}</h2>
      <p class="mood-line">${this.moodText(shared.mood)}</p>
      ${shared.note ? html`<p part="note">${shared.note}</p>` : nothing}
      <p>${this.kindred.t(`checkin.visible.${shared.audience}`)}</p>
      ${this.queued ? html`<p>${this.kindred.t('outbox.queued.check-in')}</p>` : nothing}
      ${low(shared.mood) ? this.supportPanel() : nothing}
      ${this.canEdit(shared) ? html`<button @click=${() => this.startEditing(shared)}>${this.kindred.t('checkin.edit')}</button>` : nothing}
    </section>`;
  }

  private renderCheckIn(checkIn: CheckIn): TemplateResult {
    const name = this.nameOf(checkIn);
    const own = checkIn.author?.id !== undefined && checkIn.author.id === this.kindred.viewer?.id;
    const format = this.kindred.format;
    return html`<article part="card" aria-labelledby="title">
      <p id="title">
        ${this.kindred.t('checkin.who', { name, when: '' }).trim()}
        <time datetime=${checkIn.createdAt}>${format.relativeTime(checkIn.createdAt)}</time>
      </p>
      <p class="mood-line">${this.moodText(checkIn.mood)}</p>
      ${typeof checkIn.note === 'string' && checkIn.note ? html`<p part="note">${checkIn.note}</p>` : nothing}
      ${checkIn.expiresAt
        ? html`<p class="hint">${this.kindred.t('checkin.expires', { when: format.relativeTime(checkIn.expiresAt) })}</p>`
        : nothing}
      ${own && audiences.includes(checkIn.audience) ? html`<p>${this.kindred.t(`checkin.visible.${checkIn.audience}`)}</p>` : nothing}
      ${!own && this.kindred.client?.sendSupport
        ? html`<div part="replies" role="group" aria-label=${this.kindred.t('checkin.reply', { name })}>
            <label for="reply">${this.kindred.t('checkin.reply.note')} <span class="hint">(${this.kindred.t('checkin.optional')})</span></label>
            <textarea
              id="reply"
              rows="2"
              aria-describedby="reply-count"
              .value=${this.reply}
              @input=${(event: InputEvent) => (this.reply = (event.target as HTMLTextAreaElement).value)}
            ></textarea>
            <p class="hint" id="reply-count">${this.kindred.t('checkin.count', { count: this.reply.length, limit: limits.supportNote })}</p>
            <div class="actions">
              ${supportKinds.map((kind) => {
                const sent = this.sent.includes(kind);
                return html`<button aria-disabled=${sent ? 'true' : 'false'} @click=${() => this.respond(kind, checkIn)}>
                  ${this.kindred.t(`checkin.reply.${kind}`)}${sent ? ' ✓' : ''}
                </button>`;
              })}
            </div>
          </div>`
        : nothing}
      ${customElements.get('kin-kudos-reactions') && checkIn.id
        ? html`<kin-kudos-reactions subject="check-in:${checkIn.id}" context="distress"></kin-kudos-reactions>`
        : nothing}
      <p part="message" ?hidden=${!this.message}>${this.message}</p>
    </article>`;
  }

  override render() {
    if (this.checkIn) return this.renderCheckIn(this.checkIn);
    return this.shared ? this.renderShared(this.shared) : this.renderCompose();
  }
}
