// The ledger in the extension's IndexedDB (idb). Every record is parsed with the zod schemas on the way in; on the way out a
// record they refuse is skipped (listed by `listUnreadable`, kept by `dump` for the backup), never fatal to the others.
import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './records';
import { salvageSettings, unreadableRecord, type StoreName, type UnreadableRecord } from './unreadable';
import { isCurrentSummary, joinSummary, LedgerSummary, splitSummary, summarize, SummaryLists, summaryYearsOf, updateSummary } from './summary';

export type { UnreadableRecord } from './unreadable';

/**
 * Versions of the stored layout (LEDGER_DB_VERSION, in db-layout.ts).
 * 1: stores profiles / entries / evidence / settings, no indexes; evidence had one `year`, entries had no
 *    `evidenceNames` / `updatedAt`.
 * 2: `profileId` indexes; evidence `years[]` + `kind`; entries `evidenceNames` + `updatedAt`.
 * 3: `summaries` (per person × rule set: the yearly rows, evidence-set tallies and covered years, summary.ts), kept
 *    current by every write; the upgrade computed them from the records already stored (since version 5, the upgrade to
 *    5 does).
 * 4: `entryPacks` and `entryPackIds`: the activities a batch (import, restore) adds are stored ≤ 1,000 of one person to a
 *    record instead of one record each (Chromium writes 10,000 records in ≈2 s at best, 10 packs of 1,000 in ≈0.1 s); the
 *    upgrade only adds the stores, every activity already stored stays where it is.
 * 5: `summaryLists` (same key as `summaries`): each year's whole list of activities missing materials, out of the summary,
 *    which keeps per year their number and the first FIRST_LISTED: the popup's first read stays under IndexedDB's 64 KB
 *    inline size at any number of activities (≈30 KB over 10 years; 234 KB at 2,000 activities before, summary.ts).
 *    Both records are written and deleted together by every write (putSummary); the upgrade makes both from the records
 *    already stored (the summaries of version 1 it replaces held the whole lists).
 */
import { byCreation, DEFAULT_LEDGER_DB, LEDGER_DB_VERSION, SETTINGS_KEY } from './db-layout';
export { DEFAULT_LEDGER_DB, LEDGER_DB_VERSION };
import { announceChange } from './change-channel';
export { onLedgerChange } from './change-channel';

/**
 * Activities live in two places: one record each in `entries` (what a person adds or edits one at a time, and everything
 * stored before version 4), or in packs (`entryPacks`: {key, profileId, entries}, ≤ PACK_SIZE activities of that one
 * person, added by one batch; `entryPackIds`: {key, ids}, the ids each pack holds, so an id is found without reading every
 * pack). An id is in one place only: a write of a packed activity takes it out of its pack first.
 */
const PACKS = 'entryPacks';
const PACK_IDS = 'entryPackIds';
const PACK_SIZE = 1000;
/** A summary's whole per-year lists (version 5; summary-split.ts). */
const LISTS = 'summaryLists';
type Stores = StoreName | 'summaries' | typeof LISTS | typeof PACKS | typeof PACK_IDS;
/** The stores holding the user's records (backup, dump); `summaries` and `summaryLists` are derived from them. */
const ALL_STORES: Stores[] = ['profiles', 'entries', PACKS, PACK_IDS, 'evidence', 'settings'];
/** The derived stores: a summary and its lists, always written and deleted together (putSummary). */
const SUMMARY_STORES: Stores[] = ['summaries', LISTS];
/** Writes that change activities, files or people also rewrite the people's summaries, in the same transaction. */
const RECORD_STORES: Stores[] = ['profiles', 'entries', PACKS, PACK_IDS, 'evidence', ...SUMMARY_STORES];
/** The stores an activity may be read from. */
const ENTRY_STORES: Stores[] = ['entries', PACKS, PACK_IDS];

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
  /** The person's summary with every year's whole list of activities missing materials (the `summaryLists` record joined
   * to it), read in one transaction; computed and stored first as getSummary does when either is missing or they disagree. */
  getFullSummary(profile: Profile): Promise<LedgerSummary>;
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
  /**
   * Writes a whole batch (import, restore) in one transaction, with a change of the settings made in it.
   * `checked`: the records were parsed where they came in (an import plan builds them from cells it checked, a backup is
   * parsed when read), so they are not parsed again here (≈150 ms for 10,000 activities).
   */
  putBatch(batch: LedgerBatch, settingsChange?: SettingsChange, options?: { checked?: boolean }): Promise<void>;
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

