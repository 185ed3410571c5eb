// Reading tables by their column headers (el-table renders the header and the body as two <table>s).
import type { z } from 'zod';
import { FiledYearRow } from '../../rules/schema';
import { isShown } from './scan';
import { mapByKey, YEAR_FIELDS, type TextTable, type YearFieldKey } from './texts';

/** Marker attribute on everything the extension inserts into the page (badges, styles); skipped when reading. */
export const XSKR_OWN = 'data-xskr-own';

/**
 * The text a table cell shows, whitespace collapsed, without what the extension inserted (badges); an input counts
 * by its value. The one cell reader of both sides' tables (portal/table.ts, reviewer/read-table.ts).
 */
export function shownText(node: Node): string {
  // Most cells hold plain text (<td><div class="cell">2021</div></td>): one native read (a 500-row table has thousands
  // of cells); looking at their few elements in JS is cheaper than a selector query per cell.
  if (node.nodeType === 1 && plainElements(node as Element)) return collapse(node.textContent ?? '');
  return collapse(ownText(node));
}

const collapse = (s: string) => (/\s/.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** Whether `el` holds nothing its textContent would misread: our own badges, inputs (their value is not text). */
function plainElements(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.hasAttribute(XSKR_OWN) || c.localName === 'input' || c.localName === 'textarea' || !plainElements(c)) return false;
  }
  return true;
}

function ownText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.textContent ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.hasAttribute(XSKR_OWN)) continue;
      if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') out += (el as HTMLInputElement).value;
      else out += ownText(el);
    }
  }
  return out;
}

/** A table found by its header row: the row, the <table> with its data rows, and our columns' indices in its rows. */
export interface FoundTable<K extends string = string> {
  headerRow: HTMLTableRowElement;
  body: HTMLTableElement;
  /** Column index by key: only headers that name exactly one key, and keys that exactly one header names. */
  columns: Partial<Record<K, number>>;
  /** What holds the header, the body and (el-table) the fixed-column copies: the <table> itself when it is one. */
  container: Element;
}

/** A found table with its data rows (readTable). */
export interface TableRead<K extends string = string> extends FoundTable<K> {
  rows: { tr: HTMLTableRowElement }[];
}

/** The header row's cells mapped to the keys of `texts`: a header naming nothing we know is ignored, two naming one key leave it out. */
function columnsOf<K extends string>(row: HTMLTableRowElement, texts: TextTable): Partial<Record<K, number>> {
  const cells: [string, number][] = [];
  const all = row.cells;
  for (let i = 0; i < all.length; i++) {
    const label = shownText(all[i]);
    if (label && label.length <= 30) cells.push([label, i]);
  }
  return Object.fromEntries(mapByKey(texts, cells).byKey) as Partial<Record<K, number>>;
}

/** A table's data rows (in a <tbody>, holding a <td>), or those after `after` (a header row inside the body). */
function bodyRows(table: HTMLTableElement, after?: HTMLTableRowElement): HTMLTableRowElement[] {
  const rows = Array.from(table.rows).filter((r) => r.parentElement?.localName === 'tbody' && r.querySelector('td'));
  if (!after) return rows;
  return rows.filter((r) => r !== after && !!(after.compareDocumentPosition(r) & 4 /* FOLLOWING */));
}

/** A table's own <tbody> elements. */
const rowGroups = (table: HTMLTableElement): Element[] => Array.from(table.children).filter((c) => c.localName === 'tbody');

/** The table holding the data rows for this header row, and the element both live in. */
function locateBody(headerRow: HTMLTableRowElement): { body: HTMLTableElement; root: Element } | null {
  const headerTable = headerRow.closest('table');
  if (!headerTable) return null;
  // A plain table: its rows after the header, or none yet (an empty <tbody>; el-table's header table has no <tbody>).
  if (bodyRows(headerTable, headerRow).length > 0 || rowGroups(headerTable).length > 0) return { body: headerTable, root: headerTable };
  // el-table: climb until an ancestor holds another table; the first one after the header is the main body.
  for (let el: Element | null = headerTable.parentElement, depth = 0; el && depth < 6; el = el.parentElement, depth++) {
    const tables = Array.from(el.querySelectorAll('table'));
    if (tables.length < 2) continue;
    const after = tables.slice(tables.indexOf(headerTable) + 1);
    const body = after.find((t) => bodyRows(t).length > 0 || !t.querySelector('thead'));
    return body ? { body, root: el } : null;
  }
  return null;
}

/** Without a hint, the rows a header can be: in a <thead>, holding a <th>, or the first of their row group. */
const headerPlace = (tr: HTMLTableRowElement) =>
  tr.parentElement?.localName === 'thead' || tr.parentElement?.firstElementChild === tr || tr.querySelector(':scope > th') !== null;

/**
 * The one table reader of both sides (the applicant's readTable, the reviewer's yearly and list tables): every table
 * under `root` whose header row names keys of `texts` that pass `isHeader`, once each. Works on a plain <table> (thead
 * + tbody, or the header as a body row) and on Element UI's el-table, whose header and body are separate <table>s and
 * whose fixed columns repeat both (those copies are skipped, so no row is counted twice). `hint`: a cheap test of a
 * row's raw text before its cells are read (every row is a candidate then; without it, only rows placed like a header);
 * `shown`: only tables the user can see.
 */
