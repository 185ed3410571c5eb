// checkYears with what the applicant's ledger adds (CheckContext): years an earlier 学时认定单 / 合格证明 proves, and
// the applicant's own span where the rule set leaves it open. Without the context, checkYears is exactly contract §2.
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkYears, getPolicy, type Applicant, type YearRow } from '../../../rules';

const full = (year: number): YearRow => ({ year, publicHours: 30, professionalHours: 60, totalHours: 90, evidenceCount: 1 });
const missing = (policyId: string, rows: YearRow[], applicant: Applicant, context?: Parameters<typeof checkYears>[3]) =>
  checkYears(policyId, rows, applicant, context)
    .filter((f) => f.code === 'year-missing')
    .map((f) => f.year);

describe('years proved by an earlier 学时认定单 (checkYears context.coveredYears)', () => {
  // Each notice's own clause: the earlier form is the evidence of the years it lists.
  const cases = [
    { policyId: 'hunan-2025', clause: '湘人社办函〔2025〕37号 三.(四)', applicant: { titleLevel: 'senior' } as Applicant, span: [2020, 2024], covered: [2020, 2021] },
    { policyId: 'zhuzhou-2025', clause: '株人社函〔2025〕8号 三.(三)', applicant: { titleLevel: 'intermediate', degree: 'bachelor' } as Applicant, span: [2021, 2024], covered: [2021, 2022] },
    { policyId: 'xiangtan-2022', clause: '潭人社函〔2022〕18号 三.(二)', applicant: { titleLevel: 'senior' } as Applicant, span: [2017, 2021], covered: [2017, 2018, 2019, 2020] },
  ];
  for (const c of cases) {
    it(`${c.policyId}: a year the earlier form proves is not missing, the others still are (${c.clause})`, () => {
      expect(getPolicy(c.policyId)!.priorCertificates.citation).toBe(c.clause);
      const rows = [full(c.span[1])]; // only the last year is filed
      const all = Array.from({ length: c.span[1] - c.span[0] }, (_, i) => c.span[0] + i);
      expect(missing(c.policyId, rows, c.applicant)).toEqual(all); // without the form: every other year is missing
      expect(missing(c.policyId, rows, c.applicant, { coveredYears: c.covered })).toEqual(all.filter((y) => !c.covered.includes(y)));
    });
  }

  it('2020–2021 covered and 2022–2024 filed: the province span 2020–2024 has no finding at all', () => {
    expect(checkYears('hunan-2025', [full(2022), full(2023), full(2024)], { titleLevel: 'senior' }, { coveredYears: [2019, 2020, 2021] })).toEqual([]);
  });

  it('a row filed for a covered year is still checked like any row', () => {
    const f = checkYears('hunan-2025', [{ year: 2020, publicHours: 10, professionalHours: 60, totalHours: 70 }], { titleLevel: 'senior' }, { coveredYears: [2020] });
    expect(f.map((x) => [x.code, x.year])).toEqual(expect.arrayContaining([['public-below-min', 2020], ['total-below-min', 2020]]));
  });

  it('rejects a covered year that is not a year, naming the field', () => {
    expect(() => checkYears('hunan-2025', [], { titleLevel: 'senior' }, { coveredYears: [20.5] })).toThrow(ZodError);
  });
});

describe('the applicant’s own span where the rule set gives none (checkYears context.ownSpan)', () => {
  const doctor: Applicant = { titleLevel: 'senior', degree: 'doctor' };

  it('a doctor applying for 副高 (「按相关规定执行」, 湘人社办函〔2025〕37号 二) gets no year-missing without their own span', () => {
    expect(missing('hunan-2025', [full(2023)], doctor)).toEqual([]);
  });

  it('with their own span 2021–2023, the years they did not file are missing and the message says the years are theirs', () => {
    const f = checkYears('hunan-2025', [full(2023), full(2024)], doctor, { ownSpan: [2021, 2022, 2023] });
    expect(f.filter((x) => x.code === 'year-missing').map((x) => x.year)).toEqual([2021, 2022]);
    expect(f.find((x) => x.code === 'year-missing')!.message).toContain('您自己设置');
    expect(f.find((x) => x.code === 'year-missing')!.citation).toBe('湘人社办函〔2025〕37号 二');
    expect(f.filter((x) => x.code === 'year-outside-span').map((x) => x.year)).toEqual([2024]);
  });

  it('an intermediate title under the province set (二.(二), left to the cities) uses the own span too', () => {
    expect(missing('hunan-2025', [full(2022)], { titleLevel: 'intermediate' }, { ownSpan: [2021, 2022] })).toEqual([2021]);
  });

  it('never replaces a span the rule set gives (Zhuzhou senior 2020–2024, 株人社函〔2025〕8号 二)', () => {
    const rows = [2020, 2021, 2022, 2023, 2024].map(full);
    expect(checkYears('zhuzhou-2025', rows, { titleLevel: 'senior' }, { ownSpan: [2018, 2019] })).toEqual([]);
  });

  it('covered years count inside the own span as well', () => {
    expect(missing('hunan-2025', [full(2023)], doctor, { ownSpan: [2021, 2022, 2023], coveredYears: [2021, 2022] })).toEqual([]);
  });
});
