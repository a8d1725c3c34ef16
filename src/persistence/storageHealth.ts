// Whether the browser keeps Waymark's storage (persistent) or may clear it under pressure, and
// how much is used. Persistence is asked for when the user first adds a map.
export type StorageHealth = { persistent: boolean | null; usageBytes: number | null };

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

export async function readStorageHealth(): Promise<StorageHealth> {
  const storage = storageManager();
  if (!storage) return { persistent: null, usageBytes: null };
  const [persistent, estimate] = await Promise.all([
    storage.persisted?.() ?? Promise.resolve(null),
    storage.estimate?.() ?? Promise.resolve(null),
  ]);
  return { persistent, usageBytes: estimate?.usage ?? null };
}

/** Asks the browser to keep Waymark's data; the answer shows in the library. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = storageManager();
  if (!storage?.persist || !storage.persisted) return null;
  if (await storage.persisted()) return true;
  return storage.persist();
}
