// The popup's first read (issue 15, utils/ledger/popup-read.ts): one read-only transaction gives what the full path
// (db.ts listProfiles, getActiveProfile, getSummary, getSettings) gives, and anything it is not sure of gives
// `undefined`, so the popup falls back to the full path and shows what it always showed.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEDGER_DB, LEDGER_DB_VERSION, openLedger, type Ledger } from '../../../utils/ledger/db';
import { SUMMARY_VERSION } from '../../../utils/ledger/summary';
import { POPUP_READ_LAYOUT, readPopupFirst } from '../../../utils/ledger/popup-read';
import { createPopupStore } from '../../../components/popup/store';
import { Profile, Settings, type Entry, type Evidence } from '../../../utils/ledger/records';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLang } from '../../../utils/i18n-shell';
import { readUiLanguage, UI_LANGUAGE_KEY } from '../../../utils/ui-language';

const opened: Ledger[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});
async function ledger(): Promise<{ name: string; db: Ledger }> {
  const name = `popup-read-${Math.random()}`;
  const db = await openLedger(name);
  opened.push(db);
  return { name, db };
}

const person = (id: string, name: string, extra: Partial<Profile> = {}): Profile => ({
  id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: id === 'p1' ? 1 : 2, idNumber: '43070119850810001X', ...extra,
});
let seq = 0;
const entry = (profileId: string, year: number, category: 'public' | 'professional', hours: number, evidenceNames: string[] = []): Entry => ({
  id: `e${++seq}`, profileId, name: `${year} 课程 ${seq}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames, createdAt: seq, updatedAt: seq,
});
const file = (id: string, profileId: string, years: number[], kind: Evidence['kind'] = 'activity', entryId?: string): Evidence => ({
  id, profileId, kind, years, name: `${id}.pdf`, type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 1, ...(entryId ? { entryId } : {}),
});

/** Two people, activities in several years, files (one a 学时认定单 covering 2020), the second person active, English. */
async function seeded(): Promise<{ name: string; db: Ledger }> {
  const l = await ledger();
  await l.db.putProfile(person('p1', '王强'));
  await l.db.putProfile(person('p2', '李红', { policyId: 'xiangtan-2022', titleLevel: 'intermediate', reviewYear: 2024 }));
  const es = [entry('p1', 2021, 'public', 30), entry('p1', 2022, 'professional', 42, ['证书.pdf']), entry('p2', 2021, 'public', 20), entry('p2', 2022, 'professional', 60, ['x.pdf']), entry('p2', 2023, 'public', 12.5)];
  await l.db.putEntries(es);
  await l.db.putEvidence(file('f1', 'p2', [2022], 'activity', es[3].id));
  await l.db.putEvidence(file('f2', 'p2', [2020, 2021], 'recognition-form'));
  await l.db.updateSettings((s) => ({ ...s, activeProfileId: 'p2', uiLanguage: 'en' }));
  return l;
}

/** Writes a record around the ledger, as an older tab or a damaged profile would leave it. */
async function putRaw(name: string, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const raw = await openDB(name);
  await raw.put(store, value, key);
  raw.close();
}

describe('readPopupFirst', () => {
  it('uses the database, stores and versions db.ts and summary.ts use', () => {
    expect(POPUP_READ_LAYOUT).toEqual({ dbName: DEFAULT_LEDGER_DB, version: LEDGER_DB_VERSION, settingsKey: 'settings', summaryVersion: SUMMARY_VERSION });
  });

  it('gives the people, the active person, their summary and the language as the full path reads them', async () => {
    const { name, db } = await seeded();
    const quick = await readPopupFirst(name);
    expect(quick).toBeDefined();
    const active = await db.getActiveProfile();
    expect(quick!.active).toEqual(active);
    expect(quick!.active.name).toBe('李红');
    expect(quick!.profiles).toEqual(await db.listProfiles());
    expect(quick!.summary).toEqual(await db.getSummary(active!));
    expect(quick!.summary.sets.some((s) => s.incomplete.length > 0)).toBe(true);
    expect(quick!.summary.covered.map((c) => c.year)).toEqual([2020, 2021]);
    expect(quick!.uiLanguage).toBe('en');
  });

  it('the popup store makes the saved language current at once and copies it for the portal panel once the rest has loaded', async () => {
    const { name } = await seeded(); // saved language: English
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'zh-CN' }); // the panel's copy is stale
    uiLang.value = 'zh-CN';
    const quick = createPopupStore({ openLedger: () => openLedger(name), readFirst: () => readPopupFirst(name) });
    try {
      await quick.start();
      expect(uiLang.value).toBe('en');
      expect(document.documentElement.lang).toBe('en');
      await quick.loadMore(); // after the first frame: the copy for the panel
      expect(await readUiLanguage()).toBe('en');
    } finally {
      uiLang.value = 'zh-CN';
      document.documentElement.lang = 'zh-CN';
    }
  });

  it('the popup store shows the same checklist from it as from the full path', async () => {
    const { name } = await seeded();
    const now = () => new Date(2024, 5, 1);
    const quick = createPopupStore({ openLedger: () => openLedger(name), now, readFirst: () => readPopupFirst(name) });
    const full = createPopupStore({ openLedger: () => openLedger(name), now });
    await quick.start();
    const fromQuick = quick.state.value;
    await full.start();
    expect(fromQuick.status).toBe('ready');
    expect(fromQuick).toEqual(full.state.value);
  });

  it('gives undefined, and creates nothing, when the database does not exist yet', async () => {
    const name = `popup-read-none-${Math.random()}`;
    expect(await readPopupFirst(name)).toBeUndefined();
    const l = await openLedger(name); // the full path then creates it at its version, with every store
    opened.push(l);
    expect(await l.listProfiles()).toEqual([]);
    await l.putProfile(person('p1', '王强'));
    expect((await l.getSummary(person('p1', '王强'))).entryCount).toBe(0);
  });

  it('gives undefined for an empty ledger (the full path shows it empty)', async () => {
    const { name } = await ledger();
    expect(await readPopupFirst(name)).toBeUndefined();
  });

  it('gives undefined when the active person’s summary is missing, stale or made for another rule set', async () => {
    for (const change of [
      async (name: string) => {
        const raw = await openDB(name);
        await raw.clear('summaries');
        raw.close();
      },
      async (name: string, s: Record<string, unknown>) => putRaw(name, 'summaries', { ...s, version: SUMMARY_VERSION + 1 }),
      async (name: string, s: Record<string, unknown>) => putRaw(name, 'summaries', { ...s, rows: [{ year: 2021 }] }),
      async (name: string, s: Record<string, unknown>) =>
        putRaw(name, 'summaries', { ...s, sets: (s.sets as { incomplete: unknown[] }[]).map((x) => ({ ...x, incomplete: [...x.incomplete, { entryId: 1, name: 'x', missing: [] }] })) }),
    ]) {
      const { name, db } = await seeded();
      const stored = await db.getSummary((await db.getActiveProfile())!);
      await change(name, stored as unknown as Record<string, unknown>);
      expect(await readPopupFirst(name)).toBeUndefined();
    }
  });

  it('gives undefined when a person’s record is one records.ts Profile refuses, or the settings are unreadable', async () => {
    for (const [store, value, key] of [
      ['profiles', { ...person('p3', '   ') }, undefined],
      ['profiles', { ...person('p3', '赵六'), titleLevel: 'junior' }, undefined],
      ['profiles', { ...person('p3', '赵六'), ownSpan: { from: 2024, to: 2020 } }, undefined],
      ['profiles', { ...person('p3', '赵六'), ownSpan: { from: 1980, to: 2020 } }, undefined],
      ['profiles', { ...person('p3', '赵六'), policyId: 'Hunan2025' }, undefined],
      ['profiles', { ...person('p3', '赵六'), ethnicity: '汉'.repeat(21) }, undefined],
      ['profiles', { ...person('p3', '赵六'), reviewYear: 1999 }, undefined],
      ['settings', { activeProfileId: 7 }, 'settings'],
      ['settings', { activeProfileId: 'p2', lastBackupAt: 'yesterday' }, 'settings'],
    ] as const) {
      expect((store === 'profiles' ? Profile : Settings).safeParse(value).success, `records.ts refuses ${JSON.stringify(value)}`).toBe(false);
      const { name } = await seeded();
      await putRaw(name, store, value, key);
      expect(await readPopupFirst(name), `${store} ${JSON.stringify(value)}`).toBeUndefined();
    }
  });

  it('reads a person records.ts Profile accepts, trimmed as records.ts trims it', async () => {
    const { name } = await seeded();
    const p3 = { ...person('p3', '  赵六 '), createdAt: 0, degree: 'master', ethnicity: ' 汉族 ', region: '湖南省省本级', ownSpan: { from: 2020, to: 2024 } };
    await putRaw(name, 'profiles', p3);
    const quick = await readPopupFirst(name);
    expect(quick?.profiles[0]).toEqual(Profile.parse(p3));
    expect(quick?.profiles[0]).toMatchObject({ name: '赵六', ethnicity: '汉族' });
  });
});
