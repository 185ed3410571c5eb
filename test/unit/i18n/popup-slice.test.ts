// utils/i18n-popup.ts (issue 15): the popup's first frame can carry this slice and the shell's texts instead of every
// dictionary, so the slice must hold every key the first frame's files ask t() / tSplit() for, in both languages, with
// the words t() gives (the slice is spread into utils/i18n.ts's dictionaries: one place for each text).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POPUP_EN, POPUP_ZH } from '../../../utils/i18n-popup';
import { SHELL_EN, SHELL_ZH } from '../../../utils/i18n-shell';
import { t, type MessageKey } from '../../../utils/i18n';

const root = resolve(__dirname, '../../..');
const FIRST_FRAME = [
  'components/popup/mount.tsx',
  'components/popup/PopupApp.tsx',
  'components/popup/ChecklistView.tsx',
  'components/popup/YearSets.tsx',
  'components/popup/LanguageSelect.tsx',
  'components/popup/RemindersToggle.tsx',
  'components/YearBars.tsx',
  'utils/ledger/checklist-core.ts',
  'utils/ledger/coverage-text.ts',
];

/** The keys a file names: t('key' / tSplit('key', and the quoted keys of its tables (STATUS_KEY, a ternary's two keys). */
function keysOf(file: string): string[] {
  const src = readFileSync(resolve(root, file), 'utf8');
  const direct = [...src.matchAll(/\bt(?:Split)?\(\s*'(\w+)'/g)].map((m) => m[1]);
  const tables = [...src.matchAll(/\bt(?:Split)?\(\s*(?:[^()]*\?\s*)?'(\w+)'\s*:\s*'(\w+)'/g)].flatMap((m) => [m[1], m[2]]);
  const status = [...src.matchAll(/:\s*'(status[A-Z]\w*)'/g)].map((m) => m[1]);
  return [...direct, ...tables, ...status];
}

describe('the popup dictionary slice', () => {
  it.each(FIRST_FRAME)('holds every key %s shows, in zh-CN and English', (file) => {
    const keys = keysOf(file);
    expect(keys.length).toBeGreaterThan(0);
    const missing = keys.filter((k) => !(k in POPUP_ZH) && !(k in SHELL_ZH));
    expect(missing).toEqual([]);
    for (const k of keys) expect(k in POPUP_EN || k in SHELL_EN, k).toBe(true);
  });

  it('gives the words t() gives in both languages', () => {
    for (const [k, zh] of Object.entries(POPUP_ZH)) {
      expect(t(k as MessageKey, undefined, 'zh-CN').startsWith(zh.split('{')[0])).toBe(true);
      expect(POPUP_EN[k as keyof typeof POPUP_ZH]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
