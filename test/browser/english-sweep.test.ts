// Issue 13 point 5: with the UI language set to English, no Chinese is left in our own UI text on any screen — every
// panel screen of the replica (variants A and B, the applicant's and the reviewer's), the marks we write into the
// portal's tables, the popup's tabs, the options page and the summary page's toolbar.
//
// Allowed to stay Chinese, and only these (the walk below strips them before it looks for CJK):
// 1. Anything inside an element marked lang="zh-CN". We mark so exactly the words we quote rather than write: the
//    portal's own labels, buttons and values a user must find on the Chinese portal, person names, file names, the
//    ledger's activity names and 继续教育形式, the official texts' document names, clause citations and material names,
//    the rules' own notes, the 中文 option of the language selector, and the offline summary's A4 sheet (it goes to the
//    HRSS office on paper, in Chinese, whatever the UI language).
// 2. Text between “ and ” inside an English sentence: that is how the English dictionary quotes a portal label or
//    value, a name or a file name mid-sentence (Did not press “保存” for you). The dictionary test guarantees the
//    English texts themselves hold no Chinese, so what sits between the quotes came from the page or the ledger.
// 3. A clause citation (…〔2025〕37号 附件2 二.4) in a tooltip: a document number is a name.
// 4. The user's own data where it is not marked: any string the seeded ledger holds (names, activity names,
//    organisers, 继续教育形式, file names — every string value of the sample ledger, test/fixtures/sample), removed
//    wherever it occurs.
// Attributes read: title, aria-label, placeholder, alt (what a pointer or a screen reader gives the user).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, type Session } from './harness';
import { join } from 'node:path';
import { SAMPLE_XLSX, seedLedger } from './seed';
import { walkScreens } from './screens';
import { sampleBatch } from '../fixtures/sample/sample-data';

const CERTIFICATES = join(import.meta.dirname, '..', 'fixtures', 'certificates');

/** File names and other data the options walk adds to the ledger (rule 4 holds for them too). */
const extraData: string[] = [];

/** Every string with Chinese the seeded ledger holds (allow-list rule 4), longest first. */
function ledgerStrings(): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/[\u3400-\u9fff]/.test(v)) out.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object' && !(v instanceof ArrayBuffer)) Object.values(v).forEach(visit);
  };
  visit(sampleBatch());
  for (const d of extraData) out.add(d);
  return [...out].sort((a, b) => b.length - a.length);
}

interface Leak {
  where: string;
  text: string;
}

