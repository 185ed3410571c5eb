// The popup's first read stays small (issue 15): a person's summary is stored as the record the first frame reads (per
// year the tallies, the number of activities missing materials and the first FIRST_LISTED of them) and a second record
// with the years' whole lists (`summaryLists`, db.ts version 5). Every write keeps the two in step, the upgrade from
// version 4 makes both from the records already stored, and the popup shows the same checklist and, once it has read the
// lists, the same whole lists as the ledger's full path.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { LEDGER_DB_VERSION, openLedger, type Ledger } from '../../../utils/ledger/db';
import { openOldLayout } from './fresh-ledger';
import { FIRST_LISTED, SUMMARY_VERSION } from '../../../utils/ledger/db-layout';
import { joinSummary, splitSummary, summarize, type LedgerSummary, type SummaryLists } from '../../../utils/ledger/summary';
import { readPopupFirst } from '../../../utils/ledger/popup-read';
import { checkPopupLists, readPopupLists } from '../../../utils/ledger/popup-lists';
import { readPopupRaw } from '../../../utils/ledger/popup-raw-read';
import { createPopupStore } from '../../../components/popup/store';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

const opened: Ledger[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});
async function ledger(name = `summary-lists-${Math.random()}`): Promise<{ name: string; l: Ledger }> {
  const l = await openLedger(name);
  opened.push(l);
  return { name, l };
}

const person = (id: string, name: string, extra: Partial<Profile> = {}): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: id === 'p1' ? 1 : 2, ...extra });

/** The popup bench's mix (test/bench/popup-open.ts) over 2015–2024: certificate hours, trainings, online courses, papers;
 * `uuid` gives the ids the ledger gives (crypto.randomUUID), longer than the bench's. */
function activities(profileId: string, n: number, uuid = false, from = 0): Entry[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const year = 2015 + (i % 10);
    const base = { id: uuid ? crypto.randomUUID() : `${profileId}-${i}`, profileId, name: `活动 ${i}`, form: '培训班', year, evidenceNames: [], createdAt: i, updatedAt: i };
    if (i % 4 === 0) return { ...base, category: 'public', certifiedHours: 3 };
    if (i % 4 === 1) return { ...base, category: 'professional', activity: { kind: 'training', year, category: 'professional', days: 1, halfDays: i % 2 } };
    if (i % 4 === 2) return { ...base, category: 'public', activity: { kind: 'online-course', year, category: 'public', hours: 2 } };
    return { ...base, category: 'professional', activity: { kind: 'paper', year, role: 'other' } };
  });
}
const files = (profileId: string, n: number): Evidence[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${profileId}-ev${i}`, profileId, kind: 'activity', years: [2015 + (i % 10)], name: `证明${i}.pdf`, type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: i }));

/** Both stores as stored, read around the ledger. */
async function storedRecords(name: string): Promise<{ summaries: LedgerSummary[]; lists: SummaryLists[] }> {
  const db = await openDB(name, LEDGER_DB_VERSION);
  const [summaries, lists] = await Promise.all([db.getAll('summaries'), db.getAll('summaryLists')]);
  db.close();
  return { summaries: summaries as LedgerSummary[], lists: lists as SummaryLists[] };
}

/** The two stores hold one record each per stored person (none of anyone else), they agree, and together they are the
 * summary the rules compute from the person's records as the ledger lists them. */
async function expectInStep(name: string, l: Ledger): Promise<void> {
  const { summaries, lists } = await storedRecords(name);
  const people = await l.listProfiles();
  const keys = (rs: { profileId: string; policyId: string }[]) => rs.map((r) => `${r.profileId}/${r.policyId}`).sort();
  expect(keys(summaries)).toEqual(keys(people.map((p) => ({ profileId: p.id, policyId: p.policyId }))));
  expect(keys(lists)).toEqual(keys(summaries));
  for (const p of people) {
    const computed = summarize(p, await l.listEntries(p.id), await l.listEvidence(p.id));
    const summary = summaries.find((s) => s.profileId === p.id)!;
    expect(summary, `${p.name}: the stored summary lists each year's first ${FIRST_LISTED}`).toEqual(splitSummary(computed).summary);
    expect(joinSummary(summary, lists.find((s) => s.profileId === p.id)), `${p.name}: summary and lists agree`).toEqual(computed);
  }
}

