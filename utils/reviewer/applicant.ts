// Collect: the applicant's header fields of 学时核认申报详细 (拟申报职称, 最高学历, 申报年度), read by their labels.
import { z } from 'zod';
import { Degree, TitleLevel } from '../../rules/schema';
import { shownText, XSKR_OWN } from '../portal/table';
import { DEGREE_TEXTS, normSet, normText, REVIEW_HEADER_FIELDS, TITLE_TEXTS, type Wording } from '../portal/texts';

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

/** A cheap test of an element's raw text before the exact label comparison. */
const LABEL_HINT = /职称|学历|年度|年限|年份|姓名|身份证|证件|号码/;
/** Spaces and zero-width characters a page may put inside a label (年 度, 姓\u200b名), dropped before the hint. */
const SPACES = /[\s\u200b-\u200f\u2060\ufeff]/g;

/**
 * The values shown for labels: "拟申报职称：副高级" in one element, or the label in one element and the value in the
 * next (el-form-item label + content, or <td>label</td><td>value</td>). Table header cells are not labels.
 * Labels are matched through the one normaliser and their synonyms (身份证号 / 证件号码 …).
 * One pass over the page for every field (a 500-row table has ten thousand cells).
 */
export function readLabelledValues<K extends string>(
  root: ParentNode,
  fields: Record<K, readonly Wording[]>,
  skip?: (el: Element) => boolean,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const byText = new Map<string, K>();
  for (const [key, wordings] of Object.entries(fields) as [K, readonly Wording[]][]) for (const t of normSet(wordings)) if (!byText.has(t)) byText.set(t, key);
  for (const el of labelCandidates(root, skip)) {
    const raw = el.textContent ?? '';
    if (raw.length > 60 || !LABEL_HINT.test(raw.replace(SPACES, ''))) continue;
    const text = shownText(el);
    let key = byText.get(normText(text));
    let value: string | undefined;
    if (key !== undefined) {
      const next = el.nextElementSibling;
      value = next ? valueOf(next) : '';
    } else if (el.children.length === 0) {
      const m = /^([^:：]+)[:：](.*)$/.exec(text.normalize('NFKC'));
      key = m ? byText.get(normText(m[1])) : undefined;
      value = m?.[2].replace(/\s+/g, '');
    }
    if (key !== undefined && value && out[key] === undefined) out[key] = value;
  }
  return out;
}

const LABEL_TAGS = new Set(['label', 'span', 'div', 'td', 'th', 'dt', 'b', 'strong', 'p']);

/**
 * The elements that may hold a label, in document order: never inside a table header (column titles are not labels),
 * nor inside what the extension inserted, nor inside what `skip` says (the yearly table's data rows: thousands of
 * cells that hold values, not labels) — whole subtrees are left out, not looked at one element at a time.
 */
function labelCandidates(root: ParentNode, skip?: (el: Element) => boolean): Element[] {
  const start = root as Node;
  if (start.nodeType === 1 && (start as Element).closest(`thead, [${XSKR_OWN}]`)) return [];
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  if (!doc) return [];
  const walker = doc.createTreeWalker(start, 1 /* SHOW_ELEMENT */, {
    acceptNode: (node) => {
      const el = node as Element;
      if (el.localName === 'thead' || el.hasAttribute(XSKR_OWN) || skip?.(el)) return 2; // FILTER_REJECT: the subtree too
      return LABEL_TAGS.has(el.localName) ? 1 /* FILTER_ACCEPT */ : 3 /* FILTER_SKIP */;
    },
  });
  const out: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Element);
  return out;
}

function valueOf(el: Element): string {
  const input = el.matches('input, textarea') ? (el as HTMLInputElement) : el.querySelector('input, textarea');
  if (input && (input as HTMLInputElement).value) return (input as HTMLInputElement).value.trim();
  return shownText(el);
}

/** `skip`: subtrees that hold no header field (the yearly tables' data rows, see read-table.ts dataRowTest). */
export function readApplicant(root: ParentNode, skip?: (el: Element) => boolean): ReviewApplicant {
  const v = readLabelledValues(root, REVIEW_HEADER_FIELDS, skip);
  const { title: titleText, degree: degreeText, reviewYear: yearText } = v;
  const year = yearText ? /(19|20)\d{2}/.exec(yearText) : null;
  return ReviewApplicant.parse({
    name: v.name,
    idNumber: v.idNumber,
    titleText,
    titleLevel: titleText ? titleLevelOf(titleText) : undefined,
    degreeText,
    degree: degreeText ? degreeOf(degreeText) : undefined,
    reviewYear: year ? Number(year[0]) : undefined,
  });
}
