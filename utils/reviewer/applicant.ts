// Collect: the applicant's header fields of 学时核认申报详细 (拟申报职称, 最高学历, 申报年度), read by their labels.
import { z } from 'zod';
import { Degree, TitleLevel } from '../../rules/schema';
import { cellText } from './read-table';
import { DEGREE_TEXTS, REVIEW_HEADER_LABELS, TITLE_TEXTS, normaliseLabel } from './texts';

export const ReviewApplicant = z.object({
  name: z.string().optional(),
  idNumber: z.string().optional(), // as shown (often masked); used only to recognise the application in the list
  titleText: z.string().optional(), // 拟申报职称 as shown
  titleLevel: TitleLevel.optional(), // undefined when the screen does not say
  degreeText: z.string().optional(),
  degree: Degree.optional(),
  reviewYear: z.number().int().optional(), // 申报年度, when shown
});
export type ReviewApplicant = z.infer<typeof ReviewApplicant>;

export function titleLevelOf(text: string): TitleLevel | undefined {
  return TITLE_TEXTS.find(([re]) => re.test(text))?.[1];
}

export function degreeOf(text: string): Degree | undefined {
  if (!text) return undefined;
  return DEGREE_TEXTS.find(([re]) => re.test(text))?.[1] ?? 'other';
}

/**
 * The value shown for a label: "拟申报职称：副高级" in one element, or the label in one element and the value in the
 * next (el-form-item label + content, or <td>label</td><td>value</td>). Table header cells are not labels.
 */
export function readLabelledValue(root: ParentNode, labels: readonly string[]): string | undefined {
  const candidates = Array.from(root.querySelectorAll('label, span, div, td, dt, b, strong, p'));
  for (const el of candidates) {
    if (el.closest('thead') || el.closest('[data-xskr-own]')) continue;
    const own = cellText(el);
    if (own.length > 40) continue;
    const norm = normaliseLabel(own);
    for (const label of labels) {
      if (norm === label) {
        const next = el.nextElementSibling;
        const value = next ? valueOf(next) : '';
        if (value) return value;
      } else if (el.children.length === 0 && norm.startsWith(label) && /^[:：]/.test(norm.slice(label.length))) {
        const value = norm.slice(label.length + 1);
        if (value) return value;
      }
    }
  }
  return undefined;
}

function valueOf(el: Element): string {
  const input = el.matches('input, textarea') ? (el as HTMLInputElement) : el.querySelector('input, textarea');
  if (input && (input as HTMLInputElement).value) return (input as HTMLInputElement).value.trim();
  return cellText(el);
}

export function readApplicant(root: ParentNode): ReviewApplicant {
  const titleText = readLabelledValue(root, REVIEW_HEADER_LABELS.title);
  const degreeText = readLabelledValue(root, REVIEW_HEADER_LABELS.degree);
  const yearText = readLabelledValue(root, REVIEW_HEADER_LABELS.reviewYear);
  const year = yearText ? /(19|20)\d{2}/.exec(yearText) : null;
  return ReviewApplicant.parse({
    name: readLabelledValue(root, REVIEW_HEADER_LABELS.name),
    idNumber: readLabelledValue(root, REVIEW_HEADER_LABELS.idNumber),
    titleText,
    titleLevel: titleText ? titleLevelOf(titleText) : undefined,
    degreeText,
    degree: degreeText ? degreeOf(degreeText) : undefined,
    reviewYear: year ? Number(year[0]) : undefined,
  });
}
