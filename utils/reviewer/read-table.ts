// Collect: read the reviewer screens' yearly tables by their header texts into plain rows, each with its <tr>.
// Works on a plain <table> (thead + tbody) and on Element UI's el-table, whose header and body are separate
// <table>s and whose fixed columns repeat both (those copies are skipped, so no row is counted twice).
import { parseHours as parsePageHours, shownText, XSKR_OWN } from '../portal/table';
import { mapByKey, PAGINATION_TOTAL, REVIEW_COLUMNS, type ReviewColumn } from '../portal/texts';

/** One yearly row as the screen shows it; `null` hours = the cell did not hold a number. */
export interface ReviewRowData {
  index: number; // position in its table, 0-based
  year: number;
  publicHours: number | null;
  professionalHours: number | null;
  totalHours: number | null;
  evidenceCount?: number; // undefined when the table has no 附件 column
  publicName?: string;
  professionalName?: string;
  /** Rows of several people (a list table) are checked per person. */
  groupKey: string;
  titleText?: string; // 拟申报职称 when the table has that column
  serial?: number; // 序号: the row's number across pages, when the table shows it
  rawHours: { public: string; professional: string; total: string };
}

/** Whether two readings of a row say the same (every field above). */
export function sameRowData(a: ReviewRowData, b: ReviewRowData): boolean {
  return (
    a === b ||
    (a.index === b.index &&
      a.year === b.year &&
      a.publicHours === b.publicHours &&
      a.professionalHours === b.professionalHours &&
      a.totalHours === b.totalHours &&
      a.evidenceCount === b.evidenceCount &&
      a.publicName === b.publicName &&
      a.professionalName === b.professionalName &&
      a.groupKey === b.groupKey &&
      a.titleText === b.titleText &&
      a.serial === b.serial &&
      a.rawHours.public === b.rawHours.public &&
      a.rawHours.professional === b.rawHours.professional &&
      a.rawHours.total === b.rawHours.total)
  );
}

export interface ReviewTableRow {
  tr: HTMLTableRowElement;
  yearCell: HTMLTableCellElement;
  data: ReviewRowData;
}

export interface ReviewTable extends FoundTable {
  rows: ReviewTableRow[];
}

/** The row's cells mapped to our columns: a header naming nothing we know is ignored, two headers naming one column leave it out. */
function columnsOf(row: HTMLTableRowElement): Partial<Record<ReviewColumn, number>> {
  const cells: [string, number][] = [];
  Array.from(row.cells).forEach((cell, i) => {
    if (cell.tagName !== 'TH' && cell.tagName !== 'TD') return;
    const label = shownText(cell);
    if (label && label.length <= 30) cells.push([label, i]);
  });
  return Object.fromEntries(mapByKey(REVIEW_COLUMNS, cells).byKey) as Partial<Record<ReviewColumn, number>>;
}

function isHeaderRow(columns: Partial<Record<ReviewColumn, number>>): boolean {
  return (
    columns.year !== undefined &&
    columns.totalHours !== undefined &&
    (columns.publicHours !== undefined || columns.professionalHours !== undefined)
  );
}

function bodyRows(table: HTMLTableElement, after?: HTMLTableRowElement): HTMLTableRowElement[] {
  const rows = Array.from(table.rows).filter((r) => r.parentElement?.tagName === 'TBODY' && r.querySelector('td'));
  if (!after) return rows;
  return rows.filter((r) => r !== after && !!(after.compareDocumentPosition(r) & 4 /* FOLLOWING */));
}

