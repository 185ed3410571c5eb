// The zod messages of the ledger's schemas (rules/schema.ts, rules/convert.ts, utils/ledger/records.ts) in the UI language. The schemas word
// bad input in zh-CN, as the project's standard asks; a form that shows one under a field (the options page's activity
// form and certificate drafts, the popup's calculator) words it in English through this table where the UI is English.
// A message the table does not know stays as the schema wrote it: never a wrong English sentence, and the unit test
// (test/unit/i18n/schema-messages.test.ts) fails on every zh-CN message of the schemas that is missing here.
import { uiLang, type UiLanguage } from './i18n-shell';

export type Render = (m: RegExpMatchArray) => string;

/** `zh` in English by the first pattern of `table` it matches, or undefined when none does (also the importer's, import-problem-text.ts). */
export function render(table: [RegExp, Render][], zh: string): string | undefined {
  for (const [re, en] of table) {
    const m = zh.match(re);
    if (m) return en(m);
  }
  return undefined;
}

const EN: [RegExp, Render][] = [
  [/^应填写数字$/, () => 'enter a number'],
  [/^年度应为整数$/, () => 'the year must be a whole number'],
  [/^年度不能早于 (\d+) 年$/, (m) => `the year cannot be before ${m[1]}`],
  [/^年度不能晚于 (\d+) 年$/, (m) => `the year cannot be after ${m[1]}`],
  [/^应为整数$/, () => 'must be a whole number'],
  [/^不能是负数$/, () => 'cannot be negative'],
  [/^数值过大$/, () => 'the number is too large'],
  [/^至少为 (\d+)$/, (m) => `must be at least ${m[1]}`],
  [/^月份应为 YYYY-MM$/, () => 'write the month as YYYY-MM'],
  [/^结束月份不能早于开始月份$/, () => 'the end month cannot be before the start month'],
  [/^至少一个年度$/, () => 'at least one year'],
  [/^规则集编号应形如 (\S+)$/, (m) => `a rule set id looks like ${m[1]}`],
  [/^起始年度不能晚于结束年度$/, () => 'the first year cannot be after the last'],
  [/^姓名不能为空$/, () => 'enter the name'],
  [/^名称不能为空$/, () => 'enter the name'],
];

/** A schema's zh-CN message in `lang`; unknown messages unchanged. */
export function schemaMessage(message: string, lang: UiLanguage = uiLang.value): string {
  return lang === 'en' ? (render(EN, message) ?? message) : message;
}

/** Every message of a field → message map, in `lang`. */
export function schemaMessages<K extends string>(errors: Partial<Record<K, string>>, lang: UiLanguage = uiLang.value): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(errors) as [K, string | undefined][]) if (v !== undefined) out[k] = schemaMessage(v, lang);
  return out;
}
