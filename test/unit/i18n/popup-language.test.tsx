// The popup in English and back: labels follow the UI language at once, the choice is saved in the ledger settings,
// and only quoted rule texts (citations, policy names) and the user's own data stay Chinese.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { createPopupStore, type PopupStore } from '../../../components/popup/store';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import type { Entry, Profile } from '../../../utils/ledger/records';
import { setLang } from '../../../utils/ui-language';
import { uiLang } from '../../../utils/i18n-shell';
import { setValue, until } from '../ui';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
let dbName = '';
let db: Ledger;
let host: HTMLElement;
let store: PopupStore;
let seq = 0;

const profile = (id: string, name: string): Profile => ({ id, name, policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: id === 'p1' ? 1 : 2, idNumber: '43070119850810001X' });
const entry = (year: number, category: 'public' | 'professional', hours: number): Entry => ({
  id: `e${++seq}`, profileId: 'p1', name: `${year} 课程 ${seq}`, form: '远程教育', year, category, certifiedHours: hours, evidenceNames: [], createdAt: seq, updatedAt: seq,
});

const q = <T extends Element = HTMLElement>(testid: string) => host.querySelector<T>(`[data-testid=${testid}]`);
const text = () => host.textContent ?? '';
async function choose(testid: string, value: string) {
  await setValue(q<HTMLSelectElement>(testid)!, value);
}

/** Chinese left in the page's own words: text nodes and labels, minus quoted rule texts / data marked lang="zh-CN". */
function chineseChrome(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (el.closest('[lang="zh-CN"]')) continue; // citations, policy names, the person's name, the 中文 option
    if (el.closest('#profile-select')) continue; // the people's names (data)
    if (CJK.test(n.textContent ?? '')) found.push(n.textContent!.trim());
  }
  for (const el of host.querySelectorAll('[aria-label], [title]')) {
    if (el.closest('[lang="zh-CN"]')) continue; // a citation's tooltip on a line marked Chinese (文号 are names)
    for (const attr of ['aria-label', 'title']) {
      const v = el.getAttribute(attr);
      if (v && CJK.test(v)) found.push(`${attr}=${v}`);
    }
  }
  return found;
}

beforeEach(async () => {
  dbName = `popup-lang-${Math.random()}`;
  db = await openLedger(dbName);
  await db.putProfile(profile('p1', '王强'));
  await db.putEntries([entry(2020, 'public', 30), entry(2020, 'professional', 60), entry(2021, 'public', 30), entry(2021, 'professional', 42), entry(2024, 'public', 10)]);
  host = document.createElement('div');
  document.body.append(host);
  store = createPopupStore({ openLedger: () => openLedger(dbName), now: () => new Date(2025, 5, 1) });
});
afterEach(() => {
  render(null, host);
  document.body.innerHTML = '';
  db.close();
  setLang('zh-CN');
});

