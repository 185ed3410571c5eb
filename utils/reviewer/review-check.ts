// Plan: check the rows a reviewer sees with the rules module and turn the findings into row marks and a summary.
// Pure: plain data in, plain data out (the DOM side is in marks.ts).
import { getPolicy, minimaFor, requiredYears } from '../../rules';
import { checkYearsAndEachRowOf } from '../../rules/check-core';
import { ruleSetOrThrow } from '../../rules/policies';
import { Applicant, FindingCode, type Finding, type YearRow } from '../../rules/schema';
import { titleLevelOf } from './applicant';
import { defaultPolicy } from '../default-policy';
import type { ReviewRowData } from './read-table';

/**
 * problem = at least one error (whatever the materials show); ok = no error and the evidence is known (a warning alone,
 * e.g. the 2/3 share, leaves the row ok); unchecked = no error so far, but the row's 学时材料 were never seen, so it
 * cannot be called ok yet (marks.ts leaves data-xskr-status off such a row; see README.md).
 */
export type RowStatus = 'ok' | 'problem' | 'unchecked';

export interface RowMark {
  index: number;
  year: number;
  groupKey: string;
  status: RowStatus;
  codes: FindingCode[];
  findings: Finding[];
  /** Whether the row's evidence is known (a 附件 column or its 详情 seen); undefined where evidence is not a row's matter (list rows). */
  evidence?: 'seen' | 'unseen';
  /** The row names a whole-year activity (三援, 海外交流): its minima were not judged, and this says why (zh-CN). */
  wholeYear?: WholeYearNote;
}

export interface WholeYearNote {
  year: number;
  /** The words of the row's names that name the activity (援疆, 海外交流 …). */
  activity: string;
  citation: string;
  /** zh-CN, for the badge's tooltip and the panel. */
  message: string;
}

export interface GroupReview {
  key: string;
  label: string; // the person, when the table says (list tables), else ''
  applicant: Applicant;
  findings: Finding[]; // everything found for this application, incl. year-missing (no row)
  rows: RowMark[];
  data: ReviewRowData[]; // the rows as read, for the wording of the reason
}

export interface ReviewResult {
  policyId: string;
  groups: GroupReview[];
  rows: RowMark[]; // in table order
  findings: Finding[];
  okCount: number;
  problemCount: number;
  /** Rows without an error whose 学时材料 were never seen (neither ok nor problem yet). */
  uncheckedCount: number;
  /** Years (ascending, once each) with a row whose 学时材料 were never seen. */
  unseenYears: number[];
  /** Rows whose minima were not judged because they name a whole-year activity (三援, 海外交流), with the reason. */
  wholeYearNotes: WholeYearNote[];
  /** Ready-to-paste 审核不通过 reason (zh-CN), short enough for the portal's box; '' when nothing is wrong. */
  reason: string;
  /** The same with each finding's full wording and clause. */
  reasonDetailed: string;
}

export interface ReviewOptions {
  policyId: string;
  /** From the screen's header; titleLevel falls back to 副高级 (the online check is for senior titles). */
  applicant: Partial<Applicant>;
  /** false while some rows of a paginated table were not seen yet: missing years are not judged then. */
  complete?: boolean;
}

const CODE_ORDER = FindingCode.options;
const byCode = (a: FindingCode, b: FindingCode) => CODE_ORDER.indexOf(a) - CODE_ORDER.indexOf(b);

/** The reviewer's default rule set: the one default (utils/default-policy.ts). */
export function defaultReviewPolicy(now = new Date()): string {
  return defaultPolicy(now).policyId;
}

function toYearRow(r: ReviewRowData, wholeYear = false): YearRow {
  return {
    year: r.year,
    ...(wholeYear ? { wholeYear: true } : {}),
    publicHours: r.publicHours ?? 0,
    professionalHours: r.professionalHours ?? 0,
    totalHours: r.totalHours ?? 0,
    ...(r.evidenceCount === undefined ? {} : { evidenceCount: r.evidenceCount }),
  };
}

/**
 * Whole-year activities a row may name (2025 附件2 二.6 三援 and 二.9 海外交换（交流）; 潭人社函〔2022〕18号 附件1 二.7 三援 and
 * 东西部扶贫协作): such a year counts as 90 hours complete when the assignment was assessed qualified, so a row showing
 * 0 公需 hours is not short. The reviewer cannot see the months or the assessment in the row: the note asks to check
 * the 派遣通知 and 考核表 (附件2 一.9) behind 详情. Both readings are in rules/README.md (decisions: whole-year rows).
 */
