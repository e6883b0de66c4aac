import { defaultStorage, readStored, removeStored, writeStored, type KeyValueStorage } from './storage.js';

/** Drafts hold what people wrote about hard things; they do not linger on a shared device. */
export const draftLifetimeMs = 7 * 24 * 3600_000;

interface StoredDraft {
  savedAt: number;
  value: unknown;
}

/**
 * What someone is typing, kept per component and subject so a reload or an accidental close
 * loses nothing. Components clear it after a successful submit.
 */
export class DraftStore<T> {
  /**
   * @param component Which component the drafts belong to, e.g. `report`.
   * @param parse Accepts a stored value as a draft, or rejects it (`undefined`); stored data may
   *   come from an older version or be tampered with.
   */
  constructor(
    private readonly component: string,
    private readonly parse: (value: unknown) => T | undefined,
    private readonly given?: KeyValueStorage,
  ) {}

  // Resolved on use, not on construction, so elements can be created where there is no storage.
  private get storage(): KeyValueStorage {
    return this.given ?? defaultStorage();
  }

  get(subject: string): T | undefined {
    const stored = readStored(this.storage, this.key(subject)) as StoredDraft | undefined;
    if (typeof stored?.savedAt !== 'number' || Date.now() - stored.savedAt > draftLifetimeMs) {
      if (stored !== undefined) this.delete(subject);
      return undefined;
    }
    return this.parse(stored.value);
  }

  /** Saves `value`; false if the browser refused to store it (full or blocked storage). */
  set(subject: string, value: T): boolean {
    return writeStored(this.storage, this.key(subject), { savedAt: Date.now(), value } satisfies StoredDraft);
  }

  delete(subject: string): void {
    removeStored(this.storage, this.key(subject));
  }

  private key(subject: string): string {
    return `kindred:draft:${this.component}:${subject}`;
  }
}
