// The portal replica, driven as a person would: clicking selects and options, picking years in the year panel,
// typing, pressing 保存, choosing files. It runs in plain Chromium (no extension), so nothing but the replica acts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, PORTAL_BASE, ROOT, routePortal } from './harness';
import { findChromium } from './chromium';

const SHOTS = join(ROOT, 'test-results', 'replica');

interface ReplicaRow { id: string; year: number; publicName: string; publicHours: number; publicForm: string; professionalName: string; professionalHours: number; professionalForm: string; totalHours: number; attachments: { name: string; type: string; size: number; sha256?: string }[] }
interface ReplicaApp { id: string; variant: 'A' | 'B'; status: string; unitOpinion: string; agencyReason: string; form: Record<string, string>; rows: ReplicaRow[]; slots: Record<string, { name: string; size: number; sha256?: string }[]> }
interface ReplicaEvent { type: string; [k: string]: unknown }

let browser: Browser;
let context: BrowserContext;

async function open(pathAndHash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(PORTAL_BASE + pathAndHash);
  await page.waitForFunction(() => (window as any).__replica?.ready === true, null, { timeout: 15_000 });
  return page;
}
const saved = (page: Page) => page.evaluate(() => (window as any).__replica.saved() as { applications: ReplicaApp[] });
const events = (page: Page) => page.evaluate(() => (window as any).__replica.events as ReplicaEvent[]);

/** The open dialog with this title (Element keeps it in a visible .el-dialog__wrapper). */
function dialog(page: Page, title: string): Locator {
  return page.locator('.el-dialog__wrapper:visible').filter({ has: page.locator('.el-dialog__title', { hasText: new RegExp(`^${title}$`) }) });
}
/** The el-form-item whose label reads `label` (ignoring *, spaces and a trailing colon). */
function field(scope: Locator, label: string): Locator {
  const spaced = label.split('').join('\\s*');
  return scope.locator('.el-form-item').filter({ has: scope.page().locator('.el-form-item__label', { hasText: new RegExp(`^\\s*\\*?\\s*${spaced}\\s*[:：]?\\s*$`) }) });
}
async function type(scope: Locator, label: string, value: string): Promise<void> {
  await typeIn(field(scope, label), value);
}
async function typeIn(item: Locator, value: string): Promise<void> {
  const input = item.locator('input, textarea').first();
  await input.click();
  await input.fill(value);
  await input.blur();
}
/** el-select: click the input, then the option in the dropdown that is visible now. */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await chooseIn(field(scope, label), option);
}
async function chooseIn(item: Locator, option: string): Promise<void> {
  await item.locator('.el-input__inner').click();
  // A closing dropdown stays visible ~300 ms: take the one that is not leaving.
  const choice = item.page().locator('.el-select-dropdown:visible:not([class*="-leave"]) .el-select-dropdown__item', { hasText: new RegExp(`^${option}$`) });
  await choice.click();
  await expect.poll(() => item.locator('.el-input__inner').inputValue()).toBe(option);
}
/** el-date-picker type="year": open the panel, page to the decade, click the year cell. */
async function pickYear(scope: Locator, label: string, year: number): Promise<void> {
  await pickYearIn(field(scope, label), year);
}
async function pickYearIn(item: Locator, year: number): Promise<void> {
  const page = item.page();
  await item.locator('.el-input__inner').click();
  const panel = page.locator('.el-picker-panel:visible').filter({ has: page.locator('.el-year-table') });
  await panel.waitFor();
  for (let i = 0; i < 5; i++) {
    const header = await panel.locator('.el-date-picker__header-label').first().innerText(); // "2020 年 - 2029 年"
    const start = Number(header.match(/\d{4}/)?.[0]);
    if (year < start) await panel.locator('.el-icon-d-arrow-left').click();
    else if (year > start + 9) await panel.locator('.el-icon-d-arrow-right').click();
    else break;
  }
  await panel.locator('.el-year-table a.cell', { hasText: String(year) }).click();
  await expect.poll(() => item.locator('.el-input__inner').inputValue()).toBe(String(year));
}
function visibleButton(scope: Page | Locator, text: string): Locator {
  return scope.locator('button:visible', { hasText: new RegExp(`^\\s*${text}\\s*$`) });
}
const errorMessage = (page: Page) => page.locator('.el-message--error .el-message__content');

interface YearInput { year: number; publicName: string; publicHours: number; publicForm: string; professionalName: string; professionalHours: number; professionalForm: string; totalHours: number }
async function fillYear(scope: Locator, y: YearInput, yearLabel = '年度'): Promise<void> {
  await pickYear(scope, yearLabel, y.year);
  await type(scope, '公需科目名称', y.publicName);
  await type(scope, '公需科目折算学时分', String(y.publicHours));
  await choose(scope, '公需科目继续教育形式', y.publicForm);
  await type(scope, '专业科目名称', y.professionalName);
  await type(scope, '专业科目折算学时分', String(y.professionalHours));
  await choose(scope, '专业科目继续教育形式', y.professionalForm);
  await type(scope, '合计学时分', String(y.totalHours));
}
const FULL_FORM = { 证件号码: '430102199003151234', 姓名: '张三', 民族: '汉族', 单位名称: '长沙示例建设工程有限公司', 单位性质: '国有企业', 拟申报职称: '副高级', 联系电话: '13900001234', 最高学历: '大学本科', 申报大类: '工程', 子专业名称: '建筑学', 行政区划名称: '湖南省省本级' };
const Y2020: YearInput = { year: 2020, publicName: '2020公需科目', publicHours: 30, publicForm: '远程教育', professionalName: '2020专业科目', professionalHours: 60, professionalForm: '培训班', totalHours: 90 };

