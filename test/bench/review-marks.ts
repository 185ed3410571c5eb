// Benchmark (prints numbers, never fails on them): the reviewer marks on a 500-row 学时年度明细 table rendered by the
// real Vue 2.7 + element-ui 2.15 (el-table + el-pagination), served at the portal address.
// Measures: page load → all 500 rows marked; re-check after changing the rule set; re-mark after a page-size change.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { PORTAL_BASE, launchWithExtension } from '../browser/harness';

const ROWS = Number(process.env.BENCH_ROWS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** A stand-alone 学时核认申报详细 page with ROWS yearly rows (the replica's own screens are tested separately). */
export function benchPage(rows: number): string {
  const data = Array.from({ length: rows }, (_, i) => {
    const year = 2015 + (i % 12);
    const pub = i % 7 === 0 ? 20 : 30;
    const pro = 60 + (i % 3) * 5;
    const total = i % 11 === 0 ? pub + pro + 10 : pub + pro;
    return { year, publicName: `${year}公需科目`, publicHours: pub, professionalName: `${year}专业科目`, professionalHours: pro, totalHours: total, attachments: i % 9 === 0 ? 0 : 2, status: '待审核' };
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>湖南省人力资源和社会保障服务平台</title>
<link rel="stylesheet" href="vendor/element-ui/theme-chalk/index.css"></head><body>
<div id="app">
  <h3>学时核认申报详细</h3>
  <div class="info"><span>姓名:</span><span>王强</span><span>身份证号:</span><span>4307**********001X</span><span>拟申报职称:</span><span>副高级</span><span>最高学历:</span><span>大学本科</span></div>
  <div class="title">学时年度明细</div>
  <el-table :data="pageRows" border style="width:100%">
    <el-table-column type="index" label="序号" width="60"></el-table-column>
    <el-table-column prop="year" label="年度" width="110"></el-table-column>
    <el-table-column prop="publicName" label="公需科目名称"></el-table-column>
    <el-table-column prop="publicHours" label="公需科目折算学时分"></el-table-column>
    <el-table-column prop="professionalName" label="专业科目名称"></el-table-column>
    <el-table-column prop="professionalHours" label="专业科目折算学时分"></el-table-column>
    <el-table-column prop="totalHours" label="合计学时分"></el-table-column>
    <el-table-column prop="attachments" label="附件"></el-table-column>
    <el-table-column prop="status" label="审核状态"></el-table-column>
    <el-table-column label="操作"><template><el-button type="text">详情</el-button></template></el-table-column>
  </el-table>
  <el-pagination :total="rows.length" :page-size.sync="size" :current-page.sync="current" :page-sizes="[10, 50, 100, 500]" layout="total, sizes, prev, pager, next, jumper"></el-pagination>
  <el-button type="primary">审核通过</el-button><el-button type="primary">审核不通过</el-button>
</div>
<script src="vendor/vue/vue.js"></script><script src="vendor/element-ui/index.js"></script>
<script>
window.__bench = { t0: performance.now() };
new Vue({ el: '#app', data: { rows: ${JSON.stringify(data)}, size: ${rows}, current: 1 },
  computed: { pageRows() { return this.rows.slice((this.current - 1) * this.size, this.current * this.size); } },
  mounted() { window.__bench.mounted = performance.now(); window.__bench.vm = this; } });
window.__replica = { ready: true };
</script></body></html>`;
}

/**
 * The panel's summary. Over the replica's 500-row dialog no free space is left; the panel then stays open over the
 * corner it covers least (components/panel/placement.ts, contract §4) — if it is a pill (collapsed), open it first.
 */
async function summaryOf(page: Page) {
  if ((await page.getByTestId('xskr-panel').getAttribute('data-xskr-placement')) === 'pill') await page.getByTestId('xskr-collapse').click();
  return page.getByTestId('review-summary');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Resolves (in the page) with performance.now() when `count` rows carry a status and `check` holds. */
function waitMarked(page: Page, count: number, codesOfFirst?: string) {
  return page.evaluate(
    ({ count, codesOfFirst }) =>
      new Promise<number>((resolve) => {
        const done = () => {
          const rows = document.querySelectorAll('.el-table__body-wrapper tr[data-xskr-status]:not(.xskr-none)');
          if (rows.length !== count) return false;
          if (codesOfFirst !== undefined && rows[0].getAttribute('data-xskr-codes') !== codesOfFirst) return false;
          return true;
        };
        if (done()) return resolve(performance.now());
        const obs = new MutationObserver(() => {
          if (done()) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-xskr-status', 'data-xskr-codes'] });
      }),
    { count, codesOfFirst },
  );
}

if (process.argv[1]?.endsWith('review-marks.ts')) await main();

async function main() {
const load0 = loadavg();
const s = await launchWithExtension();
try {
  // tsx keeps function names with a __name helper that page.evaluate's serialised functions need too.
  await s.context.addInitScript({ content: 'window.__name = (f) => f;' });
  const html = benchPage(ROWS);
  await s.context.route(`${PORTAL_BASE}bench-review.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const load: number[] = [];
  const afterMount: number[] = [];
  const policy: number[] = [];
  const paging: number[] = [];
  const pagingVue: number[] = [];
  const own: number[] = [];
  const pagingWaited: number[] = [];

  for (let run = 0; run < RUNS; run++) {
    const page = await s.context.newPage();
    await page.goto(`${PORTAL_BASE}bench-review.html`);
    const marked = await waitMarked(page, ROWS);
    const mounted = await page.evaluate(() => (window as unknown as { __bench: { mounted: number } }).__bench.mounted);
    load.push(marked);
    afterMount.push(marked - mounted);
    own.push(Number(await page.getByTestId('review-summary').getAttribute('data-ms')));
    if (run === 0) {
      const summary = await page.getByTestId('review-summary').getAttribute('data-problem');
      const ok = await page.getByTestId('review-summary').getAttribute('data-ok');
      console.log(`marked ${ROWS} rows: ${ok} ok, ${summary} with problems; findings shown: ${await page.getByTestId('finding').count()}`);
    }
    // Rule set change: the first row (2015, 公需 20) is outside the span under every set; Xiangtan drops the public minimum.
    const before = await page.evaluate(() => document.querySelector('.el-table__body-wrapper tr')!.getAttribute('data-xskr-codes'));
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('reviewer-policy').selectOption('xiangtan-2022');
    const after = await page.evaluate(() => document.querySelector('.el-table__body-wrapper tr')!.getAttribute('data-xskr-codes'));
    const t1 = await waitMarked(page, ROWS, after === before ? undefined : after!);
    policy.push(t1 - t0);
    await page.getByTestId('reviewer-policy').selectOption('hunan-2025');
    await waitMarked(page, ROWS, before!);
    // Page size 500 → 10 and back: Vue re-renders the rows (reusing <tr>s).
    const t2 = await page.evaluate(() => {
      (window as unknown as { __bench: { vm: { size: number } } }).__bench.vm.size = 10;
      return performance.now();
    });
    const t3 = await waitMarked(page, Math.min(10, ROWS));
    const [t4, rendered] = await page.evaluate(
      () =>
        new Promise<[number, number]>((resolve) => {
          const vm = (window as unknown as { __bench: { vm: { size: number; $nextTick(fn: () => void): void } } }).__bench.vm;
          const start = performance.now();
          vm.size = 500;
          vm.$nextTick(() => resolve([start, performance.now()]));
        }),
    );
    const t5 = await waitMarked(page, ROWS);
    paging.push(t5 - t4);
    pagingVue.push(t5 - rendered);
    pagingWaited.push(Number(await page.getByTestId('review-summary').getAttribute('data-waited-ms')));
    if (run === 0) console.log(`page size 500 → 10: marked in ${(t3 - t2).toFixed(0)} ms`);
    await page.close();
  }
  // The replica's own 学时核认申报详细 (a dialog, paginated): one application with ROWS rows, page size → 500.
  const replicaLoad: number[] = [];
  const replicaOwn: number[] = [];
  const replicaRendered: number[] = [];
  const replicaWaited: number[] = [];
  const replicaLayout: number[] = [];
  const layoutMs = async (page: Page) => Number((await page.getByTestId('xskr-panel').getAttribute('data-xskr-layout-ms')) ?? 0);
  for (let run = 0; run < RUNS; run++) {
    const page = await s.context.newPage();
    await page.goto(`${PORTAL_BASE}index.html?saveDelay=0&attachments=column#/xskr/unit-audit`);
    await page.waitForFunction(() => (window as unknown as { __replica?: { ready?: boolean } }).__replica?.ready === true);
    await page.evaluate((rows) => {
      const r = Array.from({ length: rows }, (_, i) => {
        const year = 2015 + (i % 12);
        return { year, publicName: `${year}公需`, publicHours: i % 7 ? 30 : 20, professionalName: `${year}专业`, professionalHours: 60, totalHours: i % 7 ? 90 : 80,
          attachments: i % 9 ? [{ name: 'a.pdf', type: 'application/pdf', size: 1 }] : [] };
      });
      const form = { 证件号码: '430104199001011237', 姓名: '钱七', 拟申报职称: '副高级', 申报年度: '2025' };
      return (window as unknown as { __replica: { seed(x: unknown): Promise<void> } }).__replica.seed({ applications: [{ id: 'big', variant: 'A', status: '待审核', form, rows: r }] });
    }, ROWS);
    await page.getByRole('row').filter({ hasText: '钱七' }).getByRole('button', { name: '审核' }).first().click();
    const dialog = page.getByRole('dialog', { name: '学时核认申报详细' });
    await dialog.locator('tr[data-xskr-status]').first().waitFor();
    await dialog.locator('.el-pagination__sizes .el-input__inner').click();
    // When Vue has put all ROWS rows of the dialog's table into the page (the render our marks follow).
    const t0 = await page.evaluate((rows) => {
      const w = window as unknown as { __rendered?: number };
      const body = () => document.querySelectorAll('[role="dialog"] .el-table__body-wrapper tr').length >= rows;
      const obs = new MutationObserver(() => {
        if (w.__rendered === undefined && body()) {
          w.__rendered = performance.now();
          obs.disconnect();
        }
      });
      obs.observe(document.body, { childList: true, subtree: true });
      return performance.now();
    }, ROWS);
    const layout0 = await layoutMs(page);
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '500条/页' }).click();
    const t1 = await waitMarked(page, ROWS);
    replicaLoad.push(t1 - t0);
    replicaRendered.push(t1 - (await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered)));
    const summary = await summaryOf(page);
    replicaOwn.push(Number(await summary.getAttribute('data-ms')));
    replicaWaited.push(Number(await summary.getAttribute('data-waited-ms')));
    if (run === 0) console.log(`replica: ${await summary.textContent()}`);
    await page.waitForTimeout(800); // the panel's placement after the render and our marks (at most every 120 ms)
    replicaLayout.push((await layoutMs(page)) - layout0);
    await page.close();
  }
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`reviewer marks on a ${ROWS}-row el-table, ${RUNS} runs`);
  console.log(`  navigation start → all rows marked: ${fmt(load)}`);
  console.log(`  Vue mounted → all rows marked:      ${fmt(afterMount)}`);
  console.log(`  rule-set change → re-marked:         ${fmt(policy)} (includes Playwright's selectOption)`);
  console.log(`  our own read + check + mark (in the content script): ${fmt(own)}`);
  console.log(`  page size 10 → ${ROWS} → re-marked:    ${fmt(paging)}`);
  console.log(`    of which after Vue finished re-rendering: ${fmt(pagingVue)}`);
  console.log(`    our pass's wait for an idle page, from the first change it saw: ${fmt(pagingWaited)}`);
  console.log(`replica 学时核认申报详细 dialog, page size 10 → 500 (${ROWS} rows)`);
  console.log(`  click on 500条/页 → all rows marked (incl. Vue/Element rendering): ${fmt(replicaLoad)}`);
  console.log(`  all ${ROWS} rows in the page → all rows marked: ${fmt(replicaRendered)}`);
  console.log(`    our pass's wait for an idle page, from the first change it saw (the portal's own rendering included): ${fmt(replicaWaited)}`);
  console.log(`  our own read + check + mark (from the pass's start, after the wait, to the marks in the page): ${fmt(replicaOwn)}`);
  console.log(`  the panel's placement (hit tests of the reachable controls) from the click to 800 ms after the marks: ${fmt(replicaLayout)}`);
  console.log(`target: our own read + check + mark of ${ROWS} rows ≤ 50 ms — bench page ${median(own).toFixed(0)} ms, replica ${median(replicaOwn).toFixed(0)} ms`);
  console.log(`load average (1, 5, 15 min): before ${load0.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores)`);
} finally {
  await s.close();
}
}
