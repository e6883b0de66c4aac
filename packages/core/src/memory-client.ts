import { KindredError, type KindredErrorCode } from './errors.js';
import { createIdempotencyKey } from './ids.js';
import { defaultStorage, readStored, writeStored, type KeyValueStorage } from './storage.js';
import {
  audiences,
  limits,
  reportReasons,
  type CheckIn,
  type CheckInInput,
  type KindredClient,
  type ReactionListener,
  type ReactionSummary,
  type ReactorPage,
  type ReportInput,
  type ReportReceipt,
  type ReportStatus,
  type RequestOptions,
  type SupportReply,
  type Viewer,
  supportKinds,
} from './types.js';
import { isMood } from './validate.js';

/** Starting data, used when nothing was persisted yet. */
export interface MemorySeed {
  /** By subject, then by reaction id: how many other people reacted, or exactly who did. */
  reactions?: Record<string, Record<string, number | Viewer[]>>;
}

/** Simulated network conditions; change them at any time with `simulate()`. */
export interface MemorySimulation {
  /** Delay before every answer. */
  latencyMs?: number;
  /** Share of calls, 0 to 1, that fail instead of answering. */
  failureRate?: number;
  /** The code simulated failures carry. Default `network`. */
  failureCode?: KindredErrorCode;
}

export interface MemoryClientOptions extends MemorySimulation {
  /** Who the client acts as, as a server would know from the session. Default "You". */
  viewer?: Viewer | null;
  /** Keep everything in storage so it survives reloads. */
  persist?: boolean;
  /** Where to persist. Default `localStorage`. */
  storage?: KeyValueStorage;
  storageKey?: string;
  seed?: MemorySeed;
}

/** A report as the moderation side receives it. */
export interface StoredReport extends ReportInput, ReportReceipt {
  reporterId: string | null;
}

/** Who and what a viewer has blocked, muted and hidden. */
export interface ViewerRelations {
  blocked: string[];
  muted: string[];
  hidden: string[];
}

/** A complete, in-memory Kindred backend, for Storybook, examples, tests and prototypes. */
export interface MemoryClient extends Required<KindredClient> {
  setViewer(viewer: Viewer | null): void;
  simulate(simulation: MemorySimulation): void;
  /** Another person on the same backend, as if on their own device: what they do reaches subscribers. */
  as(viewer: Viewer | null): MemoryClient;
  /** Every report received, oldest first. */
  listReports(): StoredReport[];
  /** Every check-in received, oldest first. */
  listCheckIns(): CheckIn[];
  /** What the current viewer has blocked, muted and hidden. */
  listRelations(): ViewerRelations;
  /** Every support reply to a check-in, oldest first. */
  listSupport(checkInId: string): SupportReply[];
  /** Moves a report along, as moderators would. */
  setReportStatus(reportId: string, status: ReportStatus): void;
}

interface ReactionTally {
  /** People we know only as a number (seeded). */
  others: number;
  /** Named people, oldest first. */
  by: Viewer[];
}

interface Subscription {
  subjects: Set<string>;
  listener: ReactionListener;
  viewer(): Viewer | null;
}

interface Reply {
  request: string;
  response: unknown;
}

interface MemoryState {
  reactions: Map<string, Map<string, ReactionTally>>;
  reports: StoredReport[];
  checkIns: CheckIn[];
  support: SupportReply[];
  replies: Map<string, Reply>;
  /** By viewer id. */
  relations: Map<string, ViewerRelations>;
}

interface PersistedState {
  v: 1;
  reactions: [string, [string, ReactionTally][]][];
  reports: StoredReport[];
  checkIns: CheckIn[];
  support?: SupportReply[];
  replies: [string, Reply][];
  relations?: [string, ViewerRelations][];
}

/** Like a server's idempotency window: old keys are forgotten. */
const rememberedReplies = 500;
const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function stateFromSeed(seed: MemorySeed = {}): MemoryState {
  const reactions = new Map(
    Object.entries(seed.reactions ?? {}).map(([subject, byReaction]) => [
      subject,
      new Map(
        Object.entries(byReaction).map(([reaction, who]): [string, ReactionTally] => [
          reaction,
          typeof who === 'number' ? { others: Math.max(0, Math.floor(who)), by: [] } : { others: 0, by: [...who] },
        ]),
      ),
    ]),
  );
  return { reactions, reports: [], checkIns: [], support: [], replies: new Map(), relations: new Map() };
}

