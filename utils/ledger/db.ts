// The ledger in the extension's IndexedDB (idb). Every record is parsed with the zod schemas on the way in and out.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { z } from 'zod';
import { Entry, Evidence, Profile, Settings } from './schema';

/**
 * Versions of the stored layout.
 * 1: stores profiles / entries / evidence / settings, no indexes; evidence had one `year`, entries had no
 *    `evidenceNames` / `updatedAt`.
 * 2: `profileId` indexes; evidence `years[]` + `kind`; entries `evidenceNames` + `updatedAt`.
 */
export const LEDGER_DB_VERSION = 2;
export const DEFAULT_LEDGER_DB = 'xskr-ledger';
const SETTINGS_KEY = 'settings';

type Stores = 'profiles' | 'entries' | 'evidence' | 'settings';
const ALL_STORES: Stores[] = ['profiles', 'entries', 'evidence', 'settings'];

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

export interface Ledger {
  listProfiles(): Promise<Profile[]>;
  getProfile(id: string): Promise<Profile | undefined>;
  putProfile(p: Profile): Promise<Profile>;
  /** Removes the person with every activity and evidence file of theirs. */
  deleteProfile(id: string): Promise<void>;
  getSettings(): Promise<Settings>;
  putSettings(s: Settings): Promise<void>;
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
  /** Writes a whole batch (import, restore) in one transaction. */
  putBatch(batch: LedgerBatch): Promise<void>;
  /** Everything, for export and backup. */
  dump(): Promise<Required<LedgerBatch>>;
  /** Empties every store (restore "replace", tests). */
  wipe(): Promise<void>;
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

// ---- reads ---------------------------------------------------------------------------------------

function parseAll<T>(schema: z.ZodType<T>, rows: unknown[], what: string): T[] {
  return rows.map((row) => {
    const r = schema.safeParse(row);
    if (!r.success) throw new Error(`台账中的${what}记录无法读取：${z.prettifyError(r.error)}`);
    return r.data;
  });
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

export async function openLedger(dbName = DEFAULT_LEDGER_DB): Promise<Ledger> {
  const db: AnyDb = await openDB(dbName, LEDGER_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) createVersion1Stores(db);
      if (oldVersion < 2) await upgradeTo2(tx);
    },
  });

  async function write<T>(stores: Stores[], work: (tx: IDBPTransaction<unknown, Stores[], 'readwrite'>) => Promise<T>): Promise<T> {
    const result = await guardQuota(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const tx = db.transaction(stores, 'readwrite') as any;
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

  const ledger: Ledger = {
    async listProfiles() {
      const rows = parseAll(Profile, await db.getAll('profiles'), '人员');
      return rows.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'zh-CN'));
    },
    async getProfile(id) {
      const row = await db.get('profiles', id);
      return row === undefined ? undefined : parseAll(Profile, [row], '人员')[0];
    },
    async putProfile(p) {
      const profile = Profile.parse(p);
      await write(['profiles'], (tx) => tx.objectStore('profiles').put(profile));
      return profile;
    },
    async deleteProfile(id) {
      await write(ALL_STORES, async (tx) => {
        const entries = tx.objectStore('entries');
        for (const key of await entries.index('profileId').getAllKeys(id)) await entries.delete(key);
        const evidence = tx.objectStore('evidence');
        for (const key of await evidence.index('profileId').getAllKeys(id)) await evidence.delete(key);
        await tx.objectStore('profiles').delete(id);
        const settings = Settings.parse((await tx.objectStore('settings').get(SETTINGS_KEY)) ?? {});
        if (settings.activeProfileId === id) await tx.objectStore('settings').put({ ...settings, activeProfileId: undefined }, SETTINGS_KEY);
      });
    },
    async getSettings() {
      const row = await db.get('settings', SETTINGS_KEY);
      return parseAll(Settings, [row ?? {}], '设置')[0];
    },
    async putSettings(s) {
      const settings = Settings.parse(s);
      await write(['settings'], (tx) => tx.objectStore('settings').put(settings, SETTINGS_KEY));
    },
    async getActiveProfile() {
      const { activeProfileId } = await ledger.getSettings();
      const active = activeProfileId ? await ledger.getProfile(activeProfileId) : undefined;
      return active ?? (await ledger.listProfiles())[0];
    },
    async setActiveProfile(id) {
      const settings = await ledger.getSettings();
      await ledger.putSettings({ ...settings, activeProfileId: id });
    },
    async listEntries(profileId) {
      return parseAll(Entry, await db.getAllFromIndex('entries', 'profileId', profileId), '活动').sort(byYearThenDate);
    },
    async getEntry(id) {
      const row = await db.get('entries', id);
      return row === undefined ? undefined : parseAll(Entry, [row], '活动')[0];
    },
    async putEntry(e) {
      const entry = Entry.parse(e);
      await write(['entries'], (tx) => tx.objectStore('entries').put(entry));
      return entry;
    },
    async putEntries(es) {
      const entries = es.map((e) => Entry.parse(e));
      await write(['entries'], async (tx) => {
        const store = tx.objectStore('entries');
        await Promise.all(entries.map((e) => store.put(e)));
      });
    },
    async deleteEntry(id) {
      // Files attached to the activity stay (they may prove the year); they lose the link.
      await write(['entries', 'evidence'], async (tx) => {
        const entry = await tx.objectStore('entries').get(id);
        await tx.objectStore('entries').delete(id);
        if (!entry) return;
        const evidence = tx.objectStore('evidence');
        for (const ev of await evidence.index('profileId').getAll((entry as Entry).profileId)) {
          if ((ev as Evidence).entryId === id) await evidence.put({ ...(ev as Evidence), entryId: undefined });
        }
      });
    },
    async listEvidence(profileId) {
      const rows = parseAll(Evidence, await db.getAllFromIndex('evidence', 'profileId', profileId), '佐证材料');
      return rows.sort((a, b) => a.addedAt - b.addedAt || a.name.localeCompare(b.name, 'zh-CN'));
    },
    async getEvidence(id) {
      const row = await db.get('evidence', id);
      return row === undefined ? undefined : parseAll(Evidence, [row], '佐证材料')[0];
    },
    async putEvidence(ev) {
      const evidence = Evidence.parse(ev);
      await write(['evidence'], (tx) => tx.objectStore('evidence').put(evidence));
      return evidence;
    },
    async deleteEvidence(id) {
      await write(['evidence'], (tx) => tx.objectStore('evidence').delete(id));
    },
    async putBatch(batch) {
      const profiles = batch.profiles.map((p) => Profile.parse(p));
      const entries = batch.entries.map((e) => Entry.parse(e));
      const evidence = batch.evidence.map((e) => Evidence.parse(e));
      const settings = batch.settings && Settings.parse(batch.settings);
      await write(ALL_STORES, async (tx) => {
        const puts: Promise<unknown>[] = [];
        for (const p of profiles) puts.push(tx.objectStore('profiles').put(p));
        for (const e of entries) puts.push(tx.objectStore('entries').put(e));
        for (const e of evidence) puts.push(tx.objectStore('evidence').put(e));
        if (settings) puts.push(tx.objectStore('settings').put(settings, SETTINGS_KEY));
        await Promise.all(puts);
      });
    },
    async dump() {
      const [profiles, settings] = await Promise.all([ledger.listProfiles(), ledger.getSettings()]);
      const entries = parseAll(Entry, await db.getAll('entries'), '活动').sort(byYearThenDate);
      const evidence = parseAll(Evidence, await db.getAll('evidence'), '佐证材料').sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id));
      return { profiles, entries, evidence, settings };
    },
    async wipe() {
      await write(ALL_STORES, async (tx) => {
        await Promise.all(ALL_STORES.map((s) => tx.objectStore(s).clear()));
      });
    },
    close() {
      db.close();
    },
  };
  return ledger;
}
