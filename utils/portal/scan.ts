// One cheap pass over a document: the visible texts of the page and of each open dialog, kept apart.
// Hidden = inline `display: none` (Vue v-show, Element's closed dialogs and tab panes) or `hidden`; no layout is read.
import { normText } from './texts';

export interface Scope {
  kind: 'page' | 'dialog';
  /** The dialog element (role=dialog) or the body. */
  element: HTMLElement;
  /** Normalised dialog title (the title element itself), '' for the page. */
  title: string;
  /** Every text the dialog's header shows (its title, and any helper line under it), normalised. */
  titles: Set<string>;
  /** Normalised texts of the leaf elements, labels, headers and buttons inside (nested dialogs excluded). */
  texts: Set<string>;
  /** The same, by kind: form labels (<label>), table headers (<th>), buttons and links. */
  labels: Set<string>;
  headers: Set<string>;
  buttons: Set<string>;
  /** Stacking: higher is on top. */
  z: number;
  order: number;
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'XSKR-PANEL']);
/** Elements whose whole text is one label even with child elements (`<label><span>*</span>年度：</label>`). */
const WHOLE_TEXT_TAGS = new Set(['LABEL', 'TH', 'BUTTON', 'A', 'LEGEND', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function isHiddenElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  const h = el as HTMLElement;
  if (h.hidden) return true;
  // An inline display:none always shows as a style attribute; reading .style only then spares building a
  // CSSStyleDeclaration for every element of a 500-row table (≈30 % of the page scan's time there, issue 15).
  return h.hasAttribute('style') && h.style?.display === 'none';
}

export function isShown(el: Element | null): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isHiddenElement(e)) return false;
  return !!el?.isConnected;
}

function zOf(dialog: HTMLElement): number {
  for (let e: HTMLElement | null = dialog, i = 0; e && i < 4; e = e.parentElement, i++) {
    const z = Number.parseInt(e.style?.zIndex ?? '', 10);
    if (Number.isFinite(z)) return z;
  }
  return 0;
}

/** The words a dialog's header and title are found by in a class ([class*="header"], [class*="title"]): Element's
 * el-dialog__header / el-dialog__title and a page's own. A change of classes holding neither moves neither. */
export const HEADING_CLASS_WORDS = ['header', 'title'] as const;

/** The dialog's header: Element's el-dialog__header, an ARIA-labelled element or a <header>. */
function dialogHeader(dialog: HTMLElement): Element | null {
  const labelled = dialog.getAttribute('aria-labelledby');
  const byId = labelled ? dialog.ownerDocument.getElementById(labelled) : null;
  return byId ?? dialog.querySelector(`.el-dialog__header, .el-message-box__header, header, [class*="${HEADING_CLASS_WORDS[0]}"]`);
}

/**
 * The dialog's title read from the title element itself (Element's el-dialog__title, or the header's first text),
 * with every other text of its header: a custom title slot may carry a helper line under the title.
 * Element sets aria-label="dialog" when the title comes from a slot, so a bare "dialog" is no title.
 */
function dialogTitles(dialog: HTMLElement): { title: string; titles: Set<string> } {
  const titles = new Set<string>();
  const aria = normText(dialog.getAttribute('aria-label'));
  if (aria && aria.toLowerCase() !== 'dialog') titles.add(aria);
  const header = dialogHeader(dialog);
  if (header) {
    const own = header.querySelector(`.el-dialog__title, .el-message-box__title, h1, h2, h3, h4, h5, h6, [class*="${HEADING_CLASS_WORDS[1]}"]`);
    const ownText = normText(own?.textContent);
    if (ownText) titles.add(ownText);
    const walker = dialog.ownerDocument.createTreeWalker(header, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = normText(n.nodeValue);
      if (t && t.length <= 40) titles.add(t);
    }
    const whole = normText(header.textContent);
    if (whole && whole.length <= 40) titles.add(whole);
  }
  return { title: titles.values().next().value ?? '', titles };
}

export function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog';
}

function newScope(kind: Scope['kind'], element: HTMLElement, z: number, order: number): Scope {
  return {
    kind,
    element,
    ...(kind === 'dialog' ? dialogTitles(element) : { title: '', titles: new Set<string>() }),
    texts: new Set(),
    labels: new Set(),
    headers: new Set(),
    buttons: new Set(),
    z,
    order,
  };
}

/**
 * Collects the texts of `el`'s shown children (and their subtrees) into `scope`; a shown dialog starts a scope of its
 * own, which `scopes` receives (null: a nested dialog's subtree is skipped, for a scan of one dialog).
 */
function walk(el: Element, scope: Scope, scopes: Scope[] | null): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isHiddenElement(child)) continue;
    let target = scope;
    if (isDialog(child)) {
      if (!scopes) continue;
      const d = child as HTMLElement;
      target = newScope('dialog', d, zOf(d), scopes.length);
      scopes.push(target);
    }
    collect(child, target, scopes);
  }
}

/** One shown element's own texts, then its children's. */
function collect(child: Element, target: Scope, scopes: Scope[] | null): void {
  const tag = child.tagName;
  if (child.firstElementChild === null || WHOLE_TEXT_TAGS.has(tag)) {
    const t = normText(child.textContent);
    if (t && t.length <= 40) {
      target.texts.add(t);
      if (tag === 'LABEL') target.labels.add(t);
      else if (tag === 'TH') target.headers.add(t);
      else if (tag === 'BUTTON' || tag === 'A' || child.getAttribute('role') === 'button') target.buttons.add(t);
    }
  }
  if (child.firstElementChild) {
    // Own text nodes beside child elements (`<div>年度<span>…</span></div>`).
    for (let n = child.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = normText(n.nodeValue);
        if (t && t.length <= 40) target.texts.add(t);
      }
    }
    walk(child, target, scopes);
  }
  const placeholder = child.getAttribute('placeholder');
  if (placeholder) target.texts.add(normText(placeholder));
}

/** Scans `doc.body`: the page scope first, then every shown dialog. */
export function scanDocument(doc: Document): Scope[] {
  const body = doc.body;
  if (!body) return [];
  const page = newScope('page', body, -1, 0);
  const scopes: Scope[] = [page];
  walk(body, page, scopes);
  return scopes;
}

/**
 * The scope on top, as `topScope(scanDocument(doc))` finds it, scanning only that scope: the shown dialogs are found
 * by their role (in document order, as the full scan meets them), and only the top one's subtree is read; with no
 * shown dialog, the page is scanned in full. A fill looks at the screen after each of its steps, and the page
 * under the open dialogs (its table, its menu) is most of the document (issue 15).
 */
export function scanTop(doc: Document): Scope | undefined {
  const body = doc.body;
  if (!body) return undefined;
  let top: HTMLElement | null = null;
  let topZ = 0;
  let order = 0;
  let shown = 0;
  dialogs: for (const d of Array.from(body.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]'))) {
    for (let e: Element | null = d; e && e !== body; e = e.parentElement) if (isHiddenElement(e)) continue dialogs;
    shown++;
    const z = zOf(d);
    if (!top || z >= topZ) [top, topZ, order] = [d, z, shown]; // later in document order wins a tie, as in topScope
  }
  if (!top || topZ < -1) return scanDocument(doc).find((s) => s.kind === 'page'); // (the page is above z < -1)
  const scope = newScope('dialog', top, topZ, order);
  collect(top, scope, null);
  return scope;
}

/** The scope on top: the highest open dialog, or the page. */
export function topScope(scopes: Scope[]): Scope | undefined {
  return [...scopes].sort((a, b) => a.z - b.z || a.order - b.order).at(-1);
}
