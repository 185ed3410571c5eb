import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FIRST_LISTED, YearSets } from '../../../components/popup/YearSets';
import { until } from '../ui';

describe("the popup's evidence-set line of a year", () => {
  it('lists every activity still missing materials: a long list shows its first lines at once and the rest right after', async () => {
    const host = document.createElement('div');
    const incomplete = Array.from({ length: 130 }, (_, i) => ({ entryId: `e${i}`, name: `活动 ${i}`, missing: ['结业证书', '培训通知'] }));
    await act(() => render(<YearSets sets={{ year: 2022, complete: 70, total: 200, incompleteCount: 130, incomplete }} />, host));
    const items = () => [...host.querySelectorAll('[data-testid=span-year-set-missing]')].map((li) => li.textContent);
    const first = items();
    expect(first.length).toBe(FIRST_LISTED);
    expect(first[0]).toBe('活动 0：材料不全，还缺：结业证书、培训通知');
    expect(host.querySelector('[data-testid=span-year-sets]')!.getAttribute('data-total')).toBe('200');
    await until(() => items().length === 130);
    expect(items()[129]).toBe('活动 129：材料不全，还缺：结业证书、培训通知');
    expect(host.querySelector('[aria-busy]')).toBeNull();
  });

  it('a short list is whole in the first render', async () => {
    const host = document.createElement('div');
    await act(() => render(<YearSets sets={{ year: 2022, complete: 1, total: 3, incompleteCount: 1, incomplete: [{ entryId: 'a', name: '远程教育', missing: ['学时证明'] }] }} />, host));
    expect(host.querySelectorAll('[data-testid=span-year-set-missing]').length).toBe(1);
    expect(host.querySelector('[aria-busy]')).toBeNull();
  });

  it('shows the first activities of a list the popup has not read whole yet, busy until the whole list is given', async () => {
    const host = document.createElement('div');
    const incomplete = Array.from({ length: 130 }, (_, i) => ({ entryId: `e${i}`, name: `活动 ${i}`, missing: ['结业证书'] }));
    const sets = { year: 2022, complete: 70, total: 200, incompleteCount: 130 };
    await act(() => render(<YearSets sets={{ ...sets, incomplete: incomplete.slice(0, FIRST_LISTED) }} />, host));
    const items = () => host.querySelectorAll('[data-testid=span-year-set-missing]').length;
    await new Promise((r) => setTimeout(r, 20)); // no later task completes it on its own
    expect(items()).toBe(FIRST_LISTED);
    expect(host.querySelector('[data-testid=span-year-sets]')!.getAttribute('aria-busy')).toBe('true');
    await act(() => render(<YearSets sets={{ ...sets, incomplete }} />, host));
    await until(() => items() === 130);
    expect(host.querySelector('[aria-busy]')).toBeNull();
  });
});
