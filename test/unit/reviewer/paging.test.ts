import { describe, expect, it } from 'vitest';
import { checkReview, reviewBasis } from '../../../utils/reviewer/review-check';
import { createRowCollector } from '../../../utils/reviewer/paging';
import type { ReviewTableRow } from '../../../utils/reviewer/read-table';

const tr = () => document.createElement('tr');
function rows(serials: [serial: number, year: number][]): ReviewTableRow[] {
  return serials.map(([serial, year], i) => ({
    tr: tr(),
    yearCell: document.createElement('td'),
    data: { index: i, serial, year, publicHours: 30, professionalHours: 60, totalHours: 90, evidenceCount: 1, groupKey: '', rawHours: { public: '30', professional: '60', total: '90' } },
  }));
}
const opts = { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' as const } };

describe('paginated 学时年度明细', () => {
  it('judges missing years only after every page was seen, and finds duplicates across pages', () => {
    const c = createRowCollector();
    const page1 = c.collect(rows([[1, 2020], [2, 2021]]), 4);
    expect(page1).toMatchObject({ seen: 2, total: 4, complete: false });
    expect(checkReview(page1.all, { ...opts, complete: page1.complete }).findings).toEqual([]);

    const page2 = c.collect(rows([[3, 2022], [4, 2021]]), 4);
    expect(page2).toMatchObject({ seen: 4, complete: true });
    const r = checkReview(page2.all, { ...opts, complete: page2.complete });
    expect(r.findings.map((f) => [f.code, f.year])).toEqual([['year-duplicate', 2021], ['year-missing', 2023], ['year-missing', 2024]]);
    // the visible rows carry their 序号 as the mark index, so row 4 (on page 2) gets the duplicate
    expect(page2.visible.map((v) => v.index)).toEqual([3, 4]);
    expect(r.rows.find((m) => m.index === 4)?.codes).toEqual(['year-duplicate']);
  });

  it('checks an unpaginated table as it stands', () => {
    const p = createRowCollector().collect(rows([[1, 2020]]), undefined);
    expect(p).toMatchObject({ complete: true, seen: 1 });
  });
});

describe('what the header means for the check', () => {
  it('takes 申报年度 as the review year of a per-person application', () => {
    expect(reviewBasis({ titleLevel: 'senior', reviewYear: 2025 }, [2020, 2021])).toEqual({ applicant: { titleLevel: 'senior', reviewYear: 2025 }, perYear: false });
  });
  it('treats a one-year application (申报年度 = its row) as per-year, without a review year', () => {
    expect(reviewBasis({ titleLevel: 'senior', reviewYear: 2024 }, [2024])).toEqual({ applicant: { titleLevel: 'senior' }, perYear: true });
  });
});