describe('the summary the popup reads first', () => {
  it(`stays under half IndexedDB's 64 KB inline size at 10,000 activities, as at 2,000: each year's first ${FIRST_LISTED} activities missing materials, the rest in its lists record`, async () => {
    const sizes: string[] = [];
    const summaryBytes: number[] = [];
    for (const n of [2_000, 10_000]) {
      const { name, l } = await ledger();
      await l.putBatch({ profiles: [person('p1', '测试员')], entries: activities('p1', n, true), evidence: files('p1', 40) });
      const { summaries, lists } = await storedRecords(name);
      const [summary, list] = [summaries[0], lists[0]];
      const bytes = (x: unknown) => new TextEncoder().encode(JSON.stringify(x)).length;
      sizes.push(`${n}: summary ${bytes(summary)} B, lists ${bytes(list)} B`);
      summaryBytes.push(bytes(summary));
      // 10 years × (the year's row, tallies and 12 activities with their texts, ≈3 KB): ≈30 KB (448 KB before the split)
      expect(bytes(summary)).toBeLessThan(32_000);
      // every activity missing materials is still there, once: counted in the summary, listed in the lists
      const missing = summary.sets.reduce((k, s) => k + s.incompleteCount, 0);
      expect(missing).toBeGreaterThan(n / 2);
      expect(list.lists.flatMap((y) => y.incomplete)).toHaveLength(missing);
      expect(summary.sets.every((s) => s.incomplete.length === Math.min(FIRST_LISTED, s.incompleteCount))).toBe(true);
    }
    // it grows with the years, not with the activities: five times as many add only their counts' digits
    expect(summaryBytes[1] - summaryBytes[0]).toBeLessThan(200);
    console.log(`stored summary JSON bytes: ${sizes.join('; ')}`);
  }, 60_000);
});

describe('a summary and its lists', () => {
  it('are written and deleted together by every write of the ledger', async () => {
    const { name, l } = await ledger();
    const step = async (what: string, write: () => Promise<unknown>) => {
      await write();
      await expectInStep(name, l).catch((e: Error) => {
        throw new Error(`after ${what}: ${e.message}`);
      });
    };
    await step('putProfile (a new person)', () => l.putProfile(person('p1', '李明')));
    await step('putEntries', () => l.putEntries(activities('p1', 120)));
    const [e1, e2] = await l.listEntries('p1');
    await step('putEntry (an edit)', () => l.putEntry({ ...e1, name: '改过的活动' }));
    await step('putEntry (to another year)', () => l.putEntry({ ...e2, year: 2030 } as Entry));
    await step('deleteEntry', () => l.deleteEntry(e1.id));
    await step('putEvidence', () => l.putEvidence(files('p1', 3)[2]));
    await step('deleteEvidence', () => l.deleteEvidence('p1-ev2'));
    await step('putProfile (another rule set: the old key goes from both stores)', () => l.putProfile(person('p1', '李明', { policyId: 'zhuzhou-2025' })));
    await step('putBatch (an import, a new person too)', () => l.putBatch({ profiles: [person('p2', '王芳')], entries: [...activities('p1', 60, false, 1_000), ...activities('p2', 90)], evidence: files('p2', 5) }));
    const dump = await l.dump();
    await step('wipe', () => l.wipe());
    await step('putBatch (a restore)', () => l.putBatch({ profiles: dump.profiles, entries: dump.entries, evidence: dump.evidence }));
    await step('deleteProfile', () => l.deleteProfile('p2'));
    expect((await storedRecords(name)).lists.map((x) => x.profileId)).toEqual(['p1']);
  }, 60_000);

  it('are made again, both, when the records were written around the ledger or the lists are missing or disagree', async () => {
    const { name, l } = await ledger();
    await l.putBatch({ profiles: [person('p1', '李明')], entries: activities('p1', 200), evidence: [] });
    const p1 = (await l.getProfile('p1'))!;
    const computed = summarize(p1, await l.listEntries('p1'), await l.listEvidence('p1'));
    for (const spoil of [
      (db: Awaited<ReturnType<typeof openDB>>) => db.delete('summaryLists', ['p1', 'hunan-2025']),
      (db: Awaited<ReturnType<typeof openDB>>) => db.clear('summaries').then(() => db.clear('summaryLists')),
      async (db: Awaited<ReturnType<typeof openDB>>) => {
        const lists = (await db.get('summaryLists', ['p1', 'hunan-2025'])) as SummaryLists;
        await db.put('summaryLists', { ...lists, lists: lists.lists.map((y) => ({ ...y, incomplete: y.incomplete.slice(1) })) });
      },
    ]) {
      const db = await openDB(name, LEDGER_DB_VERSION);
      await spoil(db);
      db.close();
      expect(await l.getFullSummary(p1)).toEqual(computed);
      await expectInStep(name, l);
    }
  });
});

