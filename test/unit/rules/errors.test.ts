import { describe, expect, it } from 'vitest';
import { checkYears, convert, describeInputError } from '../../../rules';

const errorOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
};

describe('describeInputError', () => {
  it('tells a negative day count in Chinese, naming the field', () => {
    const error = errorOf(() => convert('hunan-2025', { kind: 'training', year: 2023, category: 'public', days: -2 }));
    expect(describeInputError(error)).toBe('天数：不能是负数');
  });

  it('tells an unknown activity kind and an unknown rule set', () => {
    expect(describeInputError(errorOf(() => convert('hunan-2025', { kind: 'party' } as never)))).toBe('活动类型：不是可选的值');
    expect(describeInputError(errorOf(() => convert('mars-2030', { kind: 'book', year: 2020, role: 'first' })))).toMatch(/^规则集：未知的规则集/);
  });

  it('names the row of a bad year row', () => {
    const error = errorOf(() => checkYears('hunan-2025', [{ year: 2020, publicHours: 30, professionalHours: 60, totalHours: 90 }, { year: 2021.5 } as never], { titleLevel: 'senior' }));
    expect(describeInputError(error)).toMatch(/^第 2 行 年度：年度应为整数/);
  });

  it('passes other errors through', () => {
    expect(describeInputError(new Error('boom'))).toBe('boom');
  });
});
