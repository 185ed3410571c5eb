// The options page's own texts (utils/i18n-options.ts) and an import's refusal (utils/import-problem-text.ts) in English:
// a complete dictionary with no Chinese, and every problem the importer words for the bad files of the import folder
// rendered in English, the values it quotes kept between “ and ”; zh-CN exactly as the importer wrote it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS_ZH, to, type OptionsMessageKey } from '../../../utils/i18n-options';
import { importProblemText } from '../../../utils/import-problem-text';
import { planImport } from '../../../utils/ledger/import';
import { IMPORT_CASES } from '../../fixtures/imports/cases';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const IMPORTS = join(import.meta.dirname, '..', '..', 'fixtures', 'imports');

describe('options page dictionary', () => {
  it('has an English text for every key, with the same placeholders and no Chinese', () => {
    const keys = Object.keys(OPTIONS_ZH) as OptionsMessageKey[];
    for (const key of keys) {
      const en = to(key, undefined, 'en');
      expect(en, key).not.toMatch(CJK);
      expect(placeholders(en), key).toEqual(placeholders(OPTIONS_ZH[key]));
    }
    expect(to('storageUsage', { used: '0.4', quota: '10.0' }, 'zh-CN')).toBe('本机已用 0.4 MB，浏览器允许约 10.0 GB。');
  });
});

describe('an import’s refusal in English', () => {
  const bad = IMPORT_CASES.filter((c) => !c.ok && !c.generated);
  for (const c of bad) {
    it(`words every problem of ${c.file} (${c.what}) in English, and leaves zh-CN as the importer wrote it`, async () => {
      const plan = await planImport(c.file, new Uint8Array(readFileSync(join(IMPORTS, c.file))).buffer, { profiles: [], entries: [], now: 1 });
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(plan.errors.length).toBeGreaterThan(0);
      for (const e of plan.errors) {
        expect(importProblemText(e.message, 'zh-CN')).toBe(e.message);
        const en = importProblemText(e.message, 'en');
        expect(en.replace(/“[^”]*”/g, ''), e.message).not.toMatch(CJK);
      }
    });
  }

  it('keeps the cell’s own text and names the column it read', () => {
    expect(importProblemText('学时“八”不是数字；科目类别“公需课”应为 公需科目 或 专业科目', 'en')).toBe(
      'The hours “八” are not a number; the category “公需课” must be “公需科目” (public) or “专业科目” (professional)',
    );
    expect(importProblemText('缺少名称', 'en')).toBe('No “名称” (activity name)');
  });
});
