// Small DOM helpers for puppeteer pages (no Playwright locators here): find by test id through open shadow roots,
// visible buttons by their words, Element UI dialogs by title, the replica's test API.
import type { ElementHandle, Page } from 'puppeteer-core';
import { ZHANGSAN, type ReplicaApp, type ReplicaEvent } from '../browser/applicant-helpers';
import { poll } from './harness';

/** The replica's saved applications, its events (uploads, submits…), and seeding it with applications. */
export const saved = (page: Page) => page.evaluate(() => (window as any).__replica.saved() as { applications: ReplicaApp[] });
export const replicaEvents = (page: Page) => page.evaluate(() => (window as any).__replica.events as ReplicaEvent[]);
export const seedReplica = (page: Page, applications: unknown[]) => page.evaluate((apps) => (window as any).__replica.seed({ applications: apps }), applications);

/** A variant-A application of 张三, 待提交, with these year rows. */
export function appA(rows: unknown[] = []) {
  return { id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows };
}

/** The text of the element with the test id in the document (not shadow roots), or null. */
export const testIdText = (page: Page, id: string) =>
  page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.innerText ?? null, id);

/** Imports `file` (a backup or a spreadsheet) on an options page as a user does: choose it, confirm the preview if one is
 * shown, and wait for the result. */
export async function importLedgerFile(page: Page, file: string): Promise<void> {
  const input = (await waitTestId(page, 'ledger-import', { attached: true })) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  await poll(async () => (await testIdText(page, 'import-confirm')) !== null || (await testIdText(page, 'import-result')) !== null, (ok) => ok, { what: 'import' });
  if (await testIdText(page, 'import-confirm')) await clickTestId(page, 'import-confirm');
  await poll(() => testIdText(page, 'import-result'), (t) => t !== null, { what: 'import-result' });
}

/** The element with `data-testid=id`, searched in the document and every open shadow root (the panel's). */
export async function byTestId(page: Page, id: string): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle((id) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const el = root.querySelector(`[data-testid="${id}"]`);
      if (el) return el;
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) {
        const inner = find(host.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    return find(document);
  }, id);
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) await handle.dispose();
  return el;
}

/** Waits for the test id to exist (and be rendered, unless `attached`) and returns it. */
export async function waitTestId(page: Page, id: string, { timeout = 15_000, attached = false } = {}): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await poll(
    async () => {
      found = await byTestId(page, id);
      if (!found || attached) return !!found;
      return found.evaluate((el) => el.getClientRects().length > 0);
    },
    (ok) => ok,
    { timeout, what: `data-testid=${id}` },
  );
  return found!;
}

/** Clicks the test id's element with the mouse; found again if the panel re-rendered it between finding and clicking
 * (puppeteer then finds no clickable point on the old node, and no click is sent). */
export async function clickTestId(page: Page, id: string): Promise<void> {
  await poll(
    async () => {
      const el = await waitTestId(page, id);
      try {
        await el.click();
        return true;
      } catch (e) {
        if (/not clickable|detached/i.test(String(e))) return false;
        throw e;
      }
    },
    (clicked) => clicked,
    { what: `a click on data-testid=${id}` },
  );
}

/** An attribute of the first element with the test id (shadow roots searched), or null. */
export async function testIdAttr(page: Page, id: string, name: string): Promise<string | null> {
  const el = await byTestId(page, id);
  return el ? el.evaluate((e, n) => e.getAttribute(n), name) : null;
}

/** The panel's recognised screen (`data-page` of the host). */
export const dataPage = (page: Page) => page.evaluate(() => document.querySelector('[data-testid=xskr-panel]')?.getAttribute('data-page') ?? null);

export async function waitDataPage(page: Page, expected: string, timeout = 15_000): Promise<void> {
  await poll(() => dataPage(page), (p) => p === expected, { timeout, what: 'panel data-page' });
}

/**
 * A visible button whose words (spaces and icon glyphs aside) are `text`: inside the visible Element dialog titled
 * `dialog` if given (the topmost one of that title), else inside `scope` (a CSS selector), else anywhere.
 */
