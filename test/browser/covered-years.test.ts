// Issue 12 points 1–2 on the replica, as a person does it: record an earlier 学时认定单 on the options page (contract §4
// recognition-form-*), see the popup's span complete, and let 一键填报 fill only the years it does not prove
// (湘人社办函〔2025〕37号 三.(四)); set the span yourself where the rule leaves it open (博士参评副高 「按相关规定执行」,
// 湘人社办函〔2025〕37号 二) and see the checklist, checks and fill use it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, openPortal } from './harness';
import { appA, events, ledgerRow, openYearDetail, saved, seedReplica, waitJob, yearFields } from './applicant-helpers';
import { seededSession } from './suite-session';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const spanStatuses = (page: Page) =>
  page.getByTestId('span-year').evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-year')), el.getAttribute('data-status')]));
const yearRowStatuses = (page: Page) =>
  page.getByTestId('year-row').evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-year')), el.getAttribute('data-status')]));
const findingsOf = (page: Page, code: string) =>
  page.getByTestId('finding').evaluateAll((els, c) => els.filter((el) => el.getAttribute('data-code') === c).map((el) => Number(el.getAttribute('data-year'))), code);

describe('years proved by an earlier 学时认定单 (issue 12 point 1)', () => {
  const s = seededSession(); // 李明, complete 2020–2024 in the ledger

  it('a 2020–2021 认定单 recorded on the options page makes the popup span complete, and 一键填报 fills only 2022–2024', async () => {
    const options = await openExtensionPage(s, 'options.html');
    await expect.poll(() => yearRowStatuses(options), { timeout: 15_000 }).toEqual([[2020, 'ok'], [2021, 'ok'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    await options.getByTestId('recognition-form-from').fill('2020');
    await options.getByTestId('recognition-form-to').fill('2021');
    await options.getByTestId('recognition-form-file').setInputFiles({ name: '2020-2021学时认定单.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => yearRowStatuses(options)).toEqual([[2020, 'covered'], [2021, 'covered'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    await expect(options.locator('[data-testid=year-row][data-year="2020"] [data-testid=year-covered]').innerText()).resolves.toBe(
      '已由《学时认定单》（2020–2021 年，2020-2021学时认定单.pdf）证明，不需要学时',
    );
    await options.close();

    const popup = await openExtensionPage(s, 'popup.html');
    await expect.poll(() => spanStatuses(popup), { timeout: 15_000 }).toEqual([[2020, 'covered'], [2021, 'covered'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    await expect(popup.getByTestId('span-summary').innerText()).resolves.toBe('2020–2024 年都已完成（2020、2021 年由以前的认定单证明）');
    await expect(popup.locator('[data-testid=span-year][data-year="2021"]').innerText()).resolves.toContain('已由《学时认定单》');
    await popup.close();

    const page = await openPortal(s, 'index.html?saveDelay=150#/xskr/apply');
    await seedReplica(page, [appA()]);
    await openYearDetail(page);
    // The panel names the form for each covered year and adds no row for it; the checks call neither year missing.
    await expect.poll(() => page.getByTestId('covered-year').evaluateAll((els) => els.map((el) => el.getAttribute('data-year')))).toEqual(['2020', '2021']);
    await expect(page.locator('[data-testid=covered-year][data-year="2020"]').innerText()).resolves.toContain('已由《学时认定单》（2020–2021 年，2020-2021学时认定单.pdf）证明');
    await expect.poll(() => findingsOf(page, 'year-missing')).toEqual([2022, 2023, 2024]);
    await page.getByTestId('fill-years').click();
    const report = await waitJob(page, 90_000);
    expect(report).toContain('已添加 3 个年度');
    expect(report).toContain('2020 年：已由《学时认定单》（2020–2021 年，2020-2021学时认定单.pdf）证明，不需要学时（湘人社办函〔2025〕37号 三.(四)），不添加该年度的行');
    expect(report).toContain('2021 年：已由《学时认定单》');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual([2022, 2023, 2024].map((y) => ledgerRow(y)));
    await expect.poll(() => findingsOf(page, 'year-missing')).toEqual([]); // the span is complete on the page too
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
  });
});

describe('the span a doctor applying for 副高 sets (issue 12 point 2)', () => {
  const s = seededSession();

  it('shows the rule’s sentence, takes 2021–2023 as the person’s own, and the popup, checks and fill use it', async () => {
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('profile-degree').selectOption('doctor');
    await expect(options.getByTestId('own-span-rule').innerText()).resolves.toContain('（博士参评副高按相关规定执行）');
    await options.getByTestId('profile-span-from').fill('2021');
    await options.getByTestId('profile-span-from').press('Tab');
    await options.getByTestId('profile-span-to').fill('2023');
    await options.getByTestId('profile-span-to').press('Tab');
    await expect.poll(() => yearRowStatuses(options)).toEqual([[2020, 'ok'], [2021, 'ok'], [2022, 'ok'], [2023, 'ok'], [2024, 'ok']]);
    await expect(options.getByTestId('own-span-mine').innerText()).resolves.toContain('您自己设置');
    await options.close();

    const popup = await openExtensionPage(s, 'popup.html');
    await expect.poll(() => spanStatuses(popup), { timeout: 15_000 }).toEqual([[2021, 'ok'], [2022, 'ok'], [2023, 'ok']]);
    await expect(popup.getByTestId('span-range').getAttribute('data-own-span')).resolves.toBe('true');
    await expect(popup.getByTestId('span-range').innerText()).resolves.toContain('您自己设置的年度');
    await popup.close();

    const page = await openPortal(s, 'index.html?saveDelay=150#/xskr/apply');
    const mine = { ...ledgerRow(2022), id: 'row-mine' };
    await seedReplica(page, [appA([mine])]);
    await openYearDetail(page);
    await expect.poll(() => findingsOf(page, 'year-missing')).toEqual([2021, 2023]); // the person's span, not the rule set's 2020–2024
    await page.getByTestId('fill-years').click();
    const report = await waitJob(page, 90_000);
    expect(report).toContain('已添加 2 个年度');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map((r) => r.year).sort()).toEqual([2021, 2022, 2023]);
    expect(yearFields(app.rows.find((r) => r.year === 2021)!)).toEqual(ledgerRow(2021));
    await expect.poll(() => findingsOf(page, 'year-missing')).toEqual([]);
  });
});
