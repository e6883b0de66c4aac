import { KindredError } from './errors.js';
import type { CheckIn, Mood, ReactionSummary, ReactorPage, ReportReceipt, ReportStatus, SupportReply, Viewer } from './types.js';
import { audiences, reportStatuses, supportKinds } from './types.js';

// Everything a client returns is untrusted: a host's own client may hand back anything, and a
// server may be misconfigured. These readers turn wrong shapes into `invalid_response` and
// tame wrong-but-typed values, so components never render garbage.

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(what: string): KindredError {
  return new KindredError('invalid_response', `The client returned something that is not ${what}.`);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isDate(value: unknown): value is string {
  return isString(value) && !Number.isNaN(Date.parse(value));
}

/** A count people can trust: a whole, non-negative, safe number (NaN becomes 0). */
export function clampCount(value: number): number {
  if (!(value > 0)) return 0;
  return Math.min(Math.floor(value), Number.MAX_SAFE_INTEGER);
}

export function readReactionSummary(value: unknown): ReactionSummary {
  if (!isRecord(value) || !isRecord(value.counts) || !Array.isArray(value.mine) || !value.mine.every(isString)) {
    throw invalid('a reaction summary');
  }
  const counts = Object.entries(value.counts).map(([id, count]) => {
    if (typeof count !== 'number') throw invalid('a reaction summary');
    return [id, clampCount(count)] as const;
  });
  // fromEntries defines own properties, so a "__proto__" id stays data.
  return { counts: Object.fromEntries(counts), mine: [...new Set(value.mine)] };
}

/** Summaries for the asked-for subjects; a subject the client left out has no reactions yet. */
export function readReactionSummaries(value: unknown, subjectIds: readonly string[]): Record<string, ReactionSummary> {
  if (!isRecord(value)) throw invalid('a map of reaction summaries');
  return Object.fromEntries(
    subjectIds.map((id) => [id, Object.hasOwn(value, id) ? readReactionSummary(value[id]) : { counts: {}, mine: [] }]),
  );
}

/**
 * A receipt with an id proves the report was filed. A status this version does not know (from a
 * newer server) reads as `received` rather than turning a filed report into an error.
 */
export function readReportReceipt(value: unknown): ReportReceipt {
  if (!isRecord(value) || !isNonEmptyString(value.id) || !isString(value.status) || !isDate(value.createdAt)) {
    throw invalid('a report receipt');
  }
  const status = reportStatuses.includes(value.status as ReportStatus) ? (value.status as ReportStatus) : 'received';
  return { id: value.id, status, createdAt: value.createdAt };
}

export function isMood(value: unknown): value is Mood {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/** A page of reactors; entries that are not people are dropped, and the total is at least what is listed. */
export function readReactorPage(value: unknown): ReactorPage {
  if (!isRecord(value) || !Array.isArray(value.reactors) || typeof value.total !== 'number') {
    throw invalid('a page of reactors');
  }
  const reactors = value.reactors.map(readViewer).filter((viewer): viewer is Viewer => viewer !== undefined);
  return {
    reactors,
    total: Math.max(clampCount(value.total), reactors.length),
    ...(isNonEmptyString(value.nextCursor) && { nextCursor: value.nextCursor }),
  };
}

function readViewer(value: unknown): Viewer | undefined {
  return isRecord(value) && isNonEmptyString(value.id) && isString(value.name)
    ? { id: value.id, name: value.name }
    : undefined;
}

export function readCheckIn(value: unknown): CheckIn {
  const author = isRecord(value) ? readViewer(value.author) : undefined;
  if (
    !isRecord(value) ||
    !author ||
    !isNonEmptyString(value.id) ||
    !isMood(value.mood) ||
    !audiences.includes(value.audience as CheckIn['audience']) ||
    !isDate(value.createdAt) ||
    (value.note !== undefined && !isString(value.note)) ||
    (value.expiresAt !== undefined && !isDate(value.expiresAt))
  ) {
    throw invalid('a check-in');
  }
  return {
    id: value.id,
    author,
    mood: value.mood,
    audience: value.audience as CheckIn['audience'],
    createdAt: value.createdAt,
    ...(value.note !== undefined && { note: value.note as string }),
    ...(value.expiresAt !== undefined && { expiresAt: value.expiresAt as string }),
  };
}

export function readSupportReply(value: unknown): SupportReply {
  const author = isRecord(value) ? readViewer(value.author) : undefined;
  if (
    !isRecord(value) ||
    !author ||
    !isNonEmptyString(value.id) ||
    !isNonEmptyString(value.checkInId) ||
    !supportKinds.includes(value.kind as SupportReply['kind']) ||
    !isDate(value.createdAt) ||
    (value.note !== undefined && !isString(value.note))
  ) {
    throw invalid('a support reply');
  }
  return {
    id: value.id,
    checkInId: value.checkInId,
    author,
    kind: value.kind as SupportReply['kind'],
    createdAt: value.createdAt,
    ...(value.note !== undefined && { note: value.note as string }),
  };
}
