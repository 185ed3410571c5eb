// 申报相关信息 asks 民族, 单位性质, 申报大类, 子专业名称, 行政区划名称 as well (湘人社办函〔2025〕37号 附件3 第6步: 「所有带“*”的
// 内容都必须填写」): the profile keeps them and the fill writes them into the empty fields only.
import { describe, expect, it } from 'vitest';
import { Profile } from '../../../utils/ledger/records';
import { planApplicantFields } from '../../../utils/portal/fill-plan';
import { pickerFields } from '../../../utils/portal/page';
import { findField } from '../../../utils/portal/element';

const person = {
  name: '李明',
  titleLevel: 'senior' as const,
  ethnicity: '汉族',
  employerType: '国有企业',
  category: '工程',
  subSpecialty: '建筑学',
  region: '湖南省省本级',
};

describe('the rest of 申报相关信息', () => {
  it('plans the five fields into the empty ones, through the page’s selects, and leaves a preset 民族 alone', () => {
    const page = new Map([
      ['name', '李明'],
      ['ethnicity', '回族'], // the portal's default or the user's choice: never overwritten
      ['employerType', ''],
      ['category', ''],
      ['subSpecialty', ''],
      ['region', ''],
    ]);
    const { steps, differs, manual } = planApplicantFields(person, page);
    expect(steps).toEqual([
      { kind: 'select', field: 'employerType', label: '单位性质', value: '国有企业' },
      { kind: 'select', field: 'category', label: '申报大类', value: '工程' },
      { kind: 'text', field: 'subSpecialty', label: '子专业名称', value: '建筑学' },
      { kind: 'select', field: 'region', label: '行政区划名称', value: '湖南省省本级' },
    ]);
    expect(differs).toEqual(['民族']);
    expect(manual).toEqual([]);
  });

  it('leaves a field the page sets through its own 选择 dialog to the user, saying what the ledger holds', () => {
    const page = new Map([['subSpecialty', ''], ['category', '']]);
    const { steps, manual } = planApplicantFields(person, page, new Set(['subSpecialty']));
    expect(steps.map((s) => ('field' in s ? s.field : ''))).toEqual(['category']);
    expect(manual).toEqual([{ label: '子专业名称', value: '建筑学' }]);
  });

  it('finds the read-only 选择 fields of a form (003: *子专业名称 … 选择)', () => {
    document.body.innerHTML = `<form>
      <div class="el-form-item"><label>*子专业名称</label><div><input readonly value=""><button>选择</button></div></div>
      <div class="el-form-item"><label>*申报大类</label><div class="el-select"><input readonly value=""></div></div>
      <div class="el-form-item"><label>*民族</label><div><input value="汉族"></div></div></form>`;
    expect([...pickerFields(document.body)]).toEqual(['subSpecialty']);
  });

  it('takes an el-cascader (行政区划名称) for a control to drive, not for a 选择 picker, though its input is read-only', () => {
    document.body.innerHTML = `<form><div class="el-form-item"><label>*行政区划名称</label><div><div class="el-cascader"><div class="el-input"><input readonly value=""></div></div></div></div></form>`;
    expect([...pickerFields(document.body)]).toEqual([]);
    expect(findField(document.body, 'region')?.kind).toBe('cascader');
  });

  it('stores the fields in the profile as optional text, and refuses an over-long one naming it', () => {
    const base = { id: 'p', name: '李明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
    expect(Profile.parse(base).ethnicity).toBeUndefined(); // older records stay valid
    expect(Profile.parse({ ...base, ...person }).region).toBe('湖南省省本级');
    const bad = Profile.safeParse({ ...base, subSpecialty: '很'.repeat(51) });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['subSpecialty']);
  });
});
