// Reviewer marks on the replica's 学时核认申报单位审核 / 学时核认上级单位审核 screens, with the built extension.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { expectNoExtensionErrors, launchWithExtension, openPortal, panel, type Session } from './harness';

interface SeedRow { year: number; pub: number; pro: number; total?: number; files?: number }

function row({ year, pub, pro, total, files = 2 }: SeedRow) {
  return {
    year, publicName: `${year}年公需科目网络培训`, publicHours: pub, publicForm: '远程教育',
    professionalName: `${year}年专业科目培训`, professionalHours: pro, professionalForm: '培训班', totalHours: total ?? pub + pro,
    attachments: Array.from({ length: files }, (_, i) => ({ name: `${year}年证明${i + 1}.pdf`, type: 'application/pdf', size: 100_000 + i })),
  };
}
function app(id: string, name: string, idNumber: string, rows: SeedRow[], extra: Record<string, unknown> = {}) {
  return {
    id, variant: 'A', status: '待审核',
    form: { 证件号码: idNumber, 姓名: name, 性别: '男', 民族: '汉族', 单位名称: '长沙示例建设工程有限公司', 单位性质: '国有企业', 拟申报职称: '副高级',
      联系电话: '13900001111', 最高学历: '大学本科', 申报大类: '工程', 子专业名称: '建筑学', 行政区划名称: '长沙市', 备注: '', 申报年度: '2025' },
    rows: rows.map(row),
    ...extra,
  };
}

const GOOD = app('app-good', '李四', '430602198707224561', [2020, 2021, 2022, 2023, 2024].map((year) => ({ year, pub: 30, pro: 60 })));
const BAD = app('app-bad', '王五', '430203198509107895', [
  { year: 2020, pub: 20, pro: 70 }, // 公需 20
  { year: 2021, pub: 30, pro: 60, total: 100 }, // 合计 ≠ 公需 + 专业
  { year: 2022, pub: 30, pro: 60 }, // fine
  { year: 2023, pub: 30, pro: 60 }, // 2023 twice …
  { year: 2023, pub: 35, pro: 60, files: 0 }, // … and this one without attachments
  { year: 2019, pub: 30, pro: 60 }, // outside 2020–2024
  // 2024 missing
]);
const LONG = app('app-long', '钱七', '430104199001011237', Array.from({ length: 14 }, (_, i) => ({ year: 2011 + i, pub: 30, pro: 60 })));
const UPPER = app('app-upper', '孙八', '430105198801011232', [2020, 2021, 2022, 2023].map((year) => ({ year, pub: 30, pro: year === 2021 ? 50 : 60 })), { reviewStage: 'upper' });

async function seeded(s: Session, route: string, query = 'saveDelay=0'): Promise<Page> {
  const page = await openPortal(s, `index.html?${query}#${route}`);
  await page.evaluate((apps) => (window as any).__replica.seed({ applications: apps }), [GOOD, BAD, LONG, UPPER]);
  return page;
}

function detail(page: Page): Locator {
  return page.getByRole('dialog', { name: '学时核认申报详细' });
}

async function openDetail(page: Page, name: string): Promise<Locator> {
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '审核' }).first().click();
  const d = detail(page);
  await d.waitFor();
  await expect.poll(() => panel(page).getAttribute('data-page')).toBe('hr-detail');
  return d;
}

/** [year, status, codes] of the detail table's checked rows, in table order. */
function marks(scope: Locator) {
  return scope.locator('tr[data-xskr-status]').evaluateAll((trs) =>
    trs.map((tr) => [
      Number(/\d{4}/.exec((tr as HTMLTableRowElement).cells[1].textContent ?? '')?.[0]),
      tr.getAttribute('data-xskr-status'),
      tr.getAttribute('data-xskr-codes'),
    ]),
  );
}
const findings = (page: Page) =>
  page.getByTestId('finding').evaluateAll((els) => els.map((el) => [el.getAttribute('data-code'), el.getAttribute('data-year')]));
const summary = async (page: Page) => {
  const el = page.getByTestId('review-summary');
  return { ok: await el.getAttribute('data-ok'), problem: await el.getAttribute('data-problem') };
};

