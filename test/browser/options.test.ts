import { readFileSync } from 'node:fs';
import type { FileChooser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, openExtensionPage } from './harness';
import { SAMPLE_GBK_CSV, SAMPLE_PERSON, SAMPLE_XLSX, SECOND_PERSON, seedLedger } from './seed';
import { sampleBatch } from '../fixtures/sample/sample-data';
import { seededSession, suiteSession } from './suite-session';

const batch = sampleBatch();
const countOf = (name: string) => batch.entries.filter((e) => e.profileId === batch.profiles.find((p) => p.name === name)!.id).length;

describe('options page: the ledger manager', () => {
  const s = suiteSession();

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
    await page.getByText('全部人员概览').click();
    const wangRow = page.getByTestId('overview-table').locator('tr', { hasText: SECOND_PERSON });
    await expect.poll(() => wangRow.locator('.chip').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('data-year')}:${c.getAttribute('data-status')}`))).toEqual([
      '2020:ok',
      '2021:ok',
      '2022:short',
      '2023:ok',
      '2024:ok',
    ]);
    await page.close();
  });
});

describe('options page: keeping the ledger', () => {
  const s = seededSession();

  it('opens the person named in #profile=<id>, as the popup links it', async () => {
    const wang = batch.profiles.find((p) => p.name === SECOND_PERSON)!;
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#profile=${wang.id}`);
    await expect.poll(() => page.getByTestId('profile-select').inputValue()).toBe(wang.id);
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SECOND_PERSON)));
    await page.close();
  });

  it('adds a rule-converted training with the keyboard, showing its hours and citation live', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON)));
    await page.getByRole('button', { name: '新增活动' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: '新增活动' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('End'); // keyboard choice of the type: walk to the training kind
    await form.getByLabel('类型').selectOption({ label: '按规则折算：培训、研讨、会议' });
    await form.getByLabel('名称').fill('道路桥梁检测技术研修班');
    await form.getByLabel('继续教育形式').fill('培训班');
    await form.getByLabel('年度').fill('2022');
    await form.getByLabel('天数', { exact: true }).fill('2');
    await form.getByLabel('半天数').fill('1');
    await expect.poll(() => page.getByTestId('entry-live-hours').innerText()).toContain('专业科目 20 学时');
    expect(await page.getByTestId('entry-live-hours').innerText()).toContain('湘人社办函〔2025〕37号');
    await form.getByLabel('半天数').press('Enter');
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON) + 1));
    await expect.poll(() => page.locator('[data-testid=year-row][data-year="2022"]').innerText()).toContain('84'); // 64 + 20
    await page.close();
  });

  it('adds a certified online course and attaches its certificate with the keyboard alone', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const before = Number(await page.getByTestId('activity-count').innerText());
    await page.getByRole('button', { name: '新增活动' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.value)).toBe('certified');
    await page.keyboard.press('Tab');
    await page.keyboard.type('键盘录入的网络课程');
    await page.keyboard.press('Tab');
    await page.keyboard.type('远程教育');
    await page.keyboard.press('Tab'); // 科目类别
    await page.keyboard.press('ArrowUp'); // 专业科目 → 公需科目
    await page.keyboard.press('Tab'); // 年度
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2021');
    await page.keyboard.press('Tab'); // 日期: month, day, year segments
    await page.keyboard.type('03152021');
    for (let i = 0; i < 3 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) === 'date'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await expect.poll(() => page.getByTestId('entry-live-hours').innerText()).toContain('公需科目 4 学时');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(before + 1));
    const row = page.locator('tr[data-entry-id]', { hasText: '键盘录入的网络课程' });
    expect(await row.innerText()).toContain('2021-03-15');
    const fileInput = row.locator('input[type=file]');
    await fileInput.focus();
    await expect.poll(() => fileInput.evaluate((el) => el === document.activeElement)).toBe(true);
    // Playwright turns on file-chooser interception when the first waiter starts; a key pressed in that
    // moment opens the (headless, at once cancelled) native dialog instead, so the press is retried.
    let chooser: FileChooser | undefined;
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      const waiting = page.waitForEvent('filechooser', { timeout: 4_000 }).catch(() => undefined);
      await page.waitForTimeout(200);
      await page.keyboard.press('Enter');
      chooser = await waiting;
    }
    if (!chooser) throw new Error('no file chooser opened from the keyboard');
    await chooser.setFiles({ name: '键盘证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 keyboard') });
    await expect.poll(() => row.innerText()).toContain('键盘证书.pdf');
    await page.close();
  });

  it('saves and starts the next activity with the same year, form and subject', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const before = Number(await page.getByTestId('activity-count').innerText());
    await page.getByRole('button', { name: '新增活动' }).click();
    const form = page.getByRole('form', { name: '新增活动' });
    await form.getByLabel('名称').fill('连续录入一');
    await form.getByLabel('继续教育形式').fill('远程教育');
    await form.getByLabel('科目类别').selectOption('public');
    await form.getByLabel('年度').fill('2020');
    await form.getByLabel('学时', { exact: true }).fill('1');
    await form.getByRole('button', { name: '保存并继续添加' }).click();
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(before + 1));
    expect(await form.getByLabel('名称').inputValue()).toBe('');
    expect(await form.getByLabel('继续教育形式').inputValue()).toBe('远程教育');
    expect(await form.getByLabel('年度').inputValue()).toBe('2020');
    expect(await form.getByLabel('科目类别').inputValue()).toBe('public');
    await form.getByLabel('名称').fill('连续录入二');
    await form.getByLabel('学时', { exact: true }).fill('2');
    await form.getByLabel('学时', { exact: true }).press('Enter');
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(before + 2));
    await expect.poll(() => page.locator('[data-testid=year-row][data-year="2020"]').innerText()).toMatch(/^2020\s+33\b/);
    await page.close();
  });

  it('attaches evidence with the file button and by dropping a file, and refuses a file the portal would not take', async () => {
    const page = await openExtensionPage(s, 'options.html');
    const row = page.locator('tr[data-entry-id]', { hasText: '2024年度公需科目' });
    await row.locator('input[type=file]').setInputFiles({ name: '2024公需结业证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 button') });
    await expect.poll(() => row.innerText()).toContain('2024公需结业证书.pdf');
    await row.evaluate((tr) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], '课程截图.jpg', { type: 'image/jpeg' }));
      tr.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      tr.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    });
    await expect.poll(() => row.innerText()).toContain('课程截图.jpg');
    await row.getByRole('button', { name: '移除佐证 课程截图.jpg' }).click();
    await row.getByRole('button', { name: '取消' }).click();
    expect(await row.innerText()).toContain('课程截图.jpg');
    await row.getByRole('button', { name: '移除佐证 课程截图.jpg' }).click();
    await row.getByRole('button', { name: '确认移除' }).click();
    await expect.poll(() => row.innerText()).not.toContain('课程截图.jpg');
    await row.locator('input[type=file]').setInputFiles({ name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('只能上传 jpg、jpeg、png、doc、docx、pdf');
    expect(await row.innerText()).not.toContain('setup.exe');
    await page.close();
  });

  it('keeps the rule set, title level and degree chosen for a person', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SECOND_PERSON });
    await page.getByTestId('profile-title-level').selectOption('intermediate');
    await page.getByTestId('profile-policy').selectOption('zhuzhou-2025');
    await page.getByTestId('profile-degree').selectOption('doctor');
    await expect.poll(() => page.getByTestId('profile-saved').innerText()).toContain('已保存');
    const again = await openExtensionPage(s, 'options.html');
    await expect.poll(() => again.getByTestId('profile-select').inputValue()).toBe(batch.profiles[1].id);
    expect(await again.getByTestId('profile-policy').inputValue()).toBe('zhuzhou-2025');
    expect(await again.getByTestId('profile-title-level').inputValue()).toBe('intermediate');
    expect(await again.getByTestId('profile-degree').inputValue()).toBe('doctor');
    await again.close();
    await page.close();
  });

  it('makes a backup that restores in another browser profile with byte-identical evidence files', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '完整备份（含佐证文件）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^学时台账备份-\d{8}\.xskr\.json$/);
    const backupPath = await download.path();
    await expect.poll(() => page.getByTestId('last-backup').innerText()).toContain('上次完整备份');
    await page.close();

    const other = await launchWithExtension();
    try {
      await seedLedger(other, backupPath);
      const p2 = await openExtensionPage(other, 'options.html');
      await expect.poll(() => p2.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON) + 4));
      for (const ev of batch.evidence.filter((e) => e.profileId === batch.profiles[0].id)) {
        const [file] = await Promise.all([p2.waitForEvent('download'), p2.getByRole('button', { name: ev.name }).first().click()]);
        expect(Buffer.compare(readFileSync(await file.path()), Buffer.from(ev.bytes))).toBe(0);
      }
      await p2.close();
    } finally {
      await other.close();
    }
  });

  it('edits and duplicates an activity, and exports an Excel file that imports back without duplicates', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const before = Number(await page.getByTestId('activity-count').innerText());
    const row = page.locator('tr[data-entry-id]', { hasText: '2023年度公需科目' });
    await row.getByRole('button', { name: '复制' }).click();
    const form = page.getByRole('form', { name: '修改活动' });
    await form.getByLabel('名称').fill('2023年度公需科目：补学课程');
    await form.getByLabel('学时', { exact: true }).fill('6');
    await expect.poll(() => page.getByTestId('entry-live-hours').innerText()).toContain('公需科目 6 学时');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(before + 1));
    await expect.poll(() => page.locator('[data-testid=year-row][data-year="2023"]').innerText()).toMatch(/^2023\s+36\b/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel（全部人员）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByTestId('ledger-import').setInputFiles(await download.path());
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('新增 0 条活动');
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(before + 1));
    await page.close();
  });

  it('offers the import template for download, and the template imports', async () => {
    const page = await openExtensionPage(s, 'options.html');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载 Excel 模板' }).click()]);
    const fresh = await launchWithExtension();
    try {
      const p2 = await openExtensionPage(fresh, 'options.html');
      await p2.getByTestId('ledger-import').setInputFiles({ name: '模板.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(await download.path()) });
      await p2.getByTestId('import-confirm').click();
      await expect.poll(() => p2.getByTestId('import-result').innerText()).toContain('已导入 2 条活动');
    } finally {
      await fresh.close();
    }
    await page.close();
  });

  it('tells the user when the browser has no room left for a file, and keeps nothing half-stored', async () => {
    const full = await launchWithExtension();
    try {
      await seedLedger(full);
      // From now on the disk is "full" for evidence files (records holding bytes).
      await full.context.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
          if (value && typeof value === 'object' && 'bytes' in value) throw new DOMException('Quota exceeded', 'QuotaExceededError');
          return put.call(this, value, key);
        };
      });
      const page = await openExtensionPage(full, 'options.html');
      const row = page.locator('tr[data-entry-id]', { hasText: '2022年度公需科目' });
      await row.locator('input[type=file]').setInputFiles({ name: '证书.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 q') });
      await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('存储空间不足');
      expect(await row.innerText()).not.toContain('证书.pdf');
      await page.reload();
      await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON)));
      expect(await page.locator('tr[data-entry-id]', { hasText: '2022年度公需科目' }).innerText()).not.toContain('证书.pdf');
    } finally {
      await full.close();
    }
  });

  it('deletes a person only after a second confirmation, with all their activities', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SECOND_PERSON });
    await page.getByRole('button', { name: '删除人员' }).click();
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('profile-select').locator('option').allInnerTexts()).toEqual([SAMPLE_PERSON, SECOND_PERSON]);
    await page.getByRole('button', { name: '删除人员' }).click();
    await page.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => page.getByTestId('profile-select').locator('option').allInnerTexts()).toEqual([SAMPLE_PERSON]);
    await expect.poll(() => page.getByTestId('activity-count').innerText()).toBe(String(countOf(SAMPLE_PERSON) + 5));
    await page.close();
  });
});

