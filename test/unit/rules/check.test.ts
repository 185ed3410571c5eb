import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkYears, type YearRow } from '../../../rules';

const row = (year: number, publicHours: number, professionalHours: number, extra: Partial<YearRow> = {}): YearRow => ({
  year,
  publicHours,
  professionalHours,
  totalHours: publicHours + professionalHours,
  ...extra,
});
const fullSpan = (from: number, to: number, make = (y: number) => row(y, 30, 60)) =>
  Array.from({ length: to - from + 1 }, (_, i) => make(from + i));
const codes = (findings: { code: string; year?: number }[]) => findings.map((f) => `${f.year ?? '-'} ${f.code}`);

const senior = { titleLevel: 'senior' } as const;

describe('checkYears', () => {
  it('finds nothing wrong in five complete years 2020–2024 under the province rules', () => {
    expect(checkYears('hunan-2025', fullSpan(2020, 2024), senior)).toEqual([]);
  });

  it('says a year short of public hours in plain Chinese, citing 一.(二)', () => {
    const rows = fullSpan(2020, 2024, (y) => (y === 2022 ? row(y, 20, 70) : row(y, 30, 60)));
    expect(checkYears('hunan-2025', rows, senior)).toEqual([
      {
        code: 'public-below-min',
        year: 2022,
        severity: 'error',
        message: '2022 年公需科目 20 学时，少于每年 30 学时的要求。',
        citation: '湘人社办函〔2025〕37号 一.(二)',
      },
    ]);
  });

  it('reports professional and total shortfalls as errors', () => {
    const rows = fullSpan(2020, 2024, (y) => (y === 2021 ? row(y, 30, 40) : row(y, 30, 60)));
    const findings = checkYears('zhuzhou-2025', rows, senior);
    expect(codes(findings)).toEqual(['2021 professional-below-min', '2021 total-below-min']);
    expect(findings.every((f) => f.severity === 'error' && f.citation === '株人社函〔2025〕8号 一.(二)')).toBe(true);
    expect(findings[0].message).toBe('2021 年专业科目 40 学时，少于每年 60 学时的要求。');
  });

  it('flags a total that is not public + professional', () => {
    const rows = fullSpan(2020, 2024, (y) => (y === 2023 ? row(y, 30, 60, { totalHours: 80 }) : row(y, 30, 60)));
    const findings = checkYears('hunan-2025', rows, senior);
    expect(codes(findings)).toEqual(['2023 total-below-min', '2023 total-mismatch']);
    expect(findings.find((f) => f.code === 'total-mismatch')?.message).toContain('30 + 专业 60 = 90');
  });

  it('does not call 0.1 + 0.2 a mismatch (no float drift)', () => {
    const rows = [row(2020, 30.1, 60.2, { totalHours: 90.3 })];
    expect(checkYears('hunan-2025', rows, { titleLevel: 'intermediate' })).toEqual([]);
  });

  it('lists missing span years and years outside the span', () => {
    const rows = [...fullSpan(2020, 2022), row(2019, 30, 60)];
    const findings = checkYears('hunan-2025', rows, senior);
    expect(codes(findings)).toEqual(['2019 year-outside-span', '2023 year-missing', '2024 year-missing']);
    expect(findings[1].message).toContain('2020–2024');
    expect(findings[1].citation).toBe('湘人社办函〔2025〕37号 二');
  });

  it("uses the master's span in Zhuzhou (2022–2024)", () => {
    const findings = checkYears('zhuzhou-2025', fullSpan(2022, 2024), { titleLevel: 'intermediate', degree: 'master' });
    expect(findings).toEqual([]);
    expect(codes(checkYears('zhuzhou-2025', fullSpan(2022, 2024), { titleLevel: 'intermediate' }))).toEqual(['2021 year-missing']);
  });

  it('says when the span is extrapolated for a later review year', () => {
    const findings = checkYears('hunan-2025', fullSpan(2020, 2024), { titleLevel: 'senior', reviewYear: 2026 });
    expect(codes(findings)).toEqual(['2020 year-outside-span', '2025 year-missing']);
    expect(findings[1].message).toContain('推算');
  });

  it('without a span, still checks minima, sums and duplicates but not missing or outside years', () => {
    const rows = [row(2015, 30, 60), row(2016, 10, 60), row(2016, 30, 60)];
    const findings = checkYears('hunan-2025', rows, { titleLevel: 'senior', degree: 'doctor' });
    expect(codes(findings)).toEqual(['2016 public-below-min', '2016 total-below-min', '2016 year-duplicate']);
  });

  it('reports a duplicated year once', () => {
    const rows = [...fullSpan(2020, 2024), row(2022, 30, 60)];
    const findings = checkYears('hunan-2025', rows, senior);
    expect(findings).toEqual([expect.objectContaining({ code: 'year-duplicate', year: 2022, severity: 'error' })]);
    expect(findings[0].message).toContain('2 行');
  });

  it('Xiangtan: no public minimum; a professional share under 2/3 is only a warning', () => {
    const rows = fullSpan(2017, 2021, (y) => (y === 2019 ? row(y, 40, 50) : row(y, 0, 90)));
    const findings = checkYears('xiangtan-2022', rows, senior);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'professional-share-low', year: 2019, severity: 'warning', citation: '潭人社函〔2022〕18号 一.(二)' }),
    ]);
    expect(findings[0].message).toContain('2/3');
  });

  it('Xiangtan: exactly 2/3 professional is fine; 89 hours is short', () => {
    const rows = fullSpan(2018, 2021, (y) => (y === 2020 ? row(y, 29, 60) : row(y, 30, 60)));
    expect(codes(checkYears('xiangtan-2022', rows, { titleLevel: 'intermediate' }))).toEqual(['2020 total-below-min']);
  });

  it('a whole-year row (三援, overseas exchange) satisfies the year whatever its hours', () => {
    const rows = fullSpan(2020, 2024, (y) => (y === 2021 ? row(y, 0, 0, { wholeYear: true }) : row(y, 30, 60)));
    expect(checkYears('hunan-2025', rows, senior)).toEqual([]);
  });

  it('reports missing evidence only when the count is 0, not when unknown', () => {
    const rows = fullSpan(2020, 2024, (y) => row(y, 30, 60, { evidenceCount: y === 2020 ? 0 : y === 2021 ? undefined : 2 }));
    const findings = checkYears('hunan-2025', rows, senior);
    expect(codes(findings)).toEqual(['2020 evidence-missing']);
    expect(findings[0]).toMatchObject({ severity: 'error', citation: '湘人社办函〔2025〕37号 附件2 一' });
    expect(findings[0].message).toContain('学时认定单');
  });

  it('reports negative hours as invalid without piling minima findings on top', () => {
    const rows = fullSpan(2020, 2024, (y) => (y === 2024 ? row(y, -30, 60, { totalHours: 30 }) : row(y, 30, 60)));
    const findings = checkYears('hunan-2025', rows, senior);
    expect(codes(findings)).toEqual(['2024 hours-invalid']);
    expect(findings[0].message).toContain('不能是负数');
  });

  it('sorts findings by year, then by code', () => {
    const rows = [row(2024, 10, 10, { evidenceCount: 0 }), row(2020, 10, 70)];
    const years = checkYears('hunan-2025', rows, senior).map((f) => f.year);
    expect(years).toEqual([...years].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('rejects rows that are not numbers with a ZodError naming the field', () => {
    try {
      checkYears('hunan-2025', [{ year: 2020, publicHours: '30', professionalHours: 60, totalHours: 90 } as never], senior);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual([0, 'publicHours']);
    }
  });
});