export async function findButton(page: Page, text: string, where: { dialog?: string; scope?: string } = {}): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(
    (text, where) => {
      const words = (s: string | null) => (s ?? '').replace(/[^\p{L}\p{N}]/gu, '');
      const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
      let roots: Element[] | Document[] = [document];
      if (where.dialog) {
        roots = [...document.querySelectorAll('.el-dialog__wrapper')]
          .filter((w) => visible(w) && words(w.querySelector('.el-dialog__title')?.textContent ?? null) === words(where.dialog!))
          .reverse();
      } else if (where.scope) roots = [...document.querySelectorAll(where.scope)];
      for (const root of roots) {
        for (const b of root.querySelectorAll('button')) if (visible(b) && words(b.textContent) === words(text)) return b;
      }
      return null;
    },
    text,
    where,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) await handle.dispose();
  return el;
}

/** Waits for the button (see findButton) and clicks it with the mouse. */
export async function clickButton(page: Page, text: string, where: { dialog?: string; scope?: string } = {}, timeout = 15_000): Promise<void> {
  let button: ElementHandle<Element> | null = null;
  await poll(async () => (button = await findButton(page, text, where)) !== null, (ok) => ok, { timeout, what: `button ${text} ${JSON.stringify(where)}` });
  await button!.click();
}

/** Whether a visible Element dialog with this title is open. */
export const hasDialog = (page: Page, title: string) =>
  page.evaluate((title) => {
    const words = (s: string | null) => (s ?? '').replace(/[^\p{L}\p{N}]/gu, '');
    return [...document.querySelectorAll('.el-dialog__wrapper')].some(
      (w) => w.getClientRects().length > 0 && words(w.querySelector('.el-dialog__title')?.textContent ?? null) === words(title),
    );
  }, title);

/** Waits until the content script's job has finished and returns its text. */
export async function waitJob(page: Page, timeout = 60_000): Promise<string> {
  await poll(() => testIdAttr(page, 'xskr-job', 'data-state'), (state) => state !== null && state !== 'running', { timeout, what: 'xskr-job state' });
  const job = await byTestId(page, 'xskr-job');
  return job!.evaluate((el) => (el as HTMLElement).innerText);
}

/** The given attributes of every element with the test id (shadow roots searched), in document order. */
export function testIdAttrs(page: Page, id: string, names: string[]): Promise<(string | null)[][]> {
  return page.evaluate(
    (id, names) => {
      const out: Element[] = [];
      const walk = (root: Document | ShadowRoot) => {
        out.push(...root.querySelectorAll(`[data-testid="${id}"]`));
        for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot);
      };
      walk(document);
      return out.map((el) => names.map((n) => el.getAttribute(n)));
    },
    id,
    names,
  );
}

/**
 * Chooses `value` in a <select> with the keyboard, as a user would: the panel acts only on trusted input, and
 * ElementHandle.select() dispatches synthetic events. Focus it, then arrow through its options (on Linux a closed
 * select changes its value and fires change on each arrow key).
 */
export async function chooseWithKeyboard(page: Page, select: ElementHandle<HTMLSelectElement>, value: string): Promise<void> {
  const { current, target } = await select.evaluate((s, v) => ({ current: s.selectedIndex, target: [...s.options].findIndex((o) => o.value === v) }), value);
  if (target < 0) throw new Error(`no option ${value}`);
  await select.focus();
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
  await poll(() => select.evaluate((s) => s.value), (v) => v === value, { what: `select ${value}` });
}

/** 修改 on the list's first application, then 下一步 (continuing past the guard if it asks) → 申报年度明细信息. */
export async function openYearDetail(page: Page): Promise<void> {
  await clickButton(page, '修改', { scope: '.el-table__fixed-right' });
  await waitDataPage(page, 'applicant-form');
  await clickButton(page, '下一步', { dialog: '学时核认申报' });
  await poll(async () => (await byTestId(page, 'submit-guard')) !== null || (await testIdAttr(page, 'xskr-panel', 'data-page')) === 'year-detail', (ok) => ok, {
    what: 'guard or 申报年度明细信息',
  });
  if (await byTestId(page, 'submit-guard')) await clickTestId(page, 'submit-guard-continue');
  await waitDataPage(page, 'year-detail');
}
