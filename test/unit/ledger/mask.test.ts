import { describe, expect, it } from 'vitest';
import { idCheckChar, idNumberProblem, maskIdNumber, maskPhone } from '../../../utils/mask';

describe('ID numbers (GB 11643)', () => {
  it('accepts the standard’s own example 11010519491231002X', () => {
    expect(idNumberProblem('11010519491231002X')).toBeUndefined();
    expect(idNumberProblem('11010519491231002x')).toBeUndefined();
  });
  it('names a wrong check digit, a bad birth date and a wrong length', () => {
    expect(idNumberProblem('110105194912310021')).toContain('校验位');
    expect(idNumberProblem('110105194902300023')).toContain('出生日期');
    expect(idNumberProblem('11010519491231')).toContain('18位');
  });
  it('computes the check character', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
  });
  it('masks the birth date of an ID number and the middle of a phone number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(maskIdNumber(undefined)).toBe('');
  });
  it('hides a short or partial ID number entirely, and a short phone number', () => {
    expect(maskIdNumber('12345')).toBe('*****');
    expect(maskPhone('12345')).toBe('*****');
  });
});
