// The ledger's per-year summaries (profile × rule set): kept current by every write, equal to what the rules compute
// from the activities, and built for every person when an older ledger is upgraded.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { openOldLayout } from './fresh-ledger';
import { profileFindings, profileSpan, profileYearRows, yearStatuses } from '../../../utils/ledger/hours';
import { buildChecklist } from '../../../utils/ledger/checklist';
import { coveredMap, joinSummary, LedgerSummary, splitSummary, summarize, type SummaryLists } from '../../../utils/ledger/summary';
import { FIRST_LISTED } from '../../../utils/ledger/db-layout';
import { yearActivitiesEvidence } from '../../../utils/ledger/evidence-sets';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const person = (id: string, name: string, extra: Partial<Profile> = {}): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1, ...extra });

function randomEntry(r: ReturnType<typeof random>, id: string, profileId: string): Entry {
  const year = 2019 + r.int(7);
  const base = { id, profileId, name: `活动${id}`, year, evidenceNames: r.next() < 0.3 ? [`${id}-证书.pdf`] : [], createdAt: 1, updatedAt: 1 };
  switch (r.int(6)) {
    case 0:
      return { ...base, form: '远程教育', category: 'public', certifiedHours: r.int(40) + r.pick([0, 0.5, 0.25]) };
    case 1:
      return { ...base, form: '培训班', category: 'professional', activity: { kind: 'training', year, category: 'professional', days: r.int(5), halfDays: r.int(2) } };
    case 2:
      return { ...base, form: '远程教育', category: 'public', activity: { kind: 'online-course', year, category: 'public', hours: r.int(30) + 0.5 } };
    case 3:
      return { ...base, form: '发表论文', category: 'professional', activity: { kind: 'paper', year, role: r.pick(['first', 'corresponding', 'other'] as const) } };
    case 4:
      return { ...base, form: '援藏', category: 'professional', activity: { kind: 'aid-assignment', start: `${year}-03`, end: `${year + r.int(2)}-0${1 + r.int(9)}`, qualified: r.next() < 0.8 } };
    default:
      return { ...base, form: '学术会议', category: 'professional', certifiedHours: r.int(100) };
  }
}

function randomFile(r: ReturnType<typeof random>, id: string, profileId: string, entries: readonly Entry[]): Evidence {
  const own = entries.filter((e) => e.profileId === profileId);
  const linked = own.length && r.next() < 0.6 ? r.pick(own) : undefined;
  const form = r.next() < 0.2;
  const from = 2019 + r.int(5);
  return {
    id,
    profileId,
    entryId: form ? undefined : linked?.id,
    kind: form ? 'recognition-form' : 'activity',
    years: form ? [from, from + 1] : [linked?.year ?? from],
    name: form ? `${from}-${from + 1}学时认定单.pdf` : r.pick(['结业证书.pdf', '培训通知.pdf', '签到表.jpg', `${linked?.id ?? id}-证书.pdf`]),
    type: 'application/pdf',
    size: 3,
    bytes: new Uint8Array([1, 2, 3]).buffer,
    addedAt: 1,
  };
}

