import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  announce,
  buttonStyles,
  KindredController,
  KinErrorEvent,
  KinSignInRequestEvent,
  readReactorPage,
  toKindredError,
  tokenStyles,
  warnOnce,
  type KindredClient,
  type KindredError,
  type ReactorPage,
  type StringOverrides,
} from '@kindred/core';
import { KinReactionToggleEvent } from './events.js';
import { styles } from './kudos-reactions.styles.js';
import { kudosMessages, type KudosMessages } from './messages.js';
import { ReactionsController } from './reactions-controller.js';
import { defaultReactions, validReactions, type ReactionDefinition } from './reaction-set.js';

/** How long an error or hint stays next to the bar. */
const messageMs = 6000;
const reactorsPerPage = 10;

/**
 * Supportive reactions on a post: a toolbar of labelled buttons with honest counts. With a client
 * it loads (batched with every other bar on the page), changes optimistically and rolls back if
 * the client refuses; without one, it shows the `counts` and `mine` you set and only fires events.
 *
 * @summary A toolbar of labelled, supportive reactions with counts.
 * @fires kin-reaction-toggle - Before a reaction changes. Cancelable.
 * @fires kin-reaction-change - After the client confirmed a change.
 * @fires kin-error - A call failed. The bar has already rolled back and told the viewer.
 * @fires kin-sign-in-request - A signed-out viewer pressed a reaction.
 * @csspart toolbar - The row of reactions.
 * @csspart reaction - One reaction: its button, and its "who reacted" button where offered.
 * @csspart button - A reaction's toggle button.
 * @csspart emoji - The emoji in a button, hidden from assistive technology.
 * @csspart label - The text label in a button.
 * @csspart count - The count in a button.
 * @csspart who-button - Opens the list of who reacted.
 * @csspart reactors - The list of who reacted.
 * @csspart add-button - Shows reactions nobody has chosen yet, when `collapsed`.
 * @csspart message - An error or sign-in hint, shown briefly.
 * @cssprop --kin-kudos-gap - Space between reactions.
 */
export class KinKudosReactions extends LitElement {
  static override styles = [tokenStyles, buttonStyles, styles];

  /** Id of the post or comment the reactions are on. Required. */
  @property() subject = '';

  /** Replaces the default set. Each needs an `id`, an `emoji` and a `label`. */
  @property({ attribute: false }) reactions?: ReactionDefinition[];

  /** `distress` leaves out celebratory reactions, for posts about something hard. */
  @property() context: 'default' | 'distress' = 'default';

  /** `single` lets the viewer choose one reaction at most: choosing another moves it. */
  @property() mode: 'multiple' | 'single' = 'multiple';

  /** Counts by reaction id, shown when there is no client (or until it answers, when lazy). */
  @property({ attribute: false }) counts: Record<string, number> = {};

  /** The viewer's reactions, shown when there is no client. */
  @property({ attribute: false }) mine: string[] = [];

  /** Hides the numbers and the "who reacted" lists, for authors who prefer not to see them. */
  @property({ type: Boolean, attribute: 'hide-counts' }) hideCounts = false;

  /** Keeps reactions nobody has chosen behind an "Add a reaction" button, so a quiet post stays quiet. */
  @property({ type: Boolean }) collapsed = false;

  /** Loads counts only when the bar comes near the viewport. */
  @property({ type: Boolean }) lazy = false;

  /** A client for this bar alone; otherwise the nearest `<kin-provider>`'s. */
  @property({ attribute: false }) client?: KindredClient;

  /** Replacement strings by locale and message id. */
  @property({ attribute: false }) strings?: StringOverrides<KudosMessages>;

  @state() private expanded = false;
  @state() private message = '';
  /** The toolbar item that takes Tab, by its `data-key`. */
  @state() private active?: string;
  @state() private reactorsOf?: string;
  @state() private reactorPage?: ReactorPage | 'loading' | 'failed';

