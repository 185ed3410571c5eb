// Benchmark (prints numbers, never fails on them): opening options.html for a person with 2,000 activities.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { backupFromBatch } from '../../utils/ledger/backup';
import type { Entry } from '../../utils/ledger/records';
import { sampleBatch } from '../fixtures/sample/sample-data';
import { launchWithExtension } from '../browser/harness';
import { seedLedger } from '../browser/seed';

const N = 2000;
const ms = (t: number) => `${t.toFixed(0)} ms`;

// 李明 with 2,000 activities: the sample's 14 plus generated ones (certificates and rule-converted trainings), 2015–2024.
const batch = sampleBatch();
const li = batch.profiles[0].id;
const extra: Entry[] = [];
for (let i = 0; extra.length + batch.entries.filter((e) => e.profileId === li).length < N; i++) {
  const year = 2015 + (i % 10);
  const pub = i % 3 === 0;
  extra.push({
    id: `bench-${i}`,
    profileId: li,
    name: `${pub ? '公需课程' : '专业培训'}第${i + 1}期`,
    form: pub ? '远程教育' : '培训班',
    year,
    date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    category: pub ? 'public' : 'professional',
    ...(pub ? { certifiedHours: 2 } : { activity: { kind: 'training' as const, year, category: 'professional' as const, days: 1 } }),
    evidenceNames: [],
    createdAt: 2e12 + i,
    updatedAt: 2e12 + i,
  });
}
batch.entries.push(...extra);
const dir = mkdtempSync(join(tmpdir(), 'xskr-bench-'));
const file = join(dir, 'big.xskr.json');
writeFileSync(file, JSON.stringify(await backupFromBatch(batch)));

const s = await launchWithExtension();
try {
  await seedLedger(s, file);
  const runs: number[] = [];
  for (let run = 1; run <= 4; run++) {
    const page = await s.context.newPage();
    const t0 = performance.now();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await page.waitForFunction((n) => document.querySelector('[data-testid=activity-count]')?.textContent === String(n) && document.querySelectorAll('[data-testid=year-row]').length > 0 && document.querySelectorAll('tr[data-entry-id]').length > 0, N, { timeout: 60_000 });
    const t1 = performance.now();
    const nav = await page.evaluate(() => {
      const e = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { domContentLoaded: e.domContentLoadedEventEnd, now: window.performance.now() };
    });
    runs.push(t1 - t0);
    const rows = await page.locator('tr[data-entry-id]').count();
    console.log(`run ${run}: goto → count, year table and ${rows} activity rows (50 per year until 显示全部) rendered ${ms(t1 - t0)} (DOMContentLoaded at ${ms(nav.domContentLoaded)})`);
    if (run === 4) {
      // a change re-renders: switching to the other person and back
      const t2 = performance.now();
      await page.getByTestId('profile-select').selectOption({ index: 1 });
      await page.waitForFunction(() => document.querySelector('[data-testid=activity-count]')?.textContent === '14');
      await page.getByTestId('profile-select').selectOption({ index: 0 });
      await page.waitForFunction((n) => document.querySelector('[data-testid=activity-count]')?.textContent === String(n), N);
      console.log(`switch away and back to the 2,000-activity person: ${ms(performance.now() - t2)}`);
      // every row on screen: press every 显示全部
      const t3 = performance.now();
      await page.evaluate(() => {
        for (const b of document.querySelectorAll<HTMLButtonElement>('table.entries tfoot button')) b.click();
      });
      await page.waitForFunction((n) => document.querySelectorAll('tr[data-entry-id]').length === n, N, { timeout: 60_000 });
      console.log(`expanding every year to all ${N} rows: ${ms(performance.now() - t3)}`);
    }
    await page.close();
  }
  runs.sort((a, b) => a - b);
  console.log(`options.html with ${N} activities: median ${ms(runs[Math.floor(runs.length / 2)])}`);
} finally {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
}