/** What the stored summary must equal: the rules' computation over the person's activities and files as they stand. */
async function expectCurrent(l: Ledger, profileId: string, dbName?: string) {
  const profile = (await l.getProfile(profileId))!;
  const [entries, evidence] = await Promise.all([l.listEntries(profileId), l.listEvidence(profileId)]);
  const computed = summarize(profile, entries, evidence);
  if (dbName) {
    // Written by the write itself (not made up on reading): read the stores directly. The summary and its lists are
    // written together: the two records agree and make the summary the rules compute.
    const db = await openDB(dbName);
    const raw = (await db.get('summaries', [profile.id, profile.policyId])) as LedgerSummary | undefined;
    const lists = (await db.get('summaryLists', [profile.id, profile.policyId])) as SummaryLists | undefined;
    db.close();
    expect(raw, `summary of ${profileId} stored`).toBeDefined();
    expect(lists, `lists of ${profileId} stored`).toBeDefined();
    expect(joinSummary(raw!, lists)).toEqual(computed);
  }
  const summary = await l.getFullSummary(profile);
  const rows = profileYearRows(profile, entries, evidence);
  expect(summary.rows).toEqual(rows);
  expect(summary.entryCount).toBe(entries.length);
  expect(summary).toEqual(computed);
  // The stored summary (the popup's first read) holds each year's first FIRST_LISTED activities missing materials.
  const first = await l.getSummary(profile);
  expect(first).toEqual(splitSummary(computed).summary);
  // The evidence tally per year is the one the activities give.
  for (const [i, s] of summary.sets.entries()) {
    const items = yearActivitiesEvidence(profile, s.year, entries, evidence);
    const incomplete = items.filter((a) => a.status === 'incomplete').map((a) => a.entryId);
    expect(s.total).toBe(items.length);
    expect(s.incomplete.map((x) => x.entryId)).toEqual(incomplete);
    expect(first.sets[i].incompleteCount).toBe(incomplete.length);
    expect(first.sets[i].incomplete.map((x) => x.entryId)).toEqual(incomplete.slice(0, FIRST_LISTED));
  }
  // The checklist from the summary has the status checkYears gives for every span year.
  const span = profileSpan(profile);
  const checklist = buildChecklist(profile, summary.rows, span, new Date(2025, 5, 1), 'zh-CN', coveredMap(summary));
  const expected = yearStatuses(rows, profileFindings(profile, rows, evidence), span.years === null ? undefined : span, coveredMap(summary)).filter((y) => span.years?.includes(y.year));
  expect(checklist.years.map((y) => ({ year: y.year, status: y.status }))).toEqual(expected);
}

describe('per-year summaries in the ledger', () => {
  it('stay equal to what the rules compute from the activities after 80 random adds, edits and deletes', async () => {
    const name = `summary-random-${Math.random()}`;
    const l = await openLedger(name);
    try {
      const r = random(20251130);
      await l.putProfile(person('p1', '李明'));
      await l.putProfile(person('p2', '王芳', { policyId: 'xiangtan-2022', reviewYear: 2022 }));
      let next = 0;
      for (let step = 0; step < 80; step++) {
        const who = r.pick(['p1', 'p2']);
        const entries = [...(await l.listEntries('p1')), ...(await l.listEntries('p2'))];
        const op = r.int(10);
        if (op <= 3 || entries.length === 0) await l.putEntry(randomEntry(r, `e${next++}`, who));
        else if (op === 4) {
          const e = r.pick(entries);
          await l.putEntry({ ...randomEntry(r, e.id, r.next() < 0.2 ? (e.profileId === 'p1' ? 'p2' : 'p1') : e.profileId) }); // edit, sometimes to the other person
        } else if (op === 5) await l.deleteEntry(r.pick(entries).id);
        else if (op === 6) await l.putEvidence(randomFile(r, `f${next++}`, who, entries));
        else if (op === 7) {
          const files = await l.listEvidence(who);
          if (files.length) await l.deleteEvidence(r.pick(files).id);
        } else if (op === 8) await l.putEntries(Array.from({ length: 3 }, () => randomEntry(r, `e${next++}`, who)));
        else {
          const p = (await l.getProfile(who))!;
          await l.putProfile({ ...p, policyId: r.pick(['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022']), titleLevel: r.pick(['senior', 'full-senior', 'intermediate'] as const) });
        }
        if (step % 10 === 9) {
          await expectCurrent(l, 'p1', name);
          await expectCurrent(l, 'p2', name);
        }
      }
      await expectCurrent(l, 'p1', name);
      await expectCurrent(l, 'p2', name);
    } finally {
      l.close();
    }
  }, 60_000);

  it('are rewritten by an import batch and a restore, and dropped with the person', async () => {
    const name = `summary-batch-${Math.random()}`;
    const l = await openLedger(name);
    try {
      const r = random(7);
      await l.putProfile(person('p1', '李明'));
      await l.putEntries(Array.from({ length: 30 }, (_, i) => randomEntry(r, `a${i}`, 'p1')));
      const batch = Array.from({ length: 50 }, (_, i) => randomEntry(r, `b${i}`, i % 2 ? 'p1' : 'p3'));
      // The batch also moves one of p1's activities to the new person p3.
      await l.putBatch({ profiles: [person('p3', '赵六', { policyId: 'zhuzhou-2025' })], entries: [...batch, randomEntry(r, 'a0', 'p3')], evidence: [randomFile(r, 'g1', 'p3', batch)] });
      await expectCurrent(l, 'p1', name);
      await expectCurrent(l, 'p3', name);
      const dump = await l.dump();
      await l.wipe();
      await l.putBatch({ profiles: dump.profiles, entries: dump.entries, evidence: dump.evidence }); // restore "replace"
      await expectCurrent(l, 'p1', name);
      await expectCurrent(l, 'p3', name);
      await l.deleteProfile('p3');
      const db = await openDB(name);
      const left = (await db.getAll('summaries')) as LedgerSummary[];
      const leftLists = (await db.getAll('summaryLists')) as SummaryLists[];
      db.close();
      expect(left.map((s) => s.profileId)).toEqual(['p1']);
      expect(leftLists.map((s) => s.profileId)).toEqual(['p1']);
    } finally {
      l.close();
    }
  });

  it('are made on reading when the records were written around the ledger (a page of an older version, a test seeding the store)', async () => {
    const name = `summary-raw-${Math.random()}`;
    const l = await openLedger(name);
    try {
      const r = random(3);
      const raw = await openDB(name);
      await raw.put('profiles', person('p1', '李明'));
      for (let i = 0; i < 20; i++) await raw.put('entries', randomEntry(r, `e${i}`, 'p1'));
      raw.close();
      await expectCurrent(l, 'p1'); // computed on reading …
      const again = await openDB(name);
      expect(await again.get('summaries', ['p1', 'hunan-2025'])).toBeDefined(); // … and kept
      expect(await again.get('summaryLists', ['p1', 'hunan-2025'])).toBeDefined();
      again.close();
    } finally {
      l.close();
    }
  });
});

