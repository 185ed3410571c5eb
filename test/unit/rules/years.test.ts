import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { getPolicy, requiredYears, type Applicant, type RuleSet } from '../../../rules';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface SpanCase {
  name: string;
  policyId: string;
  applicant: Applicant;
  years: [number, number] | null;
  extrapolated?: boolean;
  citation?: string;
  reason?: RegExp;
}

const spanCases: SpanCase[] = [
  // 湘人社办函〔2025〕37号 二
  { name: 'province 2025: a senior title proves 2020–2024', policyId: 'hunan-2025', applicant: { titleLevel: 'senior' }, years: [2020, 2024], citation: '湘人社办函〔2025〕37号 二' },
  { name: 'province 2025: a full-senior title proves 2020–2024', policyId: 'hunan-2025', applicant: { titleLevel: 'full-senior', degree: 'bachelor' }, years: [2020, 2024], citation: '湘人社办函〔2025〕37号 二' },
  { name: 'province 2025: a doctor applying for 正高 still proves 2020–2024', policyId: 'hunan-2025', applicant: { titleLevel: 'full-senior', degree: 'doctor' }, years: [2020, 2024], citation: '湘人社办函〔2025〕37号 二' },
  { name: 'province 2025: a doctor applying for 副高 gets no span, with the reason', policyId: 'hunan-2025', applicant: { titleLevel: 'senior', degree: 'doctor' }, years: null, reason: /按相关规定执行/ },
  { name: 'province 2025: an intermediate title is left to the cities', policyId: 'hunan-2025', applicant: { titleLevel: 'intermediate' }, years: null, reason: /市州/ },
  { name: 'province, review year 2026: the span moves to 2021–2025 and says it is extrapolated', policyId: 'hunan-2025', applicant: { titleLevel: 'senior', reviewYear: 2026 }, years: [2021, 2025], extrapolated: true, citation: '湘人社办函〔2025〕37号 二' },
  // 株人社函〔2025〕8号 二
  { name: 'Zhuzhou 2025: a senior title proves 2020–2024', policyId: 'zhuzhou-2025', applicant: { titleLevel: 'senior', degree: 'master' }, years: [2020, 2024], citation: '株人社函〔2025〕8号 二' },
  { name: 'Zhuzhou 2025: an intermediate title proves 2021–2024', policyId: 'zhuzhou-2025', applicant: { titleLevel: 'intermediate', degree: 'bachelor' }, years: [2021, 2024], citation: '株人社函〔2025〕8号 二' },
  { name: 'Zhuzhou 2025: an intermediate title without a degree given proves 2021–2024', policyId: 'zhuzhou-2025', applicant: { titleLevel: 'intermediate' }, years: [2021, 2024] },
  { name: "Zhuzhou 2025: a master's degree applying for intermediate proves 2022–2024", policyId: 'zhuzhou-2025', applicant: { titleLevel: 'intermediate', degree: 'master' }, years: [2022, 2024], citation: '株人社函〔2025〕8号 二' },
  { name: 'Zhuzhou 2025: a doctor applying for 副高 gets no span', policyId: 'zhuzhou-2025', applicant: { titleLevel: 'senior', degree: 'doctor' }, years: null, reason: /按相关规定执行/ },
  { name: "Zhuzhou, review year 2027: a master's intermediate span moves to 2024–2026", policyId: 'zhuzhou-2025', applicant: { titleLevel: 'intermediate', degree: 'master', reviewYear: 2027 }, years: [2024, 2026], extrapolated: true },
  // 潭人社函〔2022〕18号 二
  { name: 'Xiangtan 2022: an intermediate title proves 2018–2021', policyId: 'xiangtan-2022', applicant: { titleLevel: 'intermediate' }, years: [2018, 2021], citation: '潭人社函〔2022〕18号 二' },
  { name: 'Xiangtan 2022: a senior title proves 2017–2021', policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior' }, years: [2017, 2021], citation: '潭人社函〔2022〕18号 二' },
  { name: 'Xiangtan 2022: a full-senior title proves 2017–2021', policyId: 'xiangtan-2022', applicant: { titleLevel: 'full-senior' }, years: [2017, 2021], citation: '潭人社函〔2022〕18号 二' },
  { name: 'Xiangtan 2022: a doctor applying for 副高 gets no span', policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior', degree: 'doctor' }, years: null, reason: /按相关规定执行/ },
  { name: 'Xiangtan, review year 2025: the senior span moves to 2020–2024', policyId: 'xiangtan-2022', applicant: { titleLevel: 'senior', reviewYear: 2025 }, years: [2020, 2024], extrapolated: true },
  { name: 'the notice year given explicitly is not extrapolated', policyId: 'xiangtan-2022', applicant: { titleLevel: 'intermediate', reviewYear: 2022 }, years: [2018, 2021], extrapolated: false },
];

describe('requiredYears', () => {
  it.each(spanCases)('$name', (c) => {
    const result = requiredYears(c.policyId, c.applicant);
    if (c.years === null) {
      expect(result.years).toBeNull();
      if ('reason' in result && c.reason) expect(result.reason).toMatch(c.reason);
      return;
    }
    expect(result).toEqual({
      years: range(...c.years),
      extrapolated: c.extrapolated ?? false,
      citation: c.citation ?? expect.any(String),
    });
  });

  it('every span of every rule set has a case citing it', () => {
    for (const policyId of ['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022']) {
      for (const span of (getPolicy(policyId) as RuleSet).spans) {
        const hit = spanCases.some(
          (c) => c.policyId === policyId && c.citation === span.citation && c.years?.[0] === span.from && c.years?.[1] === span.to,
        );
        expect(hit, `${policyId} ${span.from}–${span.to}`).toBe(true);
      }
    }
  });

  it('rejects an unknown title level with a ZodError naming titleLevel', () => {
    try {
      requiredYears('hunan-2025', { titleLevel: 'junior' } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual(['titleLevel']);
    }
  });
});
