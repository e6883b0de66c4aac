/** The part of `Storage` Kindred uses; pass `sessionStorage` or your own to keep data elsewhere. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let fallback: KeyValueStorage | undefined;

function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * `localStorage` when the page may use it; otherwise (blocked cookies, some private modes,
 * server rendering) an in-memory store for this page, so nothing throws.
 */
export function defaultStorage(): KeyValueStorage {
  try {
    const storage = globalThis.localStorage;
    const probe = 'kindred:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return (fallback ??= memoryStorage());
  }
}

/** The parsed JSON stored under `key`, or undefined when absent or unreadable. */
export function readStored(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON; false when the storage refused it (full or blocked). */
export function writeStored(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clean up in a storage we cannot reach.
  }
}
