// The certificate reader (从证书读取) in Firefox ESR: a text PDF (pdf.js and its module worker) and a PNG scan
// (tesseract.js, its worker and WebAssembly core under the extension's 'wasm-unsafe-eval' CSP) read into drafts from
// moz-extension:// files, each confirmed into an activity with the file as its evidence, and no request leaving the
// tab (its requests to the network go through interception and are recorded; a probe fetch shows they would be seen —
// over BiDi the tab's own moz-extension:// loads are not reported; whether the workers' would be is not checked, and
// the harness's proxy prefs send anything that got past to a closed local port).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupFromBatch } from '../../utils/ledger/backup';
import type { Profile } from '../../utils/ledger/records';
import { EXTENSION_ORIGIN, expectNoExtensionErrors, launchFirefox, poll, waitFor, type FxSession } from './harness';
import { clickTestId, importLedgerFile, testIdText, waitTestId } from './dom';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'certificates');

/** A ledger with one person and no activities, as the extension's own backup file. */
async function personBackup(): Promise<string> {
  const profiles: Profile[] = [{ id: 'p0', name: '张晓明', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1_700_000_000_000 }];
  const backup = await backupFromBatch({ profiles, entries: [], evidence: [], settings: { activeProfileId: 'p0', remindersEnabled: false } });
  const file = join(mkdtempSync(join(tmpdir(), 'xskr-fx-cert-')), 'person.xskr.json');
  writeFileSync(file, JSON.stringify(backup));
  return file;
}

const draftCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-testid=certificate-draft]').length);
/** The first draft's fields (kind, name, year, hours, provider) and how it was read. */
const firstDraft = (page: Page) =>
  page.evaluate(() => {
    const f = document.querySelector('[data-testid=certificate-draft]')!;
    const v = (field: string) => (f.querySelector(`[data-field="${field}"]`) as HTMLInputElement).value;
    return { file: f.getAttribute('data-file'), kind: v('kind'), name: v('name'), year: v('year'), hours: v('hours'), provider: v('provider'), via: f.querySelector('p.hint')!.textContent };
  });

/** Requests for anything but the extension's own files (and in-page blob:/data: URLs). */
const outside = (urls: string[]) => urls.filter((u) => !u.startsWith(`${EXTENSION_ORIGIN}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));

/** The evidence files stored with the activities (each row's downloadable files, as the ledger lists them). */
const storedFiles = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('tr[data-entry-id] ul.files li > button:first-child')].map((b) => b.textContent ?? ''));

describe('从证书读取 in Firefox ESR', () => {
  let s: FxSession;
  let page: Page;
  const requests: string[] = [];
  beforeAll(async () => {
    s = await launchFirefox();
    page = await s.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      requests.push(request.url());
      const url = request.url();
      const own = url.startsWith(`${EXTENSION_ORIGIN}/`) || url.startsWith('blob:') || url.startsWith('data:');
      void (own ? request.continue() : request.abort()).catch(() => undefined);
    });
    const url = `${EXTENSION_ORIGIN}/options.html`;
    page.goto(url).catch(() => undefined); // never settles for moz-extension URLs over BiDi (harness.ts)
    await waitFor(page, (u) => location.href === u && document.readyState === 'complete', url, 15_000);
    await importLedgerFile(page, await personBackup());
    await poll(() => testIdText(page, 'activity-count'), (t) => t === '0', { what: 'activity-count' });
  }, 90_000);
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('reads a text PDF into a draft and stores it, confirmed, as an activity with the PDF as its evidence', async () => {
    requests.length = 0;
    const input = (await waitTestId(page, 'certificate-input', { attached: true })) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(FIXTURES, 'training-days-framed.pdf'));
    await poll(() => draftCount(page), (n) => n === 1, { timeout: 30_000, what: 'draft' });
    expect(await firstDraft(page)).toEqual({
      file: 'training-days-framed.pdf',
      kind: 'training',
      name: '建筑工程质量安全管理专题培训班',
      year: '2024',
      hours: '24', // 3 days × 8, by the rules
      provider: '湖南省建设教育协会',
      via: '读取方式：PDF 文字层',
    });
    await clickTestId(page, 'certificate-confirm');
    await poll(() => testIdText(page, 'activity-count'), (t) => t === '1', { what: 'activity-count' });
    await poll(() => draftCount(page), (n) => n === 0, { what: 'draft gone' });
    expect(await storedFiles(page)).toEqual(['training-days-framed.pdf']);
    // nothing left the tab while reading; and a request the page does make is seen (the check can fail)
    expect(outside(requests)).toEqual([]);
    await page.evaluate(() => fetch('https://example.org/xskr-probe').catch(() => undefined));
    await poll(async () => outside(requests), (u) => u.includes('https://example.org/xskr-probe'), { what: 'the probe request, seen by interception' });
  }, 60_000);

  it('reads a PNG scan by text recognition (WebAssembly) into a draft and stores it with the image as its evidence, offline', async () => {
    requests.length = 0;
    const input = (await waitTestId(page, 'certificate-input', { attached: true })) as ElementHandle<HTMLInputElement>;
    const t0 = Date.now();
    await input.uploadFile(join(FIXTURES, 'online-hours-table.png'));
    await poll(() => draftCount(page), (n) => n === 1, { timeout: 120_000, what: 'draft' });
    console.log(`Firefox: PNG scan → draft in ${Date.now() - t0} ms (including the OCR engine's start)`);
    expect(await testIdText(page, 'certificate-error')).toBeNull();
    const d = await firstDraft(page);
    expect(d.via).toBe('读取方式：文字识别（请逐项核对）');
    // the scan's fields as the Chromium suite reads them (at least four of the five right: the scans' 80 % bar)
    const right = [d.kind === 'online-course', d.name === '人工智能大模型技术及应用', d.year === '2025', d.hours === '30', d.provider === '湖南开放大学继续教育学院'];
    expect(right.filter(Boolean).length, JSON.stringify(d)).toBeGreaterThanOrEqual(4);
    await clickTestId(page, 'certificate-confirm');
    await poll(() => testIdText(page, 'activity-count'), (t) => t === '2', { what: 'activity-count' });
    expect((await storedFiles(page)).sort()).toEqual(['online-hours-table.png', 'training-days-framed.pdf']);
    expect(outside(requests)).toEqual([]);
  }, 150_000);
});
