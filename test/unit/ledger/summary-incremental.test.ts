// The summary refresh after a change of activities computes only the years the change touched, and gives exactly what
// a full rebuild gives (summarize over every activity and file), after any sequence of adds, edits and deletes.
import { describe, expect, it } from 'vitest';
import { summarize, summaryYearsOf, updateSummary, type LedgerSummary } from '../../../utils/ledger/summary';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof random>;

const profile: Profile = { id: 'p', name: '赵敏', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };

function activity(r: Rng, id: string, at: number): Entry {
  const year = 2019 + r.int(7);
  const base = { id, profileId: 'p', name: r.pick(['人工智能', '桥梁检测', `活动${id}`]), year, evidenceNames: r.next() < 0.3 ? ['结业证书.pdf'] : [], createdAt: at, updatedAt: at };
  switch (r.int(5)) {
    case 0:
      return { ...base, form: '远程教育', category: 'public', certifiedHours: r.int(40) + r.pick([0, 0.5]) };
    case 1:
      return { ...base, form: '培训班', category: 'professional', activity: { kind: 'training', year, category: 'professional', days: r.int(5), halfDays: r.int(2) } };
    case 2:
      return { ...base, form: '发表论文', category: 'professional', activity: { kind: 'paper', year, role: r.pick(['first', 'corresponding', 'other'] as const) } };
    case 3:
      // a ranged activity counts for several years
      return { ...base, form: '援藏', category: 'professional', activity: { kind: 'aid-assignment', start: `${year}-03`, end: `${year + r.int(3)}-0${1 + r.int(9)}`, qualified: r.next() < 0.8 } };
    default:
      return { ...base, form: '学术会议', category: 'professional', certifiedHours: r.int(100) };
  }
}

const files: Evidence[] = [
  { id: 'f1', profileId: 'p', kind: 'activity', years: [2021], name: '结业证书.pdf', type: 'application/pdf', size: 3, bytes: new Uint8Array([1]).buffer, addedAt: 1 },
  { id: 'f2', profileId: 'p', kind: 'recognition-form', years: [2019, 2020], name: '2019-2020学时认定单.pdf', type: 'application/pdf', size: 3, bytes: new Uint8Array([1]).buffer, addedAt: 2 },
];

const byYearThenDate = (a: Entry, b: Entry) => a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.createdAt - b.createdAt || a.id.localeCompare(b.id);

describe('summary refresh of the touched years only', () => {
  for (const seed of [1, 7, 42]) {
    it(`equals a full rebuild after 80 random adds, edits and deletes (seed ${seed})`, () => {
      const r = random(seed);
      let n = 0;
      let entries: Entry[] = Array.from({ length: 30 }, () => activity(r, `e${n++}`, n));
      let summary: LedgerSummary = summarize(profile, entries.sort(byYearThenDate), files);
      for (let step = 0; step < 80; step++) {
        const op = r.int(3);
        let touched: number[] = [];
        if (op === 0 || entries.length === 0) {
          const added = activity(r, `e${n++}`, n);
          entries = [...entries, added];
          touched = summaryYearsOf(profile.policyId, added);
        } else if (op === 1) {
          const old = r.pick(entries);
          const edited = { ...activity(r, old.id, old.createdAt), createdAt: old.createdAt };
          entries = entries.map((e) => (e.id === old.id ? edited : e));
          touched = [...summaryYearsOf(profile.policyId, old), ...summaryYearsOf(profile.policyId, edited)];
        } else {
          const gone = r.pick(entries);
          entries = entries.filter((e) => e.id !== gone.id);
          touched = summaryYearsOf(profile.policyId, gone);
        }
        entries.sort(byYearThenDate);
        summary = updateSummary(summary, profile, entries, files, touched);
        expect(summary, `step ${step}`).toEqual(summarize(profile, entries, files));
      }
      expect(summary.rows.length).toBeGreaterThan(3);
    });
  }

  it('a summary made for another rule set is rebuilt in full', () => {
    const r = random(3);
    const entries = Array.from({ length: 20 }, (_, i) => activity(r, `e${i}`, i)).sort(byYearThenDate);
    const other = { ...summarize(profile, entries, files), policyId: 'other', rows: [] };
    expect(updateSummary(other, profile, entries, files, [2021])).toEqual(summarize(profile, entries, files));
  });
});
