// rules/check-core.ts (issue 15): the checks without the zod parse give what the public checkYears / checkEachRow /
// checkYearsAndEachRow give, over every rule set, title level, degree and review year, varied rows (short, negative,
// mismatched, whole-year, duplicate, outside the span, no files), covered years and the person's own span. The popup's
// first frame uses them on rows it made itself, so they must not differ in one finding.
import { describe, expect, it } from 'vitest';
import { checkEachRow, checkYears, checkYearsAndEachRow, getPolicy, listPolicies, type CheckContext, type YearRow } from '../../../rules';
import { checkEachRowOf, checkYearsAndEachRowOf, checkYearsOf } from '../../../rules/check-core';
import type { Applicant } from '../../../rules/schema';

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

function randomRows(r: ReturnType<typeof random>, reviewYear: number): YearRow[] {
  const rows: YearRow[] = [];
  for (let i = r.int(8); i > 0; i--) {
    const publicHours = r.pick([0, 10, 29.9, 30, 45.5, -3]);
    const professionalHours = r.pick([0, 20, 59.95, 60, 72, 120]);
    const totalHours = r.next() < 0.85 ? publicHours + professionalHours : publicHours + professionalHours + r.pick([1, -0.5]);
    rows.push({
      year: reviewYear - 1 - r.int(8),
      publicHours,
      professionalHours,
      totalHours,
      ...(r.next() < 0.15 ? { wholeYear: true } : {}),
      ...(r.next() < 0.7 ? { evidenceCount: r.int(3) } : {}),
    });
  }
  return rows;
}

describe('check-core agrees with the public checks', () => {
  const levels = ['full-senior', 'senior', 'intermediate'] as const;
  const degrees = [undefined, 'doctor', 'master', 'bachelor', 'other'] as const;

  it('over 1,200 random cases of every rule set, title level, degree and review year', () => {
    const r = random(15);
    let findings = 0;
    const codes = new Set<string>();
    for (const { id } of listPolicies()) {
      const policy = getPolicy(id)!;
      for (let i = 0; i < 400; i++) {
        const reviewYear = r.pick([undefined, policy.reviewYear, policy.reviewYear + 1, policy.reviewYear - 2]);
        const degree = r.pick(degrees);
        const applicant: Applicant = { titleLevel: r.pick(levels), ...(degree ? { degree } : {}), ...(reviewYear ? { reviewYear } : {}) };
        const rows = randomRows(r, reviewYear ?? policy.reviewYear);
        const context: CheckContext | undefined = r.next() < 0.3 ? undefined : {
          coveredYears: r.next() < 0.5 ? [] : [(reviewYear ?? policy.reviewYear) - 1 - r.int(6)],
          ...(r.next() < 0.5 ? { ownSpan: [2019, 2020, 2021, 2022, 2023].slice(r.int(3)) } : {}),
        };
        const expected = checkYears(id, rows, applicant, context);
        expect(checkYearsOf(policy, rows, applicant, context), JSON.stringify({ id, applicant, rows, context })).toEqual(expected);
        expect(checkEachRowOf(policy, rows, applicant, context)).toEqual(checkEachRow(id, rows, applicant, context));
        expect(checkYearsAndEachRowOf(policy, rows, applicant, context)).toEqual(checkYearsAndEachRow(id, rows, applicant, context));
        findings += expected.length;
        for (const f of expected) codes.add(f.code);
      }
    }
    // The cases reach every kind of finding (else the agreement above would prove little).
    expect(findings).toBeGreaterThan(2000);
    expect([...codes].sort()).toEqual(
      ['evidence-missing', 'hours-invalid', 'professional-below-min', 'professional-share-low', 'public-below-min', 'total-below-min', 'total-mismatch', 'year-duplicate', 'year-missing', 'year-outside-span'].sort(),
    );
  });

  it('the public checks still refuse malformed input with a ZodError naming the field; the core is given checked values', () => {
    expect(() => checkYears('hunan-2025', [{ year: 2021.5, publicHours: 1, professionalHours: 1, totalHours: 2 }], { titleLevel: 'senior' })).toThrow(/年度应为整数/);
    expect(() => checkYears('nowhere-2025', [], { titleLevel: 'senior' })).toThrow(/未知的规则集/);
  });
});
