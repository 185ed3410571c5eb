// The options page with one unreadable record of each kind: it opens as usual and says what it could not read.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { LEDGER_DB_VERSION, openLedger } from '../../../utils/ledger/db';
import { optionsPages, until } from '../ui';

const showOptions = optionsPages();


describe('the options page over a ledger with unreadable records', () => {
  it('shows the person and their activities, and says how many records it could not read, naming them', async () => {
    const name = `options-unreadable-${Math.random()}`;
    const db = await openLedger(name);
    await db.putProfile({ id: 'p1', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
    const good = { profileId: 'p1', form: '远程教育', year: 2024, category: 'public' as const, certifiedHours: 10, evidenceNames: [], createdAt: 1, updatedAt: 1 };
    await db.putEntries([
      { ...good, id: 'e1', name: '公需科目网络课程' },
      { ...good, id: 'e2', name: '专业科目培训班' },
    ]);
    await db.setActiveProfile('p1');
    const raw = await openDB(name, LEDGER_DB_VERSION);
    await raw.put('entries', { ...good, id: 'bad', name: '桥梁检测培训', certifiedHours: -3 });
    await raw.put('profiles', { id: 'p2', name: '王芳', policyId: 'hunan-2025', titleLevel: 'junior', reviewYear: 2025, createdAt: 2 });
    raw.close();

    const { host } = await showOptions(db);
    await until(() => !!host.querySelector('[data-testid=unreadable-records]'));
    expect(host.querySelector('[data-testid=activity-count]')?.textContent).toBe('2');
    const notice = host.querySelector('[data-testid=unreadable-records]')!;
    expect(notice.querySelector('p')?.textContent).toContain('台账中有 2 条记录无法读取');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent).sort()).toEqual(
      ['李明的活动“桥梁检测培训”（2024年）：学时：应不小于 0（现为 -3）', '人员“王芳”：职称级别：取值无效（现为 “junior”）'].sort(),
    );
    expect(host.querySelector('[role=alert]')).toBeNull(); // no error instead of the page
  });
});
