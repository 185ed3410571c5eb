// The popup's first frame builds its checklist without classic zod, the rule texts or the full dictionaries
// (utils/ledger/checklist-core.ts firstChecklist, issue 15). What the user sees must not change: for every profile and
// summary, it is exactly buildChecklist's Checklist — statuses, the words of what each year needs (both languages),
// covered years, minima, span, filing window — or it declines (undefined) and the popup takes buildChecklist.
import { describe, expect, it } from 'vitest';
import { listPolicies } from '../../../rules';
import { firstChecklist } from '../../../utils/ledger/checklist-core';
import { buildChecklist } from '../../../utils/ledger/checklist';
import { profileSpan, type ProfileYearRow, type YearCoverage } from '../../../utils/ledger/hours';
import { coveredMap, summarize } from '../../../utils/ledger/summary';
import type { Entry, Evidence, Profile } from '../../../utils/ledger/records';
import type { UiLanguage } from '../../../utils/i18n-shell';

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
type Random = ReturnType<typeof random>;

const LEVELS = ['full-senior', 'senior', 'intermediate'] as const;
const DEGREES = [undefined, 'doctor', 'master', 'bachelor', 'other'] as const;
const LANGS: UiLanguage[] = ['zh-CN', 'en'];

function randomProfile(r: Random, policyId: string, reviewYear: number): Profile {
  const degree = r.pick(DEGREES);
  const from = reviewYear - 2 - r.int(6);
  return {
    id: `p${r.int(1e6)}`,
    name: r.pick(['王强', '李红', 'Anna']),
    policyId,
    titleLevel: r.pick(LEVELS),
    ...(degree ? { degree } : {}),
    reviewYear: r.pick([reviewYear, reviewYear + 1, reviewYear - 2, reviewYear + 3]),
    ...(r.next() < 0.5 ? { idNumber: r.pick(['43070119850810001X', '430701198508100', '']) } : {}),
    ...(r.next() < 0.4 ? { ownSpan: { from, to: from + r.int(5) } } : {}),
    createdAt: r.int(100),
  };
}

function randomRows(r: Random, reviewYear: number): ProfileYearRow[] {
  const years = [...new Set(Array.from({ length: r.int(9) }, () => reviewYear - 1 - r.int(9)))];
  return years.map((year) => {
    const publicHours = r.pick([0, 10, 24.5, 29.9, 30, 45.5, 90, -3]);
    const professionalHours = r.pick([0, 20, 42, 59.95, 60, 72, 120]);
    const entryCount = r.pick([0, 1, 2, 7]);
    return {
      year,
      publicName: '公需课程',
      publicHours,
      publicForm: '远程教育',
      professionalName: '专业课程',
      professionalHours,
      professionalForm: '培训班',
      totalHours: r.next() < 0.85 ? publicHours + professionalHours : publicHours + professionalHours + r.pick([1, -0.5]),
      wholeYear: r.next() < 0.1,
      evidenceCount: r.int(3),
      entryCount,
    };
  });
}

function randomCovered(r: Random, reviewYear: number): Map<number, YearCoverage> {
  const covered = new Map<number, YearCoverage>();
  if (r.next() < 0.5) return covered;
  const from = reviewYear - 1 - r.int(7);
  const to = from + r.int(3);
  for (let year = from; year <= to; year++) {
    covered.set(year, { year, title: r.pick(['学时认定单', '合格证明']), fileName: `${from}-${to}.pdf`, evidenceId: 'f1', from, to, citation: r.pick(['湘人社办函〔2025〕37号 三.(四)', '']) });
  }
  return covered;
}

/** A day before, in and after each rule set's filing windows (05-20 to 07-20 and the cities' own). */
const randomNow = (r: Random, year: number) => new Date(year + r.pick([0, 0, 0, -1, 1]), r.int(12), 1 + r.int(28), r.int(24));

