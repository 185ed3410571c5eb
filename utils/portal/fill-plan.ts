// Collect → plan → apply (Bitwarden's autofill): the plan is plain zod-typed data, made without a browser.
import { z } from 'zod';
import { FiledYearRow } from '../../rules/schema';
import { fmtHundredths } from '../../rules/numbers';
import type { ApplicantDetails } from './applicant-collect';
import { APPLICANT_FIELD_NAMES, normText, TEXTS, YEAR_FIELD_NAMES, type ApplicantFieldKey, type YearFieldKey } from './texts';

/** A field the extension writes, by key (the page's label is matched to it when applied); `label` is for messages. */
const FieldKey = z.custom<YearFieldKey | ApplicantFieldKey>((v) => typeof v === 'string' && (v in YEAR_FIELD_NAMES || v in APPLICANT_FIELD_NAMES));

export const FillStep = z.discriminatedUnion('kind', [
  /** Variant A: click 新增 in 申报年度明细信息 and wait for the year dialog. */
  z.object({ kind: z.literal('open-add'), year: z.number().int() }),
  z.object({ kind: z.literal('year'), field: FieldKey, label: z.string(), value: z.number().int() }),
  z.object({ kind: z.literal('text'), field: FieldKey, label: z.string(), value: z.string() }),
  /** A select: `value` is the ledger's text, matched to the options the page offers when applied. */
  z.object({ kind: z.literal('select'), field: FieldKey, label: z.string(), value: z.string() }),
  /** Click 保存 and wait for the portal's own save. */
  z.object({ kind: z.literal('save'), year: z.number().int() }),
  /** Read the row back from the page and compare field by field. */
  z.object({ kind: z.literal('verify'), row: FiledYearRow }),
]);
export type FillStep = z.infer<typeof FillStep>;

export const YearPlan = z.object({ year: z.number().int(), steps: z.array(FillStep) });
export type YearPlan = z.infer<typeof YearPlan>;

export const Skip = z.object({ year: z.number().int(), reason: z.string() });
export type Skip = z.infer<typeof Skip>;

export const FillPlan = z.object({ years: z.array(YearPlan), skipped: z.array(Skip) });
export type FillPlan = z.infer<typeof FillPlan>;

const L = YEAR_FIELD_NAMES;

/** The field steps of one year row, in the order a user fills the dialog (year first: it may load platform data). */
export function yearFieldSteps(row: FiledYearRow): FillStep[] {
  const step = <K extends 'text' | 'select'>(kind: K, field: YearFieldKey, value: string) => ({ kind, field, label: L[field], value });
  return [
    { kind: 'year', field: 'year', label: L.year, value: row.year },
    step('text', 'publicName', row.publicName),
    step('text', 'publicHours', fmtHundredths(row.publicHours)),
    step('select', 'publicForm', row.publicForm),
    step('text', 'professionalName', row.professionalName),
    step('text', 'professionalHours', fmtHundredths(row.professionalHours)),
    step('select', 'professionalForm', row.professionalForm),
    step('text', 'totalHours', fmtHundredths(row.totalHours)),
  ];
}

export interface YearPlanInput {
  /** The span years (requiredYears); null when the rule set does not define one. */
  spanYears: number[] | null;
  ledgerRows: FiledYearRow[];
  /** Years the screen already holds (never touched). */
  pageYears: number[];
  variant: 'A' | 'B';
  /**
   * Years an earlier 学时认定单 / 合格证明 proves (湘人社办函〔2025〕37号 三.(四); 株人社函〔2025〕8号 三.(三);
   * 潭人社函〔2022〕18号 三.(二)): no row is added for them; `text` names the form, for the skip reason.
   */
  covered?: { year: number; text: string }[];
}

function missingNames(row: FiledYearRow): string | null {
  const lacks: string[] = [];
  if (!row.publicName.trim()) lacks.push('公需科目名称');
  if (!row.professionalName.trim()) lacks.push('专业科目名称');
  if (!row.publicForm.trim()) lacks.push('公需科目继续教育形式');
  if (!row.professionalForm.trim()) lacks.push('专业科目继续教育形式');
  return lacks.length ? `台账缺少${lacks.join('、')}，请在台账补全` : null;
}

/**
 * Variant A: one year plan per span year the page lacks (新增 → fields → 保存 → verify).
 * Variant B: the form of the first span year not filed yet (fields only; the user saves).
 */
export function planYearRows(input: YearPlanInput): FillPlan {
  const skipped: Skip[] = [];
  const years: YearPlan[] = [];
  if (!input.spanYears) return { years, skipped };
  const held = new Set(input.pageYears);
  for (const year of input.spanYears) {
    if (held.has(year)) {
      skipped.push({ year, reason: '网页上已有该年度，不改动' });
      continue;
    }
    const cover = input.covered?.find((c) => c.year === year);
    if (cover) {
      skipped.push({ year, reason: `${cover.text}，不添加该年度的行` });
      continue;
    }
    const row = input.ledgerRows.find((r) => r.year === year);
    if (!row || (row.publicHours === 0 && row.professionalHours === 0 && !row.wholeYear)) {
      skipped.push({ year, reason: '台账里没有该年度的学时' });
      continue;
    }
    const lack = missingNames(row);
    if (lack) {
      skipped.push({ year, reason: lack });
      continue;
    }
    const fields = yearFieldSteps(row);
    if (input.variant === 'A') {
      years.push({ year, steps: [{ kind: 'open-add', year }, ...fields, { kind: 'save', year }, { kind: 'verify', row }] });
    } else {
      years.push({ year, steps: fields });
      break; // variant B: one application per year
    }
  }
  return FillPlan.parse({ years, skipped });
}

