// The stored person, settings and per-year summary of the ledger, written once in zod/mini (issue 15). records.ts and
// summary.ts make their classic-zod schemas from these shapes (a zod/mini schema is a zod core one, so classic objects
// hold them as fields), and the popup's first read (popup-read.ts) checks the same records with them without loading
// classic zod: one set of rules, with their zh-CN messages (utils/schema-message-text.ts words them in English).
import * as z from 'zod/mini';
import { DEGREES, filedYearRowShape, policyIdFormat, TITLE_LEVELS } from '../../rules/schema-mini';
import type { ProfileYearRow, YearCoverage } from './hours';

const int = z.number().check(z.int());
const count = z.number().check(z.int(), z.minimum(0));
const nonEmpty = z.string().check(z.minLength(1));
/** An optional free-text field of 申报相关信息, trimmed, at most `max` characters. */
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));

const spanYear = z.number().check(z.int(), z.minimum(1990, '年度不能早于 1990 年'), z.maximum(2100, '年度不能晚于 2100 年'));
/** 需要核认的年度 from … to …, both inclusive, as the person set them. */
export const OwnSpan = z.object({ from: spanYear, to: spanYear }).check(z.refine((s) => s.from <= s.to, { error: '起始年度不能晚于结束年度', path: ['to'] }));

/** A person (records.ts Profile). */
export const profileShape = {
  id: nonEmpty,
  name: z.string().check(z.trim(), z.minLength(1, '姓名不能为空')),
  idNumber: z.optional(z.string()), // 证件号码, stored whole, shown masked
  phone: z.optional(z.string()),
  employer: z.optional(z.string()), // 单位名称
  policyId: z.string().check(policyIdFormat),
  titleLevel: z.enum(TITLE_LEVELS), // 拟申报职称 level
  degree: z.optional(z.enum(DEGREES)), // 最高学历
  // The rest of 申报相关信息 (湘人社办函〔2025〕37号 附件3 第6步), as the portal's options read; optional, filled only into empty fields.
  ethnicity: optionalText(20), // 民族, e.g. 汉族
  employerType: optionalText(30), // 单位性质, e.g. 国有企业
  category: optionalText(30), // 申报大类, e.g. 工程
  subSpecialty: optionalText(50), // 子专业名称, e.g. 建筑学
  region: optionalText(50), // 行政区划名称, e.g. 湖南省省本级
  reviewYear: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  /**
   * The span years the person set themselves, used only where the rule set gives none (requiredYears `years: null`,
   * e.g. 博士参评副高 「按相关规定执行」). Never replaces a span the rule set gives.
   */
  ownSpan: z.optional(OwnSpan),
  createdAt: z.number(),
};

/** The settings (records.ts Settings adds remindersEnabled, which the popup's first frame does not read). */
export const settingsShape = {
  activeProfileId: z.optional(z.string()),
  lastBackupAt: z.optional(z.number()), // when the user last saved a full backup (epoch ms)
  uiLanguage: z.optional(z.enum(['zh-CN', 'en'])), // absent = zh-CN (Chinese first, whatever the browser's locale)
};

/** A yearly row to file (rules' FiledYearRow) with the year's file and activity counts. */
export const SummaryYearRow = z.object({ ...filedYearRowShape, evidenceCount: count, entryCount: count }) satisfies z.ZodMiniType<ProfileYearRow>;

/** One activity of a year whose evidence set is not complete, and what it lacks. */
export interface IncompleteActivity {
  entryId: string;
  name: string;
  missing: string[];
  citation?: string | undefined;
}
/**
 * A year's list of such activities, checked by a plain function rather than a zod object per activity: a person with
 * 2,000 activities lists most of them, it is the popup's first frame's largest record, and a zod object per activity
 * made that first check about 9 times slower (2,000 activities, cold and jitless as in an extension page, in Node:
 * ≈45 ms against ≈5 ms).
 */
export const incompleteActivities = z.custom<IncompleteActivity[]>((list) => Array.isArray(list) && list.every(isIncompleteActivity));

function isIncompleteActivity(a: unknown): a is IncompleteActivity {
  if (typeof a !== 'object' || a === null) return false;
  const { entryId, name, missing, citation } = a as Record<string, unknown>;
  return (
    typeof entryId === 'string' &&
    typeof name === 'string' &&
    Array.isArray(missing) &&
    missing.every((m) => typeof m === 'string') &&
    (citation === undefined || typeof citation === 'string')
  );
}

/**
 * One year's evidence sets as the popup shows them: how many activities have a complete set, how many have not, and what
 * those lack. `incomplete` lists the first FIRST_LISTED of them in the stored summary (the popup's first read, kept small:
 * summary.ts) and all of them once joined with the year's list (`summaryLists`: summary-split.ts, whose shape is there, out of the
 * popup's first load).
 */
export const YearSetsSummary = z
  .object({ year: int, complete: count, total: count, incompleteCount: count, incomplete: incompleteActivities })
  .check(z.refine((s) => s.incomplete.length <= s.incompleteCount, { error: 'more activities listed than counted', path: ['incomplete'] }));

/** A year an earlier 学时认定单 proves. */
export const SummaryCoverage = z.object({
  year: int,
  title: z.string(),
  fileName: z.string(),
  evidenceId: z.string(),
  from: int,
  to: int,
  citation: z.string(),
}) satisfies z.ZodMiniType<YearCoverage>;

/** A person's per-year summary under their rule set (summary.ts LedgerSummary). */
export const ledgerSummaryShape = {
  profileId: nonEmpty,
  policyId: nonEmpty,
  version: int,
  /** Every activity of the person (also those that count for no year). */
  entryCount: count,
  rows: z.array(SummaryYearRow),
  sets: z.array(YearSetsSummary),
  covered: z.array(SummaryCoverage),
};
