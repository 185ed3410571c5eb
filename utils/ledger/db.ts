// The ledger in the extension's IndexedDB (idb). Every record is parsed with the zod schemas on the way in; on the way out a
// record they refuse is skipped (listed by `listUnreadable`, kept by `dump` for the backup), never fatal to the others.
import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './schema';
import { salvageSettings, unreadableRecord, type StoreName, type UnreadableRecord } from './unreadable';
import { isCurrentSummary, LedgerSummary, summarize } from './summary';

export type { UnreadableRecord } from './unreadable';

/**
 * Versions of the stored layout.
 * 1: stores profiles / entries / evidence / settings, no indexes; evidence had one `year`, entries had no
 *    `evidenceNames` / `updatedAt`.
 * 2: `profileId` indexes; evidence `years[]` + `kind`; entries `evidenceNames` + `updatedAt`.
 * 3: `summaries` (per person × rule set: the yearly rows, evidence-set tallies and covered years, summary.ts), kept
 *    current by every write; the upgrade computes them from the records already stored.
 */
export const LEDGER_DB_VERSION = 3;
export const DEFAULT_LEDGER_DB = 'xskr-ledger';
const SETTINGS_KEY = 'settings';

type Stores = StoreName | 'summaries';
/** The stores holding the user's records (backup, dump); `summaries` is derived from them. */
const ALL_STORES: Stores[] = ['profiles', 'entries', 'evidence', 'settings'];
/** Writes that change activities, files or people also rewrite the people's summaries, in the same transaction. */
const RECORD_STORES: Stores[] = ['profiles', 'entries', 'evidence', 'summaries'];

/** Raised when the browser refuses to store more (磁盘配额已满): shown to the user, never swallowed. */
export class LedgerQuotaError extends Error {
  constructor(cause?: unknown) {
    super('浏览器存储空间不足，本次保存没有完成。请删除不用的佐证文件或导出备份后清理，再重试。', { cause });
    this.name = 'LedgerQuotaError';
  }
}

function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: string; inner?: unknown; cause?: unknown };
  return err.name === 'QuotaExceededError' || isQuotaError(err.inner) || isQuotaError(err.cause);
}

async function guardQuota<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isQuotaError(e)) throw new LedgerQuotaError(e);
    throw e;
  }
}

export function newId(): string {
  return crypto.randomUUID();
}

/** All records of one import or restore, written in one transaction: all or nothing. */
export interface LedgerBatch {
  profiles: Profile[];
  entries: Entry[];
  evidence: Evidence[];
  settings?: Settings;
}

/** Everything the ledger holds: the readable records, and the ones the schemas refuse, as they are stored. */
export interface LedgerDump extends Required<LedgerBatch> {
  unreadable: UnreadableRecord[];
}

/**
 * A change of the settings, made inside the transaction that writes them from what is stored at that moment
 * (never from an older read), so two pages changing different settings at once both keep their change.
 * `profileIds`: the people in the ledger at that moment.
 */
export type SettingsChange = (current: Settings, profileIds: ReadonlySet<string>) => Settings;

/**
 * Every read skips a record its schema refuses (one bad record must not hide the others); `listUnreadable` names
 * them and `dump` carries them for the backup. The connection closes when another page needs the database
 * (an upgrade, a delete) and is opened again by the next call, as it is after `close()`.
 */
