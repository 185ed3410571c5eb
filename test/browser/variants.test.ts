// The extension on generated portal variants (the replica's `?vary=<seed>`: punctuation, bracketed units, helper lines
// under dialog titles, extra fields and columns, reordered fields and columns, icons and spaces on buttons, the guides'
// synonyms, other controls: 年度 as a select, 继续教育形式 typed). Properties checked for every seed: each screen is recognised as the same screen; a fill writes each value
// into its own field and nothing into a field we do not know; reviewer marks come from the right columns.
// Seeds: XSKR_VARIANT_SEEDS (how many, default 30) from XSKR_VARIANT_SEED_BASE (default 1); `npm run test:variants`
// runs more of them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoExtensionErrors, launchWithExtension, openPortal, type Session } from './harness';
import { seedLedger } from './seed';
import { buttonName, ledgerRow, panel, saved, seedReplica, waitJob, yearFields, ZHANGSAN, type ReplicaApp } from './applicant-helpers';

const COUNT = Number(process.env.XSKR_VARIANT_SEEDS ?? 30);
const BASE = Number(process.env.XSKR_VARIANT_SEED_BASE ?? 1);
const SEEDS = Array.from({ length: COUNT }, (_, i) => BASE + i);

interface Variation {
  seed: number;
  classes: string[];
  choices: { controls?: { freeForms?: boolean } };
}
const variation = (page: Page) => page.evaluate(() => (window as any).__replica.variation as Variation);

/** Every `extra_*` value the replica stored: fields we do not know must stay empty. */
function extraValues(app: ReplicaApp): [string, unknown][] {
  const all = [...Object.entries(app.form), ...app.rows.flatMap((r) => Object.entries(r as unknown as Record<string, unknown>))];
  return all.filter(([k, v]) => k.startsWith('extra_') && v !== '' && v !== null && v !== undefined);
}

const screenOf = (page: Page) => panel(page).getAttribute('data-page');
async function expectScreen(page: Page, screen: string | null, what: string) {
  await expect.poll(() => screenOf(page), { message: `${what}: panel data-page`, timeout: 10_000 }).toBe(screen);
}

/** A row button of the list: in the fixed 操作 column when the table has one (Element renders it twice). */
async function listButton(page: Page, text: string): Promise<Locator> {
  const fixed = page.locator('.el-table__fixed-right');
  const scope = (await fixed.count()) ? fixed : page;
  return scope.getByRole('button', { name: buttonName(text) }).first();
}

/** The topmost open dialog of the page (Element appends dialogs to <body>: the last shown one is on top). */
const topDialog = (page: Page): Locator => page.getByRole('dialog').last();

let s: Session;
beforeAll(async () => {
  s = await launchWithExtension();
  await seedLedger(s);
});
afterAll(async () => s?.close());
afterEach(() => expectNoExtensionErrors(s));

