// Issue 12, points 1 and 2 in the ledger's derived data: years proved by an earlier 学时认定单 / 合格证明
// (湘人社办函〔2025〕37号 三.(四); 株人社函〔2025〕8号 三.(三); 潭人社函〔2022〕18号 三.(二)) and the span a person sets where
// the rule set leaves it open (博士参评副高 「按相关规定执行」, 湘人社办函〔2025〕37号 二).
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../utils/ledger/checklist';
import { coveredYears, openSpanRule, profileFindings, profileSpan, profileYearRows, yearStatuses } from '../../../utils/ledger/hours';
import { Profile, type Entry, type Evidence } from '../../../utils/ledger/records';
import { planYearRows } from '../../../utils/portal/fill-plan';
import { profileOf } from '../../../utils/portal/applicant-check';
import type { PortalContext } from '../../../utils/messages';

const person = (over: Partial<Profile> = {}): Profile => ({ id: 'p', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1, ...over });
let seq = 0;
const entry = (year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++seq}`, profileId: 'p', name: `${year}${category === 'public' ? '公需' : '专业'}课程`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: seq, updatedAt: seq,
});
const form = (years: number[], name = '2019-2021学时认定单.pdf'): Evidence => ({
  id: `f${++seq}`, profileId: 'p', kind: 'recognition-form', years, name, type: 'application/pdf', size: 10, bytes: new ArrayBuffer(10), addedAt: seq,
});
const fullYears = (...years: number[]) => years.flatMap((y) => [entry(y, 'public', 30), entry(y, 'professional', 60)]);

describe('years covered by an earlier 学时认定单 / 合格证明', () => {
  it('names the form and its clause for every year it lists (湘人社办函〔2025〕37号 三.(四))', () => {
    const covered = coveredYears(person(), [form([2019, 2020, 2021])]);
    expect([...covered.keys()]).toEqual([2019, 2020, 2021]);
    expect(covered.get(2020)).toMatchObject({ title: '学时认定单', fileName: '2019-2021学时认定单.pdf', from: 2019, to: 2021, citation: '湘人社办函〔2025〕37号 三.(四)' });
  });

  it('in Zhuzhou a 《合格证明》 is named as such (株人社函〔2025〕8号 三.(三))', () => {
    const covered = coveredYears(person({ policyId: 'zhuzhou-2025', titleLevel: 'intermediate' }), [form([2021], '2021年合格证明.jpg')]);
    expect(covered.get(2021)).toMatchObject({ title: '合格证明', citation: '株人社函〔2025〕8号 三.(三)' });
  });

  it('an ordinary activity file covers nothing', () => {
    expect(coveredYears(person(), [{ ...form([2020]), kind: 'activity' }]).size).toBe(0);
  });

  it('the ledger year view marks covered years as their own status, and checks call none of them missing', () => {
    const p = person();
    const entries = fullYears(2022, 2023, 2024);
    const evidence = [form([2019, 2020, 2021])];
    const rows = profileYearRows(p, entries, evidence);
    const findings = profileFindings(p, rows, evidence);
    expect(findings.filter((f) => f.code === 'year-missing')).toEqual([]);
    expect(yearStatuses(rows, findings, profileSpan(p), coveredYears(p, evidence))).toEqual([
      { year: 2020, status: 'covered' },
      { year: 2021, status: 'covered' },
      { year: 2022, status: 'ok' },
      { year: 2023, status: 'ok' },
      { year: 2024, status: 'ok' },
    ]);
    // Without the form, 2020 and 2021 are missing as before.
    expect(profileFindings(p, profileYearRows(p, entries, []), []).filter((f) => f.code === 'year-missing').map((f) => f.year)).toEqual([2020, 2021]);
  });

  it('the popup checklist: 2020–2021 covered and 2022–2024 met is a complete span, naming the form', () => {
    const p = person();
    const evidence = [form([2020, 2021], '认定单.pdf')];
    const rows = profileYearRows(p, fullYears(2022, 2023, 2024), evidence);
    const c = buildChecklist(p, rows, profileSpan(p), new Date(2025, 5, 1), 'zh-CN', coveredYears(p, evidence));
    expect(c.years.map((y) => [y.year, y.status])).toEqual([
      [2020, 'covered'],
      [2021, 'covered'],
      [2022, 'ok'],
      [2023, 'ok'],
      [2024, 'ok'],
    ]);
    expect(c.years[0].needs).toEqual([]);
    expect(c.years[0].coveredBy).toEqual({ text: '已由《学时认定单》（2020–2021 年，认定单.pdf）证明，不需要学时', citation: '湘人社办函〔2025〕37号 三.(四)' });
    expect(c.summary).toBe('2020–2024 年都已完成（2020、2021 年由以前的认定单证明）');
  });

  it('一键填报 plans rows for 2022–2024 only and says why it adds none for 2020 and 2021', () => {
    const p = person();
    const evidence = [form([2020, 2021])];
    const rows = profileYearRows(p, fullYears(2020, 2021, 2022, 2023, 2024), evidence);
    const plan = planYearRows({
      spanYears: [2020, 2021, 2022, 2023, 2024],
      ledgerRows: rows,
      pageYears: [],
      variant: 'A',
      covered: [2020, 2021].map((year) => ({ year, text: '已由《学时认定单》（2020–2021 年，a.pdf）证明，不需要学时（湘人社办函〔2025〕37号 三.(四)）' })),
    });
    expect(plan.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(plan.skipped).toEqual([
      { year: 2020, reason: '已由《学时认定单》（2020–2021 年，a.pdf）证明，不需要学时（湘人社办函〔2025〕37号 三.(四)），不添加该年度的行' },
      { year: 2021, reason: '已由《学时认定单》（2020–2021 年，a.pdf）证明，不需要学时（湘人社办函〔2025〕37号 三.(四)），不添加该年度的行' },
    ]);
  });

  it('variant B fills the first span year that is neither filed nor covered', () => {
    const rows = profileYearRows(person(), fullYears(2020, 2021, 2022), []);
    const plan = planYearRows({ spanYears: [2020, 2021, 2022], ledgerRows: rows, pageYears: [], variant: 'B', covered: [{ year: 2020, text: '已由《学时认定单》证明' }] });
    expect(plan.years.map((y) => y.year)).toEqual([2021]);
  });

  it('the portal checks get the covered years and the own span from the ledger context', () => {
    const context = {
      profile: { id: 'p', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', degree: 'doctor', reviewYear: 2025 },
      span: { years: [2021, 2022, 2023], extrapolated: false, citation: '湘人社办函〔2025〕37号 二', ownSpan: { reason: 'x' } },
      rows: [],
      evidence: [],
      ledgerFindings: [],
      covered: [{ year: 2021, title: '学时认定单', fileName: 'a.pdf', from: 2021, to: 2021, citation: '湘人社办函〔2025〕37号 三.(四)', text: '…' }],
    } satisfies PortalContext;
    expect(profileOf({ status: 'ready', context })?.checkContext).toEqual({ coveredYears: [2021], ownSpan: [2021, 2022, 2023] });
  });
});

describe('the span a person sets where the rule set leaves it open', () => {
  const doctor = person({ degree: 'doctor' });

  it('quotes the rule’s own sentence and clause for a doctor applying for 副高 (湘人社办函〔2025〕37号 二)', () => {
    expect(openSpanRule(doctor)).toMatchObject({ quote: '（博士参评副高按相关规定执行）', citation: '湘人社办函〔2025〕37号 二' });
    expect(openSpanRule(person({ titleLevel: 'intermediate' }))).toMatchObject({ citation: '湘人社办函〔2025〕37号 二.(二)' });
    expect(openSpanRule(person())).toBeUndefined(); // the rule gives 2020–2024
  });

  it('without a span of their own the years stay open, with the rule set’s reason', () => {
    expect(profileSpan(doctor)).toMatchObject({ years: null, reason: expect.stringContaining('按相关规定执行') });
  });

  it('their own 2019–2023 becomes the span, marked as theirs, and the checks and checklist use it', () => {
    const p = person({ degree: 'doctor', ownSpan: { from: 2019, to: 2023 } });
    const span = profileSpan(p);
    expect(span).toMatchObject({ years: [2019, 2020, 2021, 2022, 2023], extrapolated: false, ownSpan: { quote: '（博士参评副高按相关规定执行）' } });
    const rows = profileYearRows(p, fullYears(2020, 2021, 2022, 2023), []);
    expect(profileFindings(p, rows, []).filter((f) => f.code === 'year-missing').map((f) => f.year)).toEqual([2019]);
    const c = buildChecklist(p, rows, span, new Date(2025, 5, 1), 'zh-CN');
    expect(c.years.map((y) => [y.year, y.status])).toEqual([
      [2019, 'missing'],
      [2020, 'ok'],
      [2021, 'ok'],
      [2022, 'ok'],
      [2023, 'ok'],
    ]);
  });

  it('never replaces the span a rule set gives (Zhuzhou senior 2020–2024, 株人社函〔2025〕8号 二)', () => {
    const span = profileSpan(person({ policyId: 'zhuzhou-2025', ownSpan: { from: 2015, to: 2016 } }));
    expect(span).toMatchObject({ years: [2020, 2021, 2022, 2023, 2024], citation: '株人社函〔2025〕8号 二' });
    expect('ownSpan' in span && span.ownSpan).toBeFalsy();
  });

  it('a span whose first year is after its last is refused with a zh-CN message naming the field', () => {
    const r = Profile.safeParse(person({ ownSpan: { from: 2024, to: 2020 } }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['ownSpan', 'to'], message: '起始年度不能晚于结束年度' });
  });
});
