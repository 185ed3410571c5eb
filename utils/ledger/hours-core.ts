// The part of hours.ts a popup's first frame needs (issue 15): a profile's yearly rows, its span and the years earlier
// 学时认定单 prove, as types; the span and the checks' inputs from a rule set in hand; and the one definition of a
// year's status. It loads neither classic zod nor the rule texts (rules/check-core.ts and rules/policy-core.ts give it
// what it reads of a rule set); hours.ts re-exports all of it and adds what needs the full rules API.
import type { Applicant, CheckContext, FiledYearRow, Finding, RequiredYears, YearRow } from '../../rules/schema';
import { lookupSpan, type CheckPolicy } from '../../rules/check-core';
import type { Profile } from './records';

export type ProfileYearRow = FiledYearRow & { evidenceCount: number; entryCount: number };

export function applicantOf(profile: Profile): Applicant {
  return { titleLevel: profile.titleLevel, degree: profile.degree, reviewYear: profile.reviewYear };
}

/** Where the rule set gives no span: why (the extension's words) and the rule's own sentence with its clause, when it has one. */
export interface OpenSpanRule {
  reason: string;
  quote?: string;
  citation?: string;
}

/**
 * The span a profile works with: the rule set's (requiredYears), or — only where the rule set gives none — the years
 * the person set themselves (`ownSpan`, with the rule's sentence that left it open).
 */
export type ProfileSpan =
  | { years: number[]; extrapolated: boolean; citation: string; ownSpan?: OpenSpanRule }
  | { years: null; reason: string };

/** What of a rule set the span reads. */
export type SpanPolicy = Pick<CheckPolicy, 'reviewYear' | 'spans' | 'spansUndefined' | 'docNumber'>;

/** requiredYears (rules/years.ts) for a stored profile, on a rule set in hand. */
export function ruleSpanOf(policy: SpanPolicy, profile: Profile): RequiredYears {
  const found = lookupSpan(policy, applicantOf(profile));
  if (found.years === null) return { years: null, reason: found.reason };
  return { years: found.years, extrapolated: found.extrapolated, citation: found.citation };
}

/** Why the rule set leaves the span open, quoting its sentence (spansUndefined); undefined when it gives one. */
export function openSpanRuleOf(policy: Pick<SpanPolicy, 'spansUndefined'> | undefined, span: RequiredYears): OpenSpanRule | undefined {
  if (span.years !== null) return undefined;
  const rule = policy?.spansUndefined.find((r) => r.reason === span.reason);
  return { reason: span.reason, quote: rule?.quote, citation: rule?.citation };
}

/** The rule set's span, else the person's own years where the rule set leaves it open (with the rule that does). */
export function withOwnSpan(profile: Profile, span: RequiredYears, open: OpenSpanRule | undefined): ProfileSpan {
  if (span.years !== null || !profile.ownSpan) return span;
  const { from, to } = profile.ownSpan;
  const rule = open ?? { reason: span.reason };
  return { years: Array.from({ length: to - from + 1 }, (_, i) => from + i), extrapolated: false, citation: rule.citation ?? '', ownSpan: rule };
}

/** An earlier 学时认定单 / 合格证明 proving a year: no hours are needed for it (the rule set's priorCertificates). */
export interface YearCoverage {
  year: number;
  /** 学时认定单 or 合格证明: the name the rule set uses that the file's name contains, else the rule set's first. */
  title: string;
  fileName: string;
  evidenceId: string;
  from: number;
  to: number;
  /** e.g. 湘人社办函〔2025〕37号 三.(四) */
  citation: string;
}

/** The years a ledger summary's earlier forms prove, by year (summary.ts LedgerSummary `covered`). */
export function coveredMap(s: { covered: readonly YearCoverage[] }): Map<number, YearCoverage> {
  return new Map(s.covered.map((c) => [c.year, c]));
}

/** The yearly rows as checkYears takes them. */
export function checkRowsOf(rows: readonly ProfileYearRow[]): YearRow[] {
  return rows.map((r) => ({
    year: r.year,
    publicHours: r.publicHours,
    professionalHours: r.professionalHours,
    totalHours: r.totalHours,
    wholeYear: r.wholeYear || undefined,
    evidenceCount: r.evidenceCount,
  }));
}

/** checkYears' context: years proved by an earlier 学时认定单, and the person's own span where the rule set gives none. */
export function checkContextOf(span: ProfileSpan, covered: Iterable<number>): CheckContext {
  return { coveredYears: [...covered], ownSpan: span.years && span.ownSpan ? span.years : undefined };
}

/** A year checkYears' context takes (rules/schema.ts CheckContext: whole years 1990–2100; another makes it throw). */
export const isContextYear = (year: number): boolean => Number.isInteger(year) && year >= 1990 && year <= 2100;

export type YearStatus = 'ok' | 'short' | 'missing' | 'covered';

/** Findings that make a year short: errors of the year's own hours, not its files (uploaded after the rows exist) nor the span. */
export function shortFindings(findings: readonly Finding[], year: number): Finding[] {
  return findings.filter((f) => f.year === year && f.severity === 'error' && f.code !== 'evidence-missing' && f.code !== 'year-outside-span' && f.code !== 'year-missing');
}

/**
 * The status of one year, the one definition every view uses: covered (an earlier 学时认定单 proves it, whatever its
 * activities), missing (no activity counts for it), short (checkYears finds an error in its hours), else ok.
 */
export function yearStatus(row: Pick<ProfileYearRow, 'entryCount'> | undefined, findings: readonly Finding[], year: number, covered: boolean): YearStatus {
  if (covered) return 'covered';
  if (!row || row.entryCount === 0) return 'missing';
  return shortFindings(findings, year).length ? 'short' : 'ok';
}
