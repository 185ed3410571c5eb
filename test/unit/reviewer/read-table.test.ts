import { beforeEach, describe, expect, it } from 'vitest';
import { readApplicant } from '../../../utils/reviewer/applicant';
import { dataRowTest } from '../../../utils/portal/table';
import { readReviewTables } from '../../../utils/reviewer/read-table';
import { elTableDetail, plainDetail } from '../../fixtures/reviewer/screens';

const rows = [
  { year: 2022, publicHours: 30, professionalHours: 60, totalHours: 90, attachments: 2 },
  { year: 2024, publicHours: 20, professionalHours: '60', totalHours: 80, attachments: '0' },
  { year: 2023, publicHours: 'abc', professionalHours: 60, totalHours: 90 },
];

describe('reading the reviewer table by its header texts', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads every row of a plain table with its year, hours and attachment count', () => {
    document.body.innerHTML = plainDetail(rows);
    const tables = readReviewTables(document);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.data)).toMatchObject([
      { year: 2022, publicHours: 30, professionalHours: 60, totalHours: 90, evidenceCount: 2 },
      { year: 2024, publicHours: 20, professionalHours: 60, totalHours: 80, evidenceCount: 0 },
      { year: 2023, publicHours: null, professionalHours: 60, totalHours: 90, evidenceCount: 0 },
    ]);
    expect(tables[0].rows[0].tr.textContent).toContain('2022公需科目');
  });

  it('leaves evidence unknown when the table has no 附件 column', () => {
    document.body.innerHTML = plainDetail(rows, { attachments: false });
    expect(readReviewTables(document)[0].rows[0].data.evidenceCount).toBeUndefined();
  });

  it('reads an el-table once, from its main body, not from the fixed-column copy', () => {
    document.body.innerHTML = elTableDetail(rows);
    const tables = readReviewTables(document);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(3);
    const mainBody = document.querySelector('.el-table__body-wrapper table');
    expect(tables[0].rows.every((r) => mainBody?.contains(r.tr))).toBe(true);
  });

  it('accepts the 年限 header of the 用人单位版 guide', () => {
    document.body.innerHTML = plainDetail(rows).replace('<th>年度</th>', '<th>年限</th>');
    expect(readReviewTables(document)[0].rows.map((r) => r.data.year)).toEqual([2022, 2024, 2023]);
  });

  it('finds a second yearly table below the first (the first one\'s data rows are not looked at as headers)', () => {
    document.body.innerHTML = plainDetail(rows) + plainDetail([{ year: 2019, publicHours: 30, professionalHours: 60, totalHours: 90, attachments: 1 }]);
    expect(readReviewTables(document).map((t) => t.rows.map((r) => r.data.year))).toEqual([[2022, 2024, 2023], [2019]]);
  });

  it('reads a header row inside the body of a plain table, and the rows after it', () => {
    document.body.innerHTML = plainDetail(rows).replace(/<thead>(<tr>.*?<\/tr>)<\/thead>\s*<tbody>/, '<tbody>$1');
    expect(readReviewTables(document)[0].rows.map((r) => r.data.year)).toEqual([2022, 2024, 2023]);
  });

  it('ignores tables without the yearly columns', () => {
    document.body.innerHTML = '<table><thead><tr><th>姓名</th><th>单位</th></tr></thead><tbody><tr><td>王强</td><td>某单位</td></tr></tbody></table>';
    expect(readReviewTables(document)).toEqual([]);
  });
});

describe('reading the applicant header', () => {
  it('reads the same header fields when the yearly tables\' data rows are skipped (el-table and plain)', () => {
    for (const html of [elTableDetail(rows, { title: '正高级' }), plainDetail(rows, { title: '正高级', degree: '博士研究生' })]) {
      document.body.innerHTML = html;
      const all = readApplicant(document);
      expect(readApplicant(document, dataRowTest(readReviewTables(document)))).toEqual(all);
      expect(all.titleLevel).toBe('full-senior');
    }
  });

  it('skips a yearly table\'s body at once, but never the row group holding its header', () => {
    document.body.innerHTML = elTableDetail(rows);
    const skip = dataRowTest(readReviewTables(document));
    expect(skip(document.querySelector('.el-table__body-wrapper tbody')!)).toBe(true);
    document.body.innerHTML = plainDetail(rows).replace(/<thead>(<tr>.*?<\/tr>)<\/thead>\s*<tbody>/, '<tbody>$1');
    const plain = dataRowTest(readReviewTables(document));
    const tbody = document.querySelector('table.years tbody')!;
    expect(plain(tbody)).toBe(false);
    const [header, first] = tbody.querySelectorAll(':scope > tr');
    expect(plain(header)).toBe(false);
    expect(plain(first)).toBe(true);
  });

  it('reads 拟申报职称 and 最高学历 from label/value cells', () => {
    document.body.innerHTML = plainDetail(rows, { title: '正高级', degree: '博士研究生' });
    expect(readApplicant(document)).toMatchObject({ titleLevel: 'full-senior', degree: 'doctor', name: '王强' });
  });

  it('reads el-form items with a full-width colon', () => {
    document.body.innerHTML = elTableDetail(rows, { title: '中级' });
    expect(readApplicant(document)).toMatchObject({ titleLevel: 'intermediate', degree: 'master' });
  });

  it('reads "label：value" written in one element', () => {
    document.body.innerHTML = '<div><span>拟申报职称：副高级</span></div>';
    expect(readApplicant(document).titleLevel).toBe('senior');
  });
});
