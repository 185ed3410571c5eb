// Issue 15: every portal page loads only the shell (recognition and the panel); the features come with a recognised
// screen, injected by the background into that frame (entrypoints/portal.content/shell.ts). The page's own scripts
// never see the shell's hook.
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoExtensionErrors, launchWithExtension, openPortal, type Session } from './harness';
import { seedLedger } from './seed';

const host = 'xskr-panel';
/** An attribute of the first element matching `sel`, read in the page (or frame). */
const attr = (where: Page | Frame, sel: string, name: string) =>
  where.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [sel, name] as const);

describe('the portal content script loads its features only on a recognised screen', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s); // the sample ledger: the applicant list's next step is the features' own
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('shows the panel on any portal page, and loads the features once a 学时核认 screen shows', async () => {
    const page = await openPortal(s, 'index.html#/other');
    await expect.poll(() => attr(page, 'html', 'data-xskr-injected')).toBe('1');
    await page.locator(host).waitFor({ state: 'attached' });
    await page.waitForTimeout(1500); // the shell has recognised nothing; it asks for nothing
    expect(await attr(page, host, 'data-page')).toBeNull();
    expect(await attr(page, host, 'data-xskr-features')).toBeNull();
    // The page's world has no way to the shell's hook (it lives in the extension's isolated world).
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /xskr/i.test(k)))).toEqual([]);

    // The user opens 学时核认申报 in the same page: the features arrive and work (the next step is theirs).
    await page.locator('.el-menu-item', { hasText: /^学时核认申报$/ }).click();
    await expect.poll(() => attr(page, host, 'data-page')).toBe('applicant-list');
    await expect.poll(() => attr(page, host, 'data-xskr-features')).toBe('loaded');
    await expect.poll(() => page.getByTestId('next-step-action').isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /xskr/i.test(k)))).toEqual([]);
    await page.close();
  });

  it('injects them into the frame that shows the screen, not the page that frames it', async () => {
    const page = await openPortal(s, 'frame.html#/xskr/apply');
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes('index.html'))!;
    expect(frame).toBeDefined();
    await expect.poll(() => attr(frame, host, 'data-xskr-features')).toBe('loaded');
    expect(await attr(frame, host, 'data-page')).toBe('applicant-list');
    expect(await attr(page, host, 'data-xskr-features')).toBeNull();
    await page.close();
  });
});
