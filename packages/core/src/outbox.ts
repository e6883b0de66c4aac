import { toKindredError, type KindredError } from './errors.js';
import { defaultStorage, readStored, writeStored, type KeyValueStorage } from './storage.js';
import type { CheckIn, CheckInInput, KindredClient, ReportInput, ReportReceipt } from './types.js';
import { readCheckIn, readReportReceipt } from './validate.js';

interface Kinds {
  report: { input: ReportInput; result: ReportReceipt };
  'check-in': { input: CheckInInput; result: CheckIn };
}

/** The submissions that may wait in the outbox. */
export type OutboxKind = keyof Kinds;
export type OutboxInput<K extends OutboxKind> = Kinds[K]['input'];
export type OutboxResult<K extends OutboxKind> = Kinds[K]['result'];

export interface OutboxEntry<K extends OutboxKind = OutboxKind> {
  kind: K;
  input: Kinds[K]['input'];
  /** Sent with every attempt, so the server records it once however often it is retried. */
  idempotencyKey: string;
  /** Delivered only while the same person is signed in. */
  viewerId: string | null;
  queuedAt: number;
}

export type SendResult<K extends OutboxKind> =
  | { status: 'sent'; result: Kinds[K]['result'] }
  | { status: 'queued'; entry: OutboxEntry<K> };

// What comes back is validated here, so nobody is told "sent" on the strength of a garbled answer.
const senders: { [K in OutboxKind]: (client: KindredClient, entry: OutboxEntry<K>) => Promise<Kinds[K]['result']> } = {
  report: async (client, { input, idempotencyKey }) => readReportReceipt(await client.submitReport(input, { idempotencyKey })),
  'check-in': async (client, { input, idempotencyKey }) => readCheckIn(await client.submitCheckIn(input, { idempotencyKey })),
};

function deliver<K extends OutboxKind>(client: KindredClient, entry: OutboxEntry<K>): Promise<Kinds[K]['result']> {
  return senders[entry.kind](client, entry);
}

/** A queued submission reached the server. */
export class OutboxDeliveredEvent extends Event {
  constructor(
    readonly entry: OutboxEntry,
    readonly result: ReportReceipt | CheckIn,
  ) {
    super('delivered');
  }
}

/** The server refused a queued submission; it left the outbox, and `entry.input` has what was written. */
export class OutboxFailedEvent extends Event {
  constructor(
    readonly entry: OutboxEntry,
    readonly error: KindredError,
  ) {
    super('failed');
  }
}

interface OutboxEventMap {
  delivered: OutboxDeliveredEvent;
  failed: OutboxFailedEvent;
}

/**
 * Submissions that could not reach the server, persisted until they can. Each keeps its
 * idempotency key, so it is recorded exactly once however many tabs or reloads retry it.
 */
export class Outbox {
  private readonly events = new EventTarget();
  /** The last pass asked for; the next one starts after it. */
  private queue: Promise<void> = Promise.resolve();
  private waiting?: { client: KindredClient; viewerId: string | null; pass: Promise<void> };

  constructor(
    private readonly storage: KeyValueStorage = defaultStorage(),
    private readonly storageKey = 'kindred:outbox',
  ) {}

  addEventListener<T extends keyof OutboxEventMap>(type: T, listener: (event: OutboxEventMap[T]) => void): void {
    this.events.addEventListener(type, listener as EventListener);
  }

  removeEventListener<T extends keyof OutboxEventMap>(type: T, listener: (event: OutboxEventMap[T]) => void): void {
    this.events.removeEventListener(type, listener as EventListener);
  }

  /** Everything waiting, oldest first. */
  entries(): OutboxEntry[] {
    const stored = readStored(this.storage, this.storageKey);
    return Array.isArray(stored) ? (stored as OutboxEntry[]).filter((entry) => entry?.kind in senders) : [];
  }

  /**
   * Sends now. If the network is down it keeps the submission and resolves `queued`; any other
   * failure rejects with a `KindredError`, and nothing is kept.
   */
  async send<K extends OutboxKind>(
    client: KindredClient,
    kind: K,
    input: Kinds[K]['input'],
    { idempotencyKey, viewerId }: { idempotencyKey: string; viewerId: string | null },
  ): Promise<SendResult<K>> {
    const entry: OutboxEntry<K> = { kind, input, idempotencyKey, viewerId, queuedAt: Date.now() };
    try {
      return { status: 'sent', result: await deliver(client, entry) };
    } catch (thrown) {
      const error = toKindredError(thrown);
      // Claiming "saved" when storage refused would be a lie; let the caller keep the draft instead.
      if (!error.isConnectivity || !this.write([...this.entries(), entry])) throw error;
      return { status: 'queued', entry };
    }
  }

  /**
   * Delivers what waits for `viewerId`, oldest first, until the server is unreachable again.
   * Passes run one at a time per page, and one per browser where Web Locks exist. A call joins a
   * pass still waiting to start for the same client and viewer; otherwise it gets a pass of its
   * own, after those already asked for, since it may know something they did not (the network is
   * back, another client is in use).
   */
  flush(client: KindredClient, viewerId: string | null): Promise<void> {
    const waiting = this.waiting;
    if (waiting?.client === client && waiting.viewerId === viewerId) return waiting.pass;
    const pass: Promise<void> = this.queue.then(() => {
      if (this.waiting?.pass === pass) this.waiting = undefined;
      return this.exclusively(() => this.deliverAll(client, viewerId));
    });
    this.waiting = { client, viewerId, pass };
    // A pass that failed outright (a lock refused) must not hold up the ones after it.
    this.queue = pass.catch(() => undefined);
    return pass;
  }

  private async exclusively(task: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    if (locks) await locks.request(`kindred:outbox:${this.storageKey}`, task);
    else await task();
  }

  private async deliverAll(client: KindredClient, viewerId: string | null): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      // Read afresh each time: another tab may have delivered entries meanwhile.
      const entry = this.entries().find((e) => e.viewerId === viewerId && !tried.has(e.idempotencyKey));
      if (!entry) return;
      tried.add(entry.idempotencyKey);
      try {
        const result = await deliver(client, entry);
        this.remove(entry);
        this.events.dispatchEvent(new OutboxDeliveredEvent(entry, result));
      } catch (thrown) {
        const error = toKindredError(thrown);
        if (error.isTransient) return;
        this.remove(entry);
        this.events.dispatchEvent(new OutboxFailedEvent(entry, error));
      }
    }
  }

  private remove(entry: OutboxEntry): void {
    this.write(this.entries().filter((e) => e.idempotencyKey !== entry.idempotencyKey));
  }

  private write(entries: OutboxEntry[]): boolean {
    return writeStored(this.storage, this.storageKey, entries);
  }
}

const outboxes = new WeakMap<KeyValueStorage, Outbox>();

/** The page's outbox on `storage`, shared by every element. */
export function outboxFor(storage: KeyValueStorage = defaultStorage()): Outbox {
  let outbox = outboxes.get(storage);
  if (!outbox) outboxes.set(storage, (outbox = new Outbox(storage)));
  return outbox;
}
