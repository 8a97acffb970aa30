// The outbox on the phone or tablet: answers in IndexedDB keyed by their client-generated id,
// written before any network request. Used by the page scripts and the service worker.

export type OutboxKind = "survey" | "kiosk";
export type OutboxItem = {
  id: string;
  kind: OutboxKind;
  /** the body sent to POST /api/v1/responses/batch for this answer */
  body: Record<string, unknown>;
  code?: string;
  queuedAt: number;
  attempts: number;
  lastError?: string;
};

const DB_NAME = "ensemble-outbox";
const ITEMS = "items";
const META = "meta";
let opening: Promise<IDBDatabase> | null = null;

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase> {
  return (opening ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => {
      const idb = r.result;
      if (!idb.objectStoreNames.contains(ITEMS))
        idb.createObjectStore(ITEMS, { keyPath: "id" }).createIndex("queuedAt", "queuedAt");
      if (!idb.objectStoreNames.contains(META)) idb.createObjectStore(META);
    };
    r.onsuccess = () => {
      const idb = r.result;
      idb.onversionchange = () => {
        idb.close();
        opening = null;
      };
      resolve(idb);
    };
    r.onerror = () => {
      opening = null;
      reject(r.error);
    };
  }));
}

async function tx<T>(store: string, mode: IDBTransactionMode, run: (s: IDBObjectStore) => Promise<T> | T): Promise<T> {
  const t = (await open()).transaction(store, mode);
  const done = new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error ?? new Error("outbox transaction aborted"));
  });
  const result = await run(t.objectStore(store));
  await done; // durable before we say "saved"
  return result;
}

/** Adds an answer; an id already queued is kept as it is (a double tap stays one answer). */
export function enqueue(item: Omit<OutboxItem, "queuedAt" | "attempts">): Promise<void> {
  return tx(ITEMS, "readwrite", async (s) => {
    const existing = await req(s.get(item.id));
    if (!existing) s.put({ ...item, queuedAt: Date.now(), attempts: 0 });
  });
}

/** The oldest answers first. */
export function peek(limit: number): Promise<OutboxItem[]> {
  return tx(ITEMS, "readonly", (s) => req(s.index("queuedAt").getAll(null, limit) as IDBRequest<OutboxItem[]>));
}

export function all(): Promise<OutboxItem[]> {
  return tx(ITEMS, "readonly", (s) => req(s.getAll() as IDBRequest<OutboxItem[]>));
}

export function count(): Promise<number> {
  return tx(ITEMS, "readonly", (s) => req(s.count()));
}

export function remove(ids: string[]): Promise<void> {
  return tx(ITEMS, "readwrite", (s) => {
    for (const id of ids) s.delete(id);
  });
}

export function markAttempt(items: OutboxItem[], error: string): Promise<void> {
  return tx(ITEMS, "readwrite", (s) => {
    for (const it of items) s.put({ ...it, attempts: it.attempts + 1, lastError: error });
  });
}

export function getMeta<T>(key: string): Promise<T | undefined> {
  return tx(META, "readonly", (s) => req(s.get(key) as IDBRequest<T | undefined>));
}

export function setMeta(key: string, value: unknown): Promise<void> {
  return tx(META, "readwrite", (s) => {
    s.put(value, key);
  });
}
