import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCreditedItem, isYearRow } from '../../../rules/fast-parse';
import { CreditedItem, YearRow } from '../../../rules/schema';

const loose = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.constant(undefined), fc.constant(null), fc.string(), fc.boolean());

describe('the fast input checks never let through what the zod schema rejects', () => {
  it('year rows', () => {
    const rowLike = fc.record(
      { year: loose, publicHours: loose, professionalHours: loose, totalHours: loose, wholeYear: loose, evidenceCount: loose },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(rowLike, fc.anything()), (value) => {
        if (isYearRow(value)) expect(YearRow.safeParse(value).success).toBe(true);
      }),
      // The first counterexample fast-check found: an integer outside the safe range, which zod's int() rejects.
      { numRuns: 2000, examples: [[{ year: -9007199254740992, publicHours: 0, professionalHours: 0, totalHours: 0 }], [{ year: 2024, publicHours: 0, professionalHours: 0, totalHours: 0, evidenceCount: 2 ** 53 }]] },
    );
  });

  it('credited items', () => {
    const creditLike = fc.record(
      { year: loose, category: fc.oneof(fc.constantFrom('public', 'professional', 'whole-year', 'other'), loose), hours: fc.oneof(loose, fc.constant(2e6)) },
      { requiredKeys: [] },
    );
    const itemLike = fc.record({ name: fc.oneof(fc.string(), loose), form: fc.oneof(fc.string(), loose), credits: fc.oneof(fc.array(creditLike, { maxLength: 3 }), loose) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(itemLike, fc.anything()), (value) => {
        if (isCreditedItem(value)) expect(CreditedItem.safeParse(value).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('accept the ordinary valid shapes', () => {
    expect(isYearRow({ year: 2020, publicHours: 30, professionalHours: 60, totalHours: 90 })).toBe(true);
    expect(isYearRow({ year: 2020, publicHours: 30, professionalHours: 60, totalHours: 90, wholeYear: true, evidenceCount: 0 })).toBe(true);
    expect(isCreditedItem({ name: '培训', form: '培训班', credits: [{ year: 2020, category: 'public', hours: 8 }] })).toBe(true);
  });
});
