// One record the schemas refuse (written by an older or newer version, a bug, a disk error) must not hide the others:
// reads skip it, the options page names it, and the full backup keeps it as stored.
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../../utils/ledger/backup';
import { LEDGER_DB_VERSION, openLedger, type Ledger } from '../../../utils/ledger/db';
import { importFile } from '../../../utils/ledger/import';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';
import { jsonToRaw } from '../../../utils/ledger/unreadable';

const opened: Ledger[] = [];
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

const person = (id: string, name: string, createdAt: number): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt });
const activity = (id: string, profileId: string, name: string): Entry => ({
  id,
  profileId,
  name,
  form: '远程教育',
  year: 2024,
  category: 'public',
  certifiedHours: 10,
  evidenceNames: [],
  createdAt: 1,
  updatedAt: 1,
});
const file = (id: string, profileId: string, name: string): Evidence => ({
  id,
  profileId,
  kind: 'activity',
  years: [2024],
  name,
  type: 'application/pdf',
  size: 3,
  bytes: new Uint8Array([37, 80, 68]).buffer,
  addedAt: 1,
});

/** What a broken ledger holds besides its good records, as another version or a bug could have stored it. */
const BAD = {
  profile: { ...person('p3', '赵六', 3), titleLevel: 'junior' }, // 初级: a level this version does not know
  hours: { ...activity('bad-hours', 'p1', '桥梁检测培训'), certifiedHours: -3 },
  noName: (({ name: _n, ...rest }) => rest)(activity('bad-name', 'p1', '')),
  file: { ...file('bad-file', 'p1', '签到表.pdf'), size: -1, bytes: new Uint8Array([1, 2, 3]) }, // a typed array, not an ArrayBuffer
  settings: { activeProfileId: 'p1', uiLanguage: 'fr', lastBackupAt: 7 },
};

/** A ledger with two good people, their records, and one bad record of every kind. */
async function brokenLedger(): Promise<{ ledger: Ledger; name: string }> {
  const name = `unreadable-${Math.random()}`;
  const ledger = await openLedger(name);
  opened.push(ledger);
  await ledger.putBatch({
    profiles: [person('p1', '李明', 1), person('p2', '王芳', 2)],
    entries: [activity('e1', 'p1', '公需科目网络课程'), activity('e2', 'p1', '专业科目培训班'), activity('e3', 'p2', '学术会议')],
    evidence: [file('f1', 'p1', '结业证书.pdf')],
  });
  const raw = await openDB(name, LEDGER_DB_VERSION);
  await raw.put('profiles', BAD.profile);
  await raw.put('entries', BAD.hours);
  await raw.put('entries', BAD.noName);
  await raw.put('evidence', BAD.file);
  await raw.put('settings', BAD.settings, 'settings');
  raw.close();
  return { ledger, name };
}

describe('a record the schemas refuse', () => {
  it('is skipped by every read, so the people, activities, files and settings around it still load', async () => {
    const { ledger } = await brokenLedger();
    expect((await ledger.listProfiles()).map((p) => p.name)).toEqual(['李明', '王芳']);
    expect((await ledger.listEntries('p1')).map((e) => e.id).sort()).toEqual(['e1', 'e2']);
    expect((await ledger.listEvidence('p1')).map((f) => f.id)).toEqual(['f1']);
    expect(await ledger.getEntry('bad-hours')).toBeUndefined();
    expect(await ledger.getProfile('p3')).toBeUndefined();
    // what the portal context is made of: the active person, their activities and files
    expect((await ledger.getActiveProfile())?.name).toBe('李明');
    expect(await ledger.getSettings()).toEqual({ activeProfileId: 'p1', remindersEnabled: false, lastBackupAt: 7 });
  });

  it('is listed in zh-CN, naming the record, its person and the field that is wrong', async () => {
    const { ledger } = await brokenLedger();
    const listed = (await ledger.listUnreadable()).map((r) => `${r.label}：${r.problem}`).sort();
    expect(listed).toEqual(
      [
        '人员“赵六”：职称级别：取值无效（现为 “junior”）',
        '李明的活动“桥梁检测培训”（2024年）：学时：应不小于 0（现为 -3）',
        '李明的活动（编号 bad-name）（2024年）：名称：缺少',
        '李明的佐证文件“签到表.pdf”：大小：应不小于 0（现为 -1）；文件内容：类型不对',
        '设置：界面语言：取值无效（现为 “fr”）',
      ].sort(),
    );
  });

  it('does not stop the options page from changing settings, which repairs the unreadable ones', async () => {
    const { ledger } = await brokenLedger();
    await ledger.setActiveProfile('p2');
    expect(await ledger.getSettings()).toEqual({ activeProfileId: 'p2', remindersEnabled: false, lastBackupAt: 7 });
    expect((await ledger.listUnreadable()).map((r) => r.store).sort()).toEqual(['entries', 'entries', 'evidence', 'profiles']);
  });
});

