import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createPopupStore, type PopupStore } from '../../../components/popup/store';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Entry, Profile } from '../../../utils/ledger/records';
import { setValue, until } from '../ui';

let dbName = '';
let db: Ledger;
let host: HTMLElement;
let store: PopupStore;

const profile = (id: string, name: string, extra: Partial<Profile> = {}): Profile => ({
  id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: id === 'p1' ? 1 : 2, idNumber: '43070119850810001X', ...extra,
});
let seq = 0;
const entry = (profileId: string, year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++seq}`, profileId, name: `${year} 课程 ${seq}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: seq, updatedAt: seq,
});

const statuses = () => [...host.querySelectorAll('[data-testid=span-year]')].map((el) => [Number(el.getAttribute('data-year')), el.getAttribute('data-status')]);

beforeEach(async () => {
  dbName = `popup-test-${Math.random()}`;
  db = await openLedger(dbName);
  await db.putProfile(profile('p1', '王强'));
  await db.putProfile(profile('p2', '李红'));
  await db.putEntries([
    entry('p1', 2020, 'public', 30), entry('p1', 2020, 'professional', 60),
    entry('p1', 2021, 'public', 30), entry('p1', 2021, 'professional', 42),
    entry('p1', 2023, 'public', 30), entry('p1', 2023, 'professional', 30), entry('p1', 2023, 'professional', 30),
    entry('p1', 2024, 'public', 10),
    ...[2020, 2021, 2022, 2023, 2024].flatMap((y) => [entry('p2', y, 'public', 30), entry('p2', y, 'professional', 60)]),
  ]);
  await db.putEvidence({ id: 'ev1', profileId: 'p1', kind: 'activity', years: [2020], name: 'a.pdf', type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 1 });
  host = document.createElement('div');
  document.body.append(host);
  store = createPopupStore({ openLedger: () => openLedger(dbName), now: () => new Date(2025, 5, 1) });
});
afterEach(() => {
  render(null, host);
  document.body.innerHTML = '';
  db.close();
});

describe('popup year-span checklist', () => {
  it('lists the span years of the active person with ok / short / missing as the ledger stands', async () => {
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => statuses().length > 0);
    expect(statuses()).toEqual([
      [2020, 'ok'],
      [2021, 'short'],
      [2022, 'missing'],
      [2023, 'ok'],
      [2024, 'short'],
    ]);
    const y2021 = host.querySelector('[data-testid=span-year][data-year="2021"]')!;
    expect(y2021.textContent).toContain('2021 年还差专业科目 18 学时');
    expect(y2021.textContent).toContain('缺佐证材料');
    expect(host.querySelector('[data-year="2020"]')!.textContent).toContain('佐证材料 1 份');
    expect(host.querySelector('[data-testid=filing-window]')?.textContent).toContain('5月20日至7月20日');
    expect(host.textContent).toContain('430701********001X');
    expect(host.textContent).not.toContain('43070119850810001X');
    expect(host.querySelector<HTMLAnchorElement>('[data-testid=open-ledger]')!.href).toMatch(/options\.html#profile=p1$/);
  });

  it('names every person in the profile select and switches the checklist to the chosen one', async () => {
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => statuses().length > 0);
    const select = host.querySelector<HTMLSelectElement>('[data-testid=profile-select]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['王强', '李红']);
    await setValue(select, 'p2');
    await until(() => statuses().every(([, s]) => s === 'ok'));
    expect(statuses()).toHaveLength(5);
    expect((await db.getSettings()).activeProfileId).toBe('p2');
  });

  it('adds a calculator activity to the active person and updates the checklist', async () => {
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => statuses().length > 0);
    await act(() => host.querySelector<HTMLButtonElement>('[data-testid=tab-calculator]')!.click());
    await until(() => !!host.querySelector('[data-testid=calc-kind]')); // the calculator's code loads with its tab
    const set = (id: string, v: string, type = 'input') =>
      act(() => {
        const el = host.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
        el.value = v;
        el.dispatchEvent(new Event(type, { bubbles: true }));
      });
    await set('calc-kind', 'online-course', 'change');
    await set('calc-year', '2021');
    await set('calc-category', 'professional', 'change');
    await set('calc-hours', '18');
    await act(() => host.querySelector<HTMLButtonElement>('[data-testid=calc-add]')!.click());
    await until(() => !!host.querySelector('[data-testid=calc-added]'));
    expect(host.querySelector('[data-testid=calc-added]')!.textContent).toContain('已加入');
    expect((await db.listEntries('p1')).some((e) => e.activity?.kind === 'online-course' && e.year === 2021)).toBe(true);
    await act(() => host.querySelector<HTMLButtonElement>('[data-testid=tab-checklist]')!.click());
    await until(() => statuses().length > 0);
    expect(statuses()[1]).toEqual([2021, 'ok']);
  });

  it('tells a user with an empty ledger where to start', async () => {
    const empty = createPopupStore({ openLedger: () => openLedger(`empty-${Math.random()}`) });
    await act(() => render(<PopupApp store={empty} />, host));
    await until(() => !!host.querySelector('[data-testid=popup-empty]'));
    expect(host.querySelector('[data-testid=span-year]')).toBeNull();
  });
});
