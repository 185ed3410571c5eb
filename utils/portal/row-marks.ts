// Apply: the one row-mark module, for the applicant's checks (year-checks) and the reviewer's marks. It writes the
// contract's attributes on the page's <tr> (data-xskr-status = ok | problem, data-xskr-codes), a badge with its
// tooltip or a short note, and keeps one stylesheet for them. What a row says is decided elsewhere (pure): the
// reviewer's utils/reviewer/review-check.ts + marks.ts, the applicant's utils/portal/applicant-check.ts. Idempotent: writing
// the same marks again changes nothing, so a MutationObserver watching the table settles.
import { XSKR_OWN } from './table';

export const STATUS_ATTR = 'data-xskr-status';
export const CODES_ATTR = 'data-xskr-codes';
/** `seen` (a 附件 column or the row's 详情 gave the count) | `unseen` (学时材料未查看); absent on list rows. */
export const EVIDENCE_ATTR = 'data-xskr-evidence';
/** The activity a whole-year row names (援疆 …): its minima were not judged. */
export const WHOLE_YEAR_ATTR = 'data-xskr-whole-year';
const BADGE_ATTR = 'data-xskr-badge';
/** A short note shown under the row's first cell (CSS ::after: no text of ours enters the portal's cells). */
const NOTE_ATTR = 'data-xskr-note';
/** The row's own title is ours (set without a badge): removed with the marks. */
const TIP_ATTR = 'data-xskr-tip';
const STYLE_ID = 'xskr-mark-style';

/**
 * ok / problem: the contract's values; notice: only what is expected for now (the applicant's missing uploads);
 * null: not decided yet (a reviewer's row whose 学时材料 were never seen) — no data-xskr-status at all.
 */
export type MarkStatus = 'ok' | 'problem' | 'notice' | null;
export type BadgeKind = 'ok' | 'warning' | 'problem' | 'unseen';

export interface RowMarkView {
  status: MarkStatus;
  codes: readonly string[];
  /** The reasons, one a line: the badge's tooltip, or the row's when there is no badge. */
  tip: string;
  evidence?: 'seen' | 'unseen';
  wholeYear?: string;
  /**
   * A badge inside `cell` (the reviewer's 年度 cell). `same`: an object the caller passes for every row whose badge
   * says the same (kind, text, label, tip) in this pass, so a new badge is one clone of a filled one.
   */
  badge?: { cell: HTMLTableCellElement; kind: BadgeKind; text: string; label: string; same?: object };
  /** A short note under the first cell (the applicant's rows). */
  note?: string;
}

const BADGE_STYLE: Record<BadgeKind, string> = {
  ok: 'background:#e7f6ec;color:#1e7b34;border:1px solid #9fd8ad',
  warning: 'background:#fff6e0;color:#8a5a00;border:1px solid #f0c36d',
  problem: 'background:#fdecec;color:#b42318;border:1px solid #f1a7a1',
  unseen: 'background:#eef2f7;color:#3d4f66;border:1px dashed #8fa3bf',
};
const important = (css: string) => css.replace(/;/g, ' !important;') + ' !important';

/** The stylesheet last seen in place (clearing the marks removes it, so it is checked, not trusted). */
let styled: HTMLElement | null = null;

/**
 * The marks' looks, once per document (idempotent): one stylesheet instead of an inline style on each of hundreds of
 * badges (parsing those was a good part of marking a 500-row table). !important keeps the page's CSS off them.
 */
function ensureMarkStyle(doc: Document): void {
  if (styled?.isConnected && styled.ownerDocument === doc) return; // a 500-row table: one look-up, not 500
  const existing = doc.getElementById(STYLE_ID);
  if (existing) {
    styled = existing;
    return;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(XSKR_OWN, '');
  style.textContent = [
    `[${BADGE_ATTR}]{${important('display:inline-block;margin-left:4px;padding:0 5px;border-radius:10px;font-size:12px;line-height:18px;white-space:nowrap;cursor:help')}}`,
    ...Object.entries(BADGE_STYLE).map(([kind, css]) => `[${BADGE_ATTR}][data-status="${kind}"]{${important(css)}}`),
    // Rows with a note (the applicant's): the row itself is coloured, the note says what is wrong.
    `tr[${TIP_ATTR}][${STATUS_ATTR}="problem"] > td { background: #fff1f0 !important; }`,
    `tr[${TIP_ATTR}][${STATUS_ATTR}="ok"] > td:first-child { box-shadow: inset 3px 0 0 #52c41a; }`,
    `tr[${TIP_ATTR}][${STATUS_ATTR}="problem"] > td:first-child { box-shadow: inset 3px 0 0 #f5222d; }`,
    `tr[${TIP_ATTR}][${STATUS_ATTR}="notice"] > td:first-child { box-shadow: inset 3px 0 0 #fa8c16; }`,
    `td[${NOTE_ATTR}]::after { content: attr(${NOTE_ATTR}); display: block; color: #cf1322; font-size: 12px; line-height: 1.3; white-space: nowrap; }`,
    `tr[${STATUS_ATTR}="notice"] td[${NOTE_ATTR}]::after { color: #d46b08; }`,
  ].join('\n');
  (doc.head ?? doc.documentElement).append(style);
  styled = style;
}

function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value) setAttr(el, name, value);
  else if (el.hasAttribute(name)) el.removeAttribute(name);
}

