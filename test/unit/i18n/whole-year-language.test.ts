// A reviewer's row naming a whole-year activity (三援, 海外交换) carries a note in its badge's tooltip and in the panel:
// in English it is an English sentence with the note's own numbers, not the check's Chinese message after “Note:”.
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { wholeYearNoteText } from '../../../utils/finding-text';
import { uiLang } from '../../../utils/i18n-shell';
import { checkReview } from '../../../utils/reviewer/review-check';
import { applyMarks } from '../../../utils/reviewer/marks';
import { readReviewTables } from '../../../utils/reviewer/read-table';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** What may stay Chinese in the English sentence: the portal's words it quotes (“援外”, “详情”) and the clause cited. */
const ownWords = (s: string) => s.replace(/“[^”]*”/g, '').replace(/ \(basis: [^)]*\)/g, '');

function reviewerTable(rows: string) {
  const doc = new Window().document as unknown as Document;
  doc.body.innerHTML = `<h3>学时年度明细</h3><table><thead><tr><th>年度</th><th>公需科目名称</th><th>公需科目折算学时分</th><th>专业科目名称</th><th>专业科目折算学时分</th><th>合计学时分</th><th>附件</th></tr></thead><tbody>${rows}</tbody></table>`;
  const [table] = readReviewTables(doc.body);
  return { doc, table };
}

describe('the whole-year note in the UI language', () => {
  afterEach(() => (uiLang.value = 'zh-CN'));

  it('writes the badge tooltip of a 援外 row in English with the 90 hours and the row’s 0 public hours, and in Chinese as the check words it', () => {
    const { doc, table } = reviewerTable('<tr><td>2021</td><td></td><td>0</td><td>援外医疗队</td><td>90</td><td>90</td><td>2</td></tr>');
    const r = checkReview(table.rows.map((x) => x.data), { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' } });
    uiLang.value = 'en';
    applyMarks(table, r.rows);
    const title = () => doc.querySelector('[data-xskr-badge]')!.getAttribute('title')!;
    expect(title()).toBe(
      'Note: 2021 names “援外”: a “三援” or similar special assignment of 6 months or more, assessed as qualified, counts as the year’s 90 hours of continuing education (basis: 湘人社办函〔2025〕37号 附件2 二.6), so this row’s public 0 hours is not judged short. Check the dispatch notice and the assessment form (dates and result) under “详情”.',
    );
    expect(ownWords(title())).not.toMatch(CJK);
    uiLang.value = 'zh-CN';
    applyMarks(table, r.rows);
    expect(title()).toBe(`说明：${r.rows[0].wholeYear!.message}`);
    expect(title()).toContain('视为完成当年继续教育 90 学时');
    // The rejection reason (pasted into the Chinese portal; the other span years are missing) stays Chinese.
    expect(r.reason).toMatch(/^审核不通过：/);
  });

  it('says overseas exchange for 海外交流, and names every short side of a row under another city’s rules', () => {
    const { table } = reviewerTable(
      '<tr><td>2022</td><td></td><td>0</td><td>海外交流访问学者</td><td>40</td><td>40</td><td>1</td></tr>' +
        '<tr><td>2021</td><td>东西部扶贫协作</td><td>0</td><td></td><td>0</td><td>0</td><td>1</td></tr>',
    );
    const hunan = checkReview(table.rows.map((x) => x.data), { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' } });
    const overseas = hunan.wholeYearNotes.find((n) => n.activity === '海外交流')!;
    const en = wholeYearNoteText(overseas, 'en');
    expect(en).toContain('an overseas exchange of a year or more');
    expect(en).toMatch(/so this row’s public 0 hours, professional 40 hours, total 40 hours are not judged short\./);
    expect(ownWords(en)).not.toMatch(CJK);
    const xiangtan = checkReview(table.rows.map((x) => x.data), { policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior' } });
    const aid = xiangtan.wholeYearNotes.find((n) => n.activity === '东西部扶贫协作')!;
    const enAid = wholeYearNoteText(aid, 'en');
    expect(enAid).toContain('“东西部扶贫协作”: a “三援” or similar special assignment');
    expect(enAid).toContain(`(basis: ${aid.citation})`);
    expect(enAid).toMatch(/total 0 hours/);
    expect(ownWords(enAid)).not.toMatch(CJK);
    expect(wholeYearNoteText(aid, 'zh-CN')).toBe(aid.message);
  });

  it('falls back to a sentence without numbers when the message does not read as expected (never a wrong number)', () => {
    const en = wholeYearNoteText({ year: 2023, activity: '援疆', citation: '湘人社办函〔2025〕37号 附件2 二.6', message: '2023 年度填的是“援疆”。' }, 'en');
    expect(en).toBe('2023 names “援疆”, a whole-year activity: the row’s yearly minima were not judged (basis: 湘人社办函〔2025〕37号 附件2 二.6). Check the dispatch notice and the assessment form (dates and result) under “详情”.');
    expect(en).not.toMatch(/\b90\b/);
  });
});
