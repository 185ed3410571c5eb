// Rules engine timings (prints numbers; never fails on them): `npx tsx test/bench/rules.ts`.
// checkYears and aggregateYears over 2,000 ledger items must stay within a few milliseconds.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { aggregateYears, checkEachRow, checkYears, convert, type Activity, type CreditedItem } from '../../rules/index.ts';
import { checkReview } from '../../utils/reviewer/review-check.ts';
import type { ReviewRowData } from '../../utils/reviewer/read-table.ts';

// As in the extension, whose CSP forbids eval: zod interprets its schemas instead of compiling them (BENCH_JIT=1 for
// Node's default). Set before the first parse: zod builds each schema's parser on first use.
if (!process.env.BENCH_JIT) z.config({ jitless: true });
console.log(`zod ${process.env.BENCH_JIT ? 'with' : 'without'} JIT; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores)`);

const N = 2000;
const forms = ['培训班', '远程教育', '学术会议', '论文', '专利'];
const activities: Activity[] = Array.from({ length: N }, (_, i): Activity => {
  const year = 2020 + (i % 5);
  switch (i % 5) {
    case 0:
      return { kind: 'training', year, category: 'public', days: 1 + (i % 3), halfDays: i % 2 };
    case 1:
      return { kind: 'online-course', year, category: 'professional', hours: (i % 40) / 2 };
    case 2:
      return { kind: 'paper', year, role: 'first', count: 1 };
    case 3:
      return { kind: 'patent', year, type: 'invention', rank: 1 + (i % 5) };
    default:
      return { kind: 'award', year, level: 'municipal', grade: 2 };
  }
});

function time<T>(label: string, runs: number, fn: () => T): T {
  let result = fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.floor(samples.length * 0.95)];
  console.log(`${label.padEnd(44)} median ${median.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms`);
  return result;
}

// The reviewer's check of a 500-row table (the check in "read + check + mark"; issue 15 target for all three: ≤ 50 ms).
const reviewRows: ReviewRowData[] = Array.from({ length: 500 }, (_, i) => {
  const year = 2015 + (i % 12);
  const pub = i % 7 === 0 ? 20 : 30;
  const pro = 60 + (i % 3) * 5;
  const total = i % 11 === 0 ? pub + pro + 10 : pub + pro;
  return { index: i, year, publicHours: pub, professionalHours: pro, totalHours: total, evidenceCount: i % 9 === 0 ? 0 : 2, publicName: `${year}公需科目`, professionalName: `${year}专业科目`, groupKey: '|', rawHours: { public: String(pub), professional: String(pro), total: String(total) } };
});
{
  const t0 = performance.now();
  checkReview(reviewRows, { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' } });
  console.log(`${'checkReview 500 rows, first call (cold)'.padEnd(44)} ${(performance.now() - t0).toFixed(2)} ms`);
}
time('checkReview 500 rows (hunan-2025)', 30, () => checkReview(reviewRows, { policyId: 'hunan-2025', applicant: { titleLevel: 'senior' } }));

for (const policyId of ['hunan-2025', 'xiangtan-2022']) {
  const items: CreditedItem[] = time(`convert ×${N} (${policyId})`, 30, () =>
    activities.map((a, i) => ({ name: `活动${i % 300}`, form: forms[i % forms.length], credits: convert(policyId, a).credits })),
  );
  const rows = time(`aggregateYears ${N} items (${policyId})`, 50, () => aggregateYears(policyId, items));
  const yearRows = Array.from({ length: N }, (_, i) => ({ ...rows[i % rows.length], year: 2000 + (i % 30), evidenceCount: i % 3 }));
  time(`checkYears ${rows.length} rows (${policyId})`, 200, () => checkYears(policyId, rows, { titleLevel: 'senior' }));
  time(`checkYears ${N} rows (${policyId})`, 50, () => checkYears(policyId, yearRows, { titleLevel: 'senior' }));
  time(`checkEachRow ${N} rows (${policyId})`, 50, () => checkEachRow(policyId, yearRows, { titleLevel: 'senior' }));
}
