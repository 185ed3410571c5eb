// The panel never lies over the portal's own controls: on every recognised screen (variants A and B, applicant and
// reviewer, dialogs open) at the three common window sizes, no control's centre or corner hits the panel, and the
// panel stays expanded, inside the window.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';
import { coveredControls, panelBox, walkScreens } from './screens';
import { seededSession } from './suite-session';

/** axe-core's WCAG 2.0/2.1 A and AA rules on the panel (its host and open shadow root) only: the portal is not ours. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run({ include: [['[data-testid="xskr-panel"]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`);
  });
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

describe('the panel beside the portal', () => {
  const s = seededSession();

  it.each(SIZES)('covers no button, input, select or dialog close on any screen at $width×$height, and stays expanded inside the window', async (size) => {
    const problems: string[] = [];
    const seen: string[] = [];
    await walkScreens(s, async (page, visit) => {
      const now = page.viewportSize();
      if (now?.width !== size.width || now.height !== size.height) {
        await page.setViewportSize(size);
        await page.waitForTimeout(500);
      }
      const covered = await coveredControls(page);
      const box = await panelBox(page);
      seen.push(`${visit.name}:${box.shape}`);
      if (covered.length) problems.push(`${visit.name}: the panel (${box.shape}) covers ${covered.join('; ')}`);
      if (!box.inside) problems.push(`${visit.name}: the panel runs out of the window (${JSON.stringify(box)})`);
      if (!box.expanded) problems.push(`${visit.name}: the panel is not expanded (${box.shape})`);
      expect(await page.getByTestId('xskr-panel').getAttribute('data-page')).toBe(visit.page);
    });
    expect(seen).toHaveLength(13);
    expect(problems).toEqual([]);
  }, 240_000);

  it('has no WCAG 2 A/AA violation that axe-core finds, on every screen', async () => {
    const problems: string[] = [];
    let screens = 0;
    await walkScreens(s, async (page, visit) => {
      screens++;
      for (const v of await axeViolations(page)) problems.push(`${visit.name}: ${v}`);
    });
    expect(screens).toBe(13);
    expect(problems).toEqual([]);
  }, 240_000);
});
