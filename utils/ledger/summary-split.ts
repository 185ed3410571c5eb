// A person's summary is stored as two records written together (issue 15): the one the popup's first frame reads
// (`summaries`: rows, covered years, and per year the tallies, the number of activities missing materials and the first
// FIRST_LISTED of them) and the years' whole lists (`summaryLists`, same key [profileId, policyId]). The lists record's
// shape (zod/mini, as records-core.ts's) and its splitting and joining live here, so that the popup's read of the lists
// after its first paint (popup-lists.ts) loads nothing more than it needs and its first load nothing of them; db.ts and
// summary.ts use the same shape and functions for every write and read of the summaries.
import * as z from 'zod/mini';
import { FIRST_LISTED } from './db-layout';
import { incompleteActivities, type IncompleteActivity } from './records-core';

const int = z.number().check(z.int());

/** The whole per-year lists of a person's summary, stored apart from it (`summaryLists`), written with it: one list of
 * activities missing materials per year of the summary's sets, in the same order. */
export const summaryListsShape = {
  profileId: z.string().check(z.minLength(1)),
  policyId: z.string().check(z.minLength(1)),
  version: int,
  lists: z.array(z.object({ year: int, incomplete: incompleteActivities })),
};

/** What splitting and joining need of a summary (summary.ts LedgerSummary). */
interface SummaryWithSets {
  profileId: string;
  policyId: string;
  version: number;
  sets: { year: number; incompleteCount: number; incomplete: IncompleteActivity[] }[];
}

/** The `summaryLists` record of a summary (records-core.ts summaryListsShape). */
export interface SummaryListsRecord {
  profileId: string;
  policyId: string;
  version: number;
  lists: { year: number; incomplete: IncompleteActivity[] }[];
}

/** A summary whose sets list every activity missing materials, as the two records to store. */
export function splitSummary<S extends SummaryWithSets>(full: S): { summary: S; lists: SummaryListsRecord } {
  return {
    summary: { ...full, sets: full.sets.map((s) => (s.incomplete.length > FIRST_LISTED ? { ...s, incomplete: s.incomplete.slice(0, FIRST_LISTED) } : s)) },
    lists: { profileId: full.profileId, policyId: full.policyId, version: full.version, lists: full.sets.map((s) => ({ year: s.year, incomplete: s.incomplete })) },
  };
}

/**
 * The stored summary with its years' whole lists, or `undefined` when the two records do not agree: another person, rule
 * set or version, other years, a list whose length is not the year's count or that does not begin with the activities
 * the summary lists first. They are written in one transaction, so a disagreement means records written around the
 * ledger (or damaged): the caller computes them again.
 */
export function joinSummary<S extends SummaryWithSets>(summary: S, lists: SummaryListsRecord | undefined): S | undefined {
  if (!lists || lists.profileId !== summary.profileId || lists.policyId !== summary.policyId || lists.version !== summary.version) return undefined;
  if (lists.lists.length !== summary.sets.length) return undefined;
  const sets: S['sets'] = [];
  for (let i = 0; i < summary.sets.length; i++) {
    const head = summary.sets[i];
    const { year, incomplete } = lists.lists[i];
    if (year !== head.year || incomplete.length !== head.incompleteCount || head.incomplete.some((a, j) => a.entryId !== incomplete[j].entryId)) return undefined;
    sets.push({ ...head, incomplete });
  }
  return { ...summary, sets };
}
