// checkYears on inputs already checked (issue 15): the findings of rules/check.ts without its zod parse, for a caller
// whose rows, applicant and context are typed values it made itself (the popup's first frame, which loads neither
// classic zod nor the rule texts). rules/check.ts validates the inputs, then calls these: one implementation, and
// test/unit/rules/check-core.test.ts checks both agree. The rule set is passed in (only the fields below are read).
import type { Applicant, CheckContext, Finding, FindingCode, YearRow } from './schema';
import type { RuleSet } from './ruleset';
import { FINDING_CODES } from './finding-codes';
import { fmt, round1 } from './numbers';

/** What of a rule set the checks read: its minima, spans, document number, review year and 学时认定单 materials. */
export type CheckPolicy = Pick<RuleSet, 'docNumber' | 'reviewYear' | 'minima' | 'spans' | 'spansUndefined' | 'priorCertificates' | 'evidenceSection'>;

const codeOrder = new Map(FINDING_CODES.map((code, i) => [code, i]));

/** 「一般不少于」 is a soft rule: the only warning. Every other finding is an error. */
export const severityOf = (code: FindingCode): Finding['severity'] => (code === 'professional-share-low' ? 'warning' : 'error');

function finding(code: FindingCode, year: number | undefined, message: string, citation?: string): Finding {
  const f: Finding = { code, severity: severityOf(code), message };
  if (year !== undefined) f.year = year;
  if (citation !== undefined) f.citation = citation;
  return f;
}

const hourFields = [
  ['publicHours', '公需科目学时'],
  ['professionalHours', '专业科目学时'],
  ['totalHours', '合计学时'],
] as const;

interface Checked {
  policy: CheckPolicy;
  rows: YearRow[];
  span: { years: number[] | null; extrapolated: boolean; citation?: string; reviewYear: number };
  /** The span's years, or null when neither the rule set nor the applicant gives one. */
  spanYears: Set<number> | null;
  spanText: string;
  ownSpan: boolean;
  covered: Set<number>;
}

/** Settles the span both checks below judge against (inputs as the schemas give them). */
function prepare(policy: CheckPolicy, yearRows: YearRow[], applicant: Applicant, context: CheckContext | undefined): Checked {
  const ruleSpan = lookupSpan(policy, applicant);
  const own = context ?? {};
  // priorCertificates (三.(四) / 三.(三) / 三.(二)): an earlier 学时认定单 proves the years it lists, no row needed.
  const covered = new Set(own.coveredYears ?? []);
  const ownYears = ruleSpan.years === null && own.ownSpan ? [...new Set(own.ownSpan)].sort((a, b) => a - b) : null;
  const span: Checked['span'] = ownYears
    ? { years: ownYears, extrapolated: false, citation: ruleSpan.citation, reviewYear: ruleSpan.reviewYear }
    : { years: ruleSpan.years, extrapolated: ruleSpan.years !== null && ruleSpan.extrapolated, citation: ruleSpan.citation, reviewYear: ruleSpan.reviewYear };
  const spanText = span.years === null ? '' : `${span.years[0]}–${span.years[span.years.length - 1]} 年`;
  return { policy, rows: yearRows, span, spanYears: span.years === null ? null : new Set(span.years), spanText, ownSpan: ownYears !== null, covered };
}

