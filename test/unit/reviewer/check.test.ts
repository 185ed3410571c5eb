import { describe, expect, it } from 'vitest';
import { checkReview, conciseReason, defaultReviewPolicy, REASON_MAX, type RowMark } from '../../../utils/reviewer/review-check';
import type { ReviewRowData } from '../../../utils/reviewer/read-table';

let n = 0;
function row(year: number, publicHours: number | null, professionalHours: number | null, totalHours: number | null, evidenceCount?: number, groupKey = ''): ReviewRowData {
  return {
    index: n++,
    year,
    publicHours,
    professionalHours,
    totalHours,
    evidenceCount,
    groupKey,
    rawHours: { public: String(publicHours ?? 'x'), professional: String(professionalHours ?? 'x'), total: String(totalHours ?? 'x') },
  };
}
const codesByYear = (rows: RowMark[]) => rows.map((r) => [r.year, r.status, r.codes.join(' ')]);
const senior = { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' as const } };

describe('checking a reviewer table (province 2025, 副高级: 2020–2024)', () => {
  it('marks each row with exactly the codes of its year and reports a missing year at application level', () => {
    n = 0;
    const rows = [
      row(2020, 30, 60, 90, 2), // fine
      row(2021, 20, 70, 90, 1), // 公需 20
      row(2022, 30, 60, 100, 1), // total ≠ sum
      row(2023, 30, 60, 90, 1), // duplicate year …
      row(2023, 30, 60, 90, 3), // … on both rows
      row(2019, 30, 60, 90, 1), // outside the span
      // 2024 missing
    ];
    const r = checkReview(rows, senior);
    expect(codesByYear(r.rows)).toEqual([
      [2020, 'ok', ''],
      [2021, 'problem', 'public-below-min'],
      [2022, 'problem', 'total-mismatch'],
      [2023, 'problem', 'year-duplicate'],
      [2023, 'problem', 'year-duplicate'],
      [2019, 'problem', 'year-outside-span'],
    ]);
    expect(r.okCount).toBe(1);
    expect(r.problemCount).toBe(5);
    expect(r.findings.filter((f) => f.code === 'year-missing').map((f) => f.year)).toEqual([2024]);
  });

  it('flags missing evidence on the row whose attachment count is 0, not on the other row of that year', () => {
    n = 0;
    const r = checkReview([row(2020, 30, 60, 90, 0), row(2021, 30, 60, 90, 2), row(2021, 30, 60, 90, 0)], senior);
    expect(codesByYear(r.rows)).toEqual([
      [2020, 'problem', 'evidence-missing'],
      [2021, 'problem', 'year-duplicate'],
      [2021, 'problem', 'year-duplicate evidence-missing'],
    ]);
  });

  it('says a cell that is not a number is invalid', () => {
    n = 0;
    const r = checkReview([row(2020, null, 60, 90, 1)], senior);
    expect(r.rows[0].codes).toContain('hours-invalid');
    expect(r.findings.find((f) => f.code === 'hours-invalid')?.message).toContain('公需科目学时“x”');
  });

  it('writes a ready-to-paste reason listing every error with its clause', () => {
    n = 0;
    const r = checkReview([row(2020, 20, 60, 80, 1), row(2021, 30, 60, 90, 1), row(2022, 30, 60, 90, 1), row(2023, 30, 60, 90, 1)], senior);
    expect(r.reason).toBe('审核不通过：1.2020年公需科目20学时，少于30学时；2.2020年合计80学时，少于90学时；3.缺少2024年的学时。（依据湘人社办函〔2025〕37号）');
    expect(r.reasonDetailed).toMatch(/^审核不通过，原因如下：\n1\. /);
    expect(r.reasonDetailed).toContain('2020 年公需科目 20 学时');
    expect(r.reasonDetailed).toContain('湘人社办函〔2025〕37号 一.(二)');
    expect(r.reasonDetailed.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(3);
  });

  it('keeps the reason within the portal box of 200 characters, counting what it leaves out', () => {
    n = 0;
    const rows = Array.from({ length: 30 }, (_, i) => row(1990 + i, 10, 20, 40, 0));
    const r = checkReview(rows, senior);
    expect(r.reason.length).toBeLessThanOrEqual(200);
    expect(r.reason).toMatch(/等\d+项问题（详见各行标注）。（依据湘人社办函〔2025〕37号）$/);
  });

  it('lists in the box as many of a 500-row application’s problems as fit, and more when the box is larger', () => {
    n = 0;
    const r = checkReview(Array.from({ length: 500 }, (_, i) => row(1990 + (i % 40), 10 + (i % 3), 20, 40, i % 2)), senior);
    const items = (text: string) => (text.match(/(^审核不通过：|；)\d+\./g) ?? []).length;
    const shown = items(r.reason);
    expect(r.reason.length).toBeLessThanOrEqual(REASON_MAX);
    expect(shown).toBeGreaterThan(1);
    // The smallest box that takes one problem more: its text is longer than the portal's box.
    let box = REASON_MAX + 1;
    while (items(conciseReason(r.groups, 'hunan-2025', box)) <= shown) box++;
    expect(conciseReason(r.groups, 'hunan-2025', box).length).toBeGreaterThan(REASON_MAX);
    expect(items(conciseReason(r.groups, 'hunan-2025', 1000))).toBeGreaterThan(shown);
  });

  it('gives no reason when nothing is wrong', () => {
    n = 0;
    const r = checkReview([2020, 2021, 2022, 2023, 2024].map((y) => row(y, 30, 60, 90, 1)), senior);
    expect(r.problemCount).toBe(0);
    expect(r.reason).toBe('');
  });

  it('uses the title from the screen: a 中级 applicant under Zhuzhou 2025 needs 2021–2024 only', () => {
    n = 0;
    const r = checkReview([2021, 2022, 2023, 2024].map((y) => row(y, 30, 60, 90, 1)), { policyId: 'zhuzhou-2025', applicant: { titleLevel: 'intermediate' } });
    expect(r.findings).toEqual([]);
    const s = checkReview([2021, 2022, 2023, 2024].map((y) => row(y, 30, 60, 90, 1)), { policyId: 'zhuzhou-2025', applicant: { titleLevel: 'senior' } });
    expect(s.findings.map((f) => [f.code, f.year])).toEqual([['year-missing', 2020]]);
  });

  it('leaves a row with only the Xiangtan 2/3 warning ok, with the code shown', () => {
    n = 0;
    const r = checkReview([row(2021, 40, 50, 90, 1)], { policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior' } });
    expect(r.rows[0]).toMatchObject({ status: 'ok', codes: ['professional-share-low'] });
  });

  it('checks a list of several people per person', () => {
    n = 0;
    const rows = [
      ...[2020, 2021, 2022, 2023, 2024].map((y) => row(y, 30, 60, 90, 1, '张三|')),
      ...[2020, 2021, 2022, 2023].map((y) => row(y, 30, 60, 90, 1, '李四|')),
    ];
    const r = checkReview(rows, senior);
    expect(r.groups.map((g) => [g.label, g.findings.map((f) => f.code)])).toEqual([
      ['张三', []],
      ['李四', ['year-missing']],
    ]);
    expect(r.reason).toContain('李四：1.缺少2024年的学时');
  });

  it('defaults to the province rule set of the current year, else its newest', () => {
    expect(defaultReviewPolicy(new Date(2025, 5, 1))).toBe('hunan-2025');
    expect(defaultReviewPolicy(new Date(2027, 5, 1))).toBe('hunan-2025');
  });
});

describe('checking a long table with many rows per year', () => {
  it('marks each row with what the rules find for that row alone, whatever other rows share its year', async () => {
    const { checkYears } = await import('../../../rules/index');
    // 60 rows over 2019–2025 (outside the span at both ends), every year repeated, hours and attachments varying.
    const rows = Array.from({ length: 60 }, (_, i) => row(2019 + (i % 7), i % 5 === 0 ? 20 : 30, 60 + (i % 3) * 5, i % 4 === 0 ? 100 : 90 + (i % 3) * 5 - (i % 5 === 0 ? 10 : 0), i % 6 === 0 ? 0 : 1));
    const result = checkReview(rows, senior);
    for (const [k, r] of rows.entries()) {
      const alone = checkYears('hunan-2025', [{ year: r.year, publicHours: r.publicHours!, professionalHours: r.professionalHours!, totalHours: r.totalHours!, evidenceCount: r.evidenceCount }], { titleLevel: 'senior' })
        .filter((f) => f.code !== 'year-missing')
        .map((f) => f.code);
      expect(new Set(result.rows[k].codes)).toEqual(new Set([...alone, 'year-duplicate']));
      expect(result.rows[k].findings.filter((f) => f.code !== 'year-duplicate').map((f) => f.code)).toEqual(alone);
    }
    expect(result.rows.some((m) => m.codes.includes('year-outside-span'))).toBe(true);
    expect(result.rows.some((m) => m.codes.includes('evidence-missing'))).toBe(true);
  });
});
