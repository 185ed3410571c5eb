import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildChecklist } from '../../../utils/ledger/checklist';
import { profileSpan, profileYearRows } from '../../../utils/ledger/hours';
import { openLedger } from '../../../utils/ledger/db';
import type { Entry, Profile } from '../../../utils/ledger/records';
import { REMINDER_ALARM, installReminders, reminderFor, reminderPermissionsToAsk, remindNow, setReminders } from '../../../utils/reminders';
import { REMINDER_PERMISSIONS } from '../../../wxt.config';

const profile: Profile = { id: 'p', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
let n = 0;
const entry = (year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++n}`, profileId: 'p', name: `课程${n}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: n, updatedAt: n,
});
const full = [2020, 2021, 2022, 2023, 2024].flatMap((y) => [entry(y, 'public', 30), entry(y, 'professional', 60)]);
const short = [...full.filter((e) => !(e.year === 2022 && e.category === 'professional')), entry(2022, 'professional', 42)];
const checklist = (entries: Entry[], now: Date) => buildChecklist(profile, profileYearRows(profile, entries, []), profileSpan(profile), now);

describe('filing-window reminders', () => {
  it('says nothing more than 30 days before the window (5月20日–7月20日) or after it', () => {
    expect(reminderFor(checklist(short, new Date(2025, 3, 1)), new Date(2025, 3, 1))).toBeNull();
    expect(reminderFor(checklist(short, new Date(2025, 7, 1)), new Date(2025, 7, 1))).toBeNull();
  });

  it('names the short years before the window opens', () => {
    const now = new Date(2025, 4, 1);
    expect(reminderFor(checklist(short, now), now)).toEqual({
      title: '学时助手：王强 还有 1 个年度未达标',
      message: '2025 年学时核认将于 5月20日开始。2022 年还差专业科目 18 学时。',
    });
  });

  it('reminds during the window and stays quiet when every year is complete', () => {
    const now = new Date(2025, 5, 1);
    expect(reminderFor(checklist(short, now), now)?.message).toMatch(/^2025 年学时核认正在申报（7月20日截止）/);
    expect(reminderFor(checklist(full, now), now)).toBeNull();
  });

  it('shows a notification from the ledger only when the user turned reminders on', async () => {
    const name = `rem-${Math.random()}`;
    const db = await openLedger(name);
    await db.putProfile(profile);
    await db.putEntries(short);
    const open = () => openLedger(name);
    expect(await remindNow(new Date(2025, 5, 1), open)).toBeNull();
    await db.putSettings({ remindersEnabled: true, activeProfileId: 'p' });
    const shown = await remindNow(new Date(2025, 5, 1), open);
    expect(shown?.title).toContain('王强');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_ALARM]);
    db.close();
  });

  it('asks for the reminder permissions the manifest declares optional: alarms + notifications in Chrome, notifications in Firefox', () => {
    const ask = (b: 'chrome' | 'firefox') => reminderPermissionsToAsk({ optional_permissions: REMINDER_PERMISSIONS[b].optional });
    expect(ask('chrome')).toEqual(['alarms', 'notifications']);
    expect(ask('firefox')).toEqual(['notifications']);
    expect(REMINDER_PERMISSIONS.firefox.required).toEqual(['alarms']); // Firefox refuses alarms as optional
    // Every reminder permission is declared in each build, one way or the other.
    for (const b of ['chrome', 'firefox'] as const) expect([...REMINDER_PERMISSIONS[b].required, ...REMINDER_PERMISSIONS[b].optional].sort()).toEqual(['alarms', 'notifications']);
    expect(reminderPermissionsToAsk({})).toEqual([]);
  });

  it('turns on without a request when the manifest already grants every reminder permission', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', permissions: ['storage', 'alarms', 'notifications'] });
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const name = `granted-${Math.random()}`;
    expect(await setReminders(true, () => openLedger(name))).toBe(true);
    expect(request).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
  });

  it('asks for the optional permissions when turned on (Firefox: notifications only), and does nothing if refused', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', optional_permissions: ['notifications'] });
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never); // typed as void in the fake
    expect(await setReminders(true, () => openLedger(`ff-${Math.random()}`))).toBe(false);
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('asks for the optional permissions when turned on (Chrome: alarms + notifications), and does nothing if refused', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1', optional_permissions: ['alarms', 'notifications'] });
    const name = `perm-${Math.random()}`;
    const open = () => openLedger(name);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never); // typed as void in the fake
    expect(await setReminders(true, open)).toBe(false);
    expect(request).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
    const db = await openLedger(name);
    expect((await db.getSettings()).remindersEnabled).toBe(false);

    request.mockResolvedValue(true as never);
    expect(await setReminders(true, open)).toBe(true);
    expect((await db.getSettings()).remindersEnabled).toBe(true);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });

    expect(await setReminders(false, open)).toBe(false);
    expect((await db.getSettings()).remindersEnabled).toBe(false);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    db.close();
  });

  it('notifies from the background when the daily alarm fires in the filing season', async () => {
    vi.setSystemTime(new Date(2025, 5, 1)); // Date only; IndexedDB keeps its real timers
    try {
      const db = await openLedger();
      await db.putProfile(profile);
      await db.putEntries(short);
      await db.putSettings({ remindersEnabled: true, activeProfileId: 'p' });
      db.close();
      vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined); // not in the fake
      installReminders();
      await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
      await expect.poll(async () => Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_ALARM]);
    } finally {
      vi.useRealTimers();
    }
  });
});
