import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage, type Session } from './harness';
import { SAMPLE_GBK_CSV, SAMPLE_PERSON, SAMPLE_XLSX, SECOND_PERSON, seedLedger } from './seed';
import { sampleBatch } from '../fixtures/sample/sample-data';

const batch = sampleBatch();
const countOf = (name: string) => batch.entries.filter((e) => e.profileId === batch.profiles.find((p) => p.name === name)!.id).length;

describe('options page: the ledger manager', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());

  it('restores the sample backup with seedLedger and shows both people with their activities', async () => {
    await seedLedger(s);
    const page = await openExtensionPage(s, 'options.html');
    const select = page.getByTestId('profile-select');
    await expect.poll(() => select.locator('option').allInnerTexts()).toEqual([SAMPLE_PERSON, SECOND_PERSON]);
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON)));
    expect(await page.getByTestId('profile-policy').inputValue()).toBe('hunan-2025');
    expect(await page.getByTestId('profile-title-level').inputValue()).toBe('senior');
    expect(await page.getByTestId('profile-degree').inputValue()).toBe('bachelor');
    await select.selectOption({ label: SECOND_PERSON });
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SECOND_PERSON)));
    await page.close();
  });
});

describe('options page: importing spreadsheets', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());

  it('imports a GBK CSV through a preview, then shows the per-year view of the span', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('ledger-import').setInputFiles(SAMPLE_GBK_CSV);
    await expect.poll(() => page.getByRole('region', { name: '导入预览' }).innerText()).toContain('GBK');
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`已导入 ${batch.entries.length} 条活动`);
    await expect.poll(() => page.getByTestId('profile-select').locator('option').allInnerTexts()).toEqual([SAMPLE_PERSON, SECOND_PERSON]);
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON)));
    const rows = page.getByTestId('year-row');
    await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-year')}:${tr.getAttribute('data-status')}`))).toEqual([
      '2020:ok',
      '2021:ok',
      '2022:ok',
      '2023:ok',
      '2024:ok',
    ]);
    await page.getByTestId('profile-select').selectOption({ label: SECOND_PERSON });
    await expect.poll(() => page.locator('[data-testid=year-row][data-year="2022"]').getAttribute('data-status')).toBe('short');
    await expect.poll(() => page.locator('[data-testid=year-row][data-year="2022"]').innerText()).toContain('20');
    await page.close();
  });

  it('imports the same activities from XLSX without adding any twice', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('ledger-import').setInputFiles(SAMPLE_XLSX);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('已导入 0 条活动');
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`${batch.entries.length} 条已在台账中`);
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON)));
    await page.close();
  });

  it('imports an XLSX into an empty ledger and names the rejected row of a bad file', async () => {
    const fresh = await launchWithExtension();
    try {
      const page = await openExtensionPage(fresh, 'options.html');
      await page.getByTestId('ledger-import').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('年度,科目类别,名称,继续教育形式,学时\n2024,专业科目,培训,培训班,-8\n') });
      await expect.poll(() => page.getByTestId('import-error').innerText()).toContain('第2行');
      await expect(page.getByTestId('activity-count').count()).resolves.toBe(0);
      await page.getByTestId('ledger-import').setInputFiles(SAMPLE_XLSX);
      await page.getByTestId('import-confirm').click();
      await expect.poll(() => page.getByTestId('import-result').innerText()).toContain(`已导入 ${batch.entries.length} 条活动`);
      await expect.poll(() => page.getByTestId('year-row').count()).toBe(5);
      await page.close();
    } finally {
      await fresh.close();
    }
  });
});
