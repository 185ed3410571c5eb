// Where the panel may sit: the largest free rectangle of the window that holds none of the portal's own controls.
// The portal's screens differ (a list with a side menu, 1100–1200 px dialogs 15vh down, a reviewer's wide table), so
// the panel is never pinned to a corner: it measures the controls the user can reach and takes the free space there is.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * 'column': a side or corner panel (sections stacked); 'band': a wide, short strip (sections side by side);
 * 'pill': the user collapsed the panel: only the header shows, in free space, and it opens on demand.
 * When the window has no free space large enough, the panel still opens (contract §4: every test id is reachable
 * without opening anything) as a column over the corner where it covers the least of the portal; the user may
 * collapse it to the pill.
 */
export type PlacementShape = 'column' | 'band' | 'pill';

export interface Placement {
  shape: PlacementShape;
  left: number;
  top: number;
  width: number;
  /** The most the panel may grow to; its content scrolls inside beyond that. */
  maxHeight: number;
  /** Grows upwards from the bottom of its free space (when that space reaches the window's bottom edge). */
  anchorBottom: boolean;
}

export const MARGIN = 8;
/** Free space kept around each control, so a focus ring or a hover shadow is never under the panel either. */
export const PAD = 6;
const COLUMN_WIDTH = 340;
const MIN_COLUMN_WIDTH = 270;
const MIN_COLUMN_HEIGHT = 240;
const MIN_BAND_WIDTH = 560;
const MAX_BAND_WIDTH = 1200;
const MIN_BAND_HEIGHT = 84;
const PILL = { width: 150, height: 34 };

const overlapsX = (r: Rect, left: number, right: number) => r.right > left && r.left < right;

/** Free vertical gaps of the column [left, right] between `top` and `bottom`. */
function gaps(obstacles: readonly Rect[], left: number, right: number, top: number, bottom: number): [number, number][] {
  const blocked = obstacles.filter((r) => overlapsX(r, left, right)).sort((a, b) => a.top - b.top);
  const out: [number, number][] = [];
  let y = top;
  for (const r of blocked) {
    if (r.top > y) out.push([y, Math.min(r.top, bottom)]);
    y = Math.max(y, r.bottom);
    if (y >= bottom) break;
  }
  if (y < bottom) out.push([y, bottom]);
  return out.filter(([a, b]) => b > a);
}

const roundSet = (xs: number[], lo: number, hi: number) =>
  [...new Set(xs.filter((x) => x >= lo && x <= hi).map((x) => Math.round(x)))].sort((a, b) => a - b);

/** Whether the rectangle holds none of the obstacles. */
export function isFree(rect: Rect, obstacles: readonly Rect[]): boolean {
  return !obstacles.some((r) => r.left < rect.right && r.right > rect.left && r.top < rect.bottom && r.bottom > rect.top);
}

interface Candidate {
  rect: Rect;
  shape: PlacementShape;
  score: number;
}

/** The free rectangles worth considering: every column between two obstacle edges, with its free vertical gaps. */
function candidates(obstacles: readonly Rect[], vw: number, vh: number, wantHeight: number): Candidate[] {
  const lo = MARGIN;
  const hiX = vw - MARGIN;
  const hiY = vh - MARGIN;
  const lefts = roundSet([lo, ...obstacles.map((r) => r.right)], lo, hiX);
  const rights = roundSet([hiX, ...obstacles.map((r) => r.left)], lo, hiX);
  const out: Candidate[] = [];
  for (const l of lefts) {
    for (const r of rights) {
      const w = r - l;
      if (w < MIN_COLUMN_WIDTH) continue;
      for (const [t, b] of gaps(obstacles, l, r, lo, hiY)) {
        const h = b - t;
        const rect = { left: l, top: t, right: r, bottom: b };
        // A column that shows what the panel holds (or 240 px of it) beats a band; a band beats a pill.
        // Corners first (right, then bottom): the portal's content starts top-left.
        const corner = (r >= hiX - 1 ? 6 : 0) + (b >= hiY - 1 ? 3 : 0);
        if (h >= Math.min(MIN_COLUMN_HEIGHT, wantHeight)) out.push({ rect, shape: 'column', score: 2000 + Math.min(h, wantHeight) + Math.min(w, COLUMN_WIDTH) / 10 + corner });
        else if (w >= MIN_BAND_WIDTH && h >= MIN_BAND_HEIGHT) out.push({ rect, shape: 'band', score: 1000 + h + Math.min(w, MAX_BAND_WIDTH) / 20 });
        else if (w >= PILL.width && h >= PILL.height) out.push({ rect, shape: 'pill', score: h / 10 });
      }
    }
  }
  return out;
}

