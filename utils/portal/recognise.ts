// Which portal screen is showing: one small predicate per screen over the texts a scan collected
// (github-url-detection style). Each predicate lists the fixtures it must match (test/fixtures/screens/);
// the matrix test runs every fixture against every predicate.
import type { PortalVariant, Recognition, ScreenId } from './screens';
import { scanDocument, topScope, type Scope } from './scan';
import { APPLICANT_FIELD_LABELS, normText, TEXTS, YEAR_FIELD_LABELS } from './texts';

export type Match = 'full' | 'partial' | 'none';

export interface ScreenPredicate {
  screen: ScreenId;
  /** Fixture files (without .html) that show this screen: hand-written from the guides, and captured from the replica (`replica-*`, see capture.ts). */
  examples: string[];
  test(scope: Scope): { match: Match; variant?: PortalVariant };
}

const has = (scope: Scope, text: string) => scope.texts.has(normText(text));
const hasAny = (scope: Scope, texts: readonly string[]) => texts.some((t) => has(scope, t));
const count = (scope: Scope, texts: readonly string[]) => texts.filter((t) => has(scope, t)).length;
const titleIs = (scope: Scope, titles: readonly string[]) => titles.some((t) => normText(t) === scope.title);

/** all → full; at least `partialAt` → partial; else none. */
function grade(hits: number, all: number, partialAt = 2): Match {
  if (hits >= all) return 'full';
  return hits >= partialAt ? 'partial' : 'none';
}

const yearLabels = Object.values(YEAR_FIELD_LABELS);
const yearColumns = yearLabels; // the year table shows the same names as column headers
const applicantCore = [APPLICANT_FIELD_LABELS.idNumber, APPLICANT_FIELD_LABELS.name, APPLICANT_FIELD_LABELS.titleLevel, APPLICANT_FIELD_LABELS.phone, APPLICANT_FIELD_LABELS.degree];