describe('the full backup of a ledger with unreadable records', () => {
  it('contains every record: the readable ones as usual, the others as stored, flagged', async () => {
    const { ledger } = await brokenLedger();
    const backup = JSON.parse(await makeBackup(ledger));
    expect(backup.profiles.map((p: Profile) => p.id)).toEqual(['p1', 'p2']);
    expect(backup.entries.map((e: Entry) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(backup.evidence.map((e: Evidence) => e.id)).toEqual(['f1']);
    const flagged = new Map<string, { unreadable: boolean; store: string; label: string; problem: string; record: unknown }>(backup.unreadable.map((u: { key: string }) => [u.key, u]));
    expect([...flagged.keys()].sort()).toEqual(['bad-file', 'bad-hours', 'bad-name', 'p3', 'settings']);
    expect([...flagged.values()].every((u) => u.unreadable === true && u.label && u.problem)).toBe(true);
    expect(jsonToRaw(flagged.get('bad-hours')!.record)).toEqual(BAD.hours);
    expect(jsonToRaw(flagged.get('bad-name')!.record)).toEqual(BAD.noName);
    expect(jsonToRaw(flagged.get('p3')!.record)).toEqual(BAD.profile);
    expect(jsonToRaw(flagged.get('settings')!.record)).toEqual(BAD.settings);
    const rawFile = jsonToRaw(flagged.get('bad-file')!.record) as Evidence;
    expect({ ...rawFile, bytes: [...new Uint8Array(rawFile.bytes)] }).toEqual({ ...BAD.file, bytes: [1, 2, 3] });
  });

  it('restores into an empty ledger everything readable and says which records it leaves out and why', async () => {
    const { ledger } = await brokenLedger();
    const text = await makeBackup(ledger);
    const target = await openLedger(`restore-${Math.random()}`);
    opened.push(target);
    const plan = await importFile(target, 'b.xskr.json', new TextEncoder().encode(text).buffer);
    expect(plan.ok ? '' : plan.message).toBe('');
    if (!plan.ok) return;
    expect(plan.preview.skipped).toHaveLength(5);
    expect(plan.preview.skipped).toContain('李明的活动“桥梁检测培训”（2024年）：学时：应不小于 0（现为 -3）（无法读取，不会恢复，仍保留在备份文件中）');
    const source = await ledger.dump();
    const restored = await target.dump();
    expect(restored.profiles).toEqual(source.profiles);
    expect(restored.entries).toEqual(source.entries);
    expect(restored.evidence.map((f) => f.id)).toEqual(['f1']);
    expect(restored.unreadable).toEqual([]);
  });

  it('restores a flagged record that this version can read (mended in the file, or by a newer schema)', async () => {
    const { ledger } = await brokenLedger();
    const backup = JSON.parse(await makeBackup(ledger));
    const hours = backup.unreadable.find((u: { key: string }) => u.key === 'bad-hours');
    hours.record.certifiedHours = 3;
    const { batch, skipped } = await readBackup(JSON.stringify(backup));
    expect(batch.entries.find((e) => e.id === 'bad-hours')?.certifiedHours).toBe(3);
    expect(skipped).toHaveLength(4);
  });

  it('leaves out, with a note, the activities of a person it cannot restore instead of refusing the whole backup', async () => {
    const { ledger, name } = await brokenLedger();
    const raw = await openDB(name, LEDGER_DB_VERSION);
    await raw.put('entries', activity('e-of-p3', 'p3', '赵六的课程'));
    raw.close();
    const { batch, skipped } = await readBackup(await makeBackup(ledger));
    expect(batch.entries.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3']);
    expect(skipped).toContain('活动“赵六的课程”（2024年）：所属人员不在备份中或无法读取，不会恢复');
  });
});