/** What belongs to one row alone: its year against the span, negative hours, its sum, its minima, its evidence. */
function findingsOfRow(c: Checked, row: YearRow): Finding[] {
  const { policy, span } = c;
  const minima = policy.minima;
  const { year } = row;
  const findings: Finding[] = [];
  if (c.spanYears !== null && !c.spanYears.has(year)) {
    findings.push(finding('year-outside-span', year, `${year} 年不在本次需要核认的 ${c.spanText}之内，这一行不需要填报。`, span.citation));
  }
  const negative = hourFields.filter(([key]) => row[key] < 0);
  if (negative.length > 0) {
    for (const [key, label] of negative) {
      findings.push(finding('hours-invalid', year, `${year} 年的${label}填的是 ${fmt(row[key])}，学时不能是负数。`));
    }
    return findings;
  }
  const sum = round1(row.publicHours + row.professionalHours);
  if (sum !== round1(row.totalHours)) {
    findings.push(
      finding(
        'total-mismatch',
        year,
        `${year} 年合计学时填的是 ${fmt(row.totalHours)}，但公需 ${fmt(row.publicHours)} + 专业 ${fmt(row.professionalHours)} = ${fmt(sum)}，两者应当相等。`,
      ),
    );
  }
  if (!row.wholeYear) {
    if (minima.public !== undefined && row.publicHours < minima.public) {
      findings.push(
        finding('public-below-min', year, `${year} 年公需科目 ${fmt(row.publicHours)} 学时，少于每年 ${fmt(minima.public)} 学时的要求。`, minima.citation),
      );
    }
    if (minima.professional !== undefined && row.professionalHours < minima.professional) {
      findings.push(
        finding(
          'professional-below-min',
          year,
          `${year} 年专业科目 ${fmt(row.professionalHours)} 学时，少于每年 ${fmt(minima.professional)} 学时的要求。`,
          minima.citation,
        ),
      );
    }
    if (row.totalHours < minima.total) {
      findings.push(
        finding('total-below-min', year, `${year} 年合计 ${fmt(row.totalHours)} 学时，少于每年 ${fmt(minima.total)} 学时的要求。`, minima.citation),
      );
    }
    const share = minima.professionalShare;
    if (share && row.totalHours > 0 && round1(row.professionalHours * share.denominator) < round1(row.totalHours * share.numerator)) {
      const needed = Math.ceil((row.totalHours * share.numerator * 10) / share.denominator - 1e-9) / 10;
      findings.push(
        finding(
          'professional-share-low',
          year,
          `${year} 年专业科目 ${fmt(row.professionalHours)} 学时，不到合计 ${fmt(row.totalHours)} 学时的 ${share.numerator}/${share.denominator}（约 ${fmt(needed)} 学时）；文件要求专业科目“一般”不少于 ${share.numerator}/${share.denominator}，请确认。`,
          minima.citation,
        ),
      );
    }
  }
  if (row.evidenceCount === 0) {
    findings.push(
      finding(
        'evidence-missing',
        year,
        `${year} 年还没有佐证材料，请上传这一年的培训通知、结业证书或以前的${policy.priorCertificates.materials.map((m) => `《${m}》`).join('、')}等材料。`,
        policy.evidenceSection,
      ),
    );
  }
  return findings;
}

const byYearThenCode = (findings: Finding[]): Finding[] =>
  findings.length < 2
    ? [...findings] // most rows have one finding or none: nothing to sort (a fresh array, as below)
    : findings
        .map((f, i) => ({ f, i }))
        .sort((x, y) => (x.f.year ?? 0) - (y.f.year ?? 0) || codeOrder.get(x.f.code)! - codeOrder.get(y.f.code)! || x.i - y.i)
        .map(({ f }) => f);

