import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { KindredError } from './errors.js';
import {
  outboxFor,
  type Outbox,
  type OutboxDeliveredEvent,
  type OutboxFailedEvent,
  type OutboxInput,
  type OutboxKind,
  type SendResult,
} from './outbox.js';
import type { KeyValueStorage } from './storage.js';
import type { KindredClient, Viewer } from './types.js';

/** Where the controller finds the client and viewer: a component's `KindredController`. */
export interface KindredSource {
  readonly client: KindredClient | undefined;
  readonly viewer: Viewer | null | undefined;
}

export interface OutboxControllerOptions {
  storage?: KeyValueStorage;
  /** A queued submission reached the server, whichever element sent it. */
  onDelivered?: (event: OutboxDeliveredEvent) => void;
  /** The server refused a queued submission. */
  onFailed?: (event: OutboxFailedEvent) => void;
}

const firstRetryMs = 30_000;
const lastRetryMs = 10 * 60_000;

/**
 * Sends a component's submissions through the page's outbox, and delivers what waits there when
 * the component connects (as after a reload), when the browser comes back online, and with
 * backoff while the server stays out of reach.
 */
export class OutboxController implements ReactiveController {
  private retryMs = firstRetryMs;
  private retryTimer?: ReturnType<typeof setTimeout>;

  constructor(
    host: ReactiveControllerHost,
    private readonly kindred: KindredSource,
    private readonly options: OutboxControllerOptions = {},
  ) {
    host.addController(this);
  }

  /** The page's outbox; found on first use, not on construction, so elements can be server-rendered. */
  get outbox(): Outbox {
    return outboxFor(this.options.storage);
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.flush);
    if (this.options.onDelivered) this.outbox.addEventListener('delivered', this.options.onDelivered);
    if (this.options.onFailed) this.outbox.addEventListener('failed', this.options.onFailed);
    void this.flush();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.flush);
    if (this.options.onDelivered) this.outbox.removeEventListener('delivered', this.options.onDelivered);
    if (this.options.onFailed) this.outbox.removeEventListener('failed', this.options.onFailed);
    clearTimeout(this.retryTimer);
  }

  /** Sends now, or keeps it for later if the network is down. */
  async send<K extends OutboxKind>(kind: K, input: OutboxInput<K>, idempotencyKey: string): Promise<SendResult<K>> {
    const client = this.kindred.client;
    if (!client) throw new KindredError('invalid_input', 'There is no Kindred client to send with.');
    const result = await this.outbox.send(client, kind, input, { idempotencyKey, viewerId: this.viewerId });
    if (result.status === 'queued') this.scheduleRetry();
    return result;
  }

  /** Delivers what waits for the current viewer. */
  readonly flush = async (): Promise<void> => {
    const client = this.kindred.client;
    if (!client) return;
    clearTimeout(this.retryTimer);
    await this.outbox.flush(client, this.viewerId);
    if (this.outbox.entries().some((entry) => entry.viewerId === this.viewerId)) {
      this.scheduleRetry();
    } else {
      this.retryMs = firstRetryMs;
    }
  };

  private get viewerId(): string | null {
    return this.kindred.viewer?.id ?? null;
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, lastRetryMs);
  }
}
