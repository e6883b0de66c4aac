import { toKindredError } from './errors.js';
import type { KindredClient, ReactionSummary } from './types.js';
import { readReactionSummaries } from './validate.js';

export interface ReactionsLoaderOptions {
  /** Most subjects asked for in one `getReactions` call. Default 250. */
  maxBatch?: number;
}

interface Pending {
  promise: Promise<ReactionSummary>;
  resolve(summary: ReactionSummary): void;
  reject(error: unknown): void;
}

function copy(summary: ReactionSummary): ReactionSummary {
  return { counts: { ...summary.counts }, mine: [...summary.mine] };
}

/**
 * Coalesces reaction reads: every `load()` made in the same task is answered by one
 * `getReactions` call per `maxBatch` distinct subjects. A failed batch rejects only its callers;
 * nothing failed is remembered, so a later `load()` asks again.
 */
export class ReactionsLoader {
  private readonly maxBatch: number;
  private waiting = new Map<string, Pending>();
  private readonly inFlight = new Map<string, Pending>();
  private scheduled = false;

  constructor(
    private readonly client: KindredClient,
    { maxBatch = 250 }: ReactionsLoaderOptions = {},
  ) {
    this.maxBatch = Math.max(1, Math.floor(maxBatch));
  }

  /** The reactions on `subjectId`, each caller with its own copy. */
  load(subjectId: string): Promise<ReactionSummary> {
    let pending = this.waiting.get(subjectId) ?? this.inFlight.get(subjectId);
    if (!pending) {
      let resolve!: Pending['resolve'];
      let reject!: Pending['reject'];
      const promise = new Promise<ReactionSummary>((res, rej) => ((resolve = res), (reject = rej)));
      pending = { promise, resolve, reject };
      this.waiting.set(subjectId, pending);
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => this.flush());
      }
    }
    return pending.promise.then(copy);
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = new Map();
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += this.maxBatch) {
      void this.fetch(ids.slice(start, start + this.maxBatch), batch);
    }
  }

  private async fetch(ids: string[], batch: Map<string, Pending>): Promise<void> {
    for (const id of ids) this.inFlight.set(id, batch.get(id)!);
    try {
      const summaries = readReactionSummaries(await this.client.getReactions(ids), ids);
      for (const id of ids) batch.get(id)!.resolve(summaries[id]!);
    } catch (error) {
      const reason = toKindredError(error);
      for (const id of ids) batch.get(id)!.reject(reason);
    } finally {
      for (const id of ids) this.inFlight.delete(id);
    }
  }
}

const loaders = new WeakMap<KindredClient, ReactionsLoader>();

/** The loader every element sharing `client` uses, so their reads batch together. */
export function reactionsLoaderFor(client: KindredClient): ReactionsLoader {
  let loader = loaders.get(client);
  if (!loader) loaders.set(client, (loader = new ReactionsLoader(client)));
  return loader;
}
