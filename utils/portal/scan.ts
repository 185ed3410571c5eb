// One cheap pass over a document: the visible texts of the page and of each open dialog, kept apart.
// Hidden = inline `display: none` (Vue v-show, Element's closed dialogs and tab panes) or `hidden`; no layout is read.
import { normText } from './texts';

export interface Scope {
  kind: 'page' | 'dialog';
  /** The dialog element (role=dialog) or the body. */
  element: HTMLElement;
  /** Normalised dialog title (aria-label or header), '' for the page. */
  title: string;
  /** Normalised texts of the leaf elements, labels, headers and buttons inside (nested dialogs excluded). */
  texts: Set<string>;
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
  const display = h.style?.display;
  return display === 'none';
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

function dialogTitle(dialog: HTMLElement): string {
  const aria = dialog.getAttribute('aria-label');
  if (aria && normText(aria)) return normText(aria);
  const labelled = dialog.getAttribute('aria-labelledby');
  const byId = labelled ? dialog.ownerDocument.getElementById(labelled) : null;
  if (byId) return normText(byId.textContent);
  const header = dialog.querySelector('header, [class*="header"]');
  return normText(header?.textContent);
}

export function isDialog(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog';
}

/** Scans `doc.body`: the page scope first, then every shown dialog. */
export function scanDocument(doc: Document): Scope[] {
  const body = doc.body;
  if (!body) return [];
  const page: Scope = { kind: 'page', element: body, title: '', texts: new Set(), z: -1, order: 0 };
  const scopes: Scope[] = [page];
  const walk = (el: Element, scope: Scope) => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isHiddenElement(child)) continue;
      let target = scope;
      if (isDialog(child)) {
        const d = child as HTMLElement;
        target = { kind: 'dialog', element: d, title: dialogTitle(d), texts: new Set(), z: zOf(d), order: scopes.length };
        scopes.push(target);
      }
      if (child.firstElementChild === null || WHOLE_TEXT_TAGS.has(child.tagName)) {
        const t = normText(child.textContent);
        if (t && t.length <= 40) target.texts.add(t);
      }
      if (child.firstElementChild) {
        // Own text nodes beside child elements (`<div>年度<span>…</span></div>`).
        for (let n = child.firstChild; n; n = n.nextSibling) {
          if (n.nodeType === 3) {
            const t = normText(n.nodeValue);
            if (t && t.length <= 40) target.texts.add(t);
          }
        }
        walk(child, target);
      }
      const placeholder = child.getAttribute('placeholder');
      if (placeholder) target.texts.add(normText(placeholder));
    }
  };
  walk(body, page);
  return scopes;
}

/** The scope on top: the highest open dialog, or the page. */
export function topScope(scopes: Scope[]): Scope | undefined {
  return [...scopes].sort((a, b) => a.z - b.z || a.order - b.order).at(-1);
}
