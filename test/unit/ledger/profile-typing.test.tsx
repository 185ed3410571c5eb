// The person's details on the options page save each field on change. A save finishing while the person already types
// the next field must not put that field's stored (empty) value back over what they typed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Profile } from '../../../utils/ledger/records';
import { until, renderOptions } from '../ui';

let db: Ledger | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  if (host) render(null, host);
  document.body.innerHTML = '';
  db?.close();
});

const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('the person’s details while a save is under way', () => {
  it('keeps the text typed into the next field when the previous field’s save finishes, and saves both', async () => {
    db = await openLedger(`profile-typing-${Math.random()}`);
    await db.putProfile({ id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
    await db.setActiveProfile('p1');
    // The first field's save waits until the next field has been typed into.
    const ledger = db;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holdNext = true;
    const put = ledger.putProfile.bind(ledger);
    ledger.putProfile = async (p: Profile) => {
      if (holdNext) {
        holdNext = false;
        await held;
      }
      return put(p);
    };

    host = document.createElement('div');
    document.body.append(host);
    await renderOptions(ledger, host);
    await until(() => !!host!.querySelector('[data-testid=profile-ethnicity]'));
    const field = (key: string) => host!.querySelector<HTMLInputElement>(`[data-testid=profile-${key}]`)!;
    const status = () => host!.querySelector('[data-testid=profile-saved]')!.textContent;

    await act(() => {
      type(field('ethnicity'), '土家族');
      field('ethnicity').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => status() === '正在保存…');
    type(field('employerType'), '国有企业'); // typed, not yet left: no change event so far
    await act(() => release());
    await until(() => status() === '修改后自动保存，已保存');
    expect(field('employerType').value).toBe('国有企业');

    await act(() => void field('employerType').dispatchEvent(new Event('change', { bubbles: true })));
    await until(() => status() === '修改后自动保存，已保存');
    const stored = (await ledger.listProfiles()).find((p) => p.id === 'p1');
    expect({ ethnicity: stored?.ethnicity, employerType: stored?.employerType }).toEqual({ ethnicity: '土家族', employerType: '国有企业' });
  });
});
