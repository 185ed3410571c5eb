// The offline routes (株人社函〔2025〕8号 二: 中级 线下核认, 《合格证明》; 潭人社函〔2022〕18号 二.(一)(二): 《学时认定单》
// from the 人社局专技科) and the one-page summary a person takes there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOfflineRoutes, offlineRoute } from '../../../rules/offline';
import { offlineSummary, spanOverview } from '../../../utils/ledger/offline-summary';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';
import { coveredYears, profileFindings, profileYearRows, ruleSpan, yearStatuses } from '../../../utils/ledger/hours';

const person = (policyId: string, titleLevel: Profile['titleLevel'], reviewYear = 2025): Profile => ({
  id: 'p1', name: '王芳', idNumber: '430104198503150017', employer: '株洲示例设计院', policyId, titleLevel, reviewYear, createdAt: 1,
});
let n = 0;
const entry = (year: number, category: 'public' | 'professional', hours: number, form: string): Entry => ({
  id: `e${n++}`, profileId: 'p1', name: `${year}${category === 'public' ? '公需课' : '专业培训'}`, form, year, category,
  certifiedHours: hours, evidenceNames: [], createdAt: 1, updatedAt: 1,
});

describe('offline routes', () => {
  it('株洲 中级 is offline with the 《合格证明》, 株洲 高级 is online (the portal)', () => {
    expect(offlineRoute('zhuzhou-2025', 'intermediate')?.issues).toContain('合格证明');
    expect(offlineRoute('zhuzhou-2025', 'intermediate')?.window).toBe('5月26日至7月20日');
    expect(offlineRoute('zhuzhou-2025', 'senior')).toBeUndefined();
    expect(offlineRoute('hunan-2025', 'senior')).toBeUndefined();
  });
  it('湘潭 2022 is offline for every title, with the 《学时认定单》 from the 人社局专技科', () => {
    for (const level of ['intermediate', 'senior', 'full-senior'] as const) expect(offlineRoute('xiangtan-2022', level)?.how).toContain('专技科');
  });
  const seeds = '/work/shared/seeds';
  it.skipIf(!existsSync(seeds))('quote the notices’ own words', () => {
    const norm = (s: string) => s.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[，,]/g, ',');
    const text = norm(readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${seeds}/${f}`, 'utf8')).join('\n'));
    for (const r of listOfflineRoutes()) expect(text, r.citation).toContain(norm(r.quote));
  });
});

describe('the one-page offline summary', () => {
  it('lists the span 2021–2024 of a 株洲 中级 person with rows, hours, status, the clause and the materials', () => {
    n = 0;
    const entries = [2021, 2022, 2023].flatMap((y) => [entry(y, 'public', 30, '远程教育'), entry(y, 'professional', 60, '培训班')]);
    entries.push(entry(2024, 'public', 30, '远程教育'));
    const evidence: Evidence[] = [
      { id: 'f1', profileId: 'p1', kind: 'activity', years: [2022], name: '结业证书.pdf', type: 'application/pdf', size: 10, bytes: new ArrayBuffer(10), addedAt: 1 } as Evidence,
    ];
    const s = offlineSummary(person('zhuzhou-2025', 'intermediate'), entries, evidence)!;
    expect(s.route?.citation).toContain('株人社函〔2025〕8号 二');
    expect(s.span).toMatchObject({ years: [2021, 2022, 2023, 2024] });
    expect(s.years.map((y) => [y.year, y.status])).toEqual([[2021, 'ok'], [2022, 'ok'], [2023, 'ok'], [2024, 'short']]);
    expect(s.years[3].statusText).toBe('2024 年还差专业科目 60 学时'); // the checklist's words
    expect(s.years[0].row).toMatchObject({ publicHours: 30, professionalHours: 60, totalHours: 90 });
    expect(s.totals.totalHours).toBe(300);
    expect(s.materials.some((m) => m.startsWith('培训班：') && m.includes('签到'))).toBe(true);
    expect(s.materials.some((m) => m.startsWith('远程教育：'))).toBe(true);
    expect(s.fileCount).toBe(1);
    expect(s.maskedIdNumber).not.toContain('19850315');
  });
  it('lists the years a 湘潭 doctor applying for 副高 set themselves (「按相关规定执行」), marked as theirs', () => {
    const doctor: Profile = { ...person('xiangtan-2022', 'senior', 2022), degree: 'doctor', ownSpan: { from: 2019, to: 2021 } };
    const s = offlineSummary(doctor, [entry(2020, 'public', 30, '远程教育')], [])!;
    expect(s.span).toMatchObject({ years: [2019, 2020, 2021] });
    expect('citation' in s.span && s.span.citation).toContain('本人设置');
    expect(s.years.map((y) => [y.year, y.status])).toEqual([[2019, 'missing'], [2020, 'short'], [2021, 'missing']]);
    // Without the person's own years the rule gives none: the sheet says why and lists the years with records.
    const open = offlineSummary({ ...doctor, ownSpan: undefined }, [entry(2020, 'public', 30, '远程教育')], [])!;
    expect(open.span).toMatchObject({ years: null });
    expect(open.years.map((y) => y.year)).toEqual([2020]);
  });
  it('marks years proved by an earlier 学时认定单 and asks to bring it', () => {
    const ev = { id: 'r', profileId: 'p1', kind: 'recognition-form', years: [2017, 2018], name: '2016-2020学时认定单.pdf', type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 1 } as Evidence;
    const s = offlineSummary(person('xiangtan-2022', 'senior', 2022), [], [ev])!;
    expect(s.span).toMatchObject({ years: [2017, 2018, 2019, 2020, 2021] });
    expect(s.years.filter((y) => y.status === 'covered').map((y) => y.year)).toEqual([2017, 2018]);
    expect(s.years.filter((y) => y.status === 'missing').map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(s.materials.join()).toContain('2016-2020学时认定单.pdf');
  });
  it('gives each year the status the popup and the ledger give it: a year with a 0-hour activity is short, a proved year is covered even with activities', () => {
    n = 0;
    const p = person('xiangtan-2022', 'senior', 2022);
    const entries = [entry(2017, 'public', 0, '远程教育'), entry(2018, 'professional', 20, '培训班')];
    const ev = { id: 'r', profileId: 'p1', kind: 'recognition-form', years: [2018], name: '2018学时认定单.pdf', type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 1 } as Evidence;
    const s = offlineSummary(p, entries, [ev])!;
    const rows = profileYearRows(p, entries, [ev]);
    const ledger = yearStatuses(rows, profileFindings(p, rows, [ev]), ruleSpan(p), coveredYears(p, [ev]));
    expect(s.years.map((y) => [y.year, y.status])).toEqual(ledger.map((y) => [y.year, y.status]));
    expect(s.years.slice(0, 2).map((y) => y.status)).toEqual(['short', 'covered']);
    expect(s.years[0].statusText).toMatch(/^2017 年合计还差 \d+ 学时$/); // the checklist's words (湘潭 sets only a total)
    expect(s.years[1].statusText).toContain('2018学时认定单.pdf');
    expect(s.years[2].statusText).toBe('无记录');
  });
  it('gives none for a person whose check is online', () => {
    expect(offlineSummary(person('hunan-2025', 'senior'), [], [])).toBeNull();
  });
  it('gives anyone a span overview on the same sheet: a 湖南 副高 person who files on the portal, without an offline route', () => {
    n = 0;
    const entries = [entry(2021, 'public', 30, '远程教育'), entry(2021, 'professional', 60, '培训班'), entry(2023, 'public', 12, '远程教育')];
    const s = spanOverview(person('hunan-2025', 'senior'), entries, []);
    expect(s.route).toBeUndefined();
    expect(s.span).toMatchObject({ years: [2020, 2021, 2022, 2023, 2024] });
    expect(s.years.map((y) => [y.year, y.status])).toEqual([[2020, 'missing'], [2021, 'ok'], [2022, 'missing'], [2023, 'short'], [2024, 'missing']]);
    expect(s.totals.totalHours).toBe(102);
    // An offline person's overview is their offline summary.
    expect(spanOverview(person('zhuzhou-2025', 'intermediate'), entries, [])).toEqual(offlineSummary(person('zhuzhou-2025', 'intermediate'), entries, []));
  });
});
