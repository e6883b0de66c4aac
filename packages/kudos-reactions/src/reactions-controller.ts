import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  clampCount,
  createIdempotencyKey,
  reactionsLoaderFor,
  readReactionSummary,
  toKindredError,
  type KindredClient,
  type KindredError,
  type KindredSource,
  type ReactionSummary,
} from '@kindred/core';
import { KinReactionChangeEvent } from './events.js';

export interface ReactionsHost extends ReactiveControllerHost, HTMLElement {
  subject: string;
  /** Wait until the element nears the viewport before loading. */
  lazy: boolean;
  /** What to show until (or without) a client: set by the host. */
  counts: Record<string, number>;
  mine: string[];
}

export interface ReactionsCallbacks {
  onToggleFailed(reaction: string, error: KindredError): void;
  onLoadFailed(error: KindredError): void;
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

/**
 * A subject's reactions: loaded through the shared loader, kept live through `subscribe`, and
 * changed optimistically. The viewer's latest intent per reaction wins: while a call is under
 * way, further clicks only change the intent, and the call that follows sends whatever it is then.
 */
export class ReactionsController implements ReactiveController {
  status: LoadStatus = 'idle';
  /** What the client last said, or undefined before it has. */
  private confirmed?: ReactionSummary;
  /** What the viewer wants, per reaction, where the client has not confirmed it yet. */
  private readonly intents = new Map<string, boolean>();
  /** Reactions with a call under way, as `generation:reaction`. */
  private readonly sending = new Set<string>();
  private client?: KindredClient;
  /** Identifies the subject, client and viewer the state belongs to; answers for another are dropped. */
  private loadedFor?: string;
  private generation = 0;
  private stopUpdates?: () => void;
  private visibility?: IntersectionObserver;
  private visible = false;

  constructor(
    private readonly host: ReactionsHost,
    private readonly kindred: KindredSource,
    private readonly callbacks: ReactionsCallbacks,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { client } = this.kindred;
    const key = client && this.host.subject ? `${this.host.subject}\u0000${this.kindred.viewer?.id ?? ''}` : undefined;
    if (key !== this.loadedFor || (client && this.client !== client)) {
      this.reset(key, client);
    }
  }

  hostDisconnected(): void {
    this.stopUpdates?.();
    this.visibility?.disconnect();
    this.visibility = undefined;
    // Connecting again reloads: the element may have been away for long.
    this.loadedFor = undefined;
  }

  /** The count to show, intents applied; never below 1 for a reaction the viewer has. */
  count(reaction: string): number {
    const source = this.source();
    const base = clampCount(source.counts?.[reaction] ?? 0);
    const had = this.has(source, reaction);
    const intent = this.intents.get(reaction);
    const count = intent === undefined ? base : base + Number(intent) - Number(had);
    return Math.max(count, Number(this.pressed(reaction)));
  }

  pressed(reaction: string): boolean {
    return this.intents.get(reaction) ?? this.has(this.source(), reaction);
  }

  /** Whether counts are known: loaded, or given by the host. */
  get known(): boolean {
    return this.confirmed !== undefined || this.status === 'idle';
  }

  /** Every reaction id the client reported for this subject, known to the set or not. */
  reportedIds(): string[] {
    return this.confirmed ? [...Object.keys(this.confirmed.counts), ...this.confirmed.mine] : [];
  }

  /** Records what the viewer wants and sends it. In single mode, choosing one lets go of the others. */
  set(reaction: string, on: boolean, exclusiveAmong?: readonly string[]): void {
    const changed = [reaction];
    this.intents.set(reaction, on);
    for (const other of exclusiveAmong ?? []) {
      if (on && other !== reaction && this.pressed(other)) {
        this.intents.set(other, false);
        changed.push(other);
      }
    }
    this.host.requestUpdate();
    for (const id of changed) void this.send(id);
  }

  /** Loads again after a failure. */
  retry(): void {
    this.loadedFor = undefined;
    this.host.requestUpdate();
  }

  private source(): Partial<ReactionSummary> {
    return this.confirmed ?? { counts: this.host.counts, mine: this.host.mine };
  }

  private has(source: Partial<ReactionSummary>, reaction: string): boolean {
    return Array.isArray(source.mine) && source.mine.includes(reaction);
  }

  private reset(key: string | undefined, client: KindredClient | undefined): void {
    this.generation++;
    this.loadedFor = key;
    this.client = client;
    this.confirmed = undefined;
    this.intents.clear();
    this.stopUpdates?.();
    this.status = key ? 'loading' : 'idle';
    if (!key || !client) return;
    if (this.host.lazy && !this.visible) {
      this.whenVisible(() => void this.load(client, this.generation));
    } else {
      void this.load(client, this.generation);
    }
  }

  private whenVisible(then: () => void): void {
    this.visibility?.disconnect();
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.visible = true;
        this.visibility?.disconnect();
        then();
      },
      { rootMargin: '200px' },
    );
    this.visibility.observe(this.host);
  }

  private async load(client: KindredClient, generation: number): Promise<void> {
    const subject = this.host.subject;
    try {
      const summary = await reactionsLoaderFor(client).load(subject);
      if (generation !== this.generation) return;
      this.confirmed = summary;
      this.status = 'loaded';
      this.stopUpdates = client.subscribe?.([subject], (updated, pushed) => {
        if (generation !== this.generation || updated !== subject) return;
        try {
          this.confirmed = readReactionSummary(pushed);
        } catch {
          return; // A malformed push is dropped; the next one or a reload corrects it.
        }
        this.host.requestUpdate();
      });
    } catch (error) {
      if (generation !== this.generation) return;
      this.status = 'failed';
      this.callbacks.onLoadFailed(toKindredError(error));
    }
    this.host.requestUpdate();
  }

  private async send(reaction: string): Promise<void> {
    const { client, generation } = this;
    const call = `${generation}:${reaction}`;
    if (!client || this.sending.has(call)) return;
    const subject = this.host.subject;
    this.sending.add(call);
    try {
      for (;;) {
        const on = this.intents.get(reaction);
        if (on === undefined || (this.confirmed && on === this.has(this.confirmed, reaction))) break;
        let summary: ReactionSummary;
        try {
          summary = readReactionSummary(
            await client.setReaction(subject, reaction, on, { idempotencyKey: createIdempotencyKey() }),
          );
        } catch (error) {
          if (generation !== this.generation) return;
          this.intents.delete(reaction);
          this.callbacks.onToggleFailed(reaction, toKindredError(error));
          return;
        }
        if (generation !== this.generation) return;
        this.confirmed = summary;
        this.host.dispatchEvent(new KinReactionChangeEvent(subject, reaction, on, summary));
      }
      this.intents.delete(reaction);
    } finally {
      this.sending.delete(call);
      this.host.requestUpdate();
    }
  }
}