function badgeHost(cell: HTMLTableCellElement): Element {
  // Element UI wraps the cell's text in <div class="cell">; keep the badge inside it so it shows and wraps.
  const first = cell.firstElementChild;
  return first && first.tagName === 'DIV' && !first.hasAttribute(XSKR_OWN) ? first : cell;
}

/** Filled badges (kept out of the page) by the caller's `same` object: a row's new badge is a deep clone of one. */
const filledBadges = new WeakMap<object, HTMLElement>();

function filledBadge(doc: Document, kind: BadgeKind, tip: string, text: string, label: string): HTMLElement {
  const badge = doc.createElement('span');
  badge.setAttribute(XSKR_OWN, '');
  badge.setAttribute(BADGE_ATTR, '');
  badge.setAttribute('tabindex', '0');
  badge.setAttribute('data-status', kind);
  badge.setAttribute('title', tip);
  badge.setAttribute('aria-label', label);
  badge.textContent = text;
  return badge;
}

function putBadge(badgeSpec: NonNullable<RowMarkView['badge']>, tip: string): void {
  const { cell, kind, text, label, same } = badgeSpec;
  const host = badgeHost(cell);
  let badge: HTMLElement | null = null;
  for (let c = host.lastElementChild; c && !badge; c = c.previousElementSibling) if (c.hasAttribute(BADGE_ATTR)) badge = c as HTMLElement;
  if (!badge) {
    // A new badge is filled before it enters the page: one insertion instead of a change per attribute, and for rows
    // that say the same, one native clone instead of the attribute and text writes.
    const doc = cell.ownerDocument;
    if (!same) {
      host.appendChild(filledBadge(doc, kind, tip, text, label));
      return;
    }
    let filled = filledBadges.get(same);
    if (!filled || filled.ownerDocument !== doc) filledBadges.set(same, (filled = filledBadge(doc, kind, tip, text, label)));
    host.appendChild(filled.cloneNode(true));
    return;
  }
  setAttr(badge, 'data-status', kind);
  setAttr(badge, 'title', tip);
  setAttr(badge, 'aria-label', label);
  if (badge.textContent !== text) badge.textContent = text;
}

/** Writes one row's marks (only what changed). */
export function markRow(tr: HTMLTableRowElement, view: RowMarkView): void {
  ensureMarkStyle(tr.ownerDocument);
  setOrRemove(tr, STATUS_ATTR, view.status ?? undefined);
  setAttr(tr, CODES_ATTR, view.codes.join(' '));
  setOrRemove(tr, EVIDENCE_ATTR, view.evidence);
  setOrRemove(tr, WHOLE_YEAR_ATTR, view.wholeYear);
  if (view.badge) putBadge(view.badge, view.tip);
  else {
    // No badge: the row carries the tooltip, and the note goes under its first cell.
    setAttr(tr, TIP_ATTR, '');
    setOrRemove(tr, 'title', view.tip);
    const first = tr.querySelector<HTMLTableCellElement>(':scope > td');
    if (first) setOrRemove(first, NOTE_ATTR, view.note);
  }
}

/** Takes every mark of ours off the row. */
export function unmarkRow(tr: HTMLTableRowElement): void {
  tr.removeAttribute(STATUS_ATTR);
  tr.removeAttribute(CODES_ATTR);
  tr.removeAttribute(EVIDENCE_ATTR);
  tr.removeAttribute(WHOLE_YEAR_ATTR);
  if (tr.hasAttribute(TIP_ATTR)) {
    tr.removeAttribute(TIP_ATTR);
    tr.removeAttribute('title');
  }
  tr.querySelector(`:scope > td[${NOTE_ATTR}]`)?.removeAttribute(NOTE_ATTR);
  tr.querySelectorAll(`[${BADGE_ATTR}]`).forEach((b) => b.remove());
}

/** Whether the row carries our marks (every marked row has data-xskr-codes, even one without a status). */
export function isMarked(tr: Element): boolean {
  return tr.hasAttribute(CODES_ATTR);
}

/** Takes every mark of ours off `root`'s rows, and the stylesheet with them: nothing of ours stays in the page. */
export function clearMarks(root: ParentNode): void {
  root.querySelectorAll(`[${STATUS_ATTR}], [${CODES_ATTR}]`).forEach((tr) => unmarkRow(tr as HTMLTableRowElement));
  root.querySelectorAll(`[${BADGE_ATTR}]`).forEach((b) => b.remove());
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  doc?.getElementById(STYLE_ID)?.remove();
}
