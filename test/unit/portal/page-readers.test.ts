import { describe, expect, it } from 'vitest';
import { findFields, mapFields } from '../../../utils/portal/element';
import { applicantFormRoot, fieldValues, formYearRow, idNumberOn } from '../../../utils/portal/page';
import { recognise } from '../../../utils/portal/recognise';
import { readYearRows } from '../../../utils/portal/table';

import { load } from './fixtures';

describe('reading the screens by their texts', () => {
  it('reads the year rows of 申报年度明细信息 by column header', () => {
    const doc = load('year-detail');
    const rec = recognise(doc)!;
    const rows = readYearRows(rec.root)!.rows.map(({ tr: _tr, ...r }) => r);
    expect(rows).toEqual([
      { year: 2020, publicName: '2020公需科目', publicHours: 30, publicForm: '远程教育', professionalName: '2020专业科目', professionalHours: 60, professionalForm: '培训班', totalHours: 90 },
      { year: 2021, publicName: '2021公需科目', publicHours: 30, publicForm: '远程教育', professionalName: '2021专业科目', professionalHours: 60, professionalForm: '培训班', totalHours: 90 },
    ]);
  });

  it('reads the same rows when the headers carry extra spaces', () => {
    const doc = load('year-detail-alt');
    expect(readYearRows(recognise(doc)!.root)!.rows.map((r) => r.year)).toEqual([2020, 2021]);
  });

  it('finds every year field by its label, whatever the colon, asterisk, spacing or order', () => {
    for (const name of ['year-form', 'year-form-alt']) {
      const fields = findFields(recognise(load(name))!.root);
      expect([...fields.keys()].sort()).toEqual(
        ['年度', '公需科目名称', '公需科目折算学时', '公需科目继续教育形式', '专业科目名称', '专业科目折算学时', '专业科目继续教育形式', '合计学时'].sort(),
      );
      const byKey = mapFields(recognise(load(name))!.root).byKey;
      expect(byKey.get('year')!.kind).toBe('year');
      expect(byKey.get('publicForm')!.kind).toBe('select');
      expect(byKey.get('totalHours')!.kind).toBe('text');
    }
  });

  it('reads the 申报相关信息 under an open dialog (the declaration’s ID number)', () => {
    const doc = load('year-form');
    const form = applicantFormRoot(doc);
    expect(form?.variant).toBe('A');
    expect(idNumberOn(form!.root)).toBe('4*****9');
    expect(fieldValues(load('applicant-form-a-alt').body).get('titleLevel')).toBe('副高级');
  });

  it('has no year row on a variant-B form until a year is chosen', () => {
    const doc = load('applicant-form-b');
    expect(formYearRow(doc.body)).toBeNull();
    const input = findFields(doc.body).get('年度')!.input as HTMLInputElement;
    input.setAttribute('value', '2022');
    input.value = '2022';
    expect(formYearRow(doc.body)?.year).toBe(2022);
  });
});
