// "No errors in the console": every browser test fails when 学时助手 logs an error (harness.ts collects them; each file
// checks with expectNoExtensionErrors after each test, and close() checks the rest). This file proves that check can fail,
// that the portal's own errors do not count, and keeps the 申报相关信息 form free of our errors.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectExtensionError, expectNoExtensionErrors, extensionSource, launchWithExtension, openExtensionPage, openPortal, panel, type Session } from './harness';
import { seededSession } from './suite-session';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
/** The panel itself inside the host's shadow root (the host has no box of its own). */
const panelBox = (page: Page) => panel(page).locator('aside.xskr-panel');
const PORTAL_PAGE = 'https://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/index.html#/xskr/apply';

/** Waits until the collected errors stop growing (console events arrive asynchronously). */
async function settle(s: Session, ms = 300): Promise<void> {
  let n = -1;
  while (n !== s.extensionErrors.length) {
    n = s.extensionErrors.length;
    await new Promise((r) => setTimeout(r, ms));
  }
}

/** Runs `expression` in our content script's isolated world on `page` (CDP: Playwright does not expose that world). */
async function inContentScript(s: Session, page: Page, expression: string): Promise<void> {
  const cdp = await s.context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable'); // reports the existing contexts
  const main = page.mainFrame();
  const frameTree = await cdp.send('Page.getFrameTree');
  const world = worlds.find((w) => w.origin === `chrome-extension://${s.extensionId}` && w.auxData?.frameId === frameTree.frameTree.frame.id);
  expect(world, `content-script world on ${main.url()}`).toBeDefined();
  const r = await cdp.send('Runtime.evaluate', { contextId: world!.id, expression, awaitPromise: true });
  expect(r.exceptionDetails, JSON.stringify(r.exceptionDetails)).toBeUndefined();
  await cdp.detach();
}

