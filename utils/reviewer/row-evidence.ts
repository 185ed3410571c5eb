// Evidence of each yearly row on 学时核认申报详细. Neither guide's 学时年度明细 has an attachment column: the files are
// behind each row's 详情 (guide, 第7步：点击“详情”，查看单位职工上传的学时材料). So a year's evidence is unknown until its
// 详情 was seen (by the reviewer or by the walk); then the 学时材料 table's files are counted and remembered for that
// application and year. A 附件 column, where a page has one, still gives the count directly.
import { findButtons, isDisabled, isLoading, userClick } from '../portal/element';
import { isShown, scanDocument } from '../portal/scan';
import { cellOf, readTable } from '../portal/table';
import { BUTTONS, EMPTY_TEXTS, FILE_COLUMNS, isText, normSet, normText, TEXTS, TITLES, YEAR_FIELDS } from '../portal/texts';
import { sleep, Stopped, waitFor, WaitTimeout } from '../portal/wait';
import { readLabelledValues } from './applicant';
import type { ReviewRowData } from './read-table';

// ---------------------------------------------------------------------------------------------------------------
// Reading one 详情 dialog
// ---------------------------------------------------------------------------------------------------------------

export interface RowInfoFiles {
  count: number;
  names: string[];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (no Node global needed)

/** Whether the file table's own area (after its 文件名称 header, before the next table's header) shows an empty text. */
function showsEmptyText(dialog: Element): boolean {
  const head = Array.from(dialog.querySelectorAll('th')).find((th) => isText(th.textContent, FILE_COLUMNS.fileName) && isShown(th));
  if (!head) return false;
  const nextHead = Array.from(dialog.querySelectorAll('thead')).find((t) => !t.contains(head) && head.compareDocumentPosition(t) & FOLLOWING);
  for (const el of Array.from(dialog.querySelectorAll('span, div, td, p'))) {
    if (el.firstElementChild || !(head.compareDocumentPosition(el) & FOLLOWING)) continue;
    if (nextHead && !(el.compareDocumentPosition(nextHead) & FOLLOWING)) break;
    if (isText(el.textContent, EMPTY_TEXTS.empty) && isShown(el)) return true;
  }
  return false;
}

/**
 * The files a 详情 dialog lists under 学时材料 (the first file table in it: 序号, 文件名称, 文件大小), or null while that
 * list is not readable yet (no file table, the portal's loading mask, or no rows and no empty text). An empty text
 * such as 暂无数据 / 未上传附件 in the table's area is 0 files.
 */
export function readRowInfoFiles(dialog: Element): RowInfoFiles | null {
  const table = readTable(dialog, FILE_COLUMNS, ['fileName']);
  if (!table) return null;
  const slots = hoursSlotFiles(dialog);
  if (table.columns.slot !== undefined) return slots; // no 学时材料 list of its own: only the slot table
  const names = [...table.rows.map((r) => cellOf(table, r, 'fileName')).filter(Boolean), ...(slots?.names ?? [])];
  if (names.length > 0) return { count: names.length, names };
  if (isLoading(dialog)) return null;
  return showsEmptyText(dialog) ? { count: 0, names: [] } : null;
}

/** Slots whose files prove the year's hours (variant B's 申报材料): 学时上传 and 上传学时申报材料, not 学历信息 / 委托审批函. */
const HOURS_SLOTS = new Set([TEXTS.upload.slotsB.hours, TEXTS.upload.slotsB.materials].map(normText));

/**
 * Variant B's 详情 also lists the application's 申报材料 by slot (材料类型, 文件名称): the files in its hours slots are
 * that year's evidence too. null when the dialog has no such table.
 */
function hoursSlotFiles(dialog: Element): RowInfoFiles | null {
  const table = readTable(dialog, FILE_COLUMNS, ['slot', 'fileName']);
  if (!table) return null;
  const names = table.rows.filter((r) => HOURS_SLOTS.has(normText(cellOf(table, r, 'slot')))).map((r) => cellOf(table, r, 'fileName')).filter(Boolean);
  return { count: names.length, names };
}

/** The 年度 the 详情 dialog shows for its row (label: value), when it shows one. */
export function rowInfoYear(dialog: Element): number | undefined {
  const text = readLabelledValues(dialog, { year: YEAR_FIELDS.year }).year;
  const m = text ? /(19|20)\d{2}/.exec(text) : null;
  return m ? Number(m[0]) : undefined;
}

/**
 * The open 详情 / 学时材料 dialog over the screen (topmost), or null. Cheap when none is open: the whole scan only runs
 * when some dialog besides `screen` is shown.
 */
export function findRowInfoDialog(doc: Document, screen: Element, skip?: (dialog: Element) => boolean): HTMLElement | null {
  const others = Array.from(doc.querySelectorAll('[role="dialog"], [role="alertdialog"]')).filter((d) => d !== screen && !skip?.(d) && isShown(d));
  if (others.length === 0) return null;
  const titles = normSet(TITLES.rowInfo);
  const found = scanDocument(doc).filter((s) => s.kind === 'dialog' && s.element !== screen && !skip?.(s.element) && titles.some((t) => s.titles.has(t)));
  found.sort((a, b) => a.z - b.z || a.order - b.order);
  return found.at(-1)?.element ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Which row is which: year + occurrence
// ---------------------------------------------------------------------------------------------------------------

/**
 * A row's key within its application: its year, and which row of that year it is (`2021#1`; a duplicated year's second
 * row is `2023#2`). Independent of page and position, so a row keeps its key when the table is paged or re-sorted.
 * Rows are counted in the order given (the table's order, by 序号 across pages).
 */
export function rowKeys<R extends { year: number }>(rows: readonly R[]): string[] {
  const seen = new Map<number, number>();
  return rows.map((r) => {
    const n = (seen.get(r.year) ?? 0) + 1;
    seen.set(r.year, n);
    return `${r.year}#${n}`;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Remembering what was seen (in memory, for this tab)
// ---------------------------------------------------------------------------------------------------------------

export interface SeenEvidence {
  count: number;
  names: string[];
  /** When it was read (ms since epoch). */
  at: number;
}

export function createEvidenceMemory() {
  const byApp = new Map<string, Map<string, SeenEvidence>>();
  const listeners = new Set<() => void>();
  return {
    /** Records what a row's 详情 showed; returns whether anything changed (listeners are told then). */
    record(app: string, rowKey: string, files: RowInfoFiles, at = Date.now()): boolean {
      let rows = byApp.get(app);
      if (!rows) byApp.set(app, (rows = new Map()));
      const prev = rows.get(rowKey);
      rows.set(rowKey, { count: files.count, names: files.names, at });
      const changed = !prev || prev.count !== files.count || prev.names.join('\n') !== files.names.join('\n');
      if (changed) for (const fn of listeners) fn();
      return changed;
    },
    get(app: string, rowKey: string): SeenEvidence | undefined {
      return byApp.get(app)?.get(rowKey);
    },
    /** Calls `fn` whenever a count changes; stops when `signal` aborts. */
    subscribe(fn: () => void, signal?: AbortSignal): void {
      listeners.add(fn);
      signal?.addEventListener('abort', () => listeners.delete(fn), { once: true });
    },
    clear(): void {
      byApp.clear();
    },
  };
}
export type EvidenceMemory = ReturnType<typeof createEvidenceMemory>;

/** What this tab (frame) has seen in 详情 dialogs, for every application opened. */
export const tabEvidence = createEvidenceMemory();

// ---------------------------------------------------------------------------------------------------------------
// The evidence state of each row
// ---------------------------------------------------------------------------------------------------------------

/** `column`: the table's 附件 column gave the count; `seen`: the row's 详情 was read; `unseen`: not known yet. */
export type EvidenceState = 'column' | 'seen' | 'unseen';

/**
 * The rows with their evidence filled in: a 附件 column's count stays as read; otherwise the count last seen in the
 * row's 详情, or undefined (unknown — never reported as fine, never as missing).
 */
export function withEvidence(rows: readonly ReviewRowData[], app: string, memory: EvidenceMemory): { rows: ReviewRowData[]; states: EvidenceState[]; keys: string[] } {
  const keys = rowKeys(rows);
  const states: EvidenceState[] = [];
  const out = rows.map((r, i) => {
    if (r.evidenceCount !== undefined) {
      states.push('column');
      return r;
    }
    const seen = memory.get(app, keys[i]);
    states.push(seen ? 'seen' : 'unseen');
    return seen ? { ...r, evidenceCount: seen.count } : r;
  });
  return { rows: out, states, keys };
}

// ---------------------------------------------------------------------------------------------------------------
// Opening each row's 详情 in turn (the panel's 逐年查看学时材料)
// ---------------------------------------------------------------------------------------------------------------

/** A 0-file list may still be loading on a real portal (rows fetched after the dialog opened): look again after this. */
export const EMPTY_SETTLE_MS = 500;
/** How long one 详情 may take to open and show its 学时材料. */
export const ROW_INFO_TIMEOUT_MS = 8000;

/** The 详情 dialog's own close control: its 关闭 button, else the header's ×. */
export function rowInfoCloseButton(dialog: Element): HTMLElement | null {
  return findButtons(dialog, BUTTONS.close)[0] ?? dialog.querySelector<HTMLElement>('[aria-label="Close"], [aria-label="关闭"]');
}

/** The walk only ever presses 详情 and 关闭: a button reading 审核通过 / 审核不通过 is refused whatever happens. */
function safeClick(button: HTMLElement): void {
  if (isText(button.textContent, BUTTONS.approve) || isText(button.textContent, BUTTONS.reject)) throw new Error('拒绝点击审核按钮');
  userClick(button);
}

/** The files once readable; a 0-file list is read again after a short pause (it may be loading). */
export async function readRowInfoSettled(doc: Document, dialog: Element, signal?: AbortSignal, settleMs = EMPTY_SETTLE_MS): Promise<RowInfoFiles> {
  const files = await waitFor(doc, () => readRowInfoFiles(dialog), { signal, timeout: ROW_INFO_TIMEOUT_MS, what: '“详情”里的学时材料' });
  if (files.count > 0) return files;
  await sleep(settleMs, signal);
  return readRowInfoFiles(dialog) ?? files;
}

export interface WalkTarget {
  rowKey: string;
  year: number;
}

export interface WalkOptions {
  doc: Document;
  /** The 学时核认申报详细 dialog (or page). */
  screen: Element;
  /** The rows to open, in order (the rows shown on the current page). */
  targets: WalkTarget[];
  /** The row's <tr> as the page shows it now (Vue may re-render between steps), or null when it is no longer shown. */
  rowOf(rowKey: string): HTMLTableRowElement | null;
  /** 详情 dialogs being closed: skipped when looking for the next one (Element fades them out). */
  closing: WeakSet<Element>;
  signal: AbortSignal;
  log(line: string): void;
  record(target: WalkTarget, files: RowInfoFiles): void;
  settleMs?: number;
}

export interface WalkResult {
  /** Rows whose 学时材料 were read, with their count. */
  read: { target: WalkTarget; count: number }[];
  /** Rows that could not be opened or read, with the reason. */
  skipped: { target: WalkTarget; why: string }[];
}

async function closeRowInfo(o: WalkOptions, dialog: HTMLElement): Promise<void> {
  const close = rowInfoCloseButton(dialog);
  if (!close) throw new Error('找不到“详情”对话框的“关闭”');
  o.closing.add(dialog);
  safeClick(close);
}

/**
 * Opens each target row's 详情 (its own button), waits for the dialog, reads 学时材料, and closes it again. Nothing on
 * the page is changed; only 详情 and the dialog's 关闭 are pressed. Stops (throws Stopped) when `signal` aborts.
 */
export async function walkRowInfo(o: WalkOptions): Promise<WalkResult> {
  try {
    return await walkRows(o);
  } catch (e) {
    // Stopped (or failed) half-way: do not leave a 详情 open over the detail.
    const open = findRowInfoDialog(o.doc, o.screen, (d) => o.closing.has(d));
    if (open) await closeRowInfo(o, open).catch(() => undefined);
    throw e;
  }
}

async function walkRows(o: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { read: [], skipped: [] };
  const skipClosing = (d: Element) => o.closing.has(d);
  for (const target of o.targets) {
    if (o.signal.aborted) throw new Stopped();
    const left = findRowInfoDialog(o.doc, o.screen, skipClosing);
    if (left) await closeRowInfo(o, left); // one the reviewer left open
    const tr = o.rowOf(target.rowKey);
    const button = tr ? findButtons(tr, BUTTONS.detail).find((b) => !isDisabled(b)) : undefined;
    if (!button) {
      const why = tr ? '这一行没有可点的“详情”' : '这一行已不在本页';
      result.skipped.push({ target, why });
      o.log(`${target.year} 年：${why}，跳过`);
      continue;
    }
    safeClick(button);
    let dialog: HTMLElement;
    let files: RowInfoFiles;
    try {
      dialog = await waitFor(o.doc, () => findRowInfoDialog(o.doc, o.screen, skipClosing), { signal: o.signal, timeout: ROW_INFO_TIMEOUT_MS, what: `${target.year} 年的“详情”` });
      files = await readRowInfoSettled(o.doc, dialog, o.signal, o.settleMs);
    } catch (e) {
      if (!(e instanceof WaitTimeout)) throw e;
      const open = findRowInfoDialog(o.doc, o.screen, skipClosing);
      if (open) await closeRowInfo(o, open);
      result.skipped.push({ target, why: e.message });
      o.log(`${target.year} 年：${e.message}，跳过`);
      continue;
    }
    const shown = rowInfoYear(dialog);
    if (shown !== undefined && shown !== target.year) {
      await closeRowInfo(o, dialog);
      const why = `打开的“详情”显示的是 ${shown} 年，不是这一行`;
      result.skipped.push({ target, why });
      o.log(`${target.year} 年：${why}，跳过`);
      continue;
    }
    o.record(target, files);
    result.read.push({ target, count: files.count });
    o.log(`${target.year} 年：${files.count > 0 ? `${files.count} 个文件` : '没有学时材料'}`);
    await closeRowInfo(o, dialog);
  }
  // Leave the page as it was: wait for the last 详情 to be gone.
  await waitFor(o.doc, () => !findRowInfoDialog(o.doc, o.screen), { signal: o.signal, timeout: ROW_INFO_TIMEOUT_MS, what: '“详情”关闭' }).catch((e: unknown) => {
    if (!(e instanceof WaitTimeout)) throw e;
  });
  return result;
}