function upgradeTo3(db: AnyDb): void {
  db.createObjectStore('summaries', { keyPath: ['profileId', 'policyId'] }).createIndex('profileId', 'profileId');
}

function upgradeTo4(db: AnyDb): void {
  db.createObjectStore(PACKS, { keyPath: 'key' }).createIndex('profileId', 'profileId');
  db.createObjectStore(PACK_IDS, { keyPath: 'key' });
}

/** Adds `summaryLists` and makes every person's two summary records from the records already stored (activities on their
 * own and in packs); the summaries stored before (another version, or none when coming from before version 3) go. */
async function upgradeTo5(db: AnyDb, tx: UpgradeTx): Promise<void> {
  db.createObjectStore(LISTS, { keyPath: ['profileId', 'policyId'] }).createIndex('profileId', 'profileId');
  const [profiles, own, packs, evidence] = await Promise.all([
    tx.objectStore('profiles').getAll(),
    tx.objectStore('entries').getAll(),
    tx.objectStore(PACKS).getAll(),
    tx.objectStore('evidence').getAll(),
  ]);
  const entries = [...own, ...packs.flatMap(packEntries)];
  const byProfile = <T extends { profileId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.profileId, [...(out.get(r.profileId) ?? []), r]);
    return out;
  };
  const entriesOf = byProfile(readable(Entry, entries).sort(byYearThenDate));
  const evidenceOf = byProfile(readable(Evidence, evidence).sort(byAdded));
  // Records the schemas refuse stay as they are (reads name them); the summaries count the readable ones, as reads do.
  await tx.objectStore('summaries').clear();
  for (const p of readable(Profile, profiles)) {
    const { summary, lists } = splitSummary(summarize(p, entriesOf.get(p.id) ?? [], evidenceOf.get(p.id) ?? []));
    await Promise.all([tx.objectStore('summaries').put(summary), tx.objectStore(LISTS).put(lists)]);
  }
}

// ---- packs of activities -------------------------------------------------------------------------

interface EntryPack {
  key: string;
  profileId: string;
  entries: unknown[];
}

/** The activities of a stored pack, as stored (a pack that is not one holds none; `dump` names it). */
function packEntries(raw: unknown): unknown[] {
  const entries = (raw as { entries?: unknown } | undefined)?.entries;
  return Array.isArray(entries) ? entries : [];
}

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any transaction over the stores an activity is read from
type EntryTx = IDBPTransaction<unknown, Stores[], any>;

/** Every stored activity of a person, as stored: their records in `entries`, then their packs'. */
async function storedEntriesOf(tx: EntryTx, profileId: string): Promise<unknown[]> {
  const [own, packs] = await Promise.all([tx.objectStore('entries').index('profileId').getAll(profileId), tx.objectStore(PACKS).index('profileId').getAll(profileId)]);
  return [...own, ...packs.flatMap(packEntries)];
}

/** The packs holding these ids (id → pack key), from the packs' id lists. */
async function packsHolding(tx: EntryTx, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = new Set(ids);
  const out = new Map<string, string>();
  if (!wanted.size) return out;
  for (const list of (await tx.objectStore(PACK_IDS).getAll()) as { key: string; ids?: unknown }[]) {
    if (!Array.isArray(list.ids)) continue;
    for (const id of list.ids) if (typeof id === 'string' && wanted.has(id)) out.set(id, list.key);
  }
  return out;
}

/** The packs holding these ids, read (before anything is written). */
async function readPacksHolding(tx: EntryTx, ids: Iterable<string>): Promise<{ held: Map<string, string>; packs: EntryPack[] }> {
  const held = await packsHolding(tx, ids);
  const keys = [...new Set(held.values())];
  const packs = (await Promise.all(keys.map((key) => tx.objectStore(PACKS).get(key)))) as (EntryPack | undefined)[];
  return { held, packs: packs.filter((p): p is EntryPack => !!p) };
}

