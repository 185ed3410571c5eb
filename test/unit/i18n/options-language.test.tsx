// The options page chrome in English: the header selector switches headings, buttons and table headers at once and
// saves the choice; the rows keep what the user entered, findings and citations stay Chinese.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../utils/ui-language';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { optionsPages, setValue, until } from '../ui';

let db: Ledger;
const showOptions = optionsPages();
let host: HTMLElement;

const headers = (testid: string) => [...host.querySelectorAll(testid === 'entries' ? 'table.entries thead th' : `[data-testid=${testid}] thead th`)].map((th) => th.textContent?.replace(/（≥\d+）| \(≥\d+\)/, ''));

beforeEach(async () => {
  db = await openLedger(`options-lang-${Math.random()}`);
  await db.putProfile({ id: 'p1', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
  await db.putEntries([{ id: 'e1', profileId: 'p1', name: '2021 年度公需科目网络课程', form: '远程教育', year: 2021, category: 'public', certifiedHours: 30, evidenceNames: [], createdAt: 1, updatedAt: 1 }]);
  await db.setActiveProfile('p1');
  ({ host } = await showOptions(db));
  await until(() => headers('year-table').length > 0 && headers('entries').length > 0 && !!host.querySelector('h2#entries-title'));
});
afterEach(() => setLang('zh-CN'));

describe('options page UI language', () => {
  it('switches the headings, buttons and table headers to English and back, saving the choice', async () => {
    const select = host.querySelector<HTMLSelectElement>('[data-testid=ui-language]')!;
    expect(select.value).toBe('zh-CN');
    expect(host.querySelector('h1')!.textContent).toBe('学时台账');
    expect(headers('year-table')).toEqual(['年度', '公需科目', '专业科目', '合计', '活动', '佐证文件', '核对结果', '还缺的佐证']);
    expect(headers('entries')).toEqual(['日期', '类别', '名称', '形式', '学时', '佐证材料', '操作']);
    expect(host.querySelector('table.entries caption')!.textContent).toBe('2021 年（1 条）');
    await setValue(select, 'en');
    expect(host.querySelector('h1')!.textContent).toBe('CE ledger');
    expect([...host.querySelectorAll('h2')].map((h) => h.id && h.textContent)).toEqual(expect.arrayContaining(['Years', 'Import & export']));
    expect(host.querySelector('h2#entries-title')!.textContent).toBe('Activities');
    expect(headers('entries')).toEqual(['Date', 'Category', 'Name', 'Form', 'Hours', 'Evidence', 'Actions']);
    expect(host.querySelector('table.entries caption')!.textContent).toBe('2021 (1)');
    expect(headers('year-table')).toEqual(['Year', 'Public', 'Professional', 'Total', 'Activities', 'Evidence files', 'Check', 'Evidence still missing']);
    const buttons = [...host.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(buttons).toEqual(expect.arrayContaining(['Add person', 'Delete person', 'Add activity', 'Edit', 'Duplicate', 'Delete', 'Full backup (with evidence files)']));
    expect(host.textContent).toContain('2021 年度公需科目网络课程'); // the row as entered
    expect([...host.querySelectorAll<HTMLOptionElement>('[data-testid=profile-title-level] option')].map((o) => o.textContent)).toEqual(['Full senior', 'Associate senior', 'Intermediate']);
    expect(host.querySelector('#years-title + p.hint')!.textContent).toMatch(/^Hours to prove: 2020–2024\. Basis: .*[\u4e00-\u9fff]/); // the citation stays Chinese
    let saved: string | undefined;
    await until(() => {
      void db.getSettings().then((x) => (saved = x.uiLanguage));
      return saved === 'en';
    });

    await setValue(select, 'zh-CN');
    expect(host.querySelector('h1')!.textContent).toBe('学时台账');
    expect(host.querySelector('h2#entries-title')!.textContent).toBe('活动');
    expect([...host.querySelectorAll<HTMLOptionElement>('[data-testid=profile-title-level] option')].map((o) => o.textContent)).toEqual(['正高级', '副高级', '中级']);
    expect(host.querySelector('#years-title + p.hint')!.textContent).toMatch(/^需要证明 2020–2024 年的学时。依据：/);
    expect(headers('entries')).toEqual(['日期', '类别', '名称', '形式', '学时', '佐证材料', '操作']);
    expect([...host.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(expect.arrayContaining(['新增人员', '完整备份（含佐证文件）']));
  });

  it('words the year view’s minima, evidence lines, findings and the hours’ basis in English, and in zh-CN as before', async () => {
    const select = host.querySelector<HTMLSelectElement>('[data-testid=ui-language]')!;
    const row2021 = () => host.querySelector('[data-testid=year-row][data-year="2021"]')!;
    const lacking = () => [...row2021().querySelectorAll('ul.lacking li')].map((li) => li.textContent);
    const basis = () => host.querySelector('table.entries tbody td .citation')!.textContent;
    const findings = () => [...row2021().querySelectorAll('li[data-code]')].map((li) => li.textContent);
    const minima = () => [...host.querySelectorAll('[data-testid=year-table] thead th')].slice(1, 4).map((th) => th.textContent);
    expect(minima()).toEqual(['公需科目（≥30）', '专业科目（≥60）', '合计（≥90）']);
    expect(lacking()).toEqual(['本年度还没有任何佐证文件', '《2021 年度公需科目网络课程》还没有佐证（需要：课程时长（或课程内容） + 结业证书）']);
    expect(basis()).toBe('证书载明学时');
    expect(findings()).toContain('2021 年专业科目 0 学时，少于每年 60 学时的要求。');

    await setValue(select, 'en');
    expect(minima()).toEqual(['Public (≥30)', 'Professional (≥60)', 'Total (≥90)']);
    expect(lacking()).toEqual(['No evidence file for this year yet', '“2021 年度公需科目网络课程”: no evidence yet (needs: 课程时长（或课程内容） + 结业证书)']);
    // the activity's name and the materials the rules name stay as written, marked so
    expect([...row2021().querySelectorAll('ul.lacking [lang="zh-CN"]')].map((e) => e.textContent)).toEqual(['2021 年度公需科目网络课程', '课程时长（或课程内容） + 结业证书']);
    expect(basis()).toBe('hours as stated on the certificate');
    expect(findings()).toContain('2021: 0 professional hours, below the yearly minimum of 60.');
    expect(host.querySelector<HTMLInputElement>('[data-testid=profile-ethnicity]')!.lang).toBe('zh-CN'); // the portal's example value
  });
});
