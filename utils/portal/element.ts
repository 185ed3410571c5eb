// Adapters that drive Element UI 2.15 controls the way a user does, so the page's Vue model updates
// (see /work/shared/docs/platform-notes.md). Fields are found by their label text; the Element class names used
// below identify the library's own widgets (select dropdown, year panel), never the page's generated markup.
import { isShown } from './scan';
import { APPLICANT_FIELDS, isText, mapByKey, normText, YEAR_FIELDS, type ApplicantFieldKey, type Wording, type YearFieldKey } from './texts';
import { sleep, waitFor } from './wait';

export type FieldKind = 'text' | 'select' | 'year' | 'cascader' | 'picker' | 'unknown';

export interface Field {
  label: string;
  item: HTMLElement; // the el-form-item
  kind: FieldKind;
  input: HTMLInputElement | HTMLTextAreaElement | null;
}

/** The Element widgets a field's kind is told by (fieldKind), by their root's class, in the order they are tested. */
export const FIELD_KIND_CLASSES = [
  ['cascader', 'el-cascader'], // its input is read-only too: not a 选择 picker
  ['select', 'el-select'],
  ['year', 'el-date-editor'],
] as const satisfies readonly (readonly [FieldKind, string])[];

function fieldKind(item: HTMLElement, input: HTMLInputElement | HTMLTextAreaElement | null): FieldKind {
  if (!input) return 'unknown';
  for (const [kind, className] of FIELD_KIND_CLASSES) if (item.querySelector(`.${className}`)) return kind;
  if (input.readOnly) return 'picker'; // e.g. 单位名称 with its 「选择」 dialog
  return 'text';
}

/** The form fields inside `root`, by their (normalised) label text. */
export function findFields(root: ParentNode): Map<string, Field> {
  const out = new Map<string, Field>();
  for (const label of Array.from(root.querySelectorAll('label'))) {
    if (!isShown(label)) continue;
    const text = normText(label.textContent);
    if (!text || out.has(text)) continue;
    const item = label.parentElement;
    if (!item) continue;
    const input = item.querySelector<HTMLInputElement | HTMLTextAreaElement>('input:not([type="hidden"]):not([type="file"]):not([type="radio"]):not([type="checkbox"]), textarea');
    out.set(text, { label: text, item, kind: fieldKind(item, input), input });
  }
  return out;
}

/** Every field the extension may read or write: a yearly row's and the 申报相关信息 form's (variant B holds both). */
export const FORM_FIELDS = { ...YEAR_FIELDS, ...APPLICANT_FIELDS };
export type FormFieldKey = YearFieldKey | ApplicantFieldKey;

/**
 * The fields of `root` mapped to our keys with confidence: a field whose label names no key is never ours, and a key
 * that two fields claim is left out (neither is read or written).
 */
export function mapFields(root: ParentNode): { byKey: Map<FormFieldKey, Field>; ambiguous: FormFieldKey[]; unknown: string[] } {
  return mapByKey(FORM_FIELDS, [...findFields(root)].map(([label, f]) => [label, f] as [string, Field]));
}

export function findField(root: ParentNode, key: FormFieldKey): Field | undefined {
  return mapFields(root).byKey.get(key);
}

/** Buttons (or links) in `root` whose text is one of the wordings, shown ones only. */
export function findButtons(root: ParentNode, wordings: readonly Wording[]): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('button, a, [role="button"]')).filter((b) => isText(b.textContent, wordings) && isShown(b));
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled || el.classList.contains('is-disabled') || el.getAttribute('aria-disabled') === 'true';
}

export function userClick(el: Element): void {
  const view = el.ownerDocument.defaultView ?? window;
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
}

/** Clicks, as a user does, the first shown and enabled button with one of the wordings; throws `missing()` when none is. */
export function clickButton(root: ParentNode, wordings: readonly Wording[], missing: () => Error): void {
  const button = findButtons(root, wordings).find((b) => !isDisabled(b));
  if (!button) throw missing();
  userClick(button);
}

/**
 * Sets a text input like typing: focus + native setter + bubbling input (Vue's v-model listens to it) + change + blur.
 * `stayFocused`: the input keeps the focus, and focusing the next field blurs it, as Tab does (each focus change
 * makes the browser bring the page's styles up to date: one change per field instead of two, issue 15); the caller
 * then blurs the last one (leaveInput). The page is not scrolled to the field: a fill does not move the user's view.
 */
export function setInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string, { stayFocused = false } = {}): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  input.focus({ preventScroll: true });
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  if (!stayFocused) input.blur();
}

/** Blurs `input` when it still has the focus (the field setInputValue left focused): the page validates it on blur. */
export function leaveInput(input: Element | null | undefined): void {
  if (input && input.ownerDocument.activeElement === input) (input as HTMLElement).blur();
}

