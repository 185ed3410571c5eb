// What the page may change while we wait (for storage, for the user, for a file) must be checked again before we act:
// the submit guard's held click, the fill's fields, the attach's dialog.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signal } from '@preact/signals';
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeatureContext } from '../../../entrypoints/portal.content/feature';
import submitGuard from '../../../entrypoints/portal.content/submit-guard';
import { createPortalStore } from '../../../entrypoints/portal.content/portal-store';
import { declarationKey, updateDeclaration } from '../../../utils/portal/declarations';
import { findField } from '../../../utils/portal/element';
import { applyFieldSteps, FillError, type ApplyEnv } from '../../../utils/portal/fill-apply';
import type { FillStep } from '../../../utils/portal/fill-plan';
import { recognise } from '../../../utils/portal/recognise';
import { cellOf, readTable } from '../../../utils/portal/table';
import { LIST_COLUMNS } from '../../../utils/portal/texts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'screens');
function show(name: string) {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1];
}
const until = async (f: () => boolean, ms = 3000) => {
  for (let t = 0; t < ms && !f(); t += 10) await new Promise((r) => setTimeout(r, 10));
  expect(f()).toBe(true);
};

/** A feature's context over the current document, with the panel's overlay rendered into `panel`. */
function featureContext(): { ctx: FeatureContext; panel: HTMLElement; abort(): void } {
  const rec = recognise(document);
  if (!rec) throw new Error('screen not recognised');
  const controller = new AbortController();
  const lifetime = new AbortController();
  const panel = document.createElement('div');
  document.documentElement.append(panel); // outside body: the page's own re-renders do not touch it
  const overlay = signal<ComponentChild | null>(null);
  overlay.subscribe((v) => render(v, panel));
  const ctx = {
    screen: rec.screen,
    recognition: rec,
    doc: document,
    root: rec.root,
    signal: controller.signal,
    render: () => undefined,
    nextStep: () => undefined, // the panel's next-step line (not shown here)
    onPageChange: () => undefined,
    store: createPortalStore(async () => ({ status: 'none', refusal: { ok: false, code: 'no-profile' } })),
    lifetime: lifetime.signal,
    ui: { job: signal(null), overlay, expand: () => undefined },
  } as unknown as FeatureContext;
  return { ctx, panel, abort: () => (controller.abort(), lifetime.abort(), render(null, panel), panel.remove()) };
}

const ERROR = { code: 'public-below-min', severity: 'error', year: 2021, message: '2021 年公需科目不足' } as const;

describe('the submit guard replays 提交 only on the declaration it was pressed for', () => {
  let cleanup: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    cleanup?.();
    document.body.innerHTML = '';
  });

  /** The variant-B list with two declarations of 张三 (2021 with an error, 2022), the portal's 提交 handler counted. */
  async function listOfTwo() {
    show('replica-applicant-list-b');
    const first = document.querySelector<HTMLTableRowElement>('tr.el-table__row')!;
    first.after(first.cloneNode(true));
    const table = readTable(document.body, LIST_COLUMNS, ['person', 'actions'])!;
    const yearCell = (i: number) => table.rows[i].tr.querySelector(`td:nth-child(${table.columns.reviewYear! + 1}) .cell`)!;
    yearCell(0).textContent = '2021';
    yearCell(1).textContent = '2022';
    const id = cellOf(table, table.rows[0], 'idNumber');
    await updateDeclaration(declarationKey(id, 2021)!, (m) => ({ ...m, findings: [ERROR], years: [2021] }));
    const submits: string[] = [];
    const buttons = table.rows.map((r) => [...r.tr.querySelectorAll('button')].find((b) => b.textContent?.trim() === '提交')!);
    buttons.forEach((b) => b.addEventListener('click', () => submits.push(b.closest('tr')!.querySelector(`td:nth-child(${table.columns.reviewYear! + 1})`)!.textContent!.trim())));
    const { ctx, panel, abort } = featureContext();
    cleanup = abort;
    submitGuard.init(ctx);
    return { buttons, submits, panel, yearCell };
  }

  it('submits the declaration it asked about when the user presses 仍然提交 and nothing changed', async () => {
    const { buttons, submits, panel } = await listOfTwo();
    buttons[0].click();
    await until(() => !!panel.querySelector('[data-testid=submit-guard]'));
    expect(submits).toEqual([]); // held while the user decides
    panel.querySelector<HTMLElement>('[data-testid=submit-guard-continue]')!.click();
    expect(submits).toEqual(['2021']);
  });

  it('does not submit another declaration when the table re-rendered the same button into another row meanwhile', async () => {
    const { buttons, submits, panel, yearCell } = await listOfTwo();
    buttons[0].click();
    await until(() => !!panel.querySelector('[data-testid=submit-guard]'));
    // The portal refreshed its list and Vue patched the first row in place: the same button now submits 2023.
    yearCell(0).textContent = '2023';
    panel.querySelector<HTMLElement>('[data-testid=submit-guard-continue]')!.click();
    expect(submits).toEqual([]);
    expect(panel.querySelector('[data-testid=submit-guard-dropped]')?.textContent).toContain('按钮所在的行已是另一份申报');
  });

  it('does not press a button the table has since removed, and says why', async () => {
    const { buttons, submits, panel } = await listOfTwo();
    buttons[0].click();
    await until(() => !!panel.querySelector('[data-testid=submit-guard]'));
    buttons[0].closest('tr')!.remove();
    panel.querySelector<HTMLElement>('[data-testid=submit-guard-continue]')!.click();
    expect(submits).toEqual([]);
    expect(panel.querySelector('[data-testid=submit-guard-dropped]')?.textContent).toContain('没有替您点“提交”');
  });
});

