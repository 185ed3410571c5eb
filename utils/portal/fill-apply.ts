// Applies a FillPlan step by step, like a user, checking before each step that the screen is still the expected one.
import type { FiledYearRow } from '../../rules/schema';
import { chooseOption, chooseYear, closeSelect, fieldValue, findButtons, findField, isDisabled, isLoading, openSelect, setInputValue, userClick, type Field } from './element';
import type { FillStep, YearPlan } from './fill-plan';
import { chooseCascader } from './cascader';
import { matchOption } from './options';
import { recognise, recogniseScope } from './recognise';
import { scanDocument, topScope } from './scan';
import type { ScreenId } from './screens';
import { readYearRows } from './table';
import { BUTTONS, normSet, normText } from './texts';
import { sleep, Stopped, waitFor } from './wait';

export interface ApplyEnv {
  doc: Document;
  signal: AbortSignal;
  /** Asks the user which option stands for the ledger's text; null = stop. Answers are remembered by the caller. */
  askOption(question: { label: string; wanted: string; options: string[] }): Promise<string | null>;
  log(line: string): void;
  /** Longest wait for the portal's own save (ms). */
  saveTimeout?: number;
}

/** A step the portal refused or that could not be done; the message is for the user. */
export class FillError extends Error {
  constructor(
    message: string,
    readonly dialogLeftOpen = false,
  ) {
    super(message);
    this.name = 'FillError';
  }
}

/** 事业单位 staff: choosing a year may open the training platform's list of hours (确认选择). Leave it to the user. */
function platformPickerOpen(doc: Document): boolean {
  const top = topScope(scanDocument(doc));
  return !!top && top.kind === 'dialog' && normSet(BUTTONS.platformPick).some((t) => top.buttons.has(t) || top.texts.has(t)) && recogniseScope(top) === null;
}

function expectScreen(env: ApplyEnv, screen: ScreenId): HTMLElement {
  const rec = recognise(env.doc);
  if (rec?.screen === screen) return rec.root;
  if (platformPickerOpen(env.doc)) {
    throw new FillError('门户弹出了培训平台的学时列表（确认选择）：请自己勾选并“确认选择”或关闭它，检查对话框后保存；之后可再点“补齐年度”补其余年度', true);
  }
  throw new FillError(`页面已不是预期的画面（应为 ${screen}，现为 ${rec?.screen ?? '未识别'}），已停止`);
}

async function waitScreen(env: ApplyEnv, screen: ScreenId, timeout: number, what: string): Promise<HTMLElement> {
  const rec = await waitFor(env.doc, () => {
    const r = recognise(env.doc);
    return r?.screen === screen ? r : null;
  }, { timeout, signal: env.signal, what });
  return rec.root;
}

/** Messages the portal shows after a failed save: red field errors inside the dialog, or an error toast. */
function portalErrors(doc: Document, dialog: HTMLElement): string[] {
  const fieldErrors = Array.from(dialog.querySelectorAll('.el-form-item__error')).map((e) => e.textContent?.trim() ?? '');
  const toasts = Array.from(doc.querySelectorAll('.el-message--error, .el-message-box__message')).map((e) => e.textContent?.trim() ?? '');
  return [...fieldErrors, ...toasts].filter(Boolean);
}

/** Types a value into a plain input, like a user, and checks the input kept it. */
function typeInto(field: Field, label: string, value: string): void {
  if (fieldValue(field) === value) return;
  setInputValue(field.input!, value);
  if (field.input!.value !== value) throw new FillError(`“${label}”没有接受“${value}”`, true);
}

/** Opens a select, picks the option `pick` finds among its options (or asks the user), and resolves with it. */
async function selectOption(field: Field, label: string, wanted: string, pick: (options: string[]) => string | null, env: ApplyEnv): Promise<string> {
  const { options } = await openSelect(field, env.signal);
  let choice = pick(options);
  if (!choice) {
    closeSelect(field);
    choice = await env.askOption({ label, wanted, options });
    if (!choice) throw new Stopped(`“${label}”没有选定，已停止`);
  }
  if (normText(fieldValue(field)) === normText(choice)) {
    closeSelect(field);
    return choice;
  }
  await chooseOption(field, choice, env.signal);
  return choice;
}

/**
 * Applies one field step through the control the page really has for it (a year picker, a select or a plain input:
 * deployments differ), like a user would; for a select, resolves with the option chosen.
 */
async function applyField(step: Extract<FillStep, { kind: 'year' | 'text' | 'select' }>, root: HTMLElement, env: ApplyEnv): Promise<string | void> {
  const field = findField(root, step.field);
  if (!field || !field.input) throw new FillError(`找不到“${step.label}”这一栏`, true);
  if (field.input.disabled) throw new FillError(`“${step.label}”不可编辑`, true);
  const value = String(step.value);
  switch (field.kind) {
    case 'text':
      return typeInto(field, step.label, value);
    case 'year':
      if (step.kind !== 'year') throw new FillError(`“${step.label}”是年度选择框，不能填“${value}”`, true);
      if (fieldValue(field) === value) return;
      return chooseYear(field, step.value, env.signal);
    case 'cascader':
      // 行政区划名称 as a cascader (湖南省 → 湖南省省本级): nothing to do when it already shows the ledger's text.
      if (normText(fieldValue(field)).endsWith(normText(value.split(/[/／>]/).pop()))) return;
      await chooseCascader(field, value, env.signal);
      return;
    case 'select': {
      // A year offered as a select lists 2021 or 2021年: the option naming exactly that year.
      const pick =
        step.kind === 'year'
          ? (options: string[]) => options.find((o) => (normText(o).match(/\d{4}/g) ?? []).join() === value) ?? null
          : (options: string[]) => matchOption(value, options);
      return selectOption(field, step.label, value, pick, env);
    }
    default:
      throw new FillError(`“${step.label}”不能直接填写（需要在网页上选择）`, true);
  }
}

