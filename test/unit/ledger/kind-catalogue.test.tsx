// One catalogue of activity kinds (rules/kinds.ts): the options page's activity form, its certificate reader and the
// popup's calculator show every kind by the catalogue's name and ask the catalogue's fields with its labels and
// options — in Chinese as the official texts word them, in English through utils/i18n-kinds.ts — and the names the
// three once disagreed on (出国（境）交流 / 海外交换, 技能竞赛 / 技能大赛 …) are gone.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalculatorView } from '../../../components/popup/CalculatorView';
import { ACTIVITY_KINDS, CATEGORY_FIELD, KIND_ORDER, YEAR_FIELD, type KindField } from '../../../rules/kinds';
import type { ActivityKind } from '../../../rules/schema';
import { readCertificate } from '../../../utils/certificate/extract';
import { setLang } from '../../../utils/ui-language';
import type { UiLanguage } from '../../../utils/i18n-shell';
import { kindText } from '../../../utils/i18n-kinds';
import { openLedger, type Ledger } from '../../../utils/ledger/db';
import { renderOptions, setValue, until } from '../ui';

// The PDF layer is not what this test is about: the reader gets the real text extraction of a certificate's text.
vi.mock('../../../utils/certificate/read', () => ({
  ReadCancelled: class extends Error {},
  readCertificateFile: async () => ({ via: 'pdf', reading: readCertificate('发明专利证书\n发明名称：一种装置\n发明人：王强；乙某\n授权公告日：2023年08月15日\n国家知识产权局', { personName: '王强' }) }),
}));

const OLD_LABELS = ['出国（境）交流', '技能竞赛', '网络课程（远程教育）', '科技/社科奖励', '三援等援派任务', '学历（学位）教育课程', '著作、译著、教材', '整天数', '金牌', '独著或第一作者'];

let host: HTMLElement;
let db: Ledger;

const ownText = (el: Element) =>
  [...el.childNodes]
    .map((n) => (n.nodeType === 3 ? n.textContent : n instanceof HTMLElement && n.tagName === 'SPAN' && !n.className ? n.textContent : ''))
    .join('')
    .trim();

/** What a form shows of a kind's fields: label, and a select's options (without an empty 请选择). */
function shownFields(scope: Element) {
  return [...scope.querySelectorAll('[data-kind-field]')].map((label) => {
    const select = label.querySelector('select');
    const options = select ? [...select.options].filter((o) => o.value !== '').map((o) => [o.value, o.textContent]) : undefined;
    return { key: label.getAttribute('data-kind-field'), label: ownText(label), ...(options ? { options } : {}) };
  });
}
function expectedFields(fields: KindField[], lang: UiLanguage) {
  return fields.map((f) => ({
    key: f.key,
    label: kindText(f.label, lang),
    ...(f.type === 'select' ? { options: f.options.map(([v, l]) => [v, kindText(l, lang)]) } : {}),
  }));
}
const kindOptions = (select: HTMLSelectElement, prefix = '') => [...select.options].filter((o) => o.value !== 'certified').map((o) => [o.value, o.textContent!.replace(prefix, '')]);
const expectedKinds = (lang: UiLanguage) => KIND_ORDER.map((k) => [k, kindText(ACTIVITY_KINDS[k].label, lang)]);
const noOldLabels = () => {
  for (const old of OLD_LABELS) expect(host.textContent, old).not.toContain(old);
};

beforeEach(async () => {
  db = await openLedger(`kind-catalogue-${Math.random()}`);
  await db.putProfile({ id: 'p1', name: '王强', policyId: 'hunan-2025', titleLevel: 'senior', reviewYear: 2025, createdAt: 1 });
  await db.setActiveProfile('p1');
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  document.body.innerHTML = '';
  db.close();
  setLang('zh-CN');
});

async function renderOptionsPage() {
  await renderOptions(db, host);
  await until(() => !!host.querySelector('h2#entries-title'));
}

describe.each(['zh-CN', 'en'] as UiLanguage[])('the activity kinds in every form come from the catalogue (%s)', (lang) => {
  it('the options page’s activity form: every kind by its catalogue name, its fields, labels and options, and its default 继续教育形式', async () => {
    setLang(lang);
    await renderOptionsPage();
    const add = [...host.querySelectorAll('button')].find((b) => b.textContent === (lang === 'en' ? 'Add activity' : '新增活动'))!;
    await act(() => add.click());
    const form = host.querySelector('form.entry-form')!;
    const mode = form.querySelector('select')!;
    expect(kindOptions(mode, lang === 'en' ? 'Converted by the rules: ' : '按规则折算：')).toEqual(expectedKinds(lang));
    for (const kind of KIND_ORDER) {
      await setValue(mode, kind);
      expect(shownFields(form), kind).toEqual(expectedFields(ACTIVITY_KINDS[kind].fields, lang));
      const formInput = [...form.querySelectorAll('input')].find((i) => i.getAttribute('list') === 'xskr-forms')!;
      expect(formInput.value, kind).toBe(ACTIVITY_KINDS[kind].form);
    }
    noOldLabels();
  });

  it('the certificate reader’s draft: the kind menu and each kind’s detail fields', async () => {
    setLang(lang);
    await renderOptionsPage();
    const input = host.querySelector<HTMLInputElement>('[data-testid=certificate-input]')!;
    Object.defineProperty(input, 'files', { value: [new File(['%PDF'], '专利证书.pdf', { type: 'application/pdf' })], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => !!host.querySelector('[data-testid=certificate-draft]'));
    const draft = host.querySelector('[data-testid=certificate-draft]')!;
    const kind = draft.querySelector<HTMLSelectElement>('[data-field=kind]')!;
    expect(kind.value).toBe('patent');
    expect(kindOptions(kind)).toEqual(expectedKinds(lang));
    for (const k of KIND_ORDER) {
      await setValue(kind, k);
      // an online course's hours are the draft's own 学时 field, not a detail
      const fields = ACTIVITY_KINDS[k].fields.filter((f) => !(k === 'online-course' && f.key === 'hours'));
      expect(shownFields(draft), k).toEqual(expectedFields(fields, lang));
    }
    noOldLabels();
  });

  it('the popup calculator: the kind menu, the year and subject where a kind has them, then the catalogue’s fields', async () => {
    setLang(lang);
    await act(() => render(<CalculatorView now={new Date(2025, 0, 1)} />, host));
    const kind = host.querySelector<HTMLSelectElement>('[data-testid=calc-kind]')!;
    expect(kindOptions(kind)).toEqual(expectedKinds(lang));
    for (const k of KIND_ORDER as ActivityKind[]) {
      await setValue(kind, k);
      const spec = ACTIVITY_KINDS[k];
      const fields = [...(spec.dated === 'year' ? [YEAR_FIELD] : []), ...(spec.hasCategory ? [CATEGORY_FIELD] : []), ...spec.fields];
      expect(shownFields(host), k).toEqual(expectedFields(fields, lang));
    }
    noOldLabels();
  });
});