/**
 * A select of the form opened as Element opens it, whose option click sets the input as Vue would; the ledger's value
 * for it matches no option, so the fill asks the user — a wait the test controls.
 */
function selectThatAsks(root: HTMLElement, key: Parameters<typeof findField>[1]) {
  const field = findField(root, key)!;
  const select = field.item.querySelector<HTMLElement>('.el-select')!;
  select.classList.add('is-focus');
  const dropdown = field.item.querySelector<HTMLElement>('.el-select-dropdown')!;
  dropdown.style.display = '';
  for (const li of dropdown.querySelectorAll<HTMLElement>('.el-select-dropdown__item')) li.addEventListener('click', () => (field.input!.value = li.textContent!.trim()));
  const options = [...dropdown.querySelectorAll('.el-select-dropdown__item')].map((li) => li.textContent!.trim());
  let answer: (choice: string) => void = () => undefined;
  let asked = false;
  const env: ApplyEnv = {
    doc: document,
    signal: new AbortController().signal,
    log: (line) => log.push(line),
    askOption: () => ((asked = true), new Promise<string | null>((r) => (answer = r))),
  };
  const log: string[] = [];
  return { field, options, env, log, asked: () => asked, answer: (choice: string) => answer(choice) };
}

describe('a fill re-checks the page after every wait', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('leaves a field the user typed into while the fill waited, though it was empty when the fill was planned', async () => {
    show('replica-applicant-form-a');
    const root = recognise(document)!.root;
    const title = selectThatAsks(root, 'titleLevel');
    const phone = findField(root, 'phone')!;
    expect(phone.input!.value).toBe('');
    const steps: FillStep[] = [
      { kind: 'select', field: 'titleLevel', label: '拟申报职称', value: '高级工程师（台账写法）' },
      { kind: 'text', field: 'phone', label: '联系电话', value: '13900001234' },
    ];
    const filling = applyFieldSteps(steps, root, 'applicant-form', title.env, { onlyEmpty: true });
    await until(title.asked);
    phone.input!.value = '13800138000'; // the user types the phone meanwhile
    title.answer(title.options.find((o) => o === '副高级')!);
    await filling;
    expect(title.field.input!.value).toBe('副高级');
    expect(phone.input!.value).toBe('13800138000');
    expect(title.log.join('\n')).toContain('“联系电话”在填写时已有内容“13800138000”，未改动');
  });

  /** The year form waiting on the user's answer for 公需科目继续教育形式, then 专业科目名称 to type; `meanwhile` changes the page. */
  async function yearFormWhile(meanwhile: (dialog: HTMLElement) => void) {
    show('replica-year-form');
    const root = recognise(document)!.root;
    expect(recognise(document)!.screen).toBe('year-form');
    const form = selectThatAsks(root, 'publicForm');
    findField(root, 'year')!.input!.value = '2021';
    const name = findField(root, 'professionalName')!;
    name.input!.value = '';
    const steps: FillStep[] = [
      { kind: 'select', field: 'publicForm', label: '公需科目继续教育形式', value: '台账里的写法' },
      { kind: 'text', field: 'professionalName', label: '专业科目名称', value: '2021年度专业科目' },
    ];
    const filling = applyFieldSteps(steps, root, 'year-form', form.env, { onlyEmpty: true, year: 2021 });
    await until(form.asked);
    meanwhile(root);
    form.answer(form.options[0]);
    return { filling: filling.then(() => 'filled', (e: unknown) => e), name };
  }

  it('stops before writing another year’s values when the dialog’s 年度 changed while the fill waited', async () => {
    const { filling, name } = await yearFormWhile((dialog) => (findField(dialog, 'year')!.input!.value = '2022')); // the user picked another year meanwhile
    const error = await filling;
    expect(error).toBeInstanceOf(FillError);
    expect((error as Error).message).toContain('对话框的年度已变为 2022');
    expect(name.input!.value).toBe('');
  });

  it('stops when the page hides the dialog by its style while the fill waited (a style change that hides is seen)', async () => {
    const { filling, name } = await yearFormWhile((dialog) => (dialog.parentElement!.style.display = 'none'));
    expect(await filling).toBeInstanceOf(FillError);
    expect(name.input!.value).toBe('');
  });

  it('stops when another dialog is raised over the form while the fill waited (a z-index change is seen)', async () => {
    const { filling, name } = await yearFormWhile((dialog) => {
      const detail = document.querySelector<HTMLElement>('[aria-label="申报年度明细信息"]')!.parentElement!;
      detail.style.zIndex = String(Number(dialog.parentElement!.style.zIndex) + 2);
    });
    expect(await filling).toBeInstanceOf(FillError);
    expect(name.input!.value).toBe('');
  });
});

