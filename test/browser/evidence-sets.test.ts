// Issue 12.3 and 12.6 on the real extension: evidence sets per activity on the options page and in the panel of the
// upload dialog, and variant B's required slots (学历信息, 委托审批函, 学时上传) filled from the ledger by the person's choice.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, openPortal } from './harness';
import { SAMPLE_PERSON } from './seed';
import { dialog, events, panel, saved, waitJob } from './applicant-helpers';
import { seededSession } from './suite-session';

const TRAINING = '建筑结构抗震设计规范培训班'; // 李明's 2020 培训班, with only its 结业证书 in the sample ledger
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) });

/** Chooses an option of a select in the panel with the keyboard (the panel ignores synthetic events). */
async function chooseByKeyboard(page: Page, select: ReturnType<Page['getByTestId']>, value: string) {
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await select.focus();
  for (let i = 0; i < values.length && (await select.inputValue()) !== value; i++) {
    await page.keyboard.press(values.indexOf(value) > values.indexOf(await select.inputValue()) ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(value);
}

describe('evidence sets and variant B’s required materials', () => {
  const s = seededSession();

  it('the ledger shows a training with only its 结业证书 as incomplete, and complete once a file is tagged 签到表', async () => {
    const page = await openExtensionPage(s, 'options.html');
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const row = page.locator('tr', { hasText: TRAINING }).first();
    const set = row.getByTestId('evidence-set');
    await expect.poll(() => set.getAttribute('data-status'), { timeout: 15_000 }).toBe('incomplete');
    expect(await set.getByTestId('evidence-set-missing').innerText()).toBe('培训通知（或培训签到表、培训课程表、培训日程安排之一）');
    expect(await set.innerText()).toContain('湘人社办函〔2025〕37号 附件2 一.1');
    // The certificate was guessed from its name; a scan with a meaningless name is untagged until the user says.
    expect(await row.locator('[data-testid="evidence-material"][data-file="2020年度培训结业证书.pdf"]').inputValue()).toBe('completion-certificate');
    await row.locator('input[type=file]').setInputFiles(pdf('scan-0001.pdf'));
    const scan = row.locator('[data-testid="evidence-material"][data-file="scan-0001.pdf"]');
    await expect.poll(() => scan.inputValue()).toBe('');
    expect(await set.getAttribute('data-status')).toBe('incomplete');
    await scan.selectOption('sign-in');
    await expect.poll(() => set.getAttribute('data-status')).toBe('complete');
    await expect.poll(() => scan.getAttribute('data-guessed')).toBe('false');
    // 学历信息 and 委托审批函 for variant B, not tied to a year
    await page.getByTestId('personal-evidence').setInputFiles([pdf('学历证书.pdf'), pdf('委托审批函.pdf')]);
    const personal = page.getByTestId('personal-documents');
    await expect.poll(() => personal.locator('[data-testid="evidence-material"][data-file="委托审批函.pdf"]').inputValue()).toBe('entrustment');
    expect(await personal.locator('[data-testid="evidence-material"][data-file="学历证书.pdf"]').inputValue()).toBe('education');
    // The tag was stored: it survives a reload.
    await page.reload();
    await page.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    await expect.poll(() => page.locator('tr', { hasText: TRAINING }).first().getByTestId('evidence-set').getAttribute('data-status'), { timeout: 15_000 }).toBe('complete');
    await page.close();
  });

  it('the popup shows per year how many activities have a complete set', async () => {
    const page = await openExtensionPage(s, 'popup.html');
    const y2020 = page.locator('[data-testid="span-year"][data-year="2020"]').getByTestId('span-year-sets');
    await expect.poll(() => y2020.getAttribute('data-complete'), { timeout: 15_000 }).not.toBeNull();
    const [done, total] = [Number(await y2020.getAttribute('data-complete')), Number(await y2020.getAttribute('data-total'))];
    expect(total).toBe(3); // 远程教育, the 培训班 and the 学术会议 of 2020
    expect(done).toBe(1); // only the 培训班 has its set (结业证书 + the scan tagged 签到表)
    expect(await y2020.innerText()).toContain('全国建筑结构学术交流会');
    await page.close();
  });

  it('in variant B’s upload dialog the panel shows the sets, the empty required slots before 保存, and puts each chosen file into its slot', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.getByRole('button', { name: '修改' }).first().click();
    await page.getByTestId('fill-years').click();
    await waitJob(page);
    await dialog(page, '学时核认申报').getByRole('button', { name: '学时佐证材料上传' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('evidence-upload');
    // evidence sets of 2020's activities
    const sets = page.getByTestId('panel-evidence-set');
    await expect.poll(() => sets.count(), { timeout: 15_000 }).toBe(3);
    expect(await sets.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')).sort())).toEqual(['complete', 'incomplete', 'incomplete']);
    expect(await page.getByTestId('panel-evidence-missing').first().innerText()).not.toBe('');
    // every required slot is still empty
    const status = (slot: string) => page.locator(`[data-testid="slot-status"][data-slot="${slot}"]`);
    for (const slot of ['学历信息', '委托审批函', '学时上传']) await expect.poll(() => status(slot).getAttribute('data-filled')).toBe('false');
    expect(await page.getByTestId('slots-before-save').innerText()).toContain('学历信息、委托审批函、学时上传');
    // the person's choice per file: suggested by what each is; the scan is kept out
    const choice = (file: string) => page.locator(`[data-testid="slot-choice"][data-file="${file}"]`);
    await expect.poll(() => choice('学历证书.pdf').inputValue(), { timeout: 15_000 }).toBe('学历信息');
    expect(await choice('委托审批函.pdf').inputValue()).toBe('委托审批函');
    expect(await choice('2020年度培训结业证书.pdf').inputValue()).toBe('学时上传');
    await chooseByKeyboard(page, choice('scan-0001.pdf'), '');
    await page.getByTestId('attach-slots').click();
    expect(await waitJob(page)).toContain('必传栏目都已有文件');
    const uploads = (await events(page)).filter((e) => e.type === 'upload') as unknown as { slot: string; file: { name: string } }[];
    expect(uploads.map((u) => [u.slot, u.file.name]).sort()).toEqual([
      ['委托审批函', '委托审批函.pdf'],
      ['学历信息', '学历证书.pdf'],
      ['学时上传', '2020年度培训结业证书.pdf'],
    ]);
    for (const slot of ['学历信息', '委托审批函', '学时上传']) await expect.poll(() => status(slot).getAttribute('data-filled')).toBe('true');
    expect(await page.getByTestId('slots-before-save').innerText()).toContain('可以回到表单点“保存”');
    await dialog(page, '申报材料上传').getByRole('button', { name: '关闭' }).click();
    await dialog(page, '学时核认申报').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog(page, '学时核认申报').count()).toBe(0);
    const app = (await saved(page)).applications.find((a) => a.variant === 'B')!;
    expect(Object.fromEntries(Object.entries(app.slots).map(([k, v]) => [k, v.map((f) => f.name)]))).toEqual({
      学历信息: ['学历证书.pdf'],
      委托审批函: ['委托审批函.pdf'],
      上传学时申报材料: [],
      学时上传: ['2020年度培训结业证书.pdf'],
    });
  });

  it('ignores a click on 放入所选栏目 that the page script makes, not the user', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.getByRole('button', { name: '修改' }).first().click();
    await page.getByTestId('fill-years').click();
    await waitJob(page);
    await dialog(page, '学时核认申报').getByRole('button', { name: '学时佐证材料上传' }).click();
    await expect.poll(() => page.getByTestId('attach-slots').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByTestId('attach-slots').evaluate((b) => (b as HTMLButtonElement).click());
    await new Promise((r) => setTimeout(r, 1500));
    expect((await events(page)).filter((e) => e.type === 'upload')).toHaveLength(0);
  });
});
