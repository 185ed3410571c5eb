// The demo: the replica portal with the extension loaded and a sample ledger.
// With a display it opens a real window to try; without one it walks the applicant and reviewer flows headless
// and leaves screenshots and a log in demo-output/<time>/, with a 1366×768 shot of every recognised screen in its
// layout-1366x768/ folder (a change that makes the panel cover the portal shows up there, and in the log's count).
import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launchWithExtension, openExtensionPage, openPortal, type Session } from '../browser/harness';
import { seedLedger, SAMPLE_PERSON } from '../browser/seed';
import { dialog } from '../browser/applicant-helpers';
import { coveredControls, walkScreens } from '../browser/screens';

const args = new Set(process.argv.slice(2));
// --store DIR: the store screenshots (test/store/package.mjs): headless, every shot at the stores' 1280×800, into DIR.
const storeDir = args.has('--store') ? process.argv[process.argv.indexOf('--store') + 1] : undefined;
const headed = !args.has('--headless') && !storeDir && !!process.env.DISPLAY && !process.env.CI;
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const outDir = storeDir ?? join(ROOT, 'demo-output', stamp);
mkdirSync(outDir, { recursive: true });
// The layout shots are for review, not for the stores: beside the store's screenshots folder, never in it.
const layoutDir = storeDir ? join(dirname(storeDir), 'layout-1366x768') : join(outDir, 'layout-1366x768');
mkdirSync(layoutDir, { recursive: true });
const logFile = join(outDir, 'log.txt');
writeFileSync(logFile, `学时助手 演示 ${new Date().toISOString()}\n`);
const log = (line: string) => {
  console.log(line);
  appendFileSync(logFile, line + '\n');
};

let shot = 0;
/** Chrome Web Store, Edge Add-ons and AMO all take 1280×800 screenshots. */
const STORE_SIZE = { width: 1280, height: 800 };
async function screenshot(page: Page, name: string) {
  const file = join(outDir, `${String(++shot).padStart(2, '0')}-${name}.png`);
  if (storeDir) await page.setViewportSize(STORE_SIZE);
  await page.screenshot({ path: file, fullPage: false });
  log(`  截图 ${file}`);
}

