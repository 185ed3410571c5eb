// Readers of what the applicant screens show, by label text.
import { mapFields, shownValue, type FormFieldKey } from './element';
import { recogniseScope } from './recognise';
import { scanDocument } from './scan';
import { yearRowFrom, type PageYearRow } from './table';

/** The element holding the 申报相关信息 form (a dialog over the list, or the page), if one is showing. */
export function applicantFormRoot(doc: Document): { root: HTMLElement; variant: 'A' | 'B' } | null {
  for (const scope of scanDocument(doc)) {
    const r = recogniseScope(scope);
    if (r?.screen === 'applicant-form') return { root: scope.element, variant: r.variant };
  }
  return null;
}

/** The form's fields whose label maps to exactly one of our keys: key → shown value, and the 「选择」 ones. */
export function readForm(root: ParentNode): { values: Map<FormFieldKey, string>; pickers: Set<FormFieldKey> } {
  const values = new Map<FormFieldKey, string>();
  const pickers = new Set<FormFieldKey>();
  for (const [key, f] of mapFields(root).byKey) {
    values.set(key, shownValue(f));
    if (f.kind === 'picker') pickers.add(key); // read-only inputs such as 单位名称, 子专业名称 in 003
  }
  return { values, pickers };
}

/** Field key → shown value, for every field of `root` whose label maps to exactly one of our keys. */
export function fieldValues(root: ParentNode): Map<FormFieldKey, string> {
  return readForm(root).values;
}

/** Keys of the fields the page sets through its own 「选择」 dialog (read-only inputs such as 单位名称, 子专业名称 in 003). */
export function pickerFields(root: ParentNode): Set<FormFieldKey> {
  return readForm(root).pickers;
}

export function idNumberOn(root: ParentNode): string {
  return fieldValues(root).get('idNumber') ?? '';
}

/** Variant B: the year row the form holds (null until a year is chosen). */
export function formYearRow(root: ParentNode): PageYearRow | null {
  const v = fieldValues(root);
  return yearRowFrom((k) => v.get(k) ?? '');
}
