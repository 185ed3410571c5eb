import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoExtensionErrors, launchWithExtension, openPortal, type Session } from './harness';

describe('content script injection', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

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
