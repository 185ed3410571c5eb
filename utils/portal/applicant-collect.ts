// Collect: what an applicant screen shows, read into plain zod-typed details (Bitwarden's collect → plan → apply). The
// check (applicant-check.ts) and the fill plan (fill-plan.ts) take these details and nothing of the DOM; the features
// only wire the three to the page. The rows' <tr>s come back beside the details, for the row marks.
import { z } from 'zod';
import { declarationKey } from './declarations';
import { applicantFormRoot, readForm } from './page';
import { recogniseScope } from './recognise';
import { scanDocument } from './scan';
import type { PortalVariant, Recognition, ScreenId } from './screens';
import { PageYearRow, readYearRows, yearRowFrom } from './table';

/** What the collect needs of a recognised applicant screen (a feature's context has all of it). */
export interface ApplicantScreen {
  screen: ScreenId;
  recognition: Pick<Recognition, 'variant'>;
  doc: Document;
  root: HTMLElement;
}

export const ApplicantDetails = z.object({
  variant: z.enum(['A', 'B']),
  /** The declaration (申报) the screen belongs to: the 申报相关信息 form's 证件号码 (variant B: with its year). */
  key: z.string().nullable(),
  /** The year rows to check: the 申报年度明细信息 table's (variant A), the form's own year (variant B). */
  rows: z.array(PageYearRow),
  /** Whether the screen shows uploads per row (year dialog, variant B's form) or not (the form's summary table). */
  evidenceKnown: z.boolean(),
  /** Years the screen already holds in a table: never touched by a fill (variant B: 已申报学时信息, other applications). */
  pageYears: z.array(z.number().int()),
  /** The form's fields whose label names exactly one of our keys, with the value shown ('' = empty). */
  fields: z.record(z.string(), z.string()),
  /** Fields set through the page's own 「选择」 dialog (read-only inputs): left to the user. */
  pickers: z.array(z.string()),
  /** The year row the form holds (variant B's form, a year dialog), null until a year is chosen. */
  formYear: PageYearRow.nullable(),
});
export type ApplicantDetails = z.infer<typeof ApplicantDetails>;

export interface Collected {
  details: ApplicantDetails;
  /** The <tr> of each of `details.rows` (same index); undefined for a row that is a form, not a table row. */
  rowElements: (HTMLTableRowElement | undefined)[];
}

/** The form's fields as plain data. */
function formFields(root: ParentNode): { fields: Record<string, string>; pickers: string[] } {
  const { values, pickers } = readForm(root);
  return { fields: Object.fromEntries(values), pickers: [...pickers] };
}

const formYearOf = (fields: Record<string, string>) => yearRowFrom((k) => fields[k] ?? '');

/** Years a table under `root` shows (申报年度明细信息, 已申报学时信息). */
export function pageYearsOf(root: ParentNode): number[] {
  return (readYearRows(root)?.rows ?? []).map((r) => r.year);
}

/** The years the 申报年度明细信息 dialog under a year dialog holds (the year dialog is opened from it). */
export function detailYearsOn(doc: Document): number[] {
  const detail = scanDocument(doc).find((sc) => recogniseScope(sc)?.screen === 'year-detail');
  return detail ? pageYearsOf(detail.element) : [];
}

/** Reads an applicant screen (applicant-form, year-detail, year-form) into details. */
export function collectApplicant(s: ApplicantScreen): Collected {
  const variant: PortalVariant = s.recognition.variant;
  const own = formFields(s.root);
  const formYear = formYearOf(own.fields);
  // The declaration's ID is on the 申报相关信息 form: this screen, or the form under the dialog.
  const form = s.screen === 'applicant-form' ? { root: s.root } : applicantFormRoot(s.doc);
  const id = (form && form.root !== s.root ? formFields(form.root).fields : own.fields).idNumber ?? '';
  const table = readYearRows(s.root)?.rows ?? [];
  const base = { variant, fields: own.fields, pickers: own.pickers, formYear };
  if (variant === 'B') {
    return {
      details: { ...base, key: declarationKey(id, formYear?.year), rows: formYear ? [formYear] : [], evidenceKnown: true, pageYears: table.map((r) => r.year) },
      rowElements: formYear ? [undefined] : [],
    };
  }
  return {
    details: {
      ...base,
      key: declarationKey(id),
      rows: table.map(({ tr: _tr, ...row }) => row),
      evidenceKnown: s.screen === 'year-detail',
      pageYears: table.map((r) => r.year),
    },
    rowElements: table.map((r) => r.tr),
  };
}

/** The declaration the open 申报相关信息 form belongs to (variant B: with the year it holds), or null. */
export function formDeclarationKey(doc: Document): string | null {
  const form = applicantFormRoot(doc);
  if (!form) return null;
  const { fields } = formFields(form.root);
  return declarationKey(fields.idNumber ?? '', form.variant === 'B' ? formYearOf(fields)?.year : undefined);
}