describe('reviewer marks on 学时核认申报单位审核', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('marks every row of a clean application ok', async () => {
    const page = await seeded(s, '/xskr/unit-audit');
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('hr-list');
    const d = await openDetail(page, '李四');
    await expect.poll(() => marks(d)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, 'ok', '']));
    expect(await summary(page)).toEqual({ ok: '5', problem: '0' });
    expect(await page.getByTestId('review-span').textContent()).toContain('需核认 2020–2024 年');
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await page.getByTestId('review-reason').count()).toBe(0);
    await page.close();
  });

  it('gives each problem row exactly its codes, the missing year in the panel, and a ready reason', async () => {
    const page = await seeded(s, '/xskr/unit-audit');
    const d = await openDetail(page, '王五');
    await expect.poll(() => marks(d)).toEqual([
      [2020, 'problem', 'public-below-min'],
      [2021, 'problem', 'total-mismatch'],
      [2022, 'ok', ''],
      [2023, 'problem', 'year-duplicate'],
      [2023, 'problem', 'year-duplicate evidence-missing'],
      [2019, 'problem', 'year-outside-span'],
    ]);
    expect(await summary(page)).toEqual({ ok: '1', problem: '5' });
    const f = await findings(page);
    expect(f).toContainEqual(['year-missing', '2024']);
    expect(f).toContainEqual(['public-below-min', '2020']);
    expect(f.filter(([code]) => code === 'year-duplicate')).toEqual([['year-duplicate', '2023']]);
    // The badge tells the reason and the clause.
    const badge = d.locator('tr[data-xskr-status]').first().locator('[data-xskr-badge]');
    expect(await badge.textContent()).toBe('✗ 1项');
    expect(await badge.getAttribute('title')).toMatch(/2020 年公需科目 20 学时[\s\S]*湘人社办函〔2025〕37号/);
    const reason = await page.getByTestId('review-reason').inputValue();
    expect(reason).toMatch(/^审核不通过：1\./);
    for (const text of ['2020年公需科目20学时，少于30学时', '2021年合计100学时不等于公需30与专业60之和', '缺少2024年的学时', '2023年重复填报', '2019年不在2020–2024年核认范围内', '2023年未上传佐证材料', '湘人社办函〔2025〕37号']) {
      expect(reason).toContain(text);
    }
    const detailed = await page.getByTestId('review-reason-detailed').inputValue();
    for (const text of ['2020 年公需科目 20 学时', '缺少 2024 年', '2023 年填了 2 行', '2019 年不在', '2023 年还没有佐证材料', '湘人社办函〔2025〕37号 一.(二)']) expect(detailed).toContain(text);

    // Another rule set re-checks at once: Xiangtan 2022 has no separate 公需 minimum.
    await page.getByTestId('reviewer-policy').selectOption('xiangtan-2022');
    await expect.poll(() => marks(d).then((m) => m[0])).toEqual([2020, 'ok', '']);
    await page.getByTestId('reviewer-policy').selectOption('hunan-2025');
    await expect.poll(() => marks(d).then((m) => m[0])).toEqual([2020, 'problem', 'public-below-min']);

    // Back on the list, the application's row carries the result.
    await d.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('hr-list');
    const listRow = page.locator('tr[data-xskr-status]').filter({ hasText: '王五' });
    await expect.poll(() => listRow.getAttribute('data-xskr-codes')).toContain('year-missing');
    expect(await listRow.getAttribute('data-xskr-status')).toBe('problem');

    // 填入“不通过原因” opens the portal's dialog and fills the box (200 characters) with the whole reason, without submitting.
    await openDetail(page, '王五');
    await page.getByTestId('review-fill-reason').click();
    const rejectDialog = page.getByRole('dialog', { name: '审核不通过' });
    await expect.poll(() => rejectDialog.locator('textarea').inputValue()).toBe(reason);
    await expect.poll(() => page.getByTestId('xskr-job').textContent()).toContain('助手不会替您提交');
    const reviews = () => page.evaluate(() => ((window as any).__replica.events as { type: string; reason?: string }[]).filter((e) => e.type === 'review').map((e) => e.reason));
    expect(await reviews()).toEqual([]);
    await rejectDialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(reviews).toEqual([reason]);
    await page.close();
  });

  it('follows the pagination: missing years wait for every page, and page 2 is marked after it renders', async () => {
    const page = await seeded(s, '/xskr/unit-audit');
    const d = await openDetail(page, '钱七');
    await expect.poll(() => marks(d).then((m) => m.length)).toBe(10);
    expect((await marks(d))[0]).toEqual([2011, 'problem', 'year-outside-span']);
    expect(await page.getByTestId('review-summary').getAttribute('data-complete')).toBe('false');
    await d.locator('.el-pager li', { hasText: /^2$/ }).click();
    await expect.poll(() => marks(d)).toEqual([2021, 2022, 2023, 2024].map((y) => [y, 'ok', '']));
    await expect.poll(() => page.getByTestId('review-summary').getAttribute('data-complete')).toBe('true');
    expect(await summary(page)).toEqual({ ok: '5', problem: '9' }); // 2011–2019 outside the span, 2020–2024 fine
    expect((await findings(page)).filter(([c]) => c === 'year-missing')).toEqual([]);
    await page.close();
  });
});

describe('reviewer marks with the label variants of other pages', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('reads 拟申报职称 and 申报年度 written as “拟申报职称：” / “ 申报年度 : ”', async () => {
    const page = await seeded(s, '/xskr/unit-audit', 'labels=alt&saveDelay=0');
    const d = await openDetail(page, '王五');
    await expect.poll(() => marks(d).then((m) => m.map(([, status]) => status))).toEqual(['problem', 'problem', 'ok', 'problem', 'problem', 'problem']);
    expect(await page.getByTestId('review-applicant').textContent()).toContain('拟申报职称：副高级');
    expect(await page.getByTestId('review-span').textContent()).toContain('需核认 2020–2024 年');
    await page.close();
  });
});

describe('reviewer marks on 学时核认上级单位审核', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
  });
  afterAll(async () => s?.close());
  afterEach(() => expectNoExtensionErrors(s));

  it('checks the supervising department’s applications the same way', async () => {
    const page = await seeded(s, '/xskr/upper-audit');
    const d = await openDetail(page, '孙八');
    await expect.poll(() => marks(d)).toEqual([
      [2020, 'ok', ''],
      [2021, 'problem', 'professional-below-min total-below-min'],
      [2022, 'ok', ''],
      [2023, 'ok', ''],
    ]);
    expect(await summary(page)).toEqual({ ok: '3', problem: '1' });
    expect(await findings(page)).toContainEqual(['year-missing', '2024']);
    await page.close();
  });
});
