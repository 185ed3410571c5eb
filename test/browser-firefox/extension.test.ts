// The Firefox build in Firefox ESR (puppeteer-core over WebDriver BiDi), on the same portal replica as the Chromium
// suite: injection, the options import (GBK CSV, XLSX), the popup checklist, 一键填报 of variant A, the submit guard,
// reviewer marks, and reminders with their permission granted. One browser for the whole file (two cores in CI).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { sampleBatch } from '../fixtures/sample/sample-data';
import { SAMPLE_GBK_CSV, SAMPLE_PERSON, SAMPLE_XLSX, SECOND_PERSON } from '../browser/seed';
import { ledgerRow, yearFields } from '../browser/applicant-helpers';
import { fireReminderInFilingWindow } from '../browser/reminder-clock';
import { BAD, GOOD } from '../browser/reviewer-seed';
import {
  expectNoExtensionErrors,
  launchFirefox,
  newInterceptedPage,
  openExtensionPage,
  openPortal,
  poll,
  reloadExtensionPage,
  type FxSession,
} from './harness';
import { appA, byTestId, chooseWithKeyboard, clickButton, clickTestId, openYearDetail, replicaEvents, saved, seedReplica, testIdAttrs, waitDataPage, waitJob, waitTestId } from './dom';

const batch = sampleBatch();
const countOf = (name: string) => batch.entries.filter((e) => e.profileId === batch.profiles.find((p) => p.name === name)!.id).length;
const YEARS = [2020, 2021, 2022, 2023, 2024];

const text = (el: ElementHandle<Element>) => el.evaluate((e) => (e as HTMLElement).innerText);

/** Chooses the option whose text is `label` in a <select> found by test id. */
async function selectByLabel(page: Page, id: string, label: string): Promise<void> {
  const select = (await waitTestId(page, id)) as ElementHandle<HTMLSelectElement>;
  const value = await select.evaluate((s, label) => [...s.options].find((o) => o.text.trim() === label)?.value, label);
  if (value === undefined) throw new Error(`no option ${label} in ${id}`);
  await select.select(value);
}

const optionTexts = (page: Page, id: string) =>
  page.evaluate((id) => [...(document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null)?.options ?? []].map((o) => o.text.trim()), id);

