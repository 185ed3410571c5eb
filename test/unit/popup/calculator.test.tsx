import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../components/popup/CalculatorView';
import { compareAcrossPolicies, entryFor, toActivity } from '../../../components/popup/calculator';
import type { Activity } from '../../../rules/schema';

// Contract §2 / domain §4: the same activity under every rule set.
const cases: { name: string; activity: Activity; hours: Record<string, number> }[] = [
  { name: 'a 2.5-day training', activity: { kind: 'training', year: 2024, category: 'professional', days: 2, halfDays: 1 }, hours: { 'hunan-2025': 20, 'zhuzhou-2025': 20, 'xiangtan-2022': 24 } },
  { name: 'a second-author paper', activity: { kind: 'paper', year: 2024, role: 'other' }, hours: { 'hunan-2025': 10, 'zhuzhou-2025': 10, 'xiangtan-2022': 10 } },
  { name: 'a provincial 2nd-class award', activity: { kind: 'award', year: 2024, level: 'provincial', grade: 2 }, hours: { 'hunan-2025': 30, 'zhuzhou-2025': 30, 'xiangtan-2022': 90 } },
  { name: 'hosting a provincial project', activity: { kind: 'research-project', year: 2023, level: 'provincial', role: 'host' }, hours: { 'hunan-2025': 60, 'zhuzhou-2025': 60, 'xiangtan-2022': 90 } },
  { name: 'a national skills gold medal', activity: { kind: 'skills-competition', year: 2023, level: 'national', medal: 'gold' }, hours: { 'hunan-2025': 60, 'zhuzhou-2025': 60, 'xiangtan-2022': 0 } },
];

describe('calculator numbers under all three rule sets', () => {
  for (const c of cases) {
    it(`gives the contract's hours for ${c.name}`, () => {
      const got = Object.fromEntries(compareAcrossPolicies(c.activity).map((r) => [r.policyId, r.total]));
      expect(got).toEqual(c.hours);
    });
  }

  it('explains a case the text is silent on instead of guessing', () => {
    const xt = compareAcrossPolicies(cases[4].activity).find((r) => r.policyId === 'xiangtan-2022')!;
    expect(xt.total).toBe(0);
    expect(xt.note).toBeTruthy();
  });

  it('names the field when the input is invalid', () => {
    expect(toActivity('training', { year: '2024', category: 'public', days: '-1', halfDays: '', evenings: '' })).toEqual({ error: expect.stringContaining('天数填写有误') });
  });

  it('makes a ledger entry for the active person', () => {
    const e = entryFor({ kind: 'aid-assignment', start: '2022-03', end: '2022-10', qualified: true }, { profileId: 'p1', name: '援疆' }, 'e1', 1);
    expect(e).toMatchObject({ id: 'e1', profileId: 'p1', year: 2022, category: 'professional', form: '三援', activity: { kind: 'aid-assignment' } });
  });
});

describe('the calculator in the popup', () => {
  let host: HTMLElement;
  afterEach(() => {
    if (host) render(null, host);
    document.body.innerHTML = '';
  });

  const change = (el: Element, value: string, type: 'input' | 'change') =>
    act(() => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event(type, { bubbles: true }));
    });
  const shown = () =>
    Object.fromEntries([...host.querySelectorAll('[data-testid=calc-result]')].map((tr) => [tr.getAttribute('data-policy'), Number(tr.querySelector('[data-testid=calc-hours]')!.textContent)]));

  it('shows the hours of a 2.5-day training side by side with the clause, and a patent after switching kind', async () => {
    host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<CalculatorView now={new Date(2025, 0, 1)} />, host));
    await change(host.querySelector('[data-testid=calc-days]')!, '2', 'input');
    await change(host.querySelector('[data-testid=calc-halfDays]')!, '1', 'input');
    expect(shown()).toEqual({ 'hunan-2025': 20, 'zhuzhou-2025': 20, 'xiangtan-2022': 24 });
    expect(host.querySelector('[data-policy=hunan-2025] [data-testid=calc-citation]')!.textContent).toContain('湘人社办函〔2025〕37号');

    await change(host.querySelector('[data-testid=calc-kind]')!, 'patent', 'change');
    await change(host.querySelector('[data-testid=calc-type]')!, 'invention', 'change');
    expect(shown()).toEqual({ 'hunan-2025': 60, 'zhuzhou-2025': 60, 'xiangtan-2022': 90 });
  });

  it('shows the reason instead of numbers for an invalid count', async () => {
    host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<CalculatorView />, host));
    await change(host.querySelector('[data-testid=calc-days]')!, '1.5', 'input');
    expect(host.querySelector('[data-testid=calc-error]')?.textContent).toContain('天数填写有误');
    expect(host.querySelector('[data-testid=calc-result]')).toBeNull();
  });
});
