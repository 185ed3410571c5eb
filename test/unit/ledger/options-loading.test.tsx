// The options page while a person's activities are still being read: it never shows a count that is not theirs.
// (A browser test read "0 activities" for a person with 18 while the page was loading and then expected 1 after adding one.)
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Entry } from '../../../utils/ledger/records';
import { optionsPages, until } from '../ui';

const showOptions = optionsPages();


const entry = (id: string, profileId: string): Entry => ({
  id,
  profileId,
  name: `课程${id}`,
  form: '远程教育',
  year: 2024,
  category: 'public',
  certifiedHours: 2,
  evidenceNames: [],
  createdAt: 1,
  updatedAt: 1,
});

/** The ledger with each person's activities held back until `release(profileId)`. */
function slowEntries(ledger: Ledger) {
  const gates = new Map<string, () => void>();
  const slow: Ledger = Object.create(ledger) as Ledger;
  slow.listEntries = async (profileId) => {
    await new Promise<void>((resolve) => gates.set(profileId, resolve));
    return ledger.listEntries(profileId);
  };
  return { slow, release: (profileId: string) => gates.get(profileId)?.(), waiting: (profileId: string) => gates.has(profileId) };
}

describe('the options page while activities are being read', () => {
  it('shows no activity count for a person until their activities are read, and never the previous person’s under a new name', async () => {
    const db = await openLedger(`options-loading-${Math.random()}`);
    await db.putProfile({ id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
    await db.putProfile({ id: 'p2', name: '王芳', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 2 });
    await db.putEntries([entry('a', 'p1'), entry('b', 'p1'), entry('c', 'p1'), entry('d', 'p2')]);
    await db.setActiveProfile('p1');
    const { slow, release, waiting } = slowEntries(db);

    const { host, state } = await showOptions(slow, db);
    const count = () => host.querySelector('[data-testid=activity-count]')?.textContent;
    const title = () => host.querySelector('#person-title')?.textContent ?? '';
    await until(() => title().includes('李明') && waiting('p1'));
    expect(count()).toBeUndefined(); // not "0": 李明 has 3
    expect(host.querySelectorAll('tr[data-entry-id]')).toHaveLength(0);
    await act(() => release('p1'));
    await until(() => count() !== undefined);
    expect(count()).toBe('3');

    // Switching to 王芳: while hers are read, 李明's 3 are not shown as hers.
    void state.selectProfile('p2');
    await until(() => title().includes('王芳') && waiting('p2'));
    expect(count()).toBeUndefined();
    await act(() => release('p2'));
    await until(() => count() !== undefined);
    expect(count()).toBe('1');
  }, 20_000);
});
