// The toolbar popup in real Chromium, on a ledger seeded straight into the extension's IndexedDB.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoExtensionErrors, launchWithExtension, openExtensionPage, type Session } from './harness';

interface Seed {
  profiles: Record<string, unknown>[];
  entries: Record<string, unknown>[];
  evidence: { id: string; profileId: string; years: number[]; name: string }[];
  activeProfileId: string;
}

/** Writes records into the ledger database the popup has just created (layout of utils/ledger/db.ts). */
async function seedRaw(page: Page, seed: Seed): Promise<void> {
  await page.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('xskr-ledger');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['profiles', 'entries', 'evidence', 'settings'], 'readwrite');
          for (const p of seed.profiles) tx.objectStore('profiles').put(p);
          for (const e of seed.entries) tx.objectStore('entries').put(e);
          for (const ev of seed.evidence) {
            tx.objectStore('evidence').put({ ...ev, kind: 'activity', type: 'application/pdf', size: 3, bytes: new Uint8Array([1, 2, 3]).buffer, addedAt: 1 });
          }
          tx.objectStore('settings').put({ activeProfileId: seed.activeProfileId, remindersEnabled: false }, 'settings');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    seed,
  );
}

let seq = 0;
const entry = (profileId: string, year: number, category: 'public' | 'professional', extra: Record<string, unknown>) => ({
  id: `e${++seq}`, profileId, name: `活动${seq}`, form: '培训班', year, category, evidenceNames: [], createdAt: seq, updatedAt: seq, ...extra,
});
const profile = (id: string, name: string, createdAt: number) => ({
  id, name, idNumber: '43070119850810001X', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt,
});

const SEED: Seed = {
  profiles: [profile('p-wang', '王强', 1), profile('p-li', '李红', 2)],
  entries: [
    // 2020: 30 + 60 certified → ok
    entry('p-wang', 2020, 'public', { certifiedHours: 30 }),
    entry('p-wang', 2020, 'professional', { certifiedHours: 60 }),
    // 2021: public 30, a 5-day professional training = 40 under the province rules → short by 20
    entry('p-wang', 2021, 'public', { certifiedHours: 30 }),
    entry('p-wang', 2021, 'professional', { activity: { kind: 'training', year: 2021, category: 'professional', days: 5 } }),
    // 2022: nothing → missing
    // 2023: public 30 + a provincial host project (60) → ok
    entry('p-wang', 2023, 'public', { certifiedHours: 30 }),
    entry('p-wang', 2023, 'professional', { activity: { kind: 'research-project', year: 2023, level: 'provincial', role: 'host' } }),
    // 2024: only 20 public → short
    entry('p-wang', 2024, 'public', { certifiedHours: 20 }),
    ...[2020, 2021, 2022, 2023, 2024].flatMap((y) => [entry('p-li', y, 'public', { certifiedHours: 30 }), entry('p-li', y, 'professional', { certifiedHours: 60 })]),
  ],
  evidence: [{ id: 'ev1', profileId: 'p-wang', years: [2020, 2021], name: '2020-2021学时认定单.pdf' }],
  activeProfileId: 'p-wang',
};

const statuses = (page: Page) =>
  page.getByTestId('span-year').evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-year')), el.getAttribute('data-status')]));

describe('popup on a seeded ledger', () => {
  let s: Session;
  let page: Page;
  beforeAll(async () => {
    s = await launchWithExtension();
    page = await openExtensionPage(s, 'popup.html');
    await page.setViewportSize({ width: 380, height: 600 });
    await page.getByTestId('popup-empty').waitFor();
    await seedRaw(page, SEED);
    await page.reload();
    await page.getByTestId('span-year').first().waitFor();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('shows each span year of the active person with the status the ledger gives', async () => {
    expect(await statuses(page)).toEqual([
      [2020, 'ok'],
      [2021, 'short'],
      [2022, 'missing'],
      [2023, 'ok'],
      [2024, 'short'],
    ]);
    await expect.poll(() => page.getByTestId('span-year').nth(1).textContent()).toContain('2021 年还差专业科目 20 学时');
    expect(await page.getByTestId('span-year').nth(4).textContent()).toContain('2024 年还差公需科目 10 学时');
    expect(await page.locator('body').textContent()).not.toContain('43070119850810001X');
  });

  it('has reminders off by default', async () => {
    await expect.poll(() => page.getByTestId('reminders-toggle').isEnabled()).toBe(true);
    expect(await page.getByTestId('reminders-toggle').isChecked()).toBe(false);
  });

  it('fits the popup width without horizontal scrolling', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  });

  it('switches person from the popup', async () => {
    const select = page.getByTestId('profile-select');
    expect(await select.locator('option').allTextContents()).toEqual(['王强', '李红']);
    await select.selectOption({ label: '李红' });
    await expect.poll(() => statuses(page)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, 'ok']));
    await select.selectOption({ label: '王强' });
    await expect.poll(() => statuses(page)).toContainEqual([2022, 'missing']);
  });

  it('shows the calculator hours of every rule set and adds one to the ledger', async () => {
    await page.getByTestId('tab-calculator').click();
    await page.getByTestId('calc-kind').selectOption('award');
    await page.getByTestId('calc-level').selectOption('provincial');
    await page.getByTestId('calc-grade').selectOption('2');
    const hours = () =>
      page.getByTestId('calc-result').evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-policy'), tr.getAttribute('data-hours')])));
    await expect.poll(hours).toEqual({ 'hunan-2025': '30', 'zhuzhou-2025': '30', 'xiangtan-2022': '90' });

    await page.getByTestId('calc-kind').selectOption('training');
    await page.getByTestId('calc-year').fill('2022');
    await page.getByTestId('calc-category').selectOption('professional');
    await page.getByTestId('calc-days').fill('2');
    await page.getByTestId('calc-halfDays').fill('1');
    await expect.poll(hours).toEqual({ 'hunan-2025': '20', 'zhuzhou-2025': '20', 'xiangtan-2022': '24' });
    await page.getByTestId('calc-add').click();
    await expect.poll(() => page.getByTestId('calc-added').textContent()).toContain('已加入');
    await page.getByTestId('tab-checklist').click();
    await expect.poll(() => statuses(page)).toContainEqual([2022, 'short']);
    expect(await page.getByTestId('span-year').nth(2).textContent()).toContain('2022 年还差专业科目 40 学时');
  });

  it('is usable from the keyboard: the person select and tabs take focus', async () => {
    await page.reload();
    await page.getByTestId('span-year').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('profile-select');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('ui-language'); // 中文 / English, in the header
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-checklist');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tab-calculator');
    await page.getByTestId('calc-kind').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('calc-kind');
  });
});