export function findTables<T extends TextTable>(
  root: ParentNode,
  texts: T,
  isHeader: (columns: Partial<Record<keyof T & string, number>>) => boolean,
  options: { hint?: RegExp; shown?: boolean } = {},
): FoundTable<keyof T & string>[] {
  const { hint, shown } = options;
  const found: FoundTable<keyof T & string>[] = [];
  /** The row groups of the bodies found so far: their rows (after the header) hold values, never another header. */
  const bodies = new Set<Element>();
  for (const tr of Array.from(root.querySelectorAll('tr'))) {
    if (bodies.size > 0 && tr.parentElement && bodies.has(tr.parentElement)) continue;
    if (hint ? !hint.test(tr.textContent ?? '') : !headerPlace(tr)) continue;
    if (tr.closest(`[${XSKR_OWN}]`)) continue;
    const columns = columnsOf<keyof T & string>(tr, texts);
    if (!isHeader(columns) || (shown && !isShown(tr))) continue;
    const located = locateBody(tr);
    if (!located) continue;
    found.push({ headerRow: tr, body: located.body, columns, container: located.root });
    for (const group of rowGroups(located.body)) bodies.add(group);
  }
  // Fixed-column copies of an el-table live inside the main table's root: keep the outermost.
  return found
    .filter((t) => !found.some((o) => o !== t && o.container !== t.container && o.container.contains(t.container)))
    .filter((t, i, all) => all.findIndex((o) => o.body === t.body) === i);
}

/** The data rows of a found table. */
export function tableRows(t: FoundTable): HTMLTableRowElement[] {
  return t.body.contains(t.headerRow) ? bodyRows(t.body, t.headerRow) : bodyRows(t.body);
}

/** Text of a row's cell by column, or undefined when the table has no such column (or the row no such cell). */
export function columnText<K extends string>(tr: HTMLTableRowElement, columns: Partial<Record<K, number>>, col: K): string | undefined {
  const i = columns[col];
  const cell = i === undefined ? undefined : tr.cells[i];
  return cell ? shownText(cell) : undefined;
}

/**
 * Whether an element is a data row of one of `tables` (below its header row, in its body or a fixed-column copy's),
 * or a body's <tbody> holding nothing but such rows: they hold a year's values, never the applicant's header fields,
 * so readers of the header skip them (a <tbody> at once rather than each of its 500 rows).
 */
export function dataRowTest(tables: readonly FoundTable[]): (el: Element) => boolean {
  const bodies = new Set<Element>();
  for (const t of tables) for (const group of rowGroups(t.body)) if (!group.contains(t.headerRow)) bodies.add(group);
  return (el) => {
    const name = el.localName;
    if (name === 'tbody') return bodies.has(el);
    return (
      name === 'tr' &&
      el.parentElement?.localName === 'tbody' &&
      tables.some((t) => el !== t.headerRow && t.container.contains(el) && (t.headerRow.compareDocumentPosition(el) & 4) /* FOLLOWING */ !== 0)
    );
  };
}

/** The index of a body row among its table body's rows (the same index in a fixed-column copy of the table). */
export function rowIndex(tr: HTMLTableRowElement): number {
  const body = tr.parentElement;
  return body ? Array.from(body.children).filter((c) => c.tagName === 'TR').indexOf(tr) : -1;
}

/**
 * The first shown table in `root` whose headers name all of the `required` keys of `texts` (in any order, among any
 * other columns), with its data rows. A column whose header names nothing we know is never read.
 */
export function readTable<T extends TextTable>(root: ParentNode, texts: T, required: readonly (keyof T & string)[]): TableRead<keyof T & string> | null {
  const [found] = findTables(root, texts, (columns) => required.every((k) => columns[k] !== undefined), { shown: true });
  return found ? { ...found, rows: tableRows(found).map((tr) => ({ tr })) } : null;
}

/** A row's cell text in the column of `key`; '' when the table has no (unambiguous) such column. */
export function cellOf<K extends string>(table: FoundTable<K>, row: { tr: HTMLTableRowElement }, key: K): string {
  return columnText(row.tr, table.columns, key) ?? '';
}

/** One year row as the page shows it (申报年度明细信息 / 学时年度明细 / 已申报学时信息). */
export const PageYearRow = FiledYearRow.omit({ wholeYear: true });
export type PageYearRow = z.infer<typeof PageYearRow>;

/**
 * Hours as the page writes them (the one hours parser, also the reviewer's): blank or a dash is 0, thousands
 * separators ignored, anything else NaN.
 */
export const parseHours = (s: string) => {
  const t = s.replace(/[,，\s]/g, '');
  if (t === '' || t === '-' || t === '—') return 0;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** One year row from the texts the page shows for each field (a table's cells or a form's values); null without a year. */
export function yearRowFrom(get: (k: YearFieldKey) => string): PageYearRow | null {
  const year = Number.parseInt(get('year'), 10);
  if (!Number.isFinite(year)) return null;
  return {
    year,
    publicName: get('publicName'),
    publicHours: parseHours(get('publicHours')),
    publicForm: get('publicForm'),
    professionalName: get('professionalName'),
    professionalHours: parseHours(get('professionalHours')),
    professionalForm: get('professionalForm'),
    totalHours: parseHours(get('totalHours')),
  };
}

/** The year rows of a table that has at least 年度 and 合计学时分 columns, with their <tr>. */
export function readYearRows(root: ParentNode): { rows: (PageYearRow & { tr: HTMLTableRowElement })[]; table: TableRead<YearFieldKey> } | null {
  const table = readTable(root, YEAR_FIELDS, ['year', 'totalHours']);
  if (!table) return null;
  const rows: (PageYearRow & { tr: HTMLTableRowElement })[] = [];
  for (const r of table.rows) {
    const row = yearRowFrom((k) => cellOf(table, r, k));
    if (row) rows.push({ tr: r.tr, ...row });
  }
  return { rows, table };
}