describe.each(SEEDS)('generated portal variant, seed %i', (seed) => {
  it('variant A: recognises every screen, fills the missing years into their own fields and nothing else, keeps the user’s row', async () => {
    const page = await openPortal(s, `index.html?vary=${seed}&saveDelay=0#/xskr/apply`);
    const v = await variation(page);
    const mine = { id: 'row-mine', year: 2021, publicName: '我自己填的公需', publicHours: 40, publicForm: '远程教育', professionalName: '我自己填的专业', professionalHours: 60, professionalForm: '研修班', totalHours: 100 };
    await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows: [mine] }]);
    const ctx = `seed ${seed} (${v.classes.join(', ')})`;
    await expectScreen(page, 'applicant-list', ctx);
    await (await listButton(page, '修改')).click();
    await expectScreen(page, 'applicant-form', ctx);
    await topDialog(page).getByRole('button', { name: buttonName('下一步') }).click();
    const guard = page.getByTestId('submit-guard');
    await expect.poll(async () => (await guard.isVisible()) || (await screenOf(page)) === 'year-detail', { message: ctx }).toBe(true);
    if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
    await expectScreen(page, 'year-detail', ctx);

    await page.getByTestId('fill-years').click();
    const report = await waitJob(page);
    expect(report, ctx).toContain('已添加 4 个年度');
    const app = (await saved(page)).applications.find((a) => a.id === 'app-a-1')!;
    const byYear = app.rows.map(yearFields).sort((a, b) => a.year - b.year);
    const want = (year: number) => ledgerRow(year, { typedForms: !!v.choices.controls?.freeForms });
    expect(byYear, ctx).toEqual([want(2020), yearFields(mine), want(2022), want(2023), want(2024)]);
    expect(extraValues(app), `${ctx}: fields we do not know were written`).toEqual([]);
    expect(await page.locator('.el-form-item.is-error').count(), ctx).toBe(0);

    // The nested dialogs opened by hand are recognised too.
    await topDialog(page).getByRole('button', { name: buttonName('新增') }).first().click();
    await expectScreen(page, 'year-form', ctx);
    await topDialog(page).getByRole('button', { name: buttonName('关闭') }).last().click();
    await expectScreen(page, 'year-detail', ctx);
    await topDialog(page).getByRole('button', { name: buttonName('上传附件') }).first().click();
    await expectScreen(page, 'evidence-upload', ctx);
    await page.close();
  });

  it('variant B: recognises the form and fills its year into its own fields, leaving unknown fields empty', async () => {
    const page = await openPortal(s, `index.html?vary=${seed}&saveDelay=0#/xskr/apply-b`);
    const v = await variation(page);
    const ctx = `seed ${seed} (${v.classes.join(', ')})`;
    await expectScreen(page, 'applicant-list', ctx);
    await (await listButton(page, '修改')).click();
    await expectScreen(page, 'applicant-form', ctx);
    await page.getByTestId('fill-years').click();
    expect(await waitJob(page), ctx).toContain('已填写 2020 年度');
    await topDialog(page).getByRole('button', { name: buttonName('保存') }).click();
    await expect.poll(async () => (await saved(page)).applications.find((a) => a.variant === 'B')?.rows.length ?? 0, { message: ctx }).toBe(1);
    const app = (await saved(page)).applications.find((a) => a.variant === 'B')!;
    expect(app.rows.map(yearFields), ctx).toEqual([ledgerRow(2020, { typedForms: !!v.choices.controls?.freeForms })]);
    expect(extraValues(app), `${ctx}: fields we do not know were written`).toEqual([]);
    await page.close();
  });

  it('reviewer: recognises the list and the detail and marks each row from the right columns', async () => {
    const page = await openPortal(s, `index.html?vary=${seed}&saveDelay=0#/xskr/unit-audit`);
    const v = await variation(page);
    const ctx = `seed ${seed} (${v.classes.join(', ')})`;
    const r = (year: number, pub: number, pro: number, total = pub + pro) => ({
      year, publicName: `${year}年公需科目网络培训`, publicHours: pub, publicForm: '远程教育', professionalName: `${year}年专业科目培训`,
      professionalHours: pro, professionalForm: '培训班', totalHours: total,
      attachments: [{ name: `${year}年证明.pdf`, type: 'application/pdf', size: 100_000 }],
    });
    await seedReplica(page, [
      {
        id: 'app-bad', variant: 'A', status: '待审核',
        form: { ...ZHANGSAN, 姓名: '王五', 证件号码: '430203198509107895' },
        rows: [r(2020, 20, 70), r(2021, 30, 60, 100), r(2022, 30, 60), r(2023, 30, 50), r(2019, 30, 60), r(2024, 45, 65)],
      },
    ]);
    await expectScreen(page, 'hr-list', ctx);
    await page.getByRole('row').filter({ hasText: '王五' }).getByRole('button', { name: buttonName('审核') }).first().click();
    await expectScreen(page, 'hr-detail', ctx);
    // [year, codes] per marked row; evidence is left out (it depends on whether the row's 详情 was seen).
    const marks = () =>
      topDialog(page)
        .locator('tr[data-xskr-codes]')
        .evaluateAll((trs) =>
          trs
            .map((tr) => {
              const text = (c: Element) => {
                const copy = c.cloneNode(true) as Element;
                copy.querySelectorAll('[data-xskr-own]').forEach((own) => own.remove()); // our badge
                return (copy.textContent ?? '').trim();
              };
              const year = Array.from((tr as HTMLTableRowElement).cells).map(text).find((t) => /^(19|20)\d{2}$/.test(t));
              const codes = (tr.getAttribute('data-xskr-codes') ?? '').split(' ').filter((c) => c && c !== 'evidence-missing').sort().join(' ');
              return [Number(year), codes] as [number, string];
            })
            .sort((a, b) => a[0] - b[0]),
        );
    await expect
      .poll(marks, { message: ctx, timeout: 10_000 })
      .toEqual([
        [2019, 'year-outside-span'],
        [2020, 'public-below-min'],
        [2021, 'total-mismatch'],
        [2022, ''],
        [2023, 'professional-below-min total-below-min'],
        [2024, ''],
      ]);
    await page.close();
  });
});