describe('popup on the sample ledger imported through the options page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    const { seedLedger } = await import('./seed');
    await seedLedger(s);
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('shows 李明 complete and 王芳 short in 2022 only', async () => {
    const page = await openExtensionPage(s, 'popup.html');
    await page.getByTestId('span-year').first().waitFor();
    const select = page.getByTestId('profile-select');
    await select.selectOption({ label: '李明' });
    await expect.poll(() => statuses(page)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, 'ok']));
    await select.selectOption({ label: '王芳' });
    await expect.poll(() => statuses(page)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, y === 2022 ? 'short' : 'ok']));
    expect(await page.locator('[data-testid=span-year][data-year="2022"]').textContent()).toContain('2022 年还差公需科目 10 学时');
  });
});

describe('popup on a ledger whose years list many activities missing materials', () => {
  let s: Session;
  let page: Page;
  const training = (i: number, year: number) => entry('p-many', year, 'professional', { name: `培训${i}`, activity: { kind: 'training', year, category: 'professional', days: 1 } });
  const MANY: Seed = {
    profiles: [profile('p-many', '赵敏', 1)],
    entries: [...Array.from({ length: 30 }, (_, i) => training(i, 2022)), ...Array.from({ length: 5 }, (_, i) => training(100 + i, 2023))],
    evidence: [],
    activeProfileId: 'p-many',
  };
  const sets = (year: number) => page.locator(`[data-testid=span-year][data-year="${year}"]`).getByTestId('span-year-sets');
  const listed = (year: number) => sets(year).getByTestId('span-year-set-missing').allTextContents();

  beforeAll(async () => {
    s = await launchWithExtension();
    page = await openExtensionPage(s, 'popup.html');
    await page.getByTestId('popup-empty').waitFor();
    await seedRaw(page, MANY);
    await page.reload(); // the full path computes and stores the summary and its lists
    await page.getByTestId('span-year').first().waitFor();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('shows the first 12 of a year at once and, right after, the whole list, busy until then', async () => {
    const fresh = await s.context.newPage();
    await fresh.addInitScript(() => {
      // what the first frame with span years shows of 2022
      new MutationObserver((_, obs) => {
        const y = document.querySelector('[data-testid=span-year][data-year="2022"] [data-testid=span-year-sets]');
        if (!y) return;
        (window as unknown as { __first: unknown }).__first = { items: y.querySelectorAll('[data-testid=span-year-set-missing]').length, busy: y.getAttribute('aria-busy') };
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await fresh.goto(`chrome-extension://${s.extensionId}/popup.html`);
    page = fresh;
    await expect.poll(() => page.evaluate(() => (window as unknown as { __first?: unknown }).__first)).toEqual({ items: 12, busy: 'true' });
    await expect.poll(async () => (await listed(2022)).length).toBe(30);
    await expect.poll(() => page.locator('[aria-busy]').count()).toBe(0);
    expect(await sets(2022).getAttribute('data-total')).toBe('30');
    expect((await listed(2022)).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `培训${i}：材料不全，还缺：培训通知（或培训签到表、培训课程表、培训日程安排之一）、结业证书`).sort());
    expect(await listed(2023)).toHaveLength(5);
  });

  it('reads a first record that holds only the first 12 of each year; the whole lists are the ledger’s', async () => {
    const stored = await page.evaluate(
      () =>
        new Promise<{ first: number[]; counts: number[]; whole: number[] }>((resolve, reject) => {
          const req = indexedDB.open('xskr-ledger');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction(['summaries', 'summaryLists']);
            const a = tx.objectStore('summaries').get(['p-many', 'hunan-2025']);
            const b = tx.objectStore('summaryLists').get(['p-many', 'hunan-2025']);
            tx.oncomplete = () => {
              req.result.close();
              const sets = (a.result as { sets: { incomplete: unknown[]; incompleteCount: number }[] }).sets;
              const lists = (b.result as { lists: { incomplete: unknown[] }[] }).lists;
              resolve({ first: sets.map((x) => x.incomplete.length), counts: sets.map((x) => x.incompleteCount), whole: lists.map((x) => x.incomplete.length) });
            };
          };
        }),
    );
    expect(stored).toEqual({ first: [12, 5], counts: [30, 5], whole: [30, 5] });
    // Without the lists record (written around the ledger) the popup takes the ledger's full path, which makes it again:
    // the same activities in the same order.
    const quickOrder = await listed(2022);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('xskr-ledger');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('summaryLists', 'readwrite');
            tx.objectStore('summaryLists').clear();
            tx.oncomplete = () => (req.result.close(), resolve());
          };
        }),
    );
    await page.reload();
    await expect.poll(async () => (await listed(2022)).length).toBe(30);
    await expect.poll(() => page.locator('[aria-busy]').count()).toBe(0);
    expect(await listed(2022)).toEqual(quickOrder);
  });
});
