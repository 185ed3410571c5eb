import { describe, expect, it } from 'vitest';
import { draftFromReading, entryFromCertificate, ruleHours } from '../../../components/options/certificate-draft';
import { readCertificate } from '../../../utils/certificate/extract';
import { entryCredits } from '../../../utils/ledger/hours';

const draftOf = (text: string, policy = 'hunan-2025', person?: string) => draftFromReading('证书.pdf', readCertificate(text, { personName: person }), policy);

describe('certificate drafts', () => {
  it('converts stated days by the profile’s rule set: 8 per day in Hunan 2025, 10 in Xiangtan 2022', () => {
    const text = '结业证书\n参加《安全生产培训班》学习，共计3天。\n2024年5月8日';
    const hunan = draftOf(text, 'hunan-2025');
    expect([hunan.kind, hunan.hours, hunan.hoursStated, hunan.details.days]).toEqual(['training', '24', false, '3']);
    expect(ruleHours(hunan, 'hunan-2025')?.citation).toContain('湘人社办函〔2025〕37号');
    expect(draftOf(text, 'xiangtan-2022').hours).toBe('30');
  });

  it('keeps the hours a certificate states, whatever the days', () => {
    const d = draftOf('培训证明\n培训项目：安全生产研修班\n培训时间：2023年10月16日至2023年10月17日\n共16学时');
    expect([d.hours, d.hoursStated]).toEqual(['16', true]);
  });

  it('converts a patent by type and the person’s rank among the inventors', () => {
    const text = '发明专利证书\n发明名称：一种装置\n发明人：甲某；乙某\n授权公告日：2023年08月15日\n国家知识产权局';
    expect(draftOf(text, 'hunan-2025', '甲某').hours).toBe('60');
    expect(draftOf(text, 'hunan-2025', '乙某').hours).toBe('30');
    const unknown = draftOf(text, 'hunan-2025', '丙某'); // not among them: no rank, no hours, highlighted
    expect(unknown.hours).toBe('');
    expect(unknown.confidence.hours).toBe(0);
  });

  it('stores a rule-converted draft as its activity, so the ledger converts it by the rules', () => {
    const d = draftOf('结业证书\n参加《安全生产培训班》学习，共计2天。\n2024年5月8日');
    const r = entryFromCertificate(d, 'p1', 'hunan-2025', 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.entry.activity).toMatchObject({ kind: 'training', days: 2, year: 2024 });
    expect(r.entry.certifiedHours).toBeUndefined();
    expect(r.entry.evidenceNames).toEqual(['证书.pdf']);
    expect(entryCredits('hunan-2025', r.entry).credits).toEqual([{ year: 2024, category: 'professional', hours: 16 }]);
  });

  it('stores the hours the user typed over the rules’ figure as the certificate’s hours', () => {
    const d = { ...draftOf('结业证书\n参加《安全生产培训班》学习，共计2天。\n2024年5月8日'), hours: '14' };
    const r = entryFromCertificate(d, 'p1', 'hunan-2025', 1);
    expect(r.ok && entryCredits('hunan-2025', r.entry).credits[0].hours).toBe(14);
  });

  it('stores an online course with its stated hours and subject', () => {
    const d = draftOf('学习证明\n通过网络学习平台完成公需科目《数字化应用》的学习，获得12学时。\n2023年5月1日');
    const r = entryFromCertificate(d, 'p1', 'hunan-2025', 1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.entry.name, r.entry.year, r.entry.category, r.entry.form]).toEqual(['数字化应用', 2023, 'public', '远程教育']);
    expect(entryCredits('hunan-2025', r.entry).credits).toEqual([{ year: 2023, category: 'public', hours: 12 }]);
  });

  it('refuses a draft without hours or year, naming the fields in Chinese', () => {
    const d = { ...draftOf('证明\n课程名称：某课程'), hours: '', year: '' };
    const r = entryFromCertificate(d, 'p1', 'hunan-2025', 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.hours).toBe('请填写学时数');
    expect(r.errors.year).toMatch(/年度/);
  });
});
