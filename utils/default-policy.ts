// The one default rule set, wherever the extension must pick one itself: a new person (options page, import), the
// reviewer's first visit (reviewer-policy), the applicant checks before the ledger has answered. It is our choice,
// not a rule of the texts: the province's notice for the current year, else its newest one up to that year.
import { listPolicies } from '../rules/index';

export interface DefaultPolicy {
  policyId: string;
  /** The review year that notice is about (a new person's 申报年度). */
  reviewYear: number;
}

export function defaultPolicy(now = new Date()): DefaultPolicy {
  const year = now.getFullYear();
  const all = listPolicies();
  const province = all.filter((p) => p.id.startsWith('hunan-')).sort((a, b) => b.reviewYear - a.reviewYear);
  const chosen = province.find((p) => p.reviewYear <= year) ?? province[0] ?? all[0];
  return { policyId: chosen.id, reviewYear: chosen.reviewYear };
}
