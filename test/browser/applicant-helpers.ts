// Helpers of the applicant browser tests: the replica's test API and the steps a user takes on it.
import type { Locator, Page } from 'playwright-core';
import { profileYearRows } from '../../utils/ledger/hours';
import { sampleBatch } from '../fixtures/sample/sample-data';

export interface ReplicaRow {
  id: string;
  year: number;
  publicName: string;
  publicHours: number;
  publicForm: string;
  professionalName: string;
  professionalHours: number;
  professionalForm: string;
  totalHours: number;
  attachments: { name: string; type: string; size: number; sha256?: string }[];
}
export interface ReplicaApp {
  id: string;
  variant: 'A' | 'B';
  status: string;
  form: Record<string, string>;
  rows: ReplicaRow[];
  slots: Record<string, { name: string; size: number }[]>;
}
export interface ReplicaEvent {
  type: string;
  [k: string]: unknown;
}

export const saved = (page: Page) => page.evaluate(() => (window as any).__replica.saved() as { applications: ReplicaApp[] });
export const events = (page: Page) => page.evaluate(() => (window as any).__replica.events as ReplicaEvent[]);
export const seedReplica = (page: Page, applications: unknown[]) =>
  page.evaluate((apps) => (window as any).__replica.seed({ applications: apps }), applications);

/** The rows the sample ledger's active person (李明) should file: the ledger's own aggregation. */
export function expectedRows() {
  const batch = sampleBatch();
  const profile = batch.profiles.find((p) => p.id === batch.settings.activeProfileId)!;
  return profileYearRows(
    profile,
    batch.entries.filter((e) => e.profileId === profile.id),
    batch.evidence.filter((e) => e.profileId === profile.id),
  );
}

export function dialog(page: Page, title: string): Locator {
  return page.locator('.el-dialog__wrapper:visible').filter({ has: page.locator('.el-dialog__title', { hasText: new RegExp(`^\\s*${title}\\s*$`) }) });
}

/** The panel host in the page (its shadow content is reachable with getByTestId). */
export const panel = (page: Page) => page.getByTestId('xskr-panel');

/** The replica's applicant 张三 (a fictional person; the ID carries a valid check digit). */
export const ZHANGSAN = {
  证件号码: '430102199003151234', 姓名: '张三', 性别: '男', 民族: '汉族', 单位名称: '长沙示例建设工程有限公司', 单位性质: '国有企业',
  拟申报职称: '副高级', 联系电话: '13900001234', 最高学历: '大学本科', 申报大类: '工程', 子专业名称: '建筑学', 行政区划名称: '湖南省省本级', 备注: '', 申报年度: '2025',
};

/** The page's option for a ledger 继续教育形式 where the replica has no option of the same name. */
export const OPTION_FOR: Record<string, string> = { 专利: '发明专利', 论文: '论文著作' };
export const asOption = (form: string) => OPTION_FOR[form] ?? form;

type YearFields = Pick<ReplicaRow, 'year' | 'publicName' | 'publicHours' | 'publicForm' | 'professionalName' | 'professionalHours' | 'professionalForm' | 'totalHours'>;
/** The eight yearly fields of a row, nothing else. */
export function yearFields(r: YearFields): YearFields {
  return {
    year: r.year, publicName: r.publicName, publicHours: r.publicHours, publicForm: r.publicForm, professionalName: r.professionalName,
    professionalHours: r.professionalHours, professionalForm: r.professionalForm, totalHours: r.totalHours,
  };
}

/**
 * What the extension should file for `year`: the sample ledger's aggregation, with the page's option names (or the
 * ledger's own words where the page lets the 继续教育形式 be typed).
 */
export function ledgerRow(year: number, { typedForms = false } = {}): YearFields {
  const r = expectedRows().find((x) => x.year === year)!;
  const form = typedForms ? (f: string) => f : asOption;
  return yearFields({ ...r, publicForm: form(r.publicForm), professionalForm: form(r.professionalForm) });
}

/** A replica application of variant A for 张三, still 待提交, with `rows` as its 申报年度明细. */
export function appA(rows: Partial<ReplicaRow>[] = []) {
  return { id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows };
}

/** Waits until the panel says the page shows screen `id` (its data-page). */
export async function waitPanelPage(page: Page, id: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-testid="xskr-panel"]')?.getAttribute('data-page') === want, id, { timeout });
}

/** 修改 on the list's first application, then 下一步 (continuing past the guard if it asks) → 申报年度明细信息. */
export async function openYearDetail(page: Page, timeout = 15_000): Promise<void> {
  await waitPanelPage(page, 'applicant-list', timeout);
  await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
  await waitPanelPage(page, 'applicant-form', timeout);
  await dialog(page, '学时核认申报').getByRole('button', { name: '下一步' }).click();
  const guard = page.getByTestId('submit-guard');
  const deadline = Date.now() + timeout;
  while (!(await guard.isVisible()) && (await panel(page).getAttribute('data-page')) !== 'year-detail') {
    if (Date.now() > deadline) throw new Error('neither the 申报年度明细信息 nor the submit guard came after 下一步');
    await page.waitForTimeout(50);
  }
  if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
  await waitPanelPage(page, 'year-detail', timeout);
}

/** Waits until the panel's job is no longer running and returns its text. */
export async function waitJob(page: Page, timeout = 60_000): Promise<string> {
  const job = page.getByTestId('xskr-job');
  await job.waitFor({ timeout });
  const deadline = Date.now() + timeout;
  while ((await job.getAttribute('data-state')) === 'running') {
    if (Date.now() > deadline) throw new Error('the job did not finish in time');
    await page.waitForTimeout(100);
  }
  return job.innerText();
}

/**
 * A button's accessible name as a user reads it, whatever spaces or icons the page puts around its text (Element's
 * icon fonts add a private-use glyph to the name through CSS `content`).
 */
export const buttonName = (text: string) => new RegExp(`^[^\\p{L}\\p{N}]*${[...text].join('\\s*')}[^\\p{L}\\p{N}]*$`, 'u');
