// The popup's first read, raw (issue 15): the settings, the people and the summary the settings point at, from the
// ledger's database opened read-only in ONE transaction, with no zod and nothing else imported, so that popup.html's
// tiny entry module (entrypoints/popup/main.tsx) starts it before the popup's code is loaded and evaluated: the
// database's open and its read run while the modules load. Nothing read here is used unchecked: popup-read.ts
// checkPopupFirst checks every record with zod/mini and gives `undefined` (the full path) for anything it is not sure
// of, including a summary of another person than the one the checked settings and people name.
// The same transaction also asks for that person's whole lists (`summaryLists`, far over IndexedDB's 64 KB inline size
// at 2,000 activities, so read back as a blob): the browser reads them while the first frame is built, and they are
// deserialised (the request's `result`, about 12 ms at 2,000 activities) and checked (popup-lists.ts) only after the
// first paint. Read in one transaction with the summary, they are of the same moment as it.
import { byCreation, DEFAULT_LEDGER_DB, LEDGER_DB_VERSION, SETTINGS_KEY } from './db-layout';

/** The records as stored, unchecked. */
export interface PopupRawRead {
  settings: unknown;
  profiles: unknown[];
  summary: unknown;
  /** The request for the same person's whole lists, once it has succeeded (`undefined` if it failed); its `result` is
   * read only after the first paint. */
  lists?: Promise<IDBRequest | undefined>;
}

/** The raw records, or `undefined` when the database is missing, of another version, or the read fails. */
export function readPopupRaw(dbName: string = DEFAULT_LEDGER_DB): Promise<PopupRawRead | undefined> {
  return readOnly(dbName, ['settings', 'profiles', 'summaries', 'summaryLists'], async (tx) => {
    const [settings, profiles] = await Promise.all([request(tx.objectStore('settings').get(SETTINGS_KEY)), request(tx.objectStore('profiles').getAll())]);
    const key = activeKey(settings, profiles);
    if (!key) return undefined;
    const summary = request(tx.objectStore('summaries').get(key));
    // Its `result` is not touched here: Chromium deserialises a value when `result` is first read (checked: 4-24 ms for
    // 2,000 activities' lists on first read, nothing on the second), and that waits until after the first paint.
    const listsRequest = tx.objectStore('summaryLists').get(key);
    const lists = new Promise<IDBRequest | undefined>((resolve) => {
      listsRequest.onsuccess = () => resolve(listsRequest);
      listsRequest.onerror = () => resolve(undefined);
    });
    return { settings, profiles, summary: await summary, lists };
  });
}

/** `work` in one read-only transaction on these stores of the database at db.ts's version (popup-lists.ts reads with it
 * too); `undefined` when the database is missing, of another version, lacks a store, or anything fails. */
export async function readOnly<T>(dbName: string, stores: string[], work: (tx: IDBTransaction) => Promise<T | undefined>): Promise<T | undefined> {
  let db: IDBDatabase;
  try {
    db = await openReadOnly(dbName);
  } catch {
    return undefined;
  }
  try {
    if (!stores.every((s) => db.objectStoreNames.contains(s))) return undefined;
    return await work(db.transaction(stores, 'readonly'));
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

/** The summary's key ([profile id, rule set]) of the person the settings name, else of the first person in
 * listProfiles' order; only a guess until checkPopupFirst has checked the records and found the same person. */
function activeKey(settings: unknown, profiles: unknown[]): [string, string] | undefined {
  const people = profiles.filter(
    (p): p is { id: string; policyId: string; createdAt: number; name: string } =>
      typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' && typeof (p as { policyId?: unknown }).policyId === 'string',
  );
  const wanted = typeof settings === 'object' && settings !== null ? (settings as { activeProfileId?: unknown }).activeProfileId : undefined;
  // Unchecked records: their creation time and name as numbers and text, so that the order is listProfiles' for any.
  const first = people.map((p) => ({ p, createdAt: Number(p.createdAt), name: String(p.name) })).sort(byCreation)[0]?.p;
  const active = people.find((p) => p.id === wanted) ?? first;
  return active ? [active.id, active.policyId] : undefined;
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database at db.ts's version; one that does not exist yet or is older (it would need an upgrade) is left to db.ts. */
function openReadOnly(dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, LEDGER_DB_VERSION);
    req.onupgradeneeded = () => req.transaction?.abort(); // creates or upgrades nothing: the open fails with AbortError
    req.onsuccess = () => {
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('blocked'));
  });
}
