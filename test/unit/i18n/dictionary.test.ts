import { describe, expect, it } from 'vitest';
import { catalogueLabels } from '../../../rules/kinds';
import { KIND_TEXT_EN } from '../../../utils/i18n-kinds';
import { EVIDENCE_ZH } from '../../../utils/i18n-evidence';
import { MESSAGES, t, tSplit, type MessageKey, type Messages } from '../../../utils/i18n';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('type-checks only a complete English dictionary', () => {
    // @ts-expect-error a dictionary missing keys is a compile error (tsc --noEmit runs over test/)
    const incomplete: Messages = { appName: 'x' };
    expect(Object.keys(incomplete)).toHaveLength(1);
    const en: Record<MessageKey, string> = MESSAGES.en;
    expect(en).toBe(MESSAGES.en);
  });

  it('has an English text for every Chinese key, with the same placeholders and no Chinese in it', () => {
    const zh = MESSAGES['zh-CN'];
    const en = MESSAGES.en as Record<string, string>;
    const keys = Object.keys(zh) as MessageKey[];
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      expect(en[key], key).toEqual(expect.any(String));
      if (key !== 'activityCountBefore') expect(en[key].trim(), key).not.toBe(''); // English has no word before the count
      // The evidence texts may quote a portal word or an official material name in Chinese (evidence-dictionary.test.ts).
      if (!(key in EVIDENCE_ZH)) expect(en[key], key).not.toMatch(CJK);
      // monthDay names the month differently ({m}月 vs {month}); every other text takes the same params
      if (key !== 'monthDay') expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('has English words for every activity kind, field and option of the catalogue', () => {
    const labels = catalogueLabels();
    expect(labels.length).toBeGreaterThan(40);
    expect(labels.filter((l) => !(l in KIND_TEXT_EN))).toEqual([]);
    for (const l of labels) expect(KIND_TEXT_EN[l], l).not.toMatch(CJK);
    // nothing stale: every English word belongs to a catalogue word
    expect(Object.keys(KIND_TEXT_EN).filter((zh) => !labels.includes(zh))).toEqual([]);
  });

  it('fills placeholders and splits at a slot', () => {
    expect(t('needProfessional', { year: 2022, hours: 18 }, 'zh-CN')).toBe('2022 年还差专业科目 18 学时');
    expect(t('needProfessional', { year: 2022, hours: 18 }, 'en')).toBe('2022: 18 professional hours short');
    expect(tSplit('calcAdd', 'name', undefined, 'zh-CN')).toEqual(['加入 ', ' 的台账']);
    expect(tSplit('calcAdd', 'name', undefined, 'en')).toEqual(['Add to ', "'s ledger"]);
  });
});
