// Issue 12 point 4: 学时证书打印 on the replica (recognised, the chosen years checked against the span, the span chosen
// through the portal's own year pickers) and the offline route's one-page summary, printed through Chromium's PDF output.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID, openExtensionPage, openPortal, panel } from './harness';
import { SAMPLE_PERSON, SAMPLE_YEARS, SECOND_PERSON } from './seed';
import { waitJob } from './applicant-helpers';
import { seededSession } from './suite-session';

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** The el-date-picker input under a label, as the user sees it. */
const yearInput = (page: Page, label: string) =>
  page.locator('.el-form-item').filter({ has: page.locator('label', { hasText: label }) }).locator('input').first();

describe('学时证书打印 and the offline summary', () => {
  const s = seededSession();

  it('recognises 学时证书打印, checks the chosen years against 2020–2024 and chooses the span in the portal’s pickers', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/print');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('certificate-print');
    const check = page.getByTestId('certificate-check');
    await expect.poll(() => check.getAttribute('data-status')).toBe('unset');
    // The user picks 2022–2023 (the guide's example) by typing into the year pickers.
    for (const [label, year] of [['起始年度', '2022'], ['结束年度', '2023']]) {
      const input = yearInput(page, label);
      await input.click();
      await input.fill(year);
      await input.press('Enter');
    }
    await expect.poll(() => check.getAttribute('data-status')).toBe('partial');
    expect(await check.getAttribute('data-missing')).toBe('2020 2021 2024');
    expect(await check.innerText()).toContain('缺 2020、2021、2024 年');
    await page.getByTestId('certificate-choose-span').click();
    await waitJob(page);
    await expect.poll(() => check.getAttribute('data-status')).toBe('ok');
    expect([await yearInput(page, '起始年度').inputValue(), await yearInput(page, '结束年度').inputValue()]).toEqual(['2020', '2024']);
    // The portal's own model took them: 查询 passes its validation and shows the 学时认定单 of 2020–2024.
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('.xr-certificate').innerText()).toContain('2020年至2024年');
    expect(await page.locator('.el-form-item.is-error').count()).toBe(0);
  });

  it('does not take another portal page for 学时证书打印 though its menu lists it', async () => {
    const page = await openPortal(s, 'index.html#/other');
    await expect.poll(() => page.getByTestId('xskr-screen').innerText()).toBe('未识别');
    expect(await panel(page).getAttribute('data-page')).toBeNull();
    expect(await page.getByTestId('certificate-check').count()).toBe(0);
  });

  it('prints the span overview of a person who files on the portal on one A4 page, from the options year view', async () => {
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const href = await options.getByTestId('span-overview-link').getAttribute('href');
    expect(href).toMatch(/^summary\.html#profile=.+&overview=1$/);
    await options.close();

    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/${href}`);
    const sheet = page.getByTestId('offline-sheet');
    await expect.poll(() => sheet.count()).toBe(1);
    expect(await sheet.locator('h1').innerText()).toBe('继续教育学时年度总览');
    expect(await sheet.getByTestId('offline-clause').count()).toBe(0); // no offline route for a portal filer
    const years = await sheet.getByTestId('offline-year').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-year'))));
    expect(years).toEqual(SAMPLE_YEARS);
    await page.emulateMedia({ media: 'print' });
    expect(await sheet.evaluate((e) => e.scrollHeight <= e.clientHeight)).toBe(true);
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await page.close();
  });

  it('prints one A4 page per offline person (株洲 中级 and 湘潭 2022), with the clause, rows and materials', async () => {
    const options = await openExtensionPage(s, 'options.html');
    // Make the two sample people offline, as a user would on the person form.
    await options.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    await options.getByTestId('profile-policy').selectOption('zhuzhou-2025');
    await options.getByTestId('profile-title-level').selectOption('intermediate');
    await expect.poll(() => options.getByTestId('offline-route').innerText()).toContain('合格证明');
    const href = await options.getByTestId('offline-summary-link').getAttribute('href');
    expect(href).toMatch(/^summary\.html#profile=/);
    await options.getByTestId('profile-select').selectOption({ label: SECOND_PERSON });
    await options.getByTestId('profile-policy').selectOption('xiangtan-2022');
    await expect.poll(() => options.getByTestId('offline-route').innerText()).toContain('学时认定单');

    // The summary page reads the ledger when it opens: the person form's last change may still be being written
    // (a CI run at load opened it first and saw one sheet), so it is opened again until it shows the stored change,
    // as a user reloading it would; the options page stays open meanwhile so its write is never cut short.
    const page = await s.context.newPage();
    const sheets = page.getByTestId('offline-sheet');
    await expect
      .poll(
        async () => {
          await page.goto(`chrome-extension://${EXTENSION_ID}/summary.html`);
          await page.getByTestId('offline-sheet').first().waitFor({ timeout: 10_000 });
          await page.waitForTimeout(300);
          return sheets.count();
        },
        { timeout: 45_000, interval: 500 },
      )
      .toBe(2);
    await options.close();
    const zhuzhou = sheets.filter({ hasText: SAMPLE_PERSON });
    expect(await zhuzhou.getByTestId('offline-clause').innerText()).toContain('株人社函〔2025〕8号 二');
    expect(await zhuzhou.getByTestId('offline-year').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-year')))).toEqual(['2021', '2022', '2023', '2024']);
    expect(await zhuzhou.getByTestId('offline-materials').innerText()).toMatch(/培训|远程教育/);
    const xiangtan = sheets.filter({ hasText: SECOND_PERSON });
    expect(await xiangtan.getByTestId('offline-clause').innerText()).toContain('潭人社函〔2022〕18号');

    // One page each, and not by hiding what does not fit: nothing of a sheet is clipped, on screen or in print.
    await page.emulateMedia({ media: 'print' });
    expect(await sheets.evaluateAll((els) => els.map((e) => e.scrollHeight <= e.clientHeight))).toEqual([true, true]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBe(2);
    // One person alone (the options page's link) is one page.
    await page.goto(`chrome-extension://${EXTENSION_ID}/${href}`);
    await page.reload();
    await expect.poll(() => sheets.count()).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });
});
