import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildChecklist } from '../../../utils/ledger/checklist';
import { openLedger } from '../../../utils/ledger/db';
import { profileSpan, profileYearRows } from '../../../utils/ledger/hours';
import type { Entry, Profile } from '../../../utils/ledger/records';
import { REMINDER_ALARM, reminderFor, remindNow } from '../../../utils/reminders';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const profile: Profile = { id: 'p', name: 'Wang Qiang', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
let n = 0;
const entry = (year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++n}`, profileId: 'p', name: `course ${n}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: n, updatedAt: n,
});
// 2020, 2021, 2023, 2024 complete; 2022 18 professional hours short; nothing before 2020.
const entries = [2020, 2021, 2022, 2023, 2024].flatMap((y) => [entry(y, 'public', 30), entry(y, 'professional', y === 2022 ? 42 : 60)]);

describe('reminder notifications in the UI language', () => {
  it('words the reminder in English when the UI language is English, in Chinese otherwise', () => {
    const now = new Date(2025, 4, 1); // before the window (20 May – 20 July)
    const rows = profileYearRows(profile, entries, []);
    const en = reminderFor(buildChecklist(profile, rows, profileSpan(profile), now, 'en'), now, 'en');
    expect(en).toEqual({
      title: 'CE Hours Assistant: Wang Qiang has 1 year(s) short',
      message: 'Hours recognition for 2025 opens on May 20. 2022: 18 professional hours short.',
    });
    const during = new Date(2025, 5, 1);
    expect(reminderFor(buildChecklist(profile, rows, profileSpan(profile), during, 'en'), during, 'en')?.message).toMatch(/^Hours recognition for 2025 is open \(until Jul 20\)\. /);
    const zh = reminderFor(buildChecklist(profile, rows, profileSpan(profile), now, 'zh-CN'), now, 'zh-CN');
    expect(zh).toEqual({ title: '学时助手：Wang Qiang 还有 1 个年度未达标', message: '2025 年学时核认将于 5月20日开始。2022 年还差专业科目 18 学时。' });
  });

  it('shows the notification in the language saved in the settings', async () => {
    const name = `rem-lang-${Math.random()}`;
    const db = await openLedger(name);
    await db.putProfile(profile);
    await db.putEntries(entries);
    await db.putSettings({ remindersEnabled: true, activeProfileId: 'p', uiLanguage: 'en' });
    const shown = await remindNow(new Date(2025, 5, 1), () => openLedger(name));
    expect(shown?.title).toBe('CE Hours Assistant: Wang Qiang has 1 year(s) short');
    expect(`${shown?.title} ${shown?.message}`).not.toMatch(CJK);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([REMINDER_ALARM]);

    await db.putSettings({ remindersEnabled: true, activeProfileId: 'p' }); // no language saved: Chinese
    expect((await remindNow(new Date(2025, 5, 1), () => openLedger(name)))?.title).toBe('学时助手：Wang Qiang 还有 1 个年度未达标');
    db.close();
  });
});
