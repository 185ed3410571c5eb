// Collect: read the reviewer screens' yearly tables by their header texts into plain rows, each with its <tr>, through
// the one table reader (utils/portal/table.ts findTables: plain tables and el-table, fixed-column copies skipped).
import { findTables, parseHours as parsePageHours, shownText, tableRows, type FoundTable } from '../portal/table';
import { PAGINATION_TOTAL, REVIEW_COLUMNS, type ReviewColumn } from '../portal/texts';

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

export interface ReviewTable extends FoundTable<ReviewColumn> {
  rows: ReviewTableRow[];
}

/** Every header alias of the yearly and list columns holds 学时 or 年/证/姓名: a cheap test before reading the cells. */
export const REVIEW_HEADER_HINT = /学时|年|姓名|证/;

function isHeaderRow(columns: Partial<Record<ReviewColumn, number>>): boolean {
  return (
    columns.year !== undefined &&
    columns.totalHours !== undefined &&
    (columns.publicHours !== undefined || columns.professionalHours !== undefined)
  );
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

/** Finds every yearly table under `root` and reads its rows. Rows whose 年度 cell holds no year are left out. */
export function readReviewTables(root: ParentNode): ReviewTable[] {
  return findTables(root, REVIEW_COLUMNS, isHeaderRow, { hint: REVIEW_HEADER_HINT }).map((t) => ({ ...t, rows: readRows(t) }));
}

/** The text of cell `i` of `cells`, or undefined when the table has no such column (`i` undefined) or the row no such cell. */
function cellText(cells: HTMLCollectionOf<HTMLTableCellElement>, i: number | undefined): string | undefined {
  const cell = i === undefined ? undefined : cells[i];
  return cell ? shownText(cell) : undefined;
}

function readRows(t: FoundTable<ReviewColumn>): ReviewTableRow[] {
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
export function paginationTotal(root: ParentNode, table: FoundTable<ReviewColumn>): number | undefined {
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