/** A screenshot and the DOM as it stands (material for screen fixtures) into test-results/replica/. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  writeFileSync(join(SHOTS, `${name}.html`), `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`);
}

beforeAll(async () => {
  browser = await chromium.launch({ headless: true, executablePath: findChromium(), args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await routePortal(context);
});
afterAll(async () => {
  await browser?.close();
});

describe('portal replica, variant A applicant', () => {
  it('records a year row entered through the 新增申报年度明细信息 dialog, in the data and in the table', async () => {
    const page = await open('index.html?saveDelay=400#/xskr/apply');
    await shot(page, 'apply-list');
    await expect.poll(() => page.locator('.el-table__body-wrapper tbody tr').count()).toBe(1);
    await visibleButton(page, '修改').click();
    const form = dialog(page, '学时核认申报');
    await expect.poll(() => form.locator('.xr-section-title').allInnerTexts()).toEqual(['申报相关信息', '已申报学时信息']);
    await expect.poll(() => field(form, '证件号码').locator('input').inputValue()).toBe('430102199003151234');
    await shot(page, 'apply-form');
    await visibleButton(form, '下一步').click();
    await expect.poll(() => form.locator('.el-loading-mask:visible').count()).toBe(1); // the slow save shows its mask
    const detail = dialog(page, '申报年度明细信息');
    await detail.waitFor();
    await visibleButton(detail, '新增').click();
    const yearForm = dialog(page, '新增申报年度明细信息');
    await yearForm.waitFor();
    expect(await field(yearForm, '年度').locator('input').getAttribute('placeholder')).toBe('请选择年度');
    await fillYear(yearForm, Y2020);
    await shot(page, 'apply-year-form');
    await visibleButton(yearForm, '保存').click();
    await expect.poll(() => yearForm.locator('.el-loading-mask:visible').count()).toBe(1);
    await expect.poll(() => dialog(page, '新增申报年度明细信息').count()).toBe(0);
    // Destroyed on close: nothing of the year form is left in the DOM.
    expect(await page.locator('.el-dialog__title', { hasText: '新增申报年度明细信息' }).count()).toBe(0);

    const cells = await detail.locator('.el-table__body-wrapper tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 8).map((c) => c.trim())).toEqual(['2020', '2020公需科目', '30', '远程教育', '2020专业科目', '60', '培训班', '90']);
    const app = (await saved(page)).applications.find((a) => a.variant === 'A')!;
    expect(app.rows).toHaveLength(1);
    expect(app.rows[0]).toMatchObject({ year: 2020, publicName: '2020公需科目', publicHours: 30, publicForm: '远程教育', professionalName: '2020专业科目', professionalHours: 60, professionalForm: '培训班', totalHours: 90, attachments: [] });
    expect((await events(page)).map((e) => e.type)).toEqual(['save-form', 'save-row']);
    await shot(page, 'apply-year-detail');

    // The form behind shows the row under 已申报学时信息.
    await visibleButton(detail, '关闭').click();
    const filed = await form.locator('.xr-filed-table .el-table__body-wrapper tbody tr td').allInnerTexts();
    expect(filed.map((c) => c.trim())).toEqual(['2020', '30', '60', '90']);
    await page.close();
  });

  it('rejects a duplicate year, a wrong total and empty required fields without saving', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/apply');
    await page.evaluate((form) => (window as any).__replica.seed({ applications: [{ id: 'a1', variant: 'A', status: '待提交', form, rows: [{ year: 2020, publicName: 'x', publicHours: 30, publicForm: '远程教育', professionalName: 'y', professionalHours: 60, professionalForm: '培训班', totalHours: 90 }] }] }), FULL_FORM);
    await visibleButton(page, '修改').click();
    await visibleButton(dialog(page, '学时核认申报'), '下一步').click();
    const detail = dialog(page, '申报年度明细信息');
    await visibleButton(detail, '新增').click();
    const yearForm = dialog(page, '新增申报年度明细信息');

    await visibleButton(yearForm, '保存').click();
    await expect.poll(() => field(yearForm, '年度').locator('.el-form-item__error').innerText()).toBe('请选择年度');
    expect(await field(yearForm, '公需科目折算学时分').locator('.el-form-item__error').innerText()).toBe('请输入公需科目折算学时分');

    await fillYear(yearForm, { ...Y2020, totalHours: 80 });
    await visibleButton(yearForm, '保存').click();
    await expect.poll(() => field(yearForm, '合计学时分').locator('.el-form-item__error').innerText()).toBe('合计学时分应等于公需科目折算学时分与专业科目折算学时分之和');

    await type(yearForm, '公需科目折算学时分', '-5');
    await visibleButton(yearForm, '保存').click();
    await expect.poll(() => field(yearForm, '公需科目折算学时分').locator('.el-form-item__error').innerText()).toBe('公需科目折算学时分不能小于0');

    await type(yearForm, '公需科目折算学时分', '30');
    await type(yearForm, '合计学时分', '90');
    await visibleButton(yearForm, '保存').click();
    await expect.poll(() => errorMessage(page).innerText()).toBe('该年度已存在');
    expect(await yearForm.isVisible()).toBe(true);
    expect((await saved(page)).applications[0].rows).toHaveLength(1);
    expect((await events(page)).filter((e) => e.type === 'save-row')).toHaveLength(0);

    // Another year goes through.
    await pickYear(yearForm, '年度', 2021);
    await visibleButton(yearForm, '保存').click();
    await expect.poll(async () => (await saved(page)).applications[0].rows.map((r) => r.year)).toEqual([2020, 2021]);
    await page.close();
  });

  it('uploads evidence for a year row and rejects a 21 MB file and an .exe', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/apply');
    await page.evaluate((form) => (window as any).__replica.seed({ applications: [{ id: 'a1', variant: 'A', status: '待提交', form, rows: [{ id: 'r2020', year: 2020, publicName: 'x', publicHours: 30, publicForm: '远程教育', professionalName: 'y', professionalHours: 60, professionalForm: '培训班', totalHours: 90 }] }] }), FULL_FORM);
    await visibleButton(page, '修改').click();
    await visibleButton(dialog(page, '学时核认申报'), '下一步').click();
    const detail = dialog(page, '申报年度明细信息');
    await visibleButton(detail, '上传附件').click();
    const upload = dialog(page, '上传附件');
    await upload.waitFor();
    expect(await upload.locator('.el-upload__tip').innerText()).toBe('只能上传jpg.jpeg.png.doc.docx.pdf文件,且不超过20M');

    const pdf = Buffer.from('%PDF-1.4\n% 2020年结业证书\n');
    await upload.locator('input[type=file]').setInputFiles({ name: '2020年结业证书.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect.poll(() => upload.locator('.xr-upload-files .el-table__body-wrapper td').nth(1).innerText()).toBe('2020年结业证书.pdf');
    await shot(page, 'apply-upload');
    const row = (await saved(page)).applications[0].rows[0];
    expect(row.attachments).toEqual([expect.objectContaining({ name: '2020年结业证书.pdf', type: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex') })]);

    // 21 MB through the driver's protocol takes long on a busy 2-core machine.
    await upload.locator('input[type=file]').setInputFiles({ name: '大文件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 1) }, { timeout: 100_000 });
    await expect.poll(() => errorMessage(page).first().innerText()).toBe('上传文件大小不能超过20M!');
    await upload.locator('input[type=file]').setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await expect.poll(() => errorMessage(page).allInnerTexts()).toContain('只能上传jpg.jpeg.png.doc.docx.pdf格式的文件!');
    await page.waitForTimeout(300);
    expect((await saved(page)).applications[0].rows[0].attachments.map((a) => a.name)).toEqual(['2020年结业证书.pdf']);
    const ev = await events(page);
    expect(ev.filter((e) => e.type === 'upload')).toHaveLength(1);
    expect(ev.filter((e) => e.type === 'upload-rejected').map((e) => [e.name, e.reason])).toEqual([['大文件.pdf', 'size'], ['setup.exe', 'type']]);
    await page.close();
  });

  it('offers the training platform\'s hours to tick when a 事业单位 applicant picks a year', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/apply');
    await page.evaluate((form) => (window as any).__replica.seed({ applications: [{ id: 'a1', variant: 'A', status: '待提交', form: { ...form, 单位性质: '事业单位' }, rows: [] }] }), FULL_FORM);
    await visibleButton(page, '修改').click();
    await visibleButton(dialog(page, '学时核认申报'), '下一步').click();
    await visibleButton(dialog(page, '申报年度明细信息'), '新增').click();
    const yearForm = dialog(page, '新增申报年度明细信息');
    await pickYear(yearForm, '年度', 2022);
    const platform = dialog(page, '湖南省事业单位工作人员培训学时');
    await platform.waitFor();
    await platform.locator('.el-table__body-wrapper tbody tr').nth(0).locator('.el-checkbox').click();
    await platform.locator('.el-table__body-wrapper tbody tr').nth(1).locator('.el-checkbox').click();
    await visibleButton(platform, '确认选择').click();
    await expect.poll(() => dialog(page, '湖南省事业单位工作人员培训学时').count()).toBe(0);
    expect(await field(yearForm, '公需科目折算学时分').locator('input').inputValue()).toBe('30');
    expect(await field(yearForm, '专业科目折算学时分').locator('input').inputValue()).toBe('36');
    expect(await field(yearForm, '合计学时分').locator('input').inputValue()).toBe('66');
    await visibleButton(yearForm, '保存').click();
    await expect.poll(async () => (await saved(page)).applications[0].rows.map((r) => [r.year, r.publicHours, r.professionalHours, r.totalHours])).toEqual([[2022, 30, 36, 66]]);
    await page.close();
  });

  it('submits after confirmation and locks the application', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/apply');
    await page.evaluate((form) => (window as any).__replica.seed({ applications: [{ id: 'a1', variant: 'A', status: '待提交', form, rows: [{ year: 2020, publicName: 'x', publicHours: 30, publicForm: '远程教育', professionalName: 'y', professionalHours: 60, professionalForm: '培训班', totalHours: 90 }] }] }), FULL_FORM);
    await visibleButton(page, '提交').click();
    const box = page.locator('.el-message-box:visible');
    await box.waitFor();
    await visibleButton(box, '取消').click();
    expect((await saved(page)).applications[0].status).toBe('待提交');
    await visibleButton(page, '提交').click();
    await visibleButton(page.locator('.el-message-box:visible'), '确定').click();
    await expect.poll(async () => (await saved(page)).applications[0].status).toBe('待审核');
    await expect.poll(() => page.locator('.xr-app-table .el-table__body-wrapper tbody tr td').nth(8).innerText()).toBe('待审核');
    expect(await visibleButton(page, '修改').isDisabled()).toBe(true);
    expect((await events(page)).map((e) => e.type)).toEqual(['submit']);
    await page.close();
  });
});

describe('portal replica, variant B applicant', () => {
  it('saves one year from the main form and takes uploads in its four slots', async () => {
    const page = await open('index.html?saveDelay=200#/xskr/apply-b');
    await shot(page, 'apply-b-list');
    await visibleButton(page, '新增学时核认申报').click();
    const form = dialog(page, '学时核认申报');
    await form.waitFor();
    // Personal fields a new application starts without.
    await choose(form, '拟申报职称', '副高级');
    await type(form, '联系电话', '13900001234');
    await choose(form, '最高学历', '硕士研究生');
    await choose(form, '申报大类', '工程');
    await type(form, '子专业名称', '建筑学');
    await visibleButton(field(form, '单位名称'), '选择').click();
    const units = dialog(page, '选择单位');
    await units.locator('.el-table__body-wrapper td', { hasText: '长沙示例建设工程有限公司' }).click();
    await visibleButton(units, '确定').click();
    await fillYear(form, { ...Y2020, year: 2023, publicName: '2023公需科目', professionalName: '2023专业科目' });
    await shot(page, 'apply-b-form');

    await visibleButton(form, '学时佐证材料上传').click();
    const slots = dialog(page, '申报材料上传');
    await slots.waitFor();
    expect(await slots.locator('.xr-slot-name').allInnerTexts()).toEqual(['*学历信息', '*委托审批函', '上传学时申报材料', '*学时上传']);
    expect(await slots.innerText()).toContain('在国外刊物发表的论文须提供检索材料');
    const slotNames = ['学历信息', '委托审批函', '上传学时申报材料', '学时上传'];
    for (const [i, name] of slotNames.entries()) {
      await slots.locator(`.xr-slot[data-slot="${name}"] input[type=file]`).setInputFiles({ name: `${name}-${i}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF ${name}`) });
    }
    await slots.locator('.xr-slot[data-slot="学时上传"] input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await visibleButton(slots, '上传').click();
    await expect.poll(() => slots.locator('.xr-slot-file').count()).toBe(4);
    await expect.poll(() => errorMessage(page).allInnerTexts()).toContain('只能上传jpg.jpeg.png.doc.docx.pdf格式的文件!');
    await shot(page, 'apply-b-slots');
    await visibleButton(slots, '关闭').click();

    await visibleButton(form, '保存').click();
    await expect.poll(() => dialog(page, '学时核认申报').count()).toBe(0);
    const apps = (await saved(page)).applications.filter((a) => a.variant === 'B');
    const app = apps.find((a) => a.form.申报年度 === '2023')!;
    expect(app.form).toMatchObject({ 姓名: '张三', 单位名称: '长沙示例建设工程有限公司', 拟申报职称: '副高级', 最高学历: '硕士研究生', 联系电话: '13900001234' });
    expect(app.rows).toEqual([expect.objectContaining({ year: 2023, publicHours: 30, professionalHours: 60, totalHours: 90, publicForm: '远程教育', professionalForm: '培训班' })]);
    expect(slotNames.map((n) => app.slots[n].map((f) => f.name))).toEqual(slotNames.map((n, i) => [`${n}-${i}.pdf`]));
    // One row per 申报年度, with 数据状态.
    const listRow = page.locator('.xr-app-table .el-table__body-wrapper tbody tr', { hasText: '2023' });
    expect(await listRow.locator('td').nth(7).innerText()).toBe('暂存');

    // A second application for the same year is refused.
    await visibleButton(page, '新增学时核认申报').click();
    const again = dialog(page, '学时核认申报');
    await choose(again, '拟申报职称', '副高级');
    await type(again, '联系电话', '13900001234');
    await choose(again, '最高学历', '硕士研究生');
    await choose(again, '申报大类', '工程');
    await type(again, '子专业名称', '建筑学');
    await visibleButton(field(again, '单位名称'), '选择').click();
    await dialog(page, '选择单位').locator('.el-table__body-wrapper td', { hasText: '长沙示例建设工程有限公司' }).click();
    await visibleButton(dialog(page, '选择单位'), '确定').click();
    await fillYear(again, { ...Y2020, year: 2023 });
    await visibleButton(again, '保存').click();
    await expect.poll(() => errorMessage(page).allInnerTexts()).toContain('该年度已存在');
    expect((await saved(page)).applications.filter((a) => a.variant === 'B' && a.form.申报年度 === '2023')).toHaveLength(1);
    await page.close();
  });
});

function reviewerApps(n: number) {
  const names = ['李一', '李二', '李三', '李四', '李五', '李六', '李七', '李八', '李九', '李十', '李十一', '李十二'];
  return names.slice(0, n).map((name, i) => ({
    id: `r${i + 1}`, variant: 'A', status: '待审核',
    form: { ...FULL_FORM, 姓名: name, 申报年度: '2025' },
    rows: [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, publicName: `${year}公需`, publicHours: 30, publicForm: '远程教育', professionalName: `${year}专业`, professionalHours: 60, professionalForm: '培训班', totalHours: 90, attachments: year === 2021 ? [] : [{ name: `${year}.pdf`, type: 'application/pdf', size: 1000 }, { name: `${year}.jpg`, type: 'image/jpeg', size: 2000 }] })),
  }));
}

describe('portal replica, reviewer screens', () => {
  it('lists submitted applications paginated and records 审核不通过 with its reason (with ?attachments=column)', async () => {
    const page = await open('index.html?saveDelay=100&attachments=column#/xskr/unit-audit');
    expect(await page.locator('.xr-audit-table .el-table__body-wrapper tbody tr').count()).toBe(3); // the defaults
    await shot(page, 'unit-audit-list');
    await page.evaluate((apps) => (window as any).__replica.seed({ applications: apps }), reviewerApps(12));
    await expect.poll(() => page.locator('.xr-audit-table .el-table__body-wrapper tbody tr').count()).toBe(10);
    expect(await page.locator('.el-pagination__total:visible').innerText()).toBe('共 12 条');
    await page.locator('.el-pagination:visible .el-pager li', { hasText: /^2$/ }).click();
    await expect.poll(() => page.locator('.xr-audit-table .el-table__body-wrapper tbody tr').count()).toBe(2);

    await type(page.locator('.xr-query'), '姓名', '李十二');
    await visibleButton(page, '查询').click();
    await expect.poll(() => page.locator('.xr-audit-table .el-table__body-wrapper tbody tr').count()).toBe(1);
    await visibleButton(page, '审核').click();
    const detail = dialog(page, '学时核认申报详细');
    await detail.waitFor();
    expect(await detail.locator('.xr-detail-head').innerText()).toContain('李十二');
    expect(await detail.locator('.xr-section-title').innerText()).toBe('学时年度明细');
    const headers = (await detail.locator('.xr-review-table .el-table__header-wrapper th').allInnerTexts()).map((t) => t.trim());
    expect(headers).toEqual(['序号', '年度', '公需科目名称', '公需科目折算学时分', '专业科目名称', '专业科目折算学时分', '合计学时分', '附件', '审核状态', '操作']);
    const files = await detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[7].textContent!.trim()));
    expect(files).toEqual(['2个', '无', '2个', '2个', '2个']);
    await shot(page, 'unit-audit-detail');

    await visibleButton(detail, '审核不通过').click();
    const reject = dialog(page, '审核不通过');
    await visibleButton(reject, '确定').click();
    await expect.poll(() => reject.locator('.el-form-item__error').innerText()).toBe('请输入不通过原因');
    await reject.locator('textarea').fill('2021年度未上传佐证材料');
    await visibleButton(reject, '确定').click();
    await expect.poll(() => dialog(page, '学时核认申报详细').count()).toBe(0);
    const app = (await saved(page)).applications.find((a) => a.id === 'r12')!;
    expect(app).toMatchObject({ status: '审核不通过', unitOpinion: '2021年度未上传佐证材料' });
    expect((await events(page)).filter((e) => e.type === 'review')).toEqual([expect.objectContaining({ appId: 'r12', screen: 'unit', decision: 'reject', reason: '2021年度未上传佐证材料' })]);
    await expect.poll(() => page.locator('.xr-audit-table .el-table__body-wrapper tbody tr td').nth(6).innerText()).toBe('审核不通过');
    await page.close();
  });

  it('passes an application on to 经办机构(人社部门) from the 主管部门 screen, with a paginated 学时年度明细', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/upper-audit');
    const apps = reviewerApps(1);
    apps[0].rows = Array.from({ length: 12 }, (_, i) => ({ ...apps[0].rows[0], year: 2013 + i }));
    await page.evaluate((a) => (window as any).__replica.seed({ applications: a.map((x: any) => ({ ...x, reviewStage: 'upper' })) }), apps);
    await expect.poll(() => page.locator('.xr-audit-table .el-table__body-wrapper tbody tr td').nth(6).innerText()).toBe('待上级单位审核');
    await shot(page, 'upper-audit-list');
    await visibleButton(page, '审核').click();
    const detail = dialog(page, '学时核认申报详细');
    await expect.poll(() => detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').count()).toBe(10);
    expect(await detail.locator('.el-pagination__total').innerText()).toBe('共 12 条');
    await detail.locator('.el-pagination__sizes .el-input__inner').click();
    await expect.poll(() => page.locator('.el-select-dropdown:visible .el-select-dropdown__item').allInnerTexts()).toEqual(['10条/页', '20条/页', '50条/页', '100条/页', '500条/页']);
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '20条/页' }).click();
    await expect.poll(() => detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').count()).toBe(12);
    await shot(page, 'upper-audit-detail');
    await visibleButton(detail, '审核通过').click();
    const pass = dialog(page, '审核通过');
    await pass.locator('.el-radio', { hasText: '经办机构(人社部门)' }).click();
    await visibleButton(pass, '审核通过').click();
    await expect.poll(async () => (await events(page)).filter((e) => e.type === 'review')).toEqual([expect.objectContaining({ screen: 'upper', decision: 'pass', upperType: '经办机构(人社部门)' })]);
    expect((await saved(page)).applications[0]).toMatchObject({ status: '待审核', reviewStage: 'agency' });
    await page.close();
  });
});

describe('portal replica, variations', () => {
  it('varies colons, spaces, the * and the field order with ?labels=alt, and still records what is entered', async () => {
    const page = await open('index.html?labels=alt&saveDelay=0#/xskr/apply');
    await visibleButton(page, '修改').click();
    const form = dialog(page, '学时核认申报');
    const labels = await form.locator('.el-form-item__label').allTextContents();
    expect(labels.slice(0, 4)).toEqual(['*姓名：', '* 证件号码:', ' 性 别： ', '*联系电话 :']);
    // No CSS star on top of the written one.
    const before = await form.locator('.el-form-item.is-required .el-form-item__label').first().evaluate((el) => getComputedStyle(el, '::before').content);
    expect(before === 'none' || before === 'normal').toBe(true);
    await shot(page, 'apply-form-alt');
    await visibleButton(form, '下一步').click();
    await visibleButton(dialog(page, '申报年度明细信息'), '新增').click();
    const yearForm = dialog(page, '新增申报年度明细信息');
    const yearLabels = (await yearForm.locator('.el-form-item__label').allTextContents()).map((t) => t.replace(/[*:：\s]/g, ''));
    expect(yearLabels).toEqual(['年度', '专业科目名称', '专业科目折算学时分', '专业科目继续教育形式', '公需科目名称', '公需科目折算学时分', '公需科目继续教育形式', '合计学时分']);
    await fillYear(yearForm, Y2020);
    await visibleButton(yearForm, '保存').click();
    await expect.poll(async () => (await saved(page)).applications[0].rows.map((r) => [r.year, r.publicForm, r.totalHours])).toEqual([[2020, '远程教育', 90]]);
    await page.close();
  });

  it('with ?loadDelay, a freshly opened 申报年度明细信息 shows an empty loading table before its rows', async () => {
    const page = await open('index.html?saveDelay=0&loadDelay=2500#/xskr/apply');
    await page.evaluate((form) => (window as any).__replica.seed({ applications: [{ id: 'a1', variant: 'A', status: '待提交', form, rows: [{ year: 2020, publicName: 'x', publicHours: 30, publicForm: '远程教育', professionalName: 'y', professionalHours: 60, professionalForm: '培训班', totalHours: 90 }] }] }), FULL_FORM);
    await visibleButton(page, '修改').click();
    await visibleButton(dialog(page, '学时核认申报'), '下一步').click();
    const detail = dialog(page, '申报年度明细信息');
    await detail.waitFor();
    expect(await detail.locator('.el-table__empty-text').innerText()).toBe('暂无数据');
    expect(await detail.locator('.el-loading-mask:visible').count()).toBe(1);
    await expect.poll(() => detail.locator('.el-table__body-wrapper tbody tr').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => detail.locator('.el-loading-mask:visible').count()).toBe(0);
    await page.close();
  });

  it('changes screens through the side menu (hash routes) and keeps the data', async () => {
    const page = await open('index.html?saveDelay=0#/other');
    await page.locator('.el-menu-item', { hasText: /^学时核认申报$/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/xskr/apply');
    await expect.poll(() => page.locator('.xr-app-table .el-table__body-wrapper tbody tr').count()).toBe(1);
    expect(await page.locator('.el-breadcrumb').innerText()).toMatch(/人才人事\s*>\s*专业技术人员管理\s*>\s*继续教育\s*>\s*学时核认申报/);
    await page.close();
  });

  it('runs inside an iframe on frame.html, with __replica forwarded to the top page', async () => {
    const page = await open('frame.html?saveDelay=0#/xskr/apply');
    const frame = page.frameLocator('#portal-frame');
    await frame.locator('button:visible', { hasText: /^\s*新增学时核认申报\s*$/ }).click();
    await frame.locator('.el-dialog__title', { hasText: '学时核认申报' }).waitFor();
    await shot(page, 'frame');
    const apps = await page.evaluate(() => (window as any).__replica.saved().applications.length);
    expect(apps).toBe(2);
    await page.close();
  });

  it('shows an unrelated screen at #/other without the 学时核认 screens\u2019 texts', async () => {
    const page = await open('index.html#/other');
    await shot(page, 'other');
    const text = await page.locator('.xr-main').innerText();
    expect(text).toContain('个人基本信息');
    for (const t of ['申请列表', '申报相关信息', '申报年度明细信息', '学时年度明细', '新增学时核认申报']) expect(text).not.toContain(t);
    await page.close();
  });
});

describe('portal replica, reviewer evidence behind 详情', () => {
  it('has no 附件 column by default; 详情 lists the row\u2019s 学时材料, or Element\u2019s empty text', async () => {
    const page = await open('index.html?saveDelay=0#/xskr/unit-audit');
    await page.locator('.xr-audit-table tr', { hasText: '王五' }).locator('button', { hasText: /^\s*审核\s*$/ }).click();
    const detail = dialog(page, '学时核认申报详细');
    await expect.poll(() => detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').count()).toBe(4);
    expect(await headerTexts(detail.locator('.xr-review-table'))).toEqual(['序号', '年度', '公需科目名称', '公需科目折算学时分', '专业科目名称', '专业科目折算学时分', '合计学时分', '审核状态', '操作']);
    const rows = detail.locator('.xr-review-table .el-table__body-wrapper tbody tr');

    await visibleButton(rows.nth(0), '详情').click();
    const info = dialog(page, '详情');
    await info.waitFor();
    expect(await info.locator('.xr-section-title').allInnerTexts()).toEqual(['学时材料']);
    expect(await headerTexts(info.locator('.xr-row-files'))).toEqual(['序号', '文件名称', '文件大小']);
    expect((await info.locator('.xr-row-files .el-table__body-wrapper tbody tr').first().locator('td').allInnerTexts()).map((t) => t.trim())).toEqual(['1', '2020年结业证书.pdf', '181.8KB']);
    await shot(page, 'unit-audit-row-info');
    await visibleButton(info, '关闭').click();
    await expect.poll(() => dialog(page, '详情').count()).toBe(0);

    await visibleButton(rows.nth(1), '详情').click(); // 2021: no files
    expect(await dialog(page, '详情').locator('.xr-row-files .el-table__empty-text').innerText()).toBe('暂无数据');
    await page.close();
  });

  it('shows a 附件 column (N个 / 无) with ?attachments=column', async () => {
    const page = await open('index.html?saveDelay=0&attachments=column#/xskr/unit-audit');
    expect(await page.evaluate(() => (window as any).__replica.options.attachments)).toBe('column');
    await page.locator('.xr-audit-table tr', { hasText: '王五' }).locator('button', { hasText: /^\s*审核\s*$/ }).click();
    const detail = dialog(page, '学时核认申报详细');
    await expect.poll(() => detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').count()).toBe(4);
    expect(await headerTexts(detail.locator('.xr-review-table'))).toContain('附件');
    const files = await detail.locator('.xr-review-table .el-table__body-wrapper tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[7].textContent!.trim()));
    expect(files).toEqual(['1个', '无', '1个', '1个']);
    await page.close();
  });
});

// ---------- ?vary=<seed> ----------

interface VaryForm { order: string[]; labels: Record<string, string>; words: Record<string, string>; required: string[]; extras: { key: string; label: string; type: string; target: string }[] }
interface VaryTable { order: string[]; headers: Record<string, string>; extras: { key: string; header: string; value: string | number }[] }
interface Variation {
  seed: number; active: boolean; classes: string[]; labels: string; hideAsterisk: boolean; attachmentsColumn: boolean;
  forms: Record<string, VaryForm>; tables: Record<string, VaryTable>; views: Record<string, { order: string[]; labels: Record<string, string> }>;
  dialogs: Record<string, { titles: Record<string, string>; help: string | null; titleProp: boolean }>;
  sections: Record<string, string>; slots: Record<string, string>; buttons: Record<string, { style: string; text: string; iconProp: string | null; literalIcon: string | null }>;
  extraFields: string[]; extraColumns: string[];
}
const variation = (page: Page) => page.evaluate(() => (window as any).__replica.variation as Variation);

/** Seeds the vary tests walk: 1…XSKR_VARY_SEEDS (default 3). */
const VARY_SEEDS = Array.from({ length: Math.max(0, Number(process.env.XSKR_VARY_SEEDS ?? 3) || 0) }, (_, i) => i + 1);

