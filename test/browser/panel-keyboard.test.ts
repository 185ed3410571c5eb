// The panel by keyboard alone (issue 14 point 4), with real key presses: the shortcut shown in its header brings the
// user from the page to the next step's button, and a question the panel asks keeps Tab / Shift+Tab inside it, closes
// on Escape and gives the focus back to the portal's button the user was on.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPortal } from './harness';
import { seededSession } from './suite-session';
import { appA, dialog, events, panel, seedReplica, waitJob } from './applicant-helpers';
import { waitScreen } from './screens';

/** Where the keyboard is: the page's own focused element, or (when that is our panel's host) the control inside it. */
function focusNow(page: Page): Promise<{ inPanel: boolean; testId: string | null; text: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="xskr-panel"]');
    const active = document.activeElement;
    const el = active && active === host ? host.shadowRoot?.activeElement ?? null : active;
    return { inPanel: active === host, testId: el?.getAttribute('data-testid') ?? null, text: (el?.textContent ?? '').trim() };
  });
}

describe('the panel by keyboard', () => {
  const s = seededSession();

  it('Alt+Shift+X, shown in the header, opens the collapsed panel from the page and puts the keyboard on the next step’s button', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/apply');
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedReplica(page, [appA()]);
    await waitScreen(page, 'applicant-list');
    expect(await page.getByTestId('xskr-shortcut').innerText()).toBe('Alt+Shift+X');
    const toggle = page.getByTestId('xskr-collapse');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('next-step-action').count()).toBe(0); // collapsed: only the header shows
    // The user is back on the page: nothing in the panel has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect((await focusNow(page)).inPanel).toBe(false);

    await page.keyboard.press('Alt+Shift+X');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => focusNow(page)).toMatchObject({ inPanel: true, testId: 'next-step-action', text: '打开申报' });
    // Enter on it does the step: the application opens.
    await page.keyboard.press('Enter');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    // On the next screen the shortcut again finds that screen's step.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Alt+Shift+X');
    await expect.poll(async () => (await focusNow(page)).testId).toBe('next-step-action');
    await page.close();
  }, 60_000);

  it('keeps Tab and Shift+Tab inside the submit guard’s question, closes it on Escape and returns the focus to the page’s 保存', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: '修改' }).first().click();
    await waitScreen(page, 'applicant-form');
    await page.getByTestId('fill-years').click();
    await waitJob(page);
    const form = dialog(page, '学时核认申报');
    // A 公需 below the minimum: the guard asks before the portal's 保存 goes through.
    const input = form.locator('.el-form-item').filter({ has: page.locator('label', { hasText: /^\s*公需科目折算学时分\s*$/ }) }).locator('input');
    await input.fill('20');
    const save = form.getByRole('button', { name: '保存' });
    await save.focus();
    await page.keyboard.press('Enter');
    const guard = page.getByTestId('submit-guard');
    await expect.poll(() => guard.isVisible()).toBe(true);
    // The question takes the keyboard: its safe answer first.
    await expect.poll(() => focusNow(page)).toMatchObject({ inPanel: true, testId: 'submit-guard-cancel' });
    const order: (string | null)[] = [];
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      order.push((await focusNow(page)).testId);
    }
    // Two answers, and Tab never leaves them for the rest of the panel or the page.
    expect(order).toEqual(['submit-guard-continue', 'submit-guard-cancel', 'submit-guard-continue', 'submit-guard-cancel', 'submit-guard-continue', 'submit-guard-cancel']);

    await page.keyboard.press('Escape');
    await expect.poll(() => guard.count()).toBe(0);
    // Back where the user was: the portal's 保存, and the portal never saw the held click.
    await expect.poll(() => focusNow(page)).toMatchObject({ inPanel: false, text: '保存' });
    expect(await save.evaluate((b) => b === document.activeElement)).toBe(true);
    expect((await events(page)).filter((e) => e.type === 'save-form')).toHaveLength(0);
    await page.close();
  }, 90_000);
});