function isPersistedState(value: unknown): value is PersistedState {
  const state = value as PersistedState | undefined;
  return (
    state?.v === 1 &&
    Array.isArray(state.reactions) &&
    Array.isArray(state.reports) &&
    Array.isArray(state.checkIns) &&
    Array.isArray(state.replies)
  );
}

function fromPersisted(state: PersistedState): MemoryState {
  return {
    reactions: new Map(state.reactions.map(([subject, tallies]) => [subject, new Map(tallies)])),
    reports: state.reports,
    checkIns: state.checkIns,
    support: state.support ?? [],
    replies: new Map(state.replies),
    relations: new Map(state.relations ?? []),
  };
}

function toPersisted(state: MemoryState): PersistedState {
  return {
    v: 1,
    reactions: [...state.reactions].map(([subject, tallies]) => [subject, [...tallies]]),
    reports: state.reports,
    checkIns: state.checkIns,
    support: state.support,
    replies: [...state.replies],
    relations: [...state.relations],
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function reference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `KR-${Array.from(bytes, (byte) => referenceAlphabet[byte % referenceAlphabet.length]).join('')}`;
}

function invalidInput(message: string, fields?: Record<string, string>): KindredError {
  return new KindredError('invalid_input', message, fields ? { fields } : {});
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function checkReport(input: ReportInput): void {
  if (isBlank(input?.subjectId) || isBlank(input.subjectType)) {
    throw invalidInput('A report needs the subject it is about.');
  }
  if (!reportReasons.includes(input.reason)) {
    throw invalidInput('Choose a reason.', { reason: 'Choose a reason.' });
  }
  if (input.details !== undefined && (typeof input.details !== 'string' || input.details.length > limits.reportDetails)) {
    throw invalidInput('The details are too long.', { details: `At most ${limits.reportDetails} characters.` });
  }
  if (input.reason === 'other' && isBlank(input.details)) {
    throw invalidInput('Say what is wrong.', { details: 'Required for "Something else".' });
  }
  if (input.reason === 'rules' && !(Array.isArray(input.ruleIds) && input.ruleIds.length > 0)) {
    throw invalidInput('Choose the rules it breaks.', { ruleIds: 'Choose at least one rule.' });
  }
  if (input.reason === 'illegal') {
    const notice = input.notice;
    const identified = notice?.childAbuse === true;
    const fields = {
      ...(isBlank(notice?.law) && { law: 'Required.' }),
      ...(isBlank(notice?.explanation) && { explanation: 'Required.' }),
      ...(isBlank(notice?.location) && { location: 'Required.' }),
      ...(!identified && isBlank(notice?.name) && { name: 'Required.' }),
      ...(!identified && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(notice?.email ?? '') && { email: 'A valid email address is required.' }),
      ...(notice?.goodFaith !== true && { goodFaith: 'Required.' }),
    };
    if (Object.keys(fields).length > 0) throw invalidInput('The legal notice is incomplete.', fields);
  }
}

function checkCheckIn(input: CheckInInput): void {
  if (!isMood(input?.mood)) throw invalidInput('Choose how you are doing.', { mood: 'Choose a mood from 1 to 5.' });
  if (!audiences.includes(input.audience)) throw invalidInput('Choose who can see it.', { audience: 'Unknown audience.' });
  if (input.note !== undefined && (typeof input.note !== 'string' || input.note.length > limits.checkInNote)) {
    throw invalidInput('The note is too long.', { note: `At most ${limits.checkInNote} characters.` });
  }
}

/**
 * An in-memory implementation of the whole client contract, optional methods included: reactions
 * per viewer, reports with receipts, check-ins, idempotency keys, live updates, optional
 * persistence, and simulated latency and failures.
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const { persist = false, storageKey = 'kindred:memory-client', seed } = options;
  const storage = persist ? (options.storage ?? defaultStorage()) : undefined;
  const persisted = storage && readStored(storage, storageKey);
  const state = isPersistedState(persisted) ? fromPersisted(persisted) : stateFromSeed(seed);
  const subscriptions = new Set<Subscription>();

  function save(): void {
    if (storage) writeStored(storage, storageKey, toPersisted(state));
  }

  function summary(subjectId: string, viewer: Viewer | null): ReactionSummary {
    const tallies = [...(state.reactions.get(subjectId) ?? [])];
    return {
      counts: Object.fromEntries(
        tallies
          .map(([reaction, tally]): [string, number] => [reaction, tally.others + tally.by.length])
          .filter(([, count]) => count > 0),
      ),
      mine: tallies.filter(([, tally]) => tally.by.some((who) => who.id === viewer?.id)).map(([reaction]) => reaction),
    };
  }

  /** Pushes a subject's new state to everyone watching it, each seeing their own `mine`. */
  function publish(subjectId: string): void {
    for (const subscription of subscriptions) {
      if (!subscription.subjects.has(subjectId)) continue;
      const update = summary(subjectId, subscription.viewer());
      setTimeout(() => subscriptions.has(subscription) && subscription.listener(subjectId, update));
    }
  }

  /** Applies a change once per idempotency key; a repeat gets the first answer back. */
  function once<T>(opts: RequestOptions, request: unknown[], apply: () => T): T {
    const key = opts?.idempotencyKey;
    if (isBlank(key)) throw invalidInput('An idempotency key is required.');
    const fingerprint = JSON.stringify(request);
    const seen = state.replies.get(key);
    if (seen) {
      if (seen.request !== fingerprint) throw invalidInput('This idempotency key was already used for another request.');
      return seen.response as T;
    }
    const response = apply();
    state.replies.set(key, { request: fingerprint, response });
    if (state.replies.size > rememberedReplies) state.replies.delete(state.replies.keys().next().value!);
    save();
    return response;
  }

  function view(initialViewer: Viewer | null, initialSimulation: Required<MemorySimulation>): MemoryClient {
    let viewer = initialViewer;
    let simulation = initialSimulation;

    async function respond<T>(work: () => T): Promise<T> {
      if (simulation.latencyMs > 0) await delay(simulation.latencyMs);
      if (Math.random() < simulation.failureRate) {
        throw new KindredError(simulation.failureCode, `Simulated ${simulation.failureCode} failure.`);
      }
      return structuredClone(work());
    }

    function signedIn(): Viewer {
      if (!viewer) throw new KindredError('unauthorized', 'Sign in first.');
      return viewer;
    }

    function relationsOf(id: string): ViewerRelations {
      const relations = state.relations.get(id) ?? { blocked: [], muted: [], hidden: [] };
      state.relations.set(id, relations);
      return relations;
    }

    function relate(kind: keyof ViewerRelations, id: string, opts: RequestOptions): Promise<void> {
      return respond(() => {
        const me = signedIn();
        if (isBlank(id)) throw invalidInput('Say who or what.');
        once(opts, [kind, me.id, id], () => {
          const list = relationsOf(me.id)[kind];
          if (!list.includes(id)) list.push(id);
        });
      });
    }

    return {
      getReactions(subjectIds) {
        return respond(() => {
          if (!Array.isArray(subjectIds) || !subjectIds.every((id) => typeof id === 'string')) {
            throw invalidInput('Subject ids must be strings.');
          }
          return Object.fromEntries(subjectIds.map((id) => [id, summary(id, viewer)]));
        });
      },

      setReaction(subjectId, reactionId, on, opts) {
        return respond(() => {
          const me = signedIn();
          if (isBlank(subjectId) || isBlank(reactionId)) throw invalidInput('A reaction needs a subject and a reaction id.');
          return once(opts, ['setReaction', me.id, subjectId, reactionId, on], () => {
            const tallies = state.reactions.get(subjectId) ?? new Map<string, ReactionTally>();
            state.reactions.set(subjectId, tallies);
            const tally = tallies.get(reactionId) ?? { others: 0, by: [] };
            tallies.set(reactionId, tally);
            const had = tally.by.some((who) => who.id === me.id);
            if (on !== had) {
              tally.by = on ? [...tally.by, { ...me }] : tally.by.filter((who) => who.id !== me.id);
              publish(subjectId);
            }
            return summary(subjectId, me);
          });
        });
      },

      listReactors(subjectId, reactionId, { cursor, limit = 20 } = {}) {
        return respond((): ReactorPage => {
          const tally = state.reactions.get(subjectId)?.get(reactionId) ?? { others: 0, by: [] };
          const newestFirst = [...tally.by].reverse();
          const start = Math.max(0, Number.parseInt(cursor ?? '0', 10) || 0);
          const end = start + Math.max(1, limit);
          return {
            reactors: newestFirst.slice(start, end),
            total: tally.others + tally.by.length,
            ...(end < newestFirst.length && { nextCursor: String(end) }),
          };
        });
      },

      subscribe(subjectIds, listener) {
        const subscription: Subscription = { subjects: new Set(subjectIds), listener, viewer: () => viewer };
        subscriptions.add(subscription);
        return () => void subscriptions.delete(subscription);
      },

      getReportStatus(reportId) {
        return respond(() => {
          const report = state.reports.find((r) => r.id === reportId);
          if (!report || report.reporterId !== (viewer?.id ?? null)) throw new KindredError('not_found', 'No such report.');
          return { id: report.id, status: report.status, createdAt: report.createdAt };
        });
      },

      block: (userId, opts) => relate('blocked', userId, opts),
      mute: (userId, opts) => relate('muted', userId, opts),
      hide: (subjectId, opts) => relate('hidden', subjectId, opts),

      submitReport(input, opts) {
        return respond(() => {
          checkReport(input);
          return once(opts, ['submitReport', viewer?.id ?? null, input], () => {
            const receipt: ReportReceipt = { id: reference(), status: 'received', createdAt: new Date().toISOString() };
            state.reports.push({ ...structuredClone(input), ...receipt, reporterId: viewer?.id ?? null });
            return receipt;
          });
        });
      },

      submitCheckIn(input, opts) {
        return respond(() => {
          const author = signedIn();
          checkCheckIn(input);
          return once(opts, ['submitCheckIn', author.id, input], () => {
            const checkIn: CheckIn = {
              id: `ci-${createIdempotencyKey()}`,
              author: { ...author },
              mood: input.mood,
              audience: input.audience,
              createdAt: new Date().toISOString(),
              ...(input.note !== undefined && { note: input.note }),
            };
            state.checkIns.push(checkIn);
            return checkIn;
          });
        });
      },

      updateCheckIn(checkInId, input, opts) {
        return respond(() => {
          const author = signedIn();
          checkCheckIn(input);
          const checkIn = state.checkIns.find((c) => c.id === checkInId && c.author.id === author.id);
          if (!checkIn) throw new KindredError('not_found', 'No such check-in of yours.');
          return once(opts, ['updateCheckIn', author.id, checkInId, input], () => {
            checkIn.mood = input.mood;
            checkIn.audience = input.audience;
            if (input.note === undefined) delete checkIn.note;
            else checkIn.note = input.note;
            return checkIn;
          });
        });
      },

      sendSupport(checkInId, input, opts) {
        return respond(() => {
          const author = signedIn();
          if (!supportKinds.includes(input?.kind)) throw invalidInput('Choose a reply.', { kind: 'Unknown reply.' });
          if (input.note !== undefined && (typeof input.note !== 'string' || input.note.length > limits.supportNote)) {
            throw invalidInput('The note is too long.', { note: `At most ${limits.supportNote} characters.` });
          }
          if (!state.checkIns.some((c) => c.id === checkInId)) throw new KindredError('not_found', 'No such check-in.');
          return once(opts, ['sendSupport', author.id, checkInId, input], () => {
            const reply: SupportReply = {
              id: `sr-${createIdempotencyKey()}`,
              checkInId,
              author: { ...author },
              kind: input.kind,
              createdAt: new Date().toISOString(),
              ...(input.note !== undefined && { note: input.note }),
            };
            state.support.push(reply);
            return reply;
          });
        });
      },

      setViewer(next) {
        viewer = next;
      },

      simulate(next) {
        simulation = { ...simulation, ...next };
      },

      as(other) {
        return view(other, { latencyMs: 0, failureRate: 0, failureCode: 'network' });
      },

      listReports() {
        return structuredClone(state.reports);
      },

      listCheckIns() {
        return structuredClone(state.checkIns);
      },

      listSupport(checkInId) {
        return structuredClone(state.support.filter((reply) => reply.checkInId === checkInId));
      },

      listRelations() {
        return structuredClone(viewer ? relationsOf(viewer.id) : { blocked: [], muted: [], hidden: [] });
      },

      setReportStatus(reportId, status) {
        const report = state.reports.find((r) => r.id === reportId);
        if (report) report.status = status;
        save();
      },
    };
  }

  return view(options.viewer === undefined ? { id: 'you', name: 'You' } : options.viewer, {
    latencyMs: options.latencyMs ?? 0,
    failureRate: options.failureRate ?? 0,
    failureCode: options.failureCode ?? 'network',
  });
}