const GAP = '[\\s\\u200b\\ufeff]*';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A text as a varied page may write it: spaces and zero-width characters anywhere. */
const loose = (text: string) => new RegExp(`^${GAP}${[...text].map(escapeRe).join(GAP)}${GAP}$`);
function vDialog(page: Page, title: string): Locator {
  return page.locator('.el-dialog__wrapper:visible').filter({ has: page.locator('.el-dialog__title', { hasText: loose(title) }) });
}
function vButton(scope: Page | Locator, text: string): Locator {
  return scope.locator('button:visible', { hasText: loose(text) });
}
const texts = (l: Locator) => l.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
/** The header texts of an el-table, exactly as in the DOM (not trimmed). */
const headerTexts = (table: Locator) => texts(table.locator('.el-table__header-wrapper th .cell'));
const firstRowCells = (table: Locator) => table.locator('.el-table__body-wrapper tbody tr').first().locator('td').evaluateAll((tds) => tds.map((td) => (td.textContent ?? '').trim()));
/** The first row's cells by column key (操作 left out). */
async function rowByKey(table: Locator, t: VaryTable): Promise<Record<string, string>> {
  const cells = await firstRowCells(table);
  return Object.fromEntries(t.order.map((k, i) => [k, cells[i]]).filter(([k]) => k !== 'actions'));
}
/** The form item of field `key`, by its place in the form (the variation says where it is). */
const item = (scope: Locator, form: VaryForm, key: string) => scope.locator('.el-form-item').nth(form.order.indexOf(key));

