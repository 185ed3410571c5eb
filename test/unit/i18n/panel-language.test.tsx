import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPortal } from '../../../entrypoints/portal.content/runtime';
import yearChecks from '../../../entrypoints/portal.content/year-checks';
import fillYears from '../../../entrypoints/portal.content/fill-years';
import { checkYears } from '../../../rules/index';
import { FindingCode } from '../../../rules/schema';
import { findingLineText } from '../../../utils/finding-text';
import { findingText } from '../../../utils/finding-text-core';
import { setLang } from '../../../utils/ui-language';
import { uiLang } from '../../../utils/i18n-shell';
import { readUiLanguage, UI_LANGUAGE_KEY } from '../../../utils/ui-language';

const CJK = /[\u3400-\u9fff]/;
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'screens');
function show(name: string) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)![1];
}
const host = () => document.querySelector<HTMLElement>('xskr-panel');
const shadowText = () => host()?.shadowRoot?.textContent ?? '';
const until = async (f: () => boolean, what: string) => {
  for (let i = 0; i < 150 && !f(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(f(), what).toBe(true);
};

describe('the in-page panel follows the UI language', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    document.body.innerHTML = '';
    uiLang.value = 'zh-CN';
  });

  it('speaks English on the portal when the popup chose English, and switches back to Chinese at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    show('year-detail');
    // The popup / options page choose the language: setLang copies it where the content script can read it.
    setLang('en');
    await until(() => true, 'mirror');
    await new Promise((r) => setTimeout(r, 20));
    expect(await readUiLanguage()).toBe('en');
    uiLang.value = 'zh-CN'; // the content script starts in a fresh page: only storage tells it

    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [yearChecks, fillYears]);
    await until(() => host()?.getAttribute('data-page') === 'year-detail', 'year-detail recognised');
    await until(() => (host()?.shadowRoot?.querySelectorAll('[data-testid="finding"]').length ?? 0) > 0, 'findings shown');
    const shadow = host()!.shadowRoot!;
    expect(shadow.querySelector('aside')!.getAttribute('aria-label')).toBe('CE Hours Assistant');
    expect(shadow.querySelector('[data-testid="xskr-screen"]')!.textContent).toBe('Yearly hours');
    expect(shadow.querySelector('[data-testid="xskr-collapse"]')!.textContent).toBe('Collapse');
    expect(shadowText()).toContain('Check (');
    expect(shadow.querySelector('[data-testid="fill-years"]')!.textContent).toBe('Add the missing years');
    // Every finding reads in English (the codes and years stay for the acceptance tests).
    for (const li of Array.from(shadow.querySelectorAll('[data-testid="finding"]'))) {
      expect(li.textContent, li.getAttribute('data-code')!).not.toMatch(CJK);
      expect(li.textContent).toContain(li.getAttribute('data-year')!);
    }
    // The notes written on the portal's rows too.
    const notes = Array.from(document.querySelectorAll('td[data-xskr-note]')).map((td) => td.getAttribute('data-xskr-note')!);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n).not.toMatch(CJK);

    // Switching in the popup (another page) switches the open panel.
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'zh-CN' });
    await until(() => shadow.querySelector('[data-testid="xskr-screen"]')!.textContent === '申报年度明细信息', 'back in Chinese');
    expect(shadow.querySelector('aside')!.getAttribute('aria-label')).toBe('学时助手');
    await until(() => shadowText().includes('检查（按网页上的'), 'checks heading in Chinese');
    await until(() => Array.from(document.querySelectorAll('td[data-xskr-note]')).some((td) => CJK.test(td.getAttribute('data-xskr-note')!)), 'row notes in Chinese');
  });

  it('starts in Chinese when no language was ever chosen', async () => {
    expect(await readUiLanguage()).toBe('zh-CN');
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'fr' });
    expect(await readUiLanguage()).toBe('zh-CN');
  });
});

describe('findings in English', () => {
  const rows = [
    { year: 2020, publicHours: 10, professionalHours: 20, totalHours: 35, evidenceCount: 0 },
    { year: 2021, publicHours: 30, professionalHours: 20, totalHours: 50 },
    { year: 2021, publicHours: 30, professionalHours: 60, totalHours: 90 },
    { year: 2019, publicHours: -2, professionalHours: 60, totalHours: 58 },
    { year: 2017, publicHours: 30, professionalHours: 60, totalHours: 90 },
  ];
  const findings = checkYears('hunan-2025', rows, { titleLevel: 'senior', reviewYear: 2025 });

  it('renders every finding code in English with the numbers of its Chinese message', () => {
    const codes = new Set(findings.map((f) => f.code));
    // The sample covers every code but the 2/3 warning, checked below on its own.
    expect([...codes].sort()).toEqual(FindingCode.options.filter((c) => c !== 'professional-share-low').sort());
    for (const f of findings) {
      const en = findingText(f, 'en');
      expect(en, f.code).not.toMatch(CJK);
      expect(en, f.code).toContain(String(f.year));
      expect(findingText(f, 'zh-CN')).toBe(f.message);
    }
    const find = (code: string, year: number) => findingText(findings.find((f) => f.code === code && f.year === year)!, 'en');
    expect(find('public-below-min', 2020)).toBe('2020: 10 public hours, below the yearly minimum of 30.');
    expect(find('total-mismatch', 2020)).toBe('2020: the total is 35, but public 10 + professional 20 = 30; they must be equal.');
    expect(find('year-duplicate', 2021)).toBe('2021 is filed in 2 rows; each year takes one row — merge them.');
    expect(find('year-missing', 2022)).toMatch(/^2022 is missing: the 2025 review needs hours for every year 20\d\d–20\d\d\.$/);
  });

  it('renders the 2/3 warning with its share, and a line with the Chinese clause as its basis', () => {
    const [share] = checkYears('xiangtan-2022', [{ year: 2020, publicHours: 60, professionalHours: 40, totalHours: 100 }], { titleLevel: 'senior', reviewYear: 2022 }).filter(
      (f) => f.code === 'professional-share-low',
    );
    expect(findingText(share, 'en')).toMatch(/^2020: 40 professional hours, less than 2\/3 of the 100 total \(about 66\.7\)/);
    expect(findingLineText(share, 'en')).toMatch(/^Note: 2020: 40 professional hours.*\(basis: .+\)$/);
    expect(findingLineText(share, 'zh-CN')).toMatch(/^提示：2020 年专业科目 40 学时.*（依据：.+）$/);
  });

  it('falls back to the plain sentence when a message does not carry the numbers where the code puts them', () => {
    expect(findingText({ code: 'public-below-min', year: 2023, message: '2023 年公需科目学时不足' }, 'en')).toBe('2023: public hours below the yearly minimum.');
  });
});