/** The select dropdown that is open now for this select: shown, not leaving, closest to the select. */
function openDropdown(doc: Document, near: Element): HTMLElement | null {
  const drops = Array.from(doc.querySelectorAll<HTMLElement>('.el-select-dropdown')).filter(
    (d) => isShown(d) && !/-leave/.test(d.className),
  );
  if (drops.length <= 1) return drops[0] ?? null;
  const r = near.getBoundingClientRect();
  const dist = (d: HTMLElement) => {
    const q = d.getBoundingClientRect();
    return Math.abs(q.left - r.left) + Math.min(Math.abs(q.top - r.bottom), Math.abs(q.bottom - r.top));
  };
  return drops.sort((a, b) => dist(a) - dist(b))[0];
}

function dropdownOptions(drop: HTMLElement): HTMLElement[] {
  return Array.from(drop.querySelectorAll<HTMLElement>('.el-select-dropdown__item')).filter((li) => isShown(li));
}

/** Opens an el-select and returns its enabled option texts (the dropdown stays open). */
export async function openSelect(field: Field, signal?: AbortSignal): Promise<{ dropdown: HTMLElement; options: string[] }> {
  const select = field.item.querySelector<HTMLElement>('.el-select');
  if (!select) throw new Error(`“${field.label}”不是下拉框`);
  const doc = select.ownerDocument;
  let dropdown = openDropdown(doc, select);
  if (!dropdown || !select.querySelector('.is-focus, .is-reverse')) {
    userClick(select);
    dropdown = await waitFor(doc, () => openDropdown(doc, select), { timeout: 3000, signal, what: `“${field.label}”的下拉选项` });
  }
  const options = dropdownOptions(dropdown)
    .filter((li) => !li.classList.contains('is-disabled'))
    .map((li) => li.textContent?.trim() ?? '');
  return { dropdown, options };
}

export function closeSelect(field: Field): void {
  const input = field.item.querySelector<HTMLElement>('.el-select input');
  input?.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Escape', keyCode: 27 } as KeyboardEventInit));
  // A click elsewhere also closes it (Element's clickoutside listens on document mouseup).
  const body = field.item.ownerDocument.body;
  body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

/** Chooses the option whose text is `optionText` in an open dropdown and confirms the select shows it. */
export async function chooseOption(field: Field, optionText: string, signal?: AbortSignal, recheck?: () => void): Promise<void> {
  const { dropdown } = await openSelect(field, signal);
  try {
    recheck?.(); // the dropdown took a moment: is the page still the one we fill?
  } catch (e) {
    closeSelect(field);
    throw e;
  }
  const want = normText(optionText);
  const li = dropdownOptions(dropdown).find((x) => normText(x.textContent) === want && !x.classList.contains('is-disabled'));
  if (!li) {
    closeSelect(field);
    throw new Error(`“${field.label}”没有选项“${optionText}”`);
  }
  li.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false }));
  userClick(li);
  const input = field.item.querySelector<HTMLInputElement>('.el-select input');
  await waitFor(field.item.ownerDocument, () => input && normText(input.value) === want, {
    timeout: 2000,
    signal,
    what: `“${field.label}”选中“${optionText}”`,
  });
}

function shownYearPanel(doc: Document): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>('.el-picker-panel')).find(
      (p) => isShown(p) && !/-leave/.test(p.className) && p.querySelector('.el-year-table') && isShown(p.querySelector('.el-year-table')),
    ) ?? null
  );
}

/** Picks a year in an el-date-picker type="year": open it, page the decades, click the year's cell. */
export async function chooseYear(field: Field, year: number, signal?: AbortSignal, recheck?: () => void): Promise<void> {
  const input = field.input as HTMLInputElement | null;
  if (!input) throw new Error(`“${field.label}”没有输入框`);
  const doc = input.ownerDocument;
  input.focus({ preventScroll: true });
  userClick(input);
  const panel = await waitFor(doc, () => shownYearPanel(doc), { timeout: 3000, signal, what: '年度选择面板' });
  for (let i = 0; i < 30; i++) {
    const cells = Array.from(panel.querySelectorAll<HTMLElement>('.el-year-table td'));
    const years = cells.map((td) => Number(td.textContent?.trim()));
    const cell = cells.find((td) => Number(td.textContent?.trim()) === year);
    recheck?.(); // after each wait for the panel, before a click that writes
    if (cell) {
      if (cell.classList.contains('disabled')) throw new Error(`年度 ${year} 在网页上不可选`);
      userClick(cell.querySelector('.cell') ?? cell);
      break;
    }
    const first = Math.min(...years.filter((y) => Number.isFinite(y)));
    const btn = panel.querySelector<HTMLElement>(year < first ? '.el-date-picker__prev-btn.el-icon-d-arrow-left' : '.el-date-picker__next-btn.el-icon-d-arrow-right');
    if (!btn) throw new Error('年度选择面板没有翻页按钮');
    userClick(btn);
    await sleep(30, signal);
  }
  await waitFor(doc, () => input.value.trim() === String(year), { timeout: 2000, signal, what: `年度显示 ${year}` });
}

/** The current displayed value of a field (what the user sees). */
export function shownValue(field: Field): string {
  return field.input ? field.input.value.trim() : '';
}

/** Whether the portal shows its own loading mask (Element's v-loading) inside `root`: its rows are not there yet. */
export function isLoading(root: ParentNode): boolean {
  return Array.from(root.querySelectorAll('.el-loading-mask')).some((m) => isShown(m));
}
