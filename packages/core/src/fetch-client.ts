import { KindredError, toKindredError, type KindredErrorCode } from './errors.js';
import type { KindredClient } from './types.js';
import {
  readCheckIn,
  readReactionSummaries,
  readReactionSummary,
  readReactorPage,
  readReportReceipt,
  readSupportReply,
} from './validate.js';

export interface FetchClientOptions {
  /** Where the Kindred REST routes live, e.g. `https://api.example.com/kindred/`. */
  baseUrl: string | URL;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** Called before every attempt, for headers that change, such as a fresh access token. */
  getHeaders?: () => HeadersInit | Promise<HeadersInit>;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Time allowed for each attempt, response body included. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts after a network error, timeout, 5xx or 429. Default 2. */
  retries?: number;
  /** First backoff delay; it doubles with every retry, with jitter. Default 300. */
  retryDelayMs?: number;
}

/** A `Retry-After` longer than this is not waited for inside a call; the caller hears `rate_limited`. */
const longestRetryWaitMs = 30_000;

const codeByStatus: Record<number, KindredErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  408: 'timeout',
  410: 'not_found',
  429: 'rate_limited',
};

/** Other 4xx refuse the request as sent (400, 409, 422 …); anything but 2xx, 4xx, 5xx is unexpected. */
function statusCode(status: number): KindredErrorCode {
  if (codeByStatus[status]) return codeByStatus[status];
  if (status >= 500) return 'server';
  return status >= 400 ? 'invalid_input' : 'invalid_response';
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && header.trim() !== '') return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function errorFields(body: unknown): Record<string, string> | undefined {
  const fields = (body as { error?: { fields?: unknown } } | undefined)?.error?.fields;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const entries = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function errorMessage(body: unknown, status: number): string {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message : `The server answered ${status}.`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new KindredError('invalid_response', 'The server answered with something that is not JSON.', { cause });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A client for the Kindred REST contract (see the "Client contract" docs): JSON over HTTP,
 * `Idempotency-Key` on every write, per-attempt timeouts, and retries with backoff and jitter
 * on network errors, timeouts, 5xx and 429.
 */
export function createFetchClient(
  options: FetchClientOptions,
): KindredClient & Required<Omit<KindredClient, 'subscribe'>> {
  const { timeoutMs = 10_000, retries = 2, retryDelayMs = 300 } = options;
  const base = new URL(options.baseUrl, globalThis.location?.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function attempt(method: string, url: URL, body: unknown, idempotencyKey?: string): Promise<unknown> {
    const headers = new Headers(options.headers);
    new Headers(await options.getHeaders?.()).forEach((value, name) => headers.set(name, value));
    headers.set('Accept', 'application/json');
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);

    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, {
        method,
        headers,
        // Counts must never come stale from the browser's cache; the server may still answer 304.
        cache: 'no-cache',
        signal: AbortSignal.timeout(timeoutMs),
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (cause) {
      const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
      throw timedOut
        ? new KindredError('timeout', `No answer within ${timeoutMs} ms.`, { cause })
        : new KindredError('network', 'The server could not be reached.', { cause });
    }

    // A write may answer 204 with nothing to say.
    if (response.ok) return text === '' ? undefined : parseJson(text);
    let errorBody: unknown;
    try {
      errorBody = JSON.parse(text);
    } catch {
      // Error pages are often HTML; the status alone says enough.
    }
    const retryAfter = retryAfterMs(response.headers.get('Retry-After'));
    const fields = errorFields(errorBody);
    throw new KindredError(statusCode(response.status), errorMessage(errorBody, response.status), {
      status: response.status,
      ...(retryAfter !== undefined && { retryAfterMs: retryAfter }),
      ...(fields && { fields }),
    });
  }

  async function request(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<unknown> {
    const url = new URL(path, base);
    for (let retry = 0; ; retry++) {
      try {
        return await attempt(method, url, body, idempotencyKey);
      } catch (thrown) {
        const error = toKindredError(thrown);
        const wait = error.retryAfterMs ?? retryDelayMs * 2 ** retry * (0.5 + Math.random() / 2);
        if (retry >= retries || !error.isTransient || wait > longestRetryWaitMs) throw error;
        await sleep(wait);
      }
    }
  }

  const segment = encodeURIComponent;

  return {
    async getReactions(subjectIds) {
      if (subjectIds.length === 0) return {};
      const query = new URLSearchParams(subjectIds.map((id) => ['subject', id]));
      return readReactionSummaries(await request('GET', `reactions?${query}`), subjectIds);
    },

    async setReaction(subjectId, reactionId, on, { idempotencyKey }) {
      const path = `subjects/${segment(subjectId)}/reactions/${segment(reactionId)}`;
      return readReactionSummary(await request(on ? 'PUT' : 'DELETE', path, undefined, idempotencyKey));
    },

    async listReactors(subjectId, reactionId, { cursor, limit } = {}) {
      const query = new URLSearchParams();
      if (limit !== undefined) query.set('limit', String(limit));
      if (cursor !== undefined) query.set('cursor', cursor);
      const path = `subjects/${segment(subjectId)}/reactions/${segment(reactionId)}/reactors?${query}`;
      return readReactorPage(await request('GET', path));
    },

    async getReportStatus(reportId) {
      return readReportReceipt(await request('GET', `reports/${segment(reportId)}`));
    },

    async block(userId, { idempotencyKey }) {
      await request('PUT', `blocks/${segment(userId)}`, undefined, idempotencyKey);
    },

    async mute(userId, { idempotencyKey }) {
      await request('PUT', `mutes/${segment(userId)}`, undefined, idempotencyKey);
    },

    async hide(subjectId, { idempotencyKey }) {
      await request('PUT', `hidden/${segment(subjectId)}`, undefined, idempotencyKey);
    },

    async submitReport(input, { idempotencyKey }) {
      return readReportReceipt(await request('POST', 'reports', input, idempotencyKey));
    },

    async submitCheckIn(input, { idempotencyKey }) {
      return readCheckIn(await request('POST', 'check-ins', input, idempotencyKey));
    },

    async updateCheckIn(checkInId, input, { idempotencyKey }) {
      return readCheckIn(await request('PUT', `check-ins/${segment(checkInId)}`, input, idempotencyKey));
    },

    async sendSupport(checkInId, input, { idempotencyKey }) {
      return readSupportReply(await request('POST', `check-ins/${segment(checkInId)}/support`, input, idempotencyKey));
    },
  };
}
