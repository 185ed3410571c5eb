// The schemas' own messages under a form's field, in English where the UI is English: the activity form (and so the
// certificate drafts, which go through it) on the options page and the popup's calculator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../rules/kinds';
import type { ActivityKind } from '../../../rules/schema';
import { emptyDraft, entryFromDraft } from '../../../components/options/activity-form';
import { calcFields, defaultValues, toActivity } from '../../../components/popup/calculator';
import { uiLang } from '../../../utils/i18n-shell';
import { schemaMessage } from '../../../utils/schema-message-text';

const HAN = /[\u3400-\u9fff]/;
const ROOT = join(import.meta.dirname, '..', '..', '..');
const KINDS = Object.keys(ACTIVITY_KINDS) as ActivityKind[];
// values a user may type into a kind's number and month fields that the schemas refuse
const BAD = ['-1', '1.5', 'abc', '99999999', '0', '2024-13'];

afterEach(() => {
  uiLang.value = 'zh-CN';
});

describe('the schemas’ messages in the UI language', () => {
  it('has an English wording for every zh-CN message the ledger’s schemas give', () => {
    const messages = new Set<string>();
    // classic zod (.min(1, '…')) and zod/mini (z.minLength(1, '…'), z.minimum(…), z.regex(…)) checks alike
    for (const file of ['rules/schema.ts', 'rules/schema-mini.ts', 'rules/convert.ts', 'utils/ledger/records.ts', 'utils/ledger/records-core.ts']) {
      const src = readFileSync(join(ROOT, file), 'utf8');
      for (const m of src.matchAll(/(?:\.(?:int|min|max|regex|length|minLength|maxLength|minimum|maximum)\([^'\n]*?|(?:error|message):\s*)'([^']*)'/g)) if (HAN.test(m[1])) messages.add(m[1]);
    }
    expect(messages.size).toBeGreaterThanOrEqual(12);
    for (const m of messages) {
      expect(schemaMessage(m, 'zh-CN')).toBe(m);
      expect(schemaMessage(m, 'en'), m).not.toMatch(HAN);
    }
    expect(schemaMessage('年度不能早于 2000 年', 'en')).toBe('the year cannot be before 2000');
    expect(schemaMessage('一个没人认识的提示', 'en')).toBe('一个没人认识的提示'); // unknown: as written, never a wrong sentence
  });

  it('words every field error of the activity form in English, for every kind and bad value, and keeps zh-CN as it was', () => {
    let seen = 0;
    for (const lang of ['en', 'zh-CN'] as const) {
      uiLang.value = lang;
      for (const kind of KINDS) {
        for (const f of ACTIVITY_KINDS[kind].fields) {
          if (f.type === 'select' || f.type === 'bool') continue;
          for (const bad of BAD) {
            const d = { ...emptyDraft(2024), mode: kind, name: '测试', fields: { ...defaultValues(kind), [f.key]: bad } };
            const r = entryFromDraft(d, 'p1');
            if (r.ok) continue;
            for (const [field, message] of Object.entries(r.errors)) {
              seen++;
              if (lang === 'en') expect(message, `${kind}.${field} = ${bad}`).not.toMatch(HAN);
              else expect(message, `${kind}.${field} = ${bad}`).toMatch(HAN);
            }
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(40);
  });

  it('words the calculator’s refusal in English with the field’s English label', () => {
    uiLang.value = 'en';
    const r = toActivity('patent', { ...defaultValues('patent'), rank: '-1' }, 'en');
    expect('error' in r && r.error).toMatch(/cannot be negative|must be at least 1/);
    expect('error' in r && r.error).not.toMatch(HAN);
    for (const kind of KINDS)
      for (const f of calcFields(kind).filter((x) => x.type === 'int' || x.type === 'number'))
        for (const bad of BAD) {
          const out = toActivity(kind, { ...defaultValues(kind), [f.key]: bad }, 'en');
          if ('error' in out) expect(out.error, `${kind}.${f.key} = ${bad}`).not.toMatch(HAN);
        }
    const zh = toActivity('patent', { ...defaultValues('patent'), rank: '-1' }, 'zh-CN');
    expect('error' in zh && zh.error).toMatch(/至少为 1|不能是负数/);
  });
});
