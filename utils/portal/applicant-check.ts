// The applicant's side of the checks, beside the reviewer's (utils/reviewer/check.ts): read the year rows the screen
// shows, run the rule set's checkYears on them. Used by the year-checks feature (panel + row marks) and by
// submit-guard (at click time); features only wire these to the page.
import { checkYears } from '../../rules/index';
import type { Applicant, CheckContext, Finding, YearRow } from '../../rules/schema';
import type { PortalProfile } from '../messages';
import { declarationKey, readDeclaration, type DeclarationMemo } from './declarations';
import type { ContextState } from './messaging';
import { applicantFormRoot, formYearRow, idNumberOn } from './page';
import type { Recognition, ScreenId } from './screens';
import { readYearRows, type PageYearRow } from './table';

const DEFAULT_POLICY = 'hunan-2025';

/** What the checks need of a recognised applicant screen (a feature's context has all of it). */
export interface ApplicantScreen {
  screen: ScreenId;
  recognition: Pick<Recognition, 'variant'>;
  doc: Document;
  root: HTMLElement;
}

export interface ApplicantRead {
  key: string | null;
  rows: (PageYearRow & { tr?: HTMLTableRowElement })[];
  /** Whether the screen shows uploads per row (year dialog) or not (the form's summary table). */
  evidenceKnown: boolean;
}

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

export function readApplicantScreen(s: ApplicantScreen): ApplicantRead {
  const form = applicantFormRoot(s.doc);
  const id = form ? idNumberOn(form.root) : '';
  if (s.recognition.variant === 'B') {
    const row = formYearRow(s.root);
    return { key: declarationKey(id, row?.year), rows: row ? [row] : [], evidenceKnown: true };
  }
  const rows = readYearRows(s.root)?.rows ?? [];
  return { key: declarationKey(id), rows, evidenceKnown: s.screen === 'year-detail' };
}

export function applicantFindings(s: ApplicantScreen, read: ApplicantRead, memo: DeclarationMemo, profile: CheckedProfile | null): Finding[] {
  const policyId = profile?.policyId ?? DEFAULT_POLICY;
  const applicant: Applicant = profile
    ? { titleLevel: profile.titleLevel, degree: profile.degree, reviewYear: profile.reviewYear }
    : { titleLevel: 'senior' };
  const yearRows: YearRow[] = read.rows.map((r) => ({
    year: r.year,
    publicHours: r.publicHours,
    professionalHours: r.professionalHours,
    totalHours: r.totalHours,
    // Uploads are seen only in the portal's upload dialog: a year never seen with files counts as none.
    evidenceCount: read.evidenceKnown ? (memo.uploads[String(r.year)] ?? 0) : memo.uploads[String(r.year)],
  }));
  if (s.recognition.variant === 'B') {
    // One application per year: only that row's own checks apply (the other years are other applications).
    return checkYears(policyId, yearRows, applicant, profile?.checkContext).filter((f) => f.code !== 'year-missing');
  }
  return checkYears(policyId, yearRows, applicant, profile?.checkContext);
}

/** The findings of what the screen shows right now (the submit guard asks at click time: typing changes no DOM). */
export async function currentApplicantFindings(s: ApplicantScreen, profile: CheckedProfile | null): Promise<{ findings: Finding[]; rows: number }> {
  const read = readApplicantScreen(s);
  const memo = await readDeclaration(read.key ?? '-');
  return { findings: applicantFindings(s, read, memo, profile), rows: read.rows.length };
}