/** A real version-4 database: people, activities on their own and in packs, files, settings, and the summaries a
 * version-4 ledger stored (version 1: each year's whole list inside the summary). */
async function version4Ledger(name: string, people: Profile[], own: Entry[], packed: Entry[], evidence: Evidence[]): Promise<void> {
  const v4 = await openOldLayout(name, 4);
  for (const p of people) await v4.put('profiles', p);
  for (const e of own) await v4.put('entries', e);
  for (const p of people) {
    const mine = packed.filter((e) => e.profileId === p.id);
    await v4.put('entryPacks', { key: `${p.id}/pack`, profileId: p.id, entries: mine });
    await v4.put('entryPackIds', { key: `${p.id}/pack`, ids: mine.map((e) => e.id) });
    // what version 4 stored: the whole lists inside the summary, without their count
    const { sets, ...rest } = summarize(p, [...own, ...packed].filter((e) => e.profileId === p.id), evidence.filter((f) => f.profileId === p.id));
    await v4.put('summaries', { ...rest, version: 1, sets: sets.map(({ incompleteCount: _, ...s }) => s) });
  }
  for (const f of evidence) await v4.put('evidence', f);
  await v4.put('settings', { activeProfileId: 'p2', remindersEnabled: true }, 'settings');
  v4.close();
}

describe('the upgrade from version 4', () => {
  it('keeps every record and gives the popup the same checklist and the same whole lists as a ledger that got the records now', async () => {
    const people = [person('p1', '李明'), person('p2', '王芳', { policyId: 'xiangtan-2022', reviewYear: 2022 })];
    const own = [...activities('p1', 30), ...activities('p2', 40)];
    const packed = [...activities('p1', 300, false, 500), ...activities('p2', 200, false, 500)];
    const evidence = [...files('p1', 6), ...files('p2', 4)];
    const name = `summary-lists-v4-${Math.random()}`;
    await version4Ledger(name, people, own, packed, evidence);

    const { l } = await ledger(name);
    const dump = await l.dump();
    expect(dump.unreadable).toEqual([]);
    expect(dump.profiles).toEqual(people);
    expect(new Map(dump.entries.map((e) => [e.id, e]))).toEqual(new Map([...own, ...packed].map((e) => [e.id, e])));
    expect(dump.entries).toHaveLength(own.length + packed.length);
    expect(dump.evidence.map((f) => f.id).sort()).toEqual(evidence.map((f) => f.id).sort());
    expect(dump.settings).toEqual({ activeProfileId: 'p2', remindersEnabled: true });
    // the upgrade itself made both records of every person (before any read of the summaries)
    const stored = await storedRecords(name);
    expect(stored.summaries.map((s) => [s.profileId, s.version])).toEqual([
      ['p1', SUMMARY_VERSION],
      ['p2', SUMMARY_VERSION],
    ]);
    await expectInStep(name, l);

    // the same records given to a new ledger now
    const { name: freshName, l: fresh } = await ledger();
    await fresh.putBatch({ profiles: people, entries: [...own, ...packed], evidence, settings: { activeProfileId: 'p2', remindersEnabled: true } });
    const now = () => new Date(2024, 5, 1);
    const popup = async (db: string) => {
      const store = createPopupStore({ openLedger: () => openLedger(db), now, readFirst: () => readPopupFirst(db), readLists: (s) => readPopupLists(s, db) });
      await store.start();
      const first = store.state.value;
      await store.loadMore();
      return { first, whole: store.state.value };
    };
    const [upgraded, made] = [await popup(name), await popup(freshName)];
    expect(upgraded.first.status).toBe('ready');
    expect(upgraded).toEqual(made);
    for (const p of people) expect(await l.getFullSummary(p)).toEqual(await fresh.getFullSummary(p));
  }, 60_000);
});