describe('the popup’s first-frame checklist', () => {
  it('is buildChecklist’s checklist for 1,800 random profiles and summaries of every rule set, in both languages', () => {
    const r = random(2025);
    const seen = { statuses: new Set<string>(), windows: new Set<string>(), noSpan: 0, ownSpan: 0, needs: 0, hints: 0, covered: 0, otherYears: 0 };
    for (const { id, reviewYear } of listPolicies()) {
      for (let i = 0; i < 300; i++) {
        const profile = randomProfile(r, id, reviewYear);
        const rows = randomRows(r, profile.reviewYear);
        const covered = randomCovered(r, profile.reviewYear);
        const now = randomNow(r, profile.reviewYear);
        for (const lang of LANGS) {
          const expected = buildChecklist(profile, rows, profileSpan(profile), now, lang, covered);
          expect(firstChecklist(profile, rows, now, lang, covered), JSON.stringify({ profile, rows, covered: [...covered.keys()], now, lang })).toStrictEqual(expected);
          for (const y of expected.years) seen.statuses.add(y.status);
          if (expected.filingWindow) seen.windows.add(expected.filingWindow.state);
          if (expected.span.years === null) seen.noSpan++;
          else if (expected.span.ownSpan) seen.ownSpan++;
          seen.needs += expected.years.filter((y) => y.needs.length).length;
          seen.hints += expected.years.filter((y) => y.hints.length).length;
          seen.covered += expected.years.filter((y) => y.coveredBy).length;
          seen.otherYears += expected.otherYears.length;
        }
      }
    }
    // The cases reach every status, window state and kind of span, with words in each part.
    expect([...seen.statuses].sort()).toEqual(['covered', 'missing', 'ok', 'short']);
    expect([...seen.windows].sort()).toEqual(['after', 'before', 'open']);
    for (const [what, count] of Object.entries(seen)) if (typeof count === 'number') expect(count, what).toBeGreaterThan(10);
  });

  it('is buildChecklist’s checklist for the ledger’s own summaries of realistic ledgers', () => {
    const r = random(15);
    const forms = ['培训班', '远程教育', '学术会议'];
    for (const { id, reviewYear } of listPolicies()) {
      for (let i = 0; i < 20; i++) {
        const profile = randomProfile(r, id, reviewYear);
        const entries: Entry[] = Array.from({ length: 5 + r.int(60) }, (_, n) => {
          const year = profile.reviewYear - 1 - r.int(7);
          const category = r.pick(['public', 'professional'] as const);
          const base = { id: `e${n}`, profileId: profile.id, name: `活动 ${n}`, form: r.pick(forms), year, category, evidenceNames: [], createdAt: n, updatedAt: n };
          return r.next() < 0.5
            ? { ...base, certifiedHours: r.pick([2, 3, 8, 12.5]) }
            : { ...base, activity: { kind: 'training' as const, year, category, days: 1 + r.int(4), halfDays: r.int(2) } };
        });
        const evidence: Evidence[] = [
          ...Array.from({ length: r.int(4) }, (_, n) => ({ id: `a${n}`, profileId: profile.id, kind: 'activity' as const, years: [profile.reviewYear - 1 - r.int(5)], name: `证明${n}.pdf`, type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: n })),
          ...(r.next() < 0.5 ? [{ id: 'f', profileId: profile.id, kind: 'recognition-form' as const, years: [profile.reviewYear - 6, profile.reviewYear - 5], name: '学时认定单.pdf', type: 'application/pdf', size: 1, bytes: new ArrayBuffer(1), addedAt: 9 }] : []),
        ];
        const summary = summarize(profile, entries, evidence);
        const now = randomNow(r, profile.reviewYear);
        for (const lang of LANGS) {
          const expected = buildChecklist(profile, summary.rows, profileSpan(profile), now, lang, coveredMap(summary));
          expect(firstChecklist(profile, summary.rows, now, lang, coveredMap(summary))).toStrictEqual(expected);
        }
      }
    }
  });

  it('declines where buildChecklist would say something it cannot: an unknown rule set, a covered year the checks refuse', () => {
    const profile: Profile = { id: 'p', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
    const now = new Date(2025, 5, 1);
    expect(firstChecklist({ ...profile, policyId: 'beijing-2030' }, [], now)).toBeUndefined();
    expect(() => buildChecklist({ ...profile, policyId: 'beijing-2030' }, [], profileSpan(profile), now)).toThrow(/beijing-2030/);
    const odd = new Map([[1985, { year: 1985, title: '学时认定单', fileName: 'x.pdf', evidenceId: 'f', from: 1985, to: 1985, citation: '' }]]);
    expect(firstChecklist(profile, [], now, 'zh-CN', odd)).toBeUndefined();
    expect(firstChecklist(profile, [], now, 'zh-CN')).toStrictEqual(buildChecklist(profile, [], profileSpan(profile), now, 'zh-CN'));
  });
});
