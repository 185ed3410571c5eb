// Apply: put the marks on the page's rows (data-xskr-status / data-xskr-codes + a visible badge with a tooltip).
// Idempotent: writing the same marks again changes nothing, so a MutationObserver watching the table settles.
import type { Finding } from '../../rules/schema';
import { findingLineText, wholeYearNoteText } from '../finding-text';
import { t, uiLang, type UiLanguage } from '../i18n';
import type { RowMark } from './check';
import { XSKR_OWN, type ReviewTable } from './read-table';

export const STATUS_ATTR = 'data-xskr-status';
export const CODES_ATTR = 'data-xskr-codes';
/** `seen` (a 附件 column or the row's 详情 gave the count) | `unseen` (学时材料未查看); absent on list rows. */
export const EVIDENCE_ATTR = 'data-xskr-evidence';
/** The activity a whole-year row names (援疆 …): its minima were not judged (RowMark.wholeYear says why). */
export const WHOLE_YEAR_ATTR = 'data-xskr-whole-year';
const BADGE_ATTR = 'data-xskr-badge';

type BadgeKind = 'ok' | 'warning' | 'problem' | 'unseen';
const BADGE_STYLE: Record<BadgeKind, string> = {
  ok: 'background:#e7f6ec;color:#1e7b34;border:1px solid #9fd8ad',
  warning: 'background:#fff6e0;color:#8a5a00;border:1px solid #f0c36d',
  problem: 'background:#fdecec;color:#b42318;border:1px solid #f1a7a1',
  unseen: 'background:#eef2f7;color:#3d4f66;border:1px dashed #8fa3bf',
};
const BADGE_STYLE_ID = 'xskr-badge-style';
const important = (css: string) => css.replace(/;/g, ' !important;') + ' !important';

/**
 * The badges' looks, once per document (idempotent): one stylesheet instead of an inline style on each of hundreds
 * of badges (parsing those was a good part of marking a 500-row table). !important keeps the page's CSS off them.
 */
function ensureBadgeStyle(doc: Document): void {
  if (doc.getElementById(BADGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = BADGE_STYLE_ID;
  style.setAttribute(XSKR_OWN, '');
  style.textContent = [
    `[${BADGE_ATTR}]{${important('display:inline-block;margin-left:4px;padding:0 5px;border-radius:10px;font-size:12px;line-height:18px;white-space:nowrap;cursor:help')}}`,
    ...Object.entries(BADGE_STYLE).map(([kind, css]) => `[${BADGE_ATTR}][data-status="${kind}"]{${important(css)}}`),
  ].join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

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

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function badgeHost(cell: HTMLTableCellElement): Element {
  // Element UI wraps the cell's text in <div class="cell">; keep the badge inside it so it shows and wraps.
  const first = cell.firstElementChild;
  return first && first.tagName === 'DIV' && !first.hasAttribute(XSKR_OWN) ? first : cell;
}

function putBadge(cell: HTMLTableCellElement, mark: RowMark): void {
  const host = badgeHost(cell);
  let badge = host.querySelector(`[${BADGE_ATTR}]`) as HTMLElement | null;
  if (!badge) {
    badge = cell.ownerDocument.createElement('span');
    badge.setAttribute(XSKR_OWN, '');
    badge.setAttribute(BADGE_ATTR, '');
    badge.setAttribute('tabindex', '0');
    host.appendChild(badge);
  }
  const { kind, text, tip, label } = badgeContent(mark, uiLang.peek());
  setAttr(badge, 'data-status', kind);
  setAttr(badge, 'title', tip);
  setAttr(badge, 'aria-label', label);
  if (badge.textContent !== text) badge.textContent = text;
}

export function unmarkRow(tr: HTMLTableRowElement): void {
  tr.removeAttribute(STATUS_ATTR);
  tr.removeAttribute(CODES_ATTR);
  tr.removeAttribute(EVIDENCE_ATTR);
  tr.removeAttribute(WHOLE_YEAR_ATTR);
  tr.querySelectorAll(`[${BADGE_ATTR}]`).forEach((b) => b.remove());
}

/** Whether the row carries our marks (every marked row has data-xskr-codes, even one without a status). */
export function isMarked(tr: Element): boolean {
  return tr.hasAttribute(CODES_ATTR);
}

/**
 * The row's attributes: data-xskr-status only when the row is decided (ok | problem, the contract's values); a row
 * whose 学时材料 were never seen and that has no error is not decided yet, so it has none (data-xskr-evidence says why).
 */
function setRowAttrs(tr: HTMLTableRowElement, mark: RowMark): void {
  if (mark.status === 'unchecked') tr.removeAttribute(STATUS_ATTR);
  else setAttr(tr, STATUS_ATTR, mark.status);
  setAttr(tr, CODES_ATTR, mark.codes.join(' '));
  if (mark.evidence) setAttr(tr, EVIDENCE_ATTR, mark.evidence);
  else tr.removeAttribute(EVIDENCE_ATTR);
  if (mark.wholeYear) setAttr(tr, WHOLE_YEAR_ATTR, mark.wholeYear.activity);
  else tr.removeAttribute(WHOLE_YEAR_ATTR);
}

/** Marks the table's rows with their results; rows without a result (no year) lose any stale mark. */
export function applyMarks(table: ReviewTable, marks: RowMark[]): void {
  if (marks.length) ensureBadgeStyle(table.body.ownerDocument);
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
    setRowAttrs(tr, found.mark);
    putBadge(found.yearCell, found.mark);
  }
}

export function clearMarks(root: ParentNode): void {
  root.querySelectorAll(`[${STATUS_ATTR}], [${CODES_ATTR}]`).forEach((tr) => unmarkRow(tr as HTMLTableRowElement));
  root.querySelectorAll(`[${BADGE_ATTR}]`).forEach((b) => b.remove());
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  doc?.getElementById(BADGE_STYLE_ID)?.remove();
}