describe('a fill types into the inputs as a user tabbing through them', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses, types and blurs each input before the next, so the page checks each typed value on blur, and leaves none focused', async () => {
    show('replica-year-form');
    const root = recognise(document)!.root;
    findField(root, 'year')!.input!.value = '2021';
    const keys = ['publicName', 'publicHours', 'professionalName', 'professionalHours', 'totalHours'] as const;
    const values = ['2021年度公需科目', '30', '2021年度专业科目', '60', '90'];
    const events: string[] = [];
    keys.forEach((key) => {
      const input = findField(root, key)!.input!;
      input.value = '';
      for (const type of ['focus', 'input', 'change', 'blur']) input.addEventListener(type, () => events.push(`${type} ${key}${type === 'blur' ? `=${input.value}` : ''}`));
    });
    const steps: FillStep[] = keys.map((field, i) => ({ kind: 'text', field, label: field, value: values[i] }));
    const env: ApplyEnv = { doc: document, signal: new AbortController().signal, log: () => undefined, askOption: async () => null };
    await applyFieldSteps(steps, root, 'year-form', env, { onlyEmpty: true, year: 2021 });
    expect(events).toEqual(keys.flatMap((key, i) => [`focus ${key}`, `input ${key}`, `change ${key}`, `blur ${key}=${values[i]}`]));
    expect(root.contains(document.activeElement) && document.activeElement?.localName === 'input').toBe(false);
  });

  it('types into a field that the page shows only after the field before it was typed (once the page has rendered)', async () => {
    show('replica-year-form');
    const root = recognise(document)!.root;
    findField(root, 'year')!.input!.value = '2021';
    const hours = findField(root, 'professionalHours')!;
    const total = findField(root, 'totalHours')!;
    hours.input!.value = '';
    total.input!.value = '';
    const place = total.item.nextSibling;
    const parent = total.item.parentElement!;
    total.item.remove(); // 合计学时分 shows once 专业科目折算学时分 has a value, in the page's next render
    hours.input!.addEventListener('input', () => queueMicrotask(() => parent.insertBefore(total.item, place)), { once: true });
    const steps: FillStep[] = [
      { kind: 'text', field: 'professionalHours', label: '专业科目折算学时分', value: '60' },
      { kind: 'text', field: 'totalHours', label: '合计学时分', value: '90' },
    ];
    const env: ApplyEnv = { doc: document, signal: new AbortController().signal, log: () => undefined, askOption: async () => null };
    await applyFieldSteps(steps, root, 'year-form', env, { onlyEmpty: true, year: 2021 });
    expect([hours.input!.value, total.input!.value]).toEqual(['60', '90']);
  });
});
