// Reviewer marks on the replica's 学时核认申报单位审核 / 学时核认上级单位审核 screens, with the built extension.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPortal, panel, type Session } from './harness';
import { suiteSession } from './suite-session';
import { BAD, GOOD, LONG, UPPER } from './reviewer-seed';

/** The 学时核认申报详细 table with a 附件 column (the guides have none; some pages may): counts come from the column. */
const COLUMN = 'attachments=column&saveDelay=0';

async function seeded(s: Session, route: string, query = COLUMN): Promise<Page> {
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
/** Chooses a rule set in the panel with the keyboard, as a user does (the panel ignores synthetic events). */
async function choosePolicy(page: Page, id: string) {
  const select = page.getByTestId('reviewer-policy');
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await select.focus();
  for (let i = 0; i < values.length && (await select.inputValue()) !== id; i++) {
    await page.keyboard.press(values.indexOf(id) > values.indexOf(await select.inputValue()) ? 'ArrowDown' : 'ArrowUp');
  }
  expect(await select.inputValue()).toBe(id);
}
const findings = (page: Page) =>
  page.getByTestId('finding').evaluateAll((els) => els.map((el) => [el.getAttribute('data-code'), el.getAttribute('data-year')]));
const summary = async (page: Page) => {
  const el = page.getByTestId('review-summary');
  return { ok: await el.getAttribute('data-ok'), problem: await el.getAttribute('data-problem') };
};

describe('reviewer marks on 学时核认申报单位审核 (with a 附件 column)', () => {
  const s = suiteSession();

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
    await choosePolicy(page, 'xiangtan-2022');
    await expect.poll(() => marks(d).then((m) => m[0])).toEqual([2020, 'ok', '']);
    await choosePolicy(page, 'hunan-2025');
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
  const s = suiteSession();

  it('reads 拟申报职称 and 申报年度 written as “拟申报职称：” / “ 申报年度 : ”', async () => {
    const page = await seeded(s, '/xskr/unit-audit', `labels=alt&${COLUMN}`);
    const d = await openDetail(page, '王五');
    await expect.poll(() => marks(d).then((m) => m.map(([, status]) => status))).toEqual(['problem', 'problem', 'ok', 'problem', 'problem', 'problem']);
    expect(await page.getByTestId('review-applicant').textContent()).toContain('拟申报职称：副高级');
    expect(await page.getByTestId('review-span').textContent()).toContain('需核认 2020–2024 年');
    await page.close();
  });
});

describe('reviewer marks on 学时核认上级单位审核 (with a 附件 column)', () => {
  const s = suiteSession();

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

// ---------------------------------------------------------------------------------------------------------------
// Evidence from 详情 (the guides' table has no 附件 column: the files are behind each row's 详情)
// ---------------------------------------------------------------------------------------------------------------

/** [year, status or null, codes, evidence] of the detail table's rows, in table order. */
function evidenceMarks(scope: Locator) {
  return scope.locator('tr[data-xskr-codes]').evaluateAll((trs) =>
    trs.map((tr) => [
      Number(/\d{4}/.exec((tr as HTMLTableRowElement).cells[1].textContent ?? '')?.[0]),
      tr.getAttribute('data-xskr-status'),
      tr.getAttribute('data-xskr-codes'),
      tr.getAttribute('data-xskr-evidence'),
    ]),
  );
}
const rowOf = (d: Locator, year: number) => d.locator('tr[data-xskr-codes]').filter({ has: d.page().locator('td', { hasText: new RegExp(`^${year}`) }) });
const reviews = (page: Page) => page.evaluate(() => ((window as any).__replica.events as { type: string }[]).filter((e) => e.type === 'review'));

/**
 * Clicks 逐年查看学时材料 and waits for the job to end; returns the time from the click to the end (ms, in the page). The walk
 * can be over before Playwright looks, so the job's states are recorded in the page as they change.
 */
async function walk(page: Page): Promise<number> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-testid="xskr-panel"]')!.shadowRoot!;
    const w = window as unknown as { __walk: { states: string[]; end?: number; start?: number } };
    w.__walk = { states: [] };
    const look = () => {
      const state = root.querySelector('[data-testid="xskr-job"]')?.getAttribute('data-state') ?? '';
      const states = w.__walk.states;
      if (states.at(-1) !== state) states.push(state);
      if (states.includes('running') && state !== 'running' && w.__walk.end === undefined) w.__walk.end = performance.now();
    };
    new MutationObserver(look).observe(root, { subtree: true, childList: true, attributes: true });
    root.addEventListener('click', () => (w.__walk.start ??= performance.now()), { capture: true });
  });
  await page.getByTestId('review-evidence-walk').click();
  const handle = await page.waitForFunction(() => {
    const w = (window as unknown as { __walk: { states: string[]; end?: number; start?: number } }).__walk;
    return w.end !== undefined && w.start !== undefined ? { ms: w.end - w.start, states: w.states } : null;
  }, null, { timeout: 30_000 });
  const { ms, states } = (await handle.jsonValue())!;
  expect(states.at(-1)).toBe('done');
  return Math.round(ms);
}

