// Types at the edge of the rules module (contract §2). Everything else derives from these with z.infer.
import { z } from 'zod';
import { FINDING_CODES } from './finding-codes';
import { DEGREES, filedYearRowShape, policyIdFormat, TITLE_LEVELS } from './schema-mini';

// zh-CN messages: a ZodError's message may reach a user (see describeInputError in rules/errors.ts).
const num = () => z.number({ error: '应填写数字' });
const year = num().int('年度应为整数').min(1990, '年度不能早于 1990 年').max(2100, '年度不能晚于 2100 年');
// An upper bound keeps every product and sum finite (a day count or hours in the millions is a typing error).
export const MAX_QUANTITY = 1_000_000;
const MAX = MAX_QUANTITY;
const count = num().int('应为整数').min(0, '不能是负数').max(MAX, '数值过大');
const nonNeg = num().min(0, '不能是负数').max(MAX, '数值过大');
const positiveInt = num().int('应为整数').min(1, '至少为 1').max(MAX, '数值过大');

export const PolicyId = z.string().check(policyIdFormat); // 规则集编号应形如 hunan-2025 (schema-mini.ts)
export type PolicyId = z.infer<typeof PolicyId>;

export const Category = z.enum(['public', 'professional']); // 公需科目 / 专业科目
export type Category = z.infer<typeof Category>;

export const TitleLevel = z.enum(TITLE_LEVELS); // 正高级 / 副高级 / 中级
export type TitleLevel = z.infer<typeof TitleLevel>;

export const Degree = z.enum(DEGREES);
export type Degree = z.infer<typeof Degree>;

export const Applicant = z.object({
  titleLevel: TitleLevel,
  degree: Degree.optional(),
  reviewYear: num().int('年度应为整数').min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年').optional(),
});
export type Applicant = z.infer<typeof Applicant>;

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM');

export const Activity = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('training'), year, category: Category, days: count.optional(), halfDays: count.optional(), evenings: count.optional() }),
  z.object({ kind: z.literal('online-course'), year, category: Category, hours: nonNeg }),
  z.object({ kind: z.literal('research-project'), year, level: z.enum(['provincial', 'municipal']), role: z.enum(['host', 'main', 'participant']) }),
  z.object({ kind: z.literal('book'), year, role: z.enum(['first', 'other']) }),
  z.object({ kind: z.literal('paper'), year, role: z.enum(['first', 'corresponding', 'other']), count: positiveInt.optional() }),
  z.object({ kind: z.literal('patent'), year, type: z.enum(['invention', 'utility', 'design']), rank: positiveInt }),
  z.object({ kind: z.literal('award'), year, level: z.enum(['provincial', 'municipal']), grade: z.union([z.literal(1), z.literal(2), z.literal(3)]), rank: positiveInt.optional() }),
  z.object({ kind: z.literal('aid-assignment'), start: month, end: month, qualified: z.boolean() }),
  z.object({ kind: z.literal('expert-service'), year, onsiteDays: nonNeg.optional(), onlineHours: nonNeg.optional() }),
  z.object({ kind: z.literal('degree-course'), year, passed: count }),
  z.object({ kind: z.literal('qualification-exam'), year, passed: count }),
  z.object({ kind: z.literal('digital-skills-exam'), year, passed: count }),
  z.object({ kind: z.literal('computer-exam'), year, modules: count }),
  z.object({ kind: z.literal('overseas-exchange'), start: month, end: month, qualified: z.boolean() }),
  z.object({ kind: z.literal('skills-competition'), year, level: z.enum(['national', 'provincial']), medal: z.enum(['gold', 'silver', 'bronze']) }),
]);
export type Activity = z.infer<typeof Activity>;
export type ActivityKind = Activity['kind'];

export const Credit = z.object({
  year,
  category: z.enum(['public', 'professional', 'whole-year']),
  hours: nonNeg,
});
export type Credit = z.infer<typeof Credit>;

export const ConvertResult = z.object({
  credits: z.array(Credit),
  citation: z.string(),
  note: z.string().optional(),
});
export type ConvertResult = z.infer<typeof ConvertResult>;

export const YearRow = z.object({
  year: num().int('年度应为整数'),
  publicHours: num(), // negative hours are reported by checkYears as hours-invalid, not rejected here
  professionalHours: num(),
  totalHours: num(),
  wholeYear: z.boolean().optional(),
  evidenceCount: num().int('应为整数').min(0, '不能是负数').optional(), // undefined = unknown, 0 = none
});
export type YearRow = z.infer<typeof YearRow>;

export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

export const Finding = z.object({
  code: FindingCode,
  year: z.number().int().optional(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  citation: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

export type RequiredYears =
  | { years: number[]; extrapolated: boolean; citation: string }
  | { years: null; reason: string };

/**
 * What the applicant's own ledger adds to checkYears (optional: without it checkYears is exactly contract §2).
 * - `coveredYears`: years an earlier 学时认定单 / 合格证明 proves (the rule set's `priorCertificates`, e.g.
 *   湘人社办函〔2025〕37号 三.(四)): no row is needed for them, so they are never `year-missing`.
 * - `ownSpan`: the years the applicant set where the rule set gives no span (requiredYears `years: null`, e.g.
 *   博士参评副高 「按相关规定执行」); `year-missing` / `year-outside-span` then use it. Ignored where the rule set gives one.
 */
export const CheckContext = z.object({
  coveredYears: z.array(year).optional(),
  ownSpan: z.array(year).min(1, '至少一个年度').optional(),
});
export type CheckContext = z.infer<typeof CheckContext>;

/** One ledger item's contribution, as the aggregation (ledger → rows to file) takes it. */
export const CreditedItem = z.object({
  name: z.string(), // activity or course name (公需/专业科目名称)
  form: z.string(), // 继续教育形式 as the user wrote it (e.g. 培训班, 远程教育)
  credits: z.array(Credit),
});
export type CreditedItem = z.infer<typeof CreditedItem>;

/** One yearly row to file on the portal (申报年度明细信息); its fields are in schema-mini.ts, shared with the ledger's summary. */
export const FiledYearRow = z.object(filedYearRowShape);
export type FiledYearRow = z.infer<typeof FiledYearRow>;