const WHOLE_YEAR_WORDS: { pattern: RegExp; kind: 'aid-assignment' | 'overseas-exchange' }[] = [
  { pattern: /三援|援藏|援疆|援外|东西部扶贫协作/, kind: 'aid-assignment' },
  { pattern: /海外交换|海外交流/, kind: 'overseas-exchange' },
];

function wholeYearOf(r: ReviewRowData, policyId: string): WholeYearNote | null {
  const names = `${r.publicName ?? ''} ${r.professionalName ?? ''}`;
  const conversions = getPolicy(policyId)?.conversions;
  for (const { pattern, kind } of WHOLE_YEAR_WORDS) {
    const m = pattern.exec(names);
    const rule = m ? conversions?.[kind] : undefined;
    if (!m || !rule) continue;
    const m2 = minimaFor(policyId);
    const short = [
      m2.public !== undefined && (r.publicHours ?? 0) < m2.public ? `公需 ${n(r.publicHours)} 学时` : '',
      m2.professional !== undefined && (r.professionalHours ?? 0) < m2.professional ? `专业 ${n(r.professionalHours)} 学时` : '',
      (r.totalHours ?? 0) < m2.total ? `合计 ${n(r.totalHours)} 学时` : '',
    ].filter(Boolean);
    const what = kind === 'aid-assignment' ? '“三援”等特定工作任务满 6 个月' : '海外交换（交流）1 年以上';
    return {
      year: r.year,
      activity: m[0],
      citation: rule.citation,
      message:
        `${r.year} 年度填的是“${m[0]}”：${what}且考核合格的，视为完成当年继续教育 90 学时（${rule.citation}），` +
        `所以本行${short.length ? `${short.join('、')}` : ''}不按每年最低学时判为不足。请在“详情”里核对派遣通知和考核表（时间和考核结果）。`,
    };
  }
  return null;
}

function invalidHours(r: ReviewRowData): Finding | null {
  const bad = (['public', 'professional', 'total'] as const).filter((k) => {
    const v = k === 'public' ? r.publicHours : k === 'professional' ? r.professionalHours : r.totalHours;
    return v === null; // negative numbers are the rules' own hours-invalid
  });
  if (bad.length === 0) return null;
  const names = { public: '公需科目学时', professional: '专业科目学时', total: '合计学时' };
  return {
    code: 'hours-invalid',
    year: r.year,
    severity: 'error',
    message: `${r.year} 年度的${bad.map((k) => `${names[k]}“${r.rawHours[k]}”`).join('、')}不是有效的学时数`,
  };
}

const findingKey = (f: Finding) => `${f.code}|${f.year ?? ''}|${f.message}`;
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(findingKey(f)) ? false : (seen.add(findingKey(f)), true)));
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || byCode(a.code, b.code));
}

function reviewGroup(key: string, rows: ReviewRowData[], policyId: string, base: Partial<Applicant>): GroupReview {
  const titleText = rows.find((r) => r.titleText)?.titleText;
  const applicant: Applicant = {
    titleLevel: (titleText ? titleLevelOf(titleText) : undefined) ?? base.titleLevel ?? 'senior',
    ...(base.degree ? { degree: base.degree } : {}),
    ...(base.reviewYear ? { reviewYear: base.reviewYear } : {}),
  };
  const wholeYears = rows.map((r) => wholeYearOf(r, policyId));
  const yearRows = rows.map((r, i) => toYearRow(r, wholeYears[i] !== null));
  // The whole application, and each row alone through the rules API (its minima, its sum, its attachments, its year
  // against the span): one pass for both. The rows are ours, typed as built above (a year out of /(19|20)\d{2}/, hours
  // out of parseHours: finite, a count out of /\d+/), so only the applicant read off the header is validated; the
  // zod parse of 500 rows was a third of a cold pass (checkYearsAndEachRow and the core give the same findings:
  // test/unit/rules/check-core.test.ts).
  const { findings: whole, rows: alone } = checkYearsAndEachRowOf(ruleSetOrThrow(policyId), yearRows, Applicant.parse(applicant));
  const yearCount = new Map<number, number>();
  for (const r of rows) yearCount.set(r.year, (yearCount.get(r.year) ?? 0) + 1);
  const duplicateOf = new Map<number, Finding>();
  for (const f of whole) if (f.code === 'year-duplicate' && f.year !== undefined && !duplicateOf.has(f.year)) duplicateOf.set(f.year, f);

  const extra: Finding[] = [];
  const marks: RowMark[] = rows.map((r, i) => {
    // Each row is checked alone for what belongs to the row itself (its minima, its sum, its attachments, its year
    // against the span); duplicates come from the whole application. A whole-year row skips the minima, with a note.
    const wholeYear = wholeYears[i];
    const own = alone[i];
    const invalid = invalidHours(r);
    if (invalid) own.push(invalid);
    if ((yearCount.get(r.year) ?? 0) > 1) {
      const dup = duplicateOf.get(r.year) ?? {
        code: 'year-duplicate' as const,
        year: r.year,
        severity: 'error' as const,
        message: `${r.year} 年度重复申报了 ${yearCount.get(r.year)} 行`,
      };
      own.push(dup);
    }
    extra.push(...own);
    const codes = [...new Set(own.map((f) => f.code))].sort(byCode);
    const evidence = r.evidenceCount === undefined ? 'unseen' : 'seen';
    return {
      index: r.index,
      year: r.year,
      groupKey: key,
      status: own.some((f) => f.severity === 'error') ? 'problem' : evidence === 'unseen' ? 'unchecked' : 'ok',
      codes,
      findings: own,
      evidence,
      ...(wholeYear ? { wholeYear } : {}),
    };
  });
  const label = key.replace(/\|$/, '').replace(/^\|/, '').split('|')[0] ?? '';
  return { key, label, applicant, rows: marks, data: rows, findings: sortFindings(dedupe([...whole, ...extra])) };
}

