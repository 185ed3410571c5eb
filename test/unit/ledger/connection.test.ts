// Several pages share the ledger: two options tabs, the popup, the background. Each has its own connection.
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveUiLanguage } from '../../../utils/i18n';
import { setLang } from '../../../utils/ui-language';
import { recordBackupTaken } from '../../../utils/ledger/backup';
import { LEDGER_DB_VERSION, openLedger, type Ledger } from '../../../utils/ledger/db';
import { importFile } from '../../../utils/ledger/import';
import type { Profile } from '../../../utils/ledger/records';
import { setReminders } from '../../../utils/reminders';
import { sampleBatch } from '../../fixtures/sample/sample-data';

const opened: Ledger[] = [];
async function tab(name: string): Promise<Ledger> {
  const l = await openLedger(name);
  opened.push(l);
  return l;
}
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
  setLang('zh-CN');
});

const person = (id: string, name: string): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
const csv = (name: string) => new TextEncoder().encode(`姓名,年度,科目类别,名称,继续教育形式,学时\r\n${name},2024,公需,网络课程,远程教育,30\r\n`).buffer;

describe('settings written by several pages at once', () => {
  it('keeps every change when two tabs, the popup and an import change different settings at the same moment', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', optional_permissions: ['alarms', 'notifications'] });
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never); // the user says yes (typed as void in the fake)
    for (let round = 0; round < 5; round++) {
      const name = `settings-race-${round}-${Math.random()}`;
      const optionsA = await tab(name);
      const optionsB = await tab(name);
      await optionsA.putBatch(sampleBatch());
      await optionsA.putSettings({ remindersEnabled: false });
      const writers = [
        () => saveUiLanguage(optionsA, 'en'), // options tab A: the language
        () => optionsB.setActiveProfile('sample-wang-fang'), // options tab B: the person
        () => setReminders(true, () => openLedger(name)), // the popup: reminders on
        () => recordBackupTaken(optionsA, 1234), // tab A: a backup was saved
        () => importFile(optionsB, 'x.csv', csv('王芳')), // tab B: an import into the active person
      ];
      // a different order each round: whichever starts first, none may lose another's change
      const order = writers.map((_, i) => writers[(i + round) % writers.length]);
      await Promise.all(order.map((w) => w()));
      expect(await optionsA.getSettings()).toEqual({ uiLanguage: 'en', activeProfileId: 'sample-wang-fang', remindersEnabled: true, lastBackupAt: 1234 });
    }
  });
});

describe('the connection', () => {
  it('closes for another page that deletes the database, and opens again (empty) on the next call', async () => {
    const name = `delete-${Math.random()}`;
    const l = await tab(name);
    await l.putProfile(person('p1', '李明'));
    const outcome = await new Promise<string>((resolve) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve('deleted');
      req.onerror = () => resolve('error');
      req.onblocked = () => resolve('blocked by our open connection');
    });
    expect(outcome).toBe('deleted');
    expect(await l.listProfiles()).toEqual([]);
    await l.putProfile(person('p2', '王芳'));
    expect((await l.listProfiles()).map((p) => p.name)).toEqual(['王芳']);
  });

  it('does not block another page upgrading the database, and then says in Chinese that this page must be reloaded', async () => {
    const name = `upgrade-${Math.random()}`;
    const l = await tab(name);
    await l.putProfile(person('p1', '李明'));
    const outcome = await new Promise<string>((resolve) => {
      const req = indexedDB.open(name, LEDGER_DB_VERSION + 1);
      req.onsuccess = () => {
        req.result.close();
        resolve('upgraded');
      };
      req.onerror = () => resolve('error');
      req.onblocked = () => resolve('blocked by our open connection');
    });
    expect(outcome).toBe('upgraded');
    await expect(l.listProfiles()).rejects.toThrow('台账已被较新版本的学时助手升级');
  });

  it('opens again after it was closed, by us or by the browser', async () => {
    const name = `reopen-${Math.random()}`;
    const raw: IDBDatabase[] = [];
    const open = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((...args: Parameters<IDBFactory['open']>) => {
      const req = open(...args);
      req.addEventListener('success', () => raw.push(req.result));
      return req;
    });
    const l = await tab(name);
    await l.putProfile(person('p1', '李明'));
    l.close();
    expect((await l.listProfiles()).map((p) => p.name)).toEqual(['李明']);
    // as when the user clears site data or the disk fails (the package types its argument as the class, not an instance)
    forceCloseDatabase(raw[raw.length - 1] as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await l.putProfile(person('p2', '王芳'));
    expect((await l.listProfiles()).map((p) => p.name)).toEqual(['李明', '王芳']);
    expect(raw.length).toBe(3);
  });
});
