// The evidence texts (utils/i18n-evidence.ts, spread into i18n.ts's MESSAGES and read with t): the same checks as
// dictionary.test.ts, with Chinese allowed in English only between “ and ” (a portal word or an official material
// name quoted, e.g. “申报材料上传”), as the English panel shows them.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_EN, EVIDENCE_ZH } from '../../../utils/i18n-evidence';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the evidence texts', () => {
  it('have an English text for every Chinese key, with the same placeholders and Chinese only inside quotes', () => {
    const en = EVIDENCE_EN as Record<string, string>;
    for (const [key, zh] of Object.entries(EVIDENCE_ZH)) {
      expect(en[key], key).toEqual(expect.any(String));
      expect(en[key].replace(/“[^”]*”/g, ''), key).not.toMatch(CJK);
      expect(placeholders(en[key]), key).toEqual(placeholders(zh));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(EVIDENCE_ZH).sort());
  });
});