export function checkReview(rows: ReviewRowData[], options: ReviewOptions): ReviewResult {
  const groups = new Map<string, ReviewRowData[]>();
  for (const r of rows) {
    const list = groups.get(r.groupKey);
    if (list) list.push(r);
    else groups.set(r.groupKey, [r]);
  }
  const reviewed = [...groups.entries()].map(([key, rs]) => {
    const g = reviewGroup(key, rs, options.policyId, options.applicant);
    return options.complete === false ? { ...g, findings: g.findings.filter((f) => f.code !== 'year-missing') } : g;
  });
  const marks = reviewed.flatMap((g) => g.rows).sort((a, b) => a.index - b.index);
  return {
    policyId: options.policyId,
    groups: reviewed,
    rows: marks,
    findings: reviewed.flatMap((g) => g.findings),
    okCount: marks.filter((m) => m.status === 'ok').length,
    problemCount: marks.filter((m) => m.status === 'problem').length,
    uncheckedCount: marks.filter((m) => m.status === 'unchecked').length,
    unseenYears: [...new Set(marks.filter((m) => m.evidence === 'unseen').map((m) => m.year))].sort((a, b) => a - b),
    wholeYearNotes: marks.flatMap((m) => (m.wholeYear ? [m.wholeYear] : [])),
    reason: conciseReason(reviewed, options.policyId),
    reasonDetailed: rejectionReason(reviewed),
  };
}

/** The portal's 不通过原因 box takes at most 200 characters (the replica's el-input maxlength). */
export const REASON_MAX = 200;

const n = (v: number | null) => (v === null ? '?' : String(Math.round(v * 10) / 10));
const yearsText = (ys: number[]) => `${[...new Set(ys)].sort((a, b) => a - b).join('、')}年`;

function conciseLines(g: GroupReview, policyId: string): string[] {
  const errors = g.findings.filter((f) => f.severity === 'error');
  const m = minimaFor(policyId);
  const firstOfYear = new Map<number, ReviewRowData>();
  for (const r of g.data) if (!firstOfYear.has(r.year)) firstOfYear.set(r.year, r);
  const rowOf = (y?: number) => (y === undefined ? undefined : firstOfYear.get(y));
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of errors) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const lines: string[] = [];
  for (const code of CODE_ORDER) {
    const fs = byCode.get(code);
    if (!fs) continue;
    const years = fs.map((f) => f.year ?? 0);
    switch (code) {
      case 'public-below-min':
        lines.push(...fs.map((f) => `${f.year}年公需科目${n(rowOf(f.year)?.publicHours ?? null)}学时，少于${m.public}学时`));
        break;
      case 'professional-below-min':
        lines.push(...fs.map((f) => `${f.year}年专业科目${n(rowOf(f.year)?.professionalHours ?? null)}学时，少于${m.professional}学时`));
        break;
      case 'total-below-min':
        lines.push(...fs.map((f) => `${f.year}年合计${n(rowOf(f.year)?.totalHours ?? null)}学时，少于${m.total}学时`));
        break;
      case 'total-mismatch':
        lines.push(
          ...fs.map((f) => {
            const r = rowOf(f.year);
            return `${f.year}年合计${n(r?.totalHours ?? null)}学时不等于公需${n(r?.publicHours ?? null)}与专业${n(r?.professionalHours ?? null)}之和`;
          }),
        );
        break;
      case 'year-missing':
        lines.push(`缺少${yearsText(years)}的学时`);
        break;
      case 'year-duplicate':
        lines.push(`${yearsText(years)}重复填报`);
        break;
      case 'year-outside-span': {
        const span = requiredYears(policyId, g.applicant);
        lines.push(`${yearsText(years)}不在${span.years ? `${span.years[0]}–${span.years[span.years.length - 1]}年` : ''}核认范围内`);
        break;
      }
      case 'evidence-missing':
        lines.push(`${yearsText(years)}未上传佐证材料`);
        break;
      default:
        lines.push(`${yearsText(years)}学时填写有误`);
    }
  }
  return lines;
}

