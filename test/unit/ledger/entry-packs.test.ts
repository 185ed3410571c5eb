// Version 4 of the ledger's layout: the activities a batch (import, restore) adds are stored in packs of ≤ 1,000 of one
// person instead of one record each (Chromium writes 10,000 records in ≈2 s at best, 10 packs in ≈0.1 s: issue 15's
// 10,000-row import). What a person sees must not change: the upgrade keeps every record, and reads, edits, deletes,
// restores and the summaries treat a packed activity exactly like one stored on its own.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { freshLedgers, openOldLayout } from './fresh-ledger';
import { LEDGER_DB_VERSION, openLedger, type Ledger } from '../../../utils/ledger/db';
import { splitSummary, summarize } from '../../../utils/ledger/summary';
import { applyImport, importContext, planImport } from '../../../utils/ledger/import';
import { generatedFile } from '../../fixtures/imports/make-imports';
import { sampleBatch } from '../../fixtures/sample/sample-data';
import type { Entry, Profile } from '../../../utils/ledger/records';

const fresh = freshLedgers('entry-packs');
const opened: Ledger[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

/** A real version-3 database (the layout before packs) holding the sample ledger, one record per activity. */
async function version3Ledger(name: string): Promise<void> {
  const v3 = await openOldLayout(name, 3);
  const { profiles, entries, evidence, settings } = sampleBatch();
  for (const p of profiles) await v3.put('profiles', p);
  for (const e of entries) await v3.put('entries', e);
  for (const f of evidence) await v3.put('evidence', f);
  await v3.put('settings', settings, 'settings');
  v3.close();
}

/** The 10,000-row XLSX imported into a ledger that holds the sample ledger. */
async function imported(): Promise<{ l: Ledger; added: Entry[]; name: string }> {
  const name = `entry-packs-import-${Math.random()}`;
  const l = await openLedger(name);
  opened.push(l);
  await l.putBatch(sampleBatch());
  const plan = await planImport('rows-10000.xlsx', new Uint8Array(await generatedFile('rows-10000.xlsx')).buffer, await importContext(l));
  if (!plan.ok) throw new Error(plan.message);
  await applyImport(l, plan.preview);
  return { l, added: plan.preview.batch.entries, name };
}

/** How many records each store holds, read around the ledger. */
async function recordCounts(name: string): Promise<Record<string, number>> {
  const raw = await openDB(name, LEDGER_DB_VERSION);
  const counts = Object.fromEntries(await Promise.all([...raw.objectStoreNames].map(async (s) => [s, await raw.count(s)] as const)));
  raw.close();
  return counts;
}

/** The person's summary equals one computed from their activities and files as the ledger lists them (stored, and with
 * its years' whole lists). */
async function expectCurrentSummary(l: Ledger, p: Profile): Promise<void> {
  const computed = summarize(p, await l.listEntries(p.id), await l.listEvidence(p.id));
  expect(await l.getFullSummary(p)).toEqual(computed);
  expect(await l.getSummary(p)).toEqual(splitSummary(computed).summary);
}

describe('the upgrade to packs (version 4)', () => {
  it('keeps every record of a version-3 ledger, readable as before, and the ledger then takes an import', async () => {
    const name = `entry-packs-v3-${Math.random()}`;
    await version3Ledger(name);
    const l = await openLedger(name);
    try {
      const dump = await l.dump();
      const { profiles, entries, evidence, settings } = sampleBatch();
      expect(dump.unreadable).toEqual([]);
      expect(dump.profiles).toEqual([...profiles].sort((a, b) => a.createdAt - b.createdAt));
      expect(dump.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
      expect(new Map(dump.entries.map((e) => [e.id, e]))).toEqual(new Map(entries.map((e) => [e.id, e])));
      expect(dump.evidence.map((f) => f.id).sort()).toEqual(evidence.map((f) => f.id).sort());
      expect(dump.settings).toEqual(settings);
      // the same as a ledger that got the sample as a batch (its activities in packs)
      const batchLedger = await fresh();
      await batchLedger.putBatch(sampleBatch());
      expect(dump).toEqual(await batchLedger.dump());
      for (const p of profiles) expect(await l.listEntries(p.id)).toEqual(await batchLedger.listEntries(p.id));
      for (const p of profiles) await expectCurrentSummary(l, p);
      const counts = await recordCounts(name);
      expect(counts.entries).toBe(entries.length); // nothing moved
      expect(counts.entryPacks).toBe(0);
    } finally {
      l.close();
    }
  });
});

describe('an import in packs', () => {
  it('is stored as ≤ 1,000 activities of one person a record, and every read gives the activities as planned', async () => {
    const { l, added, name } = await imported();
    const people = (await l.listProfiles()).filter((p) => p.name.startsWith('测试人员'));
    expect(people).toHaveLength(10);
    const samplePacks = new Set(sampleBatch().entries.map((e) => e.profileId)).size;
    expect(await recordCounts(name)).toMatchObject({ entries: 0, entryPacks: samplePacks + 10, entryPackIds: samplePacks + 10 });
    for (const p of people) {
      const mine = added.filter((e) => e.profileId === p.id);
      expect(await l.listEntries(p.id)).toEqual(mine.sort((a, b) => a.year - b.year || a.createdAt - b.createdAt || a.id.localeCompare(b.id)));
      await expectCurrentSummary(l, p);
    }
    expect(await l.getEntry(added[4321].id)).toEqual(added[4321]);
    expect(await l.getEntry('no-such-id')).toBeUndefined();
    expect((await l.dump()).entries).toHaveLength(sampleBatch().entries.length + 10_000);
  }, 60_000);

  it('edits, moves and deletes a packed activity like any other: once, in its person, with the summaries current', async () => {
    const { l, added } = await imported();
    const [a, b] = (await l.listProfiles()).filter((p) => p.name === '测试人员0' || p.name === '测试人员1');
    const mine = added.filter((e) => e.profileId === a.id);
    const edited = { ...mine[10], certifiedHours: 77, name: '改过的培训' };
    await l.putEntry(edited);
    expect(await l.getEntry(edited.id)).toEqual(edited);
    expect((await l.listEntries(a.id)).filter((e) => e.id === edited.id)).toEqual([edited]);
    expect(await l.listEntries(a.id)).toHaveLength(1_000);
    // two of the same pack in one call
    await l.putEntries([{ ...mine[11], certifiedHours: 5 }, { ...mine[12], certifiedHours: 6 }]);
    expect((await l.listEntries(a.id)).filter((e) => e.id === mine[11].id || e.id === mine[12].id).map((e) => e.certifiedHours)).toEqual([5, 6].sort());
    await l.putEntry({ ...mine[20], profileId: b.id });
    expect(await l.listEntries(a.id)).toHaveLength(999);
    expect((await l.listEntries(b.id)).some((e) => e.id === mine[20].id)).toBe(true);
    await l.deleteEntry(mine[30].id);
    expect(await l.getEntry(mine[30].id)).toBeUndefined();
    expect(await l.listEntries(a.id)).toHaveLength(998);
    await expectCurrentSummary(l, a);
    await expectCurrentSummary(l, b);
    const dump = await l.dump();
    expect(new Set(dump.entries.map((e) => e.id)).size).toBe(dump.entries.length); // no id twice
    expect(dump.entries).toHaveLength(sampleBatch().entries.length + 10_000 - 1);
  }, 60_000);

  it('restored over itself (a backup of the ledger) is replaced, not added twice; deleting a person removes their packs', async () => {
    const { l } = await imported();
    const before = await l.dump();
    const changed = before.entries.map((e) => (e.notes?.startsWith('第') ? { ...e, notes: `${e.notes}（恢复）` } : e));
    await l.putBatch({ profiles: before.profiles, entries: changed, evidence: before.evidence });
    const after = await l.dump();
    expect(after.entries).toHaveLength(before.entries.length);
    expect(new Map(after.entries.map((e) => [e.id, e]))).toEqual(new Map(changed.map((e) => [e.id, e])));
    for (const p of after.profiles) await expectCurrentSummary(l, p);
    const gone = after.profiles.find((p) => p.name === '测试人员3')!;
    await l.deleteProfile(gone.id);
    const left = await l.dump();
    expect(left.entries.filter((e) => e.profileId === gone.id)).toEqual([]);
    expect(left.entries).toHaveLength(before.entries.length - 1_000);
  }, 120_000);

  it('names an activity in a pack that the schemas refuse, by its id, and still reads the others', async () => {
    const name = `entry-packs-bad-${Math.random()}`;
    const l = await openLedger(name);
    try {
      await l.putBatch(sampleBatch());
      const p = sampleBatch().profiles[0];
      const raw = await openDB(name, LEDGER_DB_VERSION);
      const good = { ...sampleBatch().entries.find((e) => e.profileId === p.id)!, id: 'packed-good', name: '好的活动' };
      await raw.put('entryPacks', { key: 'bad-pack', profileId: p.id, entries: [good, { ...good, id: 'packed-bad', certifiedHours: -4 }] });
      await raw.put('entryPackIds', { key: 'bad-pack', ids: ['packed-good', 'packed-bad'] });
      raw.close();
      expect((await l.listEntries(p.id)).map((e) => e.id)).toContain('packed-good');
      expect((await l.listEntries(p.id)).map((e) => e.id)).not.toContain('packed-bad');
      expect((await l.listUnreadable()).map((u) => [u.store, u.key])).toEqual([['entries', 'packed-bad']]);
    } finally {
      l.close();
    }
  });
});