export interface Ledger {
  listProfiles(): Promise<Profile[]>;
  getProfile(id: string): Promise<Profile | undefined>;
  putProfile(p: Profile): Promise<Profile>;
  /**
   * The person's summary (yearly rows, evidence-set tallies, covered years) under their rule set, as every write keeps
   * it; one missing or made by an older version (records written around the ledger) is computed and stored first.
   */
  getSummary(profile: Profile): Promise<LedgerSummary>;
  /** Removes the person with every activity and evidence file of theirs. */
  deleteProfile(id: string): Promise<void>;
  /** The stored settings; a field that cannot be read is left at its default. */
  getSettings(): Promise<Settings>;
  /** Replaces all settings. To change some, use `updateSettings`. */
  putSettings(s: Settings): Promise<void>;
  /** Reads, changes and writes the settings in one transaction; resolves with what was stored. */
  updateSettings(change: SettingsChange): Promise<Settings>;
  /** The settings' active profile, else the first one. */
  getActiveProfile(): Promise<Profile | undefined>;
  setActiveProfile(id: string): Promise<void>;
  listEntries(profileId: string): Promise<Entry[]>;
  getEntry(id: string): Promise<Entry | undefined>;
  putEntry(e: Entry): Promise<Entry>;
  /** One transaction: either all are stored or none. */
  putEntries(es: Entry[]): Promise<void>;
  deleteEntry(id: string): Promise<void>;
  listEvidence(profileId: string): Promise<Evidence[]>;
  getEvidence(id: string): Promise<Evidence | undefined>;
  putEvidence(ev: Evidence): Promise<Evidence>;
  deleteEvidence(id: string): Promise<void>;
  /** Writes a whole batch (import, restore) in one transaction, with a change of the settings made in it. */
  putBatch(batch: LedgerBatch, settingsChange?: SettingsChange): Promise<void>;
  /** Every stored record the schemas refuse, named in zh-CN. */
  listUnreadable(): Promise<UnreadableRecord[]>;
  /** Everything, read in one transaction, for export and backup. */
  dump(): Promise<LedgerDump>;
  /** Empties every store (restore "replace", tests). */
  wipe(): Promise<void>;
  /** Closes the connection; a later call opens it again. */
  close(): void;
}

// ---- upgrades ----------------------------------------------------------------------------------

const EvidenceV1 = z.looseObject({ year: z.number().int().optional(), years: z.array(z.number().int()).optional() });
const EntryV1 = z.looseObject({ createdAt: z.number().optional(), updatedAt: z.number().optional(), evidenceNames: z.array(z.string()).optional() });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the upgrade sees records of older layouts
type AnyDb = IDBPDatabase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UpgradeTx = IDBPTransaction<any, StoreNames<any>[], 'versionchange'>;

/** The layout of version 1, kept so the upgrade test can build a real version-1 database. */
export function createVersion1Stores(db: AnyDb): void {
  db.createObjectStore('profiles', { keyPath: 'id' });
  db.createObjectStore('entries', { keyPath: 'id' });
  db.createObjectStore('evidence', { keyPath: 'id' });
  db.createObjectStore('settings');
}

async function upgradeTo2(tx: UpgradeTx): Promise<void> {
  const entries = tx.objectStore('entries');
  const evidence = tx.objectStore('evidence');
  entries.createIndex('profileId', 'profileId');
  evidence.createIndex('profileId', 'profileId');
  for (let cur = await entries.openCursor(); cur; cur = await cur.continue()) {
    const old = EntryV1.safeParse(cur.value);
    if (!old.success) continue; // not an object: left as it was, reads will name it
    const createdAt = old.data.createdAt ?? Date.now();
    await cur.update({ ...old.data, createdAt, updatedAt: old.data.updatedAt ?? createdAt, evidenceNames: old.data.evidenceNames ?? [] });
  }
  for (let cur = await evidence.openCursor(); cur; cur = await cur.continue()) {
    const old = EvidenceV1.safeParse(cur.value);
    if (!old.success) continue;
    const { year, ...rest } = old.data;
    const years = old.data.years ?? (year === undefined ? [] : [year]);
    await cur.update({ kind: 'activity', ...rest, years });
  }
}

async function upgradeTo3(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const summaries = db.createObjectStore('summaries', { keyPath: ['profileId', 'policyId'] });
  summaries.createIndex('profileId', 'profileId');
  const [profiles, entries, evidence] = await Promise.all([tx.objectStore('profiles').getAll(), tx.objectStore('entries').getAll(), tx.objectStore('evidence').getAll()]);
  const byProfile = <T extends { profileId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.profileId, [...(out.get(r.profileId) ?? []), r]);
    return out;
  };
  const entriesOf = byProfile(readable(Entry, entries).sort(byYearThenDate));
  const evidenceOf = byProfile(readable(Evidence, evidence).sort(byAdded));
  // Records the schemas refuse stay as they are (reads name them); the summaries count the readable ones, as reads do.
  for (const p of readable(Profile, profiles)) await summaries.put(summarize(p, entriesOf.get(p.id) ?? [], evidenceOf.get(p.id) ?? []));
}

// ---- reads ---------------------------------------------------------------------------------------