/** The activities with these ids in these packs, as stored. */
function heldEntries(packs: EntryPack[], held: Map<string, string>): unknown[] {
  return packs.flatMap((p) => packEntries(p).filter((e) => held.get(idOf(e) ?? '') === p.key));
}

// The writes below are plain requests (no promise per request, as putBatch's): one the browser refuses aborts the
// transaction, which write() awaits, and no promise is left rejected with nobody awaiting it.

/** Writes these packs back without the activities they hold with these ids (a pack left empty goes, with its id list). */
function takeOutOfPacks(tx: EntryTx, packs: EntryPack[], held: Map<string, string>): void {
  const [packStore, idStore] = [unwrap(tx.objectStore(PACKS)), unwrap(tx.objectStore(PACK_IDS))];
  for (const p of packs) {
    const keep = packEntries(p).filter((e) => held.get(idOf(e) ?? '') !== p.key);
    if (keep.length) {
      packStore.put({ ...p, entries: keep });
      idStore.put({ key: p.key, ids: keep.map(idOf) });
    } else {
      packStore.delete(p.key);
      idStore.delete(p.key);
    }
  }
}

/** New packs for these activities (checked records, each with its id): ≤ PACK_SIZE of one person each, with their id lists. */
function putPacks(tx: EntryTx, entries: Entry[]): void {
  const byPerson = new Map<string, Entry[]>();
  for (const e of entries) {
    const own = byPerson.get(e.profileId);
    if (own) own.push(e);
    else byPerson.set(e.profileId, [e]);
  }
  const [packStore, idStore] = [unwrap(tx.objectStore(PACKS)), unwrap(tx.objectStore(PACK_IDS))];
  for (const [profileId, own] of byPerson) {
    for (let i = 0; i < own.length; i += PACK_SIZE) {
      const chunk = own.slice(i, i + PACK_SIZE);
      const key = `${profileId}/${newId()}`;
      packStore.put({ key, profileId, entries: chunk } satisfies EntryPack);
      idStore.put({ key, ids: chunk.map((e) => e.id) });
    }
  }
}

/** Inside a write: the stored activities with these ids, as stored, those in packs taken out of them (one read of the
 * packs' id lists for all the ids, as putBatch does). */