/** Pill candidates: small, so narrower spaces than a column's count too. */
function pillSpots(obstacles: readonly Rect[], vw: number, vh: number): Rect[] {
  const spots: Rect[] = [];
  const xs = roundSet([MARGIN, vw - MARGIN - PILL.width, ...obstacles.map((r) => r.right), ...obstacles.map((r) => r.left - PILL.width)], MARGIN, vw - MARGIN - PILL.width);
  const ys = roundSet([vh - MARGIN - PILL.height, MARGIN, ...obstacles.map((r) => r.bottom), ...obstacles.map((r) => r.top - PILL.height)], MARGIN, vh - MARGIN - PILL.height);
  for (const y of ys.reverse()) {
    for (const x of xs.reverse()) {
      const rect = { left: x, top: y, right: x + PILL.width, bottom: y + PILL.height };
      if (isFree(rect, obstacles)) spots.push(rect);
    }
  }
  return spots;
}

function toPlacement(c: Candidate, vw: number, vh: number): Placement {
  const { rect, shape } = c;
  const atRight = rect.right >= vw - MARGIN - 1;
  const atBottom = rect.bottom >= vh - MARGIN - 1;
  const freeW = rect.right - rect.left;
  const width = shape === 'band' ? Math.min(freeW, MAX_BAND_WIDTH) : shape === 'pill' ? PILL.width : Math.min(freeW, COLUMN_WIDTH);
  // Hug the window's right edge when the space reaches it (the portal's own content starts on the left).
  const left = atRight ? rect.right - width : rect.left;
  return { shape, left, top: rect.top, width, maxHeight: rect.bottom - rect.top, anchorBottom: atBottom && shape !== 'band' };
}

/** The rectangle a placement may cover at most (its width and its maximum height). */
export function placementRect(p: Placement, vh: number): Rect {
  if (p.anchorBottom) return { left: p.left, right: p.left + p.width, bottom: vh - MARGIN, top: vh - MARGIN - p.maxHeight };
  return { left: p.left, right: p.left + p.width, top: p.top, bottom: p.top + p.maxHeight };
}

/**
 * The best placement for the panel among `obstacles` (the portal's reachable controls, already padded) in a window of
 * vw × vh. `wantHeight` is what the panel's content needs. `current` is kept while it is still free, so the panel does
 * not jump while the portal re-renders; `collapsed` asks for a pill-sized spot only.
 */
export function findPlacement(
  obstacles: readonly Rect[],
  vw: number,
  vh: number,
  { wantHeight = 480, current = null as Placement | null, collapsed = false } = {},
): Placement {
  const inView = obstacles.filter((r) => r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh);
  if (current && (collapsed ? current.shape === 'pill' : current.shape !== 'pill')) {
    const still = placementRect(current, vh);
    if (still.right <= vw && still.bottom <= vh && still.top >= 0 && isFree(still, inView)) {
      // Still free: stay, unless a clearly better shape has become possible (a dialog closed, the window grew).
      if (collapsed) return current;
      const best = candidates(inView, vw, vh, wantHeight).sort((a, b) => b.score - a.score)[0];
      if (!best || best.shape === current.shape || (best.shape === 'band' && current.shape === 'column')) return current;
    }
  }
  if (!collapsed) {
    const best = candidates(inView, vw, vh, wantHeight).sort((a, b) => b.score - a.score)[0];
    if (best && best.shape !== 'pill') return toPlacement(best, vw, vh);
    return leastCovering(inView, vw, vh, wantHeight);
  }
  const spot = pillSpots(inView, vw, vh)[0] ?? { left: MARGIN, top: vh - MARGIN - PILL.height, right: MARGIN + PILL.width, bottom: vh - MARGIN };
  return { shape: 'pill', left: spot.left, top: spot.top, width: PILL.width, maxHeight: PILL.height, anchorBottom: false };
}

/** Area of `r` that lies over the obstacles (overlaps between obstacles counted twice: a rough measure is enough). */
function coveredArea(r: Rect, obstacles: readonly Rect[]): number {
  let area = 0;
  for (const o of obstacles) {
    const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
    const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
    if (w > 0 && h > 0) area += w * h;
  }
  return area;
}