/** 审核不通过 reason that fits the portal's box: numbered problems with their numbers, the notice at the end. */
export function conciseReason(groups: GroupReview[], policyId: string, max = REASON_MAX): string {
  const parts = groups
    .map((g) => ({ g, lines: conciseLines(g, policyId) }))
    .filter(({ lines }) => lines.length > 0);
  if (parts.length === 0) return '';
  const doc = getPolicy(policyId)?.docNumber;
  const tail = doc ? `（依据${doc}）` : '';
  const total = parts.reduce((k, p) => k + p.lines.length, 0);
  const build = (limit: number) => {
    let i = 0;
    let left = 0;
    const body = parts
      .map(({ g, lines }) => {
        const shown = lines.filter(() => i++ < limit);
        left += lines.length - shown.length;
        return `${groups.length > 1 && g.label ? `${g.label}：` : ''}${shown.map((l, k) => `${k + 1}.${l}`).join('；')}`;
      })
      .filter((p) => !/：$|^$/.test(p))
      .join('；');
    return `审核不通过：${body}${left ? `等${total}项问题（详见各行标注）` : ''}。${tail}`;
  };
  // The text holds its first `limit` lines whole, so a limit whose lines alone pass `max` never fits: start below it
  // (a 500-row table has hundreds of lines; trying each limit from the top built the whole text hundreds of times).
  let fits = 0;
  let sum = 0;
  for (const line of parts.flatMap((p) => p.lines)) {
    sum += line.length;
    if (sum > max) break;
    fits++;
  }
  for (let limit = fits; limit > 1; limit--) {
    const text = build(limit);
    if (text.length <= max) return text;
  }
  return build(1).slice(0, max);
}

/** 审核不通过 reason: one numbered line per error, with its clause; several people get a heading each. */
export function rejectionReason(groups: GroupReview[]): string {
  const parts = groups
    .map((g) => ({ g, errors: g.findings.filter((f) => f.severity === 'error') }))
    .filter(({ errors }) => errors.length > 0)
    .map(({ g, errors }) => {
      const lines = errors.map((f, i) => `${i + 1}. ${f.message.replace(/[。；;.]+$/, '')}${f.citation ? `（${f.citation}）` : ''}；`);
      lines[lines.length - 1] = lines[lines.length - 1].replace(/；$/, '。');
      return [groups.length > 1 && g.label ? `${g.label}：` : '', ...lines].filter(Boolean).join('\n');
    });
  if (parts.length === 0) return '';
  return `审核不通过，原因如下：\n${parts.join('\n')}\n请按要求修改后重新申报。`;
}

/**
 * What the header says about the check. 申报年度 is the review year in the per-person application (variant A: rows
 * 2020–2024 under 申报年度 2025) but the year itself in a per-year application (variant B: one row, 申报年度 2024):
 * such an application is checked row by row, without judging the span's missing years.
 */
export function reviewBasis(
  header: { titleLevel?: Applicant['titleLevel']; degree?: Applicant['degree']; reviewYear?: number },
  years: number[],
): { applicant: Partial<Applicant>; perYear: boolean } {
  const perYear = header.reviewYear !== undefined && years.length > 0 && years.every((y) => y === header.reviewYear);
  const reviewYearShown = header.reviewYear !== undefined && !years.includes(header.reviewYear);
  return {
    applicant: {
      ...(header.titleLevel ? { titleLevel: header.titleLevel } : {}),
      ...(header.degree ? { degree: header.degree } : {}),
      ...(reviewYearShown ? { reviewYear: header.reviewYear } : {}),
    },
    perYear,
  };
}
