import { describe, expect, it } from 'vitest';
import { openPortal } from './harness';
import { suiteSession } from './suite-session';

describe('content script injection', () => {
  const s = suiteSession();

  it('is injected on the portal replica at the real portal address', async () => {
    const page = await openPortal(s, 'index.html#/xskr/apply');
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-xskr-injected'))).toBe('1');
  });

  it('stays away from an unrelated page that shows the same words', async () => {
    const page = await s.context.newPage();
    await page.goto('https://example.org/');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-xskr-injected'))).toBeNull();
  });
});
