import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkEachRow, checkYears, type YearRow } from '../../../rules';

const senior = { titleLevel: 'senior' } as const;
const SET_CODES = new Set(['year-missing', 'year-duplicate']);

describe('checkEachRow: each row checked alone, through the rules API', () => {
  it('finds for each row what checkYears finds for that row alone, without the findings about the set', () => {
    const rowArb = fc.record({
      year: fc.integer({ min: 2014, max: 2026 }),
      publicHours: fc.integer({ min: -5, max: 60 }),
      professionalHours: fc.integer({ min: -5, max: 100 }),
      totalHours: fc.integer({ min: 0, max: 160 }),
      evidenceCount: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      wholeYear: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), fc.constantFrom('hunan-2025', 'zhuzhou-2025', 'xiangtan-2022'), (rows, policyId) => {
        const clean = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as YearRow);
        const each = checkEachRow(policyId, clean, senior);
        expect(each).toHaveLength(clean.length);
        clean.forEach((r, i) => expect(each[i]).toEqual(checkYears(policyId, [r], senior).filter((f) => !SET_CODES.has(f.code))));
      }),
      { numRuns: 200 },
    );
  }, 30_000); // a property test: slow on the shared, loaded 2-core machine

  it('gives two rows of one year each their own findings, and no duplicate finding (that is the set’s)', () => {
    const rows: YearRow[] = [
      { year: 2021, publicHours: 20, professionalHours: 60, totalHours: 80 },
      { year: 2021, publicHours: 30, professionalHours: 60, totalHours: 90, evidenceCount: 0 },
    ];
    const [first, second] = checkEachRow('hunan-2025', rows, senior);
    expect(first.map((f) => f.code)).toEqual(['public-below-min', 'total-below-min']);
    expect(second.map((f) => f.code)).toEqual(['evidence-missing']);
    expect(checkYears('hunan-2025', rows, senior).map((f) => f.code)).toContain('year-duplicate');
  });

  it('rejects a malformed row with a ZodError naming the field, as checkYears does', () => {
    const bad = [{ year: 2021.5, publicHours: 30, professionalHours: 60, totalHours: 90 }] as YearRow[];
    expect(() => checkEachRow('hunan-2025', bad, senior)).toThrow(ZodError);
    expect(() => checkEachRow('hunan-2025', bad, senior)).toThrow(/year/);
  });
});
