// The applicant side of the portal content script on the replica, with the extension loaded and the sample ledger.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoExtensionErrors, launchWithExtension, openExtensionPage, openPortal, type Session } from './harness';
import { seedLedger } from './seed';
import { appA, dialog, events, ledgerRow, openYearDetail, panel, saved, seedReplica, waitJob, yearFields, ZHANGSAN } from './applicant-helpers';
import { seededSession, suiteSession } from './suite-session';

describe.each(['standard', 'alt'])('applicant screens on the replica, labels %s', (labels) => {
  let s: Session;
  const q = `?saveDelay=150${labels === 'alt' ? '&labels=alt' : ''}`;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('recognises the list and fills 2020–2024 in variant A, each row equal to the ledger aggregation', async () => {
    const page = await openPortal(s, `index.html${q}#/xskr/apply`);
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await openYearDetail(page);
    await page.getByTestId('fill-years').click();
    const report = await waitJob(page);
    expect(report).toContain('已添加 5 个年度');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => ledgerRow(y)));
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    // The portal's own form validation left no red field behind.
    expect(await page.locator('.el-form-item.is-error').count()).toBe(0);
  });

  it('keeps a row the user added by hand and fills only the missing years', async () => {
    const page = await openPortal(s, `index.html${q}#/xskr/apply`);
    const mine = { id: 'row-mine', year: 2022, publicName: '我自己填的公需', publicHours: 40, publicForm: '远程教育', professionalName: '我自己填的专业', professionalHours: 60, professionalForm: '研修班', totalHours: 100 };
    await seedReplica(page, [appA([mine])]);
    await openYearDetail(page);
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('2022 年：网页上已有该年度，不改动');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.find((r) => r.id === 'row-mine')).toMatchObject(mine);
    expect(app.rows.map((r) => r.year).sort()).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect((await events(page)).filter((e) => e.type === 'update-row' || e.type === 'delete-row')).toHaveLength(0);
  });

  it('flags 公需 20 on its row and stops 提交 on the list with the guard', async () => {
    const page = await openPortal(s, `index.html${q}#/xskr/apply`);
    const rows = [2020, 2021, 2022, 2023, 2024].map((y) => ({ ...ledgerRow(y), id: `r${y}` }));
    rows[1] = { ...rows[1], publicHours: 20, totalHours: 20 + rows[1].professionalHours };
    await seedReplica(page, [appA(rows)]);
    await openYearDetail(page);
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="public-below-min"][data-year="2021"]')).isVisible()).toBe(true);
    await expect.poll(() => page.locator('tr[data-xskr-status="problem"][data-xskr-codes~="public-below-min"]').first().count()).toBeGreaterThan(0);
    // Rows without any upload are flagged as well.
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="evidence-missing"][data-year="2020"]')).isVisible()).toBe(true);
    await dialog(page, '申报年度明细信息').getByRole('button', { name: '关闭' }).click();
    await dialog(page, '学时核认申报').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await page.locator('.el-table__fixed-right').getByRole('button', { name: '提交' }).first().click();
    await expect.poll(() => page.getByTestId('submit-guard').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('submit-guard').innerText()).toContain('2021');
    await page.getByTestId('submit-guard-cancel').click();
    await expect.poll(() => page.getByTestId('submit-guard').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.el-message-box:visible').count()).toBe(0); // the portal never saw the click
    // Continue lets the click through to the portal's own confirmation.
    await page.locator('.el-table__fixed-right').getByRole('button', { name: '提交' }).first().click();
    await page.getByTestId('submit-guard-continue').click();
    await expect.poll(() => page.locator('.el-message-box:visible').count()).toBe(1);
    await page.locator('.el-message-box:visible').getByRole('button', { name: '取消' }).click();
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
  });

  it('attaches the ledger PDF of a year through the portal upload, and the year is no longer missing evidence', async () => {
    const page = await openPortal(s, `index.html${q}#/xskr/apply`);
    await seedReplica(page, [appA([2020, 2021, 2022, 2023, 2024].map((y) => ({ ...ledgerRow(y), id: `r${y}` })))]);
    await openYearDetail(page);
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="evidence-missing"][data-year="2020"]')).isVisible()).toBe(true);
    const row2020 = dialog(page, '申报年度明细信息').locator('tr', { hasText: '2020年度公需科目' }).first();
    await row2020.getByRole('button', { name: '上传附件' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('evidence-upload');
    await page.getByTestId('attach-evidence').click();
    expect(await waitJob(page)).toContain('2020 年：1 个文件已上传');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.find((r) => r.year === 2020)!.attachments.map((f) => f.name)).toEqual(['2020年度培训结业证书.pdf']);
    const upload = (await events(page)).find((e) => e.type === 'upload') as { file: { name: string; type: string; size: number } } | undefined;
    expect(upload?.file).toMatchObject({ name: '2020年度培训结业证书.pdf', type: 'application/pdf' });
    expect(upload!.file.size).toBeGreaterThan(100);
    await dialog(page, '上传附件').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-detail');
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="evidence-missing"][data-year="2020"]')).count()).toBe(0);
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="evidence-missing"][data-year="2021"]')).isVisible()).toBe(true);
  });

  it('fills one year in variant B from the ledger', async () => {
    const page = await openPortal(s, `index.html${q}#/xskr/apply-b`);
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await page.getByRole('button', { name: '修改' }).first().click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('已填写 2020 年度');
    await dialog(page, '学时核认申报').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog(page, '学时核认申报').count()).toBe(0);
    const app = (await saved(page)).applications.find((a) => a.variant === 'B')!;
    expect(app.rows.map(yearFields)).toEqual([ledgerRow(2020)]);
    expect(app.form.申报年度).toBe('2020');
  });
});

