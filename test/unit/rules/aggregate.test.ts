import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { aggregateYears, checkYears, convert, fitNames, type CreditedItem } from '../../../rules';

const item = (name: string, form: string, year: number, category: 'public' | 'professional', hours: number): CreditedItem => ({
  name,
  form,
  credits: [{ year, category, hours }],
});

describe('aggregateYears', () => {
  it('sums public and professional hours per year, names the activities and picks the main form', () => {
    const rows = aggregateYears('hunan-2025', [
      item('人工智能大模型技术及应用', '远程教育', 2023, 'public', 20),
      item('加强应急处突能力建设', '远程教育', 2023, 'public', 10),
      item('建筑结构新规范培训', '培训班', 2023, 'professional', 40),
      item('BIM 技术研讨会', '学术会议', 2023, 'professional', 16),
      item('论文：装配式建筑', '论文', 2023, 'professional', 30),
    ]);
    expect(rows).toEqual([
      {
        year: 2023,
        publicName: '人工智能大模型技术及应用、加强应急处突能力建设',
        publicHours: 30,
        publicForm: '远程教育',
        professionalName: '建筑结构新规范培训、论文：装配式建筑、BIM 技术研讨会',
        professionalHours: 86,
        professionalForm: '培训班',
        totalHours: 116,
        wholeYear: false,
      },
    ]);
  });

  it('sorts rows by year and gives the same rows whatever the order of the items', () => {
    const items = [
      item('B', '培训班', 2022, 'professional', 30),
      item('A', '学术会议', 2022, 'professional', 30),
      item('公需课', '远程教育', 2021, 'public', 30),
      item('C', '远程教育', 2020, 'professional', 12.5),
    ];
    const forward = aggregateYears('hunan-2025', items);
    expect(forward.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(aggregateYears('hunan-2025', [...items].reverse())).toEqual(forward);
    // Equal hours: names and forms break the tie by code-point order (培 U+57F9 comes before 学 U+5B66).
    expect(forward[2]).toMatchObject({ professionalName: 'A、B', professionalForm: [...['培训班', '学术会议']].sort()[0] });
    expect(forward[2].professionalForm).toBe('培训班');
  });

  it('keeps totals exact to one decimal place', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`课程${i}`, '远程教育', 2024, 'public', 0.1));
    const [row] = aggregateYears('hunan-2025', [...items, item('专业课', '远程教育', 2024, 'professional', 0.2)]);
    expect(row.publicHours).toBe(1);
    expect(row.professionalHours).toBe(0.2);
    expect(row.totalHours).toBe(1.2);
  });

  it('fits the names to the length the portal accepts, saying how many there are', () => {
    const items = Array.from({ length: 6 }, (_, i) => item(`专业技术培训第${i + 1}期`, '培训班', 2022, 'professional', 60 - i));
    const [row] = aggregateYears('hunan-2025', items, { nameMaxLength: 30 });
    expect(row.professionalName.length).toBeLessThanOrEqual(30);
    expect(row.professionalName).toBe('专业技术培训第1期、专业技术培训第2期等6项');
  });

  it('cuts a single over-long name with an ellipsis', () => {
    expect(fitNames(['一二三四五六七八九十'], 6)).toBe('一二三四五…');
    expect(fitNames(['一二三四五六七八九十', '甲'], 8)).toBe('一二三四…等2项');
    expect(fitNames([], 10)).toBe('');
  });

  it('makes a 三援 year a whole-year row that shows 30 + 60 and passes checkYears', () => {
    const aid = convert('hunan-2025', { kind: 'aid-assignment', start: '2021-01', end: '2022-06', qualified: true });
    const rows = aggregateYears('hunan-2025', [
      { name: '援疆工作', form: '三援', credits: aid.credits },
      item('公需课', '远程教育', 2022, 'public', 10),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ year: 2021, wholeYear: true, publicHours: 30, professionalHours: 60, totalHours: 90, publicName: '援疆工作', professionalName: '援疆工作', publicForm: '三援' }),
      expect.objectContaining({ year: 2022, wholeYear: true, publicHours: 30, professionalHours: 60, totalHours: 90, publicName: '公需课', publicForm: '远程教育' }),
    ]);
    // Even read back from the portal without the whole-year flag, the rows pass.
    const portalRows = rows.map(({ year, publicHours, professionalHours, totalHours }) => ({ year, publicHours, professionalHours, totalHours }));
    expect(checkYears('hunan-2025', portalRows, { titleLevel: 'intermediate' })).toEqual([]);
  });

  it('in Xiangtan a whole-year row shows 90 professional hours (no public minimum, share 2/3)', () => {
    const aid = convert('xiangtan-2022', { kind: 'aid-assignment', start: '2019-01', end: '2019-08', qualified: true });
    const rows = aggregateYears('xiangtan-2022', [{ name: '援藏', form: '三援', credits: aid.credits }, item('公需课', '远程教育', 2019, 'public', 40)]);
    expect(rows[0]).toMatchObject({ publicHours: 40, professionalHours: 80, totalHours: 120, wholeYear: true });
    expect(checkYears('xiangtan-2022', rows, { titleLevel: 'senior', degree: 'doctor' })).toEqual([]);
  });

  it('rejects malformed items with a ZodError naming the field', () => {
    try {
      aggregateYears('hunan-2025', [{ name: 'x', form: '培训班', credits: [{ year: 2020, category: 'public', hours: -1 }] }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0].path).toEqual([0, 'credits', 0, 'hours']);
    }
  });
});

describe('aggregateYears: names from the themes', () => {
  it('names unnamed public hours of the notice year after its public-subject themes', () => {
    const [row] = aggregateYears('hunan-2025', [{ name: '', form: '远程教育', credits: [{ year: 2025, category: 'public', hours: 30 }] }], { nameMaxLength: 100 });
    expect(row.publicName).toBe('紧紧围绕推进中国式现代化进一步全面深化改革、人工智能大模型技术及应用、加强应急处突能力建设');
  });
});
