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

/** The most recent thing said through the announcer, or '' if nothing is being said. */
export function announced(politeness: 'polite' | 'assertive' = 'polite'): string {
  const role = politeness === 'polite' ? 'status' : 'alert';
  const lines = document.querySelectorAll(`[data-kindred-announcer] [role="${role}"] > *`);
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