describe('applicant screens on the replica: where the portal takes its own turns', () => {
  const s = seededSession();

  it('stops and tells the user when the training platform list opens for a 事业单位 applicant', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await seedReplica(page, [{ ...appA(), form: { ...ZHANGSAN, 单位性质: '事业单位' } }]);
    await openYearDetail(page);
    await page.getByTestId('fill-years').click();
    const report = await waitJob(page);
    expect(await page.getByTestId('xskr-job').getAttribute('data-state')).toBe('failed');
    expect(report).toContain('确认选择');
    expect(report).toContain('尚未保存');
    await expect.poll(() => dialog(page, '湖南省事业单位工作人员培训学时').count()).toBe(1); // left to the user
    expect((await saved(page)).applications[0].rows).toHaveLength(0);
  });

  it('goes on from the 申报相关信息 form with the portal’s own 下一步 and fills the years there', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('已添加 5 个年度');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-detail');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => ledgerRow(y)));
  });

  it('fills the empty 申报相关信息 fields the profile knows and leaves the filled ones', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.getByRole('button', { name: '新增学时核认申报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await page.getByTestId('fill-applicant').click();
    const report = await waitJob(page);
    expect(report).toContain('“证件号码”与台账不同，未改动');
    const form = dialog(page, '学时核认申报');
    const value = (label: string) =>
      form.locator('.el-form-item').filter({ has: page.locator('label', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) }).locator('input').first().inputValue();
    expect(await value('拟申报职称')).toBe('副高级');
    expect(await value('最高学历')).toBe('大学本科');
    expect(await value('证件号码')).toBe('430102199003151234'); // the portal's own value stays
    expect(await page.locator('.el-form-item.is-error').count()).toBe(0);
  });

  it('stops with the portal’s own reason when 下一步 is refused (a new form not filled in yet)', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.getByRole('button', { name: '新增学时核认申报' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('门户没有接受“下一步”');
    expect((await saved(page)).applications.filter((a) => a.variant === 'A')).toHaveLength(1); // nothing new saved
  });

  it('waits for the rows the portal is still loading before deciding which years are missing', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100&loadDelay=1500#/xskr/apply');
    const mine = { ...ledgerRow(2022), id: 'mine', publicName: '我自己填的公需' };
    await seedReplica(page, [appA([mine])]);
    await openYearDetail(page);
    await page.getByTestId('fill-years').click(); // at once, while the table still says 暂无数据
    expect(await waitJob(page)).toContain('已添加 4 个年度');
    const app = (await saved(page)).applications[0];
    expect(app.rows.map((r) => r.year).sort()).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(app.rows.find((r) => r.id === 'mine')?.publicName).toBe('我自己填的公需');
  });

  it('fills the years inside the portal’s iframe as well', async () => {
    const page = await openPortal(s, 'frame.html?saveDelay=100#/xskr/apply');
    const frame = page.frameLocator('iframe').first();
    await expect.poll(() => frame.getByTestId('xskr-panel').getAttribute('data-page')).toBe('applicant-list');
    await frame.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
    await expect.poll(() => frame.getByTestId('xskr-panel').getAttribute('data-page')).toBe('applicant-form');
    await frame.getByTestId('fill-years').click();
    await expect.poll(() => frame.getByTestId('xskr-job').getAttribute('data-state'), { timeout: 60_000 }).toBe('done');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    expect(app.rows.map((r) => r.year).sort()).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it('stops with a report, the dialog left open and said so, when the portal refuses a save', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await seedReplica(page, [appA([{ ...ledgerRow(2022), id: 'r2022' }])]);
    await openYearDetail(page);
    // The portal holds 2022 but (like a paginated table) does not show it: its own check will refuse a second 2022.
    await page.evaluate(() => {
      for (const tr of document.querySelectorAll('tr')) if (/^\s*2022\s*$/.test(tr.querySelector('td')?.textContent ?? '')) tr.remove();
    });
    await page.getByTestId('fill-years').click();
    const report = await waitJob(page);
    expect(await page.getByTestId('xskr-job').getAttribute('data-state')).toBe('failed');
    expect(report).toContain('2022 年：门户没有接受');
    expect(report).toContain('该年度已存在');
    expect(report).toContain('尚未保存');
    const app = (await saved(page)).applications[0];
    expect(app.rows.map((r) => r.year).sort()).toEqual([2020, 2021, 2022]); // 2023, 2024 not attempted
    expect(app.rows.find((r) => r.year === 2022)?.id).toBe('r2022');
    await expect.poll(() => dialog(page, '新增申报年度明细信息').count()).toBe(1);
  });

  it('fills a 新增 dialog the user opened by hand with the first missing year, and leaves 保存 to the user', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await seedReplica(page, [appA([{ ...ledgerRow(2020), id: 'r2020' }])]);
    await openYearDetail(page);
    await dialog(page, '申报年度明细信息').getByRole('button', { name: '新增' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-form');
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('已按台账填写 2021 年');
    expect((await saved(page)).applications[0].rows).toHaveLength(1); // nothing saved by the extension
    await dialog(page, '新增申报年度明细信息').getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await saved(page)).applications[0].rows.length).toBe(2);
    expect(yearFields((await saved(page)).applications[0].rows[1])).toEqual(ledgerRow(2021));
  });

  it('looks at each year’s uploads on request and flags only the years without any', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    const rows = [2020, 2021].map((y) => ({ ...ledgerRow(y), id: `r${y}`, attachments: y === 2020 ? [{ name: '2020年结业证书.pdf', type: 'application/pdf', size: 1234 }] : [] }));
    await seedReplica(page, [appA(rows)]);
    await openYearDetail(page);
    await page.getByTestId('xskr-peek-uploads').click();
    expect(await waitJob(page)).toContain('2020 年：网页上有 1 个附件');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-detail');
    const missing = (y: number) => page.getByTestId('finding').and(page.locator(`[data-code="evidence-missing"][data-year="${y}"]`));
    await expect.poll(() => missing(2021).isVisible()).toBe(true);
    await expect.poll(() => missing(2020).count()).toBe(0);
    expect((await events(page)).filter((e) => e.type !== 'save-form')).toEqual([]); // looking changed nothing
  });

  it('guards 保存 of a variant-B form right after the user typed a 公需 below the minimum', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.getByRole('button', { name: '修改' }).first().click();
    await page.getByTestId('fill-years').click();
    await waitJob(page);
    const form = dialog(page, '学时核认申报');
    const input = form.locator('.el-form-item').filter({ has: page.locator('label', { hasText: /^\s*公需科目折算学时分\s*$/ }) }).locator('input');
    await input.fill('20');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('submit-guard').isVisible()).toBe(true);
    expect(await page.getByTestId('submit-guard').innerText()).toContain('公需');
    await page.getByTestId('submit-guard-cancel').click();
    expect((await events(page)).filter((e) => e.type === 'save-form')).toHaveLength(0);
  });

  it('guards 提交 of a variant-B year whose form showed an error', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    const r = { ...ledgerRow(2021), id: 'b2021', publicHours: 20, totalHours: 20 + ledgerRow(2021).professionalHours };
    await seedReplica(page, [{ id: 'app-b-2021', variant: 'B', status: '待提交', form: { ...ZHANGSAN, 申报年度: '2021' }, rows: [r] }]);
    await page.getByRole('button', { name: '修改' }).first().click();
    await expect.poll(() => page.getByTestId('finding').and(page.locator('[data-code="public-below-min"][data-year="2021"]')).isVisible()).toBe(true);
    await dialog(page, '学时核认申报').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await page.getByRole('button', { name: '提交' }).first().click();
    await expect.poll(() => page.getByTestId('submit-guard').isVisible()).toBe(true);
    await page.getByTestId('submit-guard-cancel').click();
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
  });

  it('attaches the ledger PDF into the 学时上传 slot of variant B', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.getByRole('button', { name: '修改' }).first().click();
    await page.getByTestId('fill-years').click();
    await waitJob(page);
    await dialog(page, '学时核认申报').getByRole('button', { name: '学时佐证材料上传' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('evidence-upload');
    await page.getByTestId('attach-evidence').click();
    expect(await waitJob(page)).toContain('2020 年：1 个文件已上传');
    const upload = (await events(page)).find((e) => e.type === 'upload') as { slot?: string; file: { name: string } } | undefined;
    expect(upload).toMatchObject({ slot: '学时上传', file: { name: '2020年度培训结业证书.pdf' } });
    await dialog(page, '申报材料上传').getByRole('button', { name: '关闭' }).click();
    await dialog(page, '学时核认申报').getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog(page, '学时核认申报').count()).toBe(0);
    const app = (await saved(page)).applications.find((a) => a.variant === 'B')!;
    expect(app.slots['学时上传'].map((f) => f.name)).toEqual(['2020年度培训结业证书.pdf']);
  });
});

