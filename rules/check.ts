// checkYears: the findings for a set of yearly rows (from the ledger, or read off a portal table). The inputs are
// validated here (a ZodError naming the field); the checks themselves are rules/check-core.ts's.
import { z } from 'zod';
import { Applicant, CheckContext, YearRow, type Finding } from './schema';
import type { RuleSet } from './ruleset';
import { ruleSetOrThrow } from './policies';
import { checkEachRowOf, checkYearsAndEachRowOf, checkYearsOf } from './check-core';

export { severityOf } from './check-core';

// Built once: zod builds a schema's parser on first use (and, without eval, as in the extension, interprets it).
const YearRows = z.array(YearRow);

/** The inputs validated once, in this order: the rule set, the rows, the applicant, the context. */
function validated(policyId: string, rows: unknown, applicant: Applicant, context?: CheckContext): [RuleSet, YearRow[], Applicant, CheckContext | undefined] {
  const policy = ruleSetOrThrow(policyId);
  const yearRows = YearRows.parse(rows);
  const who = Applicant.parse(applicant);
  return [policy, yearRows, who, context === undefined ? undefined : CheckContext.parse(context)];
}

/**
 * Checks yearly rows against rule set `policyId` for `applicant`. Findings are sorted by year, then by code.
 * - minima per row (a `wholeYear` row — 三援, 海外交换 — satisfies them), sums, negative hours, duplicates;
 * - `year-missing` / `year-outside-span` only when the rule set gives the applicant a span;
 * - `evidence-missing` only when `evidenceCount` is 0 (undefined = unknown);
 * - `context` (optional): years proved by an earlier 学时认定单 are never `year-missing`, and the applicant's own span
 *   is used where the rule set gives none (see CheckContext).
 * Throws a ZodError naming the field for malformed rows, applicant or context.
 */
export function checkYears(policyId: string, rows: YearRow[], applicant: Applicant, context?: CheckContext): Finding[] {
  return checkYearsOf(...validated(policyId, rows, applicant, context));
}

/**
 * Each row checked alone, in row order: what `checkYears(policyId, [row], applicant, context)` finds for that row —
 * its year against the span, negative hours, its sum, its minima, its evidence — without the findings about the
 * set of rows (`year-missing`, `year-duplicate`). One validation for all rows: a reviewer's 500-row table is one call.
 */
export function checkEachRow(policyId: string, rows: YearRow[], applicant: Applicant, context?: CheckContext): Finding[][] {
  return checkEachRowOf(...validated(policyId, rows, applicant, context));
}

/**
 * Both at once, for one validation and one pass over the rows (a reviewer's 500-row table): `findings` is what
 * checkYears gives, `rows` what checkEachRow gives (fresh arrays; the findings in them are the same objects).
 */
export function checkYearsAndEachRow(policyId: string, rows: YearRow[], applicant: Applicant, context?: CheckContext): { findings: Finding[]; rows: Finding[][] } {
  return checkYearsAndEachRowOf(...validated(policyId, rows, applicant, context));
}