describe('reviewer evidence from each row’s 详情 (the replica’s default table, no 附件 column)', () => {
  const s = suiteSession();

  it('calls no year fine before its 学时材料 were seen; the walk reads them and marks 2021 (no files) evidence-missing', async () => {
    // The replica's own data: 王五's 2021 has no files, 2020/2022/2023 have one each.
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/unit-audit');
    const d = await openDetail(page, '王五');
    await expect.poll(() => evidenceMarks(d)).toEqual([
      [2020, null, '', 'unseen'],
      [2021, null, '', 'unseen'],
      [2022, 'problem', 'public-below-min total-below-min', 'unseen'],
      [2023, 'problem', 'total-mismatch', 'unseen'],
    ]);
    expect(await d.locator('tr[data-xskr-status="ok"]').count()).toBe(0);
    const badge = rowOf(d, 2021).locator('[data-xskr-badge]');
    expect(await badge.textContent()).toBe('? 未查看');
    expect(await badge.getAttribute('title')).toContain('学时材料未查看');
    expect(await rowOf(d, 2022).locator('[data-xskr-badge]').getAttribute('title')).toContain('学时材料未查看');
    expect(await page.getByTestId('review-evidence-unseen').textContent()).toContain('学时材料未查看：2020、2021、2022、2023 年');
    expect(await page.getByTestId('review-summary').getAttribute('data-unchecked')).toBe('2');
    expect((await findings(page)).filter(([c]) => c === 'evidence-missing')).toEqual([]);

    const ms = await walk(page);
    console.log(`walk over 王五's 4 years: ${ms} ms`);
    await expect.poll(() => evidenceMarks(d)).toEqual([
      [2020, 'ok', '', 'seen'],
      [2021, 'problem', 'evidence-missing', 'seen'],
      [2022, 'problem', 'public-below-min total-below-min', 'seen'],
      [2023, 'problem', 'total-mismatch', 'seen'],
    ]);
    expect(await findings(page)).toContainEqual(['evidence-missing', '2021']);
    expect(await page.getByTestId('review-evidence-unseen').count()).toBe(0);
    expect(await page.getByTestId('review-reason').inputValue()).toContain('2021年未上传佐证材料');
    const job = await page.getByTestId('xskr-job').textContent();
    expect(job).toContain('2021 年：没有学时材料');
    expect(job).toContain('2020 年：1 个文件');
    // Every 详情 is closed again, the detail stays, and nothing was decided.
    expect(await page.getByRole('dialog', { name: '详情' }).count()).toBe(0);
    expect(await panel(page).getAttribute('data-page')).toBe('hr-detail');
    expect(await reviews(page)).toEqual([]);

    // Back on the list the application is a problem; reopened, its years stay seen (remembered in this tab).
    await d.getByRole('button', { name: '关闭' }).last().click();
    await expect.poll(() => panel(page).getAttribute('data-page')).toBe('hr-list');
    await expect.poll(() => page.locator('tr[data-xskr-codes]').filter({ hasText: '王五' }).getAttribute('data-xskr-status')).toBe('problem');
    const again = await openDetail(page, '王五');
    await expect.poll(() => evidenceMarks(again).then((m) => m.map((r) => r[3]))).toEqual(['seen', 'seen', 'seen', 'seen']);
    await page.close();
  });

  it('counts the 学时材料 of a 详情 the reviewer opens by hand', async () => {
    const page = await openPortal(s, 'index.html?saveDelay=0#/xskr/unit-audit');
    const d = await openDetail(page, '王五');
    await expect.poll(() => evidenceMarks(d).then((m) => m.length)).toBe(4);
    await rowOf(d, 2021).getByRole('button', { name: '详情' }).click();
    const info = page.getByRole('dialog', { name: '详情' });
    await info.waitFor();
    await expect.poll(() => rowOf(d, 2021).getAttribute('data-xskr-codes')).toBe('evidence-missing');
    expect(await rowOf(d, 2021).getAttribute('data-xskr-status')).toBe('problem');
    await info.getByRole('button', { name: '关闭' }).click();
    await rowOf(d, 2020).getByRole('button', { name: '详情' }).click();
    await expect.poll(() => rowOf(d, 2020).getAttribute('data-xskr-status')).toBe('ok');
    await page.getByRole('dialog', { name: '详情' }).locator('[aria-label="Close"]').click();
    expect(await evidenceMarks(d)).toEqual([
      [2020, 'ok', '', 'seen'],
      [2021, 'problem', 'evidence-missing', 'seen'],
      [2022, 'problem', 'public-below-min total-below-min', 'unseen'],
      [2023, 'problem', 'total-mismatch', 'unseen'],
    ]);
    expect(await page.getByTestId('review-evidence-unseen').getAttribute('data-years')).toBe('2022 2023');
    await page.close();
  });

  it('walks 李四’s 5 years to ok, and only the rows shown on a page of 钱七’s 14', async () => {
    const page = await seeded(s, '/xskr/unit-audit', 'saveDelay=0');
    const d = await openDetail(page, '李四');
    await expect.poll(() => evidenceMarks(d).then((m) => m.length)).toBe(5);
    expect(await d.locator('tr[data-xskr-status]').count()).toBe(0);
    const ms = await walk(page);
    console.log(`walk over 李四's 5 years: ${ms} ms`);
    await expect.poll(() => marks(d)).toEqual([2020, 2021, 2022, 2023, 2024].map((y) => [y, 'ok', '']));
    expect(await summary(page)).toEqual({ ok: '5', problem: '0' });
    await d.getByRole('button', { name: '关闭' }).last().click();

    const long = await openDetail(page, '钱七');
    await expect.poll(() => evidenceMarks(long).then((m) => m.length)).toBe(10);
    expect(await page.getByTestId('review-evidence').textContent()).toContain('只能打开本页显示的 10 行（共 14 行）');
    await walk(page);
    expect(await page.getByTestId('xskr-job').textContent()).toContain('表格共 14 行，只能打开本页显示的行');
    await expect.poll(() => evidenceMarks(long).then((m) => m.map((r) => r[3]))).toEqual(Array(10).fill('seen'));
    await long.locator('.el-pager li', { hasText: /^2$/ }).click();
    await expect.poll(() => evidenceMarks(long)).toEqual([2021, 2022, 2023, 2024].map((y) => [y, null, '', 'unseen']));
    await walk(page);
    await expect.poll(() => marks(long)).toEqual([2021, 2022, 2023, 2024].map((y) => [y, 'ok', '']));
    expect(await reviews(page)).toEqual([]);
    await page.close();
  });

  it('keeps reading counts from a 附件 column when the page has one', async () => {
    const page = await openPortal(s, `index.html?${COLUMN}#/xskr/unit-audit`);
    const d = await openDetail(page, '王五');
    await expect.poll(() => evidenceMarks(d)).toEqual([
      [2020, 'ok', '', 'seen'],
      [2021, 'problem', 'evidence-missing', 'seen'],
      [2022, 'problem', 'public-below-min total-below-min', 'seen'],
      [2023, 'problem', 'total-mismatch', 'seen'],
    ]);
    expect(await page.getByTestId('review-evidence').getAttribute('data-from')).toBe('column');
    expect(await page.getByTestId('review-evidence-walk').count()).toBe(0);
    await page.close();
  });
});
