// Reading tables by their column headers (el-table renders the header and the body as two <table>s).
import type { z } from 'zod';
import { FiledYearRow } from '../../rules/schema';
import { isShown } from './scan';
import { mapByKey, normText, YEAR_FIELDS, type TextTable, type YearFieldKey } from './texts';

export interface TableRead<K extends string = string> {
  headers: string[]; // normalised
  /** Column index by key: only headers that name exactly one key, and keys that exactly one header names. */
  columns: Map<K, number>;
  rows: { tr: HTMLTableRowElement; cells: HTMLTableCellElement[]; texts: string[] }[];
}

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

// Plain selectors rather than tHead/rows/cells: they behave the same in every DOM implementation.
const cellsOf = (tr: Element) => Array.from(tr.children).filter((c): c is HTMLTableCellElement => c.tagName === 'TD' || c.tagName === 'TH');

function headerTexts(table: HTMLTableElement): string[] {
  const row = table.querySelector(':scope > thead > tr');
  return row ? cellsOf(row).map((c) => normText(shownText(c))) : [];
}

function hasHeader(table: HTMLTableElement): boolean {
  return table.querySelector(':scope > thead > tr') !== null;
}

function bodyRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')).filter((tr) => tr.querySelector(':scope > td'));
}

/** The index of a body row among its table body's rows (the same index in a fixed-column copy of the table). */
export function rowIndex(tr: HTMLTableRowElement): number {
  const body = tr.parentElement;
  return body ? Array.from(body.children).filter((c) => c.tagName === 'TR').indexOf(tr) : -1;
}

/**
 * The first shown table in `root` whose headers name all of the `required` keys of `texts` (in any order, among any
 * other columns), with its body rows. A column whose header names nothing we know is never read.
 */
export function readTable<T extends TextTable>(root: ParentNode, texts: T, required: readonly (keyof T & string)[]): TableRead<keyof T & string> | null {
  const tables = Array.from(root.querySelectorAll<HTMLTableElement>('table')).filter((t) => isShown(t));
  for (const table of tables) {
    const headers = headerTexts(table);
    const { byKey: columns } = mapByKey(texts, headers.map((h, i) => [h, i] as [string, number]));
    if (!required.every((k) => columns.has(k))) continue;
    let body: HTMLTableElement | null = bodyRows(table).length ? table : null;
    if (!body) {
      // el-table: the body table is a later table inside the same el-table container.
      for (let up: Element | null = table.parentElement, i = 0; up && i < 4 && !body; up = up.parentElement, i++) {
        const later = Array.from(up.querySelectorAll<HTMLTableElement>('table')).filter(
          (t) => t !== table && !hasHeader(t) && (table.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        );
        body = later[0] ?? null;
        if (body && up.querySelectorAll('thead').length > 0) break;
      }
    }
    const rows = (body ? bodyRows(body) : []).map((tr) => {
      const cells = cellsOf(tr);
      return { tr, cells, texts: cells.map((c) => shownText(c)) };
    });
    return { headers, columns, rows };
  }
  return null;
}

/** A row's cell text in the column of `key`; '' when the table has no (unambiguous) such column. */
export function cellOf<K extends string>(table: TableRead<K>, row: TableRead<K>['rows'][number], key: K): string {
  const i = table.columns.get(key);
  return i === undefined ? '' : (row.texts[i] ?? '');
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
