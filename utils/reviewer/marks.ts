// The reviewer's marks: what each row's badge says (in the UI language), put on the page's rows through the one
// row-mark module (utils/portal/row-marks.ts: data-xskr-status / data-xskr-codes, the badge, its stylesheet).
import type { Finding } from '../../rules/schema';
import { findingLineText, wholeYearNoteText } from '../finding-text';
import { t } from '../i18n';
import { uiLang, type UiLanguage } from '../i18n-shell';
import type { RowMark } from './review-check';
import { isMarked, markRow, STATUS_ATTR, unmarkRow, type BadgeKind } from '../portal/row-marks';
import type { ReviewRowData } from './read-table';

/** The row's evidence was never seen: its line in the tooltip and the panel (in the UI language). */
export const unseenLine = (lang: UiLanguage = uiLang.peek()): string => t('badgeUnseenLine', undefined, lang);

/** A finding's line in the badge's tooltip, in the UI language (the rejection reason is built elsewhere, in Chinese). */
export function findingLine(f: Finding, lang: UiLanguage = uiLang.peek()): string {
  return findingLineText(f, lang);
}

// The badges and tooltips are ours, so they follow the UI language (read untracked: the feature re-marks the rows
// when it changes). data-xskr-status / data-xskr-codes stay language-free for the contract.
function badgeContent(mark: RowMark, lang: UiLanguage, lineOf: (f: Finding) => string): { kind: BadgeKind; text: string; tip: string; label: string } {
  const errors = mark.findings.filter((f) => f.severity === 'error');
  const lines = mark.findings.map(lineOf);
  if (mark.wholeYear) lines.unshift(t('badgeWholeYearNote', { message: wholeYearNoteText(mark.wholeYear, lang) }, lang));
  if (mark.evidence === 'unseen') lines.push(unseenLine(lang));
  const tip = lines.join('\n');
  const label = (text: string, tipText = tip) => t('badgeLabel', { text, tip: tipText }, lang);
  // Short texts: the 年度 column is narrow (70 px on the portal); the tooltip carries the reasons.
  if (errors.length > 0) {
    const text = t('badgeProblem', { count: errors.length }, lang);
    return { kind: 'problem', text, tip, label: label(t('badgeProblemLabel', { count: errors.length }, lang)) };
  }
  if (mark.status === 'unchecked') return { kind: 'unseen', text: t('badgeUnseen', undefined, lang), tip, label: label(t('badgeUnseenLabel', undefined, lang)) };
  if (mark.findings.length > 0) return { kind: 'warning', text: t('badgeWarning', undefined, lang), tip, label: label(t('badgeWarning', undefined, lang)) };
  if (mark.wholeYear) return { kind: 'ok', text: t('badgeWholeYear', undefined, lang), tip, label: label(t('badgeWholeYear', undefined, lang)) };
  const okTip = t('badgeOkTip', undefined, lang);
  return { kind: 'ok', text: t('badgeOk', undefined, lang), tip: okTip, label: label(t('badgeOk', undefined, lang), okTip) };
}

/** A row to mark: its <tr>, the cell the badge goes into, and what its mark is found by (group + index). */
export interface MarkTarget {
  tr: HTMLTableRowElement;
  yearCell: HTMLTableCellElement;
  data: Pick<ReviewRowData, 'groupKey' | 'index'>;
}

/** What a row's badge says: the rows of one pass that say the same share one object (and one filled badge to clone). */
type BadgeContent = ReturnType<typeof badgeContent>;

/**
 * The key of what a mark's badge says: rows with the same findings, status, evidence and whole-year note get the same
 * badge. One string per row instead of the badge's wording (a tooltip join and a label pattern per row).
 */
function contentKey(mark: RowMark): string {
  let key = `${mark.status}|${mark.evidence ?? ''}|${mark.wholeYear ? `${mark.wholeYear.activity}|${mark.wholeYear.message}` : ''}`;
  for (const f of mark.findings) key += `\n${f.code}|${f.year ?? ''}|${f.severity}|${f.citation ?? ''}|${f.message}`;
  return key;
}

/** Marks the table's rows with their results; rows without a result (no year) lose any stale mark. */
export function applyMarks(table: { body: HTMLTableElement; rows: readonly MarkTarget[] }, marks: readonly RowMark[]): void {
  const lang = uiLang.peek();
  // A 500-row table has a few dozen different findings: each is worded once (the wording is a few pattern replaces),
  // and each different badge once.
  const lines = new Map<string, string>();
  const lineOf = (f: Finding) => {
    const key = `${f.code}|${f.year ?? ''}|${f.severity}|${f.citation ?? ''}|${f.message}`;
    let line = lines.get(key);
    if (line === undefined) lines.set(key, (line = findingLine(f, lang)));
    return line;
  };
  const contents = new Map<string, BadgeContent>();
  const contentOf = (mark: RowMark) => {
    const key = contentKey(mark);
    let content = contents.get(key);
    if (content === undefined) contents.set(key, (content = badgeContent(mark, lang, lineOf)));
    return content;
  };
  const byGroup = new Map<string, Map<number, RowMark>>();
  for (const m of marks) {
    let byIndex = byGroup.get(m.groupKey);
    if (!byIndex) byGroup.set(m.groupKey, (byIndex = new Map()));
    byIndex.set(m.index, m);
  }
  const byTr = new Map<HTMLTableRowElement, { mark: RowMark; yearCell: HTMLTableCellElement }>();
  for (const row of table.rows) {
    const mark = byGroup.get(row.data.groupKey)?.get(row.data.index);
    if (mark) byTr.set(row.tr, { mark, yearCell: row.yearCell });
  }
  const trs = table.body.rows;
  for (let i = 0; i < trs.length; i++) {
    const tr = trs[i];
    const found = byTr.get(tr);
    if (!found) {
      if (isMarked(tr) || tr.hasAttribute(STATUS_ATTR)) unmarkRow(tr);
      continue;
    }
    const { mark, yearCell } = found;
    const content = contentOf(mark);
    // data-xskr-status only when the row is decided (ok | problem, the contract's values); a row whose 学时材料 were
    // never seen and that has no error is not decided yet, so it has none (data-xskr-evidence says why).
    markRow(tr, {
      status: mark.status === 'unchecked' ? null : mark.status,
      codes: mark.codes,
      tip: content.tip,
      evidence: mark.evidence,
      wholeYear: mark.wholeYear?.activity,
      badge: { cell: yearCell, kind: content.kind, text: content.text, label: content.label, same: content },
    });
  }
}