  private readonly kindred = new KindredController<KudosMessages>(this, kudosMessages);
  private readonly summary = new ReactionsController(this, this.kindred, {
    onToggleFailed: (reaction, error) => this.failed(error, this.kindred.t('kudos.failed', { label: this.labelOf(reaction) })),
    onLoadFailed: (error) => this.dispatchEvent(new KinErrorEvent(error)),
  });
  private messageTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.messageTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.subject) warnOnce('<kin-kudos-reactions> stays disabled until it has a `subject`.');
    const known = new Set([...defaultReactions, ...validReactions(this.reactions ?? [])].map((reaction) => reaction.id));
    for (const id of this.summary.reportedIds()) {
      if (!known.has(id)) warnOnce(`<kin-kudos-reactions> ignored the reaction "${id}", which is not in its set.`);
    }
    super.updated(changed);
  }

  /** The set in use, default labels translated. */
  private get all(): ReactionDefinition[] {
    return this.reactions === undefined
      ? defaultReactions.map((reaction) => ({
          ...reaction,
          label: this.kindred.t(`kudos.reaction.${reaction.id}` as keyof KudosMessages & `kudos.reaction.${string}`),
        }))
      : validReactions(this.reactions);
  }

  /** The set minus what the context leaves out. */
  private get offered(): ReactionDefinition[] {
    const all = this.all;
    return this.context === 'distress' ? all.filter((reaction) => !reaction.celebratory) : all;
  }

  private labelOf(id: string): string {
    return this.all.find((reaction) => reaction.id === id)?.label ?? id;
  }

  private say(message: string): void {
    this.message = message;
    announce(message, { from: this });
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => (this.message = ''), messageMs);
  }

  private failed(error: KindredError, message: string): void {
    this.dispatchEvent(new KinErrorEvent(error));
    if (error.code === 'unauthorized') this.askToSignIn();
    else this.say(message);
  }

  private askToSignIn(): void {
    this.dispatchEvent(new KinSignInRequestEvent());
    this.say(this.kindred.t('kudos.signIn'));
  }

  private toggle(reaction: ReactionDefinition): void {
    if (this.kindred.viewer === null) {
      this.askToSignIn();
      return;
    }
    const on = !this.summary.pressed(reaction.id);
    if (!this.dispatchEvent(new KinReactionToggleEvent(this.subject, reaction.id, on))) return;
    if (!this.kindred.client) return;
    this.summary.set(reaction.id, on, this.mode === 'single' ? this.offered.map((r) => r.id) : undefined);
  }

  /** Shows or hides the quiet reactions; on showing, focus moves to the first one revealed. */
  private async toggleExpanded(): Promise<void> {
    const firstQuiet = this.offered.find((reaction) => this.summary.count(reaction.id) === 0);
    this.expanded = !this.expanded;
    if (!this.expanded || !firstQuiet) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-key="reaction:${CSS.escape(firstQuiet.id)}"]`)?.focus();
  }

  /** One listener for every button in the bar, found by its `data-key`. */
  private onClick(event: MouseEvent): void {
    const key = (event.target as Element).closest<HTMLElement>('[data-key]')?.dataset.key ?? '';
    const [kind, ...rest] = key.split(':');
    const reaction = this.offered.find((r) => r.id === rest.join(':'));
    if (kind === 'add') void this.toggleExpanded();
    else if (reaction && kind === 'reaction') this.toggle(reaction);
    else if (reaction && kind === 'who') this.toggleReactors(reaction);
  }

  private async showReactors(reaction: ReactionDefinition, cursor?: string): Promise<void> {
    const client = this.kindred.client;
    if (!client?.listReactors) return;
    if (!cursor) this.reactorPage = 'loading';
    this.reactorsOf = reaction.id;
    try {
      const page = readReactorPage(await client.listReactors(this.subject, reaction.id, { limit: reactorsPerPage, ...(cursor && { cursor }) }));
      if (this.reactorsOf !== reaction.id) return;
      const earlier = cursor && typeof this.reactorPage === 'object' ? this.reactorPage.reactors : [];
      this.reactorPage = { ...page, reactors: [...earlier, ...page.reactors] };
    } catch (error) {
      if (this.reactorsOf !== reaction.id) return;
      this.reactorPage = 'failed';
      this.dispatchEvent(new KinErrorEvent(toKindredError(error)));
    }
  }

  private toggleReactors(reaction: ReactionDefinition): void {
    if (this.reactorsOf === reaction.id) this.closeReactors();
    else void this.showReactors(reaction);
  }

  private closeReactors(): void {
    const opener = this.renderRoot.querySelector<HTMLElement>(`[data-key="who:${CSS.escape(this.reactorsOf ?? '')}"]`);
    this.reactorsOf = undefined;
    this.reactorPage = undefined;
    opener?.focus();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.reactorsOf) {
      this.closeReactors();
      return;
    }
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="toolbar"] [data-key]:not(:disabled)')];
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const forward = this.matches(':dir(rtl)') ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const next = { [forward]: index + 1, [backward]: index - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  }

  private onFocusin(event: FocusEvent): void {
    const key = (event.target as HTMLElement).dataset.key;
    if (key) this.active = key;
  }

  override render() {
    const disabled = !this.subject;
    const offered = this.offered;
    const showCounts = !this.hideCounts && this.summary.known;
    const quiet = offered.filter((reaction) => this.summary.count(reaction.id) === 0);
    const shown = this.collapsed && !this.expanded ? offered.filter((reaction) => !quiet.includes(reaction)) : offered;
    const listable = new Set(shown.filter((reaction) => this.canListReactors(reaction)));
    const keys = [
      ...shown.flatMap((reaction) => [`reaction:${reaction.id}`, ...(listable.has(reaction) ? [`who:${reaction.id}`] : [])]),
      ...(this.collapsed && quiet.length > 0 ? ['add'] : []),
    ];
    const active = this.active && keys.includes(this.active) ? this.active : keys[0];
    const tabindex = (key: string) => (key === active ? 0 : -1);

    return html`
      <div
        part="toolbar"
        role="toolbar"
        aria-label=${this.kindred.t('kudos.toolbar')}
        aria-busy=${this.summary.status === 'loading' ? 'true' : 'false'}
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
      >
        ${shown.map((reaction) => {
          const count = this.summary.count(reaction.id);
          const pressed = this.summary.pressed(reaction.id);
          const name = this.kindred.t('kudos.button', {
            label: reaction.label,
            mine: pressed,
            ...(showCounts && { count }),
          });
          return html`<span part="reaction">
            <button
              part="button"
              data-key="reaction:${reaction.id}"
              tabindex=${tabindex(`reaction:${reaction.id}`)}
              aria-pressed=${pressed ? 'true' : 'false'}
              aria-label=${name}
              title=${ifDefined(reaction.description)}
              ?data-joined=${listable.has(reaction)}
              ?disabled=${disabled}
            >
              <span part="emoji" aria-hidden="true">${reaction.emoji}</span>
              <span part="label">${reaction.label}</span>
              ${showCounts && count > 0 ? html`<span part="count">${this.kindred.format.compact(count)}</span>` : nothing}
            </button>${listable.has(reaction)
              ? html`<button
                  part="who-button"
                  data-key="who:${reaction.id}"
                  tabindex=${tabindex(`who:${reaction.id}`)}
                  aria-label=${this.kindred.t('kudos.who', { label: reaction.label })}
                  aria-expanded=${this.reactorsOf === reaction.id ? 'true' : 'false'}
                  aria-controls="reactors"
                  ?disabled=${disabled}
                >
                  <span aria-hidden="true">▾</span>
                </button>`
              : nothing}
          </span>`;
        })}
        ${keys.includes('add')
          ? html`<button
              part="add-button"
              data-key="add"
              tabindex=${tabindex('add')}
              aria-expanded=${this.expanded ? 'true' : 'false'}
              ?disabled=${disabled}
            >
              <span aria-hidden="true">+</span> ${this.kindred.t('kudos.add')}
            </button>`
          : nothing}
      </div>
      ${this.renderReactors()}
      <p part="message" ?hidden=${!this.message && this.summary.status !== 'failed'}>
        ${this.summary.status === 'failed'
          ? html`${this.kindred.t('kudos.loadFailed')}
              <button @click=${() => this.summary.retry()}>${this.kindred.t('common.retry')}</button>`
          : this.message}
      </p>
    `;
  }

  private canListReactors(reaction: ReactionDefinition): boolean {
    return Boolean(this.kindred.client?.listReactors) && !this.hideCounts && this.summary.count(reaction.id) > 0;
  }

  private renderReactors() {
    const reaction = this.offered.find((r) => r.id === this.reactorsOf);
    if (!reaction || !this.reactorPage) return nothing;
    const page = this.reactorPage;
    const label = this.kindred.t('kudos.reactors', { label: reaction.label });
    let body;
    if (page === 'loading') body = html`<p>${this.kindred.t('common.loading')}</p>`;
    else if (page === 'failed') body = html`<p>${this.kindred.t('error.server')}</p>`;
    else {
      const more = page.total - page.reactors.length;
      body = html`<ul>
          ${page.reactors.map((person) => html`<li>${person.name}</li>`)}
        </ul>
        ${more > 0 ? html`<p>${this.kindred.t('kudos.more', { count: more })}</p>` : nothing}
        ${page.nextCursor
          ? html`<button @click=${() => this.showReactors(reaction, (page as ReactorPage).nextCursor)}>
              ${this.kindred.t('common.showMore')}
            </button>`
          : nothing}`;
    }
    return html`<div part="reactors" id="reactors" role="region" aria-label=${label} @keydown=${this.onKeydown}>${body}</div>`;
  }
}
