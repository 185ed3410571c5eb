// Applies a FillPlan step by step, like a user, checking before each step that the screen is still the expected one.
import type { FiledYearRow } from '../../rules/schema';
import { chooseOption, chooseYear, closeSelect, shownValue, clickButton, FIELD_KIND_CLASSES, isLoading, leaveInput, mapFields, openSelect, setInputValue, type Field, type FormFieldKey } from './element';
import type { FillStep, YearPlan } from './fill-plan';
import { chooseCascader } from './cascader';
import { matchOption } from './options';
import { recognise, recogniseScope } from './recognise';
import { HEADING_CLASS_WORDS, isShown, scanDocument, topScope } from './scan';
import type { Recognition, ScreenId } from './screens';
import { readYearRows } from './table';
import { BUTTONS, normSet, normText } from './texts';
import { Stopped, waitFor } from './wait';
import { t } from '../i18n';

export interface ApplyEnv {
  doc: Document;
  signal: AbortSignal;
  /** Variant A: the 申报年度明细信息 the plan was read from; every 新增 goes into this one or none. */
  detail?: HTMLElement;
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

/**
 * What is checked after every wait (the page's dropdown, the user's answer, the portal's save) and right before every
 * write: `check` throws when the page is no longer the one the step was planned on (the screen, the dialog, the year);
 * with `onlyEmpty`, a field that holds something else by then is left as it is and reported.
 */
interface StepGuard {
  check(): void;
  onlyEmpty?: boolean;
}

/** A field planned as empty was filled meanwhile (by the user, by the portal): it is not ours to overwrite. */
class FieldTaken extends Error {}

/** The year a form shows in its 年度 field (2021 or 2021年), or null while it has none. */
function formYear(root: HTMLElement): number | null {
  const field = findField(root, 'year');
  const digits = field ? (normText(shownValue(field)).match(/\d{4}/g) ?? []) : [];
  return digits.length === 1 ? Number(digits[0]) : null;
}

/** Throws when the form's 年度 shows another year than `year` (an empty 年度 is not yet chosen, not another one). */
function expectYear(root: HTMLElement, year: number): void {
  const shown = formYear(root);
  if (shown !== null && shown !== year) throw new FillError(t('applyYearChanged', { shown, year }), true);
}

/** 事业单位 staff: choosing a year may open the training platform's list of hours (确认选择). Leave it to the user. */
function platformPickerOpen(doc: Document): boolean {
  const top = topScope(scanDocument(doc));
  return !!top && top.kind === 'dialog' && normSet(BUTTONS.platformPick).some((t) => top.buttons.has(t) || top.texts.has(t)) && recogniseScope(top) === null;
}

/**
 * The screen for a running fill: the page is looked at again only when it changed since the last look (a
 * MutationObserver's records, also read synchronously with takeRecords, so a change made a moment ago is never missed;
 * recognition reads nothing a DOM mutation would not show). The fill checks the screen before and after every step and
 * write; with no change in between, one look serves them (issue 15: a five-year fill looked at the page ~300 times).
 */
interface ScreenReader {
  read(): Recognition | null;
  /** The form fields of `root` (mapFields), found again only after a change. */
  fields(root: HTMLElement): ReturnType<typeof mapFields>;
  stop(): void;
  users: number;
}
const readers = new WeakMap<Document, ScreenReader>();

/**
 * Attributes recognition and mapFields read: visibility (style display, hidden), stacking (style z-index), roles and
 * titles, placeholders, and the classes its selectors name. Every other attribute change (a popper's x-placement,
 * aria-expanded…) leaves what they see as it was.
 */
const READ_ATTRIBUTES = ['style', 'class', 'hidden', 'role', 'aria-label', 'aria-labelledby', 'placeholder', 'readonly', 'type', 'id'];
/** Classes the scan's and mapFields' selectors test: a word in a header's or title's class (scan.ts), a widget's class
 * (element.ts fieldKind). */
const READ_CLASSES = new RegExp(`${HEADING_CLASS_WORDS.join('|')}|(?:^|\\s)(?:${FIELD_KIND_CLASSES.map(([, c]) => c).join('|')})(?:\\s|$)`);
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none/i;
const Z_INDEX = /(?:^|;)\s*z-index\s*:\s*([^;]*)/i;

/**
 * Whether a DOM change can change what recognition or mapFields see. A class change counts only when the old or new
 * classes hold one the selectors name; a style change only when it shows or hides the element or restacks it (the
 * page's dropdowns and pickers move by style, and its controls toggle is-focus / hover and transition classes, several
 * times per field: issue 15).
 */
function readable(r: MutationRecord): boolean {
  if (r.type !== 'attributes') return true;
  const el = r.target as Element;
  const now = el.getAttribute(r.attributeName!) ?? '';
  const old = r.oldValue ?? '';
  if (r.attributeName === 'class') return READ_CLASSES.test(old) || READ_CLASSES.test(now);
  if (r.attributeName === 'style') return DISPLAY_NONE.test(old) !== DISPLAY_NONE.test(now) || (Z_INDEX.exec(old)?.[1].trim() ?? '') !== (Z_INDEX.exec(now)?.[1].trim() ?? '');
  return true;
}

function screenReader(doc: Document): ScreenReader {
  let last: Recognition | null | undefined;
  const fields = new Map<HTMLElement, ReturnType<typeof mapFields>>();
  const changed = () => {
    last = undefined;
    fields.clear();
  };
  const look = (records: MutationRecord[]) => {
    if (records.some(readable)) changed();
  };
  const observer = new MutationObserver(look);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributeFilter: READ_ATTRIBUTES, attributeOldValue: true });
  return {
    read() {
      look(observer.takeRecords());
      if (last === undefined) last = recognise(doc);
      return last;
    },
    fields(root) {
      look(observer.takeRecords());
      let found = fields.get(root);
      if (!found) fields.set(root, (found = mapFields(root)));
      return found;
    },
    stop: () => observer.disconnect(),
    users: 0,
  };
}

