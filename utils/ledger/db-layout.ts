// The ledger database's name, version and fixed keys, in one place: db.ts opens and upgrades the database with them,
// summary.ts stamps its records with SUMMARY_VERSION, and the popup's first read (popup-read.ts, which loads neither
// db.ts nor classic zod) opens the same database read-only with them. db.ts's comment lists what each version holds.
export const DEFAULT_LEDGER_DB = 'xskr-ledger';
export const LEDGER_DB_VERSION = 5;
export const SETTINGS_KEY = 'settings';
/** Bump when what a summary holds or how it is computed changes: stored summaries of another version are rebuilt. */
export const SUMMARY_VERSION = 2;
/**
 * How many activities missing materials a year lists in the popup's first frame: the stored summary (the first frame's
 * read) holds that many per year, and the year's whole list is a second record (`summaryLists`) read after the first
 * paint (components/popup/YearSets.tsx, store.ts).
 */
export const FIRST_LISTED = 12;

/** The people's order (db.ts listProfiles; the popup's first read takes the first when the settings name nobody): by
 * creation, then by name. */
export function byCreation(a: { createdAt: number; name: string }, b: { createdAt: number; name: string }): number {
  return a.createdAt - b.createdAt || a.name.localeCompare(b.name, 'zh-CN');
}