describe('the popup', () => {
  it(`shows each year's first ${FIRST_LISTED} activities missing materials first, then every year's whole list as the full path shows it`, async () => {
    const { name, l } = await ledger();
    await l.putBatch({ profiles: [person('p1', '李明')], entries: activities('p1', 400), evidence: files('p1', 4) }, (s) => ({ ...s, activeProfileId: 'p1' }));
    const now = () => new Date(2024, 5, 1);
    const quick = createPopupStore({ openLedger: () => openLedger(name), now, readFirst: () => readPopupFirst(name), readLists: (s) => readPopupLists(s, name) });
    const full = createPopupStore({ openLedger: () => openLedger(name), now });
    await quick.start();
    const first = quick.state.value;
    await full.start();
    const whole = full.state.value;
    if (first.status !== 'ready' || whole.status !== 'ready') throw new Error('not ready');
    // the same checklist, counts and first items at once …
    expect(first.checklist).toEqual(whole.checklist);
    expect(first.activityCount).toBe(whole.activityCount);
    const years = Object.values(whole.activitySets!);
    expect(years.some((y) => y.incompleteCount > FIRST_LISTED)).toBe(true);
    for (const y of years) {
      expect(y.incomplete).toHaveLength(y.incompleteCount); // the full path lists every one
      expect(first.activitySets![y.year]).toEqual({ ...y, incomplete: y.incomplete.slice(0, FIRST_LISTED) });
    }
    // … and, after the first paint, every year's whole list
    await quick.loadMore();
    expect(quick.state.value).toEqual(whole);
  });

  it('takes the full path when the lists it reads after the first frame do not agree with what it showed', async () => {
    const { name, l } = await ledger();
    await l.putBatch({ profiles: [person('p1', '李明')], entries: activities('p1', 200), evidence: [] });
    const shown = (await readPopupFirst(name))!.summary;
    const whole = await l.getFullSummary(person('p1', '李明'));
    expect(await readPopupLists(shown, name)).toEqual(whole);
    // the first read's own request for the lists (same transaction as the summary) gives the same
    const raw = await readPopupRaw(name);
    expect(checkPopupLists(shown, (await raw!.lists)!.result)).toEqual(whole);
    // a write between the two reads: the lists no longer begin with what the first frame listed
    const firstListed = shown.sets[0].incomplete[0].entryId;
    await l.deleteEntry(firstListed);
    expect(await readPopupLists(shown, name)).toBeUndefined();
    const lists = (await storedRecords(name)).lists[0];
    // records these checks are not sure of
    expect(checkPopupLists(shown, undefined)).toBeUndefined();
    expect(checkPopupLists(shown, { ...lists, version: SUMMARY_VERSION + 1 })).toBeUndefined();
    expect(checkPopupLists(shown, { ...lists, lists: lists.lists.map((y) => ({ ...y, incomplete: [{ entryId: 1, name: 'x', missing: [] }] })) })).toBeUndefined();
    expect(checkPopupLists(shown, { ...lists, lists: lists.lists.slice(1) })).toBeUndefined();

    // the store then shows what the full path shows
    const now = () => new Date(2024, 5, 1);
    const stale = createPopupStore({ openLedger: () => openLedger(name), now, readFirst: async () => ({ ...(await readPopupFirst(name))!, summary: shown }), readLists: (s) => readPopupLists(s, name) });
    const full = createPopupStore({ openLedger: () => openLedger(name), now });
    await stale.start();
    await stale.loadMore();
    await full.start();
    expect(stale.state.value).toEqual(full.state.value);
    const sets = (full.state.value as { activitySets: Record<number, { incomplete: unknown[]; incompleteCount: number }> }).activitySets;
    expect(Object.values(sets).every((y) => y.incomplete.length === y.incompleteCount)).toBe(true);
  });
});
