// 学时证书打印 (guides 第10–13步): the chosen 起始年度 / 结束年度 against the span (湘人社办函〔2025〕37号 二: 2020–2024 for
// 高级; 株人社函〔2025〕8号 二 the same).
import { describe, expect, it } from 'vitest';
import { certificateFields, checkCertificateYears } from '../../../utils/portal/certificate';
import { recognise } from '../../../utils/portal/recognise';
import { load } from './fixtures';

const SPAN = [2020, 2021, 2022, 2023, 2024];

describe('the years chosen on 学时证书打印', () => {
  it('are fine when they are exactly the span', () => {
    expect(checkCertificateYears('2020', '2024', SPAN)).toMatchObject({ status: 'ok', missing: [], extra: [] });
  });
  it('name the span years left out and the years outside it (the guide’s example 2022–2023)', () => {
    const c = checkCertificateYears('2022', '2023', SPAN);
    expect(c).toMatchObject({ status: 'partial', missing: [2020, 2021, 2024], extra: [] });
    expect(c.message).toContain('缺 2020、2021、2024 年');
    expect(checkCertificateYears('2019', '2024', SPAN)).toMatchObject({ status: 'partial', missing: [], extra: [2019] });
  });
  it('say a range wholly outside the span cannot serve this review', () => {
    expect(checkCertificateYears('2015', '2019', SPAN).status).toBe('outside');
  });
  it('ask for both years first, and catch an end before the start', () => {
    expect(checkCertificateYears('', '2024', SPAN).status).toBe('unset');
    expect(checkCertificateYears('2024', '2020', SPAN).status).toBe('reversed');
  });
  it('without a span (博士参评副高 「按相关规定执行」) say the rule set gives none, with its reason', () => {
    const c = checkCertificateYears('2020', '2024', null, '博士参评副高按相关规定执行');
    expect(c.status).toBe('no-span');
    expect(c.message).toContain('按相关规定执行');
  });
  it('reads the two year pickers by their labels on the guide’s screen and on the replica (alt labels 「 *结束年 度： 」)', () => {
    const guide = certificateFields(load('certificate-print-result').body);
    expect([guide.get('fromYear')?.input?.value, guide.get('toYear')?.input?.value]).toEqual(['2022', '2023']);
    for (const name of ['replica-certificate-print', 'replica-certificate-print-alt']) {
      const doc = load(name);
      expect(recognise(doc)?.screen).toBe('certificate-print');
      const f = certificateFields(doc.body);
      expect(f.get('fromYear')?.kind).toBe('year'); // the portal's el-date-picker, driven like a user (chooseYear)
      expect(f.get('toYear')?.kind).toBe('year');
    }
  });
});