export const predicates: ScreenPredicate[] = [
  {
    screen: 'applicant-list',
    examples: ['applicant-list-a', 'applicant-list-b', 'replica-applicant-list-a', 'replica-applicant-list-a-alt', 'replica-applicant-list-b', 'replica-applicant-list-b-alt'],
    test(s) {
      if (s.kind !== 'page') return { match: 'none' };
      const c = TEXTS.list.columns;
      const core = [TEXTS.list.addButton, TEXTS.list.title, c.name, c.actions];
      const hits = count(s, core) + (hasAny(s, c.idNumber) ? 1 : 0);
      const variant: PortalVariant = has(s, c.statusB) ? 'B' : 'A';
      const statusCol = has(s, c.statusA) || has(s, c.statusB) ? 1 : 0;
      // The form (opened from the list) replaces it; when both show, the form wins.
      if (has(s, TEXTS.form.title) || has(s, YEAR_FIELD_LABELS.publicName)) return { match: 'none' };
      return { match: grade(hits + statusCol, core.length + 2, 3), variant };
    },
  },
  {
    screen: 'applicant-form',
    examples: ['applicant-form-a', 'applicant-form-a-alt', 'applicant-form-b', 'replica-applicant-form-a', 'replica-applicant-form-a-alt', 'replica-applicant-form-b', 'replica-applicant-form-b-alt'],
    test(s) {
      // On the page or in a dialog over the list (the portal opens the form either way).
      const core = count(s, applicantCore);
      if (has(s, TEXTS.form.evidenceButton) || (has(s, YEAR_FIELD_LABELS.publicName) && has(s, YEAR_FIELD_LABELS.professionalName))) {
        // Variant B: the year's fields are in the main form.
        return { match: grade(core + count(s, yearLabels) + (has(s, TEXTS.form.evidenceButton) ? 1 : 0), applicantCore.length + yearLabels.length + 1, 3), variant: 'B' };
      }
      const extra = [TEXTS.form.title, TEXTS.form.filedTable, TEXTS.form.next];
      return { match: grade(core + count(s, extra), applicantCore.length + extra.length, 3), variant: 'A' };
    },
  },
  {
    screen: 'year-detail',
    examples: ['year-detail', 'year-detail-alt', 'replica-year-detail', 'replica-year-detail-alt'],
    test(s) {
      if (s.kind !== 'dialog') return { match: 'none' };
      if (!titleIs(s, [TEXTS.yearDetail.title])) return { match: 'none' };
      return { match: grade(count(s, yearColumns) + (has(s, TEXTS.yearDetail.add) ? 1 : 0), yearColumns.length + 1, 0), variant: 'A' };
    },
  },
  {
    screen: 'year-form',
    examples: ['year-form', 'year-form-alt', 'replica-year-form', 'replica-year-form-alt'],
    test(s) {
      if (s.kind !== 'dialog') return { match: 'none' };
      if (!titleIs(s, TEXTS.yearForm.titles)) return { match: 'none' };
      return { match: grade(count(s, yearLabels) + (has(s, TEXTS.yearForm.save) ? 1 : 0), yearLabels.length + 1, 0), variant: 'A' };
    },
  },
  {
    screen: 'evidence-upload',
    examples: ['evidence-upload-a', 'evidence-upload-b', 'replica-evidence-upload-a', 'replica-evidence-upload-a-alt', 'replica-evidence-upload-b', 'replica-evidence-upload-b-alt'],
    test(s) {
      if (s.kind !== 'dialog') return { match: 'none' };
      if (!titleIs(s, TEXTS.upload.titles)) return { match: 'none' };
      const fileInput = s.element.querySelector('input[type="file"]') !== null;
      const variant: PortalVariant = has(s, TEXTS.upload.hoursSlot) ? 'B' : 'A';
      return { match: fileInput ? 'full' : 'partial', variant };
    },
  },
  {
    screen: 'hr-list',
    examples: ['hr-list-unit', 'hr-list-upper', 'replica-hr-list-unit', 'replica-hr-list-unit-alt', 'replica-hr-list-upper', 'replica-hr-list-upper-alt'],
    test(s) {
      if (s.kind !== 'page') return { match: 'none' };
      if (has(s, TEXTS.hr.detailTitle) || has(s, TEXTS.list.addButton)) return { match: 'none' };
      const c = TEXTS.hr.columns;
      const hits = (hasAny(s, TEXTS.hr.listTitles) ? 1 : 0) + count(s, [TEXTS.hr.query, TEXTS.list.columns.name, c.status, c.actions]);
      return { match: grade(hits, 5, 3), variant: 'A' };
    },
  },
  {
    screen: 'hr-detail',
    examples: ['hr-detail', 'replica-hr-detail', 'replica-hr-detail-alt'],
    test(s) {
      const core = [TEXTS.hr.detailTitle, TEXTS.hr.detailTable, YEAR_FIELD_LABELS.year, YEAR_FIELD_LABELS.publicHours, YEAR_FIELD_LABELS.professionalHours, YEAR_FIELD_LABELS.totalHours];
      const inTitle = s.kind === 'dialog' && s.title === normText(TEXTS.hr.detailTitle) ? 1 : 0;
      return { match: grade(count(s, core) + inTitle, core.length, 2), variant: 'A' };
    },
  },
];

/** Grades one scope against every predicate: the single full match, or null (unknown / half-matching / ambiguous). */
export function recogniseScope(scope: Scope): { screen: ScreenId; variant: PortalVariant } | null {
  const results = predicates.map((p) => ({ p, r: p.test(scope) }));
  const full = results.filter((x) => x.r.match === 'full');
  if (full.length !== 1) return null;
  return { screen: full[0].p.screen, variant: full[0].r.variant ?? 'A' };
}

/** The screen showing in `doc`: decided by the topmost open dialog, or the page when no dialog is open. */
export function recognise(doc: Document): Recognition | null {
  const scopes = scanDocument(doc);
  const top = topScope(scopes);
  if (!top) return null;
  const r = recogniseScope(top);
  if (!r) return null;
  // A dialog of variant A also opens over a variant-B page? No: B has no year dialogs. Keep the page's variant for uploads.
  let variant = r.variant;
  if (r.screen === 'evidence-upload' && scopes.some((s) => s !== top && recogniseScope(s)?.variant === 'B')) variant = 'B';
  return { screen: r.screen, variant, root: top.element };
}
