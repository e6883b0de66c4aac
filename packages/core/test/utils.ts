// Shared helpers for every package's tests: a real HTTP server, announcements, storage
// isolation, and a small element that consumes Kindred context.
import { executeServerCommand } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { KindredController, type StringOverrides } from '@kindred/core';
import type { Formatters, KeyValueStorage, KindredClient } from '@kindred/core';

/** One scripted answer from the test server. */
export interface ScriptedReply {
  status?: number;
  body?: unknown;
  /** Sent as is instead of `body`, for malformed responses. */
  raw?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Drop the connection without answering: a network error. */
  hangUp?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: unknown;
}

export interface TestServer {
  /** Base URL of the API, ending in `/api/`. */
  url: string;
  /** Answers the next requests with `replies`, in order, then with `fallback` (default 404). */
  script(replies: ScriptedReply[], fallback?: ScriptedReply): Promise<void>;
  /** What reached the server since the last `script()`. */
  requests(): Promise<RecordedRequest[]>;
  stop(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 for this test file. */
export async function startTestServer(): Promise<TestServer> {
  const { url } = (await executeServerCommand('test-server-start')) as { url: string };
  return {
    url,
    script: async (replies, fallback) => void (await executeServerCommand('test-server-script', { replies, fallback })),
    requests: () => executeServerCommand('test-server-requests') as Promise<RecordedRequest[]>,
    stop: async () => void (await executeServerCommand('test-server-stop')),
  };
}

/** The next `type` event on `target`, typed from the global event map. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/**
 * The most recent thing said through the announcer, or '' if nothing is being said. Pass the
 * shadow root of a component with an open modal: announcements are made inside the modal.
 */
export function announced(politeness: 'polite' | 'assertive' = 'polite', root: ParentNode = document): string {
  const role = politeness === 'polite' ? 'status' : 'alert';
  const lines = root.querySelectorAll(`[data-kindred-announcer] [role="${role}"] > *`);
  return lines[lines.length - 1]?.textContent ?? '';
}

let keys = 0;

/** A storage key no other test uses. */
export function uniqueKey(name = 'test'): string {
  return `kindred-test:${name}:${Date.now()}:${keys++}`;
}

/** The real `localStorage`, with every key under a prefix of its own, so tests never collide. */
export function scopedStorage(prefix = uniqueKey()): KeyValueStorage {
  return {
    getItem: (key) => localStorage.getItem(`${prefix}:${key}`),
    setItem: (key, value) => localStorage.setItem(`${prefix}:${key}`, value),
    removeItem: (key) => localStorage.removeItem(`${prefix}:${key}`),
  };
}

type ClientMethod = Exclude<keyof KindredClient, 'subscribe'>;

/** A real client with a record of every call made to it, by method. */
export function recordingClient<C extends KindredClient>(client: C): { client: C; calls: Record<ClientMethod, unknown[][]> } {
  const calls: Record<ClientMethod, unknown[][]> = {
    getReactions: [],
    setReaction: [],
    submitReport: [],
    submitCheckIn: [],
    listReactors: [],
    getReportStatus: [],
    block: [],
    mute: [],
    hide: [],
    updateCheckIn: [],
    sendSupport: [],
  };
  const recording = Object.create(client) as C;
  for (const method of Object.keys(calls) as ClientMethod[]) {
    const original = client[method] as ((...args: unknown[]) => unknown) | undefined;
    if (!original) continue;
    Object.defineProperty(recording, method, {
      value: (...args: unknown[]) => {
        calls[method].push(args);
        return original.apply(client, args);
      },
    });
  }
  return { client: recording, calls };
}

export const testMessages = {
  en: {
    greeting: 'Hello',
    people: ({ count }: { count: number }, format: Formatters) =>
      format.plural(count, { one: '# person', other: '# people' }),
  },
  es: {
    greeting: 'Hola',
    people: ({ count }: { count: number }, format: Formatters) =>
      format.plural(count, { one: '# persona', other: '# personas' }),
  },
};

/** A minimal Kindred element: shows what it receives, so tests can see context and strings arrive. */
export class KinTestConsumer extends LitElement {
  static override properties = { client: { attribute: false }, strings: { attribute: false } };
  declare client?: KindredClient;
  declare strings?: StringOverrides;

  readonly kindred = new KindredController(this, testMessages);

  override render() {
    return html`<p>${this.kindred.t('greeting')}, ${this.kindred.viewer?.name ?? 'guest'}</p>`;
  }
}
customElements.define('kin-test-consumer', KinTestConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'kin-test-consumer': KinTestConsumer;
  }
}