describe('学时助手 in Firefox ESR', () => {
  let s: FxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('injects the content script on the replica at the real portal address, and nowhere else', async () => {
    const page = await openPortal(s, 'index.html#/xskr/apply');
    await poll(() => page.evaluate(() => document.documentElement.getAttribute('data-xskr-injected')), (v) => v === '1', { what: 'data-xskr-injected' });
    await waitDataPage(page, 'applicant-list');
    const other = await newInterceptedPage(s);
    await other.goto('https://example.org/');
    await new Promise((r) => setTimeout(r, 800));
    expect(await other.evaluate(() => document.documentElement.getAttribute('data-xskr-injected'))).toBeNull();
    await other.close();
    await page.close();
  });

  it('sees the errors of the extension in Firefox’s output (what every test checks afterwards)', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.evaluate(() => {
      console.error('[学时助手] provoked by the test');
      setTimeout(() => {
        throw new Error('provoked uncaught');
      });
    });
    const errors = await poll(async () => s.extensionErrors.map((e) => e.line), (lines) => lines.length >= 2, { what: 'captured errors' });
    expect(errors.join('\n')).toContain('[学时助手] provoked by the test');
    expect(errors.join('\n')).toMatch(/JavaScript error: moz-extension:\/\/.*provoked uncaught/);
    s.extensionErrors.length = 0;
    await page.close();
  });

  it('imports a GBK CSV through the preview, then the same activities from XLSX without adding any twice', async () => {
    const page = await openExtensionPage(s, 'options.html');
    const input = (await waitTestId(page, 'ledger-import', { attached: true })) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(SAMPLE_GBK_CSV);
    await waitTestId(page, 'import-confirm');
    expect(await page.evaluate(() => document.body.innerText)).toContain('GBK');
    await clickTestId(page, 'import-confirm');
    await poll(async () => text(await waitTestId(page, 'import-result')), (t) => t.includes(`已导入 ${batch.entries.length} 条活动`), { what: 'import-result' });
    await poll(() => optionTexts(page, 'profile-select'), (o) => JSON.stringify(o) === JSON.stringify([SAMPLE_PERSON, SECOND_PERSON]), { what: 'profiles' });
    await poll(async () => text(await waitTestId(page, 'activity-count')), (t) => t === String(countOf(SAMPLE_PERSON)), { what: 'activity-count' });

    await input.uploadFile(SAMPLE_XLSX);
    await clickTestId(page, 'import-confirm');
    const result = await poll(async () => text(await waitTestId(page, 'import-result')), (t) => t.includes('新增 0 条活动'), { what: 'import-result' });
    expect(result).toContain(`${batch.entries.length} 条已在台账中`);
    expect(await text(await waitTestId(page, 'activity-count'))).toBe(String(countOf(SAMPLE_PERSON)));
    await page.close();
  });

  it('shows the span checklist in the popup for each person', async () => {
    const page = await openExtensionPage(s, 'popup.html');
    await waitTestId(page, 'span-year');
    const statuses = () => testIdAttrs(page, 'span-year', ['data-year', 'data-status']);
    await selectByLabel(page, 'profile-select', SECOND_PERSON);
    await poll(statuses, (v) => JSON.stringify(v) === JSON.stringify(YEARS.map((y) => [String(y), y === 2022 ? 'short' : 'ok'])), { what: `${SECOND_PERSON} span` });
    expect(await page.evaluate(() => document.querySelector('[data-testid=span-year][data-year="2022"]')?.textContent)).toContain('2022 年还差公需科目 10 学时');
    await selectByLabel(page, 'profile-select', SAMPLE_PERSON); // the person the portal tests fill for
    await poll(statuses, (v) => JSON.stringify(v) === JSON.stringify(YEARS.map((y) => [String(y), 'ok'])), { what: `${SAMPLE_PERSON} span` });
    await page.close();
  });

  it('fills 2020–2024 in variant A (一键填报), each saved row equal to the ledger, and never submits', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=150#/xskr/apply');
    await waitDataPage(page, 'applicant-list');
    await openYearDetail(page);
    await clickTestId(page, 'fill-years');
    expect(await waitJob(page, 90_000)).toContain('已添加 5 个年度');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual(YEARS.map((y) => ledgerRow(y)));
    expect((await replicaEvents(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    expect(await page.evaluate(() => document.querySelectorAll('.el-form-item.is-error').length)).toBe(0);
    await page.close();
  });

  it('stops 提交 with the submit guard while a year is short, and lets it through on continue', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=150#/xskr/apply');
    const rows = YEARS.map((y) => ({ ...ledgerRow(y), id: `r${y}` }));
    rows[1] = { ...rows[1], publicHours: 20, totalHours: 20 + rows[1].professionalHours };
    await seedReplica(page, [appA(rows)]);
    await openYearDetail(page);
    await poll(
      () => testIdAttrs(page, 'finding', ['data-code', 'data-year']),
      (f) => f.some(([code, year]) => code === 'public-below-min' && year === '2021'),
      { what: 'finding public-below-min 2021' },
    );
    await clickButton(page, '关闭', { dialog: '申报年度明细信息' });
    await clickButton(page, '关闭', { dialog: '学时核认申报' });
    await waitDataPage(page, 'applicant-list');
    const messageBoxes = () => page.evaluate(() => [...document.querySelectorAll('.el-message-box__wrapper')].filter((w) => (w as HTMLElement).style.display !== 'none' && w.getClientRects().length > 0).length);

    // The closed dialogs' grey mask fades out for a moment (Element's v-modal-leave) and takes a click meant for 提交
    // there, as it would a user's: press once the button is what lies under the pointer.
    await poll(
      () =>
        page.evaluate(() => {
          const b = [...document.querySelectorAll('.el-table__fixed-right button')].find((x) => x.textContent?.includes('提交'));
          const r = b?.getBoundingClientRect();
          return !!b && !!r && b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
        }),
      (free) => free,
      { what: '提交 free of the closing dialog’s mask' },
    );
    await clickButton(page, '提交', { scope: '.el-table__fixed-right' });
    expect(await text(await waitTestId(page, 'submit-guard'))).toContain('2021');
    await clickTestId(page, 'submit-guard-cancel');
    await poll(async () => (await byTestId(page, 'submit-guard')) === null, (gone) => gone, { what: 'guard closed' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await messageBoxes()).toBe(0); // the portal never saw the click

    await clickButton(page, '提交', { scope: '.el-table__fixed-right' });
    await clickTestId(page, 'submit-guard-continue');
    await poll(messageBoxes, (n) => n === 1, { what: 'the portal’s own confirmation' });
    await clickButton(page, '取消', { scope: '.el-message-box' });
    expect((await replicaEvents(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    await page.close();
  });

  it('marks each row of the reviewer’s 学时年度明细 with its status and codes', async () => {
    // With the 附件 column (as the Chromium reviewer suite), so evidence-missing can be told from the table.
    const page = await openPortal(s, 'index.html?attachments=column&saveDelay=0#/xskr/unit-audit');
    await seedReplica(page, [GOOD, BAD]);
    await waitDataPage(page, 'hr-list');
    const reviewButton = await poll(
      () =>
        page.evaluateHandle(() => {
          const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('王五'));
          return [...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.replace(/\s/g, '') === '审核') ?? null;
        }),
      (h) => h.asElement() !== null,
      { what: '审核 of 王五' },
    );
    await (reviewButton.asElement() as ElementHandle<Element>).click();
    await waitDataPage(page, 'hr-detail');
    const marks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.el-dialog__wrapper tr[data-xskr-status]')].map((tr) => [
          Number(/\d{4}/.exec((tr as HTMLTableRowElement).cells[1].textContent ?? '')?.[0]),
          tr.getAttribute('data-xskr-status'),
          tr.getAttribute('data-xskr-codes'),
        ]),
      );
    const expected = [
      [2020, 'problem', 'public-below-min'],
      [2021, 'problem', 'total-mismatch'],
      [2022, 'ok', ''],
      [2023, 'problem', 'year-duplicate'],
      [2023, 'problem', 'year-duplicate evidence-missing'],
      [2019, 'problem', 'year-outside-span'],
    ];
    await poll(marks, (m) => JSON.stringify(m) === JSON.stringify(expected), { what: 'reviewer marks', timeout: 20_000 });
    expect(await testIdAttrs(page, 'finding', ['data-code', 'data-year'])).toContainEqual(['year-missing', '2024']);
    // Another rule set re-checks at once: Xiangtan 2022 has no separate 公需 minimum.
    const policy = (await waitTestId(page, 'reviewer-policy')) as ElementHandle<HTMLSelectElement>;
    await chooseWithKeyboard(page, policy, 'xiangtan-2022');
    await poll(marks, (m) => JSON.stringify(m[0]) === JSON.stringify([2020, 'ok', '']), { what: 'marks under xiangtan-2022' });
    await page.close();
  });

  it('turns reminders on in the popup with the permission granted, and the daily alarm shows the notification', async () => {
    const page = await openExtensionPage(s, 'popup.html');
    const toggle = await waitTestId(page, 'reminders-toggle');
    await poll(() => toggle.evaluate((el) => !(el as HTMLInputElement).disabled), (ok) => ok, { what: 'toggle enabled' });
    expect(await toggle.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await toggle.click(); // a real click: Firefox grants optional permissions only from user input
    await poll(() => toggle.evaluate((el) => (el as HTMLInputElement).checked), (on) => on, { what: 'reminders on' });
    const ext = () =>
      page.evaluate(async () => {
        const b = (globalThis as any).browser;
        const alarm = await b.alarms.get('xskr-filing-reminder');
        return { perms: (await b.permissions.getAll()).permissions.sort(), period: alarm?.periodInMinutes ?? null };
      });
    // (the checkbox ticks at the click; the alarm exists once setReminders has finished)
    const on = await poll(ext, (v) => v.period !== null, { what: 'the daily alarm' });
    expect(on).toEqual({ perms: expect.arrayContaining(['alarms', 'notifications', 'storage']), period: 24 * 60 });

    // The background's clock is set into the 2025 filing window (王芳 is short in 2022 and active), then the alarm fires.
    await selectByLabel(page, 'profile-select', SECOND_PERSON);
    await poll(() => testIdAttrs(page, 'span-year', ['data-status']), (v) => v.some(([st]) => st === 'short'), { what: 'popup switched' });
    const shown = await page.evaluate(fireReminderInFilingWindow, true);
    expect(Object.keys(shown)).toEqual(['xskr-filing-reminder']);
    expect(shown['xskr-filing-reminder']).toMatchObject({
      title: `学时助手：${SECOND_PERSON} 还有 1 个年度未达标`,
      message: '2025 年学时核认正在申报（7月20日截止）。2022 年还差公需科目 10 学时。',
    });

    await toggle.click(); // off again
    await poll(() => toggle.evaluate((el) => (el as HTMLInputElement).checked), (on) => !on, { what: 'reminders off' });
    await poll(ext, (v) => v.period === null, { what: 'the alarm cleared' });
    await reloadExtensionPage(page); // the choice is stored: off after a reload too
    const again = await waitTestId(page, 'reminders-toggle');
    await poll(() => again.evaluate((el) => !(el as HTMLInputElement).disabled), (ok) => ok, { what: 'toggle enabled after reload' });
    expect(await again.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    await page.close();
  });
});