function compareRow(page: Omit<FiledYearRow, 'wholeYear'>, want: FiledYearRow, formsChosen: Map<string, string>): string[] {
  const diffs: string[] = [];
  const same = (a: string, b: string) => normText(a) === normText(b);
  if (!same(page.publicName, want.publicName)) diffs.push(`公需科目名称“${page.publicName}”`);
  if (page.publicHours !== want.publicHours) diffs.push(`公需学时 ${page.publicHours}`);
  if (!same(page.publicForm, formsChosen.get(want.publicForm) ?? want.publicForm)) diffs.push(`公需形式“${page.publicForm}”`);
  if (!same(page.professionalName, want.professionalName)) diffs.push(`专业科目名称“${page.professionalName}”`);
  if (page.professionalHours !== want.professionalHours) diffs.push(`专业学时 ${page.professionalHours}`);
  if (!same(page.professionalForm, formsChosen.get(want.professionalForm) ?? want.professionalForm)) diffs.push(`专业形式“${page.professionalForm}”`);
  if (page.totalHours !== want.totalHours) diffs.push(`合计 ${page.totalHours}`);
  return diffs;
}

/** Variant A: one year through the portal's 新增 dialog. Resolves when the row is on the page with the right values. */
export async function applyYearPlanA(plan: YearPlan, env: ApplyEnv): Promise<void> {
  const chosen = new Map<string, string>(); // ledger's 继续教育形式 → the page's option chosen for it
  let dialog: HTMLElement | null = null;
  for (const step of plan.steps) {
    if (env.signal.aborted) throw new Stopped();
    switch (step.kind) {
      case 'open-add': {
        const detail = expectScreen(env, 'year-detail');
        if (isLoading(detail)) await waitFor(env.doc, () => !isLoading(detail), { timeout: 30000, signal: env.signal, what: '网页加载年度明细' });
        const add = findButtons(detail, BUTTONS.add).find((b) => !isDisabled(b));
        if (!add) throw new FillError('找不到可用的“新增”按钮');
        userClick(add);
        dialog = await waitScreen(env, 'year-form', 5000, '新增对话框');
        break;
      }
      case 'year':
      case 'text':
      case 'select': {
        if (!dialog || expectScreen(env, 'year-form') !== dialog) {
          throw new FillError(`${plan.year} 年：对话框已关闭或被别的窗口挡住，已停止`, !!dialog?.isConnected);
        }
        const choice = await applyField(step, dialog, env);
        if (step.kind === 'select' && choice) chosen.set(step.value, choice);
        if (step.kind === 'year') {
          // The platform's list opens right after the year is chosen (Vue's watcher): let it render, then look.
          // Every later step checks the screen again, so a slower list is caught before 保存.
          await sleep(0, env.signal);
          expectScreen(env, 'year-form');
        }
        break;
      }
      case 'save': {
        if (!dialog) throw new FillError('没有打开的对话框');
        expectScreen(env, 'year-form');
        const save = findButtons(dialog, BUTTONS.save).find((b) => !isDisabled(b));
        if (!save) throw new FillError(`${plan.year} 年：找不到“保存”按钮`, true);
        userClick(save);
        const d = dialog;
        const outcome = await waitFor(
          env.doc,
          () => {
            const r = recognise(env.doc);
            if (r?.screen === 'year-detail') return { ok: true as const };
            const errs = d.isConnected ? portalErrors(env.doc, d) : [];
            if (errs.length) return { ok: false as const, errs };
            return null;
          },
          { timeout: env.saveTimeout ?? 20000, signal: env.signal, what: '门户保存' },
        );
        if (!outcome.ok) throw new FillError(`${plan.year} 年：门户没有接受——${outcome.errs.join('；')}。对话框保留未关闭，请检查后处理`, true);
        break;
      }
      case 'verify': {
        const want = step.row;
        const row = await waitFor(
          env.doc,
          () => {
            const r = recognise(env.doc);
            if (r?.screen !== 'year-detail') return null;
            return readYearRows(r.root)?.rows.find((x) => x.year === want.year) ?? null;
          },
          { timeout: 5000, signal: env.signal, what: `${want.year} 年这一行出现` },
        );
        const diffs = compareRow(row, want, chosen);
        if (diffs.length) throw new FillError(`${want.year} 年已保存，但网页显示的与台账不同：${diffs.join('，')}`);
        env.log(`${want.year} 年：已添加并核对无误`);
        break;
      }
    }
  }
}

/** Variant B: the form's year fields (and nothing else); the user saves. */
export async function applyFieldSteps(steps: FillStep[], root: HTMLElement, screen: ScreenId, env: ApplyEnv): Promise<void> {
  for (const step of steps) {
    if (env.signal.aborted) throw new Stopped();
    if (expectScreen(env, screen) !== root) throw new FillError('页面已变化，已停止', true);
    if (step.kind === 'year' || step.kind === 'text' || step.kind === 'select') await applyField(step, root, env);
  }
}