let layoutShots = 0;
/** A 1366×768 shot of one screen as the page shows it now, into layout-1366x768/. */
async function layoutShot(page: Page, name: string) {
  const file = join(layoutDir, `${String(++layoutShots).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  log(`  截图 ${file}`);
}

async function waitPage(page: Page, id: string) {
  await page.waitForFunction((want) => document.querySelector('[data-testid="xskr-panel"]')?.getAttribute('data-page') === want, id, { timeout: 10_000 });
}

/** One step of the walk: a failure is logged and the demo goes on with the next step. */
async function step(title: string, fn: () => Promise<void>) {
  log(`• ${title}`);
  try {
    await fn();
    log('  完成');
  } catch (e) {
    log(`  跳过：${(e as Error).message.split('\n')[0]}`);
  }
}

async function walk(s: Session) {
  await step(`导入示例台账（${SAMPLE_PERSON}，2020–2024 年的学时与佐证材料）`, async () => {
    await seedLedger(s);
    const options = await openExtensionPage(s, 'options.html');
    await options.waitForTimeout(800);
    await screenshot(options, 'ledger');
  });

  await step('弹出窗口：年度清单与学时计算器', async () => {
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.getByTestId('span-year').first().waitFor({ timeout: 10_000 });
    const statuses = await popup.getByTestId('span-year').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-year')}:${e.getAttribute('data-status')}`));
    log(`  年度状态 ${statuses.join(' ')}`);
    await screenshot(popup, 'popup');
    await popup.close();
  });

  const page = await openPortal(s, 'index.html#/xskr/apply');
  await step('网厅“学时核认申报”列表：助手面板已识别页面', async () => {
    await page.waitForFunction(() => !!document.querySelector('[data-testid="xskr-panel"][data-page]'), null, { timeout: 10_000 });
    log(`  识别为 ${await page.getByTestId('xskr-panel').getAttribute('data-page')}`);
    await screenshot(page, 'portal-list');
  });

  await step('打开“申报相关信息”，再点“下一步”打开“申报年度明细信息”', async () => {
    // The list's 操作 column is fixed to the right: its visible buttons live in .el-table__fixed-right.
    await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
    await waitPage(page, 'applicant-form');
    await screenshot(page, 'portal-form');
    await dialog(page, '学时核认申报').getByRole('button', { name: '下一步' }).click();
    // No year rows yet: the extension asks before going on; the demo goes on, as a user would.
    const guard = page.getByTestId('submit-guard');
    await guard.or(page.getByTestId('fill-years')).first().waitFor({ timeout: 10_000 });
    if (await guard.isVisible()) {
      await screenshot(page, 'submit-guard');
      await page.getByTestId('submit-guard-continue').click();
    }
    await waitPage(page, 'year-detail');
  });

  await step('一键填报：从台账填入 2020–2024 年的年度明细（不会点“提交”）', async () => {
    const started = Date.now();
    await page.getByTestId('fill-years').click();
    await page.waitForFunction(
      () => {
        const r = (window as unknown as { __replica: { saved(): { applications: { rows: unknown[] }[] } } }).__replica.saved();
        return r.applications.some((a) => a.rows.length >= 5);
      },
      null,
      { timeout: 90_000 },
    );
    await page.waitForTimeout(800);
    log(`  用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    const findings = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-year') ?? ''} ${e.getAttribute('data-code')}`));
    log(`  面板提示：${findings.length ? findings.join('；') : '无'}`);
    await screenshot(page, 'portal-filled');
  });

  await step('上传附件：把台账里 2020 年的佐证材料放进网厅的上传控件', async () => {
    const row2020 = dialog(page, '申报年度明细信息').locator('tr', { hasText: '2020' }).filter({ has: page.getByRole('button', { name: '上传附件' }) }).first();
    await row2020.getByRole('button', { name: '上传附件' }).click();
    await waitPage(page, 'evidence-upload');
    await page.getByTestId('attach-evidence').click();
    // The job report lives in the panel's shadow root: Playwright's locators pierce it, document.querySelector does not.
    await page.getByTestId('xskr-job').and(page.locator(':not([data-state="running"])')).waitFor({ timeout: 30_000 });
    log(`  ${(await page.getByTestId('xskr-job').innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
    await screenshot(page, 'portal-upload');
    await dialog(page, '上传附件').getByRole('button', { name: '关闭' }).click();
    await waitPage(page, 'year-detail');
  });

  await step('审核人员：单位审核页面，逐行标注', async () => {
    const review = await openPortal(s, 'index.html?attachments=column#/xskr/unit-audit'); // with the 附件 column (N个 / 无)
    // 王五's application in the replica has a short year, a wrong total and a year without files.
    await review.locator('tr', { hasText: '王五' }).first().getByRole('button', { name: '审核' }).click();
    await review.getByText('学时年度明细').first().waitFor({ timeout: 10_000 });
    await review.locator('tr[data-xskr-status]').first().waitFor({ timeout: 10_000 });
    const marks = await review.locator('tr[data-xskr-status]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-xskr-status')));
    log(`  已标注 ${marks.length} 行：${marks.filter((m) => m === 'ok').length} 行无问题，${marks.filter((m) => m === 'problem').length} 行有问题`);
    const reason = (await review.getByTestId('review-reason').innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (reason) log(`  可粘贴的不通过理由：${reason.slice(0, 160)}`);
    await screenshot(review, 'reviewer');
  });
  await step('每个页面在 1366×768 的办公笔记本屏幕上：助手面板不挡网页的按钮、输入框和对话框', async () => {
    let screens = 0;
    let covered = 0;
    await walkScreens(s, async (p, visit) => {
      await p.setViewportSize({ width: 1366, height: 768 });
      await p.waitForTimeout(500);
      const under = await coveredControls(p);
      screens++;
      covered += under.length;
      log(`  ${visit.name}：${under.length ? `面板挡住了 ${under.join('；')}` : '面板没有挡住网页的任何控件'}`);
      await layoutShot(p, visit.name);
    });
    log(`  ${screens} 个页面，${layoutShots} 张 1366×768 截图（${layoutDir}），面板挡住的控件共 ${covered} 个`);
    if (covered) throw new Error(`面板挡住了 ${covered} 个控件`);
  });
  await page.bringToFront();
}

const session = await launchWithExtension({ headless: !headed });
try {
  await walk(session);
  log(`\n截图和日志在 ${outDir}`);
  if (headed) {
    log('浏览器窗口已打开，可以自己试用；关闭窗口即结束演示。');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
} finally {
  await session.close().catch(() => undefined);
}
