// The year-span checklist as plain data: for each year the profile must prove, its hours against the minima, its
// evidence and what is still needed, in words. Components only render this. One implementation for both paths
// (issue 15): checklistOf builds it from a rule set in hand and the rows' findings; buildChecklist (checklist.ts) gives
// it the full rule set and rules/check.ts's findings, and firstChecklist below the first-frame part of the rule set
// (rules/policy-core.ts) and rules/check-core.ts's findings, so the popup's first frame loads neither classic zod nor the
// rule texts nor the full dictionaries (its texts are the popup slice's: tPopup).
import type { Finding, RequiredYears } from '../../rules/schema';
import { checkYearsOf } from '../../rules/check-core';
import { policyCore, type PolicyCore } from '../../rules/policy-core';
import { fmtHundredths } from '../../rules/numbers';
import type { Profile } from './records';
import {
  applicantOf,
  checkContextOf,
  checkRowsOf,
  isContextYear,
  openSpanRuleOf,
  ruleSpanOf,
  shortFindings,
  withOwnSpan,
  yearStatus,
  type ProfileSpan,
  type ProfileYearRow,
  type YearCoverage,
} from './hours-core';
import { findingText } from '../finding-text-core';
import { coverageLine } from './coverage-text';
import { maskIdNumber } from '../mask';
import { tPopup as t } from '../i18n-popup';
import { monthName, uiLang, type UiLanguage } from '../i18n-shell';

/** What of a rule set the checklist reads (the full rule set has it, and so has its first-frame part). */
export type ChecklistPolicy = Pick<PolicyCore, 'name' | 'docNumber' | 'reviewYear' | 'minima' | 'filingWindows'>;

export type SpanStatus = 'ok' | 'short' | 'missing' | 'covered';

export interface SpanYear {
  year: number;
  publicHours: number;
  professionalHours: number;
  totalHours: number;
  wholeYear: boolean;
  entryCount: number;
  evidenceCount: number;
  /**
   * ok = every minimum met, short = activities exist but a minimum is not met, missing = no activity that year,
   * covered = proved by an earlier 学时认定单 / 合格证明 (no hours needed, 湘人社办函〔2025〕37号 三.(四) and the cities' same clause).
   */
  status: SpanStatus;
  /** The earlier form proving the year (covered), in words naming it, with its clause. */
  coveredBy?: { text: string; citation: string };
  /** Sentences in the UI language: what is still needed ("2022 年还差专业科目 18 学时"). Empty when the year is complete. */
  needs: string[];
  /** Hints in the UI language that are not minima (e.g. the 2/3 professional share). */
  hints: string[];
}

export interface MinimaView {
  total: number;
  public?: number;
  professional?: number;
  share?: { numerator: number; denominator: number };
  citation: string;
}

export interface FilingWindowView {
  text: string; // 申报时间：2025年5月20日至7月20日
  state: 'before' | 'open' | 'after';
  from: Date;
  to: Date;
  citation: string;
}

export interface Checklist {
  profileId: string;
  name: string;
  maskedId: string;
  policyId: string;
  policyName: string;
  reviewYear: number;
  minima: MinimaView;
  /** The span (the rule set's, or the person's own where the rule set leaves it open), or why there is none. */
  span: ProfileSpan;
  years: SpanYear[];
  /** Ledger years outside the span (shown so nothing is silently ignored). */
  otherYears: number[];
  filingWindow?: FilingWindowView;
  summary: string;
}

