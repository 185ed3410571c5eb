// The popup's first read (issue 15): the settings, the people and the active person's stored summary, from the ledger's
// database opened read-only in ONE transaction, checked with zod/mini (the popup's first frame does not load classic
// zod or db.ts). It never writes and never upgrades: a database of another version, a missing or stale summary, or any
// record these checks are not sure of gives `undefined`, and the caller takes the full path (db.ts openLedger) instead,
// which reads, repairs and recomputes as it always did. The database's name, version and keys come from db-layout.ts,
// as db.ts's do; its store names are db.ts's (test/unit/ledger/popup-read.test.ts reads what db.ts wrote).
import * as z from 'zod/mini';
import type { Profile } from './records';
import type { LedgerSummary } from './summary';
import { DEFAULT_LEDGER_DB, LEDGER_DB_VERSION, SETTINGS_KEY, SUMMARY_VERSION } from './db-layout';
import { ledgerSummaryShape, profileShape, settingsShape } from './records-core';

/** The database db.ts keeps (db-layout.ts: one source for both). */
export const POPUP_READ_LAYOUT = { dbName: DEFAULT_LEDGER_DB, version: LEDGER_DB_VERSION, settingsKey: SETTINGS_KEY, summaryVersion: SUMMARY_VERSION } as const;

// records.ts Profile and Settings and summary.ts LedgerSummary, from the same shapes (records-core.ts).
const PopupProfile = z.object(profileShape);
const PopupSettings = z.object(settingsShape);
const PopupSummary = z.object(ledgerSummaryShape);

export interface PopupFirstRead {
  uiLanguage: 'zh-CN' | 'en' | undefined;
  /** The readable people, in db.ts listProfiles' order. */
  profiles: Profile[];
  active: Profile;
  summary: LedgerSummary;
}

/** What the popup shows first, or `undefined` when the full path must read it (see the file's comment). No person at
 * all is `undefined` too: the full path shows the empty ledger as it always did. */
export async function readPopupFirst(dbName: string = POPUP_READ_LAYOUT.dbName): Promise<PopupFirstRead | undefined> {
  let db: IDBDatabase;
  try {
    db = await openReadOnly(dbName);
  } catch {
    return undefined;
  }
  try {
    if (!['settings', 'profiles', 'summaries'].every((s) => db.objectStoreNames.contains(s))) return undefined;
    const tx = db.transaction(['settings', 'profiles', 'summaries'], 'readonly');
    const [rawSettings, rawProfiles] = await Promise.all([request(tx.objectStore('settings').get(POPUP_READ_LAYOUT.settingsKey)), request(tx.objectStore('profiles').getAll())]);
    const settings = z.safeParse(PopupSettings, rawSettings ?? {});
    if (!settings.success) return undefined;
    const { activeProfileId, uiLanguage } = settings.data;
    const profiles: Profile[] = [];
    for (const raw of rawProfiles) {
      const p = z.safeParse(PopupProfile, raw);
      if (!p.success) return undefined; // an unreadable person: the full path lists the readable ones and names the others
      profiles.push(p.data);
    }
    profiles.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'zh-CN'));
    const active = profiles.find((p) => p.id === activeProfileId) ?? profiles[0];
    if (!active) return undefined;
    const rawSummary = await request(tx.objectStore('summaries').get([active.id, active.policyId]));
    const summary = z.safeParse(PopupSummary, rawSummary);
    if (!summary.success || summary.data.version !== POPUP_READ_LAYOUT.summaryVersion) return undefined;
    if (summary.data.profileId !== active.id || summary.data.policyId !== active.policyId) return undefined;
    return { uiLanguage, profiles, active, summary: summary.data };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The database at db.ts's version; one that does not exist yet or is older (it would need an upgrade) is left to db.ts. */
function openReadOnly(dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName, POPUP_READ_LAYOUT.version);
    req.onupgradeneeded = () => req.transaction?.abort(); // creates or upgrades nothing: the open fails with AbortError
    req.onsuccess = () => {
      req.result.onversionchange = () => req.result.close();
      resolve(req.result);
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
    req.onblocked = () => reject(new Error('blocked'));
  });
}