describe('the console-error check of the browser tests', () => {
  it('counts the extension’s pages, service worker and content-script messages as ours, the portal’s own as not', () => {
    const source = (o: Partial<Parameters<typeof extensionSource>[0]>) => extensionSource({ pageUrl: PORTAL_PAGE, where: '', text: '', ...o }, ID);
    expect(source({ pageUrl: `chrome-extension://${ID}/options.html`, text: 'anything' })).toBe('extension-page');
    expect(source({ pageUrl: '', workerUrl: `chrome-extension://${ID}/background.js`, text: 'anything' })).toBe('service-worker');
    expect(source({ text: '[学时助手] year-checks Error: Cycle detected' })).toBe('content-script');
    expect(source({ text: 'TypeError: x is undefined', where: `TypeError: x\n    at f (chrome-extension://${ID}/content-scripts/portal.js:1:2)` })).toBe('content-script');
    expect(source({ text: '[Vue warn]: Error in render', where: 'https://ggfw.rst.hunan.gov.cn/hrss-pw-ui-hunan/vendor/vue/vue.js' })).toBeNull();
    expect(source({ pageUrl: '', workerUrl: 'https://ggfw.rst.hunan.gov.cn/sw.js', text: '[学时助手] not ours: another worker' })).toBeNull();
    expect(source({ pageUrl: 'chrome-extension://anotherextensionidanotherextensi/popup.html', text: 'x' })).toBeNull();
  });

  describe('in the browser', () => {
    let s: Session;
    beforeAll(async () => {
      s = await launchWithExtension();
    });
    afterAll(async () => s?.close());
    afterEach(() => {
      s.extensionErrors.length = 0; // these tests provoke errors and check them themselves
      s.expectedErrors.length = 0;
    });

    it('fails on an error our content script logs on a portal page, and ignores the page’s own errors', async () => {
      const page = await openPortal(s, 'index.html?saveDelay=50#/xskr/apply');
      await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
      // The replica (main world) logging and throwing is the portal's business.
      await page.evaluate(() => {
        console.error('the portal’s own error');
        setTimeout(() => {
          throw new Error('the portal’s own uncaught error');
        });
      });
      await settle(s);
      expect(() => expectNoExtensionErrors(s)).not.toThrow();
      // The browser refuses our storage writes: year-checks cannot remember the findings and logs why, from our script.
      await inContentScript(s, page, `chrome.storage.local.set = () => Promise.reject(new Error('storage refused (provoked by the test)'));`);
      await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
      await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
      await page.locator('.el-dialog__wrapper:visible').getByRole('button', { name: '下一步' }).click();
      const guard = page.getByTestId('submit-guard');
      await expect.poll(async () => (await guard.isVisible()) || (await panel(page).getAttribute('data-page')) === 'year-detail').toBe(true);
      if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
      await expect.poll(() => s.extensionErrors.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await settle(s);
      const errors = [...s.extensionErrors];
      expect(errors.every((e) => e.source === 'content-script' && e.kind === 'console')).toBe(true);
      expect(errors[0].text).toMatch(/^\[学时助手\] year-checks Error: storage refused \(provoked by the test\)/);
      // our code's stack: year-checks is in the features' bundle the background injects (issue 15), not the every-page shell
      expect(errors[0].text).toContain(`chrome-extension://${s.extensionId}/portal-features.js`);
      expect(() => expectNoExtensionErrors(s)).toThrow(/学时助手 logged \d+ error\(s\):\n {2}content-script console\.error .*\n {4}\[学时助手\] year-checks Error: storage refused/);
      expect(s.extensionErrors).toHaveLength(0); // the check starts afresh
      await page.close();
    });

    it('fails on console errors and uncaught errors of the popup, the options page and the service worker', async () => {
      const popup = await openExtensionPage(s, 'popup.html');
      await popup.evaluate(() => console.error('popup probe'));
      const options = await openExtensionPage(s, 'options.html');
      await options.evaluate(() => {
        setTimeout(() => {
          throw new Error('options probe');
        });
        void Promise.reject(new Error('options rejection probe'));
      });
      await s.worker.evaluate(() => {
        console.error('worker probe');
        setTimeout(() => {
          throw new Error('worker uncaught probe');
        });
      });
      await expect.poll(() => s.extensionErrors.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
      await settle(s);
      expect(s.extensionErrors.map((e) => [e.source, e.kind, e.text.split('\n')[0]]).sort()).toEqual(
        [
          ['extension-page', 'console', 'popup probe'],
          ['extension-page', 'uncaught', 'Error: options probe'],
          ['extension-page', 'uncaught', 'Error: options rejection probe'],
          ['service-worker', 'console', 'worker probe'],
          ['service-worker', 'console', 'Uncaught Error: worker uncaught probe'],
        ].sort(),
      );
      expect(() => expectNoExtensionErrors(s)).toThrow(/学时助手 logged 5 error\(s\)/);
      await popup.close();
      await options.close();
    });

    it('lets a test declare an error it provokes on purpose, and fails when the declared error never came', async () => {
      const popup = await openExtensionPage(s, 'popup.html');
      expectExtensionError(s, /^declared probe/);
      await popup.evaluate(() => console.error('declared probe'));
      await expect.poll(() => s.extensionErrors.length).toBe(1);
      expect(() => expectNoExtensionErrors(s)).not.toThrow();
      expectExtensionError(s, /^never logged/);
      expect(() => expectNoExtensionErrors(s)).toThrow(/expected an error of the extension matching \/\^never logged\/, but none came/);
      await popup.close();
    });
  });
});

describe('the 申报相关信息 form with the panel showing', () => {
  const s = seededSession();

  /** The panel's errors so far, as text (for a readable failure). */
  const ours = () => s.extensionErrors.map((e) => e.text.split('\n')[0]);

  for (const how of ['新增学时核认申报', '修改'] as const) {
    it(`logs no error of ours for 2 s after ${how} opens it`, async () => {
      const page = await openPortal(s, 'index.html#/xskr/apply');
      await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
      if (how === '修改') await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
      else await page.getByRole('button', { name: '新增学时核认申报' }).click();
      await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
      await panel(page).getByTestId('xskr-profile').waitFor(); // the ledger context has arrived: the panel is complete
      await page.waitForTimeout(2000);
      expect(await panelBox(page).isVisible()).toBe(true);
      await settle(s);
      expect(ours()).toEqual([]);
      await page.close();
    });
  }

  it('logs no error of ours when the form opens under the portal’s loading mask (year-checks once looped: “Cycle detected”)', async () => {
    const page = await openPortal(s, 'index.html#/xskr/apply');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-list');
    await panel(page).getByTestId('xskr-profile').waitFor();
    // Open the form and, before the content script looks at it (it waits ~60 ms after a DOM change), cover it with an
    // Element loading mask as the portal does while it fetches an application; lift the mask after a second.
    await page.evaluate(async () => {
      const edit = Array.from(document.querySelectorAll<HTMLElement>('.el-table__fixed-right button')).find((b) => b.textContent?.includes('修改'));
      edit!.click();
      let body: Element | null = null;
      for (let i = 0; i < 200 && !body; i++) {
        await new Promise((r) => setTimeout(r, 1));
        body = document.querySelector('.el-dialog__wrapper:not([style*="display: none"]) .el-dialog__body');
      }
      const mask = document.createElement('div');
      mask.className = 'el-loading-mask';
      mask.innerHTML = '<div class="el-loading-spinner"><p class="el-loading-text">加载中</p></div>';
      (body as HTMLElement).style.position = 'relative';
      body!.append(mask);
      setTimeout(() => mask.remove(), 1000);
    });
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
    await expect.poll(() => panelBox(page).innerText()).toContain('网页正在加载');
    await expect.poll(() => panelBox(page).innerText(), { timeout: 5000 }).toContain('检查（按网页上的');
    await page.waitForTimeout(2000);
    await settle(s);
    expect(ours()).toEqual([]);
    await page.close();
  });
});
