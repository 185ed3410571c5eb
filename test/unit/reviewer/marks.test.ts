import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readApplicant } from '../../../utils/reviewer/applicant';
import { checkReview } from '../../../utils/reviewer/review-check';
import { applyMarks } from '../../../utils/reviewer/marks';
import { clearMarks } from '../../../utils/portal/row-marks';
import { readReviewTables } from '../../../utils/reviewer/read-table';
import { applicationKey, createApplicationMemory, markListRows } from '../../../utils/reviewer/remember';
import { elTableDetail } from '../../fixtures/reviewer/screens';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'screens', name), 'utf8');
const opts = { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' as const } };

function markAll() {
  for (const t of readReviewTables(document)) applyMarks(t, checkReview(t.rows.map((r) => r.data), opts).rows);
}
const trMarks = () =>
  [...document.querySelectorAll('.el-table__body-wrapper tr')].map((tr) => [tr.getAttribute('data-xskr-status'), tr.getAttribute('data-xskr-codes')]);

describe('marking the rows on the page', () => {
  beforeEach(() => {
    document.body.innerHTML = elTableDetail([
      { year: 2020, publicHours: 30, professionalHours: 60, totalHours: 90, attachments: 1 },
      { year: 2021, publicHours: 20, professionalHours: 70, totalHours: 90, attachments: 1 },
      { year: 2022, publicHours: 30, professionalHours: 60, totalHours: 90, attachments: 0 },
    ]);
  });

  it('puts status, codes and a badge with the reason and clause on each row', () => {
    markAll();
    expect(trMarks()).toEqual([
      ['ok', ''],
      ['problem', 'public-below-min'],
      ['problem', 'evidence-missing'],
    ]);
    const badge = document.querySelectorAll('.el-table__body-wrapper tr')[1].querySelector('[data-xskr-badge]')!;
    expect(badge.textContent).toBe('✗ 1项');
    expect(badge.getAttribute('title')).toContain('2021 年公需科目 20 学时');
    expect(badge.getAttribute('title')).toContain('湘人社办函〔2025〕37号');
  });

  it('is idempotent and does not change what it reads next time', () => {
    markAll();
    const html = document.body.innerHTML;
    markAll();
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelectorAll('[data-xskr-badge]')).toHaveLength(3);
    expect(readReviewTables(document)[0].rows[0].data.year).toBe(2020);
  });

  it('follows a re-render that reuses a row for another year (pagination)', () => {
    markAll();
    const cells = document.querySelectorAll('.el-table__body-wrapper tr')[0].querySelectorAll('.cell');
    cells[3].firstChild!.textContent = '10'; // 2020 公需 30 → 10 in the same <tr>
    markAll();
    expect(trMarks()[0]).toEqual(['problem', 'public-below-min total-mismatch']);
  });

  it('gives a row the page changed after the first pass a new mark, and every unchanged row keeps its badge node', () => {
    markAll();
    const badges = () => [...document.querySelectorAll('.el-table__body-wrapper tr')].map((tr) => tr.querySelector('[data-xskr-badge]'));
    const before = badges();
    const hours = document.querySelectorAll('.el-table__body-wrapper tr')[1].querySelectorAll('.cell');
    hours[3].firstChild!.textContent = '30'; // 2021 公需 20 → 30 (合计 90 stays: now the sum is wrong instead)
    markAll();
    expect(trMarks()).toEqual([
      ['ok', ''],
      ['problem', 'total-mismatch'],
      ['problem', 'evidence-missing'],
    ]);
    const after = badges();
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]!.getAttribute('title')).toContain('2021 年合计学时填的是 90');
    expect(after[1]!.getAttribute('title')).not.toContain('公需科目 20 学时');
    expect(document.querySelectorAll('[data-xskr-badge]')).toHaveLength(3);
    // The fixed-column copy is never marked, and the badge text is not read as the year cell's text.
    expect(document.querySelectorAll('.el-table__fixed-right [data-xskr-badge]')).toHaveLength(0);
    expect(readReviewTables(document)[0].rows.map((r) => r.data.year)).toEqual([2020, 2021, 2022]);
  });

  it('writes a new badge complete: status, reason, label, text and keyboard focus', () => {
    markAll();
    const badge = document.querySelectorAll('.el-table__body-wrapper tr')[2].querySelector<HTMLElement>('[data-xskr-badge]')!;
    expect(badge.getAttribute('data-status')).toBe('problem');
    expect(badge.getAttribute('tabindex')).toBe('0');
    expect(badge.hasAttribute('data-xskr-own')).toBe(true);
    expect(badge.getAttribute('aria-label')).toContain(badge.getAttribute('title')!);
    expect(badge.textContent).toBe('✗ 1项');
    expect(document.querySelectorAll('#xskr-mark-style')).toHaveLength(1);
  });

  it('gives rows that say the same the same badge, and each row of another year its own year’s reason', () => {
    document.body.innerHTML = elTableDetail([
      { year: 2020, publicHours: 20, professionalHours: 70, totalHours: 90, attachments: 1 },
      { year: 2021, publicHours: 20, professionalHours: 70, totalHours: 90, attachments: 1 },
      { year: 2021, publicHours: 20, professionalHours: 70, totalHours: 90, attachments: 1 },
      { year: 2022, publicHours: 30, professionalHours: 60, totalHours: 90, attachments: 1 },
      { year: 2023, publicHours: 20, professionalHours: 70, totalHours: 90, attachments: 1 },
    ]);
    markAll();
    const badges = [...document.querySelectorAll('.el-table__body-wrapper tr')].map((tr) => tr.querySelector<HTMLElement>('[data-xskr-badge]')!);
    expect(badges[0].getAttribute('title')).toContain('2020 年公需科目 20 学时');
    expect(badges[0].getAttribute('title')).not.toContain('2021');
    expect(badges[4].getAttribute('title')).toContain('2023 年公需科目 20 学时');
    expect(badges[4].getAttribute('title')).not.toContain('2020');
    expect(badges[1].getAttribute('title')).toContain('2021 年公需科目 20 学时');
    expect(badges[2].outerHTML).toBe(badges[1].outerHTML);
    expect(badges[2]).not.toBe(badges[1]);
    expect([badges[3].getAttribute('data-status'), badges[3].textContent]).not.toEqual([badges[1].getAttribute('data-status'), badges[1].textContent]);
  });

  it('puts the stylesheet back when marking after a clear', () => {
    markAll();
    clearMarks(document);
    expect(document.getElementById('xskr-mark-style')).toBeNull();
    markAll();
    expect(document.querySelectorAll('#xskr-mark-style')).toHaveLength(1);
    expect(document.querySelectorAll('[data-xskr-badge]')).toHaveLength(3);
  });

  it('removes every mark on clear', () => {
    markAll();
    clearMarks(document);
    expect(document.querySelector('[data-xskr-status], [data-xskr-badge]')).toBeNull();
  });
});

