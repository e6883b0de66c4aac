// A story-only element that exercises a client through the provider, the way components will:
// batched reads, idempotent writes, the outbox, localized errors and announcements.
import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import {
  announce,
  buttonStyles,
  createIdempotencyKey,
  defineElement,
  KindredController,
  OutboxController,
  reactionsLoaderFor,
  toKindredError,
  tokenStyles,
  type MemoryClient,
} from '@kindred/core';

export class DemoClientConsole extends LitElement {
  static override styles = [
    tokenStyles,
    buttonStyles,
    css`
      :host {
        display: block;
        font-family: var(--_kin-font-family);
        color: var(--_kin-color-text);
        line-height: var(--_kin-line-height);
      }
      section {
        border: 1px solid var(--_kin-color-border);
        border-radius: var(--_kin-radius);
        padding: var(--_kin-space-4);
        background: var(--_kin-color-surface);
        max-inline-size: 40rem;
      }
      h2 {
        margin: 0 0 var(--_kin-space-2);
        font-size: var(--_kin-font-size-md);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_kin-space-2);
        margin-block: var(--_kin-space-3);
      }
      button[aria-pressed='true'] {
        background: var(--_kin-color-accent-subtle);
        border-color: var(--_kin-color-accent);
      }
      dl {
        display: grid;
        grid-template-columns: max-content auto;
        gap: var(--_kin-space-1) var(--_kin-space-3);
        margin: 0;
        font-size: var(--_kin-font-size-sm);
      }
      dt {
        color: var(--_kin-color-text-muted);
      }
      dd {
        margin: 0;
      }
      .result {
        min-block-size: 1.5em;
      }
    `,
  ];

  private readonly kindred = new KindredController(this);
  private readonly outbox = new OutboxController(this, this.kindred, {
    onDelivered: () => this.report('Delivered what was waiting in the outbox.'),
  });

  @state() private thanks = 0;
  @state() private reacted = false;
  @state() private result = '';
  @state() private busy = false;
  @state() private offline = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private get memory(): MemoryClient | undefined {
    return this.kindred.client as MemoryClient | undefined;
  }

  private report(message: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    this.result = message;
    announce(message, { politeness, from: this });
  }

  private async refresh(): Promise<void> {
    if (!this.memory) return;
    try {
      const summary = await reactionsLoaderFor(this.memory).load('post-1');
      this.thanks = summary.counts.thanks ?? 0;
      this.reacted = summary.mine.includes('thanks');
    } catch {
      // Keep showing the last counts; the action that failed has already said why.
    }
  }

  private async run(action: () => Promise<string>): Promise<void> {
    const started = performance.now();
    this.busy = true;
    try {
      const outcome = await action();
      this.report(`${outcome} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      this.report(this.kindred.t(`error.${toKindredError(error).code}`), 'assertive');
    } finally {
      this.busy = false;
      await this.refresh();
    }
  }

  private toggleNetwork = () => {
    this.offline = !this.offline;
    this.memory!.simulate(this.offline ? { failureRate: 1, failureCode: 'network' } : { failureRate: 0 });
    // What the browser fires when the connection returns; the outbox listens for it.
    if (!this.offline) window.dispatchEvent(new Event('online'));
  };

  private toggleThanks = () =>
    this.run(async () => {
      const summary = await this.memory!.setReaction('post-1', 'thanks', !this.reacted, {
        idempotencyKey: createIdempotencyKey(),
      });
      return summary.mine.includes('thanks') ? 'Thanked.' : 'Took the thanks back.';
    });

  private sendReport = () =>
    this.run(async () => {
      const input = { subjectId: 'post-1', subjectType: 'post', reason: 'spam' as const, details: 'Same link in every thread' };
      const sent = await this.outbox.send('report', input, createIdempotencyKey());
      return sent.status === 'sent' ? `Report ${sent.result.id} received.` : this.kindred.t('outbox.queued.report');
    });

  private checkIn = () =>
    this.run(async () => {
      const sent = await this.outbox.send('check-in', { mood: 3, audience: 'self' }, createIdempotencyKey());
      return sent.status === 'sent' ? 'Checked in: Okay, visible only to you.' : this.kindred.t('outbox.queued.check-in');
    });

  override render() {
    const viewer = this.kindred.viewer;
    return html`
      <section aria-labelledby="title">
        <h2 id="title">Memory client, ${viewer ? `signed in as ${viewer.name}` : 'signed out'}</h2>
        <p>Locale ${this.kindred.locale}</p>
        <div class="actions" role="group" aria-label="Try the client">
          <button aria-pressed=${this.reacted ? 'true' : 'false'} ?disabled=${this.busy} @click=${this.toggleThanks}>
            <span aria-hidden="true">🙏</span> Thank you
          </button>
          <button ?disabled=${this.busy} @click=${this.sendReport}>Send a report</button>
          <button ?disabled=${this.busy} @click=${this.checkIn}>Check in: Okay</button>
          <button aria-pressed=${this.offline ? 'true' : 'false'} @click=${this.toggleNetwork}>Offline</button>
        </div>
        <p class="result">${this.result}</p>
        <dl>
          <dt>Thanks on post-1</dt>
          <dd>${this.kindred.format.number(this.thanks)}</dd>
          <dt>Reports received</dt>
          <dd>${this.memory?.listReports().length ?? 0}</dd>
          <dt>Check-ins received</dt>
          <dd>${this.memory?.listCheckIns().length ?? 0}</dd>
          <dt>Waiting in the outbox</dt>
          <dd>${this.outbox.outbox.entries().filter((entry) => entry.viewerId === (viewer?.id ?? null)).length}</dd>
        </dl>
      </section>
    `;
  }
}
defineElement('demo-client-console', DemoClientConsole);

declare global {
  interface HTMLElementTagNameMap {
    'demo-client-console': DemoClientConsole;
  }
}