/** Runs `fill` with the page's screen read through one ScreenReader (shared by fills of the same document). */
async function withScreens<T>(doc: Document, fill: () => Promise<T>): Promise<T> {
  const reader = readers.get(doc) ?? screenReader(doc);
  readers.set(doc, reader);
  reader.users++;
  try {
    return await fill();
  } finally {
    leaveTyped(doc);
    if (--reader.users === 0) {
      reader.stop();
      readers.delete(doc);
    }
  }
}

/**
 * The field of `root` for `key` (element.ts findField), through the running fill's ScreenReader: the guard looks
 * up 年度 before and after every write, and each look found every label of the form anew. A field's value is read
 * from its input when needed (a typed value changes no DOM), its label, kind and input only after a change.
 */
function findField(root: HTMLElement, key: FormFieldKey): Field | undefined {
  const reader = readers.get(root.ownerDocument);
  return (reader ? reader.fields(root) : mapFields(root)).byKey.get(key);
}

function currentScreen(doc: Document): Recognition | null {
  const reader = readers.get(doc);
  return reader ? reader.read() : recognise(doc);
}

function expectScreen(env: ApplyEnv, screen: ScreenId): HTMLElement {
  const rec = currentScreen(env.doc);
  if (rec?.screen === screen) return rec.root;
  if (platformPickerOpen(env.doc)) {
    throw new FillError(t('applyPlatformPicker'), true);
  }
  throw new FillError(t('applyWrongScreen', { screen, now: rec?.screen ?? t('panelNotRecognised') }));
}