/** checkYears' findings, given each row's own (findingsOfRow, in row order). */
function yearsFindings(c: Checked, perRow: readonly Finding[][]): Finding[] {
  const { policy, span } = c;
  const findings: Finding[] = [];

  const rowsPerYear = new Map<number, number>();
  for (const row of c.rows) rowsPerYear.set(row.year, (rowsPerYear.get(row.year) ?? 0) + 1);
  for (const [year, count] of rowsPerYear) {
    if (count > 1) findings.push(finding('year-duplicate', year, `${year} 年填了 ${count} 行，每个年度只能填一行，请合并成一行。`));
  }

  if (span.years !== null) {
    const pattern = c.ownSpan
      ? `（${policy.docNumber}没有规定这一跨度，这是您自己设置的年度）`
      : span.extrapolated
        ? `（${span.reviewYear} 年没有单独的通知，跨度按${policy.docNumber}的规定推算）`
        : '';
    for (const year of span.years) {
      if (!rowsPerYear.has(year) && !c.covered.has(year)) {
        findings.push(
          finding('year-missing', year, `缺少 ${year} 年的学时：${span.reviewYear} 年参评需要核认 ${c.spanText}每一年的继续教育学时${pattern}。`, span.citation),
        );
      }
    }
  }

  // A year outside the span is reported once, however many rows it has.
  const outside = new Set<number>();
  for (const [i, row] of c.rows.entries()) {
    for (const f of perRow[i]) {
      if (f.code === 'year-outside-span') {
        if (outside.has(row.year)) continue;
        outside.add(row.year);
      }
      findings.push(f);
    }
  }
  return byYearThenCode(findings);
}

/** checkYears (rules/check.ts) on checked inputs and a rule set in hand. */
export function checkYearsOf(policy: CheckPolicy, rows: YearRow[], applicant: Applicant, context?: CheckContext): Finding[] {
  const c = prepare(policy, rows, applicant, context);
  return yearsFindings(c, c.rows.map((row) => findingsOfRow(c, row)));
}

/** checkEachRow (rules/check.ts) on checked inputs and a rule set in hand. */
export function checkEachRowOf(policy: CheckPolicy, rows: YearRow[], applicant: Applicant, context?: CheckContext): Finding[][] {
  const c = prepare(policy, rows, applicant, context);
  return c.rows.map((row) => byYearThenCode(findingsOfRow(c, row)));
}

/** checkYearsAndEachRow (rules/check.ts) on checked inputs and a rule set in hand. */
export function checkYearsAndEachRowOf(policy: CheckPolicy, rows: YearRow[], applicant: Applicant, context?: CheckContext): { findings: Finding[]; rows: Finding[][] } {
  const c = prepare(policy, rows, applicant, context);
  const perRow = c.rows.map((row) => byYearThenCode(findingsOfRow(c, row)));
  return { findings: yearsFindings(c, perRow), rows: perRow };
}

export type SpanLookup =
  | { years: number[]; extrapolated: boolean; citation: string; reviewYear: number }
  | { years: null; reason: string; reviewYear: number; citation?: string };

function matches(rule: { titleLevels: string[]; degrees?: string[] }, applicant: Applicant): boolean {
  if (!rule.titleLevels.includes(applicant.titleLevel)) return false;
  return rule.degrees === undefined || (applicant.degree !== undefined && rule.degrees.includes(applicant.degree));
}

export const titleNames: Record<Applicant['titleLevel'], string> = { 'full-senior': '正高级', senior: '副高级', intermediate: '中级' };

/** The span with the review year used; shared with checkYears. */
export function lookupSpan(policy: Pick<RuleSet, 'reviewYear' | 'spans' | 'spansUndefined' | 'docNumber'>, applicant: Applicant): SpanLookup {
  const reviewYear = applicant.reviewYear ?? policy.reviewYear;
  const undefinedCase = policy.spansUndefined.find((rule) => matches(rule, applicant));
  if (undefinedCase) return { years: null, reason: undefinedCase.reason, reviewYear, citation: undefinedCase.citation };
  const span = policy.spans.find((rule) => matches(rule, applicant));
  if (!span) {
    return {
      years: null,
      reason: `${policy.docNumber}没有规定参评${titleNames[applicant.titleLevel]}职称的核认跨度，请按评委会的规定自行设置需要核认的年度。`,
      reviewYear,
    };
  }
  // A review year without its own notice: the newest notice's pattern, shifted (the span ends the year before the review).
  const shift = reviewYear - policy.reviewYear;
  const years: number[] = [];
  for (let y = span.from + shift; y <= span.to + shift; y++) years.push(y);
  return { years, extrapolated: shift !== 0, citation: span.citation, reviewYear };
}
