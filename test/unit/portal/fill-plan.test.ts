import { describe, expect, it } from 'vitest';
import type { FiledYearRow } from '../../../rules/schema';
import { FillPlan, planApplicantFields, planYearRows } from '../../../utils/portal/fill-plan';
import { matchOption } from '../../../utils/portal/options';

const row = (year: number, over: Partial<FiledYearRow> = {}): FiledYearRow => ({
  year,
  publicName: `${year}公需`,
  publicHours: 30,
  publicForm: '远程教育',
  professionalName: `${year}专业`,
  professionalHours: 60,
  professionalForm: '培训班',
  totalHours: 90,
  wholeYear: false,
  ...over,
});
const SPAN = [2020, 2021, 2022, 2023, 2024];
const ledger = SPAN.map((y) => row(y));

describe('fill plan (variant A)', () => {
  it('adds every span year the page lacks, in order, each through 新增 → fields → 保存 → verify', () => {
    const plan = planYearRows({ spanYears: SPAN, ledgerRows: ledger, pageYears: [], variant: 'A' });
    expect(FillPlan.parse(plan)).toEqual(plan);
    expect(plan.years.map((y) => y.year)).toEqual(SPAN);
    const kinds = plan.years[0].steps.map((s) => s.kind);
    expect(kinds).toEqual(['open-add', 'year', 'text', 'text', 'select', 'text', 'text', 'select', 'text', 'save', 'verify']);
    expect(plan.years[0].steps[1]).toEqual({ kind: 'year', field: 'year', label: '年度', value: 2020 });
  });

  it('never plans a year the page already holds (the user’s row stays as it is)', () => {
    const plan = planYearRows({ spanYears: SPAN, ledgerRows: ledger, pageYears: [2022], variant: 'A' });
    expect(plan.years.map((y) => y.year)).toEqual([2020, 2021, 2023, 2024]);
    expect(plan.skipped).toEqual([{ year: 2022, reason: '网页上已有该年度，不改动' }]);
  });

  it('skips a year the ledger has nothing for, and one whose names are missing, saying why', () => {
    const plan = planYearRows({ spanYears: SPAN, ledgerRows: [row(2020), row(2021, { publicName: '' })], pageYears: [], variant: 'A' });
    expect(plan.years.map((y) => y.year)).toEqual([2020]);
    expect(plan.skipped.find((s) => s.year === 2021)?.reason).toContain('公需科目名称');
    expect(plan.skipped.find((s) => s.year === 2024)?.reason).toBe('台账里没有该年度的学时');
  });

  it('plans nothing without a span (the rule set does not define one)', () => {
    expect(planYearRows({ spanYears: null, ledgerRows: ledger, pageYears: [], variant: 'A' })).toEqual({ years: [], skipped: [] });
  });

  it('writes hours as the portal shows them (no float noise)', () => {
    const plan = planYearRows({ spanYears: [2020], ledgerRows: [row(2020, { publicHours: 30.1 + 0.2, totalHours: 90.3 })], pageYears: [], variant: 'A' });
    expect(plan.years[0].steps).toContainEqual({ kind: 'text', field: 'publicHours', label: '公需科目折算学时分', value: '30.3' });
  });
});

describe('fill plan (variant B)', () => {
  it('fills only the first span year not filed yet, without 新增 or 保存', () => {
    const plan = planYearRows({ spanYears: SPAN, ledgerRows: ledger, pageYears: [2020, 2021], variant: 'B' });
    expect(plan.years).toHaveLength(1);
    expect(plan.years[0].year).toBe(2022);
    expect(plan.years[0].steps.some((s) => s.kind === 'open-add' || s.kind === 'save')).toBe(false);
  });
});

describe('申报相关信息 plan', () => {
  const profile = { idNumber: '430104198503150017', name: '李明', phone: '13912345678', titleLevel: 'senior' as const, degree: 'bachelor' as const };
  it('fills the empty fields the profile knows and leaves filled ones alone', () => {
    const page = new Map([
      ['idNumber', ''],
      ['name', '李明'],
      ['phone', '13800000000'],
      ['titleLevel', ''],
      ['degree', ''],
    ]);
    const { steps, differs } = planApplicantFields(profile, page);
    expect(steps).toEqual([
      { kind: 'text', field: 'idNumber', label: '证件号码', value: '430104198503150017' },
      { kind: 'select', field: 'titleLevel', label: '拟申报职称', value: '副高级' },
      { kind: 'select', field: 'degree', label: '最高学历', value: '大学本科' },
    ]);
    expect(differs).toEqual(['联系电话']);
  });
  it('ignores fields the page does not show', () => {
    expect(planApplicantFields(profile, new Map()).steps).toEqual([]);
  });
});

describe('matching the ledger’s 继续教育形式 to the page’s options', () => {
  const options = ['培训班', '研修班', '远程教育', '学术会议', '论文著作', '发明专利', '其他'];
  it('takes the same text, ignoring width and spaces', () => {
    expect(matchOption('远程 教育', options)).toBe('远程教育');
  });
  it('takes the only option containing it (or contained in it)', () => {
    expect(matchOption('专利', options)).toBe('发明专利');
    expect(matchOption('论文', options)).toBe('论文著作');
    expect(matchOption('线下培训班', options)).toBe('培训班');
  });
  it('asks (null) when nothing or several fit', () => {
    expect(matchOption('网络学习', options)).toBeNull();
    expect(matchOption('班', options)).toBeNull();
    expect(matchOption('', options)).toBeNull();
  });
});