async function waitScreen(env: ApplyEnv, screen: ScreenId, timeout: number, what: string): Promise<HTMLElement> {
  const rec = await waitFor(env.doc, () => {
    const r = currentScreen(env.doc);
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

/** With `onlyEmpty`: throws FieldTaken when the field now holds something other than `value`. */
function stillEmpty(field: Field, value: string, guard: StepGuard): void {
  guard.check();
  if (!guard.onlyEmpty) return;
  const now = normText(shownValue(field));
  if (now !== '' && now !== normText(value)) throw new FieldTaken();
}

/** The input the fill typed into last, still focused: the next field's focus blurs it, as Tab does (setInputValue). */
const typing = new WeakMap<Document, HTMLInputElement | HTMLTextAreaElement>();

/** Blurs the input typed last (before a control is opened, 保存 is clicked or the steps end): the page validates it. */
function leaveTyped(doc: Document): void {
  leaveInput(typing.get(doc));
  typing.delete(doc);
}

/** Types a value into a plain input, like a user, and checks the input kept it. */
function typeInto(field: Field, label: string, value: string): void {
  if (shownValue(field) === value) return;
  const input = field.input!;
  setInputValue(input, value, { stayFocused: true });
  typing.set(input.ownerDocument, input);
  if (input.value !== value) throw new FillError(t('applyNotAccepted', { label, value }), true);
}

/** Opens a select, picks the option `pick` finds among its options (or asks the user), and resolves with it. */
async function selectOption(field: Field, label: string, wanted: string, pick: (options: string[]) => string | null, env: ApplyEnv, guard: StepGuard): Promise<string> {
  const { options } = await openSelect(field, env.signal);
  let choice = pick(options);
  if (!choice) {
    closeSelect(field);
    choice = await env.askOption({ label, wanted, options });
    if (!choice) throw new Stopped(t('applyNotChosen', { label }));
  }
  const picked = choice;
  try {
    stillEmpty(field, picked, guard); // the dropdown, or the user's answer, took a while
  } catch (e) {
    closeSelect(field);
    throw e;
  }
  if (normText(shownValue(field)) === normText(picked)) {
    closeSelect(field);
    return picked;
  }
  await chooseOption(field, picked, env.signal, () => stillEmpty(field, picked, guard));
  return picked;
}

/**
 * Applies one field step through the control the page really has for it (a year picker, a select or a plain input:
 * deployments differ), like a user would; for a select, resolves with the option chosen. A plain input is typed at
 * once (no promise): consecutive inputs are then typed in one go, as the page's script sees a user tab through them,
 * and the page renders once after them instead of after each (its render, before the next field's focus, forced a
 * style recalculation per field: issue 15). The guard still checks the page before each write.
 */
function applyField(step: Extract<FillStep, { kind: 'year' | 'text' | 'select' }>, root: HTMLElement, env: ApplyEnv, guard: StepGuard, rendered = false): string | void | Promise<string | void> {
  const field = findField(root, step.field);
  if (!rendered && (!field?.input || field.input.disabled)) {
    // The inputs before were typed in this task: a field they show or enable appears after the page's render. Let the
    // page render once (its queued work runs before a new task), then look again before saying it is not there.
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      guard.check();
      return applyField(step, root, env, guard, true);
    });
  }
  if (!field || !field.input) throw new FillError(t('applyNoField', { label: step.label }), true);
  if (field.input.disabled) throw new FillError(t('applyFieldDisabled', { label: step.label }), true);
  const value = String(step.value);
  const taken = (e: unknown): void => {
    if (!(e instanceof FieldTaken)) throw e;
    env.log(t('applyAlreadyFilled', { label: step.label, value: shownValue(field) }));
  };
  if (field.kind === 'text') {
    try {
      stillEmpty(field, value, guard);
      return typeInto(field, step.label, value);
    } catch (e) {
      return taken(e);
    }
  }
  leaveTyped(env.doc);
  return applyControl(step, field, value, env, guard).catch(taken);
}

/** applyField for the controls a user opens and picks from (a year picker, a cascader, a select). */
async function applyControl(step: Extract<FillStep, { kind: 'year' | 'text' | 'select' }>, field: Field, value: string, env: ApplyEnv, guard: StepGuard): Promise<string | void> {
  switch (field.kind) {
    case 'year':
      if (step.kind !== 'year') throw new FillError(t('applyYearPicker', { label: step.label, value }), true);
      stillEmpty(field, value, guard);
      if (shownValue(field) === value) return;
      return await chooseYear(field, step.value, env.signal, () => stillEmpty(field, value, guard));
    case 'cascader':
      // 行政区划名称 as a cascader (湖南省 → 湖南省省本级): nothing to do when it already shows the ledger's text.
      if (normText(shownValue(field)).endsWith(normText(value.split(/[/／>]/).pop()))) return;
      stillEmpty(field, value, guard);
      await chooseCascader(field, value, env.signal);
      return;
    case 'select': {
      // A year offered as a select lists 2021 or 2021年: the option naming exactly that year.
      const pick =
        step.kind === 'year'
          ? (options: string[]) => options.find((o) => (normText(o).match(/\d{4}/g) ?? []).join() === value) ?? null
          : (options: string[]) => matchOption(value, options);
      return await selectOption(field, step.label, value, pick, env, guard);
    }
    default:
      throw new FillError(t('applyChooseOnPage', { label: step.label }), true);
  }
}

function compareRow(page: Omit<FiledYearRow, 'wholeYear'>, want: FiledYearRow, formsChosen: Map<string, string>): string[] {
  const diffs: string[] = [];
  const same = (a: string, b: string) => normText(a) === normText(b);
  if (!same(page.publicName, want.publicName)) diffs.push(t('applyDiffPublicName', { value: page.publicName }));
  if (page.publicHours !== want.publicHours) diffs.push(t('applyDiffPublicHours', { value: page.publicHours }));
  if (!same(page.publicForm, formsChosen.get(want.publicForm) ?? want.publicForm)) diffs.push(t('applyDiffPublicForm', { value: page.publicForm }));
  if (!same(page.professionalName, want.professionalName)) diffs.push(t('applyDiffProfessionalName', { value: page.professionalName }));
  if (page.professionalHours !== want.professionalHours) diffs.push(t('applyDiffProfessionalHours', { value: page.professionalHours }));
  if (!same(page.professionalForm, formsChosen.get(want.professionalForm) ?? want.professionalForm)) diffs.push(t('applyDiffProfessionalForm', { value: page.professionalForm }));
  if (page.totalHours !== want.totalHours) diffs.push(t('applyDiffTotal', { value: page.totalHours }));
  return diffs;
}

/** Variant A: one year through the portal's 新增 dialog. Resolves when the row is on the page with the right values. */
export function applyYearPlanA(plan: YearPlan, env: ApplyEnv): Promise<void> {
  return withScreens(env.doc, () => applyYearA(plan, env));
}

async function applyYearA(plan: YearPlan, env: ApplyEnv): Promise<void> {
  const chosen = new Map<string, string>(); // ledger's 继续教育形式 → the page's option chosen for it
  let dialog: HTMLElement | null = null;
  /** The 申报年度明细信息 the plan was made on, on top; throws otherwise. */
  const planned = (): HTMLElement => {
    const detail = expectScreen(env, 'year-detail');
    if (env.detail && detail !== env.detail) throw new FillError(t('applyDetailChanged', { year: plan.year }));
    return detail;
  };
  /** This year's 新增 dialog, still on top, still for this year. */
  const guard: StepGuard = {
    check() {
      if (env.signal.aborted) throw new Stopped();
      if (!dialog || expectScreen(env, 'year-form') !== dialog) throw new FillError(t('applyDialogGone', { year: plan.year }), !!dialog?.isConnected);
      expectYear(dialog, plan.year);
    },
  };
  for (const step of plan.steps) {
    if (env.signal.aborted) throw new Stopped();
    switch (step.kind) {
      case 'open-add': {
        let detail = planned();
        if (isLoading(detail)) {
          await waitFor(env.doc, () => !isLoading(detail), { timeout: 30000, signal: env.signal, what: t('fillWaitLoad') });
          detail = planned();
        }
        // The rows the portal finished loading (or another tab saved) may hold this year by now: never add it twice.
        if (readYearRows(detail)?.rows.some((r) => r.year === plan.year)) {
          env.log(t('applyYearThere', { year: plan.year }));
          return;
        }
        clickButton(detail, BUTTONS.add, () => new FillError(t('applyNoAdd')));
        dialog = await waitScreen(env, 'year-form', 5000, t('applyAddDialog'));
        break;
      }
      case 'year':
      case 'text':
      case 'select': {
        guard.check();
        const applied = applyField(step, dialog!, env, guard);
        const choice = applied instanceof Promise ? await applied : applied; // a typed input: on at once
        if (step.kind === 'select' && choice) chosen.set(step.value, choice);
        if (step.kind === 'year') {
          // The platform's list opens right after the year is chosen (Vue's watcher, in the render that shows the
          // year, which chooseYear waited for): look now. Every later step checks the screen again, so a list that
          // opens later is caught before 保存.
          expectScreen(env, 'year-form');
        }
        guard.check();
        break;
      }
      case 'save': {
        if (!dialog) throw new FillError(t('applyNoDialog'));
        guard.check();
        if (formYear(dialog) !== plan.year) throw new FillError(t('applyDialogYear', { year: plan.year }), true);
        leaveTyped(env.doc);
        guard.check(); // the last field's blur ran the page's own checks
        clickButton(dialog, BUTTONS.save, () => new FillError(t('applyNoSave', { year: plan.year }), true));
        const d = dialog;
        const outcome = await waitFor(
          env.doc,
          () => {
            // While the dialog is still shown it is on top (the screen cannot be year-detail): only its errors matter,
            // and the page need not be looked at in full on each of the portal's changes during its save.
            if (d.isConnected && isShown(d)) {
              const errs = portalErrors(env.doc, d);
              return errs.length ? { ok: false as const, errs } : null;
            }
            const r = currentScreen(env.doc);
            if (r?.screen === 'year-detail') return { ok: true as const };
            const errs = d.isConnected ? portalErrors(env.doc, d) : [];
            if (errs.length) return { ok: false as const, errs };
            return null;
          },
          { timeout: env.saveTimeout ?? 20000, signal: env.signal, what: t('applyWaitSave') },
        );
        if (!outcome.ok) throw new FillError(t('applyRefused', { year: plan.year, errors: outcome.errs.join(t('reviewPartsSeparator')) }), true);
        break;
      }
      case 'verify': {
        const want = step.row;
        const row = await waitFor(
          env.doc,
          () => {
            const r = currentScreen(env.doc);
            if (r?.screen !== 'year-detail') return null;
            return readYearRows(r.root)?.rows.find((x) => x.year === want.year) ?? null;
          },
          { timeout: 5000, signal: env.signal, what: t('applyWaitRow', { year: want.year }) },
        );
        const diffs = compareRow(row, want, chosen);
        if (diffs.length) throw new FillError(t('applyDiffers', { year: want.year, diffs: diffs.join(t('reviewComma')) }));
        env.log(t('applyAddedChecked', { year: want.year }));
        break;
      }
    }
  }
}

/**
 * Fields of a form the user saves (申报相关信息, variant B's year form, a 年度 dialog opened by hand). `onlyEmpty`:
 * a field filled meanwhile is left alone (checked when it is written, not only when planned); `year`: the form's
 * 年度, once shown, must stay that year (the values are that year's).
 */
export function applyFieldSteps(steps: FillStep[], root: HTMLElement, screen: ScreenId, env: ApplyEnv, opts: { onlyEmpty?: boolean; year?: number } = {}): Promise<void> {
  return withScreens(env.doc, () => applySteps(steps, root, screen, env, opts));
}

async function applySteps(steps: FillStep[], root: HTMLElement, screen: ScreenId, env: ApplyEnv, opts: { onlyEmpty?: boolean; year?: number }): Promise<void> {
  const guard: StepGuard = {
    onlyEmpty: opts.onlyEmpty,
    check() {
      if (env.signal.aborted) throw new Stopped();
      if (expectScreen(env, screen) !== root) throw new FillError(t('applyPageChanged'), true);
      if (opts.year !== undefined) expectYear(root, opts.year);
    },
  };
  for (const step of steps) {
    guard.check();
    if (step.kind !== 'year' && step.kind !== 'text' && step.kind !== 'select') continue;
    const applied = applyField(step, root, env, guard);
    if (applied instanceof Promise) await applied; // a typed input: on at once
  }
  leaveTyped(env.doc);
  guard.check();
}
