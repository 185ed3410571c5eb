// The pieces of rules/schema.ts that the ledger's stored records need, written once in zod/mini (issue 15). A zod/mini
// schema or check is a zod core one, so rules/schema.ts (classic zod) builds its PolicyId, TitleLevel, Degree and
// FiledYearRow from these, utils/ledger/records-core.ts builds the stored person and summary from them, and the popup's
// first read (utils/ledger/popup-read.ts) checks its records with them without loading classic zod.
import * as z from 'zod/mini';

/** 规则集编号, e.g. hunan-2025 (a check: rules/schema.ts PolicyId and the stored person apply it to their strings). */
export const policyIdFormat = z.regex(/^[a-z]+-\d{4}$/, '规则集编号应形如 hunan-2025');

/** 拟申报职称 level: 正高级 / 副高级 / 中级. */
export const TITLE_LEVELS = ['full-senior', 'senior', 'intermediate'] as const;

/** 最高学历. */
export const DEGREES = ['doctor', 'master', 'bachelor', 'other'] as const;

/** One yearly row to file on the portal (申报年度明细信息): the fields of rules/schema.ts FiledYearRow. */
export const filedYearRowShape = {
  year: z.number().check(z.int()),
  publicName: z.string(),
  publicHours: z.number(),
  publicForm: z.string(),
  professionalName: z.string(),
  professionalHours: z.number(),
  professionalForm: z.string(),
  totalHours: z.number(),
  wholeYear: z.boolean(),
};
