import { describe, expect, it } from 'vitest';
import { draftFromEntry, emptyDraft, entryFromDraft } from '../../../components/options/activity-form';
import { entryCredits } from '../../../utils/ledger/hours';

describe('the activity form', () => {
  it('turns a 2.5-day training into a rule-converted entry worth 20 professional hours under hunan-2025', () => {
    const d = { ...emptyDraft(2023), mode: 'training' as const, name: '结构设计培训', form: '培训班', fields: { days: '2', halfDays: '1' } };
    const r = entryFromDraft(d, 'p1', 5);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.entry.activity).toEqual({ kind: 'training', year: 2023, category: 'professional', days: 2, halfDays: 1 });
    const credits = entryCredits('hunan-2025', r.entry);
    expect(credits.credits).toEqual([{ year: 2023, category: 'professional', hours: 20 }]);
    expect(credits.citation).toContain('湘人社办函〔2025〕37号');
  });

  it('names the missing field of an incomplete patent', () => {
    const r = entryFromDraft({ ...emptyDraft(2023), mode: 'patent', name: '专利', fields: { type: 'invention' } }, 'p1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toContain('rank');
  });

  it('refuses negative certificate hours and an empty name', () => {
    const r = entryFromDraft({ ...emptyDraft(2023), certifiedHours: '-4' }, 'p1');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toMatchObject({ name: '请填写名称', certifiedHours: '学时不能为负数' });
  });

  it('takes a ranged assignment’s year from its start month', () => {
    const r = entryFromDraft({ ...emptyDraft(2020), mode: 'aid-assignment', name: '援疆', fields: { start: '2022-03', end: '2023-08', qualified: 'true' } }, 'p1');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.entry.year).toBe(2022);
    expect(r.entry.category).toBe('professional');
  });

  it('edits an entry back into the same entry', () => {
    const first = entryFromDraft({ ...emptyDraft(2024), name: '网络课程', form: '远程教育', category: 'public', certifiedHours: '12', date: '2024-05-06' }, 'p1', 7);
    if (!first.ok) throw new Error('draft');
    const again = entryFromDraft(draftFromEntry(first.entry), 'p1', 7);
    expect(again.ok && again.entry).toEqual(first.entry);
  });
});
