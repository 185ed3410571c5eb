// The messages between the portal content script and the background in the real browser: a sender that is not our
// content script on a portal page is refused; a year whose evidence is larger than one runtime message may carry
// (Chrome: 64 MiB), three 19.5 MB scans (the replica, like the portal, refuses files over 20 MB), goes from the ledger
// to the portal's upload one file per message.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoExtensionErrors, launchWithExtension, openExtensionPage, openPortal, type Session } from './harness';
import { seedLedger, SAMPLE_PERSON } from './seed';
import { dialog, ledgerRow, panel, saved, seedReplica, waitJob, ZHANGSAN } from './applicant-helpers';

const SCAN_BYTES = 19_500_000; // under the portal's 「不超过20M」 read as 20,000,000 bytes (rules/README.md register); three still exceed one message in base64
const SCANS = [1, 2, 3].map((n) => `2020年度结业证书扫描件${n}.pdf`);

/** A 19.5 MB "PDF": a header, then bytes that differ per file (so a mix-up would show in the hash). */
function scan(n: number): Buffer {
  const b = Buffer.alloc(SCAN_BYTES);
  for (let i = 0; i < b.length; i += 4) b.writeUInt32LE((Math.imul(i + 1, 2654435761) ^ n) >>> 0, i);
  b.write('%PDF-1.4\n', 0, 'latin1');
  return b;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function openYearDetail(page: Page): Promise<void> {
  await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
  await expect.poll(() => panel(page).getAttribute('data-page')).toBe('applicant-form');
  await dialog(page, '学时核认申报').getByRole('button', { name: '下一步' }).click();
  const guard = page.getByTestId('submit-guard');
  await expect.poll(async () => (await guard.isVisible()) || (await panel(page).getAttribute('data-page')) === 'year-detail').toBe(true);
  if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
  await expect.poll(() => panel(page).getAttribute('data-page')).toBe('year-detail');
}

describe('messages to the background in the real browser', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
  });
  afterAll(async () => s?.close());

  it('refuses our own options page asking as if it were the portal', async () => {
    const page = await openExtensionPage(s, 'options.html');
    const answers = await page.evaluate(async () => {
      const send = (m: unknown) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m);
      return [await send({ type: 'portal:context' }), await send({ type: 'portal:applicant-fields' }), await send({ type: 'portal:evidence-list', year: 2020 })];
    });
    for (const a of answers) expect(a).toEqual({ ok: false, code: 'not-portal-page' }); // the panel words it (拒绝：只回答人社网厅页面上的学时助手)
    expect(JSON.stringify(answers)).not.toContain(SAMPLE_PERSON);
    await page.close();
  });
});

describe('a year with more evidence than one message may carry', () => {
  let s: Session;
  const dir = mkdtempSync(join(tmpdir(), 'xskr-scans-'));
  const hashes = new Map<string, string>();
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
    SCANS.forEach((name, i) => {
      const bytes = scan(i + 1);
      hashes.set(name, sha256(bytes));
      writeFileSync(join(dir, name), bytes);
    });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await s?.close();
  });

  it('attaches three 19.5 MB scans of 2020 through the portal’s upload, each file intact', async () => {
    const t0 = Date.now();
    const step = (what: string) => console.log(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // The user adds the scans to the 2020 training on the options page.
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    const training = options.locator('tr[data-entry-id]', { hasText: '建筑结构抗震设计规范培训班' });
    await training.locator('input[type="file"]').setInputFiles(SCANS.map((n) => join(dir, n)));
    await expect.poll(() => training.innerText(), { timeout: 60_000 }).toContain(SCANS[2]);
    await options.close();
    step('scans in the ledger');

    const page = await openPortal(s, 'index.html?saveDelay=150#/xskr/apply');
    const rows = [2020, 2021, 2022, 2023, 2024].map((y) => ({ ...ledgerRow(y), id: `r${y}`, attachments: [] }));
    await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows }]);
    await openYearDetail(page);
    const row2020 = dialog(page, '申报年度明细信息').locator('tr', { hasText: '2020年度公需科目' }).first();
    await row2020.getByRole('button', { name: '上传附件' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('evidence-upload');
    const attach = page.getByTestId('attach-evidence');
    await expect.poll(() => attach.isEnabled()).toBe(true);
    step('upload dialog open');
    const started = Date.now();
    await attach.click();
    // Each 19.5 MB file is ~27 MB of base64 in its own message; Chrome's serialisation of it takes seconds.
    const report = await waitJob(page, 200_000);
    console.log(`attaching 4 files (3 × 19.5 MB) took ${Date.now() - started} ms`);
    expect(report).toContain('2020 年：4 个文件已上传');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    const uploaded = app.rows.find((r) => r.year === 2020)!.attachments;
    expect(uploaded.map((f) => f.name).sort()).toEqual(['2020年度培训结业证书.pdf', ...SCANS].sort());
    for (const name of SCANS) {
      const f = uploaded.find((u) => u.name === name)!;
      expect(f).toMatchObject({ type: 'application/pdf', size: SCAN_BYTES, sha256: hashes.get(name) });
    }
    expectNoExtensionErrors(s);
  }, 300_000);
});