async function takeStoredEntries(tx: EntryTx, ids: readonly string[]): Promise<unknown[]> {
  const own = await Promise.all(ids.map((id) => tx.objectStore('entries').get(id)));
  const { held, packs } = await readPacksHolding(tx, ids.filter((_, i) => own[i] === undefined));
  takeOutOfPacks(tx, packs, held);
  return [...own.filter((raw) => raw !== undefined), ...heldEntries(packs, held)];
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

function byAdded(a: Evidence, b: Evidence): number {
  return a.addedAt - b.addedAt || a.name.localeCompare(b.name, 'zh-CN');
}

function byYearThenDate(a: Entry, b: Entry): number {
  return a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
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

/** What a write changed for each person whose summary it changes: the activities it changed (as they were and as they
 * are), or 'all' when it changed their files or the person (every year is computed again). */
type SummaryChanges = Map<string, Entry[] | 'all'>;

function noteChange(changes: SummaryChanges, profileId: string, change: Entry | 'all'): void {
  const seen = changes.get(profileId);
  if (change === 'all' || seen === 'all') changes.set(profileId, 'all');
  else changes.set(profileId, [...(seen ?? []), change]);
}

/** Every year of these people's summaries is computed again. */
function everything(profileIds: Iterable<string>): SummaryChanges {
  return new Map([...profileIds].map((id) => [id, 'all' as const]));
}

/** A stored activity a write replaces or deletes: its years change for its owner (a record the schema refuses never
 * counted; its owner's summary is computed again in full). */
function noteReplaced(changes: SummaryChanges, raw: unknown): void {
  const owner = (raw as { profileId?: unknown } | undefined)?.profileId;
  if (typeof owner !== 'string') return;
  noteChange(changes, owner, readOne(Entry, raw) ?? 'all');
}

/** A person's summary after a change, from their records as they stand; `stored`: their stored summaries (any rule set,
 * each joined with its lists: storedSummariesOf). */
function nextSummary(profile: Profile, stored: LedgerSummary[], changed: Entry[] | 'all', entries: Entry[], evidence: Evidence[]): LedgerSummary {
  if (changed === 'all') return summarize(profile, entries, evidence);
  const previous = stored.find((x) => isCurrentSummary(profile, x));
  const years = changed.flatMap((e) => summaryYearsOf(profile.policyId, e));
  return updateSummary(previous, profile, entries, evidence, years);
}

/** A stored summary joined with its stored lists (`undefined` when either is unreadable or they disagree). */
function joinStored(rawSummary: unknown, rawLists: unknown): LedgerSummary | undefined {
  const summary = readOne(LedgerSummary, rawSummary);
  return summary && joinSummary(summary, readOne(SummaryLists, rawLists));
}

/** Inside a transaction: a person's stored summaries (any rule set) joined with their lists, and the keys of every record
 * of theirs in the two stores (`staleKeys`, for putSummary). */
async function storedSummariesOf(tx: EntryTx, profileId: string): Promise<{ staleKeys: IDBValidKey[]; stored: LedgerSummary[] }> {
  const [summaries, lists] = (await Promise.all([
    tx.objectStore('summaries').index('profileId').getAll(profileId),
    tx.objectStore(LISTS).index('profileId').getAll(profileId),
  ])) as { profileId: string; policyId: string }[][];
  // Both stores' keys are their records' [profileId, policyId] (the key path): every record stored has both.
  const staleKeys = [...summaries, ...lists].map((r) => [r.profileId, r.policyId]);
  const stored = summaries.map((raw) => joinStored(raw, lists.find((l) => l.policyId === raw.policyId))).filter((x): x is LedgerSummary => !!x);
  return { staleKeys, stored };
}

/** Inside a write: a person's stored summaries and lists (`staleKeys`, in either store) replaced by `made`, split into its two
 * records (none when the person is gone). Every write of the summaries goes through here, so the two never disagree. */
async function putSummary(tx: IDBPTransaction<unknown, Stores[], 'readwrite'>, staleKeys: IDBValidKey[], made: LedgerSummary | undefined): Promise<void> {
  const [summaries, lists] = [tx.objectStore('summaries'), tx.objectStore(LISTS)];
  await Promise.all(staleKeys.flatMap((key) => [summaries.delete(key), lists.delete(key)]));
  if (!made) return;
  const split = splitSummary(made);
  await Promise.all([summaries.put(split.summary), lists.put(split.lists)]);
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
        if (oldVersion < 3) upgradeTo3(db);
        if (oldVersion < 4) upgradeTo4(db);
        if (oldVersion < 5) await upgradeTo5(db, tx);
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

  /** `work` in one transaction, resolved once the transaction has finished; when `work` fails the transaction is aborted
   * (nothing it wrote stays) and the error is thrown. */
  async function inTransaction<T, M extends IDBTransactionMode>(stores: Stores[], mode: M, work: (tx: IDBPTransaction<unknown, Stores[], M>) => Promise<T>): Promise<T> {
    const tx = await transaction(stores, mode);
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
  }

  const read = <T>(stores: Stores[], work: (tx: IDBPTransaction<unknown, Stores[], 'readonly'>) => Promise<T>): Promise<T> => inTransaction(stores, 'readonly', work);

  async function write<T>(stores: Stores[], work: (tx: IDBPTransaction<unknown, Stores[], 'readwrite'>) => Promise<T>): Promise<T> {
    const result = await guardQuota(() => inTransaction(stores, 'readwrite', work));
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

  /** Inside a write: recomputes the summaries of these people from their stored records (a person no longer stored loses them).
   * With the activities a write changed (before and after), only the years they count for are computed again. */
  async function refreshSummaries(tx: IDBPTransaction<unknown, Stores[], 'readwrite'>, changes: SummaryChanges): Promise<void> {
    for (const [id, changed] of changes) {
      const [raw, { staleKeys, stored }, entries, evidence] = await Promise.all([
        tx.objectStore('profiles').get(id),
        storedSummariesOf(tx, id),
        storedEntriesOf(tx, id),
        tx.objectStore('evidence').index('profileId').getAll(id),
      ]);
      const profile = readOne(Profile, raw);
      // In the order reads give them (the summary names activities and files in that order).
      const made = profile && nextSummary(profile, stored, changed, readable(Entry, entries).sort(byYearThenDate), readable(Evidence, evidence).sort(byAdded));
      await putSummary(tx, staleKeys, made);
    }
  }

  /** The stored summary of a person under their current rule set, if any. */
  async function storedSummary(tx: AnyTx, profile: Profile): Promise<LedgerSummary | undefined> {
    return readOne(LedgerSummary, await tx.objectStore('summaries').get([profile.id, profile.policyId]));
  }

  /** The stored summary of a person under their current rule set joined with its lists, if both are stored and agree. */
  async function storedFullSummary(tx: AnyTx, profile: Profile): Promise<LedgerSummary | undefined> {
    const key = [profile.id, profile.policyId];
    const [summary, lists] = await Promise.all([tx.objectStore('summaries').get(key), tx.objectStore(LISTS).get(key)]);
    return joinStored(summary, lists);
  }

  /** The person's summary, whole or as stored, computed and stored first (with its lists) when it is missing, stale or
   * (whole) disagrees with its lists: records written around the ledger (an older version's tab, tests seeding the
   * database). Not announced: nothing a page shows changes. */
  async function summaryOf(p: Profile, whole: boolean): Promise<LedgerSummary> {
    const profile = Profile.parse(p);
    const [stores, stored]: [Stores[], typeof storedSummary] = whole ? [SUMMARY_STORES, storedFullSummary] : [['summaries'], storedSummary];
    const current = await read(stores, (tx) => stored(tx, profile));
    if (isCurrentSummary(profile, current)) return current;
    const tx = await transaction(RECORD_STORES, 'readwrite');
    await refreshSummaries(tx, everything([profile.id]));
    const made = await stored(tx, profile);
    await tx.done;
    return made ?? summarize(profile, [], []);
  }

  /** The person a stored record (entry, file) belongs to, read in the transaction before it is changed. */
  async function ownerOf(tx: AnyTx, store: 'entries' | 'evidence', id: string): Promise<string | undefined> {
    const owner = (await tx.objectStore(store).get(id)) as { profileId?: unknown } | undefined;
    return typeof owner?.profileId === 'string' ? owner.profileId : undefined;
  }

  /** Stores parsed entries (new or replacing) and brings the summaries of the years they leave or join up to date. */
  const storeEntries = (entries: Entry[]) =>
    write(RECORD_STORES, async (tx) => {
      const store = tx.objectStore('entries');
      const changes: SummaryChanges = new Map();
      for (const raw of await takeStoredEntries(tx, entries.map((e) => e.id))) noteReplaced(changes, raw);
      await Promise.all(entries.map((e) => store.put(e)));
      for (const e of entries) noteChange(changes, e.profileId, e);
      await refreshSummaries(tx, changes);
    });

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
        if (!isCurrentSummary(profile, await storedSummary(tx, profile))) await refreshSummaries(tx, everything([profile.id]));
      });
      return profile;
    },
    getSummary: (p) => summaryOf(p, false),
    getFullSummary: (p) => summaryOf(p, true),
    async deleteProfile(id) {
      await write([...RECORD_STORES, 'settings'], async (tx) => {
        const entries = tx.objectStore('entries');
        for (const key of await entries.index('profileId').getAllKeys(id)) await entries.delete(key);
        for (const key of await tx.objectStore(PACKS).index('profileId').getAllKeys(id)) {
          await Promise.all([tx.objectStore(PACKS).delete(key), tx.objectStore(PACK_IDS).delete(key)]);
        }
        const evidence = tx.objectStore('evidence');
        for (const key of await evidence.index('profileId').getAllKeys(id)) await evidence.delete(key);
        await tx.objectStore('profiles').delete(id);
        await refreshSummaries(tx, everything([id]));
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
      return readable(Entry, await read(ENTRY_STORES, (tx) => storedEntriesOf(tx, profileId))).sort(byYearThenDate);
    },
    async getEntry(id) {
      return readOne(
        Entry,
        await read(ENTRY_STORES, async (tx) => {
          const own = await tx.objectStore('entries').get(id);
          if (own !== undefined) return own;
          const { held, packs } = await readPacksHolding(tx, [id]);
          return heldEntries(packs, held)[0];
        }),
      );
    },
    async putEntry(e) {
      const entry = Entry.parse(e);
      await storeEntries([entry]);
      return entry;
    },
    async putEntries(es) {
      await storeEntries(es.map((e) => Entry.parse(e)));
    },
    async deleteEntry(id) {
      // Files attached to the activity stay (they may prove the year); they lose the link.
      await write(RECORD_STORES, async (tx) => {
        const [entry] = await takeStoredEntries(tx, [id]);
        await tx.objectStore('entries').delete(id);
        if (!entry) return;
        const changes: SummaryChanges = new Map();
        noteReplaced(changes, entry);
        const evidence = tx.objectStore('evidence');
        for (const ev of await evidence.index('profileId').getAll((entry as Entry).profileId)) {
          if ((ev as Evidence).entryId !== id) continue;
          await evidence.put({ ...(ev as Evidence), entryId: undefined });
          noteChange(changes, (ev as Evidence).profileId, 'all'); // a file changed: any year's evidence tally may
        }
        await refreshSummaries(tx, changes);
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
        await refreshSummaries(tx, everything([evidence.profileId, ...(before ? [before] : [])]));
      });
      return evidence;
    },
    async deleteEvidence(id) {
      await write(RECORD_STORES, async (tx) => {
        const before = await ownerOf(tx, 'evidence', id);
        await tx.objectStore('evidence').delete(id);
        if (before) await refreshSummaries(tx, everything([before]));
      });
    },
    async putBatch(batch, settingsChange, options) {
      const parse = <T>(schema: z.ZodType<T>, records: T[]): T[] => (options?.checked ? records : records.map((r) => schema.parse(r)));
      const profiles = parse(Profile, batch.profiles);
      // one activity per id, the batch's last (as one put after another left it)
      const entries = [...new Map(parse(Entry, batch.entries).map((e) => [e.id, e])).values()];
      // IndexedDB refuses a record without its key; one in a pack must be refused too
      if (entries.some((e) => !idOf(e))) throw new DOMException('活动记录没有编号（id），无法保存', 'DataError');
      const evidence = parse(Evidence, batch.evidence);
      const settings = batch.settings && Settings.parse(batch.settings);
      await write([...ALL_STORES, ...SUMMARY_STORES], async (tx) => {
        // Everything the summaries and the settings change need is read before the first record is written: requests
        // run in order, so a read after 10,000 puts waits until the browser has written them all (≈4 of the 5.5 s of
        // confirm → shown in a Chromium profile of the import bench), and the records just written are not read back.
        const store = (name: 'profiles' | 'entries' | 'evidence') => tx.objectStore(name);
        const [entryKeys, evidenceKeys, storedSettings, profileKeys] = await Promise.all([
          store('entries').getAllKeys(),
          store('evidence').getAllKeys(),
          settingsChange ? settingsStore(tx).get(SETTINGS_KEY) : undefined,
          settingsChange ? store('profiles').getAllKeys() : [],
        ]);
        // A record the batch replaces may belong to someone else: their summary changes too.
        // An activity stored one record each stays one (its id is in one place only); the others go into new packs, taken
        // out of the packs that held them.
        const storedEntries = new Set(entryKeys.map(String));
        const storedEvidence = new Set(evidenceKeys.map(String));
        const asRecords = entries.filter((e) => storedEntries.has(e.id));
        const inPacks = entries.filter((e) => !storedEntries.has(e.id));
        const [replacedEntries, replacedEvidence, packed] = await Promise.all([
          Promise.all(asRecords.map((e) => store('entries').get(e.id))),
          Promise.all(evidence.filter((e) => storedEvidence.has(e.id)).map((e) => store('evidence').get(e.id))),
          readPacksHolding(tx, inPacks.map((e) => e.id)),
        ]);
        const changes: SummaryChanges = new Map();
        for (const raw of [...replacedEntries, ...heldEntries(packed.packs, packed.held)]) noteReplaced(changes, raw);
        for (const raw of replacedEvidence) {
          const owner = (raw as { profileId?: unknown } | undefined)?.profileId;
          if (typeof owner === 'string') noteChange(changes, owner, 'all');
        }
        for (const p of profiles) noteChange(changes, p.id, 'all');
        for (const e of entries) noteChange(changes, e.profileId, e);
        for (const e of evidence) noteChange(changes, e.profileId, 'all');
        const people = await Promise.all(
          [...changes.keys()].map(async (id) => {
            const [raw, { staleKeys, stored }, own, files] = await Promise.all([
              store('profiles').get(id),
              storedSummariesOf(tx, id),
              storedEntriesOf(tx, id),
              store('evidence').index('profileId').getAll(id),
            ]);
            return { id, raw, staleKeys, stored, own, files };
          }),
        );

        // Plain requests, no promise and no listeners per record (10,000 rows of an import): a failed put aborts the
        // transaction, which write() awaits (tx.done rejects).
        const putAll = (name: 'profiles' | 'entries' | 'evidence', records: object[]) => {
          const raw = unwrap(store(name));
          for (const r of records) raw.put(r);
        };
        putAll('profiles', profiles);
        putAll('entries', asRecords);
        takeOutOfPacks(tx, packed.packs, packed.held);
        putPacks(tx, inPacks);
        putAll('evidence', evidence);
        const pending: Promise<unknown>[] = [];
        if (settings) pending.push(settingsStore(tx).put(settings, SETTINGS_KEY));

        // The summaries, from the records as they stand after the batch (what was stored, with the batch's in place).
        const batchEntryIds = new Set(entries.map((e) => e.id));
        const batchEvidenceIds = new Set(evidence.map((e) => e.id));
        for (const { id, raw, staleKeys, stored, own, files } of people) {
          const profile = profiles.findLast((p) => p.id === id) ?? readOne(Profile, raw);
          const es = [...readable(Entry, own).filter((e) => !batchEntryIds.has(e.id)), ...entries.filter((e) => e.profileId === id)];
          const evs = [...readable(Evidence, files).filter((e) => !batchEvidenceIds.has(e.id)), ...evidence.filter((e) => e.profileId === id)];
          // in the order a read gives them: by key, then sorted (the summary names activities and files in that order)
          const byKey = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
          const made = profile && nextSummary(profile, stored, changes.get(id) ?? 'all', es.sort(byKey).sort(byYearThenDate), evs.sort(byKey).sort(byAdded));
          pending.push(putSummary(tx, staleKeys, made));
        }
        if (settingsChange) {
          const ids = new Set([...profileKeys.map(String), ...profiles.map((p) => p.id)]);
          const current = settings ?? salvageSettings(storedSettings);
          pending.push(settingsStore(tx).put(Settings.parse(settingsChange(current, ids)), SETTINGS_KEY));
        }
        await Promise.all(pending);
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
        // a packed activity is listed under its id; a pack that is not one, under its key (named unreadable below)
        const packs = (await all(PACKS)).flatMap(({ key, value }) => (Array.isArray((value as { entries?: unknown } | null)?.entries) ? packEntries(value).map((e) => ({ key: idOf(e) ?? key, value: e })) : [{ key, value }]));
        const entries = [...(await all('entries')), ...packs];
        return { profiles: await all('profiles'), entries, evidence: await all('evidence'), settings: await settingsStore(tx).get(SETTINGS_KEY) };
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
      const stores: Stores[] = [...ALL_STORES, ...SUMMARY_STORES];
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