describe('a ledger whose 继续教育形式 the portal does not offer', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    const dir = mkdtempSync(join(tmpdir(), 'xskr-csv-'));
    const csv = join(dir, 'zhaomin.csv');
    writeFileSync(
      csv,
      '\ufeff姓名,证件号码,年度,科目类别,名称,继续教育形式,学时\n' +
        '赵敏,,2020,公需科目,2020年公需课,线上学习,30\n' +
        '赵敏,,2020,专业科目,2020年专业培训,培训班,60\n',
    );
    await seedLedger(s, csv);
    const options = await openExtensionPage(s, 'options.html');
    const select = options.getByTestId('profile-select');
    await select.waitFor();
    const value = await select.locator('option', { hasText: '赵敏' }).getAttribute('value');
    await select.selectOption(value!);
    await options.close();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('asks which option stands for it, uses the answer, and remembers it', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await openYearDetail(page);
    await page.getByTestId('fill-years').click();
    const question = page.getByTestId('fill-question');
    await expect
      .poll(async () => (await question.isVisible()) || (await page.getByTestId('xskr-job').getAttribute('data-state')) !== 'running', { timeout: 20_000 })
      .toBe(true);
    expect(await question.isVisible(), await page.getByTestId('xskr-job').innerText()).toBe(true);
    expect(await question.innerText()).toContain('线上学习');
    await page.getByTestId('fill-question-option').and(page.locator('[data-value="远程教育"]')).click();
    await waitJob(page);
    const row = (await saved(page)).applications[0].rows.find((r) => r.year === 2020)!;
    expect(row).toMatchObject({ publicName: '2020年公需课', publicHours: 30, publicForm: '远程教育', professionalForm: '培训班', totalHours: 90 });

    // Next time the same text is matched without asking.
    await seedReplica(page, [appA()]);
    await openYearDetail(page);
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page)).toContain('已添加 1 个年度');
    expect(await question.count()).toBe(0);
    expect((await saved(page)).applications[0].rows.find((r) => r.year === 2020)?.publicForm).toBe('远程教育');
  });
});

