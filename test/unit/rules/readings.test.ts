// Readings the texts leave open, made visible (rules/README.md, decisions): the user sees which reading the hours follow.
import { describe, expect, it } from 'vitest';
import { convert } from '../../../rules';

describe('「当年度通过一门…可折算 30 学时」 (湘人社办函〔2025〕37号 附件2 二.7, 二.8) is read per course, and says so', () => {
  it('two degree courses passed are 60 hours, with a note naming the flat reading (30 whatever the number)', () => {
    const r = convert('hunan-2025', { kind: 'degree-course', year: 2022, passed: 2 });
    expect(r.credits).toEqual([{ year: 2022, category: 'professional', hours: 60 }]);
    expect(r.citation).toBe('湘人社办函〔2025〕37号 附件2 二.7');
    expect(r.note).toMatch(/每通过一门折算 30 学时.*2 门.*不论门数/);
  });

  it('two qualification-exam subjects in Zhuzhou (株人社函〔2025〕8号 附件1 二.8): 60 hours, same note', () => {
    const r = convert('zhuzhou-2025', { kind: 'qualification-exam', year: 2022, passed: 2 });
    expect(r.credits[0].hours).toBe(60);
    expect(r.note).toMatch(/不论门数/);
  });

  it('one course passed has nothing to explain: 30 hours and no note', () => {
    const r = convert('hunan-2025', { kind: 'degree-course', year: 2022, passed: 1 });
    expect(r.credits[0].hours).toBe(30);
    expect(r.note).toBeUndefined();
  });
});

describe('Xiangtan\'s 「在国内统一刊号刊物发表论文」 (潭人社函〔2022〕18号 附件1 二.3)', () => {
  it('credits a paper and says that a paper in a foreign journal may not count there', () => {
    for (const role of ['first', 'other', 'corresponding'] as const) {
      const r = convert('xiangtan-2022', { kind: 'paper', year: 2020, role });
      expect(r.credits[0].hours).toBe(role === 'first' ? 30 : 10);
      expect(r.note).toMatch(/国内统一刊号.*国外刊物/);
    }
  });

  it('the 2025 texts say 国内外, so a paper there carries no such note', () => {
    expect(convert('hunan-2025', { kind: 'paper', year: 2023, role: 'first' }).note).toBeUndefined();
  });
});
