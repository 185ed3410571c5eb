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

/** The database db.ts keeps (db-layout.ts: one source for both). */
export const POPUP_READ_LAYOUT = { dbName: DEFAULT_LEDGER_DB, version: LEDGER_DB_VERSION, settingsKey: SETTINGS_KEY, summaryVersion: SUMMARY_VERSION } as const;

const int = z.number().check(z.int());
const num = z.number();
const str = z.string();
const count = z.number().check(z.int(), z.minimum(0));
const trimmed = (max?: number) => z.optional(z.string().check(z.trim(), ...(max === undefined ? [] : [z.maxLength(max)])));
const spanYear = z.number().check(z.int(), z.minimum(1990), z.maximum(2100));

// The same rules as records.ts Profile (a record it would refuse is refused here too; test/unit/ledger/popup-read.test.ts).
const PopupProfile = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.trim(), z.minLength(1)),
  idNumber: z.optional(z.string()),
  phone: z.optional(z.string()),
  employer: z.optional(z.string()),
  policyId: z.string().check(z.regex(/^[a-z]+-\d{4}$/)),
  titleLevel: z.enum(['full-senior', 'senior', 'intermediate']),
  degree: z.optional(z.enum(['doctor', 'master', 'bachelor', 'other'])),
  ethnicity: trimmed(20),
  employerType: trimmed(30),
  category: trimmed(30),
  subSpecialty: trimmed(50),
  region: trimmed(50),
  reviewYear: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  ownSpan: z.optional(z.object({ from: spanYear, to: spanYear }).check(z.refine((s) => s.from <= s.to))),
  createdAt: z.number(),
}) satisfies z.ZodMiniType<Profile>;

const PopupSettings = z.object({
  activeProfileId: z.optional(z.string()),
  uiLanguage: z.optional(z.enum(['zh-CN', 'en'])),
});

const PopupSummary = z.object({
  profileId: z.string().check(z.minLength(1)),
  policyId: z.string().check(z.minLength(1)),
  version: int,
  entryCount: count,
  // summary.ts SummaryYearRow: rules/schema FiledYearRow with the year's file and activity counts
  rows: z.array(z.object({ year: int, publicName: str, publicHours: num, publicForm: str, professionalName: str, professionalHours: num, professionalForm: str, totalHours: num, wholeYear: z.boolean(), evidenceCount: count, entryCount: count })),
  sets: z.array(z.object({ year: int, complete: count, total: count, incomplete: z.array(z.unknown()) })),
  covered: z.array(z.object({ year: int, title: z.string(), fileName: z.string(), evidenceId: z.string(), from: int, to: int, citation: z.string() })),
});

/** One not-yet-complete activity of a year's evidence sets (summary.ts YearSetsSummary), checked by hand: a person with
 * 2,000 activities lists most of them, and this is the first frame's largest record. */
function isIncomplete(a: unknown): boolean {
  if (typeof a !== 'object' || a === null) return false;
  const { entryId, name, missing, citation } = a as Record<string, unknown>;
  return (
    typeof entryId === 'string' &&
    typeof name === 'string' &&
    Array.isArray(missing) &&
    missing.every((m) => typeof m === 'string') &&
    (citation === undefined || typeof citation === 'string')
  );
}

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
    if (!summary.data.sets.every((s) => s.incomplete.every(isIncomplete))) return undefined;
    return { uiLanguage, profiles, active, summary: summary.data as LedgerSummary };
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