async function fillYearVaried(scope: Locator, form: VaryForm, y: YearInput): Promise<void> {
  await pickYearIn(item(scope, form, 'year'), y.year);
  for (const k of ['publicName', 'publicHours', 'professionalName', 'professionalHours', 'totalHours'] as const) await typeIn(item(scope, form, k), String(y[k]));
  await chooseIn(item(scope, form, 'publicForm'), y.publicForm);
  await chooseIn(item(scope, form, 'professionalForm'), y.professionalForm);
}
/** What the table should show in its first row, by column key (the numbers of unknown columns included). */
function expectedRow(t: VaryTable, values: object): Record<string, string> {
  const value = values as Record<string, unknown>;
  return Object.fromEntries(t.order.filter((k) => k !== 'actions').map((k) => [k, String(t.extras.find((e) => e.key === k)?.value ?? value[k] ?? '')]));
}
/** The dialog's title, helper line and aria-label are those the variation gives. */
async function expectDialogHead(d: Locator, v: Variation, id: string, title: string): Promise<void> {
  const plan = v.dialogs[id];
  expect(await d.locator('.el-dialog__title').textContent()).toBe(plan.titles[title]);
  expect(await d.locator('.el-dialog').getAttribute('aria-label')).toBe(plan.titleProp ? plan.titles[title] : 'dialog');
  if (plan.help) expect(await d.locator('.el-dialog__header').innerText()).toContain(plan.help);
  else expect(await d.locator('.el-dialog__header').innerText()).toBe(plan.titles[title]);
}
const labelsOf = (form: VaryForm) => form.order.map((k) => form.labels[k]);
const headersOf = (t: VaryTable) => t.order.map((k) => t.headers[k]);

