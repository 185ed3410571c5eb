// The reviewer's and the 未识别 parts of the in-page panel follow the UI language too (issue 13 point 5): the badges
// and tooltips written into the portal's table, the not-recognised reason. Fails if any shows Chinese in English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPortal } from '../../../entrypoints/portal.content/runtime';
import reviewerMarks from '../../../entrypoints/portal.content/reviewer-marks';
import { uiLang } from '../../../utils/i18n-shell';
import { SCREEN_NAMES_EN } from '../../../utils/i18n-shell';
import { findField } from '../../../utils/portal/element';
import { applyFieldSteps, type ApplyEnv } from '../../../utils/portal/fill-apply';
import { diagnose, recognise, unrecognisedText } from '../../../utils/portal/recognise';
import { UI_LANGUAGE_KEY } from '../../../utils/ui-language';

const CJK = /[\u3400-\u9fff]/;
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'screens');
function show(name: string) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1];
}
const host = () => document.querySelector<HTMLElement>('xskr-panel');
const until = async (f: () => boolean, what: string) => {
  for (let i = 0; i < 150 && !f(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(f(), what).toBe(true);
};

describe('reviewer screens in the UI language', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => {
    ctx?.abort();
    document.body.innerHTML = '';
    uiLang.value = 'zh-CN';
  });

  it('writes the reviewer badges and their tooltips into the portal table in English, and back in Chinese at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    show('hr-detail');
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'en' });
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [reviewerMarks]);
    await until(() => host()?.getAttribute('data-page') === 'hr-detail', 'hr-detail recognised');
    await until(() => document.querySelectorAll('[data-xskr-badge]').length > 0, 'badges written');
    const badges = () => Array.from(document.querySelectorAll<HTMLElement>('[data-xskr-badge]'));
    // A problem badge, and the unseen-evidence ones (the fixture's rows have no 附件 column): all ours, all English.
    expect(badges().some((b) => b.getAttribute('data-status') === 'problem' || b.getAttribute('data-status') === 'unseen')).toBe(true);
    for (const b of badges()) {
      expect(b.textContent, 'badge text').not.toMatch(CJK);
      // Chinese is left only where it is the rules' own words: the clause a finding cites (basis: …). Strip those, then
      // no Chinese may remain.
      const tip = b.getAttribute('title')!.replace(/ \(basis: [^)]*\)/g, '');
      expect(tip, 'badge tooltip').not.toMatch(CJK);
      expect(tip.length).toBeGreaterThan(0);
      // What a screen reader says: the badge's meaning, then the same tooltip.
      expect(b.getAttribute('aria-label')!.replace(/ \(basis: [^)]*\)/g, ''), 'badge aria-label').not.toMatch(CJK);
    }
    // The contract's attributes stay as they are.
    expect(document.querySelector('tr[data-xskr-codes]')).not.toBeNull();
    // Switching back in the popup rewrites the badges in Chinese; the reason to paste into the portal is Chinese either way.
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'zh-CN' });
    await until(() => badges().every((b) => CJK.test(b.textContent!) && CJK.test(b.getAttribute('title')!)), 'badges in Chinese');
  });

  it('words the 未识别 reason in English: our own checks and vetoes translated, the portal texts it lacks quoted as the portal shows them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    show('year-form');
    // The dialog's fields have not rendered yet: title only — looks like 新增申报年度明细信息 but is not recognised.
    document.querySelector('[aria-label="新增申报年度明细信息"] form')!.remove();
    const zh = diagnose(document).reason!;
    expect(zh).toMatch(/^像“.+”，但缺少：/);
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'en' });
    ctx = new ContentScriptContext('portal', {});
    await startPortal(ctx, [reviewerMarks]);
    const reason = () => host()?.shadowRoot?.querySelector('[data-testid="xskr-unrecognised-reason"]')?.textContent ?? '';
    await until(() => reason() !== '', '未识别 reason shown');
    expect(reason()).toMatch(/^Looks like “[A-Za-z ]+”, but these are missing: /);
    // Only the portal's own words (quoted, to look for on the page) stay Chinese.
    expect(reason().replace(/“[^”]*”/g, '')).not.toMatch(CJK);
    expect(host()!.shadowRoot!.querySelector('[data-testid="xskr-screen"]')!.textContent).toBe('Not recognised');
    // Switching to Chinese rewords the open panel's reason as the zh-CN diagnosis has it.
    await fakeBrowser.storage.local.set({ [UI_LANGUAGE_KEY]: 'zh-CN' });
    await until(() => reason() === zh, 'reason back in Chinese');
  });

  it('words our own checks and vetoes in English (the upload dialog without its control)', () => {
    const en = unrecognisedText({ kind: 'missing', screen: 'evidence-upload', missing: ['上传控件', '选取文件'], missingNames: ['checkUploadControl', null], veto: 'vetoNoUpload' }, 'en');
    expect(en).toBe(`Looks like “${SCREEN_NAMES_EN['evidence-upload']}”, but these are missing: an upload control, “选取文件” (the dialog has no upload control)`);
    expect(unrecognisedText({ kind: 'tie', screen: 'hr-list', rival: 'hr-detail' }, 'en')).not.toMatch(CJK);
    expect(unrecognisedText({ kind: 'tie', screen: 'hr-list', rival: 'hr-detail' }, 'zh-CN')).toMatch(/^同时像“.+”和“.+”，为免出错不做判断$/);
  });
});

describe('the fill’s step log in the UI language', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    uiLang.value = 'zh-CN';
  });
  const env = (log: string[]): ApplyEnv => ({ doc: document, signal: new AbortController().signal, log: (line) => log.push(line), askOption: () => Promise.resolve(null) });

  it('logs a field it left alone, and fails on a field it cannot find, in English with only the portal’s labels in Chinese', async () => {
    show('replica-applicant-form-a');
    const root = recognise(document)!.root;
    findField(root, 'phone')!.input!.value = '13800138000';
    uiLang.value = 'en';
    const log: string[] = [];
    await applyFieldSteps([{ kind: 'text', field: 'phone', label: '联系电话', value: '13900001234' }], root, 'applicant-form', env(log), { onlyEmpty: true });
    expect(log).toEqual(['“联系电话” already held “13800138000”; left as it is.']);
    const failing = applyFieldSteps([{ kind: 'text', field: 'publicHours', label: '公需学时', value: '30' }], root, 'applicant-form', env(log));
    await expect(failing).rejects.toThrow('Cannot find the field “公需学时”');
    // The same in Chinese when the UI is Chinese.
    uiLang.value = 'zh-CN';
    const zhLog: string[] = [];
    await applyFieldSteps([{ kind: 'text', field: 'phone', label: '联系电话', value: '13900001234' }], root, 'applicant-form', env(zhLog), { onlyEmpty: true });
    expect(zhLog).toEqual(['“联系电话”在填写时已有内容“13800138000”，未改动。']);
  });
});
