// The outbox's storage: applications waiting to be sent, in IndexedDB, so they survive closing
// the tab, restarting the phone and days offline. Keyed by idempotency key. Imported by the wasm.
const DATABASE = 'portal';
const STORE = 'outbox';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'idempotency_key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function transaction(mode, action) {
  return open().then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = action(tx.objectStore(STORE));
    // Resolved only when the transaction has committed: the entry is on disk.
    tx.oncomplete = () => { db.close(); resolve(request.result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error ?? new Error('aborted')); };
  }));
}

/** Stores an entry; rejects with the browser's error (e.g. QuotaExceededError). */
export function outboxPut(entry) {
  return transaction('readwrite', (store) => store.put(entry));
}

/** Every stored entry, as they are (damaged ones included: the app skips those). */
export function outboxAll() {
  return transaction('readonly', (store) => store.getAll());
}

/** One entry by its key, or undefined. */
export function outboxGet(key) {
  return transaction('readonly', (store) => store.get(key));
}

export function outboxRemove(key) {
  return transaction('readwrite', (store) => store.delete(key));
}

/**
 * What the home page shows: each waiting entry's key, service, whether it was refused, and the
 * reference of the application sent before with the same key (a string) if that was the reason.
 */
export function outboxSummary() {
  return outboxAll().then((entries) => entries
    .filter((e) => e && typeof e.idempotency_key === 'string' && typeof e.service === 'string')
    .map((e) => [e.idempotency_key, e.service, Boolean(e.refused),
      e.refused && typeof e.refused.already_sent === 'string' ? e.refused.already_sent : undefined]));
}

/** Empties the outbox: the citizen asked to delete everything the portal keeps on this device. */
export function outboxClear() {
  return transaction('readwrite', (store) => store.clear());
}