describe('portal screens the content script must leave alone or find elsewhere', () => {
  const s = suiteSession();

  it('shows 未识别 and offers nothing on an unrelated portal screen', async () => {
    const page = await openPortal(s, 'index.html#/other');
    await expect.poll(() => page.getByTestId('xskr-screen').innerText()).toBe('未识别');
    expect(await panel(page).getAttribute('data-page')).toBeNull();
    await expect.poll(() => page.getByTestId('fill-years').count()).toBe(0);
  });

  it('follows the single-page app across hash routes without a reload, with one panel throughout', async () => {
    const page = await openPortal(s, 'index.html#/xskr/apply');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await page.evaluate(() => (location.hash = '#/other'));
    await expect.poll(() => page.getByTestId('xskr-screen').innerText()).toBe('未识别');
    await page.evaluate(() => (location.hash = '#/xskr/unit-audit'));
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('hr-list');
    await page.evaluate(() => (location.hash = '#/xskr/apply-b'));
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    expect(await page.locator('xskr-panel').count()).toBe(1);
  });

  it('recognises the screens inside an iframe', async () => {
    const page = await openPortal(s, 'frame.html#/xskr/apply');
    const frame = page.frameLocator('iframe').first();
    await expect.poll(() => frame.getByTestId('xskr-panel').getAttribute('data-page')).toBe('applicant-list');
  });

  it('starts expanded and remembers that the user collapsed it', async () => {
    const page = await openPortal(s, 'index.html#/xskr/apply');
    await expect.poll(() => page.getByTestId('xskr-collapse').getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('xskr-collapse').click();
    await expect.poll(() => page.getByTestId('xskr-collapse').getAttribute('aria-expanded')).toBe('false');
    const again = await openPortal(s, 'index.html#/xskr/apply');
    await expect.poll(() => again.getByTestId('xskr-collapse').getAttribute('aria-expanded')).toBe('false');
    await again.getByTestId('xskr-collapse').click(); // leave it expanded for the others
  });
});
