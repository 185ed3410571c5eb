import { describe, expect, it } from 'vitest';
import { mapFields } from '../../../utils/portal/element';
import { ALL_TABLES, APPLICANT_FIELDS, keyOf, mapByKey, normText, YEAR_FIELDS } from '../../../utils/portal/texts';

describe('the one normaliser', () => {
  it.each([
    ['* 姓 名：', '姓名'],
    ['*姓名:', '姓名'],
    [' 行政区划名 称： ', '行政区划名称'],
    ['合计学时分 :', '合计学时'],
    ['合计学时（分）', '合计学时'],
    ['合计学时(分)', '合计学时'],
    ['合计学时 （ 分 ）：', '合计学时'],
    ['公需科目折算学时分', '公需科目折算学时'],
    ['年\u200b度', '年度'],
    ['\ufeff年度：', '年度'],
    ['附件(份)', '附件'],
    ['【年度】', '年度'],
    ['经办机构（人社部门）', '经办机构(人社部门'],
    ['年度：2024', '年度:2024'],
    ['学时分配', '学时分配'],
    ['公需科目名称（必填）：', '公需科目名称'],
    ['备注(选填)', '备注'],
  ])('%j reads as %j', (raw, want) => {
    expect(normText(raw)).toBe(want);
  });

  it('keeps a bracket that is not a unit: 公需科目折算学时（线上） is not 公需科目折算学时', () => {
    expect(keyOf(YEAR_FIELDS, '公需科目折算学时（线上）')).toBeUndefined();
    expect(keyOf(YEAR_FIELDS, '公需科目折算学时（分）')).toBe('publicHours');
  });
});

describe('the text table', () => {
  it('names every wording under one key only, in each table and across the form tables (variant B holds both)', () => {
    const check = (tables: Record<string, Record<string, readonly { text: string }[]>>) => {
      const seen = new Map<string, string>();
      for (const [tname, table] of Object.entries(tables))
        for (const [key, list] of Object.entries(table))
          for (const x of list) {
            const t = normText(x.text);
            const prev = seen.get(t);
            expect(prev === undefined || prev === `${tname}.${key}`, `“${x.text}” is under ${prev} and ${tname}.${key}`).toBe(true);
            seen.set(t, `${tname}.${key}`);
          }
    };
    check({ form: { ...YEAR_FIELDS, ...APPLICANT_FIELDS } });
    for (const [name, table] of Object.entries(ALL_TABLES)) check({ [name]: table });
  });

  it('gives every wording its source', () => {
    for (const table of Object.values(ALL_TABLES))
      for (const list of Object.values(table as Record<string, readonly { text: string; source: string }[]>))
        for (const x of list) expect(x.source, x.text).toMatch(/号|指南|常见写法/);
  });

  it.each([
    ['年度', 'year'],
    ['年限', 'year'],
    ['*年 份：', 'year'],
    ['公需科目折算学时分', 'publicHours'],
    ['公需科目折算学时(分)', 'publicHours'],
    ['公需课学时', 'publicHours'],
    ['专业科目继续教育形式', 'professionalForm'],
    ['合计学时分', 'totalHours'],
    ['总学时', 'totalHours'],
  ])('reads the yearly label %j as %s', (label, key) => {
    expect(keyOf(YEAR_FIELDS, label)).toBe(key);
  });

  it.each([['身份证号'], ['证件号码'], ['身份证'], ['身份证号码：']])('reads %j as the ID number', (label) => {
    expect(keyOf(APPLICANT_FIELDS, label)).toBe('idNumber');
  });

  it('knows nothing of labels no guide or common wording has (they are never ours)', () => {
    for (const label of ['其他学时', '其他学时（分）', '培训机构', '学时', '名称', '专业名称', '减免学时', '电子邮箱']) {
      expect(keyOf({ ...YEAR_FIELDS, ...APPLICANT_FIELDS }, label), label).toBeUndefined();
    }
  });
});

describe('mapping fields and columns with confidence', () => {
  it('leaves out a key two labels claim, and lists unknown labels', () => {
    const m = mapByKey(YEAR_FIELDS, [
      ['年度', 0],
      ['合计学时分', 1],
      ['合计', 2],
      ['其他学时', 3],
    ]);
    expect(m.byKey.get('year')).toBe(0);
    expect(m.byKey.has('totalHours')).toBe(false);
    expect(m.ambiguous).toEqual(['totalHours']);
    expect(m.unknown).toEqual(['其他学时']);
  });

  it('maps a form whose extra numeric field sits next to 合计 without touching it', () => {
    document.body.innerHTML = `<form>
      <div class="el-form-item"><label>*年度：</label><div><input></div></div>
      <div class="el-form-item"><label>合计学时（分）</label><div><input id="total"></div></div>
      <div class="el-form-item"><label>其他学时（分）</label><div><input id="other"></div></div>
    </form>`;
    const { byKey, unknown } = mapFields(document.body);
    expect(byKey.get('totalHours')!.input!.id).toBe('total');
    expect([...byKey.values()].some((f) => f.input!.id === 'other')).toBe(false);
    expect(unknown).toEqual(['其他学时']);
  });
});
