// requiredYears: which years an applicant must prove (核认跨度).
import { Applicant, type RequiredYears } from './schema';
import type { RuleSet } from './ruleset';
import { ruleSetOrThrow } from './policies';

type SpanLookup =
  | { years: number[]; extrapolated: boolean; citation: string; reviewYear: number }
  | { years: null; reason: string; reviewYear: number; citation?: string };

function matches(rule: { titleLevels: string[]; degrees?: string[] }, applicant: Applicant): boolean {
  if (!rule.titleLevels.includes(applicant.titleLevel)) return false;
  return rule.degrees === undefined || (applicant.degree !== undefined && rule.degrees.includes(applicant.degree));
}

const titleNames: Record<Applicant['titleLevel'], string> = { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' };

/** The span with the review year used; shared with checkYears. */
export function lookupSpan(policy: RuleSet, applicant: Applicant): SpanLookup {
  const reviewYear = applicant.reviewYear ?? policy.reviewYear;
  const undefinedCase = policy.spansUndefined.find((rule) => matches(rule, applicant));
  if (undefinedCase) return { years: null, reason: undefinedCase.reason, reviewYear, citation: undefinedCase.citation };
  const span = policy.spans.find((rule) => matches(rule, applicant));
  if (!span) {
    return {
      years: null,
      reason: `${policy.docNumber}没有规定参评${titleNames[applicant.titleLevel]}职称的核认跨度，请按评委会的规定自行设置需要核认的年度。`,
      reviewYear,
    };
  }
  // A review year without its own notice: the newest notice's pattern, shifted (the span ends the year before the review).
  const shift = reviewYear - policy.reviewYear;
  const years: number[] = [];
  for (let y = span.from + shift; y <= span.to + shift; y++) years.push(y);
  return { years, extrapolated: shift !== 0, citation: span.citation, reviewYear };
}

/**
 * The years an applicant must prove under rule set `policyId`, ascending.
 * `years: null` with a zh-CN reason where the text gives no span (e.g. 博士参评副高 「按相关规定执行」).
 * For a review year other than the notice's, the span is shifted and `extrapolated` is true.
 */
export function requiredYears(policyId: string, applicant: Applicant): RequiredYears {
  const policy = ruleSetOrThrow(policyId);
  const found = lookupSpan(policy, Applicant.parse(applicant));
  if (found.years === null) return { years: null, reason: found.reason };
  return { years: found.years, extrapolated: found.extrapolated, citation: found.citation };
}

export { titleNames };
