// The reviewer's marks: what each row's badge says (in the UI language), put on the page's rows through the one
// row-mark module (utils/portal/row-marks.ts: data-xskr-status / data-xskr-codes, the badge, its stylesheet).
import type { Finding } from '../../rules/schema';
import { findingLineText, wholeYearNoteText } from '../finding-text';
import { t } from '../i18n';
import { uiLang, type UiLanguage } from '../i18n-shell';
import type { RowMark } from './review-check';
import { isMarked, markRow, STATUS_ATTR, unmarkRow, type BadgeKind } from '../portal/row-marks';
import type { ReviewTable } from './read-table';

/** The row's evidence was never seen: its line in the tooltip and the panel (in the UI language). */
export const unseenLine = (lang: UiLanguage = uiLang.peek()): string => t('badgeUnseenLine', undefined, lang);

/** A finding's line in the badge's tooltip, in the UI language (the rejection reason is built elsewhere, in Chinese). */
export function findingLine(f: Finding, lang: UiLanguage = uiLang.peek()): string {
  return findingLineText(f, lang);
}

// The badges and tooltips are ours, so they follow the UI language (read untracked: the feature re-marks the rows
// when it changes). data-xskr-status / data-xskr-codes stay language-free for the contract.
function badgeContent(mark: RowMark, lang: UiLanguage): { kind: BadgeKind; text: string; tip: string; label: string } {
  const errors = mark.findings.filter((f) => f.severity === 'error');
  const lines = mark.findings.map((f) => findingLine(f, lang));
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

/** Marks the table's rows with their results; rows without a result (no year) lose any stale mark. */
export function applyMarks(table: ReviewTable, marks: RowMark[]): void {
  const lang = uiLang.peek();
  const byTr = new Map<HTMLTableRowElement, { mark: RowMark; yearCell: HTMLTableCellElement }>();
  const byIndex = new Map(marks.map((m) => [`${m.groupKey}#${m.index}`, m]));
  for (const row of table.rows) {
    const mark = byIndex.get(`${row.data.groupKey}#${row.data.index}`);
    if (mark) byTr.set(row.tr, { mark, yearCell: row.yearCell });
  }
  for (const tr of Array.from(table.body.rows)) {
    const found = byTr.get(tr);
    if (!found) {
      if (isMarked(tr) || tr.hasAttribute(STATUS_ATTR)) unmarkRow(tr);
      continue;
    }
    const { mark, yearCell } = found;
    const { kind, text, tip, label } = badgeContent(mark, lang);
    // data-xskr-status only when the row is decided (ok | problem, the contract's values); a row whose 学时材料 were
    // never seen and that has no error is not decided yet, so it has none (data-xskr-evidence says why).
    markRow(tr, {
      status: mark.status === 'unchecked' ? null : mark.status,
      codes: mark.codes,
      tip,
      evidence: mark.evidence,
      wholeYear: mark.wholeYear?.activity,
      badge: { cell: yearCell, kind, text, label },
    });
  }
}