describe('the portal screens as the recognition fixtures show them', () => {
  it('reads and marks the 学时核认申报详细 fixture', () => {
    document.body.innerHTML = fixture('hr-detail.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const app = readApplicant(document);
    expect(app).toMatchObject({ name: '刘旸', titleLevel: 'senior' });
    markAll();
    // As in the guides, the table has no 附件 column: no row is called ok before its 详情 (学时材料) was seen.
    expect(trMarks()).toEqual([
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
    ]);
    expect([...document.querySelectorAll('.el-table__body-wrapper tr')].map((tr) => tr.getAttribute('data-xskr-evidence'))).toEqual(['unseen', 'unseen', 'unseen', 'unseen']);
    expect(document.querySelector('[data-xskr-badge]')?.textContent).toBe('? 未查看');
    expect(checkReview(readReviewTables(document)[0].rows.map((r) => r.data), opts).findings.map((f) => [f.code, f.year])).toEqual([['year-missing', 2021]]);
  });

  it('marks a list row once its application was checked, by name and ID tail', () => {
    document.body.innerHTML = fixture('hr-list-unit.html').replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '');
    const memory = createApplicationMemory();
    expect(markListRows(document, memory)).toBe(0);
    memory.remember(applicationKey('刘旸', '430501198501011234')!, { status: 'problem', codes: ['year-missing'], findings: [] });
    expect(markListRows(document, memory)).toBe(1);
    const tr = document.querySelector('.el-table__body-wrapper tr')!;
    expect([tr.getAttribute('data-xskr-status'), tr.getAttribute('data-xskr-codes')]).toEqual(['problem', 'year-missing']);
  });
});