function needsOf(year: number, row: ProfileYearRow | undefined, m: MinimaView, lang: UiLanguage): { needs: string[]; hints: string[] } {
  if (!row || row.entryCount === 0) {
    const parts = [
      m.public !== undefined ? t('needPartPublic', { hours: fmtHundredths(m.public) }, lang) : '',
      m.professional !== undefined ? t('needPartProfessional', { hours: fmtHundredths(m.professional) }, lang) : '',
    ]
      .filter(Boolean)
      .join(t('listSeparator', undefined, lang));
    return { needs: [t('needNothingYet', { year, parts: parts ? parts + t('needPartsEnd', undefined, lang) : '', total: fmtHundredths(m.total) }, lang)], hints: [] };
  }
  if (row.wholeYear) return { needs: [], hints: [] };
  const needs: string[] = [];
  const lackPublic = m.public !== undefined ? Math.max(0, m.public - row.publicHours) : 0;
  const lackProfessional = m.professional !== undefined ? Math.max(0, m.professional - row.professionalHours) : 0;
  if (lackPublic > 0) needs.push(t('needPublic', { year, hours: fmtHundredths(lackPublic) }, lang));
  if (lackProfessional > 0) needs.push(t('needProfessional', { year, hours: fmtHundredths(lackProfessional) }, lang));
  const lackTotal = Math.max(0, m.total - row.totalHours);
  // Only say the total when the category gaps do not already cover it.
  if (lackTotal > lackPublic + lackProfessional) needs.push(t('needTotal', { year, hours: fmtHundredths(lackTotal - lackPublic - lackProfessional) }, lang));
  const hints: string[] = [];
  if (m.share && row.totalHours > 0 && row.professionalHours * m.share.denominator < row.totalHours * m.share.numerator) {
    hints.push(t('hintShare', { year, num: m.share.numerator, den: m.share.denominator }, lang));
  }
  return { needs, hints };
}

/**
 * The span years with their status (hours.ts yearStatus, from the rule set's checkYears `findings` on these rows) and,
 * as a separate layer, the words for what each still needs.
 */
export function spanYears(
  span: RequiredYears,
  rows: readonly ProfileYearRow[],
  minima: MinimaView,
  lang: UiLanguage,
  covered: ReadonlyMap<number, YearCoverage>,
  findings: readonly Finding[],
): SpanYear[] {
  if (span.years === null) return [];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return span.years.map((year) => {
    const row = byYear.get(year);
    const coverage = covered.get(year);
    const status: SpanStatus = yearStatus(row, findings, year, !!coverage);
    // A year an earlier 学时认定单 proves needs no hours: nothing is still needed for it; an ok year needs nothing either.
    const worded = status === 'covered' ? { needs: [], hints: [] } : needsOf(year, row, minima, lang);
    const needs = status === 'ok' ? [] : worded.needs.length ? worded.needs : shortFindings(findings, year).map((f) => findingText(f, lang));
    const hints = worded.hints;
    return {
      coveredBy: coverage ? { text: coverageLine(coverage, lang), citation: coverage.citation } : undefined,
      year,
      publicHours: row?.publicHours ?? 0,
      professionalHours: row?.professionalHours ?? 0,
      totalHours: row?.totalHours ?? 0,
      wholeYear: row?.wholeYear ?? false,
      entryCount: row?.entryCount ?? 0,
      evidenceCount: row?.evidenceCount ?? 0,
      status,
      needs,
      hints,
    };
  });
}

function monthDay(md: string, lang: UiLanguage): string {
  const [m, d] = md.split('-').map(Number);
  return t('monthDay', { m, month: monthName(m), d }, lang);
}

export function filingWindowOf(policy: ChecklistPolicy, profile: Profile, now: Date, lang: UiLanguage = uiLang.value): FilingWindowView | undefined {
  // A window is only known for the review year its notice is about.
  if (policy.reviewYear !== profile.reviewYear) return undefined;
  const w = policy.filingWindows.find((fw) => fw.titleLevels.includes(profile.titleLevel));
  if (!w) return undefined;
  const [fm, fd] = w.from.split('-').map(Number);
  const [tm, td] = w.to.split('-').map(Number);
  const from = new Date(profile.reviewYear, fm - 1, fd);
  const to = new Date(profile.reviewYear, tm - 1, td, 23, 59, 59);
  const state = now < from ? 'before' : now > to ? 'after' : 'open';
  const how = t(w.mode === 'offline' ? 'filingOffline' : 'filingOnline', undefined, lang);
  const text = t('filingWindow', { year: profile.reviewYear, from: monthDay(w.from, lang), to: monthDay(w.to, lang), how }, lang);
  return { text, state, from, to, citation: w.citation };
}

