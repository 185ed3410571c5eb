import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { convert, getPolicy, type RuleSet } from '../../../rules';
import { cases2025, casesXiangtan2022, type ConvertCase } from './cases';

const tables: { policyId: string; annex: string; cases: ConvertCase[] }[] = [
  { policyId: 'hunan-2025', annex: '湘人社办函〔2025〕37号 附件2', cases: cases2025 },
  { policyId: 'zhuzhou-2025', annex: '株人社函〔2025〕8号 附件1', cases: cases2025 },
  { policyId: 'xiangtan-2022', annex: '潭人社函〔2022〕18号 附件1', cases: casesXiangtan2022 },
];

const citationOf = (annex: string, c: ConvertCase) => (c.fullClause ? c.clause : `${annex} ${c.clause}`);

describe.each(tables)('convert under $policyId', ({ policyId, annex, cases }) => {
  it.each(cases)('$name ($clause)', (c) => {
    const result = convert(policyId, c.activity);
    expect(result.citation).toBe(citationOf(annex, c));
    expect(result.credits).toEqual(c.credits);
    if (c.note === false) expect(result.note).toBeUndefined();
    if (c.note === true) expect(result.note).toBeTruthy();
    if (c.note instanceof RegExp) expect(result.note).toMatch(c.note);
  });

  it('every number of every conversion table appears in a case citing its clause', () => {
    const policy = getPolicy(policyId) as RuleSet;
    const covered = new Set(cases.flatMap((c) => c.credits.map((credit) => `${citationOf(annex, c)} ${credit.hours}`)));
    const missing: string[] = [];
    const walk = (node: unknown, citation: string | undefined, path: string) => {
      if (!node || typeof node !== 'object') return;
      const here = (node as { citation?: unknown }).citation;
      const cite = typeof here === 'string' ? here : citation;
      for (const [key, value] of Object.entries(node)) {
        const valuePath = `${path}.${key}`;
        const isValue = (key === 'hours' || key === 'hoursPerYear') && typeof value === 'number';
        if (isValue && !covered.has(`${cite} ${value}`)) missing.push(`${valuePath} = ${value} (${cite})`);
        walk(value, cite, valuePath);
      }
    };
    walk(policy.conversions, undefined, 'conversions');
    expect(missing).toEqual([]);
  });

  it('every kind the text covers has a case, and every silent kind has one returning no hours', () => {
    const policy = getPolicy(policyId) as RuleSet;
    const kindsWithCases = new Set(cases.map((c) => c.activity.kind));
    for (const kind of Object.keys(policy.conversions)) expect(kindsWithCases).toContain(kind);
  });
});

describe('convert: what it refuses and what it says', () => {
  it('names the field of an invalid input in a ZodError', () => {
    const bad = (activity: unknown) => () => convert('hunan-2025', activity as never);
    expect(bad({ kind: 'training', year: 2023, category: 'public', days: -1 })).toThrowError(ZodError);
    try {
      convert('hunan-2025', { kind: 'paper', year: 2023, role: 'first', count: 1.5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual(['count']);
    }
    try {
      convert('hunan-2025', { kind: 'lottery', year: 2023 } as never);
      expect.unreachable();
    } catch (error) {
      expect((error as ZodError).issues[0].path).toEqual(['kind']);
    }
  });

  it('rejects an assignment that ends before it starts, naming end', () => {
    try {
      convert('hunan-2025', { kind: 'aid-assignment', start: '2023-06', end: '2023-01', qualified: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual(['end']);
    }
  });

  it('rejects a rule-set id that is not even a string (say, an object without a prototype) with a ZodError', () => {
    expect(() => convert(Object.create(null) as never, { kind: 'book', year: 2023, role: 'first' })).toThrowError(ZodError);
  });

  it('rejects an unknown rule set with a ZodError naming policyId', () => {
    try {
      convert('beijing-2025', { kind: 'book', year: 2023, role: 'first' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual(['policyId']);
    }
  });

  it('writes its notes in Chinese', () => {
    const { note } = convert('xiangtan-2022', { kind: 'skills-competition', year: 2021, level: 'provincial', medal: 'gold' });
    expect(note).toMatch(/[\u4e00-\u9fff]/);
    expect(note).toContain('潭人社函〔2022〕18号');
  });
});

describe('convert: absurd sizes', () => {
  it('rejects an online course of 10^307 hours as too large, naming hours', () => {
    try {
      convert('hunan-2025', { kind: 'online-course', year: 2000, category: 'public', hours: 1.797693134862316e307 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual(['hours']);
    }
  });
});
