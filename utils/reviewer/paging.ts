// Paginated tables: the reviewer sees one page at a time, but duplicates and missing years are about the whole
// application. Rows are collected by their 序号 as pages are shown; the whole-application checks that need every row
// (year-missing) wait until all rows were seen.
import type { ReviewRowData, ReviewTableRow } from './read-table';

export interface PagedRows {
  /** Every row seen so far, by 序号 (or the visible rows alone when the table has no 序号). */
  all: ReviewRowData[];
  /** The visible rows with the index their mark will carry. */
  visible: { row: ReviewTableRow; index: number }[];
  seen: number;
  total: number;
  complete: boolean;
}

export function createRowCollector() {
  const bySerial = new Map<number, ReviewRowData>();
  let lastTotal: number | undefined;
  return {
    /** Adds the visible rows; `total` is the pagination's 共 N 条 (undefined: not paginated). */
    collect(rows: ReviewTableRow[], total: number | undefined): PagedRows {
      const serials = rows.every((r) => r.data.serial !== undefined);
      if (!serials || total === undefined) {
        const all = rows.map((r, i) => ({ ...r.data, index: i }));
        return { all, visible: rows.map((row, i) => ({ row, index: i })), seen: rows.length, total: total ?? rows.length, complete: total === undefined || rows.length >= total };
      }
      if (lastTotal !== undefined && total !== lastTotal) bySerial.clear(); // the list itself changed
      lastTotal = total;
      for (const r of rows) bySerial.set(r.data.serial!, { ...r.data, index: r.data.serial! });
      for (const serial of [...bySerial.keys()]) if (serial > total) bySerial.delete(serial);
      const all = [...bySerial.values()].sort((a, b) => a.index - b.index);
      return { all, visible: rows.map((row) => ({ row, index: row.data.serial! })), seen: all.length, total, complete: all.length >= total };
    },
  };
}
export type RowCollector = ReturnType<typeof createRowCollector>;