/** Runs in the page: our own text nodes and attributes, less the allowed quotes, that still hold CJK. */
function ownChinese([scope, data]: ['extension-page' | 'portal', string[]]): Leak[] {
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
  const strip = (s: string) =>
    data
      .reduce((t, d) => t.split(d).join(''), s)
      .replace(/“[^”]*”/g, '')
      .replace(/[^\s(（:：]*〔\d{4}〕\d+号[^)）;；\n]*/g, '');
  const leaks: Leak[] = [];
  const seen = new Set<string>();
  const add = (where: string, text: string) => {
    const key = `${where}|${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    leaks.push({ where, text });
  };
  const walk = (root: Node, where: string) => {
    const tw = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n: Node | null = tw.currentNode; n; n = tw.nextNode()) {
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      if (!el || el.closest('[lang="zh-CN"], style, script, template')) continue;
      if (n.nodeType === 3) {
        // Quotes may span several text nodes (“ + <span lang=zh-CN>name</span> + ”): judge the parent's own text.
        const own = Array.from(el.childNodes)
          .map((c) => (c.nodeType === 3 ? c.textContent : c.nodeType === 1 && (c as Element).closest('[lang="zh-CN"]') ? '' : ' '))
          .join('');
        if (CJK.test(strip(own))) add(where, (n.textContent ?? '').trim());
      } else {
        for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
          const v = (n as Element).getAttribute(a);
          if (v && CJK.test(strip(v))) add(`${where} [${a}] <${(n as Element).tagName.toLowerCase()}>`, v);
        }
      }
    }
  };
  if (scope === 'extension-page') {
    walk(document.body, document.title || location.pathname);
    if (document.title && CJK.test(strip(document.title))) add('<title>', document.title);
    return leaks;
  }
  const host = document.querySelector('[data-testid="xskr-panel"]');
  if (host?.shadowRoot) walk(host.shadowRoot, 'panel');
  // What we write into the portal's page: row notes, reviewer badges, anything carrying data-xskr-own.
  for (const el of Array.from(document.querySelectorAll('[data-xskr-own]'))) if (el.tagName !== 'STYLE') walk(el, 'page mark');
  for (const td of Array.from(document.querySelectorAll('[data-xskr-note]'))) {
    const v = td.getAttribute('data-xskr-note')!;
    if (CJK.test(strip(v))) add('row note', v);
  }
  return leaks;
}

async function leaksOn(page: Page, scope: 'extension-page' | 'portal'): Promise<Leak[]> {
  return page.evaluate(ownChinese, [scope, ledgerStrings()] as ['extension-page' | 'portal', string[]]);
}

describe('English everywhere the UI is ours', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launchWithExtension();
    await seedLedger(s);
    const options = await openExtensionPage(s, 'options.html');
    await options.getByTestId('ui-language').selectOption('en');
    // The choice is saved in the ledger and copied where the portal's content script reads it (xskr:ui-language).
    await options.waitForFunction(
      async () => ((await (globalThis as any).chrome.storage.local.get('xskr:ui-language')) as Record<string, unknown>)['xskr:ui-language'] === 'en',
      null,
      { timeout: 30_000, polling: 200 },
    );
    await options.close();
  }, 180_000);
  afterAll(async () => s?.close());

  it('shows no Chinese of ours on any panel screen of the replica, applicant (A and B) and reviewer', async () => {
    const found: string[] = [];
    const visited: string[] = [];
    await walkScreens(s, async (page, visit) => {
      visited.push(visit.name);
      await page.waitForTimeout(600); // findings, evidence lists and marks settle
      for (const l of await leaksOn(page, 'portal')) found.push(`${visit.name} · ${l.where}: ${l.text}`);
    });
    expect(visited.length).toBeGreaterThanOrEqual(12);
    expect(found).toEqual([]);
  }, 240_000);

  it('shows no Chinese of ours anywhere on the options page: every section, the activity form of every kind, import, evidence, rule sets', async () => {
    const found: string[] = [];
    const seen: string[] = [];
    const page = await openExtensionPage(s, 'options.html');
    const scan = async (where: string) => {
      seen.push(where);
      await page.waitForTimeout(150);
      for (const l of await leaksOn(page, 'extension-page')) found.push(`${where} · ${l.where}: ${l.text}`);
    };
    const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4 ${name}`) });
    // The files this walk adds are the user's data too (rule 4): their names are removed like the ledger's.
    extraData.push('专利甲', '培训通知.pdf', '学历证书.pdf', '没有对应活动的文件.pdf', '2019-2019学时认定单.pdf', '坏表.csv', '新的一行.csv', '赵新');
    await page.getByTestId('activity-count').waitFor({ timeout: 30_000 });
    await page.getByTestId('year-table').waitFor();
    await scan('李明: overview of the person, year view, activities, import and export');

    // Every person at a glance (HR's overview), then the second person, whose 2022 is short.
    await page.locator('details.overview > summary').click();
    await page.getByTestId('overview-table').waitFor();
    await scan('overview of all people');
    await page.getByTestId('profile-select').selectOption({ label: '王芳' });
    await page.locator('[data-testid="year-row"][data-status="short"]').first().waitFor();
    await scan('王芳: a short year and its findings');
    await page.getByTestId('profile-select').selectOption({ label: '李明' });
    await page.locator('[data-testid="year-row"]').first().waitFor();

    // The activity form: a certificate's hours, then every kind the rules convert, each filled so its hours and basis show.
    await page.getByRole('button', { name: 'Add activity' }).click();
    const form = page.locator('form.entry-form');
    await form.waitFor();
    await scan('activity form, empty');
    const modes = await form.locator('select').first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(modes.length).toBeGreaterThanOrEqual(15);
    for (const mode of modes) {
      await form.locator('select').first().selectOption(mode);
      if (mode === 'certified') await form.locator('input[type=number][step="0.5"]').fill('12');
      for (const f of await form.locator('[data-kind-field]').all()) {
        const control = f.locator('select, input').first();
        const tag = await control.evaluate((el) => `${el.tagName}:${(el as HTMLInputElement).type}`);
        if (tag.startsWith('SELECT')) await control.selectOption({ index: 1 });
        else if (tag === 'INPUT:month') await control.fill((await f.getAttribute('data-kind-field')) === 'start' ? '2023-01' : '2023-12');
        else if (tag === 'INPUT:checkbox') await control.check();
        else await control.fill('2');
      }
      await scan(`activity form: ${mode}`);
    }
    // Our own checks of the form (the browser's are off for this): no name, negative hours, no year.
    await form.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
    await form.locator('select').first().selectOption('certified');
    await form.locator('input[type=number][step="0.5"]').fill('-1');
    await form.locator('input[required]').first().fill('');
    await form.locator('input[type=number][min="1990"]').first().fill('');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.locator('.field-error').nth(2).waitFor();
    await scan('activity form: its field errors');
    // …and a schema's own message under a kind's field: a patent ranked -1 (zod's 不能是负数 / 至少为 1, worded in English)
    await form.locator('select').first().selectOption('patent');
    await form.locator('input[required]').first().fill('专利甲');
    await form.locator('input[type=number][min="1990"]').first().fill('2023');
    await form.locator('[data-kind-field="rank"] input').fill('-1');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.locator('[data-kind-field="rank"] .field-error').waitFor();
    expect(await form.locator('[data-kind-field="rank"] .field-error').innerText()).toMatch(/negative|at least 1/);
    await scan('activity form: a schema’s message under a kind’s field');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // An activity's edit form, and the confirmations of a row.
    const row = page.locator('tr[data-entry-id]').first();
    await row.getByRole('button', { name: 'Edit' }).click();
    await form.waitFor();
    await scan('activity form: editing an imported activity');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await row.getByRole('button', { name: 'Delete' }).click();
    await scan('an activity’s delete confirmation');
    await row.getByRole('button', { name: 'Cancel' }).click();

    // Evidence: a file on one activity (its evidence set), personal documents, many files at once, a recognition form.
    await row.locator('input[type=file]').setInputFiles(pdf('培训通知.pdf'));
    await row.getByText('培训通知.pdf').waitFor();
    await scan('evidence sets after adding a file to an activity');
    await page.getByTestId('personal-evidence').setInputFiles(pdf('学历证书.pdf'));
    await page.getByTestId('personal-documents').getByText('学历证书.pdf').waitFor();
    await page.getByTestId('bulk-evidence').setInputFiles([pdf('2020年度培训结业证书.pdf'), pdf('没有对应活动的文件.pdf')]);
    await page.getByTestId('bulk-evidence-result').waitFor();
    await scan('bulk evidence result and personal documents');
    await page.getByTestId('recognition-form-from').fill('2019');
    await page.getByTestId('recognition-form-to').fill('2019');
    await page.getByTestId('recognition-form-file').setInputFiles(pdf('2019-2019学时认定单.pdf'));
    await page.locator('.recognition ul.files li').first().waitFor();
    await scan('a recognition form recorded');

    // The certificate reader: a text PDF read into a draft.
    await page.getByTestId('certificate-input').setInputFiles(join(CERTIFICATES, 'training-days-framed.pdf'));
    await page.getByTestId('certificate-draft').first().waitFor({ timeout: 60_000 });
    await scan('certificate reader with a draft');
    await page.getByTestId('certificate-discard').first().click();

    // Import: a preview of a file already in the ledger, a preview of a new row (confirmed), and a refused file.
    await page.getByTestId('ledger-import').setInputFiles(SAMPLE_XLSX);
    await page.getByTestId('import-confirm').waitFor();
    await scan('import preview: nothing new');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    await scan('import result: nothing new');
    const header = '姓名,年度,科目类别,名称,继续教育形式,学时,佐证材料\n';
    await page.getByTestId('ledger-import').setInputFiles({
      name: '新的一行.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}赵新,2019,专业科目,湖南大学,培训班,8,培训通知.pdf\n李明,2019,公需科目,湖南大学,远程教育,6,\n`),
    });
    await page.getByTestId('import-confirm').waitFor();
    await scan('import preview: a new person and a new row');
    await page.getByRole('button', { name: 'Cancel' }).last().click();
    await page.getByTestId('ledger-import').setInputFiles({ name: '坏表.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}李明,2024,专业科目,湖南大学,培训班,-8,\n李明,20x4,公需,湖南大学,培训班,8,\n李明,2024,公需课,湖南大学,培训班,八,\n`) });
    await page.getByTestId('import-error').waitFor();
    await scan('import error naming the rows');

    // Backup (its notice and the last-backup line).
    await page.getByRole('button', { name: 'Full backup (with evidence files)' }).click();
    await page.getByTestId('last-backup').getByText('Last full backup').waitFor();
    await scan('after a full backup');

    // The person: the ID shown for editing, an invalid ID, the delete and add-person confirmations.
    await page.getByRole('button', { name: 'Show / edit' }).click();
    await scan('ID number shown');
    await page.getByRole('button', { name: 'Hide' }).click();
    await page.getByRole('button', { name: 'Delete person' }).click();
    await scan('delete-person confirmation');
    await page.locator('.profile-bar .confirm').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add person' }).click();
    await scan('add-person form');
    await page.locator('.profile-bar').getByRole('button', { name: 'Cancel' }).click();

    // Every rule set with every title level (own span where a text leaves it open, the offline route where it is paper).
    const policy = page.getByTestId('profile-policy');
    const level = page.getByTestId('profile-title-level');
    const [policy0, level0, degree0] = [await policy.inputValue(), await level.inputValue(), await page.getByTestId('profile-degree').inputValue()];
    for (const id of ['hunan-2025', 'zhuzhou-2025', 'xiangtan-2022']) {
      await policy.selectOption(id);
      for (const l of ['full-senior', 'senior', 'intermediate']) {
        await level.selectOption(l);
        await page.getByTestId('profile-saved').getByText('saved').waitFor();
        await scan(`rule set ${id}, ${l}`);
      }
    }
    await policy.selectOption('hunan-2025');
    await level.selectOption('senior');
    await page.getByTestId('profile-degree').selectOption('doctor');
    await page.getByTestId('own-span').waitFor();
    await page.getByTestId('profile-span-from').fill('2019');
    await page.getByTestId('profile-span-to').fill('2018');
    await page.getByTestId('profile-span-to').blur();
    await scan('own span: an invalid pair of years');
    await page.getByTestId('profile-span-to').fill('2023');
    await page.getByTestId('profile-span-to').blur();
    await page.getByTestId('own-span-mine').waitFor();
    await scan('own span set by the person');
    await page.getByTestId('profile-degree').selectOption(degree0);
    await level.selectOption(level0);
    await policy.selectOption(policy0);
    await page.getByTestId('own-span-not-used').or(page.getByTestId('year-table')).first().waitFor();
    await scan('back to the seeded rule set, the own span no longer used');

    expect(seen.length).toBeGreaterThanOrEqual(40);
    expect(found).toEqual([]);
    await page.close();
  }, 240_000);

  it('shows no Chinese of ours in the popup’s tabs and on the summary page', async () => {
    const found: string[] = [];
    const popup = await openExtensionPage(s, 'popup.html');
    await popup.getByTestId('tab-checklist').waitFor();
    for (const tab of ['tab-checklist', 'tab-calculator']) {
      await popup.getByTestId(tab).click();
      await popup.waitForTimeout(300);
      for (const l of await leaksOn(popup, 'extension-page')) found.push(`popup ${tab} · ${l.where}: ${l.text}`);
    }
    const summary = await s.context.newPage();
    await summary.goto(`chrome-extension://${s.extensionId}/summary.html`);
    await summary.waitForTimeout(800);
    for (const l of await leaksOn(summary, 'extension-page')) found.push(`summary · ${l.where}: ${l.text}`);
    expect(found).toEqual([]);
  }, 120_000);
});
