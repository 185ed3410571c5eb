// Per-year summaries of a person's ledger under their rule set (profile × rule set × year): the yearly rows the rules
// make of the activities (公需 / 专业 / total hours, whole years, activity and file counts), each year's evidence-set
// tally, and the years an earlier 学时认定单 proves. db.ts keeps them current inside every write that touches the
// person, so the popup (and anything else that only needs the years) reads one record instead of every activity.
// The year status is not stored: it is computed from checkYears over these rows (hours.ts yearStatus), which is cheap.
import { z } from 'zod';
import type { Entry, Evidence, Profile } from './records';
import { coveredYears, entryCredits, profileYearRows } from './hours';
import { entryYearsOf, yearActivitiesEvidence, type ActivityEvidenceStatus } from './evidence-sets';
import { ledgerSummaryShape, YearSetsSummary } from './records-core';
import { joinSummary, splitSummary, summaryListsShape } from './summary-split';

import { SUMMARY_VERSION } from './db-layout';
export { SUMMARY_VERSION };

// The summary's rows, evidence-set tallies and covered years are written once in zod/mini (records-core.ts), for the
// popup's first read too.
export { YearSetsSummary };
export type YearSetsSummary = z.infer<typeof YearSetsSummary>;

/**
 * A person's summary. As computed (summarize, updateSummary) and as getFullSummary gives it, each year's `incomplete` lists
 * every activity missing materials; as stored in `summaries` (getSummary, the popup's first read) only the first
 * FIRST_LISTED, the rest being in the `summaryLists` record written with it (splitSummary / joinSummary).
 *
 * The stored record stays under IndexedDB's 64 KB inline size at any number of activities (above it Chromium keeps a
 * record as a blob, which the popup's first read paid for): it grows with the years that have activities (≈3 KB a year:
 * the row, the tallies and 12 activities with their missing materials and citation), not with the activities. Measured
 * (test/unit/ledger/summary-lists.test.ts: the popup bench's mix over 10 years, the ledger's UUID ids, 40 files), as
 * JSON: 2,000 activities 30.3 KB (26.8 KB as V8 serialises it), 10,000 activities 30.3 KB; before the split the record
 * held the whole lists: 449 KB and 2.2 MB (now in the lists records: 445 KB and 2.2 MB).
 */
export const LedgerSummary = z.object(ledgerSummaryShape);
export type LedgerSummary = z.infer<typeof LedgerSummary>;

/** The whole per-year lists stored apart from the summary (`summaryLists`). */
export const SummaryLists = z.object(summaryListsShape);
export type SummaryLists = z.infer<typeof SummaryLists>;
export { joinSummary, splitSummary };

/** The tally of one year's activities' evidence statuses. */
export function yearSetsSummary(year: number, items: readonly ActivityEvidenceStatus[]): YearSetsSummary {
  const incomplete = items
    .filter((a) => a.status === 'incomplete')
    .map((a) => ({ entryId: a.entryId, name: a.name, missing: a.missing, ...(a.citation === undefined ? {} : { citation: a.citation }) }));
  return {
    year,
    complete: items.filter((a) => a.status === 'complete' || a.status === 'covered').length,
    total: items.length,
    incompleteCount: incomplete.length,
    incomplete,
  };
}

/** The summary of a person's ledger, computed from all their activities and files, with every year's whole list (db.ts
 * stores it split: splitSummary). */
export function summarize(profile: Profile, entries: readonly Entry[], evidence: readonly Evidence[]): LedgerSummary {
  const rows = profileYearRows(profile, [...entries], [...evidence]);
  const years = new Set<number>(rows.map((r) => r.year));
  for (const e of entries) for (const y of entryYearsOf(e)) years.add(y);
  const sets = [...years]
    .sort((a, b) => a - b)
    .map((y) => yearSetsSummary(y, yearActivitiesEvidence(profile, y, entries, evidence)))
    .filter((s) => s.total > 0);
  return {
    profileId: profile.id,
    policyId: profile.policyId,
    version: SUMMARY_VERSION,
    entryCount: entries.length,
    rows,
    sets,
    covered: [...coveredYears(profile, [...evidence]).values()].sort((a, b) => a.year - b.year),
  };
}

/** A stored summary is current for the profile when it was made for its rule set by this version's computation. */
export function isCurrentSummary(profile: Pick<Profile, 'id' | 'policyId'>, s: LedgerSummary | undefined): s is LedgerSummary {
  return !!s && s.profileId === profile.id && s.policyId === profile.policyId && s.version === SUMMARY_VERSION;
}

/** The covered years as the checklist takes them (hours-core.ts, where the popup's first frame takes it from). */
export { coveredMap } from './hours-core';

/** The years an activity's hours or evidence set count for: a change to it changes the summary of these years only. */
export function summaryYearsOf(policyId: string, entry: Entry): number[] {
  const years = new Set(entryYearsOf(entry));
  for (const c of entryCredits(policyId, entry).credits) years.add(c.year);
  return [...years];
}

/**
 * The summary after activities of these years changed (added, edited, deleted), from the person's activities and files as
 * they stand now: only those years' rows and evidence-set tallies are computed again, the others are kept from `previous`.
 * Equal to `summarize` over the same records (test/unit/ledger/summary-incremental.test.ts). `previous` must hold the
 * whole lists (as joinSummary gives it); one made for another rule set or version, or a change of files (which can touch
 * any year), takes the full computation instead.
 */
export function updateSummary(
  previous: LedgerSummary | undefined,
  profile: Profile,
  entries: readonly Entry[],
  evidence: readonly Evidence[],
  touchedYears: Iterable<number>,
): LedgerSummary {
  if (!isCurrentSummary(profile, previous)) return summarize(profile, entries, evidence);
  const touched = new Set(touchedYears);
  if (touched.size === 0) return { ...previous, entryCount: entries.length };
  // The activities with hours in a touched year make those years' rows (the rules add each year up on its own).
  const counting = entries.filter((e) => summaryYearsOf(profile.policyId, e).some((y) => touched.has(y)));
  const fresh = profileYearRows(profile, counting, [...evidence]).filter((r) => touched.has(r.year));
  const rows = [...previous.rows.filter((r) => !touched.has(r.year)), ...fresh].sort((a, b) => a.year - b.year);
  const freshSets = [...touched]
    .map((y) => yearSetsSummary(y, yearActivitiesEvidence(profile, y, counting, evidence)))
    .filter((s) => s.total > 0);
  const sets = [...previous.sets.filter((s) => !touched.has(s.year)), ...freshSets].sort((a, b) => a.year - b.year);
  return { ...previous, entryCount: entries.length, rows, sets };
}