/** The records the schema accepts; the others are skipped here and reported by `listUnreadable`. */
function readable<T>(schema: z.ZodType<T>, rows: unknown[]): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    if (r.success) out.push(r.data);
  }
  return out;
}

function readOne<T>(schema: z.ZodType<T>, row: unknown): T | undefined {
  if (row === undefined) return undefined;
  const r = schema.safeParse(row);
  return r.success ? r.data : undefined;
}

function byCreation(a: Profile, b: Profile): number {
  return a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'zh-CN');
}

function byAdded(a: Evidence, b: Evidence): number {
  return a.addedAt - b.addedAt || a.name.localeCompare(b.name, 'zh-CN');
}

function byYearThenDate(a: Entry, b: Entry): number {
  return a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

const changeChannelName = 'xskr-ledger-change';
// One channel per page, used both to post and to listen: a BroadcastChannel never hears its own messages,
// so a page is not told about its own writes.
let channel: BroadcastChannel | undefined;
function pageChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(changeChannelName);
    (channel as { unref?: () => void }).unref?.(); // Node (tests, scripts): do not keep the process alive
  }
  return channel;
}

/** Calls `cb` when another page (popup, options, background) changed the ledger. Returns the unsubscribe. */
export function onLedgerChange(cb: () => void): () => void {
  const ch = pageChannel();
  if (!ch) return () => {};
  const listener = () => cb();
  ch.addEventListener('message', listener);
  return () => ch.removeEventListener('message', listener);
}

function announceChange(): void {
  pageChannel()?.postMessage('changed');
}

/** What `transaction()` throws on a connection that is closed or closing. */
function isClosedConnection(e: unknown): boolean {
  return (e as { name?: unknown } | null)?.name === 'InvalidStateError';
}

/** A newer version of the extension (in another page) has upgraded the database past ours. */
export class LedgerVersionError extends Error {
  constructor(cause?: unknown) {
    super('台账已被较新版本的学时助手升级：请重新加载此页面（或重新启动浏览器）后再试。', { cause });
    this.name = 'LedgerVersionError';
  }
}

