// The applicant's screens in Firefox ESR, beyond extension.test.ts: variant B (one year per 学时核认申报 form, evidence in
// named slots): the fill of its year from the ledger, and the ledger's PDF attached into the 学时上传 slot through the
// portal's own Element upload (a File built from the stored bytes, set on the upload's input as a user's choice would
// be); and a hostile page script pressing the panel's buttons, which Firefox (content scripts behind Xray wrappers)
// must refuse as Chromium does. The ledger is the sample backup, evidence PDFs included, restored on the options page
// as a user would. One browser for the file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_BACKUP } from '../browser/seed';
import { ledgerRow, yearFields } from '../browser/applicant-helpers';
import { expectNoExtensionErrors, launchFirefox, openExtensionPage, openPortal, poll, type FxSession } from './harness';
import { appA, byTestId, clickButton, clickTestId, hasDialog, importLedgerFile, openYearDetail, replicaEvents, saved, seedReplica, testIdAttr, waitDataPage, waitJob, waitTestId } from './dom';

describe('the applicant’s screens in Firefox ESR', () => {
  let s: FxSession;
  beforeAll(async () => {
    s = await launchFirefox();
    const options = await openExtensionPage(s, 'options.html');
    await importLedgerFile(options, SAMPLE_BACKUP);
    await options.close();
  }, 90_000);
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('fills its year from the ledger and attaches the ledger PDF into the 学时上传 slot, leaving 保存 to the user', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await waitDataPage(page, 'applicant-list');
    await clickButton(page, '修改');
    await waitDataPage(page, 'applicant-form');
    await clickTestId(page, 'fill-years');
    expect(await waitJob(page)).toContain('已填写 2020 年度');

    await clickButton(page, '学时佐证材料上传', { dialog: '学时核认申报' });
    await waitDataPage(page, 'evidence-upload');
    await clickTestId(page, 'attach-evidence');
    expect(await waitJob(page)).toContain('2020 年：1 个文件已上传');
    const upload = (await replicaEvents(page)).find((e) => e.type === 'upload') as { slot?: string; file: { name: string; type: string; size: number } } | undefined;
    expect(upload).toMatchObject({ slot: '学时上传', file: { name: '2020年度培训结业证书.pdf', type: 'application/pdf' } });
    expect(upload!.file.size).toBeGreaterThan(100);

    await clickButton(page, '关闭', { dialog: '申报材料上传' });
    await poll(() => hasDialog(page, '申报材料上传'), (open) => !open, { what: '申报材料上传 closed' }); // its fade-out ends first
    expect((await saved(page)).applications.find((a) => a.variant === 'B')!.rows).toEqual([]); // nothing saved before the user's 保存
    await clickButton(page, '保存', { dialog: '学时核认申报' });
    await poll(() => hasDialog(page, '学时核认申报'), (open) => !open, { what: '学时核认申报 closed' });
    const app = (await saved(page)).applications.find((a) => a.variant === 'B')!;
    expect(app.rows.map(yearFields)).toEqual([ledgerRow(2020)]);
    expect(app.slots['学时上传'].map((f) => f.name)).toEqual(['2020年度培训结业证书.pdf']);
    expect((await replicaEvents(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    await page.close();
  });

  it('ignores 一键填报 pressed by a page script: no job starts, no row is added; the user’s own click fills', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/apply');
    await seedReplica(page, [appA()]);
    await openYearDetail(page);
    await waitTestId(page, 'fill-years');
    // The page's own script, as an injected or third-party script could: click() and a synthetic click event.
    const pressed = await page.evaluate(() => {
      const button = document.querySelector('[data-testid="xskr-panel"]')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="fill-years"]');
      if (!button) return false;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
      return true;
    });
    expect(pressed).toBe(true);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await byTestId(page, 'xskr-job')).toBeNull();
    expect((await saved(page)).applications[0].rows).toEqual([]);

    await clickTestId(page, 'fill-years'); // the user's own (trusted) click
    expect(await waitJob(page, 60_000)).toContain('已添加 5 个年度');
    expect(await testIdAttr(page, 'xskr-job', 'data-state')).toBe('done');
    expect((await saved(page)).applications[0].rows).toHaveLength(5);
    await page.close();
  });
});
