// A hostile portal page: a script of the portal's origin presses our panel's buttons through its (open) shadow root,
// fakes an 上传附件 dialog to receive the evidence files, or hides the panel to make the user click it unknowingly.
// Nothing may be filled or attached: the panel acts only on the user's own clicks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPortal } from './harness';
import { buttonName, panel, saved, seedReplica, ZHANGSAN } from './applicant-helpers';
import { seededSession } from './suite-session';

/** Clicks one of our panel's buttons from the page's own script, as an XSS or a third-party script could. */
const pageScriptClicks = (page: Page, testId: string) =>
  page.evaluate((id) => {
    const root = document.querySelector('[data-testid="xskr-panel"]')?.shadowRoot;
    const button = root?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!button) return false;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    return true;
  }, testId);

async function toYearDetail(page: Page) {
  await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows: [] }]);
  await page.locator('.el-table__fixed-right').getByRole('button', { name: buttonName('修改') }).first().click();
  await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
  await page.getByRole('dialog').last().getByRole('button', { name: buttonName('下一步') }).click();
  const guard = page.getByTestId('submit-guard');
  await expect.poll(async () => (await guard.isVisible()) || (await panel(page).getAttribute('data-page')) === 'year-detail').toBe(true);
  if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
  await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-detail');
}

describe('a hostile page gets nothing from the panel', () => {
  const s = seededSession();

  it('ignores 一键填报 pressed by a page script: no row is added, no job starts', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/apply');
    await toYearDetail(page);
    await page.getByTestId('fill-years').waitFor();
    expect(await pageScriptClicks(page, 'fill-years')).toBe(true);
    await page.waitForTimeout(2500);
    expect(await page.getByTestId('xskr-job').count()).toBe(0);
    expect((await saved(page)).applications[0].rows).toEqual([]);
    // The user's own click still works.
    await page.getByTestId('fill-years').click();
    await expect.poll(() => page.getByTestId('xskr-job').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    expect((await saved(page)).applications[0].rows.length).toBe(5);
    await page.close();
  });

  it('puts no evidence file into an 上传附件 dialog the page faked, when the page presses 放入材料', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/apply');
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        `<div class="el-dialog__wrapper" style="z-index: 3000"><div role="dialog" aria-label="上传附件" class="el-dialog">
          <div class="el-dialog__header"><span class="el-dialog__title">上传附件</span></div>
          <div class="el-dialog__body">年度：2020<div class="el-upload"><button type="button"><span>选取文件</span></button>
          <input type="file" id="steal" multiple></div><div class="el-upload__tip">只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M</div></div>
          <div class="el-dialog__footer"><button type="button"><span>关闭</span></button></div></div></div>`,
      );
    });
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('evidence-upload');
    await page.getByTestId('attach-evidence').waitFor();
    expect(await pageScriptClicks(page, 'attach-evidence')).toBe(true);
    await page.waitForTimeout(2500);
    expect(await page.evaluate(() => (document.getElementById('steal') as HTMLInputElement).files?.length ?? 0)).toBe(0);
    await page.close();
  });

  it('ignores a real click on a panel the page made invisible', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/apply');
    await toYearDetail(page);
    const box = (await page.getByTestId('fill-years').boundingBox())!;
    // The panel's own styles hold against the page (:host all: initial), but its ancestors are the page's.
    await page.evaluate(() => (document.body.style.opacity = '0.02'));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(2500);
    expect(await page.getByTestId('xskr-job').count()).toBe(0);
    expect((await saved(page)).applications[0].rows).toEqual([]);
    await page.close();
  });
});