describe('popup UI language', () => {
  it('starts in Chinese on an English browser when nothing is saved', async () => {
    expect(navigator.language.toLowerCase()).toMatch(/^en/);
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => !!q('span-year'));
    expect(q<HTMLSelectElement>('ui-language')!.value).toBe('zh-CN');
    expect(q('tab-checklist')!.textContent).toBe('年度清单');
    expect(text()).toContain('2021 年还差专业科目 18 学时');
    expect((await db.getSettings()).uiLanguage).toBeUndefined();
  });

  it('switches the checklist and the calculator to English at once, saves it, and back to Chinese', async () => {
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => !!q('span-year'));
    await choose('ui-language', 'en');
    expect(q('tab-checklist')!.textContent).toBe('Checklist'); // at once, before the ledger write
    await until(() => text().includes('2021: 18 professional hours short'));
    expect((await db.getSettings()).uiLanguage).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const y2021 = host.querySelector('[data-testid=span-year][data-year="2021"]')!;
    expect(y2021.textContent).toContain('Short');
    expect(y2021.textContent).toContain('Evidence missing');
    expect(host.querySelector('[data-year="2022"]')!.textContent).toContain('No record');
    expect(host.querySelector('[data-year="2022"]')!.textContent).toContain('2022: no hours recorded yet');
    expect(host.querySelector('[data-year="2020"]')!.textContent).toContain('Met');
    expect(host.querySelector('[data-year="2024"]')!.textContent).toContain('2024: 20 public hours short');
    expect(q('span-summary')!.textContent).toMatch(/^\d year\(s\) still short: 2021, 2022/);
    expect(q('filing-window')!.textContent).toContain('Filing period: May 20 – Jul 20 2025');
    expect(q('activity-count-line')!.textContent).toBe('王强: 5 activities in the ledger');
    expect(q('open-ledger')!.textContent).toBe('Open the ledger (王强)');
    expect(q('reminders-toggle')!.parentElement!.textContent).toContain('Filing reminders');
    expect(q('span-range')!.textContent).toMatch(/^Years to prove: 2020–2024 \(.*[\u4e00-\u9fff]/); // the citation stays Chinese
    expect(chineseChrome()).toEqual([]);

    await act(() => q<HTMLButtonElement>('tab-calculator')!.click());
    await until(() => !!q('calc-kind')); // the calculator's code loads with its tab
    expect(host.querySelector('#calc-kind')!.parentElement!.textContent).toContain('Activity type');
    expect(q<HTMLSelectElement>('calc-kind')!.selectedOptions[0].textContent).toBe('Training, seminars, conferences');
    expect(host.querySelector('label[for=calc-year]')!.textContent).toBe('Year counted');
    expect([...host.querySelectorAll('.results thead th')].map((th) => th.textContent)).toEqual(['Rule set', 'Hours', 'Basis']);
    expect(q('calc-result')!.textContent).toMatch(/professional \d+|public \d+/);
    expect(q('calc-add')!.textContent).toBe("Add to 王强's ledger");
    expect(q('calc-citation')!.textContent).toMatch(/[\u4e00-\u9fff]/); // rule citations quote the official texts
    expect(chineseChrome()).toEqual([]);
    await choose('calc-kind', 'patent');
    expect([...q<HTMLSelectElement>('calc-type')!.options].map((o) => o.textContent)).toEqual(['Invention patent', 'Utility model patent', 'Design patent']);
    expect(chineseChrome()).toEqual([]);

    await choose('ui-language', 'zh-CN');
    expect(q('tab-calculator')!.textContent).toBe('学时计算器');
    expect(host.querySelector('label[for=calc-type] > span')!.textContent).toBe('专利类型');
    expect([...host.querySelectorAll('.results thead th')].map((th) => th.textContent)).toEqual(['规则集', '学时', '依据']);
    await act(() => q<HTMLButtonElement>('tab-checklist')!.click());
    await until(() => text().includes('2021 年还差专业科目 18 学时'));
    expect(q('open-ledger')!.textContent).toBe('打开台账（王强）');
    expect(text()).not.toContain('professional hours short');
    await until(() => uiLang.value === 'zh-CN');
    expect((await db.getSettings()).uiLanguage).toBe('zh-CN');
  });

  it('tells an empty ledger where to start in English too', async () => {
    const emptyName = `popup-lang-empty-${Math.random()}`;
    const empty = await openLedger(emptyName);
    await empty.putSettings({ remindersEnabled: false, uiLanguage: 'en' });
    await act(() => render(<PopupApp store={createPopupStore({ openLedger: () => openLedger(emptyName) })} />, host));
    await until(() => !!q('popup-empty'));
    expect(q('popup-empty')!.textContent).toBe('The ledger has no person yet. Open the ledger to import Excel or add a person; the hours of each year will then be listed here.');
    expect(chineseChrome()).toEqual([]);
    empty.close();
  });

  it('opens in the saved language', async () => {
    await db.putSettings({ ...(await db.getSettings()), uiLanguage: 'en' });
    await act(() => render(<PopupApp store={store} />, host));
    await until(() => text().includes('2021: 18 professional hours short'));
    expect(q<HTMLSelectElement>('ui-language')!.value).toBe('en');
    expect(q('tab-calculator')!.textContent).toBe('Hours calculator');
  });
});
