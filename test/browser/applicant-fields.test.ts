// Issue 12 point 5: the whole 申报相关信息 form in one click. The person's 民族, 单位性质, 申报大类, 子专业名称 and
// 行政区划名称 are set on the options page as a user does, and 填入申报人信息 puts them into the portal's own el-selects and
// input (only the empty fields), so the Vue model holds them and the portal's validation shows no red field.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, openPortal } from './harness';
import { dialog, panel, waitJob } from './applicant-helpers';
import { seededSession } from './suite-session';

const WANTED = { ethnicity: '土家族', employerType: '国有企业', category: '工程', subSpecialty: '建筑学', region: '湖南省省本级' };

/** The portal form's Vue model (el-form's `model` prop): what 保存 would send. */
const formModel = (page: Page) =>
  page.evaluate(() => {
    const forms = [...document.querySelectorAll('.el-dialog__wrapper .el-form')] as (Element & { __vue__?: { model: Record<string, unknown> } })[];
    const form = forms.find((f) => f.__vue__?.model && '子专业名称' in f.__vue__.model);
    return { ...(form?.__vue__?.model ?? {}) } as Record<string, string>;
  });

describe('申报相关信息: the rest of the form from the profile', () => {
  const s = seededSession();

  it('keeps the five fields typed on the options page (after a reload too)', async () => {
    const page = await openExtensionPage(s, 'options.html');
    for (const [key, value] of Object.entries(WANTED)) {
      const input = page.getByTestId(`profile-${key}`);
      await input.fill(value);
      await input.press('Tab'); // change fires on leaving the field, as for the other profile fields
    }
    await expect.poll(() => page.getByTestId('profile-saved').innerText()).not.toMatch(/保存中/);
    await page.reload();
    for (const [key, value] of Object.entries(WANTED)) await expect.poll(() => page.getByTestId(`profile-${key}`).inputValue()).toBe(value);
    await page.close();
  });

  it('fills 单位性质, 申报大类, 子专业名称 and 行政区划名称 through the portal’s controls and leaves its preset 民族', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.getByRole('button', { name: '新增学时核认申报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    expect((await formModel(page)).民族).toBe('汉族'); // the portal's default
    await page.getByTestId('fill-applicant').click();
    const report = await waitJob(page);
    expect(report).toContain('单位性质');
    expect(report).toContain('行政区划名称');
    expect(report).toContain('“民族”与台账不同，未改动');
    const model = await formModel(page);
    expect({ 单位性质: model.单位性质, 申报大类: model.申报大类, 子专业名称: model.子专业名称, 行政区划名称: model.行政区划名称, 民族: model.民族 }).toEqual({
      单位性质: '国有企业',
      申报大类: '工程',
      子专业名称: '建筑学',
      行政区划名称: '湖南省省本级',
      民族: '汉族',
    });
    // What the user sees in the selects, and no red field from the portal's own validation.
    const form = dialog(page, '学时核认申报');
    const shown = (label: string) =>
      form.locator('.el-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) }).locator('input').first().inputValue();
    expect(await shown('申报大类')).toBe('工程');
    expect(await shown('行政区划名称')).toBe('湖南省省本级');
    expect(await page.locator('.el-form-item.is-error').count()).toBe(0);
  });

  it('a second click changes nothing: every field is filled now', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.getByRole('button', { name: '新增学时核认申报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await page.getByTestId('fill-applicant').click();
    await waitJob(page);
    const before = await formModel(page);
    await page.getByTestId('fill-applicant').click();
    await waitJob(page);
    expect(await formModel(page)).toEqual(before);
  });
});

describe('申报相关信息 with 行政区划名称 as an el-cascader (?region=cascader)', () => {
  const s = seededSession();

  it('walks the cascader 湖南省 → 湖南省省本级 as a user does, and the portal’s model holds the leaf', async () => {
    const options = await openExtensionPage(s, 'options.html');
    const input = options.getByTestId('profile-region');
    await input.fill('湖南省省本级');
    await input.press('Tab');
    await expect.poll(() => options.getByTestId('profile-saved').innerText()).not.toMatch(/保存中/);
    await options.close();
    const page = await openPortal(s, 'index.html?saveDelay=100&region=cascader#/xskr/apply');
    await page.getByRole('button', { name: '新增学时核认申报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    expect(await page.locator('.el-dialog__wrapper .el-cascader').count()).toBe(1);
    await page.getByTestId('fill-applicant').click();
    expect(await waitJob(page)).toContain('行政区划名称');
    expect((await formModel(page)).行政区划名称).toBe('湖南省省本级');
    expect(await page.locator('.el-dialog__wrapper .el-cascader input').inputValue()).toBe('湖南省省本级');
    expect(await page.locator('.el-form-item.is-error').count()).toBe(0);
  });
});
