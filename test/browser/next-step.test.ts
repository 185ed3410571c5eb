// A person who has never seen the extension finishes the applicant flow from the panel's first lines alone: on each
// screen they press only the panel's primary button, from the 申请列表 to a declaration ready for 提交.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoExtensionErrors, launchWithExtension, openPortal, type Session } from './harness';
import { seedLedger } from './seed';
import { events, ledgerRow, panel, saved, seedReplica, yearFields, ZHANGSAN } from './applicant-helpers';

describe('the panel’s next step', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('leads from the 申请列表 to a declaration ready for 提交 with one primary button per screen, never pressing 提交', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows: [] }]);
    const step = page.getByTestId('next-step');
    const action = page.getByTestId('next-step-action');
    const job = page.getByTestId('xskr-job');
    const walk: string[] = [];
    for (let i = 0; i < 30; i++) {
      // Let a running job finish and the screen settle before reading what the panel says now.
      await expect.poll(async () => ((await job.count()) ? await job.getAttribute('data-state') : 'none'), { timeout: 90_000 }).not.toBe('running');
      await page.waitForTimeout(600);
      const state = await step.getAttribute('data-state');
      const where = await panel(page).getAttribute('data-page');
      const text = await page.getByTestId('next-step-text').innerText();
      walk.push(`${where}: ${text}`);
      if (state === 'ready' && where === 'year-detail') break;
      // Exactly one primary button, and nothing else to open first.
      expect(await action.count(), walk.join('\n')).toBe(1);
      await action.click();
      await expect.poll(async () => `${await panel(page).getAttribute('data-page')}|${await page.getByTestId('next-step-text').innerText()}|${(await job.count()) ? await job.getAttribute('data-state') : ''}`, { timeout: 30_000 }).not.toBe(`${where}|${text}|${(await job.count()) ? await job.getAttribute('data-state') : ''}`);
    }
    expect(await step.getAttribute('data-state'), walk.join('\n')).toBe('ready');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    // Every span year is filed as the ledger aggregates it, and every year's ledger evidence is in the portal.
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => ledgerRow(y)));
    for (const r of app.rows) expect(r.attachments.length, `${r.year}\n${walk.join('\n')}`).toBeGreaterThan(0);
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    // The walk passed through each applicant screen, with what to do now in one line.
    const screens = new Set(walk.map((w) => w.split(':')[0]));
    expect([...screens].sort()).toEqual(['applicant-form', 'applicant-list', 'evidence-upload', 'year-detail']);
    expect(walk.find((w) => w.startsWith('applicant-form'))).toMatch(/下一步并补齐 5 个年度/);
    expect(walk.some((w) => /^evidence-upload: 放入 \d{4} 年的 \d+ 份材料/.test(w))).toBe(true);
  }, 300_000);
});
