// Readers of what the applicant screens show, by label text.
import { fieldValue, findFields } from './element';
import { recogniseScope } from './recognise';
import { scanDocument } from './scan';
import { APPLICANT_FIELD_LABELS, normText, YEAR_FIELD_LABELS } from './texts';
import { yearRowFrom, type PageYearRow } from './table';

/** The element holding the 申报相关信息 form (a dialog over the list, or the page), if one is showing. */
export function applicantFormRoot(doc: Document): { root: HTMLElement; variant: 'A' | 'B' } | null {
  for (const scope of scanDocument(doc)) {
    const r = recogniseScope(scope);
    if (r?.screen === 'applicant-form') return { root: scope.element, variant: r.variant };
  }
  return null;
}

/** Field label → shown value, for every labelled field in `root`. */
export function fieldValues(root: ParentNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const [label, f] of findFields(root)) out.set(label, fieldValue(f));
  return out;
}

export function idNumberOn(root: ParentNode): string {
  return fieldValues(root).get(normText(APPLICANT_FIELD_LABELS.idNumber)) ?? '';
}

/** Variant B: the year row the form holds (null until a year is chosen). */
export function formYearRow(root: ParentNode): PageYearRow | null {
  const v = fieldValues(root);
  return yearRowFrom((k) => v.get(normText(YEAR_FIELD_LABELS[k])) ?? '');
}
