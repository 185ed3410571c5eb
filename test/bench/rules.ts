// Rules engine timings (prints numbers; never fails on them): `npx tsx test/bench/rules.ts`.
// checkYears and aggregateYears over 2,000 ledger items must stay within a few milliseconds.
import { performance } from 'node:perf_hooks';
import { aggregateYears, checkYears, convert, type Activity, type CreditedItem } from '../../rules/index.ts';

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

for (const policyId of ['hunan-2025', 'xiangtan-2022']) {
  const items: CreditedItem[] = time(`convert ×${N} (${policyId})`, 30, () =>
    activities.map((a, i) => ({ name: `活动${i % 300}`, form: forms[i % forms.length], credits: convert(policyId, a).credits })),
  );
  const rows = time(`aggregateYears ${N} items (${policyId})`, 50, () => aggregateYears(policyId, items));
  const yearRows = Array.from({ length: N }, (_, i) => ({ ...rows[i % rows.length], year: 2000 + (i % 30), evidenceCount: i % 3 }));
  time(`checkYears ${rows.length} rows (${policyId})`, 200, () => checkYears(policyId, rows, { titleLevel: 'senior' }));
  time(`checkYears ${N} rows (${policyId})`, 50, () => checkYears(policyId, yearRows, { titleLevel: 'senior' }));
}