/** The rule set's yearly minima as the checklist shows them (rules/index.ts minimaFor's, with the share as a fraction). */
export function minimaOf(policy: ChecklistPolicy): MinimaView {
  const m = policy.minima;
  return { total: m.total, public: m.public, professional: m.professional, share: m.professionalShare, citation: m.citation };
}

/**
 * The checklist of `profile` under `policy` (its rule set), given the findings of its rows (checkYears with the covered
 * years and its own span): see buildChecklist (checklist.ts) and firstChecklist (below).
 */
export function checklistOf(
  policy: ChecklistPolicy,
  profile: Profile,
  rows: readonly ProfileYearRow[],
  span: ProfileSpan,
  findings: readonly Finding[],
  now: Date,
  lang: UiLanguage,
  covered: ReadonlyMap<number, YearCoverage>,
): Checklist {
  const minima = minimaOf(policy);
  const years = spanYears(span, rows, minima, lang, covered, findings);
  const inSpan = new Set(span.years ?? []);
  const otherYears = rows.filter((r) => !inSpan.has(r.year) && r.entryCount > 0).map((r) => r.year);
  const short = years.filter((y) => y.status !== 'ok' && y.status !== 'covered').map((y) => y.year);
  const coveredInSpan = years.filter((y) => y.status === 'covered').map((y) => y.year);
  const summary =
    span.years === null
      ? span.reason
      : short.length > 0
        ? t('summaryShort', { count: short.length, years: short.join(t('listSeparator', undefined, lang)) }, lang)
        : coveredInSpan.length > 0
          ? t('summaryAllOkCovered', { from: span.years[0], to: span.years[span.years.length - 1], years: coveredInSpan.join(t('listSeparator', undefined, lang)) }, lang)
          : t('summaryAllOk', { from: span.years[0], to: span.years[span.years.length - 1] }, lang);
  return {
    profileId: profile.id,
    name: profile.name,
    maskedId: maskIdNumber(profile.idNumber),
    policyId: profile.policyId,
    policyName: `${policy.name}（${policy.docNumber}）`,
    reviewYear: profile.reviewYear,
    minima,
    span,
    years,
    otherYears,
    filingWindow: filingWindowOf(policy, profile, now, lang),
    summary,
  };
}

/**
 * buildChecklist (checklist.ts) for a stored profile (records.ts / popup-read.ts checked it) with its span worked out
 * here, from the first-frame part of its rule set and rules/check-core.ts: the same Checklist, or `undefined` where
 * this path cannot vouch for that (an unknown rule set, a covered year checkYears would refuse), and the caller takes
 * buildChecklist instead (test/unit/ledger/checklist-core.test.ts compares the two).
 */
export function firstChecklist(
  profile: Profile,
  rows: readonly ProfileYearRow[],
  now: Date,
  lang: UiLanguage = uiLang.value,
  covered: ReadonlyMap<number, YearCoverage> = new Map(),
): Checklist | undefined {
  const policy = policyCore(profile.policyId);
  if (!policy || ![...covered.keys()].every(isContextYear)) return undefined;
  const ruleSpan = ruleSpanOf(policy, profile);
  const span = withOwnSpan(profile, ruleSpan, openSpanRuleOf(policy, ruleSpan));
  const findings = checkYearsOf(policy, checkRowsOf(rows), applicantOf(profile), checkContextOf(span, covered.keys()));
  return checklistOf(policy, profile, rows, span, findings, now, lang, covered);
}
