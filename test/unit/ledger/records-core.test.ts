// The stored person is written once in zod/mini (utils/ledger/records-core.ts) and wrapped by records.ts's classic
// Profile: what a user sees when a person is refused — which field, in zh-CN, and in English through
// schema-message-text.ts — is what records.ts always said.
import { describe, expect, it } from 'vitest';
import { OwnSpan, Profile } from '../../../utils/ledger/records';
import { schemaMessage } from '../../../utils/schema-message-text';

const base = { id: 'p1', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}: ${i.message}`);

describe('records.ts Profile from records-core.ts', () => {
  it('refuses a blank name, a malformed rule-set id and a reversed or out-of-range own span, naming each field in zh-CN', () => {
    const r = Profile.safeParse({ ...base, name: '   ', policyId: 'Hunan2025', ownSpan: { from: 2024, to: 1980 } });
    expect(r.success).toBe(false);
    expect(issues(r)).toEqual(['name: 姓名不能为空', 'policyId: 规则集编号应形如 hunan-2025', 'ownSpan.to: 年度不能早于 1990 年', 'ownSpan.to: 起始年度不能晚于结束年度']);
    expect(issues(r).map((m) => schemaMessage(m.slice(m.indexOf(': ') + 2), 'en'))).toEqual([
      'enter the name',
      'a rule set id looks like hunan-2025',
      'the year cannot be before 1990',
      'the first year cannot be after the last',
    ]);
    expect(issues(OwnSpan.safeParse({ from: 2024, to: 2020 }))).toEqual(['to: 起始年度不能晚于结束年度']);
  });

  it('accepts and trims the person as before (unknown keys dropped, text fields trimmed)', () => {
    const p = Profile.parse({ ...base, name: ' 王强 ', ethnicity: ' 汉族 ', ownSpan: { from: 2020, to: 2024 }, extra: 1 });
    expect(p).toEqual({ ...base, name: '王强', ethnicity: '汉族', ownSpan: { from: 2020, to: 2024 } });
    expect(Profile.safeParse({ ...base, subSpecialty: '很'.repeat(51) }).success).toBe(false);
    expect(Profile.safeParse({ ...base, titleLevel: 'junior' }).success).toBe(false);
  });
});
