// The popup's first read (issue 15): the settings, the people and the active person's stored summary, from the ledger's
// database opened read-only in ONE transaction (popup-raw-read.ts), checked here with zod/mini (the popup's first frame does not load classic
// zod or db.ts). It never writes and never upgrades: a database of another version, a missing or stale summary, or any
// record these checks are not sure of gives `undefined`, and the caller takes the full path (db.ts openLedger) instead,
// which reads, repairs and recomputes as it always did. The database's name, version and keys come from db-layout.ts,
// as db.ts's do; its store names are db.ts's (test/unit/ledger/popup-read.test.ts reads what db.ts wrote).
import * as z from 'zod/mini';
import type { Profile } from './records';
import type { LedgerSummary } from './summary';
import { byCreation, DEFAULT_LEDGER_DB, LEDGER_DB_VERSION, SETTINGS_KEY, SUMMARY_VERSION } from './db-layout';
import { ledgerSummaryShape, profileShape, settingsShape } from './records-core';
import { readPopupRaw, type PopupRawRead } from './popup-raw-read';

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
  return checkPopupFirst(await readPopupRaw(dbName));
}

/** The raw first read (popup-raw-read.ts, started by popup.html's entry before this module loads), checked. */
export function checkPopupFirst(raw: PopupRawRead | undefined): PopupFirstRead | undefined {
  if (!raw) return undefined;
  try {
    const settings = z.safeParse(PopupSettings, raw.settings ?? {});
    if (!settings.success) return undefined;
    const { activeProfileId, uiLanguage } = settings.data;
    const profiles: Profile[] = [];
    for (const p0 of raw.profiles) {
      const p = z.safeParse(PopupProfile, p0);
      if (!p.success) return undefined; // an unreadable person: the full path lists the readable ones and names the others
      profiles.push(p.data);
    }
    profiles.sort(byCreation);
    const active = profiles.find((p) => p.id === activeProfileId) ?? profiles[0];
    if (!active) return undefined;
    const summary = z.safeParse(PopupSummary, raw.summary);
    if (!summary.success || summary.data.version !== POPUP_READ_LAYOUT.summaryVersion) return undefined;
    // The raw read guessed the person before any check: a summary of anyone else than the checked active person is refused.
    if (summary.data.profileId !== active.id || summary.data.policyId !== active.policyId) return undefined;
    return { uiLanguage, profiles, active, summary: summary.data };
  } catch {
    return undefined;
  }
}
