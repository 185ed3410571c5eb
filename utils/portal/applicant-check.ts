// The applicant's checks, beside the reviewer's (utils/reviewer/review-check.ts): pure — the screen's details (collected by
// applicant-collect.ts) and the ledger context in, findings and row marks out; no DOM, no storage. Used by the
// year-checks feature (panel + row marks) and by submit-guard (at click time); the features only wire them.
import { checkYears } from '../../rules/index';
import { defaultPolicy } from '../default-policy';
import type { Applicant, CheckContext, Finding, FindingCode, YearRow } from '../../rules/schema';
import type { PortalProfile } from '../messages';
import type { ApplicantDetails } from './applicant-collect';
import type { ContextState } from './messaging';

/** Before the ledger has answered (or without a person): the one default rule set. */
const DEFAULT_POLICY = defaultPolicy().policyId;

/**
 * The active profile with what the checks take from its ledger: the years earlier 学时认定单 / 合格证明 prove (never
 * missing: 湘人社办函〔2025〕37号 三.(四); 株人社函〔2025〕8号 三.(三); 潭人社函〔2022〕18号 三.(二)) and the person's own
 * span where the rule set leaves it open.
 */
export type CheckedProfile = PortalProfile & { checkContext?: CheckContext };

/** The active profile, when the ledger context is loaded. */
export function profileOf(state: ContextState): CheckedProfile | null {
  if (state.status !== 'ready') return null;
  const { profile, span, covered } = state.context;
  return {
    ...profile,
    checkContext: {
      coveredYears: (covered ?? []).map((c) => c.year),
      ownSpan: span.years && span.ownSpan ? span.years : undefined,
    },
  };
}

/**
 * The findings of the rows the screen shows. `uploads`: files seen per year in the portal's upload dialog ("2024" → 2,
 * remembered per declaration); on a screen that shows uploads per row, a year never seen with files counts as none.
 */
export function applicantFindings(
  details: Pick<ApplicantDetails, 'variant' | 'rows' | 'evidenceKnown'>,
  uploads: Readonly<Record<string, number>>,
  profile: CheckedProfile | null,
): Finding[] {
  const policyId = profile?.policyId ?? DEFAULT_POLICY;
  const applicant: Applicant = profile
    ? { titleLevel: profile.titleLevel, degree: profile.degree, reviewYear: profile.reviewYear }
    : { titleLevel: 'senior' };
  const yearRows: YearRow[] = details.rows.map((r) => ({
    year: r.year,
    publicHours: r.publicHours,
    professionalHours: r.professionalHours,
    totalHours: r.totalHours,
    evidenceCount: details.evidenceKnown ? (uploads[String(r.year)] ?? 0) : uploads[String(r.year)],
  }));
  const findings = checkYears(policyId, yearRows, applicant, profile?.checkContext);
  // Variant B: one application per year, so only that row's own checks apply (the other years are other applications).
  return details.variant === 'B' ? findings.filter((f) => f.code !== 'year-missing') : findings;
}

/** A row's mark: problem, or notice when missing uploads are all (expected while the rows are being entered), or ok. */
export function applicantRowMark(findings: readonly Finding[]): { status: 'ok' | 'problem' | 'notice'; codes: FindingCode[] } {
  const codes = [...new Set(findings.map((f) => f.code))];
  const status = findings.some((f) => f.code !== 'evidence-missing') ? 'problem' : findings.length ? 'notice' : 'ok';
  return { status, codes };
}

/**
 * What stops 保存 / 下一步 on the applicant's form (contract §4): errors, but not `evidence-missing` (evidence is uploaded
 * after the rows exist), nor `year-missing` on 下一步 (it leads to the year dialog where missing years are added) or
 * while no row exists yet.
 */
export function formGuardFindings(findings: readonly Finding[], action: 'save' | 'next' | 'submit', rowCount: number): Finding[] {
  return findings.filter(
    (f) => f.severity === 'error' && f.code !== 'evidence-missing' && !(f.code === 'year-missing' && (action === 'next' || rowCount === 0)),
  );
}
