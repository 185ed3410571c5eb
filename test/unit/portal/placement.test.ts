import { describe, expect, it } from 'vitest';
import { findPlacement, isFree, placementRect, type Rect } from '../../../components/panel/placement';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
const covers = (p: ReturnType<typeof findPlacement>, obstacles: Rect[], vh: number) => !isFree(placementRect(p, vh), obstacles);

describe('where the panel sits', () => {
  it('takes the bottom-right corner of a window whose controls are all top-left', () => {
    const controls = [rect(0, 0, 400, 60), rect(250, 180, 420, 220)];
    const p = findPlacement(controls, 1366, 768);
    expect(p.shape).toBe('column');
    expect(p.left + p.width).toBe(1366 - 8);
    expect(p.anchorBottom).toBe(true);
    expect(covers(p, controls, 768)).toBe(false);
  });

  it('becomes a band above a 1200 px dialog that starts 15vh down, leaving its title and × free', () => {
    const dialog = rect(83, 115, 1283, 768); // the dialog box (title, close button, table, buttons) down to the window's edge
    const p = findPlacement([dialog], 1366, 768);
    expect(p.shape).toBe('band');
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(115);
    expect(covers(p, [dialog], 768)).toBe(false);
  });

  it('stands beside a narrow dialog on a wide screen instead of above it', () => {
    const dialog = rect(360, 162, 1560, 900);
    const p = findPlacement([dialog], 1920, 1080, { wantHeight: 400 });
    expect(p.shape).toBe('column');
    expect(covers(p, [dialog], 1080)).toBe(false);
  });

  it('stays where it is while that space is still free, so a re-render of the portal does not make it jump', () => {
    const first = findPlacement([rect(0, 0, 400, 60)], 1366, 768);
    const moved = [rect(0, 0, 400, 60), rect(10, 300, 300, 340)]; // a new control elsewhere
    expect(findPlacement(moved, 1366, 768, { current: first })).toEqual(first);
    // A control appearing under it moves it.
    const under = [...moved, rect(first.left + 10, 700, first.left + 60, 740)];
    const next = findPlacement(under, 1366, 768, { current: first });
    expect(covers(next, under, 768)).toBe(false);
  });

  it('stays open when the window has no room for it (contract §4: every test id reachable), over the corner it covers least', () => {
    // A dialog over the whole window but its bottom-left corner's free strip (too small for a column or a band).
    const full = [rect(0, 0, 1366, 700), rect(300, 700, 1366, 768)];
    const p = findPlacement(full, 1366, 768);
    expect(p.shape).toBe('column');
    expect(p.width).toBeGreaterThanOrEqual(270);
    expect(p.left).toBe(8); // the left corner, where the free strip is, covers less than the right one
    expect(p.anchorBottom).toBe(true);
    // It stays there while the portal re-renders.
    expect(findPlacement(full, 1366, 768, { current: p })).toEqual(p);
  });

  it('is a pill in free space when the user collapses it', () => {
    const full = [rect(0, 0, 1366, 700), rect(0, 700, 1100, 768)];
    const p = findPlacement(full, 1366, 768, { collapsed: true });
    expect(p.shape).toBe('pill');
    expect(covers(p, full, 768)).toBe(false);
    expect(findPlacement([], 1366, 768, { collapsed: true }).shape).toBe('pill');
  });
});
