import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { aggregateYears, checkYears, convert, ConvertResult, minimaFor, type Activity, type CreditedItem, type YearRow } from '../../../rules';
import { round1 } from '../../../rules/numbers';

const policies = ['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022'] as const;
const policyArb = fc.constantFrom(...policies);
const year = fc.integer({ min: 2000, max: 2030 });
const count = fc.nat({ max: 500 });
const hours = fc.integer({ min: 0, max: 5000 }).map((n) => n / 10);
const month = fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const category = fc.constantFrom('public' as const, 'professional' as const);
const range = fc.tuple(month, month).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

const activityArb: fc.Arbitrary<Activity> = fc.oneof(
  fc.record({ kind: fc.constant('training' as const), year, category, days: fc.option(count, { nil: undefined }), halfDays: fc.option(count, { nil: undefined }), evenings: fc.option(count, { nil: undefined }) }),
  fc.record({ kind: fc.constant('online-course' as const), year, category, hours }),
  fc.record({ kind: fc.constant('research-project' as const), year, level: fc.constantFrom('provincial' as const, 'municipal' as const), role: fc.constantFrom('host' as const, 'main' as const, 'participant' as const) }),
  fc.record({ kind: fc.constant('book' as const), year, role: fc.constantFrom('first' as const, 'other' as const) }),
  fc.record({ kind: fc.constant('paper' as const), year, role: fc.constantFrom('first' as const, 'corresponding' as const, 'other' as const), count: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('patent' as const), year, type: fc.constantFrom('invention' as const, 'utility' as const, 'design' as const), rank: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('award' as const), year, level: fc.constantFrom('provincial' as const, 'municipal' as const), grade: fc.constantFrom(1 as const, 2 as const, 3 as const), rank: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }) }),
  range.chain((r) => fc.record({ kind: fc.constant('aid-assignment' as const), start: fc.constant(r.start), end: fc.constant(r.end), qualified: fc.boolean() })),
  fc.record({ kind: fc.constant('expert-service' as const), year, onsiteDays: fc.option(hours, { nil: undefined }), onlineHours: fc.option(hours, { nil: undefined }) }),
  fc.record({ kind: fc.constantFrom('degree-course' as const, 'qualification-exam' as const, 'digital-skills-exam' as const), year, passed: count }),
  fc.record({ kind: fc.constant('computer-exam' as const), year, modules: count }),
  range.chain((r) => fc.record({ kind: fc.constant('overseas-exchange' as const), start: fc.constant(r.start), end: fc.constant(r.end), qualified: fc.boolean() })),
  fc.record({ kind: fc.constant('skills-competition' as const), year, level: fc.constantFrom('national' as const, 'provincial' as const), medal: fc.constantFrom('gold' as const, 'silver' as const, 'bronze' as const) }),
);

const totalHours = (r: ConvertResult) => r.credits.reduce((sum, c) => sum + c.hours, 0);

/** The count-like fields of an activity that may grow, and the activity with that field grown by `by`. */
function grow(a: Activity, by: number): Activity[] {
  const bump = (v: number | undefined) => (v ?? 0) + by;
  switch (a.kind) {
    case 'training':
      return [{ ...a, days: bump(a.days) }, { ...a, halfDays: bump(a.halfDays) }, { ...a, evenings: bump(a.evenings) }];
    case 'online-course':
      return [{ ...a, hours: a.hours + by }];
    case 'paper':
      return [{ ...a, count: (a.count ?? 1) + by }];
    case 'expert-service':
      return [{ ...a, onsiteDays: bump(a.onsiteDays) }, { ...a, onlineHours: bump(a.onlineHours) }];
    case 'degree-course':
    case 'qualification-exam':
    case 'digital-skills-exam':
      return [{ ...a, passed: a.passed + by }];
    case 'computer-exam':
      return [{ ...a, modules: a.modules + by }];
    default:
      return [];
  }
}