/** No free space holds the panel: an open column in the window's corner where it covers the least (bottom-right first). */
function leastCovering(obstacles: readonly Rect[], vw: number, vh: number, wantHeight: number): Placement {
  const width = Math.max(0, Math.min(COLUMN_WIDTH, vw - 2 * MARGIN));
  const height = Math.max(PILL.height, Math.min(wantHeight, vh - 2 * MARGIN));
  const corners = [
    { left: vw - MARGIN - width, anchorBottom: true },
    { left: MARGIN, anchorBottom: true },
    { left: vw - MARGIN - width, anchorBottom: false },
    { left: MARGIN, anchorBottom: false },
  ].map((c) => {
    const top = c.anchorBottom ? vh - MARGIN - height : MARGIN;
    return { ...c, top, cost: coveredArea({ left: c.left, right: c.left + width, top, bottom: top + height }, obstacles) };
  });
  const best = corners.reduce((a, b) => (b.cost < a.cost ? b : a));
  return { shape: 'column', left: best.left, top: best.top, width, maxHeight: height, anchorBottom: best.anchorBottom };
}

/** What counts as a control of the portal: what a user clicks or types into. */
export const CONTROL_SELECTOR =
  'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="menuitem"], [role="tab"], [role="radio"], [role="checkbox"], [contenteditable="true"]';
/** What the panel keeps clear of besides controls: what the user reads (tables, a dialog's title and body). */
const CONTENT_SELECTOR = 'table, [role="dialog"], [aria-modal="true"]';

function rectOf(el: Element, vw: number, vh: number): DOMRect | null {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1 || r.right <= 0 || r.bottom <= 0 || r.left >= vw || r.top >= vh) return null;
  return r;
}

/**
 * The portal's controls the user can reach right now, as padded rectangles: visible, inside the window, and the
 * topmost thing at their centre (ignoring our own panel) — a control under a dialog's modal mask or Element's hidden
 * duplicate of a fixed table column is out of reach and does not count.
 */
export function reachableControls(doc: Document, host: Element): Rect[] {
  const view = doc.defaultView;
  if (!view) return [];
  const vw = view.innerWidth;
  const vh = view.innerHeight;
  const out: Rect[] = [];
  const pad = (r: DOMRect, p = PAD) => out.push({ left: r.left - p, top: r.top - p, right: r.right + p, bottom: r.bottom + p });
  // Tables and dialogs found reachable, with their boxes: a control inside one needs no hit test of its own (below).
  const reachableBoxes: [Element, DOMRect][] = [];
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(CONTENT_SELECTOR))) {
    if (host.contains(el)) continue;
    let r = rectOf(el, vw, vh);
    // A dialog wrapper as large as the window (Element's message box) is not what the user reads: its box is.
    if (r && r.width * r.height > 0.9 * vw * vh && el.firstElementChild) r = rectOf(el.firstElementChild, vw, vh);
    if (!r) continue;
    const style = view.getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (!reachable(doc, host, el, r, vw, vh)) continue; // a table or a dialog under a modal mask
    reachableBoxes.push([el, r]);
    pad(r, 2);
  }
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(CONTROL_SELECTOR))) {
    if (host.contains(el)) continue;
    // A submenu holding other entries is one target by its title (its first child), not by its whole open list.
    const target = el.getAttribute('role') === 'menuitem' && el.querySelector('[role="menuitem"]') ? el.firstElementChild : el;
    if (!target) continue;
    const r = rectOf(target, vw, vh);
    if (!r) continue;
    // A hit test costs about 1 ms on a page holding a 500-row el-table, one per visible control: a control inside
    // the box of a reachable table or dialog, and not hidden, counts without one. Covered or clipped, it would only
    // add a rectangle inside that box, which already keeps the panel off the area.
    const inBox = reachableBoxes.some(([b, br]) => b.contains(target) && r.left >= br.left && r.right <= br.right && r.top >= br.top && r.bottom <= br.bottom);
    if (inBox ? view.getComputedStyle(target).visibility === 'hidden' : !reachable(doc, host, target, r, vw, vh)) continue;
    pad(r);
  }
  return out;
}

/** Whether `el` is the topmost thing at its centre, our own panel aside. */
function reachable(doc: Document, host: Element, el: Element, r: DOMRect, vw: number, vh: number): boolean {
  const x = Math.min(Math.max((r.left + r.right) / 2, 0), vw - 1);
  const y = Math.min(Math.max((r.top + r.bottom) / 2, 0), vh - 1);
  // One hit test for the topmost element; the whole stack (an array of every layer at the point) only when the
  // topmost is our own panel.
  let top: Element | null | undefined = doc.elementFromPoint(x, y);
  if (top === host) top = doc.elementsFromPoint(x, y).find((e) => e !== host);
  if (!top) return false;
  return top === el || el.contains(top) || (top.contains(el) && (top.tagName === 'LABEL' || top.getAttribute('role') === 'radio' || top.getAttribute('role') === 'checkbox'));
}
