// The applicant side without a DOM: details (as collected from a screen) → findings, row marks, guard and fill plan.
import { describe, expect, it } from 'vitest';
import type { FiledYearRow } from '../../../rules/schema';
import { applicantFindings, applicantRowMark, formGuardFindings, type CheckedProfile } from '../../../utils/portal/applicant-check';
import { ApplicantDetails } from '../../../utils/portal/applicant-collect';
import { planDialogFill, planScreenFill } from '../../../utils/portal/fill-plan';
import type { PageYearRow } from '../../../utils/portal/table';

const pageRow = (year: number, publicHours = 30, professionalHours = 60): PageYearRow => ({
  year,
  publicName: `${year}公需`,
  publicHours,
  publicForm: '远程教育',
  professionalName: `${year}专业`,
  professionalHours,
  professionalForm: '培训班',
  totalHours: publicHours + professionalHours,
});
const ledgerRow = (year: number): FiledYearRow => ({ ...pageRow(year), wholeYear: false });
const SPAN = [2020, 2021, 2022, 2023, 2024];
const ledger = { spanYears: SPAN, rows: SPAN.map(ledgerRow) };

const details = (over: Partial<ApplicantDetails> = {}): ApplicantDetails =>
  ApplicantDetails.parse({ variant: 'A', key: '430104199001011237', rows: [], evidenceKnown: true, pageYears: [], fields: {}, pickers: [], formYear: null, ...over });

const profile: CheckedProfile = { id: 'p', name: '张三', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025 };

describe('applicant checks from collected details (no DOM)', () => {
  it('finds the short year and the missing ones in 申报年度明细信息, and counts a year without uploads as missing evidence', () => {
    const d = details({ rows: [pageRow(2020), pageRow(2021, 20, 60), pageRow(2022)], pageYears: [2020, 2021, 2022] });
    const findings = applicantFindings(d, { '2020': 2, '2021': 1 }, profile);
    expect(findings.map((f) => `${f.year} ${f.code}`)).toEqual([
      '2021 public-below-min',
      '2021 total-below-min',
      '2022 evidence-missing',
      '2023 year-missing',
      '2024 year-missing',
    ]);
  });

  it('does not call evidence missing where the screen does not show uploads (the form’s summary table)', () => {
    const d = details({ rows: SPAN.map((y) => pageRow(y)), evidenceKnown: false });
    expect(applicantFindings(d, {}, profile)).toEqual([]);
  });

  it('checks variant B’s one year alone: the other years are other applications', () => {
    const d = details({ variant: 'B', rows: [pageRow(2023)], formYear: pageRow(2023) });
    expect(applicantFindings(d, { '2023': 1 }, profile)).toEqual([]);
  });

  it('marks a row red for a shortfall, orange when only the uploads are missing, green otherwise', () => {
    const [short, noFiles] = [applicantFindings(details({ rows: [pageRow(2021, 20, 60)] }), { '2021': 1 }, profile), applicantFindings(details({ rows: [pageRow(2022)] }), {}, profile)];
    expect(applicantRowMark(short.filter((f) => f.year === 2021))).toEqual({ status: 'problem', codes: ['public-below-min', 'total-below-min'] });
    expect(applicantRowMark(noFiles.filter((f) => f.year === 2022))).toEqual({ status: 'notice', codes: ['evidence-missing'] });
    expect(applicantRowMark([])).toEqual({ status: 'ok', codes: [] });
  });

  it('stops 保存 for a short year but not for missing uploads, and 下一步 not for missing years', () => {
    const findings = applicantFindings(details({ rows: [pageRow(2020, 20, 60)] }), {}, profile);
    expect(formGuardFindings(findings, 'save', 1).map((f) => f.code)).toEqual(['public-below-min', 'total-below-min', 'year-missing', 'year-missing', 'year-missing', 'year-missing']);
    expect(formGuardFindings(findings, 'next', 1).map((f) => f.code)).toEqual(['public-below-min', 'total-below-min']);
  });
});

describe('fill plan from collected details: only empty fields, inside the plan', () => {
  it('variant A adds the span years the page lacks and leaves the user’s rows alone', () => {
    const plan = planScreenFill(details({ pageYears: [2021, 2023] }), ledger);
    expect(plan.years.map((y) => y.year)).toEqual([2020, 2022, 2024]);
  });

  it('variant B with a year the user chose fills only that year’s empty fields, never the ones the user typed', () => {
    const d = details({ variant: 'B', formYear: { ...pageRow(2022), publicName: '我自己写的' }, fields: { year: '2022', publicName: '我自己写的', publicHours: '', publicForm: '网络培训', professionalName: '2022专业', professionalHours: '60', professionalForm: '培训班', totalHours: '' }, pageYears: [2020] });
    const plan = planScreenFill(d, ledger);
    expect(plan.years).toHaveLength(1);
    expect(plan.years[0].year).toBe(2022);
    expect(plan.years[0].steps.map((s) => ('field' in s ? s.field : s.kind))).toEqual(['publicHours', 'totalHours']);
  });

  it('variant B on an empty form fills the first span year not filed yet, its year first', () => {
    const d = details({ variant: 'B', pageYears: [2020], fields: { year: '', publicName: '', publicHours: '', publicForm: '', professionalName: '', professionalHours: '', professionalForm: '', totalHours: '' } });
    const plan = planScreenFill(d, ledger);
    expect(plan.years[0].year).toBe(2021);
    expect(plan.years[0].steps[0]).toMatchObject({ kind: 'year', value: 2021 });
  });

  it('a year dialog opened by hand takes the first year the table lacks, skipping years an earlier 学时认定单 proves', () => {
    const empty = { fields: { year: '', publicName: '' }, formYear: null };
    const plan = planDialogFill(empty, [2020], { ...ledger, coveredYears: [2021] });
    expect(plan.year).toBe(2022);
    expect(planDialogFill(empty, SPAN, { ...ledger, coveredYears: [] })).toEqual({ year: null });
  });
});
