export type KindredErrorCode =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid_input'
  | 'invalid_response'
  | 'server';

export const kindredErrorCodes: readonly KindredErrorCode[] = [
  'network',
  'timeout',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_input',
  'invalid_response',
  'server',
];

export interface KindredErrorDetails {
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** How long the server asked us to wait before trying again. */
  retryAfterMs?: number;
  /** Per-field messages from the server, for `invalid_input`. */
  fields?: Record<string, string>;
  cause?: unknown;
}

/** Every failure a Kindred client reports, with a code components can act on. */
export class KindredError extends Error {
  override name = 'KindredError';
  readonly code: KindredErrorCode;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly fields?: Record<string, string>;

  constructor(code: KindredErrorCode, message: string = code, details: KindredErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.code = code;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.fields !== undefined) this.fields = details.fields;
  }

  /** The request never reached the server or got no answer: the same request can be sent later. */
  get isConnectivity(): boolean {
    return this.code === 'network' || this.code === 'timeout';
  }

  /** The same request may well succeed later: connectivity, an overloaded or failing server. */
  get isTransient(): boolean {
    return this.isConnectivity || this.code === 'server' || this.code === 'rate_limited';
  }
}

/** Wraps anything a client threw, so callers always see a `KindredError`. */
export function toKindredError(error: unknown): KindredError {
  if (error instanceof KindredError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new KindredError('server', message, { cause: error });
}
