// What a person sees of issue 12 points 1–2 on the options page and in the popup (happy-dom): the span they set where
// the rule leaves it open (with the rule's own sentence, marked as theirs), and years proved by an earlier 学时认定单.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createPopupStore } from '../../../components/popup/store';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Entry } from '../../../utils/ledger/records';
import { setValue, until, renderOptions } from '../ui';

let db: Ledger;
let dbName: string;
let host: HTMLElement;

let seq = 0;
const entry = (year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++seq}`, profileId: 'p1', name: `${year} 课程 ${seq}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: seq, updatedAt: seq,
});
const fullYears = (...years: number[]) => years.flatMap((y) => [entry(y, 'public', 30), entry(y, 'professional', 60)]);
const rows = () => [...host.querySelectorAll('[data-testid=year-row]')].map((r) => [Number(r.getAttribute('data-year')), r.getAttribute('data-status')]);

beforeEach(async () => {
  dbName = `issue12-ui-${Math.random()}`;
  db = await openLedger(dbName);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  document.body.innerHTML = '';
  db.close();
});

async function openOptions() {
  await renderOptions(db, host);
  await until(() => !!host.querySelector('[data-testid=year-table]'));
}

describe('options page: the span a doctor applying for 副高 sets', () => {
  it('shows the rule’s own sentence, takes the years, marks them as the person’s own, and the year view follows', async () => {
    await db.putProfile({ id: 'p1', name: '王博士', policyId: 'hunan-2025', titleLevel: 'senior', degree: 'doctor', reviewYear: 2025, createdAt: 1 });
    await db.putEntries(fullYears(2021, 2022));
    await openOptions();
    expect(host.querySelector('[data-testid=own-span-rule]')!.textContent).toContain('（博士参评副高按相关规定执行）');
    expect(host.querySelector('[data-testid=own-span-rule]')!.textContent).toContain('湘人社办函〔2025〕37号 二');
    expect(host.querySelector('[data-testid=own-span-mine]')).toBeNull();
    await until(() => rows().length === 2); // the person's activities are read after the page shows
    expect(rows()).toEqual([[2021, 'ok'], [2022, 'ok']]); // no span: only the years with activities

    await setValue(host.querySelector<HTMLInputElement>('[data-testid=profile-span-from]')!, '2020');
    await setValue(host.querySelector<HTMLInputElement>('[data-testid=profile-span-to]')!, '2023');
    await until(() => rows().length === 4);
    expect(rows()).toEqual([[2020, 'missing'], [2021, 'ok'], [2022, 'ok'], [2023, 'missing']]);
    expect(host.querySelector('[data-testid=own-span-mine]')!.textContent).toContain('您自己设置');
    expect(host.querySelector('#years-title + p.hint')!.textContent).toContain('需核认 2020–2023 年（您自己设置的年度');
    expect((await db.getProfile('p1'))!.ownSpan).toEqual({ from: 2020, to: 2023 });
  });

  it('refuses a span whose first year is after the last, saying so, and stores nothing', async () => {
    await db.putProfile({ id: 'p1', name: '王博士', policyId: 'hunan-2025', titleLevel: 'senior', degree: 'doctor', reviewYear: 2025, createdAt: 1 });
    await openOptions();
    await setValue(host.querySelector<HTMLInputElement>('[data-testid=profile-span-from]')!, '2024');
    await setValue(host.querySelector<HTMLInputElement>('[data-testid=profile-span-to]')!, '2020');
    expect(host.querySelector('.own-span [role=alert]')!.textContent).toContain('起始年度不能晚于结束年度');
    expect((await db.getProfile('p1'))!.ownSpan).toBeUndefined();
  });

  it('is not offered where the rule set gives the span', async () => {
    await db.putProfile({ id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
    await openOptions();
    expect(host.querySelector('[data-testid=own-span]')).toBeNull();
  });
});

describe('years proved by an earlier 学时认定单 (湘人社办函〔2025〕37号 三.(四))', () => {
  beforeEach(async () => {
    await db.putProfile({ id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
    await db.putEntries(fullYears(2022, 2023, 2024));
    await db.putEvidence({ id: 'f1', profileId: 'p1', kind: 'recognition-form', years: [2019, 2020, 2021], name: '2019-2021认定单.pdf', type: 'application/pdf', size: 3, bytes: new ArrayBuffer(3), addedAt: 1 });
  });

  it('the ledger year view gives 2020 and 2021 their own status, naming the form', async () => {
    await openOptions();
    await until(() => rows().some(([, status]) => status === 'ok'));
    expect(rows()).toEqual([[2020, 'covered'], [2021, 'covered'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    const cell = host.querySelector('[data-testid=year-row][data-year="2020"] [data-testid=year-covered]')!;
    expect(cell.textContent).toBe('已由《学时认定单》（2019–2021 年，2019-2021认定单.pdf）证明，不需要学时');
    expect(cell.getAttribute('title')).toBe('湘人社办函〔2025〕37号 三.(四)');
  });

  it('the popup shows a complete span with 2020 and 2021 covered', async () => {
    const store = createPopupStore({ openLedger: () => openLedger(dbName), now: () => new Date(2025, 5, 1) });
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => host.querySelectorAll('[data-testid=span-year]').length > 0);
    const spans = [...host.querySelectorAll('[data-testid=span-year]')].map((el) => [Number(el.getAttribute('data-year')), el.getAttribute('data-status')]);
    expect(spans).toEqual([[2020, 'covered'], [2021, 'covered'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    expect(host.querySelector('[data-testid=span-summary]')!.textContent).toBe('2020–2024 年都已完成（2020、2021 年由以前的认定单证明）');
    expect(host.querySelector('[data-year="2020"] [data-testid=span-year-covered]')!.textContent).toContain('已由《学时认定单》（2019–2021 年，2019-2021认定单.pdf）证明');
  });
});