describe('properties of convert', () => {
  it('hours are never negative, always finite, always cited, and the result has the contract shape', () => {
    fc.assert(
      fc.property(policyArb, activityArb, (policyId, activity) => {
        const result = convert(policyId, activity);
        expect(ConvertResult.safeParse(result).success).toBe(true);
        expect(result.citation.length).toBeGreaterThan(0);
        for (const credit of result.credits) {
          expect(credit.hours).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(credit.hours)).toBe(true);
          expect(round1(credit.hours)).toBe(credit.hours);
        }
        if (result.credits.length === 0) expect(result.note).toBeTruthy();
      }),
    );
  });

  it('hours never decrease when days or counts grow', () => {
    fc.assert(
      fc.property(policyArb, activityArb, fc.integer({ min: 1, max: 20 }), (policyId, activity, by) => {
        const before = totalHours(convert(policyId, activity));
        for (const grown of grow(activity, by)) expect(totalHours(convert(policyId, grown))).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('any input either converts or fails with a ZodError naming the field — never anything else', () => {
    const kinds = ['training', 'online-course', 'research-project', 'book', 'paper', 'patent', 'award', 'aid-assignment', 'expert-service', 'degree-course', 'qualification-exam', 'digital-skills-exam', 'computer-exam', 'overseas-exchange', 'skills-competition', 'other'];
    const nearlyValid = fc.record(
      {
        kind: fc.constantFrom(...kinds),
        year: fc.oneof(year, fc.anything()),
        category: fc.oneof(category, fc.string()),
        days: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double()),
        count: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double()),
        passed: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double()),
        hours: fc.double(),
        start: fc.oneof(month, fc.string()),
        end: fc.oneof(month, fc.string()),
        qualified: fc.anything(),
        level: fc.constantFrom('provincial', 'municipal', 'national', 'county'),
        role: fc.constantFrom('host', 'main', 'participant', 'first', 'other', 'corresponding', 'editor'),
        rank: fc.oneof(fc.integer({ min: -1, max: 10 }), fc.double()),
        grade: fc.integer({ min: 0, max: 4 }),
        medal: fc.constantFrom('gold', 'silver', 'bronze', 'tin'),
        type: fc.constantFrom('invention', 'utility', 'design', 'software'),
        modules: fc.integer({ min: -2, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(policyArb, fc.oneof(nearlyValid, fc.anything()), (policyId, input) => {
        try {
          const result = convert(policyId, input as Activity);
          expect(ConvertResult.safeParse(result).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ZodError);
          const issue = (error as ZodError).issues[0];
          if (input !== null && typeof input === 'object' && !Array.isArray(input)) expect(issue.path.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const creditedItemArb: fc.Arbitrary<CreditedItem> = fc.record({
  name: fc.constantFrom('公需课', '专业培训', '学术会议', '论文', '援疆', ''),
  form: fc.constantFrom('远程教育', '培训班', '学术会议', '论文', '三援', ''),
  credits: fc.array(
    fc.record({
      year: fc.integer({ min: 2018, max: 2024 }),
      category: fc.constantFrom('public' as const, 'professional' as const, 'professional' as const, 'whole-year' as const),
      hours: fc.integer({ min: 0, max: 900 }).map((n) => n / 10),
    }),
    { maxLength: 3 },
  ),
});

describe('properties of aggregateYears and checkYears', () => {
  it('totals equal the sum of the parts, rows are sorted, and whole-year rows meet the minima', () => {
    fc.assert(
      fc.property(policyArb, fc.array(creditedItemArb, { maxLength: 40 }), fc.integer({ min: 5, max: 80 }), (policyId, items, nameMaxLength) => {
        const rows = aggregateYears(policyId, items, { nameMaxLength });
        const credits = items.flatMap((i) => i.credits);
        const sumOf = (y: number, category: string) => round1(credits.filter((c) => c.year === y && c.category === category).reduce((s, c) => s + c.hours, 0));
        expect(rows.map((r) => r.year)).toEqual([...new Set(credits.map((c) => c.year))].sort((a, b) => a - b));
        const minima = minimaFor(policyId);
        for (const row of rows) {
          expect(row.totalHours).toBe(round1(row.publicHours + row.professionalHours));
          expect(row.publicName.length).toBeLessThanOrEqual(nameMaxLength);
          expect(row.professionalName.length).toBeLessThanOrEqual(nameMaxLength);
          expect(row.wholeYear).toBe(credits.some((c) => c.year === row.year && c.category === 'whole-year'));
          if (row.wholeYear) {
            expect(row.publicHours).toBeGreaterThanOrEqual(sumOf(row.year, 'public'));
            expect(row.professionalHours).toBeGreaterThanOrEqual(sumOf(row.year, 'professional'));
            expect(row.totalHours).toBeGreaterThanOrEqual(minima.total);
            const findings = checkYears(policyId, [{ ...row, wholeYear: false }], { titleLevel: 'senior', degree: 'doctor' });
            expect(findings).toEqual([]);
          } else {
            expect(row.publicHours).toBe(sumOf(row.year, 'public'));
            expect(row.professionalHours).toBe(sumOf(row.year, 'professional'));
          }
        }
        expect(aggregateYears(policyId, [...items].reverse(), { nameMaxLength })).toEqual(rows);
      }),
    );
  });

  it('checkYears: only the share finding is a warning; evidence-missing only for a count of 0', () => {
    const rowArb: fc.Arbitrary<YearRow> = fc.record(
      {
        year: fc.integer({ min: 2015, max: 2026 }),
        publicHours: fc.integer({ min: -50, max: 1200 }).map((n) => n / 10),
        professionalHours: fc.integer({ min: -50, max: 1500 }).map((n) => n / 10),
        totalHours: fc.integer({ min: 0, max: 2500 }).map((n) => n / 10),
        wholeYear: fc.boolean(),
        evidenceCount: fc.nat({ max: 3 }),
      },
      { requiredKeys: ['year', 'publicHours', 'professionalHours', 'totalHours'] },
    );
    const applicantArb = fc.record(
      {
        titleLevel: fc.constantFrom('full-senior' as const, 'senior' as const, 'intermediate' as const),
        degree: fc.constantFrom('doctor' as const, 'master' as const, 'bachelor' as const, 'other' as const),
        reviewYear: fc.integer({ min: 2020, max: 2030 }),
      },
      { requiredKeys: ['titleLevel'] },
    );
    fc.assert(
      fc.property(policyArb, fc.array(rowArb, { maxLength: 8 }), applicantArb, (policyId, rows, applicant) => {
        const findings = checkYears(policyId, rows, applicant);
        for (const f of findings) {
          expect(f.severity).toBe(f.code === 'professional-share-low' ? 'warning' : 'error');
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
          if (f.code === 'evidence-missing') expect(rows.some((r) => r.year === f.year && r.evidenceCount === 0)).toBe(true);
        }
        const missingEvidence = new Set(findings.filter((f) => f.code === 'evidence-missing').map((f) => f.year));
        for (const r of rows) if (r.evidenceCount === 0 && r.publicHours >= 0 && r.professionalHours >= 0) expect(missingEvidence.has(r.year)).toBe(true);
      }),
    );
  });
});