export async function openLedger(dbName = DEFAULT_LEDGER_DB): Promise<Ledger> {
  // The connection: opened on first use, dropped when another page needs the database (versionchange: an upgrade
  // in a newer page, a delete) or when the browser closes it, and opened again by the next call.
  let connection: Promise<AnyDb> | null = null;

  function drop(which: Promise<AnyDb>): void {
    if (connection === which) connection = null;
    void which.then(
      (db) => db.close(),
      () => undefined,
    );
  }

  function connect(): Promise<AnyDb> {
    if (connection) return connection;
    const opening: Promise<AnyDb> = openDB(dbName, LEDGER_DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) createVersion1Stores(db);
        if (oldVersion < 2) await upgradeTo2(tx);
        if (oldVersion < 3) await upgradeTo3(db, tx);
      },
      // Another page waits for us to close: let it, and reopen on our next call.
      blocking: () => drop(opening),
      // The browser closed the connection (storage cleared, disk error): reopen on the next call.
      terminated: () => {
        if (connection === opening) connection = null;
      },
    }).catch((e: unknown) => {
      if (connection === opening) connection = null;
      if (e instanceof Error && e.name === 'VersionError') throw new LedgerVersionError(e);
      throw e;
    });
    connection = opening;
    return opening;
  }

  /** A transaction on an open connection; one closed under us (a race with versionchange or close) is reopened once. */
  async function transaction<M extends IDBTransactionMode>(stores: Stores[], mode: M): Promise<IDBPTransaction<unknown, Stores[], M>> {
    for (let attempt = 0; ; attempt++) {
      const current = connect();
      const db = await current;
      try {
        return db.transaction(stores, mode) as unknown as IDBPTransaction<unknown, Stores[], M>;
      } catch (e) {
        if (attempt > 0 || !isClosedConnection(e)) throw e;
        drop(current);
      }
    }
  }

  async function read<T>(stores: Stores[], work: (tx: IDBPTransaction<unknown, Stores[], 'readonly'>) => Promise<T>): Promise<T> {
    const tx = await transaction(stores, 'readonly');
    try {
      const out = await work(tx);
      await tx.done;
      return out;
    } catch (e) {
      await tx.done.catch(() => {});
      throw e;
    }
  }

  async function write<T>(stores: Stores[], work: (tx: IDBPTransaction<unknown, Stores[], 'readwrite'>) => Promise<T>): Promise<T> {
    const result = await guardQuota(async () => {
      const tx = await transaction(stores, 'readwrite');
      try {
        const out = await work(tx);
        await tx.done;
        return out;
      } catch (e) {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        await tx.done.catch(() => {});
        throw e;
      }
    });
    announceChange();
    return result;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the settings store has out-of-line keys
  const settingsStore = (tx: IDBPTransaction<unknown, Stores[], any>) => tx.objectStore('settings') as any;

  /** Inside a write: the stored settings changed by `change`, written back. */
  async function changeSettings(tx: IDBPTransaction<unknown, Stores[], 'readwrite'>, change: SettingsChange): Promise<Settings> {
    const [raw, keys] = await Promise.all([settingsStore(tx).get(SETTINGS_KEY), tx.objectStore('profiles').getAllKeys()]);
    const next = Settings.parse(change(salvageSettings(raw), new Set(keys.map(String))));
    await settingsStore(tx).put(next, SETTINGS_KEY);
    return next;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a store of the current layout, typed loosely like the others
  type AnyTx = IDBPTransaction<unknown, Stores[], any>;

  /** Inside a write: recomputes the summaries of these people from their stored records (a person no longer stored loses them). */
  async function refreshSummaries(tx: IDBPTransaction<unknown, Stores[], 'readwrite'>, profileIds: Iterable<string>): Promise<void> {
    const summaries = tx.objectStore('summaries');
    for (const id of new Set(profileIds)) {
      const [raw, stale, entries, evidence] = await Promise.all([
        tx.objectStore('profiles').get(id),
        summaries.index('profileId').getAllKeys(id),
        tx.objectStore('entries').index('profileId').getAll(id),
        tx.objectStore('evidence').index('profileId').getAll(id),
      ]);
      await Promise.all(stale.map((key) => summaries.delete(key)));
      const profile = readOne(Profile, raw);
      // In the order reads give them (the summary names activities and files in that order).
      if (profile) await summaries.put(summarize(profile, readable(Entry, entries).sort(byYearThenDate), readable(Evidence, evidence).sort(byAdded)));
    }
  }

  /** The stored summary of a person under their current rule set, if any. */
  async function storedSummary(tx: AnyTx, profile: Profile): Promise<LedgerSummary | undefined> {
    return readOne(LedgerSummary, await tx.objectStore('summaries').get([profile.id, profile.policyId]));
  }

  /** The person a stored record (entry, file) belongs to, read in the transaction before it is changed. */
  async function ownerOf(tx: AnyTx, store: 'entries' | 'evidence', id: string): Promise<string | undefined> {
    const owner = (await tx.objectStore(store).get(id)) as { profileId?: unknown } | undefined;
    return typeof owner?.profileId === 'string' ? owner.profileId : undefined;
  }

  const ledger: Ledger = {
    async listProfiles() {
      return readable(Profile, await read(['profiles'], (tx) => tx.objectStore('profiles').getAll())).sort(byCreation);
    },
    async getProfile(id) {
      return readOne(Profile, await read(['profiles'], (tx) => tx.objectStore('profiles').get(id)));
    },
    async putProfile(p) {
      const profile = Profile.parse(p);
      await write(RECORD_STORES, async (tx) => {
        await tx.objectStore('profiles').put(profile);
        // Only the rule set changes what a summary holds (the span and status are worked out when read).
        if (!isCurrentSummary(profile, await storedSummary(tx, profile))) await refreshSummaries(tx, [profile.id]);
      });
      return profile;
    },
    async getSummary(p) {
      const profile = Profile.parse(p);
      const stored = await read(['summaries'], (tx) => storedSummary(tx, profile));
      if (isCurrentSummary(profile, stored)) return stored;
      // Records written around the ledger (an older version's tab, tests seeding the database): compute and keep. Not
      // announced: nothing a page shows changes.
      const tx = await transaction(RECORD_STORES, 'readwrite');
      await refreshSummaries(tx, [profile.id]);
      const made = await storedSummary(tx, profile);
      await tx.done;
      return made ?? summarize(profile, [], []);
    },
    async deleteProfile(id) {
      await write([...RECORD_STORES, 'settings'], async (tx) => {
        const entries = tx.objectStore('entries');
        for (const key of await entries.index('profileId').getAllKeys(id)) await entries.delete(key);
        const evidence = tx.objectStore('evidence');
        for (const key of await evidence.index('profileId').getAllKeys(id)) await evidence.delete(key);
        await tx.objectStore('profiles').delete(id);
        await refreshSummaries(tx, [id]);
        await changeSettings(tx, (s) => (s.activeProfileId === id ? { ...s, activeProfileId: undefined } : s));
      });
    },
    async getSettings() {
      return salvageSettings(await read(['settings'], (tx) => settingsStore(tx).get(SETTINGS_KEY)));
    },
    async putSettings(s) {
      const settings = Settings.parse(s);
      await write(['settings'], (tx) => settingsStore(tx).put(settings, SETTINGS_KEY));
    },
    async updateSettings(change) {
      return write(['settings', 'profiles'], (tx) => changeSettings(tx, change));
    },
    async getActiveProfile() {
      const { activeProfileId } = await ledger.getSettings();
      const active = activeProfileId ? await ledger.getProfile(activeProfileId) : undefined;
      return active ?? (await ledger.listProfiles())[0];
    },
    async setActiveProfile(id) {
      await ledger.updateSettings((s) => ({ ...s, activeProfileId: id }));
    },
    async listEntries(profileId) {
      return readable(Entry, await read(['entries'], (tx) => tx.objectStore('entries').index('profileId').getAll(profileId))).sort(byYearThenDate);
    },
    async getEntry(id) {
      return readOne(Entry, await read(['entries'], (tx) => tx.objectStore('entries').get(id)));
    },
    async putEntry(e) {
      const entry = Entry.parse(e);
      await write(RECORD_STORES, async (tx) => {
        const before = await ownerOf(tx, 'entries', entry.id);
        await tx.objectStore('entries').put(entry);
        await refreshSummaries(tx, [entry.profileId, ...(before ? [before] : [])]);
      });
      return entry;
    },
    async putEntries(es) {
      const entries = es.map((e) => Entry.parse(e));
      await write(RECORD_STORES, async (tx) => {
        const store = tx.objectStore('entries');
        const before = await Promise.all(entries.map((e) => ownerOf(tx, 'entries', e.id)));
        await Promise.all(entries.map((e) => store.put(e)));
        await refreshSummaries(tx, [...entries.map((e) => e.profileId), ...before.filter((x): x is string => !!x)]);
      });
    },
    async deleteEntry(id) {
      // Files attached to the activity stay (they may prove the year); they lose the link.
      await write(RECORD_STORES, async (tx) => {
        const entry = await tx.objectStore('entries').get(id);
        await tx.objectStore('entries').delete(id);
        if (!entry) return;
        const evidence = tx.objectStore('evidence');
        for (const ev of await evidence.index('profileId').getAll((entry as Entry).profileId)) {
          if ((ev as Evidence).entryId === id) await evidence.put({ ...(ev as Evidence), entryId: undefined });
        }
        await refreshSummaries(tx, [(entry as Entry).profileId]);
      });
    },
    async listEvidence(profileId) {
      return readable(Evidence, await read(['evidence'], (tx) => tx.objectStore('evidence').index('profileId').getAll(profileId))).sort(byAdded);
    },
    async getEvidence(id) {
      return readOne(Evidence, await read(['evidence'], (tx) => tx.objectStore('evidence').get(id)));
    },
    async putEvidence(ev) {
      const evidence = Evidence.parse(ev);
      await write(RECORD_STORES, async (tx) => {
        const before = await ownerOf(tx, 'evidence', evidence.id);
        await tx.objectStore('evidence').put(evidence);
        await refreshSummaries(tx, [evidence.profileId, ...(before ? [before] : [])]);
      });
      return evidence;
    },
    async deleteEvidence(id) {
      await write(RECORD_STORES, async (tx) => {
        const before = await ownerOf(tx, 'evidence', id);
        await tx.objectStore('evidence').delete(id);
        if (before) await refreshSummaries(tx, [before]);
      });
    },
    async putBatch(batch, settingsChange) {
      const profiles = batch.profiles.map((p) => Profile.parse(p));
      const entries = batch.entries.map((e) => Entry.parse(e));
      const evidence = batch.evidence.map((e) => Evidence.parse(e));
      const settings = batch.settings && Settings.parse(batch.settings);
      await write([...ALL_STORES, 'summaries'], async (tx) => {
        const touched = new Set<string>([...profiles.map((p) => p.id), ...entries.map((e) => e.profileId), ...evidence.map((e) => e.profileId)]);
        // A record the batch replaces may have belonged to someone else: their summary changes too. Keys first (cheap),
        // then only the replaced records are read.
        const [entryKeys, evidenceKeys] = await Promise.all([tx.objectStore('entries').getAllKeys(), tx.objectStore('evidence').getAllKeys()]);
        const storedEntries = new Set(entryKeys.map(String));
        const storedEvidence = new Set(evidenceKeys.map(String));
        const before = await Promise.all([
          ...entries.filter((e) => storedEntries.has(e.id)).map((e) => ownerOf(tx, 'entries', e.id)),
          ...evidence.filter((e) => storedEvidence.has(e.id)).map((e) => ownerOf(tx, 'evidence', e.id)),
        ]);
        for (const id of before) if (id) touched.add(id);
        // Plain requests, no promise and no listeners per record (10,000 rows of an import): a failed put aborts the
        // transaction, which write() awaits (tx.done rejects).
        const putAll = (store: 'profiles' | 'entries' | 'evidence', records: object[]) => {
          const raw = unwrap(tx.objectStore(store));
          for (const r of records) raw.put(r);
        };
        putAll('profiles', profiles);
        putAll('entries', entries);
        putAll('evidence', evidence);
        if (settings) await settingsStore(tx).put(settings, SETTINGS_KEY);
        await refreshSummaries(tx, touched);
        if (settingsChange) await changeSettings(tx, settingsChange);
      });
    },
    async listUnreadable() {
      return (await ledger.dump()).unreadable;
    },
    async dump() {
      const stored = await read(ALL_STORES, async (tx) => {
        const all = async (store: Stores) => {
          const [keys, values] = await Promise.all([tx.objectStore(store).getAllKeys(), tx.objectStore(store).getAll()]);
          return keys.map((key, i) => ({ key: String(key), value: values[i] as unknown }));
        };
        return { profiles: await all('profiles'), entries: await all('entries'), evidence: await all('evidence'), settings: await settingsStore(tx).get(SETTINGS_KEY) };
      });
      const names = new Map<string, string>();
      for (const { key, value } of stored.profiles) {
        const name = (value as { name?: unknown } | null)?.name;
        if (typeof name === 'string' && name.trim()) names.set(key, name.trim());
      }
      const personName = (id: string) => names.get(id);
      const unreadable: UnreadableRecord[] = [];
      function sort<T>(store: 'profiles' | 'entries' | 'evidence', schema: z.ZodType<T>, rows: { key: string; value: unknown }[]): T[] {
        const out: T[] = [];
        for (const { key, value } of rows) {
          const r = schema.safeParse(value);
          if (r.success) out.push(r.data);
          else unreadable.push(unreadableRecord(store, key, value, r.error, personName));
        }
        return out;
      }
      const profiles = sort('profiles', Profile, stored.profiles).sort(byCreation);
      const entries = sort('entries', Entry, stored.entries).sort(byYearThenDate);
      const evidence = sort('evidence', Evidence, stored.evidence).sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
      const settings = stored.settings === undefined ? undefined : Settings.safeParse(stored.settings);
      if (settings && !settings.success) unreadable.push(unreadableRecord('settings', SETTINGS_KEY, stored.settings, settings.error, personName));
      return { profiles, entries, evidence, settings: salvageSettings(stored.settings), unreadable };
    },
    async wipe() {
      const stores: Stores[] = [...ALL_STORES, 'summaries'];
      await write(stores, async (tx) => {
        await Promise.all(stores.map((s) => tx.objectStore(s).clear()));
      });
    },
    close() {
      if (connection) drop(connection);
    },
  };
  await connect(); // a ledger that cannot be opened fails here, where the page can say so
  return ledger;
}