describe('schema upgrade from version 2', () => {
  it('keeps every record of a version-2 ledger and builds each person’s summary from them', async () => {
    const name = `summary-upgrade-${Math.random()}`;
    const r = random(42);
    const v2 = await openOldLayout(name, 2);
    const people = [person('p1', '李明'), person('p2', '王芳', { policyId: 'xiangtan-2022', reviewYear: 2022 })];
    const entries = Array.from({ length: 60 }, (_, i) => randomEntry(r, `e${i}`, i % 3 ? 'p1' : 'p2'));
    const files = Array.from({ length: 8 }, (_, i) => randomFile(r, `f${i}`, i % 2 ? 'p1' : 'p2', entries));
    for (const p of people) await v2.put('profiles', p);
    for (const e of entries) await v2.put('entries', e);
    for (const f of files) await v2.put('evidence', f);
    await v2.put('entries', { id: 'broken', profileId: 'p1', name: '' }, undefined); // one record the schema refuses
    await v2.put('settings', { activeProfileId: 'p2', remindersEnabled: true }, 'settings');
    v2.close();

    const l = await openLedger(name);
    try {
      const dump = await l.dump();
      expect(dump.profiles.map((p) => p.id)).toEqual(['p1', 'p2']);
      expect(dump.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());
      expect(dump.evidence.map((e) => e.id).sort()).toEqual(files.map((f) => f.id).sort());
      expect(dump.unreadable.map((u) => u.key)).toEqual(['broken']); // kept as stored, still named
      expect(dump.settings).toEqual({ activeProfileId: 'p2', remindersEnabled: true });
      const db = await openDB(name);
      const stored = (await db.getAll('summaries')) as LedgerSummary[];
      db.close();
      expect(stored.map((s) => [s.profileId, s.policyId])).toEqual([
        ['p1', 'hunan-2025'],
        ['p2', 'xiangtan-2022'],
      ]);
      await expectCurrent(l, 'p1');
      await expectCurrent(l, 'p2');
    } finally {
      l.close();
    }
  });
});
