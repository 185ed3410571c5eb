import { afterEach, describe, expect, it } from 'vitest';
import { createLedgerState } from '../../../components/options/state';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { sampleBatch } from '../../fixtures/sample/sample-data';

const opened: Ledger[] = [];
async function seeded(): Promise<Ledger> {
  const l = await openLedger(`state-${Math.random()}`);
  opened.push(l);
  await l.putBatch(sampleBatch());
  return l;
}
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

describe('the options page state', () => {
  it('opens the person the link names, else the active one', async () => {
    const l = await seeded();
    const byLink = createLedgerState(l, 'sample-wang-fang');
    await byLink.reload();
    expect(byLink.active.value?.name).toBe('王芳');
    const plain = createLedgerState(l);
    await plain.reload();
    expect(plain.active.value?.name).toBe('李明');
    expect(plain.yearRows.value.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('keeps a person chosen while the ledger was still loading', async () => {
    const l = await seeded();
    const s = createLedgerState(l);
    const loading = s.reload();
    const choosing = s.selectProfile('sample-wang-fang');
    await Promise.all([loading, choosing]);
    expect(s.activeId.value).toBe('sample-wang-fang');
  });

  it('moves an activity’s own file to the activity’s new year', async () => {
    const l = await seeded();
    const s = createLedgerState(l);
    await s.reload();
    const training = s.entries.value.find((e) => e.year === 2021 && s.evidence.value.some((f) => f.entryId === e.id))!;
    await s.saveEntry({ ...training, year: 2019, activity: training.activity && { ...training.activity, year: 2019 } as typeof training.activity });
    const file = (await l.listEvidence(training.profileId)).find((f) => f.entryId === training.id)!;
    expect(file.years).toEqual([2019]);
    expect(s.yearRows.value.find((r) => r.year === 2021)?.evidenceCount).toBe(0);
    expect(s.yearRows.value.find((r) => r.year === 2019)?.evidenceCount).toBe(1);
  });

  it('shows a refused change as a notice instead of losing it', async () => {
    const l = await seeded();
    const s = createLedgerState(l);
    await s.reload();
    const ok = await s.guard(() => s.saveEntry({ ...s.entries.value[0], certifiedHours: -1 }));
    expect(ok).toBe(false);
    expect(s.notice.value?.kind).toBe('error');
  });
});