export interface ApplicantValues {
  idNumber?: string;
  name?: string;
  phone?: string;
  titleLevel?: 'full-senior' | 'senior' | 'intermediate';
  degree?: 'doctor' | 'master' | 'bachelor' | 'other';
  ethnicity?: string;
  employerType?: string;
  category?: string;
  subSpecialty?: string;
  region?: string;
}

/**
 * 申报相关信息 fields the profile knows, for the fields that are empty on the page (never overwrites). `pageValues`
 * holds only the fields whose label maps to exactly one key: a field we cannot name is never written.
 */
export function planApplicantFields(
  profile: ApplicantValues,
  pageValues: ReadonlyMap<string, string>,
  /** Fields the page sets through its own 「选择」 dialog (a read-only input): left to the user, with the ledger's value. */
  pickers: ReadonlySet<string> = new Set(),
): { steps: FillStep[]; differs: string[]; manual: { label: string; value: string }[] } {
  const wanted: [field: ApplicantFieldKey, kind: 'text' | 'select', value: string | undefined][] = [
    ['idNumber', 'text', profile.idNumber],
    ['name', 'text', profile.name],
    ['phone', 'text', profile.phone],
    ['titleLevel', 'select', profile.titleLevel ? TEXTS.titleLevels[profile.titleLevel] : undefined],
    ['degree', 'select', profile.degree ? TEXTS.degrees[profile.degree] || undefined : undefined],
    // The rest of the form, in the guide's order; the page's own control decides how each is set (select or input).
    ['ethnicity', 'select', profile.ethnicity],
    ['employerType', 'select', profile.employerType],
    ['category', 'select', profile.category],
    ['subSpecialty', 'text', profile.subSpecialty],
    ['region', 'select', profile.region],
  ];
  const steps: FillStep[] = [];
  const differs: string[] = [];
  const manual: { label: string; value: string }[] = [];
  for (const [field, kind, value] of wanted) {
    if (!value) continue;
    if (!pageValues.has(field)) continue; // the page does not show this field (or we cannot tell which it is)
    const label = APPLICANT_FIELD_NAMES[field];
    const current = pageValues.get(field) ?? '';
    if (current === '' && pickers.has(field)) manual.push({ label, value });
    else if (current === '') steps.push({ kind, field, label, value });
    else if (normText(current) !== normText(value) && !current.includes('*')) differs.push(label);
  }
  return { steps, differs, manual };
}

/** What the fill takes from the ledger context (PortalContext). */
export interface LedgerFill {
  spanYears: number[] | null;
  rows: FiledYearRow[];
  covered?: { year: number; text: string }[];
}

/** Only empty fields: the year when the form holds none yet, a text or select when the page shows it empty. */
function onlyEmpty(steps: FillStep[], details: Pick<ApplicantDetails, 'fields' | 'formYear'>): FillStep[] {
  return steps.filter((s) =>
    s.kind === 'year' ? !details.formYear : s.kind === 'text' || s.kind === 'select' ? !(details.fields[s.field] ?? '') : false,
  );
}

/**
 * The fill of the screen the details were collected from (variant A: the 申报年度明细信息 rows; variant B: the form).
 * Variant B's form may already hold a year the user chose: that year's empty fields only, never one the user filled.
 */
export function planScreenFill(details: ApplicantDetails, ledger: LedgerFill): FillPlan {
  const { spanYears, rows: ledgerRows, covered } = ledger;
  if (details.variant === 'A') return planYearRows({ spanYears, ledgerRows, pageYears: details.pageYears, variant: 'A', covered });
  const current = details.formYear;
  // Variant B's form lists the years already filed (已申报学时信息: the other applications).
  const plan = current
    ? planYearRows({ spanYears: [current.year], ledgerRows, pageYears: [], variant: 'B', covered: [] })
    : planYearRows({ spanYears, ledgerRows, pageYears: details.pageYears, variant: 'B', covered });
  return FillPlan.parse({ ...plan, years: plan.years.map((yp) => ({ ...yp, steps: onlyEmpty(yp.steps, details) })) });
}

/**
 * A year dialog the user opened by hand (新增/修改): the year it holds, or the first span year the 申报年度明细信息 under
 * it lacks that the ledger has (never one an earlier 学时认定单 proves); its empty fields only.
 */
export function planDialogFill(
  details: Pick<ApplicantDetails, 'fields' | 'formYear'>,
  heldYears: readonly number[],
  ledger: Pick<LedgerFill, 'spanYears' | 'rows'> & { coveredYears: readonly number[] },
): { year: number; steps: FillStep[] } | { year: null } {
  let year = details.formYear?.year;
  if (year === undefined) {
    const held = new Set(heldYears);
    const covered = new Set(ledger.coveredYears);
    year = (ledger.spanYears ?? []).find((y) => !held.has(y) && !covered.has(y) && ledger.rows.some((r) => r.year === y));
  }
  const row = ledger.rows.find((r) => r.year === year);
  if (year === undefined || !row) return { year: null };
  return { year, steps: onlyEmpty(yearFieldSteps(row), details) };
}
