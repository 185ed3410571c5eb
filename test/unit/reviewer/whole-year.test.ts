// Reviewer rows that a whole-year activity explains (三援: 湘人社办函〔2025〕37号 附件2 二.6, 潭人社函〔2022〕18号 附件1 二.7;
// 海外交换: 附件2 二.9): the year counts as 90 hours complete, so 0 公需 hours is not marked short — and the reviewer is told why.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { checkReview } from '../../../utils/reviewer/review-check';
import { applyMarks } from '../../../utils/reviewer/marks';
import { WHOLE_YEAR_ATTR, STATUS_ATTR } from '../../../utils/portal/row-marks';
import { readReviewTables } from '../../../utils/reviewer/read-table';
import type { ReviewRowData } from '../../../utils/reviewer/read-table';

let i = 0;
function row(year: number, pub: number, pro: number, total: number, publicName: string, professionalName: string, evidenceCount = 2): ReviewRowData {
  return {
    index: i++,
    year,
    publicHours: pub,
    professionalHours: pro,
    totalHours: total,
    evidenceCount,
    publicName,
    professionalName,
    groupKey: '',
    rawHours: { public: String(pub), professional: String(pro), total: String(total) },
  };
}
const senior = { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' as const } };

describe('a year spent on 三援 in the reviewer table', () => {
  it('is not marked 公需 too low, and the row and the result say it was read as a whole year under 二.6', () => {
    i = 0;
    const r = checkReview([row(2021, 0, 90, 90, '', '援疆工作（2021.01–2021.12）'), row(2022, 0, 90, 90, '', '建筑结构设计专题培训')], senior);
    const [aid, plain] = r.rows;
    expect(aid.codes).not.toContain('public-below-min');
    expect(aid.status).toBe('ok');
    expect(aid.wholeYear?.activity).toBe('援疆');
    expect(aid.wholeYear?.citation).toBe('湘人社办函〔2025〕37号 附件2 二.6');
    expect(aid.wholeYear?.message).toContain('公需 0 学时');
    expect(aid.wholeYear?.message).toContain('考核表');
    // The same numbers without a whole-year activity are short.
    expect(plain.codes).toEqual(['public-below-min']);
    expect(r.wholeYearNotes.map((w) => w.year)).toEqual([2021]);
    expect(r.reason).not.toContain('2021');
    expect(r.reason).toContain('2022年公需科目0学时');
  });

  it('still reports a sum that does not add up on a 三援 row', () => {
    i = 0;
    const r = checkReview([row(2021, 0, 90, 80, '', '援藏')], senior);
    expect(r.rows[0].codes).toEqual(['total-mismatch']);
    expect(r.rows[0].wholeYear?.activity).toBe('援藏');
  });

  it('under Xiangtan 2022 cites 二.7 and reads 东西部扶贫协作 as such a task too', () => {
    i = 0;
    const r = checkReview([row(2020, 0, 60, 60, '', '东西部扶贫协作挂职')], { policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior' } });
    expect(r.rows[0].codes).not.toContain('total-below-min');
    expect(r.rows[0].wholeYear?.citation).toBe('潭人社函〔2022〕18号 附件1 二.7');
  });

  it('shows the reason in the row badge tooltip and marks the row with the activity', () => {
    i = 0;
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = `<h3>学时年度明细</h3><table><thead><tr><th>年度</th><th>公需科目名称</th><th>公需科目折算学时分</th><th>专业科目名称</th><th>专业科目折算学时分</th><th>合计学时分</th><th>附件</th></tr></thead>
      <tbody><tr><td>2021</td><td></td><td>0</td><td>援外医疗队</td><td>90</td><td>90</td><td>2</td></tr></tbody></table>`;
    const [table] = readReviewTables(doc.body);
    const r = checkReview(table.rows.map((x) => x.data), senior);
    applyMarks(table, r.rows);
    const tr = doc.querySelector('tbody tr')!;
    expect(tr.getAttribute(STATUS_ATTR)).toBe('ok');
    expect(tr.getAttribute(WHOLE_YEAR_ATTR)).toBe('援外');
    expect(tr.querySelector('[data-xskr-badge]')?.getAttribute('title')).toContain('视为完成当年继续教育 90 学时');
  });
});