describe('options page: importing spreadsheets', () => {
  const s = suiteSession();

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

  it('attaches a folder of evidence files to the imported activities by the names in 佐证材料', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const y2021 = page.locator('[data-testid=year-row][data-year="2021"]');
    await expect.poll(() => y2021.innerText()).toContain('待上传：2021年度培训结业证书.pdf');
    const files = [2020, 2021, 2022, 2023, 2024].map((y) => ({ name: `${y}年度培训结业证书.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${y}`) }));
    await page.getByTestId('bulk-evidence').setInputFiles([...files, { name: '无关文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 x') }]);
    await expect.poll(() => page.getByTestId('bulk-evidence-result').innerText()).toContain('已对应 5 个文件');
    expect(await page.getByTestId('bulk-evidence-result').innerText()).toContain('无关文件.pdf');
    await expect.poll(() => y2021.innerText()).not.toContain('待上传');
    expect(await page.locator('tr[data-entry-id]', { hasText: 'BIM 技术' }).innerText()).toContain('2021年度培训结业证书.pdf');
    await page.close();
  });

  it('imports the same activities from XLSX without adding any twice', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('ledger-import').setInputFiles(SAMPLE_XLSX);
    await page.getByTestId('import-confirm').click();
    await expect.poll(() => page.getByTestId('import-result').innerText()).toContain('新增 0 条活动');
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

describe('options page: typing while another page changes the ledger', () => {
  const s = seededSession();

  it('keeps 工作单位 typed but not yet left while the popup switches the language, and stores it on Tab', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await expect.poll(() => page.getByTestId('profile-select').inputValue()).toBe(batch.profiles[0].id);
    // The input itself (its label is reworded in English below): the same element must keep the typed text.
    const employer = (await page.locator('.profile-form > label').filter({ hasText: '工作单位' }).locator('input').elementHandle())!;
    await employer.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('湘潭示例检测中心');

    // Another page of the extension saves a change: this page reads the ledger again and re-renders in English.
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => page.locator('.profile-form > label').filter({ hasText: 'Employer' }).count()).toBe(1);
    expect(await employer.inputValue()).toBe('湘潭示例检测中心');
    expect(await employer.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.press('Tab'); // leaving the field stores it
    const again = await openExtensionPage(s, 'options.html');
    await expect.poll(() => again.locator('.profile-form > label').filter({ hasText: 'Employer' }).locator('input').inputValue()).toBe('湘潭示例检测中心');

    await popup.getByTestId('ui-language').selectOption('zh-CN');
    await Promise.all([again.close(), popup.close(), page.close()]);
  });
});
