import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVersion1Stores, LedgerQuotaError, openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

let n = 0;
const dbName = () => `test-ledger-${++n}-${Math.random()}`;
const opened: Ledger[] = [];
async function fresh(): Promise<Ledger> {
  const l = await openLedger(dbName());
  opened.push(l);
  return l;
}
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

const profile = (id: string, name: string, createdAt = 1): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt });
const entry = (id: string, profileId: string, year = 2024, extra: Partial<Entry> = {}): Entry => ({
  id,
  profileId,
  name: `课程${id}`,
  form: '远程教育',
  year,
  category: 'public',
  certifiedHours: 10,
  evidenceNames: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});
const evidence = (id: string, profileId: string, years: number[], bytes = new Uint8Array([1, 2, 3])): Evidence => ({
  id,
  profileId,
  kind: 'activity',
  years,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: bytes.byteLength,
  bytes: bytes.slice().buffer,
  addedAt: 1,
});

describe('ledger storage', () => {
  it('keeps people, activities and files, each read back through the schemas', async () => {
    const l = await fresh();
    await l.putProfile(profile('p1', '李明'));
    await l.putEntry(entry('e1', 'p1'));
    await l.putEvidence(evidence('f1', 'p1', [2024], new Uint8Array([37, 80, 68, 70])));
    expect((await l.listProfiles()).map((p) => p.name)).toEqual(['李明']);
    expect((await l.listEntries('p1')).map((e) => e.id)).toEqual(['e1']);
    const f = await l.getEvidence('f1');
    expect(new Uint8Array(f!.bytes)).toEqual(new Uint8Array([37, 80, 68, 70]));
  });

  it('refuses a record the schema rejects and stores nothing of it', async () => {
    const l = await fresh();
    await expect(l.putProfile({ ...profile('p1', ''), name: '  ' })).rejects.toThrow();
    expect(await l.listProfiles()).toEqual([]);
  });

  it('stores a list of activities all together or not at all', async () => {
    const l = await fresh();
    await l.putProfile(profile('p1', '李明'));
    await expect(l.putEntries([entry('e1', 'p1'), { ...entry('e2', 'p1'), certifiedHours: -3 }])).rejects.toThrow();
    expect(await l.listEntries('p1')).toEqual([]);
    await l.putEntries([entry('e1', 'p1', 2023), entry('e2', 'p1', 2021)]);
    expect((await l.listEntries('p1')).map((e) => e.year)).toEqual([2021, 2023]);
  });

  it('deleting a person removes their activities and files but not anyone else’s', async () => {
    const l = await fresh();
    await l.putProfile(profile('p1', '李明'));
    await l.putProfile(profile('p2', '王芳', 2));
    await l.putEntries([entry('e1', 'p1'), entry('e2', 'p2')]);
    await l.putEvidence(evidence('f1', 'p1', [2024]));
    await l.putEvidence(evidence('f2', 'p2', [2024]));
    await l.setActiveProfile('p1');
    await l.deleteProfile('p1');
    expect((await l.listProfiles()).map((p) => p.id)).toEqual(['p2']);
    expect(await l.listEntries('p1')).toEqual([]);
    expect(await l.listEvidence('p1')).toEqual([]);
    expect((await l.listEntries('p2')).length).toBe(1);
    expect((await l.listEvidence('p2')).length).toBe(1);
    expect((await l.getActiveProfile())?.id).toBe('p2');
  });

  it('the active person is the chosen one, else the first', async () => {
    const l = await fresh();
    expect(await l.getActiveProfile()).toBeUndefined();
    await l.putProfile(profile('p1', '李明', 1));
    await l.putProfile(profile('p2', '王芳', 2));
    expect((await l.getActiveProfile())?.id).toBe('p1');
    await l.setActiveProfile('p2');
    expect((await l.getActiveProfile())?.id).toBe('p2');
  });

  it('deleting an activity keeps its files as evidence of the year, unlinked', async () => {
    const l = await fresh();
    await l.putProfile(profile('p1', '李明'));
    await l.putEntry(entry('e1', 'p1'));
    await l.putEvidence({ ...evidence('f1', 'p1', [2024]), entryId: 'e1' });
    await l.deleteEntry('e1');
    const files = await l.listEvidence('p1');
    expect(files.map((f) => [f.id, f.entryId])).toEqual([['f1', undefined]]);
  });

  it('reports a full disk as a quota error instead of swallowing it', async () => {
    const l = await fresh();
    await l.putProfile(profile('p1', '李明'));
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    const err = await l.putEvidence(evidence('f1', 'p1', [2024])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerQuotaError);
    expect((err as Error).message).toContain('存储空间不足');
    vi.restoreAllMocks();
    expect(await l.listEvidence('p1')).toEqual([]);
  });
});

describe('schema upgrade', () => {
  it('opens a version-1 ledger and keeps every record, converting old fields', async () => {
    const name = dbName();
    const v1 = await openDB(name, 1, { upgrade: (db) => createVersion1Stores(db) });
    await v1.put('profiles', profile('p1', '李明'));
    await v1.put('profiles', profile('p2', '王芳', 2));
    for (let i = 0; i < 25; i++) {
      const { evidenceNames: _n, updatedAt: _u, ...old } = entry(`e${i}`, i % 2 ? 'p1' : 'p2', 2020 + (i % 5));
      await v1.put('entries', old);
    }
    const { years: _y, kind: _k, ...oldFile } = evidence('f1', 'p1', []);
    await v1.put('evidence', { ...oldFile, year: 2022 });
    await v1.put('settings', { activeProfileId: 'p2' }, 'settings');
    v1.close();

    const l = await openLedger(name);
    opened.push(l);
    expect((await l.listProfiles()).map((p) => p.id)).toEqual(['p1', 'p2']);
    const entries = [...(await l.listEntries('p1')), ...(await l.listEntries('p2'))];
    expect(entries).toHaveLength(25);
    expect(entries.every((e) => e.evidenceNames.length === 0 && e.updatedAt === e.createdAt)).toBe(true);
    const files = await l.listEvidence('p1');
    expect(files.map((f) => [f.id, f.years, f.kind])).toEqual([['f1', [2022], 'activity']]);
    expect((await l.getActiveProfile())?.id).toBe('p2');
  });
});
