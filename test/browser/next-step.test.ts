// A person who has never seen the extension finishes the applicant flow from the panel's first lines alone: on each
// screen they press only the panel's primary button, from the 申请列表 to a declaration ready for 提交. Variant A (one
// application, its years through 申报年度明细信息) and variant B (one application per year, each saved by the person).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoExtensionErrors, launchWithExtension, openExtensionPage, openPortal, type Session } from './harness';
import { SAMPLE_PERSON, seedLedger } from './seed';
import { buttonName, dialog, events, ledgerRow, saved, seedReplica, yearFields, ZHANGSAN } from './applicant-helpers';

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n`) });

/** The panel's screen, its next step's line and state, and its job's state, read at one instant. */
const snapshot = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-testid="xskr-panel"]');
    const root = host?.shadowRoot;
    return {
      where: host?.getAttribute('data-page') ?? null,
      text: root?.querySelector('[data-testid="next-step-text"]')?.textContent ?? '',
      state: root?.querySelector('[data-testid="next-step"]')?.getAttribute('data-state') ?? null,
      job: root?.querySelector('[data-testid="xskr-job"]')?.getAttribute('data-state') ?? null,
    };
  });
const key = (n: Awaited<ReturnType<typeof snapshot>>) => `${n.where}|${n.text}|${n.job}`;

/** What the panel says now, once its job (if any) has finished and the screen has settled. */
async function settled(page: Page) {
  // Settled: no job running, the panel has read the ledger (not 正在读取台账…) and says the same thing 600 ms apart —
  // on a loaded machine the portal's re-render and the panel's can come seconds after the click.
  const deadline = Date.now() + 90_000;
  let last = await snapshot(page);
  for (;;) {
    await page.waitForTimeout(600);
    const now = await snapshot(page);
    const calm = now.job !== 'running' && now.text !== '' && !/正在读取/.test(now.text) && key(now) === key(last);
    if (calm || Date.now() > deadline) return now;
    last = now;
  }
}

/** Presses `press` and waits until the screen, the panel's line or its job changes. */
async function pressAndWait(page: Page, press: () => Promise<void>) {
  const before = key(await snapshot(page));
  await press();
  await expect.poll(async () => key(await snapshot(page)), { timeout: 30_000 }).not.toBe(before);
}

/** The el-form-item whose label reads `label` (ignoring *, spaces and a trailing colon). */
const field = (scope: Locator, label: string) =>
  scope.locator('.el-form-item').filter({ has: scope.page().locator('.el-form-item__label', { hasText: new RegExp(`^\\s*\\*?\\s*${label.split('').join('\\s*')}\\s*[:：]?\\s*$`) }) });

/** The person fills in a field of theirs the panel names (the ledger has no value for it), as they would by hand. */
async function fillOwnField(form: Locator, label: string): Promise<void> {
  const page = form.page();
  const item = field(form, label);
  if (label === '单位名称') {
    await item.getByRole('button', { name: buttonName('选择') }).click();
    const units = dialog(page, '选择单位');
    await units.locator('.el-table__body-wrapper td', { hasText: ZHANGSAN.单位名称 }).click();
    await units.getByRole('button', { name: buttonName('确定') }).click();
  } else if (await item.locator('.el-select').count()) {
    await item.locator('.el-input__inner').click();
    await page.locator('.el-select-dropdown:visible:not([class*="-leave"]) .el-select-dropdown__item', { hasText: new RegExp(`^${ZHANGSAN[label as keyof typeof ZHANGSAN]}$`) }).click();
  } else {
    await item.locator('input, textarea').first().fill(ZHANGSAN[label as keyof typeof ZHANGSAN]);
  }
  await expect.poll(() => item.locator('input, textarea').first().inputValue()).toBe(ZHANGSAN[label as keyof typeof ZHANGSAN]);
}

describe('the panel’s next step', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('leads from the 申请列表 to a declaration ready for 提交 with one primary button per screen, never pressing 提交', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply');
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows: [] }]);
    const action = page.getByTestId('next-step-action');
    const walk: string[] = [];
    for (let i = 0; i < 30; i++) {
      // Let a running job finish and the screen settle before reading what the panel says now.
      const { state, where, text } = await settled(page);
      walk.push(`${where}: ${text}`);
      if (state === 'ready' && where === 'year-detail') break;
      // Exactly one primary button, and nothing else to open first.
      expect(await action.count(), walk.join('\n')).toBe(1);
      await pressAndWait(page, () => action.click());
    }
    expect((await snapshot(page)).state, walk.join('\n')).toBe('ready');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    // Every span year is filed as the ledger aggregates it, and every year's ledger evidence is in the portal.
    expect(app.rows.map(yearFields).sort((a, b) => a.year - b.year)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => ledgerRow(y)));
    for (const r of app.rows) expect(r.attachments.length, `${r.year}\n${walk.join('\n')}`).toBeGreaterThan(0);
    expect((await events(page)).filter((e) => e.type === 'submit')).toHaveLength(0);
    // The walk passed through each applicant screen, with what to do now in one line.
    const screens = new Set(walk.map((w) => w.split(':')[0]));
    expect([...screens].sort()).toEqual(['applicant-form', 'applicant-list', 'evidence-upload', 'year-detail']);
    expect(walk.find((w) => w.startsWith('applicant-form'))).toMatch(/下一步并补齐 5 个年度/);
    expect(walk.some((w) => /^evidence-upload: 放入 \d{4} 年的 \d+ 份材料/.test(w))).toBe(true);
  }, 300_000);

  it('variant B: leads from an empty 申请列表 to one saved application per year, each with its hours and every required slot filled, pressing only its primary button and doing by hand only what it says is theirs (fields the ledger lacks, 保存)', async () => {
    // The person's own 学历证书 and 委托审批函 are in the ledger (options page, not tied to a year), as variant B asks.
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('profile-select').selectOption({ label: SAMPLE_PERSON });
    await options.getByTestId('personal-evidence').setInputFiles([pdf('学历证书.pdf'), pdf('委托审批函.pdf')]);
    const personal = options.getByTestId('personal-documents');
    await expect.poll(() => personal.locator('[data-testid="evidence-material"][data-file="委托审批函.pdf"]').inputValue(), { timeout: 15_000 }).toBe('entrustment');
    await options.close();

    const page = await openPortal(s, 'index.html?saveDelay=100#/xskr/apply-b');
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedReplica(page, []);
    const action = page.getByTestId('next-step-action');
    const walk: string[] = [];
    let saves = 0;
    const ownFields: string[] = [];
    for (let i = 0; i < 60; i++) {
      const { state, where, text } = await settled(page);
      walk.push(`${where}: ${text}`);
      if (state === 'ready' && where === 'applicant-list') break;
      if (state === 'ready' && where === 'applicant-form') {
        // The panel leaves 保存 to the person and says so; they press the page's 保存 it names, nothing else.
        expect(text, walk.join('\n')).toMatch(/点网页的“保存”/);
        expect(await action.count(), walk.join('\n')).toBe(0);
        await pressAndWait(page, () => dialog(page, '学时核认申报').getByRole('button', { name: buttonName('保存') }).click());
        saves++;
        continue;
      }
      const own = /台账里没有的必填项：(.+)$/.exec(text);
      if (own && where === 'applicant-form') {
        // What only the person knows: they type it in where the panel says, and the panel goes on.
        const form = dialog(page, '学时核认申报');
        await pressAndWait(page, async () => {
          for (const label of own[1].split('、')) await fillOwnField(form, label);
        });
        ownFields.push(own[1]);
        continue;
      }
      expect(await action.count(), walk.join('\n')).toBe(1);
      await pressAndWait(page, () => action.click());
    }
    expect((await snapshot(page)).state, walk.join('\n')).toBe('ready');
    expect(walk.at(-1)).toMatch(/5 个年度都已保存/);
    const apps = (await saved(page)).applications.filter((a) => a.variant === 'B');
    // One application per span year, its hours as the ledger aggregates them (the replica's form gives no 继续教育形式 free text).
    expect(apps.map((a) => yearFields(a.rows[0])).sort((a, b) => a.year - b.year)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => ledgerRow(y)));
    for (const a of apps) {
      const slots = Object.fromEntries(Object.entries(a.slots).map(([k, v]) => [k, v.map((f) => f.name)]));
      // Every slot 提交 needs holds a file: the year's own evidence, and the person's documents.
      expect(slots.学时上传.length, `${a.rows[0].year}\n${walk.join('\n')}`).toBeGreaterThan(0);
      expect(slots.学历信息, `${a.rows[0].year}`).toEqual(['学历证书.pdf']);
      expect(slots.委托审批函, `${a.rows[0].year}`).toEqual(['委托审批函.pdf']);
    }
    expect(saves).toBe(5);
    // Each new application starts with only the account's name and ID: the panel named the rest each time.
    expect(ownFields, walk.join('\n')).toHaveLength(5);
    const ev = await events(page);
    expect(ev.filter((e) => e.type === 'submit')).toHaveLength(0);
    expect(ev.filter((e) => e.type === 'save-form')).toHaveLength(5); // exactly the five 保存 the person pressed
    const screens = new Set(walk.map((w) => w.split(':')[0]));
    expect([...screens].sort()).toEqual(['applicant-form', 'applicant-list', 'evidence-upload']);
    expect(walk[0]).toMatch(/还差 5 个年度的申报.*先新增 2020 年的/);
  }, 420_000);
});
