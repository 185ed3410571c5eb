// Every recognised screen of the replica, reached as a user reaches it: for the panel's layout test and the demo.
import type { Page } from 'playwright-core';
import { openPortal, type Session } from './harness';
import { dialog, ledgerRow, seedReplica, ZHANGSAN } from './applicant-helpers';

export interface ScreenVisit {
  /** A short name for messages and screenshot files, e.g. 'A-year-detail'. */
  name: string;
  /** The data-page the panel should show. */
  page: string;
}

/** Waits until the panel shows `id` and has found its place for it. */
export async function waitScreen(page: Page, id: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (want) => {
      const host = document.querySelector('[data-testid="xskr-panel"]');
      return host?.getAttribute('data-page') === want && host.hasAttribute('data-xskr-placement');
    },
    id,
    { timeout },
  );
  await page.waitForTimeout(450); // the panel measures the page at most every 120 ms after it settles
}

/**
 * Walks every screen of variant A, variant B and both reviewer lists, calling `at` on each with the page showing it.
 * Dialogs are opened with the portal's own buttons (a click the panel intercepted would fail here too).
 */
export async function walkScreens(s: Session, at: (page: Page, visit: ScreenVisit) => Promise<void>, query = '?saveDelay=0'): Promise<void> {
  // Variant A: an application with one year filed, so 上传附件 exists.
  {
    const page = await openPortal(s, `index.html${query}#/xskr/apply`);
    await seedReplica(page, [{ id: 'app-a-1', variant: 'A', status: '待提交', form: { ...ZHANGSAN }, rows: [{ ...ledgerRow(2020), id: 'r2020' }] }]);
    await waitScreen(page, 'applicant-list');
    await at(page, { name: 'A-applicant-list', page: 'applicant-list' });
    await page.locator('.el-table__fixed-right').getByRole('button', { name: '修改' }).first().click();
    await waitScreen(page, 'applicant-form');
    await at(page, { name: 'A-applicant-form', page: 'applicant-form' });
    await dialog(page, '学时核认申报').getByRole('button', { name: '下一步' }).click();
    const guard = page.getByTestId('submit-guard');
    await page.waitForFunction(() => document.querySelector('[data-testid="xskr-panel"]')?.getAttribute('data-page') === 'year-detail', null, { timeout: 10_000 }).catch(() => undefined);
    if (await guard.isVisible()) await page.getByTestId('submit-guard-continue').click();
    await waitScreen(page, 'year-detail');
    await at(page, { name: 'A-year-detail', page: 'year-detail' });
    await dialog(page, '申报年度明细信息').getByRole('button', { name: /新\s*增/ }).first().click();
    await waitScreen(page, 'year-form');
    await at(page, { name: 'A-year-form', page: 'year-form' });
    await page.locator('.el-dialog__wrapper:visible').last().getByRole('button', { name: /关\s*闭/ }).last().click();
    await waitScreen(page, 'year-detail');
    await dialog(page, '申报年度明细信息').locator('tr', { hasText: '2020' }).getByRole('button', { name: '上传附件' }).first().click();
    await waitScreen(page, 'evidence-upload');
    await at(page, { name: 'A-evidence-upload', page: 'evidence-upload' });
    await page.close();
  }
  // Variant B: the list, the per-year form, and its 申报材料上传.
  {
    const page = await openPortal(s, `index.html${query}#/xskr/apply-b`);
    await waitScreen(page, 'applicant-list');
    await at(page, { name: 'B-applicant-list', page: 'applicant-list' });
    await page.getByRole('button', { name: /新增/ }).first().click();
    await waitScreen(page, 'applicant-form');
    await at(page, { name: 'B-applicant-form', page: 'applicant-form' });
    await dialog(page, '学时核认申报').getByRole('button', { name: '学时佐证材料上传' }).click();
    await waitScreen(page, 'evidence-upload');
    await at(page, { name: 'B-evidence-upload', page: 'evidence-upload' });
    await page.close();
  }
  // Reviewers: the unit's list, an application's detail, its 详情 and 审核不通过 dialogs; the supervisor's list.
  {
    const page = await openPortal(s, `index.html${query}#/xskr/unit-audit`);
    await waitScreen(page, 'hr-list');
    await at(page, { name: 'hr-unit-list', page: 'hr-list' });
    await page.locator('tr', { hasText: '王五' }).first().getByRole('button', { name: '审核' }).click();
    await waitScreen(page, 'hr-detail');
    await at(page, { name: 'hr-detail', page: 'hr-detail' });
    await dialog(page, '学时核认申报详细').getByRole('button', { name: '详情' }).first().click();
    await dialog(page, '详情').waitFor();
    await waitScreen(page, 'hr-detail');
    await at(page, { name: 'hr-detail-row', page: 'hr-detail' });
    await dialog(page, '详情').getByRole('button', { name: /关\s*闭/ }).last().click();
    await dialog(page, '详情').waitFor({ state: 'detached' });
    await dialog(page, '学时核认申报详细').getByRole('button', { name: '审核不通过' }).click();
    await dialog(page, '审核不通过').waitFor();
    await waitScreen(page, 'hr-detail');
    await at(page, { name: 'hr-detail-reject', page: 'hr-detail' });
    await page.close();
    const upper = await openPortal(s, `index.html${query}#/xskr/upper-audit`);
    await waitScreen(upper, 'hr-list');
    await at(upper, { name: 'hr-upper-list', page: 'hr-list' });
    await upper.close();
  }
}

/**
 * The portal's controls (button, input, select, textarea, link, dialog close …) the panel covers: at each control's centre
 * and its four corners (2 px in), elementsFromPoint finds our panel's host on top with the control right under it.
 */
export async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="xskr-panel"]');
    if (!host) return ['no panel'];
    const vw = innerWidth;
    const vh = innerHeight;
    const out: string[] = [];
    const sel = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], .el-dialog__headerbtn, .el-select, .el-pager li';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(sel))) {
      if (host.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      const points: [number, number][] = [
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      for (const [x, y] of points) {
        if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
        // Covered: our panel is on top at that point, and right under it is the control (not the portal's own modal
        // mask: a control under a dialog's mask is out of the user's reach anyway).
        const stack = document.elementsFromPoint(x, y);
        if (stack[0] === host && stack[1] && (stack[1] === el || el.contains(stack[1]) || stack[1].contains(el))) {
          out.push(`${el.tagName.toLowerCase()} “${(el.innerText || el.getAttribute('placeholder') || el.getAttribute('aria-label') || el.className).toString().trim().slice(0, 24)}” at ${Math.round(x)},${Math.round(y)}`);
          break;
        }
      }
    }
    return out;
  });
}

/** The panel's box, whether it lies inside the window, and whether it is expanded. */
export async function panelBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number; inside: boolean; expanded: boolean; shape: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="xskr-panel"]')!;
    const aside = host.shadowRoot!.querySelector('.xskr-panel')!;
    const r = aside.getBoundingClientRect();
    const expanded = host.shadowRoot!.querySelector('[data-testid="xskr-collapse"]')?.getAttribute('aria-expanded') === 'true';
    return {
      left: r.left,
      top: r.top,
      right: r.right,
      bottom: r.bottom,
      inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      expanded,
      shape: host.getAttribute('data-xskr-placement') ?? '',
    };
  });
}
