// The panel acts only on the user's own input. Its shadow root is open (tests pierce it), so a script of the portal's
// origin — an XSS, a third-party script, another extension — could press 一键填报 or 放入材料 through it, or trick the
// user into clicking a panel it made invisible. Every event of that kind is stopped before our handlers see it.

/** Events whose handlers in the panel act (buttons, the rule-set select, questions, typing). */
const ACTING = ['click', 'dblclick', 'change', 'input', 'keydown', 'keyup', 'submit'] as const;

/**
 * Whether a trusted mouse click lands on the panel as the user sees it: the topmost element at that point is our
 * host (nothing of the page lies over it), and neither the host nor an ancestor is hidden or nearly transparent.
 * A keyboard activation (detail 0) has no point to check.
 */
export function clickReachesPanel(e: MouseEvent, host: HTMLElement): boolean {
  if (e.detail === 0) return true;
  const doc = host.ownerDocument;
  if (doc.elementFromPoint(e.clientX, e.clientY) !== host) return false;
  const view = doc.defaultView;
  if (!view) return false;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.5) return false;
  }
  return true;
}

/** Stops, in the capture phase on the panel's root, every acting event the user did not make. */
export function guardPanelEvents(root: Node, host: HTMLElement, signal: AbortSignal): void {
  const guard = (e: Event) => {
    const genuine = e.isTrusted && (e.type !== 'click' || clickReachesPanel(e as MouseEvent, host));
    if (genuine) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    console.warn('[学时助手] 已忽略一个不是由您本人发出的操作', e.type);
  };
  for (const type of ACTING) root.addEventListener(type, guard, { capture: true, signal });
}