describe('portal replica, ?vary=<seed>', () => {
  it('seed 0 (and no vary) is the replica as it always was', async () => {
    const page = await open('index.html?vary=0&saveDelay=0#/xskr/apply');
    const v = await variation(page);
    expect(v).toMatchObject({ seed: 0, active: false, classes: [], extraFields: [], extraColumns: [], hideAsterisk: false, attachmentsColumn: false });
    expect(await headerTexts(page.locator('.xr-app-table'))).toEqual(['序号', '姓名', '身份证', '工作单位', '最高学历', '联系电话', '申报年度', '申报系列', '审核状态', '单位不通过意见', '机构不通过原因', '操作']);
    await visibleButton(page, '修改').click();
    const form = dialog(page, '学时核认申报');
    expect(await texts(form.locator('.el-form-item__label'))).toEqual(['证件号码', '姓名', '性别', '民族', '单位名称', '单位性质', '拟申报职称', '联系电话', '最高学历', '申报大类', '子专业名称', '行政区划名称', '备注']);
    expect(await form.locator('.el-dialog').getAttribute('aria-label')).toBe('学时核认申报');
    expect(await headerTexts(form.locator('.xr-filed-table'))).toEqual(['年度', '公需科目折算学时分', '专业科目折算学时分', '合计学时分']);
    await visibleButton(form, '下一步').click();
    const detail = dialog(page, '申报年度明细信息');
    expect(await headerTexts(detail.locator('.xr-year-table'))).toEqual(['年度', '公需科目名称', '公需科目折算学时分', '公需科目继续教育形式', '专业科目名称', '专业科目折算学时分', '专业科目继续教育形式', '合计学时分', '操作']);
    expect(await detail.locator('.el-dialog__header').innerText()).toBe('申报年度明细信息');
    expect(await texts(detail.locator('button:visible'))).toContain('新增');
    await visibleButton(detail, '新增').click();
    const yearForm = dialog(page, '新增申报年度明细信息');
    expect(await texts(yearForm.locator('.el-form-item__label'))).toEqual(['年度', '公需科目名称', '公需科目折算学时分', '公需科目继续教育形式', '专业科目名称', '专业科目折算学时分', '专业科目继续教育形式', '合计学时分']);
    // Element's CSS star, not a written one.
    const before = await yearForm.locator('.el-form-item.is-required .el-form-item__label').first().evaluate((el) => getComputedStyle(el, '::before').content);
    expect(before).toBe('"*"');
    await page.close();

    const review = await open('index.html?vary=0&saveDelay=0#/xskr/unit-audit');
    // Without the parameter: the same page.
    const plain = await open('index.html?saveDelay=0#/xskr/unit-audit');
    expect(await plain.locator('.xr-main').innerHTML()).toBe(await review.locator('.xr-main').innerHTML());
    await plain.close();
    expect(await headerTexts(review.locator('.xr-audit-table'))).toEqual(['序号', '姓名', '身份证', '工作单位', '拟申报职称', '申报年度', '审核状态', '操作']);
    expect(await texts(review.locator('.xr-query .el-form-item__label'))).toEqual(['姓名', '身份证号', '审核状态']);
    await review.locator('.xr-audit-table tr', { hasText: '李四' }).locator('button', { hasText: /^\s*审核\s*$/ }).click();
    const d = dialog(review, '学时核认申报详细');
    await d.waitFor();
    expect(await texts(d.locator('.xr-detail-head td.xr-k'))).toEqual(['姓名:', '身份证号:', '性别:', '民族:', '拟申报职称:', '联系电话:', '申报大类:', '子专业名称:', '最高学历:', '单位名称:', '申报年度:', '审核状态:']);
    expect(await d.locator('.xr-section-title').innerText()).toBe('学时年度明细');
    expect(await headerTexts(d.locator('.xr-review-table'))).toEqual(['序号', '年度', '公需科目名称', '公需科目折算学时分', '专业科目名称', '专业科目折算学时分', '合计学时分', '审核状态', '操作']);

    await review.close();
  });

  for (const seed of VARY_SEEDS) {
    it(`seed ${seed}: the variant A screens read as the variation says and still record a year row`, async () => {
      const page = await open(`index.html?vary=${seed}&saveDelay=0#/xskr/apply`);
      const v = await variation(page);
      expect(v.seed).toBe(seed);
      expect(v.classes.length).toBeGreaterThanOrEqual(3);
      expect(await headerTexts(page.locator('.xr-app-table'))).toEqual(headersOf(v.tables.applyList));

      await vButton(page, '修改').first().click();
      const form = vDialog(page, '学时核认申报');
      await form.waitFor();
      await expectDialogHead(form, v, 'applyForm', '学时核认申报');
      expect(await texts(form.locator('.xr-section-title'))).toEqual([v.sections['applyForm.person'], v.sections['applyForm.filed']]);
      expect(await texts(form.locator('.el-form-item__label'))).toEqual(labelsOf(v.forms.person));
      expect(await headerTexts(form.locator('.xr-filed-table'))).toEqual(headersOf(v.tables.filed));
      const star = await form.locator('.el-form-item.is-required .el-form-item__label').first().evaluate((el) => getComputedStyle(el, '::before').content);
      expect(star === '"*"').toBe(!v.hideAsterisk);
      for (const e of v.forms.person.extras) expect(await item(form, v.forms.person, e.key).locator('input').inputValue()).toBe('');
      await shot(page, `vary-${seed}-apply-form`);

      await vButton(form, '下一步').click();
      const detail = vDialog(page, '申报年度明细信息');
      await detail.waitFor();
      await expectDialogHead(detail, v, 'yearDetail', '申报年度明细信息');
      expect(await detail.locator('.xr-section-title').textContent()).toBe(v.sections.yearDetail);
      expect(await headerTexts(detail.locator('.xr-year-table'))).toEqual(headersOf(v.tables.yearTable));
      const add = vButton(detail, '新增');
      expect(await add.textContent()).toBe(v.buttons.新增.literalIcon ? ` ${v.buttons.新增.text}` : v.buttons.新增.text);
      await add.click();

      const yearForm = vDialog(page, '新增申报年度明细信息');
      await yearForm.waitFor();
      await expectDialogHead(yearForm, v, 'yearForm', '新增申报年度明细信息');
      expect(await texts(yearForm.locator('.el-form-item__label'))).toEqual(labelsOf(v.forms.year));
      await fillYearVaried(yearForm, v.forms.year, Y2020);
      await shot(page, `vary-${seed}-year-form`);
      await vButton(yearForm, '保存').click();
      await expect.poll(() => vDialog(page, '新增申报年度明细信息').count()).toBe(0);

      const app = (await saved(page)).applications.find((a) => a.variant === 'A')!;
      expect(app.rows).toEqual([expect.objectContaining({ ...Y2020, attachments: [] })]);
      // Unknown fields were left alone: saved empty.
      for (const e of v.forms.year.extras) expect((app.rows[0] as unknown as Record<string, unknown>)[e.key]).toBe('');
      for (const e of v.forms.person.extras) expect(app.form[e.key]).toBe('');
      expect((await events(page)).map((e) => e.type)).toEqual(['save-form', 'save-row']);
      expect(await rowByKey(detail.locator('.xr-year-table'), v.tables.yearTable)).toEqual(expectedRow(v.tables.yearTable, Y2020));
      await shot(page, `vary-${seed}-year-detail`);

      await vButton(detail, '关闭').click();
      await expect.poll(() => rowByKey(form.locator('.xr-filed-table'), v.tables.filed)).toEqual(expectedRow(v.tables.filed, Y2020));
      await page.close();
    });

    it(`seed ${seed}: the variant B form and 申报材料上传 read as the variation says and still save a year`, async () => {
      const page = await open(`index.html?vary=${seed}&saveDelay=0#/xskr/apply-b`);
      const v = await variation(page);
      expect(await headerTexts(page.locator('.xr-app-table'))).toEqual(headersOf(v.tables.applyListB));
      await vButton(page, '修改').first().click();
      const form = vDialog(page, '学时核认申报');
      await form.waitFor();
      await expectDialogHead(form, v, 'applyFormB', '学时核认申报');
      expect(await texts(form.locator('.el-form-item__label'))).toEqual(labelsOf(v.forms.formB));
      expect(await headerTexts(form.locator('.xr-filed-table'))).toEqual(headersOf(v.tables.filedB));
      await fillYearVaried(form, v.forms.formB, { ...Y2020, year: 2023 });

      await vButton(form, '学时佐证材料上传').click();
      const slots = vDialog(page, '申报材料上传');
      await slots.waitFor();
      await expectDialogHead(slots, v, 'slotUpload', '申报材料上传');
      expect(await texts(slots.locator('.xr-slot-name'))).toEqual(['学历信息', '委托审批函', '上传学时申报材料', '学时上传'].map((n) => (n === '上传学时申报材料' ? '' : '*') + v.slots[n]));
      await vButton(slots, '关闭').click();

      await vButton(form, '保存').click();
      await expect.poll(() => vDialog(page, '学时核认申报').count()).toBe(0);
      const app = (await saved(page)).applications.find((a) => a.variant === 'B' && a.form.申报年度 === '2023')!;
      expect(app.rows).toEqual([expect.objectContaining({ ...Y2020, year: 2023 })]);
      for (const e of v.forms.formB.extras) {
        const where = e.target === 'row' ? (app.rows[0] as unknown as Record<string, unknown>) : app.form;
        expect(where[e.key]).toBe('');
      }
      await page.close();
    });

    it(`seed ${seed}: the reviewer screens read as the variation says and still record 审核通过`, async () => {
      const page = await open(`index.html?vary=${seed}&saveDelay=0#/xskr/unit-audit`);
      const v = await variation(page);
      expect(await headerTexts(page.locator('.xr-audit-table'))).toEqual(headersOf(v.tables.auditList));
      expect(await texts(page.locator('.xr-query .el-form-item__label'))).toEqual(labelsOf(v.forms.auditQuery));
      await vButton(page.locator('.xr-audit-table tr', { hasText: '李四' }), '审核').click();
      const d = vDialog(page, '学时核认申报详细');
      await d.waitFor();
      await expectDialogHead(d, v, 'auditDetail', '学时核认申报详细');
      expect(await texts(d.locator('.xr-detail-head td.xr-k'))).toEqual(v.views.reviewHead.order.map((k) => v.views.reviewHead.labels[k]));
      expect(await d.locator('.xr-section-title').textContent()).toBe(v.sections.review);
      const table = d.locator('.xr-review-table');
      expect(await headerTexts(table)).toEqual(headersOf(v.tables.review));
      expect(v.tables.review.order.includes('attachments')).toBe(v.attachmentsColumn);
      const values = { serial: '1', year: 2020, publicName: '2020年公需科目网络培训', publicHours: 30, professionalName: '2020年建筑工程专业科目培训', professionalHours: 60, totalHours: 90, attachments: '2个', status: '暂存' };
      expect(await rowByKey(table, v.tables.review)).toEqual(expectedRow(v.tables.review, values));
      await shot(page, `vary-${seed}-review`);

      await vButton(table.locator('.el-table__body-wrapper tbody tr').first(), '详情').click();
      const info = vDialog(page, '详情');
      await info.waitFor();
      await expectDialogHead(info, v, 'rowInfo', '详情');
      expect(await texts(info.locator('.xr-section-title'))).toEqual([v.sections['rowInfo.files']]);
      expect(await texts(info.locator('td.xr-k'))).toEqual(v.views.rowInfo.order.map((k) => v.views.rowInfo.labels[k]));
      expect(await info.locator('.xr-row-files .el-table__body-wrapper tbody tr').count()).toBe(2);
      await vButton(info, '关闭').click();

      await vButton(d, '审核通过').click();
      const pass = page.locator('.el-dialog__wrapper:visible').filter({ has: page.locator('.el-dialog__title', { hasText: /^审核通过$/ }) });
      await pass.locator('.el-radio', { hasText: '经办机构(人社部门)' }).click();
      await vButton(pass, '审核通过').click();
      await expect.poll(async () => (await events(page)).filter((e) => e.type === 'review')).toEqual([expect.objectContaining({ appId: 'app-r-1', screen: 'unit', decision: 'pass', upperType: '经办机构(人社部门)' })]);
      await page.close();
    });
  }

  it('works together with ?labels=alt and ?loadDelay', async () => {
    const seed = VARY_SEEDS[0] ?? 1;
    const page = await open(`index.html?labels=alt&vary=${seed}&loadDelay=2500&saveDelay=0#/xskr/apply`);
    const v = await variation(page);
    expect(v).toMatchObject({ seed, labels: 'alt' });
    await vButton(page, '修改').first().click();
    const form = vDialog(page, '学时核认申报');
    await form.waitFor();
    expect(await texts(form.locator('.el-form-item__label'))).toEqual(labelsOf(v.forms.person));
    if (!v.classes.includes('punctuation')) expect(v.forms.person.labels.姓名).toMatch(/[:：]\s*$/); // alt's colons
    await vButton(form, '下一步').click();
    const detail = vDialog(page, '申报年度明细信息');
    await detail.waitFor();
    expect(await detail.locator('.el-table__empty-text').innerText()).toBe('暂无数据'); // still loading
    expect(await headerTexts(detail.locator('.xr-year-table'))).toEqual(headersOf(v.tables.yearTable));
    await page.close();
  });

  it(`varies every class across seeds 1…${Math.max(VARY_SEEDS.length, 8)}, each seed at least three at once, the same way every time`, async () => {
    const page = await open('index.html#/home');
    const seeds = Array.from({ length: Math.max(VARY_SEEDS.length, 8) }, (_, i) => i + 1);
    const seen = new Set<string>();
    const first: Variation[] = [];
    for (const seed of seeds) {
      await page.goto(`${PORTAL_BASE}index.html?vary=${seed}#/home`);
      await page.waitForFunction(() => (window as any).__replica?.ready === true);
      const v = await variation(page);
      expect(v.classes.length).toBeGreaterThanOrEqual(3);
      v.classes.forEach((c) => seen.add(c));
      first.push(v);
    }
    // Another load of the same seed: the same page.
    await page.goto(`${PORTAL_BASE}index.html?vary=${seeds[0]}#/xskr/apply`);
    await page.waitForFunction(() => (window as any).__replica?.ready === true);
    expect(await variation(page)).toEqual(first[0]);
    expect([...seen].sort()).toEqual(['buttons', 'controls', 'dialogHelp', 'extraColumns', 'extraFields', 'order', 'punctuation', 'synonyms', 'units']);
    await page.close();
  });
});