/** The table holding the data rows for this header row, and the element both live in. */
function locateBody(headerRow: HTMLTableRowElement): { body: HTMLTableElement; root: Element } | null {
  const headerTable = headerRow.closest('table');
  if (!headerTable) return null;
  if (bodyRows(headerTable, headerRow).length > 0) return { body: headerTable, root: headerTable };
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

/** The one hours parser (utils/portal/table.ts); `null` = the cell did not hold a number. */
function parseHours(text: string): number | null {
  const n = parsePageHours(text);
  return Number.isNaN(n) ? null : n;
}

function parseCount(text: string): number {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : 0;
}

export interface FoundTable {
  headerRow: HTMLTableRowElement;
  body: HTMLTableElement;
  columns: Partial<Record<ReviewColumn, number>>;
  /** What holds the header, the body and (el-table) the fixed-column copies: the <table> itself when it is one. */
  container: Element;
}

/** Every table under `root` whose header row passes `isHeader`, once each (el-table fixed copies skipped). */
export function findTables(root: ParentNode, isHeader: (columns: Partial<Record<ReviewColumn, number>>) => boolean): FoundTable[] {
  const found: FoundTable[] = [];
  /** The row groups of the bodies found so far: their rows (after the header) hold values, never another header. */
  const bodies = new Set<Element>();
  for (const tr of Array.from(root.querySelectorAll('tr'))) {
    if (bodies.size > 0 && tr.parentElement && bodies.has(tr.parentElement)) continue;
    // Every header alias of the yearly columns holds 学时 or 年/证/姓名: a cheap filter before reading the cells.
    const text = tr.textContent ?? '';
    if (!/学时|年|姓名|证/.test(text) || tr.closest(`[${XSKR_OWN}]`)) continue;
    const columns = columnsOf(tr);
    if (!isHeader(columns)) continue;
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

/** A table's own <tbody> elements. */
const rowGroups = (table: HTMLTableElement): Element[] => Array.from(table.children).filter((c) => c.localName === 'tbody');

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

/** The body rows of a found table (data rows only). */
export function tableRows(t: FoundTable): HTMLTableRowElement[] {
  return t.body.contains(t.headerRow) ? bodyRows(t.body, t.headerRow) : bodyRows(t.body);
}

/** Text of a row's cell by column, or undefined when the table has no such column. */
export function columnText(tr: HTMLTableRowElement, columns: Partial<Record<ReviewColumn, number>>, col: ReviewColumn): string | undefined {
  const i = columns[col];
  const cell = i === undefined ? undefined : tr.cells[i];
  return cell ? shownText(cell) : undefined;
}

/** Finds every yearly table under `root` and reads its rows. Rows whose 年度 cell holds no year are left out. */
export function readReviewTables(root: ParentNode): ReviewTable[] {
  return findTables(root, isHeaderRow).map((t) => ({ ...t, rows: readRows(t) }));
}

/** The text of cell `i` of `cells`, or undefined when the table has no such column (`i` undefined) or the row no such cell. */
function cellText(cells: HTMLCollectionOf<HTMLTableCellElement>, i: number | undefined): string | undefined {
  const cell = i === undefined ? undefined : cells[i];
  return cell ? shownText(cell) : undefined;
}

function readRows(t: FoundTable): ReviewTableRow[] {
  const { columns } = t;
  const out: ReviewTableRow[] = [];
  const trs = tableRows(t);
  // Only the cells of the columns we know are looked at (a 500-row table has thousands of others).
  for (let index = 0; index < trs.length; index++) {
    const tr = trs[index];
    const cells = tr.cells;
    const yearCell = cells[columns.year!];
    const yearMatch = yearCell ? /(19|20)\d{2}/.exec(shownText(yearCell)) : null;
    if (!yearMatch) continue;
    const raw = { public: cellText(cells, columns.publicHours) ?? '', professional: cellText(cells, columns.professionalHours) ?? '', total: cellText(cells, columns.totalHours) ?? '' };
    const attachments = cellText(cells, columns.attachments);
    const serial = cellText(cells, columns.serial) ?? '';
    out.push({
      tr,
      yearCell,
      data: {
        index,
        year: Number(yearMatch[0]),
        publicHours: parseHours(raw.public),
        professionalHours: parseHours(raw.professional),
        totalHours: parseHours(raw.total),
        evidenceCount: attachments === undefined ? undefined : parseCount(attachments),
        publicName: cellText(cells, columns.publicName),
        professionalName: cellText(cells, columns.professionalName),
        groupKey: `${cellText(cells, columns.person) ?? ''}|${cellText(cells, columns.idNumber) ?? ''}`,
        titleText: cellText(cells, columns.title),
        serial: /^\d+$/.test(serial) ? Number(serial) : undefined,
        rawHours: raw,
      },
    });
  }
  return out;
}

const PAGINATED_TAGS = new Set(['SPAN', 'DIV', 'LI']);

/** The row count el-pagination states (共 N 条) after `table`, or undefined when the table is not paginated. */
export function paginationTotal(root: ParentNode, table: FoundTable): number | undefined {
  // Walk the elements after the table's body (in document order, skipping the body's own cells: thousands of them).
  const doc = table.body.ownerDocument;
  const walker = doc.createTreeWalker((root as Node).nodeType === 9 ? (root as Document).documentElement : (root as Node), 1 /* SHOW_ELEMENT */);
  walker.currentNode = table.body;
  let el: Node | null = walker.nextSibling();
  while (!el && walker.parentNode()) el = walker.nextSibling();
  for (; el; el = walker.nextNode()) {
    const e = el as Element;
    if (e.firstElementChild !== null || !PAGINATED_TAGS.has(e.tagName)) continue;
    const m = PAGINATION_TOTAL.exec((e.textContent ?? '').trim());
    if (m) return Number(m[1]);
  }
  return undefined;
}
