// requiredYears: which years an applicant must prove (核认跨度).
import { Applicant, type RequiredYears } from './schema';
import { ruleSetOrThrow } from './policies';
import { lookupSpan, titleNames } from './check-core';

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
